"""Fresh13 note templates: how UK shoppers and claim agents actually write, typed for this set.

Slots: ``{slot}`` or ``{slot:form}``. Personal slots (one shopper per note; ``name2`` and
``first2`` another adult in the household, ``kin`` a relative, ``staff`` someone at the
retailer): name, name2, first, first2, surname, kin, staff, email, email2, phone, phone2,
postcode, street, house, address, sig, member. Keep slots: merchant (the row's), merchant2,
product, town, occasion, voucher, order (the row's), batchorder (another claim's order in the
batch), ref (an order ref of no row), claim (the row's), date, amount, time, courier,
network, site, tracking, sku. A template starting with ``!`` is written in capitals
throughout. Templates are separated by a line holding ``~~``.
"""

from __future__ import annotations

_PERSONAL = r"""
hi i bought {product} from {merchant} on {date} through {site} and it still hasnt tracked its been weeks now and i really need the cashback as i only went through you because of the offer my name is {name} and the email on the account is {email} please sort it
~~
Hello, I am writing about order {order} at {merchant} for {amount} placed {date}. My account is in the name of {name}, {member}. Please could you chase this with the retailer. Thanks, {first}
~~
!THIS IS THE THIRD TIME IVE HAD TO CHASE THIS. ORDER {order} FROM {merchant} FOR {amount} ON {date} AND STILL NOTHING. MY NAME IS {name} AND I WANT A PHONE CALL ON {phone} TODAY NOT ANOTHER EMAIL
~~
!ABSOLUTELY DISGUSTED. {merchant} SAY THEY HAVE PAID THE COMMISSION YOU SAY THEY HAVENT. SOMEONE IS LYING. {name} {postcode}
~~
hiya m8 cud u chk my {merchant} ordr {order} pls, wnt thru {site} on {date} but its not showin. ta {first:lower} x
~~
hey its {first:lower} again lol still no cashbak 4 the {product} {amount} from {merchant} ffs. txt me {phone} if u need owt
~~
Hi there, I ordered the {product} for my son {kin} for his birthday and my husband {first2} paid for it with his card but it was on my account ({email}). Order {order}, {merchant}, {date}. Regards {name}
~~
Missing cashback for {merchant} order {order}. Delivery address below in case it helps match it up:
{address}
Thanks
~~
Please find my details:
{name}
{address}
Tel {phone}
order no {order} dated {date} value {amount}
~~
Order went through {network} I think. {merchant} {order} {amount}.

Kind regards
{sig}
~~
Thanks for getting back to me.

Many thanks,
{sig}
~~
I spoke to {staff} in customer services at {merchant} on {date} at {time} and she confirmed the order {order} was not cancelled and should have tracked. My name on the order is {name}.
~~
Rang {merchant} today, a lad called {staff} said the order {order} was fine on their side and it must be a {site} problem. honestly going round in circles. {first}
~~
On {date} {name} wrote:
> I placed order {order} with {merchant} for {amount} and no cashback showed.
Still waiting on this, any update? {phone}
~~
----- Original Message -----
From: {name} <{email:plain}>
Sent: {date} {time}
To: {site} claims team
Subject: Missing cashback {merchant} {order}

Please see below, this is still not resolved.
~~
{date:short} JK: chased {merchant} re {order}, no response
{date:short} JK: shopper {name} rang in, wants update, told 7-10 working days
{date:short} SB: retailer confirmed sale {amount}
~~
{date} - AM - called shopper on {phone}, no answer, left vm. Email sent to {email}.
{date} - AM - {merchant} rejected, says order {order} used voucher {voucher}
~~
TKT#: {claim} | Cust_Nm: {name} | CB_Site: {site} | Ph1: {phone} | Addr_L1: {street} | PC: {postcode} | Retl: {merchant} | OrdRef: {order} | Stat: OPEN
~~
[CASE {claim}] Requester={name}; Contact={email}; Merchant={merchant}; Value={amount}; Notes=customer says ordered via app on {date}
~~
ticket_ref: {claim}
raised_by: {name}
contact_tel: {phone}
postal: {street}, {town} {postcode}
retailer: {merchant}
purchase_ref: {order}
~~
i ordered from {merchant} on my phone n it went thru but the cashback says declined i never cancelled nothing the order {order} came on {date} by {courier} tracking {tracking} my name is {name} and i live at {street} {town} {postcode} please help its {amount} of cashback i was relying on for {occasion}
~~
to whom it may concern i am very unhappy with the service i have been a member for years {member} and this is the first time i have had to complain about a missing claim but i have tried everything the order was {order} from {merchant} and the total was {amount} and i bought the {product} and the {product} on {date} and the site said it would track within 48 hours and it never did and when i chatted with the online person they told me to wait and i waited and now it says too late to claim which is ridiculous please call me on {phone} {name}
~~
Dear Sir/Madam,

I am writing on behalf of my mother, {name}, who is 84 and not online. She bought {product} from {merchant} ({order}) on {date}. Please reply to me, {name2}, at {email2}.

Yours faithfully
{first2}
~~
my daughter {kin} used my account to buy the {product} from {merchant} so the name on the order will be hers not mine. my name is {name}. order {order}
~~
Household account - me ({name}), my partner {name2} and our two kids {kin} and {kin}. {merchant} order {order} was placed by my partner from the same address {postcode}.
~~
Hi, the order was delivered to my mum's house, {address:comma}, as I was away. Order {order} {merchant} {amount}. {name}
~~
Afternoon, it's {first} here. The delivery went to my work, {house}, {street}, {town}. Order {order}. Cheers
~~
delivery was to {house}, {postcode} - order {order}, {merchant}, {date}
~~
Bought from {merchant} on {occasion} using code {voucher}. {merchant} say vouchers not from {site} void cashback but the code was on YOUR site. Order {order}. {name}, {phone}
~~
I used the {voucher} code which I got in the {merchant} newsletter. Is that why it was declined? {first} ({email})
~~
Call transcript {date} {time}
Agent: Can I take your name please
Caller: yes its {name}
Agent: and the first line of the address
Caller: {street}
Agent: postcode
Caller: {postcode:spaced out}
Agent: thank you, I can see order {order} at {merchant}
~~
Voicemail (auto-transcribed): hi this is {first} {surname:bare} calling about my claim {claim} my number is {phone:spoken} thanks bye
~~
voicemail transcription - "hello its {name:lower} ringing about the {merchant} one, the order number is {order}, call me back on {phone:half spoken}, cheers"
~~
Customer is {surname:title}. Rang twice. Wants escalation. Order {order}, {amount}, {merchant}. Said she spoke to {staff} at the store in {town}.
~~
{surname:title} called re {merchant} - confirmed DOB and postcode {postcode}. Passed to team lead.
~~
Spoke with {surname:caps title} re claim {claim}. He is not happy. Call back {phone}.
~~
The {surname:possessive} account is shared with her sister, {name2}. Order {order}.
~~
Email from shopper:
"Hi, my email has changed to {email}, please use that from now. {first}"
Updated on file. Claim {claim} still pending {merchant}.
~~
please send the decision to my new email {email:trailing stop} the old one is no longer used
~~
contact me at {email:angle brackets} or ring {phone}
~~
My email is {email:spelt out} because your form keeps rejecting it
~~
email: {email:square brackets}
order: {order}
shop: {merchant}
~~
Reply to {email:line break} please, not the address on the account
~~
my work email is {email:sub-domain} if that is easier, I'm on nights so best to email
~~
Customer gave email as {email:round brackets} on the phone. Order {order}.
~~
{name:comma caps} / {merchant} / {order} / {amount} / {date}
~~
Name: {name:comma}
Member: {member:near}
Retailer: {merchant}
Order: {order}
Value: {amount}
~~
From the web form:
First name: {first}
Surname: {surname:bare}
Email address: {email}
Mobile: {phone}
Postcode: {postcode}
Retailer: {merchant}
Order number: {order}
Comments: it wont let me upload the receipt
~~
Form submission ({date} {time})
full_name={name}&email={email:plus tag}&retailer={merchant}&order={order}&amount={amount}
~~
Sorry for the long message but I need to explain. I ordered the {product} from {merchant} on {date}, then I rang up because the size was wrong and the lady ({staff}) said she would cancel it and re-order it so I would not lose the cashback, but the new order is {ref} and the old one was {order}, so I think your system is looking at the old one. Can you please check both. {name}, {street}, {town}.
~~
i am sick of this now. {merchant} say it tracked. {site} say it didnt. {network} say ask the retailer. order {order} £ {amount} on {date}. my phone {phone}. {first}
~~
!WHY IS MY CLAIM DECLINED??? I HAVE THE EMAIL CONFIRMATION. ORDER {order}. {name}
~~
!PLEASE CALL ME {phone} ASAP RE {merchant} ORDER I AM AT WORK TILL 6. {first}
~~
Re: {claim}
I've attached the invoice. It shows my name {name} and the billing address {street}, {postcode}.
~~
Invoice details (copied):
INVOICE TO: {name:caps}
{address}
Order {order}   Date {date}   Total {amount}
SKU {sku}  {product}
~~
Receipt text: {merchant} {town} store ... {product} ... {amount} ... card ending 4471 ... customer {name}
~~
Parcel sent with {courier} {tracking}, signed for by {first2} (my husband). Order {order}. I'm {name}.
~~
Our neighbour {name2} at {house} took the parcel in, so the {courier} proof of delivery shows her name. My order {order}, {merchant}.
~~
The account holder is {name:title} but the card used was my wife's ({name2}). Same address {postcode}.
~~
Order placed from my sister's laptop in {town}, she is {name2}, in case your tracking is looking at her device. I am {name}, {member}.
~~
{first:nickname} here (it's {name} on the account). Went through {site} to {merchant} on {date}, order {order}.
~~
Nickname on the account is {first:nickname} but my legal name is {name:plain} if that matters
~~
Pls note shopper's name has a typo on the account: {name:typo}. Correct spelling {name:plain}.
~~
I live at {street:typo} (sorry your form autocorrects it), {town} {postcode}
~~
Moved house since the order. Old address {street:abbreviated}, {postcode}. New address {address:comma}.
~~
Address for the order: {street:number letter}, {town}, {postcode:no space}
~~
deliver to {street:number range} {town} {postcode:lower}
~~
we are at {street:flat line} {postcode} buzzer doesnt work so the {courier} guy left it with the shop
~~
address is {street:tenement}, {town}, {postcode} (it's a close, 2 up)
~~
my address {street:floor line}, {town}. {name}
~~
{street:leading word}, {town}, {postcode}. Order {order}.
~~
It's {street:the}, not {street:the}. Your system has the wrong one. {first}
~~
address:
{house:building}
{town}
{postcode}
~~
Delivered to the office: {house:unit}, {town} {postcode}. FAO {name}.
~~
BFPO address as I am posted overseas: {name}, {postcode:bfpo}. Order {order} from {merchant}.
~~
I am in Ireland, the Eircode is {postcode:eircode}. Order {order} from {merchant}, {amount}.
~~
Irish address: {street}, {town}, Co. Galway, {postcode:eircode no space}. Mobile {phone:irish mobile}.
~~
ring me on {phone:irish +353} evenings only, {first}
~~
Contact number {phone:with ext} (switchboard, ask for {first})
~~
landline {phone:landline brackets} or mobile {phone:mobile 5-3-3}
~~
my number is {phone:doubles} if u need it
~~
phone: {phone:0044}
~~
Please don't ring {phone:london 020}, that's my old number. Use {phone:+44 (0)}.
~~
{name} / tel {phone:02x city} / {merchant} {order}
~~
he gave his number as {phone:spoken} on the call
~~
Customer {member:far}
Retailer {merchant}, order {order}, date {date}.
~~
{member:none} - {merchant} - {order} - {amount}
~~
Kind regards,
{name}
{member:none}
~~
Hi {site} team, my {member:near} and the order is {order} from {merchant}. Thanks {first}
~~
I'm {name} and {member:far}
~~
!I HAVE BEEN A MEMBER FOR 9 YEARS {member:near} AND THIS IS HOW YOU TREAT ME
~~
> > Customer said: order {order} placed {date}
> Agent reply: retailer needs proof of purchase
Customer ({name}) has now sent the confirmation email, forwarded from {email}.
~~
Previous note ({date:short}, RP): "awaiting retailer response re {order}"
New: retailer accepted. Shopper {name} informed by email.
~~
Copied from old ticket {claim}: "Mrs {surname:bare} says she used the {merchant} app". Closing that one, this is the live claim.
~~
Escalation summary
- Shopper: {name}
- Contact: {phone} / {email}
- Merchant: {merchant} (via {network})
- Order: {order}, {amount}, {date}
- Issue: declined as "duplicate" but no other claim found
~~
**Case notes**
* {date:short} claim opened by {first} {surname:bare}
* {date:short} evidence received
* {date:short} sent to {network}
~~
<p>Customer name: {name}</p><p>Order: {order}</p><p>Tel: {phone}</p>
~~
{{"shopper": "{name}", "email": "{email}", "retailer": "{merchant}", "order": "{order}"}}
~~
shopper_name="{name}" postcode="{postcode}" order_ref="{order}" value="{amount}"
~~
Teams chat export
[{time}] {staff}: is {order} the {merchant} one?
[{time}] Claims Desk: yes shopper is {name}
[{time}] {staff}: ok I'll chase
~~
WhatsApp from shopper ({phone}): "hiya its {first} the {merchant} order went thru on {date} its {order} xx"
~~
Spoke to {first} on the phone, lovely lady, explained the delay. Her {merchant} order {order} for the {product} should show within 14 days.
~~
Shopper {name} - hearing impaired, please email only: {email}
~~
Please note {name} has asked us to deal with her son {name2} on this claim ({phone2}).
~~
Order placed by me, {name}, delivered to my dad, {name2}, {address:comma}
~~
Gift for {occasion}. Delivered to my nan {kin} {surname:bare} at {street}, {postcode}. Paid by me. Order {order}.
~~
Can you make sure the cashback goes to my account not my ex-husband's ({name2}). We had a joint account before. I'm {name}, {email}
~~
The {merchant} store manager {staff} said he'd email you directly about order {order}. My name is {name}.
~~
{staff} from {merchant} online chat (chat ref {ref}) told me to claim here. {name}
~~
i rang the {merchant} helpline and got put thru to {staff} then to someone called {staff} who said its been paid to {network} so its ur fault. {first} {phone}
~~
Second claim for the same order as last one was closed by mistake (agent {staff}). {name}, order {order}.
~~
Bore da, {first} sydd yma. Archeb {order} gan {merchant} ar {date}. Diolch yn fawr, {name}, {town}
~~
Dia dhuit, {first} anseo. Order {order} from {merchant}. Go raibh maith agat, {name}
~~
Dzień dobry, {first} here, sorry my English. Order {order} in {merchant} {date}, {amount}. Telefon {phone}. {name}
~~
Bună ziua, sunt {name}, comanda {order} de la {merchant}. Mulțumesc!
~~
Olá, o meu nome é {name}. A encomenda {order} da {merchant} não apareceu. Email {email}
~~
Salam, {name} here. Order for Eid, {product} from {merchant}, {order}. Please help, {phone}
~~
Asalaam alaikum, this is {first}'s son writing for her, she is {name}, order {order}
~~
my name is {name:script} ({name:plain}) and I bought from {merchant} order {order}
~~
Name in passport: {name:script}. Account: {email}.
~~
Ordered with {first:script}'s card, order {order}, {merchant}.
~~
Sorry it's me again, {first}, claim {claim}. Any news?
~~
Claimant {name:initial} (member since 2019). {merchant} {order} {amount}. Low value, approve.
~~
For the attention of {name:middle initial}. Your claim {claim} is in review.
~~
{name:possessive} claim for {merchant} order {order} — duplicate of {batchorder}? Checked, not a duplicate.
~~
Linked orders {order} and {batchorder} - same shopper ({name}), same day, {merchant}.
~~
Two orders: {order} and {ref}. Only the first went through {site}. {first}
~~
!{name:caps} HERE. THE {product} FROM {merchant} ARRIVED BROKEN AND THEY STILL TOOK THE CASHBACK BACK. ORDER {order}
~~
no punctuation because im on the bus order {order} {merchant} {date} {amount} name {name} phone {phone} postcode {postcode} thanks
~~
new address from next week {address:comma} and new mobile {phone}
~~
Can you update my address? It's now
{address}
Thanks {first}
~~
Delivery address (copied from {merchant} confirmation email):
{name:caps}
{address}
UNITED KINGDOM
~~
I think the problem might be that the order was under my maiden name {name2} and my account is {name}. Email {email}.
~~
kids {kin} and {kin} bought it with their pocket money on my account lol so please dont decline for "family member purchase". {first}
~~
Mum ({kin}) says she didn't click the link but I did on her phone. Order {order}. From {name}.
~~
Shopper's partner {first2} rang to say the {product} was a {occasion} present and they can't send a photo of it without spoiling the surprise. Customer {name}.
~~
Notes from call with {first} {surname:bare} at {time}: order {order}, paid by PayPal, {merchant}. Will send screenshot to {email:plain}.
~~
!CALL ME BACK {phone:mobile solid}
~~
{surname:caps title}, {first:caps} - VIP - {merchant} - order {order}
~~
Submitted by {name} via app on {date} at {time}. Device: iPhone. Email on file {email:upper}.
~~
Customer: {name:lower}
Order: {order}
Notes: said its the same as her last claim
~~
Customer says "{name}, {street}, {postcode}" is how it appears on the {merchant} order, with the flat number missing.
~~
The delivery name was just "{first}" because the {merchant} form cut it off. Order {order}.
~~
Shopper ({name:caps surname}) sent a screenshot of the {merchant} basket showing {product} {amount}.
~~
I use a nickname on {site}, {member:none}, but the order has my real name, {name}.
~~
Correspondence address: c/o {name2}, {address:comma}
~~
{name} - complaint. Said {staff:initial} at {merchant} was rude. Order {order}.
~~
Claim raised on behalf of {name:title} by carer {name2}, contact {phone2}
~~
Retailer rep {staff} confirmed by email ({date}) the order {order} was a new customer order.
~~
Our records show the order is under {surname:title} at {postcode}, but the claim is from {name}. Please confirm.
~~
Yes that's me, {name:no space comma}, same person, I just use my husbands surname now
~~
Posting on behalf of {first}. Tel {phone:landline 5-6}, order {order}.
~~
Hi it's {first} from the other day!! did {merchant} get back to u?? my new number is {phone:+44} xx
~~
hello again the order number is {order} not {ref} sorry i typed it wrong first time {first:typo}
~~
Kind regards
{name}
{street}
{town}
{postcode}
Mob: {phone}
~~
Thanks in advance

{first}
--
{name:caps}
{house}
{street:no number}
{town} {postcode}
t. {phone}
e. {email}
~~
Cheers,
{first} x

Sent from my iPhone
~~
Best wishes, {name} | {phone:dots} | {email:mailto}
~~
Regards
{name:title}
(on behalf of {name2})
~~
SUBJECT: RE: RE: FW: claim {claim}
> Hi {first}, we have escalated this to {merchant}.
> > Thanks, when will I hear? {name}
> > > Original claim: {order} {amount} {date}
~~
Agent note {date:short} - TW
Shopper {first} rang, spoke to me for 20 mins, lives in {town}, says {staff} at {merchant} promised a goodwill gesture. Logged.
~~
{date:short} 09:14 KP - outbound call {phone:dashes} - no answer
{date:short} 15:40 KP - shopper called back, confirmed address {street} {postcode:mixed case}
~~
CRM >> Contact: {name} >> Pref. channel: SMS >> Mob: {phone:slash} >> Opt-in: Y
~~
Fld_01 CLAIM={claim} Fld_02 SHOPPER={name:caps} Fld_03 PCODE={postcode:no space} Fld_04 RTLR={merchant}
~~
Ref {claim} / Hawlydd (claimant): {name} / Côd post: {postcode:double space}
~~
the guy on the phone {staff} said to put in the notes that he has checked it and its fine so please approve {name}
~~
I dont understand why u need my address again its {street:lower} {town} {postcode:lower} same as always {first:lower}
~~
!{street:caps} {postcode} - THAT IS MY ADDRESS, STOP SENDING LETTERS TO THE OLD ONE
~~
Delivered to {street:comma after number}, {town}. Signed by {first2}.
~~
address {street:number words} {town} (no postcode as new build) {name}
~~
We're in the annexe - {street:no thoroughfare stop}, {postcode} - please note for couriers. {first}
~~
house name is {house:quoted house name}, no number. {town} {postcode}. {name}
~~
!{house:house name caps}, {town}. {name:caps}
~~
Called {phone:landline 4-3-4}, spoke to shopper's wife {first2}, she will pass message on.
~~
mobile {phone:+44 solid}
~~
Tel: {phone:irish landline}. I'm based in {town} most of the year. {name}
~~
my num {phone:digit pairs} text dont call
~~
Contact {phone:mobile 5-6} after 5pm
~~
from: "{name}" {email:angle brackets}
to: support
re: {merchant} {order}
~~
my email is {email:caps words}
~~
email {email:missing at} (sorry phone wont do the at sign)
~~
Shopper typed email as {email:comma for dot} on the form, corrected on file.
~~
Email on the order: {email:hash for at} (sic)
~~
{first:possessive} mum placed the order, {merchant} {order}
~~
The account is {first:caps}'s but {name2} made the purchase
~~
wife {first2} says ur useless lol only joking but pls sort it {first}
~~
Stayed on hold 45 mins then {staff} hung up on me. {name}. {phone}. NOT HAPPY.
"""

