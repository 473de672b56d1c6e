"""The note templates, written for this set: personal ones and clean ones (see ``render``).

Personal notes are written the way claim notes arrive: pasted e-mail threads with headers
and signatures, chat transcripts, agent CRM logs, all lower case or ALL CAPS, txt-speak,
typos and non-native English, long notes with several people. Clean notes hold no personal
data and are full of look-alikes: merchants and products named like people, towns,
occasions, voucher codes, order refs shaped like phone numbers, ids, dates and amounts.
Templates are separated by a line holding ``~~``.
"""

from __future__ import annotations

_PERSONAL = r"""
From: {name} <{email}>
Sent: {date} {time}
To: Missing Cashback Team
Subject: RE: claim {claim}

Hi, I still havent had the cashback for my {merchant} order {ref}. I spent {amount}.
Thanks
{first}
~~
From: {first} {surname}
Sent: {date}
To: claims
Subject: Fw: order confirmation

---------- Forwarded message ---------
From: {merchant} <orders@shop.example>
Your order {ref} is on its way!

see above. my member no is {member}. ring me on {phone} if u need anything
~~
-----Original Message-----
From: {sf}
Sent: {date}
Subject: where is my reward

I bought {product} from {merchant} on {date} and the tracking never showed. Please chase.

Kind regards,
{tname}
{street}
{ptown}
{pc}
Tel: {land}
~~
[{time}] Customer: hi is anyone there
[{time}] Agent {agent}: Hello, you're through to claims, can I take your name?
[{time}] Customer: {name}
[{time}] Agent {agent}: thanks {first}, and the email on the account?
[{time}] Customer: {email}
[{time}] Agent {agent}: I can see order {ref} at {merchant}, I'll raise it now
~~
[{date} {time}] {first}: bought a {product} for {first.b}'s birthday via {merchant}, no cashback
[{date} {time}] {first}: order is {ref}
[{date} {time}] support: can you confirm your postcode
[{date} {time}] {first}: {pc}
~~
{date} {time} {agent}: cust called re {merchant} {ref}. Spoke to {title}, says paid {amount}. Advised 30 days.
{date} {time} {agent}: {surname:u} called back, now says her partner {name.b} placed the order. Member {member}.
~~
{date} {time} {agent}: inbound call. {name} (acc {member}) chasing {claim}. verified DOB + postcode {pc}. escalated to network ({network}).
~~
{date} {agent}: email from {email} - customer says she used code {voucher} at {merchant}. Not valid per T&Cs? checking w/ {network}.
{date} {agent}: {first} rang again, v upset. mob {phone}
~~
{date} {agent} - Outbound to {phone}, no answer, left vm. Sent chaser to {email}.
{date} {agent} - {init} called back. Confirmed address {addr}.
~~
[[L]]hi its {first} {surname} here, i ordered from {merchant} on {date} ({ref}) and still nothing showing in my account. my email is {email} thanks
~~
[[L]]order {ref} from {merchant} for {amount} not tracked. please contact me {phone} or {email}. {name}
~~
[[L]]bought {product} as a gift for my sister {first.b}, she lives at {street}, {ptown} {pc} and it was delivered there. cashback never appeared. {first}
~~
[[U]]I HAVE BEEN WAITING 8 WEEKS FOR MY CASHBACK FROM {merchant}. ORDER {ref}. MY NAME IS {name} AND MY MEMBER NUMBER IS {member}. SORT IT OUT
~~
[[U]]PLEASE CALL {first} ON {phone} ABOUT CLAIM {claim}. SHE IS AT {house}, {road}, {pc} IF POST NEEDED
~~
[[U]]to whom it may concern, {merchant} order {ref} on {date}, amount {amount}. name {sf}. email {email}
~~
hiya!! bought ma {product} frm {merchant} on {occasion} n no cashbk yet :( its {ref}. txt me {phone} ta {first} x
~~
omg still nothin for {merchant}?? ordr {ref}. {first} here lol. email me {email} or ring {phone}
~~
u said 2 wks its been 6!!! {merchant} {ref} {amount}. {name}, {pc}
~~
pls can sum1 look at dis, {merchant} ordr 4 my mum {first.b} {surname.b}, sent 2 her house {street} {pc}. thx {first}
~~
Hello, I am writting for the cashback of {merchant}, I make order {ref} in {date} with amount {amount}. My name is {name}, my mail {email}. Thank you very much for you help.
~~
Dear Sir/Madam, please to check my order at {merchant}, it was not been tracked. I am {tname}, I live in {street}, {ptown}, {pc}. My telefon is {phone}.
~~
good morning, my husband {name.b} he make purchase with my account {member} in {merchant}, it is possible that you give the cashback to me? I am {first}. Contact {email}
~~
Helo, i reciept the confirmation mail from {merchant} but cashback not apear. Numbr of order {ref}. Regads, {first} {surname}
~~
I have a quick question about the reward for order {ref}. {first} placed it on my laptop, but I'm the account holder ({name.b}, {email.b}). Can it still count?
~~
{first} and I moved to {street}, {ptown} last month so the {merchant} parcel went to {first.b} next door ({house.b}). Does that matter for the claim? My number is {phone}.
~~
Spoke with {name} today. {first} confirmed the basket was {amount} before the {voucher} code. She wants updates by text to {phone}, not email.
~~
{surname}, {first} - claim for {merchant} ({ref}). Contact: {email} / {phone}. Address: {addrn}
~~
Customer: {sf}
Account: {member}
Merchant: {merchant}
Order: {ref} ({date}, {amount})
Notes: called twice, wants a call back on {land} after 6pm.
~~
Name - {name}
Email - {email}
Mob - {phone}
Addr - {addr}
Issue - {merchant} order not tracking, ordered on {occasion}
~~
NAME: {name:u}
E: {email}
T: {phone}
ORDER: {ref}
SHOP: {merchant}
~~
Reported by {title} on behalf of her father {name.b}. He does not use email; reach him at {land}. The order was the {product} from {merchant}.
~~
Gift for {first.b} from {first} — {product} ({merchant}, {ref}). Delivered by {courier} to {flat.b}, {street.b}, {pc.b}. Cashback should be on my account {member}.
~~
The courier ({courier}) left it with {name.c} at number {n}, who signed as "{first.c}". Order {ref} from {merchant}. Please credit my account ({email}).
~~
Thanks {first}! (from {first.b} at the office, forwarding on her behalf) - {merchant} order {ref}, {amount}
~~
Claim raised for "{name}" - {merchant} - {ref}. Email given as {email}.
~~
per {first}'s email of {date}: order {ref} with {merchant}, cashback of {amount} expected. {first} says {first.b} (her partner) can confirm.
~~
{first} rang to say that {first.b} {surname.b} placed order {ref} using her card. {first.b} is not a member. Advised only the member ({member}) can claim.
~~
Via {first.b}: her mum {tname} wants to know about the {merchant} claim. Mum's number {land}, mum's address {house}, {road}, {ptown}, {pc}.
~~
Claim for {merchant}.
Ordered by: {name}
Delivered to: {addrn}
Phone: {phone}
~~
Rang {name} on {phone} - no answer. Emailed {email} instead.
~~
Sorry this is long. I ordered the {product} from {merchant} on {date}, actually it was my partner {first.b} who found it but I paid, then the first one was damaged so {courier} took it back and {merchant} sent another (new order {ref}). My mum {name.c} was at ours when it came, she signed for it. Nothing has tracked on my account. You can get me on {phone} or my email {email}. Address is {addr}. Many thanks, {first}
~~
So basically what happened is, me and {first.b} were shopping for {occasion} and {first.b} said use the cashback site, so I did, clicked through from your app, bought {product} at {merchant}, {amount}, order {ref}. Then nothing. {first.b}'s own account got hers fine. Mine is {member}. Please can someone look. {name}
~~
Hi there, my neighbour {name.b} told me about your site. I bought from {merchant} for my grandson {first.c} ({product}). Order {ref}. My details: {tname}, {street}, {pc}. Telephone {land}. I don't have a mobile.
~~
Dear team, I refer to your message of {date} concerning claim {claim}. The order ({ref}) was placed by me, {name}, and delivered to my work address ({flat}, {street}, {ptown}, {pc}). Yours faithfully, {name}
~~
Dear {merchant} affiliate team,

Our member {name} ({email}) reports that order {ref} on {date} did not track.
Please confirm.

Regards
Claims desk
~~
Hi,

Please see the below from our member.

> From: {first} {surname}
> Date: {date}
> I bought {product} and nothing tracked. Order {ref}. Ta, {first}

Thanks
~~
FAO claims - re member {member} ({name}): attaching the {merchant} receipt. Reply to {email}, or post to {addrn}
~~
{first} says the address on the order is {street}, {ptown} - not the {house} one on her account.
~~
Cust advised: "my name on {merchant} is {first} {surname} but on here it's {tname}". Same person. Order {ref}.
~~
Called {first} back at {time}. {first} is happy with the outcome. Closing.
~~
{first} {surname} is disputing the decline. {first} wants a manager to ring {phone}.
~~
{surname} emailed again ({email}). {surname} says the order ({ref}) was paid by PayPal.
~~
Mrs {surname} (the account holder) rang; Mr {surname.b} placed order {ref}. Added note for {network}.
~~
Received letter from {tname}, {house}, {road}, {ptown}, {pc}. Scanned to file. Member {member}.
~~
Member {inits} chasing {merchant} {ref}. Last spoke {date}. {inits} prefers calls to {phone}.
~~
{init} ({email}) - {merchant} - {amount} - {date}
~~
Spoke to {init} re {claim}. {init} will send proof.
~~
Member ref on my account: {member}. Name {name}. Order at {merchant}: {ref}
~~
my quidco acc no is {member} if that helps, order {ref} {merchant}. {first}
~~
TCB ID {member} - {merchant} - {ref} - {name}
~~
user# {member} says order {ref} not tracked. email on file {email}
~~
ref no. on my account is {member}, name is {name}, i ordered on {date}
~~
Saver number {member} ({first}). KidStart said to contact the shop {merchant} directly?
~~
loyalty card {member}, {name}, {pc}
~~
my customer number with you is {member} and my phone is {phone}
~~
Acct: {member} / {email} / {phone}
~~
membership id {member} (not the order number, the order number is {ref})
~~
can you update my email from {email} to {email.b}? member {member}, name {name}
~~
My new address is {addrn}
Old one was {street.b}, {pc.b}.
Name {name}
~~
please update my phone: was {land}, now {phone}. Thanks, {tname}
~~
Address for the letter: {tname}
{house}
{road}
{ptown}
{pc}
~~
Address for the letter:
{flat}
{street}
{ptown} {pc:u}
~~
Deliver to {first} at {flat}, {street}, {pc}
~~
the parcel went to my old flat ({flat}) instead of {street}, {ptown}. {first}
~~
House name is {house} (no number), {road}, {ptown}. Postcode {pc}. {name}
~~
we are {house}, off {road} - the sat nav never finds us. postcode {pc}
~~
{name}, {street} {ptown} {pc}, {phone}, {email}
~~
{name}
{email}
{phone}
~~
{first}
Sent from my iPhone
~~
Thanks,
{first}

--
{name}
{phone} | {email}
~~
Many thanks

{tname}
Mob: {phone}
~~
Cheers
{inits}
~~
Best wishes,
{first} {surname}
{land} (home) / {phone} (mob)
~~
Regards, {name} (member {member})
~~
Kind regards / Met vriendelijke groet,
{name}
{email}
~~
-- {first}, sent via the app
~~
xx {first}
~~
Hi {first}, thanks for getting back to us. We have raised claim {claim} with {merchant}. The Claims Team
~~
Dear {tname},
Thank you for your patience. Your claim {claim} for {amount} at {merchant} has been approved.
~~
Dear {first},
We could not find order {ref}. Please reply with the confirmation email you got at {email}.
~~
To {name}: your claim {claim} was declined by {network} because the order was cancelled.
~~
Message for {first} from {first.b}: she says the parcel is at {house.b} with {first.c}.
~~
Email to {email}: "Hi {first}, your cashback of {amount} from {merchant} is now payable."
~~
Text sent to {phone}: "{first}, we need your order number for {merchant}. Reply STOP to opt out"
~~
SMS in from {phone}: "its {first}, order was {ref}"
~~
voicemail from {phone} ({first}?) re {merchant}, didnt leave order no.
~~
Call with {name} ({phone}). Also on the line: her son {first.b}.
~~
Joint account holders: {name} and {name.b}. Both use {email}.
~~
For {first}, with thanks to {first.b}. Order {ref}.
~~
I shared my link with {first.b} and {first.c} - should I get the referral bonus? I'm {name}, {email}
~~
Referred a friend ({name.b}, {email.b}) on {date}, no bonus yet. {first}
~~
Bought it from {merchant} using {first.b}'s card - {first.b} {surname.b} is my wife. {first}
~~
{first.b} (my flatmate) took delivery. Our flat is {flat}, {street}, {pc}.
~~
The order was for {first.b}'s {occasion} present. Sent to {first.b} at {addr}.
~~
I'm writing for my elderly mother, {tname.b}, who has no email. Her address is {addrn}. My number is {phone}. {first}
~~
The account is in my late husband's name ({name.b}). I'm {first}. Can it move to me? Email {email}
~~
Carer {first.b} placed the order for {name}. {name} lives at {house}, {pc}.
~~
{name} (aka {first} on the {merchant} site) - order {ref}
~~
{first} "{first.b}" {surname} - Discord handle same - member {member}
~~
{title} - "{first}" to friends - rang re {merchant}
~~
customer asked us to use the name {first} {surname} not {tname}
~~
Ms. {surname} phoned re {claim}. Ms {surname} has a new number: {phone}.
~~
Dr {surname} emailed from {email} about {ref}.
~~
Mx {surname} prefers they/them. Order {ref} at {merchant}.
~~
Prof. {name} (via PA {name.b}) re {merchant} order.
~~
Rev {surname} - church account, order {ref}, contact {land}
~~
From {first} to {first.b}: happy {occasion}! (gift note copied from {merchant} order {ref})
~~
Chat log
{time} {first}: hi
{time} {first}: order {ref}
{time} bot: Thanks! Can I have your email?
{time} {first}: {email}
{time} bot: And the postcode the order went to?
{time} {first}: {pc}
~~
WhatsApp {date}
{first} 🙂: bought frm {merchant}
{first} 🙂: {ref}
{first} 🙂: my num is {phone}
~~
<{time}> {first}_{surname}: any news on {claim}?
<{time}> agent_{agent}: not yet sorry
~~
Ticket #{n}{n}{n}
Requester: {name} <{email}>
Priority: normal
Body: order {ref} at {merchant} missing.
~~
>> On {date}, {name} <{email}> wrote:
>> I placed an order with {merchant} ...
Replying above the line.
~~
Sent from Outlook for Android
________________________________
From: {name} <{email}>
Subject: Missing cashback {merchant}
~~
sorry for caps earlier. its {first.b} {surname}, {first}'s husband. same account
~~
need it asap!!! {phone}
{name}
~~
Postcode {pc}, house {house}
~~
1st line of address: {street}
Postcode: {pc}
~~
ADDRESS {street:u}, {ptown:u}, {pc:u}
~~
{phone} is my mobile, {land} is work
~~
email is {email}. or my other one {email.b}
~~
{email} — that's my email, sorry I spelt it wrong last time
~~
contact via {first.b} at {email.b} (my daughter)
~~
my email is {email} (all lower case)
~~
Write to me at {email}, not at the old address
~~
alt contact: {name.b}, {phone.b}
~~
Please ring {first} {surname} on {land} between 9 and 5.
~~
number to call: {phone}
~~
{name}
{street}
{ptown}
{pc}
~~
{flat}
{street}
{pc}
~~
{first} here - still at {house}. Same postcode {pc}.
~~
Hello from {first}! I moved from {addr.b} to {addr}.
~~
With regards to the {product}, {first} told me it was out of stock. {first} then ordered from {merchant} instead.
~~
Customer {name} confirmed she used the {merchant} app, not the website.
~~
{first} asked whether {merchant} counts the {voucher} code. Told {first} it depends on the merchant.
~~
Following up on behalf of {name}. {first}'s order {ref} was placed on {date}.
~~
{first}'s partner {first.b} called. {first.b}'s details: {phone.b}.
~~
left msg w/ {first.b} (the neighbour) for {first} to call back
~~
Left parcel with {name.b} at {street.b}
~~
collected from {courier} depot by {first} (ID shown: driving licence in name {name})
~~
Cashback for {first}, {first.b} and {first.c} - group order at {merchant}
~~
NB {sf} and {sf.b} are two different members - don't merge!
~~
dup account? {email} and {email.b} both in name {name}
~~
member says: "I'm {first}, {first} {surname}, member since 2019"
~~
[[L]]{first} {surname}
{street}
{ptown}
{pc}
~~
[[U]]{name}
{phone}
~~
[[L]]thanks {first}! from {first.b}
~~
[[U]]ATTN {tname} - CLAIM {claim} APPROVED
~~
[[L]]cust ({email}) says ordered {date}, amt {amount}
~~
[[L]]ring {phone} after 5 ask for {first}
~~
[[L]]member {member} - {first} {surname} - {merchant}
~~
[[L]]hi this is {first} again!! my partner {first.b} says she already emailed u from {email.b}. pls reply to me not her. {phone}
~~
[[U]]FAO CLAIMS DEPT. RE: {sf}. MEMBER NO {member}. ORDER {ref} ({merchant}) DELIVERED TO {house}, {road}, {ptown}, {pc}.
~~
[[L]]{date} {time} {agent}: cust {name} rang, wants cb for {merchant} {ref}. told 14 days. mob {phone}
~~
[[U]]SENT ON BEHALF OF {tname.b} BY {first} (DAUGHTER). CONTACT {land.b} OR {email}
~~
[[L]]from: {email}
to: claims
subject: {merchant}!!!

still waiting. {first}
~~
[[U]]NEW ADDRESS: {flat}, {street}, {ptown} {pc}. OLD: {addr.b}. NAME {name}
"""