_CLEAN = r"""
Missing cashback for {merchant} order {order}, {amount} on {date}. Went through {site} as usual. Thanks
~~
order {order} {merchant} {date} {amount} pls chase
~~
Bought the {product} from {merchant} in the {occasion} sale using code {voucher}. Still not tracked after 10 days.
~~
!STILL NOTHING FROM {merchant} ON ORDER {order}. THIS IS RIDICULOUS
~~
Retailer {merchant} confirmed via {network} that order {order} was cancelled and re-placed as {ref}. Please claim the new one.
~~
{date:short} chased {network} re {claim}
{date:short} {merchant} asked for proof of purchase
{date:short} evidence uploaded
~~
Parcel from {merchant} came with {courier}, tracking {tracking}, on {date}. Order {order}.
~~
The {product} was a {occasion} present. Ordered {date} at {time}. {amount}. {merchant}.
~~
hi the order no is {order} not {ref}, i mistyped on the form. its the {merchant} one
~~
Stock code {sku} ({product}) from {merchant}. Order {order}, total {amount}.
~~
Grace period for {merchant} claims is 90 days, this one is day 84. Will chase. Mark as urgent.
~~
Bill payment issue at {merchant} meant the order {order} was split in two: {order} and {batchorder}.
~~
Summer sale order at {merchant}, {product} in Rose gold, {amount}. Order {order}.
~~
Amber warning on {merchant} - several claims from {town} declined this week. This one: {order}.
~~
Customer Services at {merchant} say the order {order} is "pending validation" until {date}.
~~
Claim {claim} - {merchant} - {order} - {amount} - approved by network {date}
~~
Went from {site} to {merchant} on the app, bought {product}, paid {amount}. Nothing tracked. Ref {order}.
~~
Ordered for click and collect from the {town} store, collected {date}. Order {order}, {merchant}.
~~
i bought 2 things the {product} and the {product} from {merchant} order {order} total {amount} only one tracked
~~
TKT#: {claim} | Retl: {merchant} | OrdRef: {order} | Val: {amount} | Stat: CLOSED
~~
Used {voucher} at checkout, {merchant} say that code is allowed. {order}.
~~
Dear team, please could you look at order {order} placed with {merchant} on {date}. It was for the {product} ({amount}). Thank you.
~~
!{merchant} HAVE DECLINED AGAIN!!! ORDER {order} {amount}
~~
Order {order}, {merchant}, delivered by {courier} to the {town} Post Office. Value {amount}.
~~
{merchant2} referred me to {merchant} for this one, they share a checkout. Order {order}.
~~
Not {merchant2}, it's {merchant}. Order {order}. Sorry for the confusion.
~~
the {product} from {merchant} {date} {amount} please help
~~
Will be away until {date}, please hold the claim {claim}. Order {order} at {merchant}.
~~
Order placed {date} {time}, confirmation {order}, {merchant}, {amount}, delivered {date}
~~
Stanley flask and the {product} from {merchant}, {amount}, order {order}. Arrived in {town} on {date}.
~~
Holiday booked with {merchant} for {occasion}, ref {order}, {amount}. Travelling from {town}.
~~
Duplicate of {batchorder}? No - different basket. Keep open. {merchant} {order}.
~~
{network} ref {claim}, advertiser {merchant}, transaction {order}, sale amount {amount}, date {date}
~~
tracking number {tracking} says delivered {date} {time}, order {order}
~~
Per {merchant} T&Cs gift cards don't earn cashback; the {product} part of order {order} should though ({amount}).
~~
Sandy beige {product}, {merchant}, order {order}. Returned the other colour.
~~
Will call {merchant} back tomorrow re {order}. Hope to close this week.
~~
Joy of joys, {merchant} has finally confirmed {order}. Approve {amount}.
~~
Order {order} from {merchant} was made in the {town} branch then paid online. {amount}.
~~
Claim raised late because of {occasion}. Order {order} {merchant} {date}.
~~
Bought in the {merchant} {occasion} event with {voucher}, total {amount}, order {order}, collected in {town}.
~~
re {order}: {merchant} say tracked to {site} on {date} at {time}, commission {amount}. Closing.
~~
SKU {sku} and SKU {sku} from {merchant}, one order {order}, {amount}.
~~
{courier} lost the first parcel so {merchant} sent a new one ({tracking}). Original order {order}.
~~
!ORDER {order} - {merchant} - {amount} - {date}
~~
{merchant} order via {network}: ref {order}. {merchant2} banner clicked first, might have overwritten.
~~
{product}, {product}, {product} - all {merchant}, order {order}, {amount}
~~
Delivered to the locker at {town} station {date}. {merchant} {order}.
~~
Summer in {town} was lovely, {merchant} booking {order}, {amount}. Please track.
"""


def _split(raw: str) -> tuple[str, ...]:
    return tuple(t.strip("\n") for t in raw.split("\n~~\n") if t.strip())


PERSONAL = _split(_PERSONAL)
CLEAN = _split(_CLEAN)