_CLEAN = r"""
Order {ref} from {merchant} placed {date}, {amount}. Not tracked. Raised with {network}.
~~
Claim {claim}: {merchant} confirmed the sale on {date} but the commission was {amount}, not the rate shown. Awaiting their reply.
~~
Bought {product} from {merchant} on {occasion}. Used voucher {voucher}. Order ref {ref}.
~~
{merchant} say orders using {voucher} are excluded. Declined per T&Cs.
~~
Order number {ref} - it looks like a phone number but it is the order ref from {merchant}.
~~
Ref {ref} (the {merchant} number, not my phone). Total {amount}.
~~
Store: {merchant} ({town} branch, click and collect). Order {ref}.
~~
Collected from the {town} store on {date}. {merchant} receipt shows {amount}.
~~
Ordered the {product} and {product.b}. Both from {merchant}. Order {ref}.
~~
The {product} was returned, so the {amount} cashback was reversed. {merchant} confirmed on {date}.
~~
[[L]]ordered {product} from {merchant} on {date}, ref {ref}, {amount}, cashback not showing
~~
[[U]]ORDER {ref} {merchant} {amount} {date} NOT TRACKED
~~
[[U]]{merchant} - {occasion} SALE - CODE {voucher} - ORDER {ref}
~~
bought {product} 4 {occasion} frm {merchant} but no cashbk!! ordr {ref}
~~
pls chk {merchant} ordr {ref} 4 {amount}, ta
~~
I make order in {merchant} at {date}, the number is {ref}, price {amount}. Cashback not come.
~~
Hello, I was purchase {product} on {merchant} during {occasion}, but reward is not visible. Order {ref}.
~~
{date} {time} {agent}: checked {network} portal - {merchant} {ref} shows as pending.
{date} {time} {agent}: chased {merchant}.
~~
{date} {agent}: {merchant} declined {claim} (order cancelled). Closed.
~~
{date} {time} {agent}: no further info from member. {claim} auto-closed.
~~
[{time}] Customer: hi, order {ref}?
[{time}] Agent {agent}: Thanks, I can see {merchant} on {date}. Raising now.
~~
Subject: RE: {claim}
From: Claims Team
Sent: {date}

{merchant} have confirmed the order {ref}. Cashback of {amount} will show within 30 days.
~~
-----Original Message-----
Sent: {date}
Subject: {merchant} {occasion} offer

Order {ref} placed using the {occasion} link, {amount}.
~~
{=Ted Baker=merchant} order {ref} on {date}: {amount}. Not the {=Ted Baker=merchant} outlet, the main site.
~~
{=John Lewis=merchant} (not John Lewis Finance) order {ref}, {amount}, ordered {date}.
~~
{=Marks & Spencer=merchant} food order {ref}, delivered {date}. {amount}.
~~
{=Laura Ashley=merchant} wallpaper, order {ref}. Was {=Laura Ashley=merchant} in the sale? {amount}.
~~
{=Charlotte Tilbury=merchant} Pillow Talk set, {amount}, order {ref}, {occasion} gift.
~~
{=Molton Brown=merchant} hand wash x3 for {occasion}. Order {ref} from {=Molton Brown=merchant}.
~~
{=Jack Wills=merchant} hoodie and {=Hobbs=merchant} coat - two merchants, two orders: {ref} and {ref.b}.
~~
{=Jo Malone London=merchant} candle, bought on {date}, order {ref}. {=Kurt Geiger=merchant} bag same day, order {ref.b}.
~~
{=Paul Smith=merchant} shirt via {network}. Ref {ref}. {amount}.
~~
{=Dorothy Perkins=merchant} dress in the {occasion} sale, {amount}, ref {ref}.
~~
{=Karen Millen=merchant} and {=Phase Eight=merchant} both on {date}; only {=Phase Eight=merchant} tracked. Missing: {ref}.
~~
Bought {=the Harper sofa=product} from {merchant} - order {ref}, {amount} (delivery {date}).
~~
{=Ruby trainers=product} in size 6 from {merchant}, then swapped for {=the Evie dress=product}. Order {ref}.
~~
{=Dr. Martens 1460s=product}, {amount}, order {ref}. Delivered by {courier}.
~~
{=The Florence armchair=product} and {=the Oscar cot bed=product} arrived on {date} via {courier}. Order {ref}.
~~
{courier} delivered on {date}. Tracking said "left in safe place". Order {ref}.
~~
Delivery to the {town} collection point failed on {date}; {courier} redelivered. Order {ref}.
~~
{town} to {town.b} - the parcel went via the {courier} hub in {town.c}. Order {ref}.
~~
{=Prime Day=occasion} order, {merchant}, {amount}. Ref {ref}.
~~
{=Black Friday=occasion}: {merchant} {ref} and {merchant.b} {ref.b}. Only the first tracked.
~~
{=Boxing Day=occasion} sale - {merchant} - order {ref} - {amount} - voucher {voucher}
~~
{=Mother's Day=occasion} flowers from {merchant}, {amount}, order {ref}.
~~
{=Father's Day=occasion} gift ({=the Maxwell watch=product}) from {merchant}. Ref {ref}.
~~
Used code {=EMMA15=voucher} on the {=Emma mattress=product}, {amount}. Order {ref}.
~~
Voucher {=JOY10=voucher} applied at checkout; order {ref} came to {amount}.
~~
Codes tried: {voucher}, {voucher.b}. Only the second worked. Order {ref}.
~~
Order {ref}; claim {claim}; date {date}; amount {amount}; merchant {merchant}.
~~
claim ids {claim} and {claim.b} are duplicates - same {merchant} order {ref}
~~
Order ref {ref}. Amount {amount}. Date {date}. Reason: cookies blocked.
~~
Bought on my phone in the app, then paid on the laptop. {merchant} order {ref}. {amount}.
~~
I clicked through from the newsletter on {date}; {merchant} basket {amount}; order {ref}.
~~
The {merchant} confirmation says {amount} but the bank shows a different total. Order {ref}.
~~
Called {merchant} customer service - they say order {ref} was placed on {date}.
~~
Thanks for your help. Order {ref} at {merchant}.
~~
Please see the attached screenshot of the {merchant} basket ({amount}).
~~
Sent from my iPhone
Order {ref}, {merchant}
~~
Re: {claim} - no reply needed, just adding the order ref {ref}.
~~
{=Holland & Barrett=merchant} order {ref}: vitamins, {amount}. Nothing to do with the Holland family, it's the shop.
~~
{=The Stanley flask=product} and {=the Bella kettle=product} from {merchant}. Order {ref}, {date}.
~~
{=Bank Holiday Monday=occasion} deal at {merchant}: {amount} off with {voucher}. Order {ref}.
~~
Order {ref} was split in {n} parcels by {merchant}; one by {courier}, one by {courier.b}.
~~
{=Mamas & Papas=merchant} pram, order {ref}, {amount}. Delivered {date}.
~~
{=Hotel Chocolat=merchant} (not a hotel!) - {occasion} box, {amount}, ref {ref}.
~~
{=Sweaty Betty=merchant} leggings via the {network} link. Order {ref}.
~~
{=Reading=town} branch of {merchant}, {date}. Nothing else to add. Ref {ref}.
"""


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip("\n") for t in text.split("\n~~\n") if t.strip())


PERSONAL: tuple[str, ...] = _split(_PERSONAL)
CLEAN: tuple[str, ...] = _split(_CLEAN)
