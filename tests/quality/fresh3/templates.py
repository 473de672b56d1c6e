"""The set's note templates, written for this set: personal ones, clean ones, agent notes.

Slots are ``render.py``'s. Personal templates hold at least one personal slot; clean ones
none, but are full of look-alikes: merchants named like people, products with a person-like
word, towns, occasions, vouchers, order refs (some shaped like phone numbers), amounts,
dates, couriers, and English words that are also names (grace period, will, rich tea).
Styles: voice-call transcriptions, escalation summaries, bullet lists, key: value dumps,
forwarded messages with quoted lines, SMS threads, social-media DMs, complaint letters,
notes mixing English with Welsh, Polish or Urdu words, non-native English, emojis, very
short notes and very long ones with several people.
"""

from __future__ import annotations

SEPARATOR = "\n~~\n"

_CALLS = """
CALL LOG {time} - caller states she is {name}, bought the {product} from {merchant} on {date} for {amount}, cashback never showed. Best number {phone}.
~~
Inbound call. Caller states name is {first} {sur}, member no {member}. Says order {ref} tracked as declined. Advised 10 working days. Caller happy.
~~
[00:00:04] Agent: thank you for calling, who am I speaking to?
[00:00:07] Caller: it's {first}, {first} {sur}
[00:00:15] Agent: and the postcode on the account?
[00:00:18] Caller: {pc}
[00:00:40] Caller: the order was {ref}, {merchant}, about {amount}
~~
Transcript (auto): "hi yeah my name's {first:l} {sur:l} I'm calling about a purchase at {merchant} on the {date} my email is {email} thanks bye"
~~
caller ({tname}) rang re missing cashback {merchant} {ref}. wanted callback on {land} after {time}. passed to {first.b} in tier 2
~~
Voicemail left by {name}, {tel}, re claim {claim}. Sounded upset, mentioned {occasion} order for {amount}.
~~
Call summary: spoke with {tsur}. Confirmed address {addr}. Order {ref} with {merchant} placed {date}. Raised claim {claim}.
~~
Caller gave name as "{sf}" and spelt it out. Account email {email}. Second caller on the line was her son {first.b}.
~~
{time} call from {first} re {merchant}. said the {courier} driver, {first.b}, left the parcel at number {num}. nothing to do with cashback, closed.
~~
Outbound call to {phone} - no answer. Left message for {tname} asking to send screenshot of {merchant} confirmation {ref}.
~~
Caller: {name}. Verified DOB + postcode {pc}. Query: {merchant} purchase {amount} on {date} not tracked via {network}. Action: claim raised.
~~
Spoke to {first}'s husband {first.b} {sur} (on the account as second user). He says they ordered the {product} on {occasion} weekend.
"""

_ESCALATIONS = """
ESCALATION - Tier 2
Customer: {name} ({member})
Issue: {merchant} order {ref} of {amount}, declined by {network} as not tracked
History: 3 contacts since {date}. Customer threatening chargeback.
Owner: {first.b} {sur.b}
~~
Escalated to team lead {fi.b}. Member {sf} disputes decline on {ref}. Please review before {wday}.
~~
Summary for merchant ({merchant}): shopper {isur} bought {product} on {date}, ref {ref}. Shopper contact {email}. Requesting manual credit.
~~
Escalation reason: repeat contact. {tname} has called {num} times about claim {claim}. Last agent {first.b}. Recommend goodwill of {amount}.
~~
P1 - VIP member {name}, acct {member}. Missing cashback {merchant} ({amount}). Customer lives at {house}, {road}, {ptown}. Do NOT send to old address.
~~
Handover to {first.c}: {first} {sur} still waiting. She prefers text on {phone}, not email.
~~
Sent to merchant affiliate manager ({first.b} {sur.b} at {merchant}) with shopper postcode {pc} and order {ref}.
~~
Complaint escalated by {tsur.b} (supervisor) on behalf of {name}. Root cause: cookie blocked by browser. Order {ref}.
"""

_BULLETS = """
- customer: {name}
- email: {email}
- merchant: {merchant}
- order: {ref}
- value: {amount}
- notes: bought for {occasion}
~~
* rang {first} back
* confirmed postcode {pc}
* {merchant} says order {ref} cancelled?? customer says no
* chase {date}
~~
• Name on order: {sf}
• Delivered to {street}, {ptown}
• Paid {amount} at {merchant}
~~
1) member {member}
2) {merchant} order {ref}
3) customer {first} unhappy, wants call on {tel}
~~
Checklist:
[x] ID verified ({name})
[x] order located ({ref})
[ ] merchant response
[ ] update customer on {email}
~~
- {first} ordered the {product}
- partner {first.b} ordered the rest on the same card
- both orders on {merchant}, only one tracked
~~
TODO: email {name} at {email} re {claim}
~~
> bought: {product}
> from: {merchant}
> when: {date}
> who: {first:l} {sur:l}
"""

_DUMPS = """
name: {name}
email: {email}
phone: {phone}
postcode: {pc}
merchant: {merchant}
order_ref: {ref}
~~
NAME={sf}; EMAIL={email}; TEL={tel}; ORDER={ref}; AMT={amount}
~~
{"customer": "{name}", "member_id": "{member}", "order": "{ref}", "store": "{merchant}"}
~~
Customer Name ..... {tname}
Address ........... {addr}
Member No ......... {member}
Retailer .......... {merchant}
~~
contact={email} | mobile={phone} | ref={ref}
~~
Account holder: {name}
Secondary: {name.b}
Loyalty card: {member}
Store: {branch}
~~
[form] first_name={first} last_name={sur} email={email} retailer={merchant} order={ref}
~~
user id: {member}
user: {first}
issue: no cashback for {merchant} ({amount}) on {date}
"""

_FORWARDS = """
---------- Forwarded message ----------
From: {name} <{email}>
Date: {date}
Subject: missing cashback

> Hi, I bought the {product} from {merchant} ({ref}) and it never tracked.
> Thanks, {first}
~~
Fwd from merchant:
> Order {ref} was placed by {isur}, delivered to {pc}. Status: dispatched.
> Regards, {first.b}, {merchant} affiliate team
~~
Begin forwarded message:
> From: {first} {sur}
> Sent: {wday} {time}
> To: support
> My membership # is {member}, order was {ref} on {date}.
~~
FW: FW: RE: claim {claim}
>> {first} wrote:
>> still nothing!! ordered on {occasion}, {amount}
> {first.b} wrote:
> passing to claims team
~~
On {date} {name} wrote:
> I have emailed three times now. Please call me on {land}.
~~
Original message from {email}:
> hello, can you check order {ref} at {merchant} please. it is for my daughter {first.b}.
"""

_SMS = """
SMS thread:
[{time}] {first}: hi is my claim sorted
[{time}] Support: Hi {first}, which order?
[{time}] {first}: {merchant} one, {ref}
~~
txt from {phone}: "its {first} again, still no cashback from {merchant} 😡"
~~
WhatsApp export
{date}, {time} - {name}: Order number {ref}
{date}, {time} - {name}: I paid {amount}
{date}, {time} - Support: Thanks {first}, raised.
~~
sms 1/2 from {first:l}: my email is {email}
sms 2/2: and order {ref}
~~
Text to customer ({phone}): "Hi {first}, your {merchant} claim {claim} has been approved."
~~
{first} (via SMS): "sorry new number, use {phone} from now"
~~
sms: "this is {first.b}, {first}'s wife, she asked me to chase the {merchant} claim"
"""

_DMS = """
DM via Instagram from @{first:l}{sur:l}: hey 👋 my cashback for {merchant} is missing, ordered {product} on {date}
~~
Twitter DM: "@support my name is {name} and you owe me {amount} from {merchant} #notHappy"
~~
Facebook message from {name}: Hi there, I bought from {merchant} over {occasion}, my email on the account is {email}. Cheers
~~
DM: hiya, {first} here 🙂 postcode {pc}, order {ref}
~~
Messenger: "{first:U}!!! sorry caps lock, its {first} {sur}, member {member}"
~~
TikTok comment escalated: user {first:l}_{sur:l} says {merchant} cashback never tracked
"""

_LETTERS = """
Dear Sir or Madam,

I am writing to complain about the missing cashback on my {merchant} order {ref} of {date}. I have been a member for years (membership number {member}).

Yours faithfully,
{tname}
~~
To whom it may concern,
My name is {name} and I live at {addr}. I bought a {product} from {merchant} for {amount} and the cashback has not been paid.
Regards
~~
Dear Claims Team,
Further to my call with {first.b} on {wday}, please find attached the receipt for order {ref}.
Kind regards,
{name}
{addrml}
~~
Formal complaint. I, {name}, of {street}, {ptown}, {pc}, request that you escalate claim {claim}.
~~
Dear {tsur.b},
Thank you for your letter. I still have not received the cashback for {merchant}.
Sincerely, {isur}
~~
Letter received by post from {tname}, {house}, {road}, {ptown}. Scanned to file. Order {ref}.
"""

_MIXED = """
Dzień dobry, nazywam się {name}. Kupiłam {product} w {merchant} {date}, cashback nie przyszedł. Mój email {email}. Dziękuję!
~~
Bore da, {first} ydw i. Order {ref} gyda {merchant}, dim cashback eto. Diolch yn fawr, {name}
~~
Assalam o alaikum, mera naam {name} hai. {merchant} se {amount} ka order kiya tha, cashback nahi mila. shukriya. {phone}
~~
Hello, I am {first} from Poland, my husband {first.b} make order in {merchant} but cashback is not come. Please check, number of order {ref}
~~
sorry my english not good. I buy {product} for {occasion}, my name {name}, my telephone {phone}
~~
Hi, plz help, i am {name}, i was do shopping {merchant} on {date} and nothing cashback. my id {member}
~~
Shwmae, {first} yma. Can you check {ref}? Dw i wedi aros ers {date}. {email}
~~
Cześć, it is {first:l}. Order {ref}. Proszę o pomoc, my email {email}
~~
Good day sir, kindly assist me. My good name is {tname}. I did purchase from {merchant} and cashback is pending since {date}. Kindly revert on {email}.
~~
Salaam, {first} bhai told me to contact you. My order {ref} from {merchant}. Number {phone}. JazakAllah
~~
Dobrý den, jmenuji se {name}. Order {ref} ({merchant}). Děkuji.
~~
Ciao, sono {first}, abito a {ptown}, {pc}. order {ref} not tracking. grazie
"""

_EMOJI = """
🙏 please help {first} 🙏 {merchant} order {ref} 💸 missing
~~
{name} 😭😭 still waiting for {amount} from {merchant}!!! {email}
~~
✅ ID checked ({first} {sur}) ✅ order found ({ref}) ❌ cashback
~~
hi 👋 it's {first:l} (the one with the {product} 😂) order {ref}
~~
📞 {phone} - call {first} back 🕒 after {time}
"""

_SHORT = """
pls chase - {first}
~~
{sf}
~~
call {phone}
~~
{email} - missing
~~
re: {name}
~~
see {first.b}'s note. {pc}
~~
cust {isur} rang
~~
dup of {claim}, {first} again
~~
member {member} chasing
~~
{first:U} CHASING AGAIN
~~
chased {tsur} x2
~~
sent to {email}
"""

_LONG = """
Long history, sorry. My name is {name} and I have been using cashback for years. On {date} my partner {first.b} and I ordered the {product} from {merchant} ({ref}) for {amount} as a present for our daughter {first.c}'s {occasion}. It was delivered by {courier}; the driver ({first.d}) left it with our neighbour {tname.e} at number {num}. The cashback showed as tracked for a day and then disappeared. I phoned on {wday} and spoke to an agent called {first.e}, who said it would be sorted. It wasn't. I then emailed from {email} and got no reply. You can reach me on {phone} or at {addr}. I would like this resolved before the next {occasion.b} as we plan to buy again. Thank you.
~~
Case notes (agent {first.b} {sur.b}):
{date} - {tname} called. Bought {product} at {merchant}, ref {ref}, {amount}.
{date.b} - merchant says the order was placed under her mother's name, {name.c}, same address {street}.
{date.c} - customer sent screenshot from {email}. Her son {first.d} also placed an order ({ref.b}) which did track.
Next: ask {network} to reassign. Customer prefers calls to {land} in the evening; her neighbour {first.e} sometimes answers.
~~
To the claims team. I am writing on behalf of my elderly father, {tname.b}, who lives with us at {house}, {road}, {ptown}, {pc}. I ({name}) placed the order from his account (member {member.b}) because he does not use the internet. The order was {ref} with {merchant} on {date}, value {amount}. The parcel came with {courier}; the driver {first.c} needed a signature, so my husband {first.d} {sur} signed. Your agent {first.e} told me on the phone that cashback cannot be paid because the email on the order is mine ({email}) and not my father's. Please look at this again; we have been members since before {occasion} 2019. My mobile is {phone}.
~~
[[U]]URGENT. THIS IS MY FOURTH CONTACT. I AM {name} AND MY ORDER {ref} FROM {merchant} FOR {amount} HAS NOT TRACKED. I HAVE SPOKEN TO {first.b} AND TO {first.c} AND NEITHER CALLED BACK. MY NEIGHBOUR {first.d} HAD THE SAME PROBLEM WITH {merchant.b}. CALL ME ON {phone} OR EMAIL {email}. I LIVE AT {street}, {ptown}, {pc}.
~~
Escalation pack for {merchant}
Shopper: {name}, {addr}
Contact: {email} / {tel}
Orders: {ref} ({date}, {amount}) and {ref.b} ({date.b})
Timeline: shopper's partner {first.b} placed the first order on the shared laptop; their son {first.c} placed the second with a voucher ({voucher}). Merchant support agent {first.d} {sur.d} confirmed both orders were paid. Our agent {first.e} raised claim {claim}.
Request: please confirm the affiliate click for {ref} and credit the shopper's account {member}.
~~
Hi, hope you can help. I'm {first} ({name} on the account). Back in {date} we were getting ready for {occasion} and my sister-in-law {name.b} came to stay with her two boys, {first.c} and {first.d}. We ordered loads from {merchant}: the {product}, some {product.b} and a few bits for the boys. Order was {ref}. I used my cashback link, I'm sure of it, because I remember the banner. Nothing tracked. My brother {first.e} says he had the same with {merchant.b} last year. Please can someone ring me on {phone}, I'm usually home after {time}. Postcode is {pc} if you need it. Thanks so much.
~~
Transcript of voice note from {name} (converted):
"hi it's {first} again um I've got the order number here it's {ref} and it was from {merchant} on the {date} um the total was {amount} I think and my husband {first.b} says the email it went to was {email} but that might be his old one so can you check both um the other one is {email.b} I think that's his and yeah our postcode's {pc} and the house is called {house} thanks bye"
"""

_MISC = """
{first} says the {product} was a gift for {first.b}.
~~
The claim belongs to {name}, not to {name.b}.
~~
{sur:U}, {first} - order {ref} - {merchant}
~~
Please update the email on {first}'s account to {email}.
~~
[[L]]{name} called about {merchant} {ref}. new address {addr}
~~
Spoke with {first} and her mum {tname.b}; both confirmed the {merchant} order {ref}.
~~
Re {isur}: merchant needs the delivery postcode ({pc}) to match.
~~
Customer moved from {street} to {street.b}. Please update.
~~
Order for {first.b} {sur}, placed by {first} {sur} on {date}.
~~
Refund request from {tname}, {email}, for {amount}.
~~
According to {first}, the {courier} driver {first.b} never delivered order {ref}.
~~
Claim {claim}: customer {name} states she used voucher {voucher} and the cashback was still due.
~~
Account {member} (held by {isur}) shows the {merchant} click at {time} on {date}.
~~
From {first} about the {occasion} order: "my email is {email}, please use that one"
~~
ok so {first:l} bought it, {first.b:l} paid, and {first.c:l} got it as a present
~~
{name} ({email}) and {name.b} ({email.b}) both claimed for {ref}
~~
Deliver to {flat}, {street}, {ptown}. Contact {first} on {phone}.
~~
house name is {house}, no number. postcode {pc}
~~
Account transferred from {sf} to {sf.b} after divorce.
~~
Shopper {name} lives at {addrml}
~~
{name.b} rang on behalf of {name}; has permission on file.
~~
Thanks to {first.b} for chasing, {first} is happy now.
~~
I'm {name}, and {merchant} still shows my cashback as pending.
~~
Called {first}. She said {first.b} has the receipt.
~~
claim raised for {tsur} ({member}), {merchant}, {amount}
~~
[[U]]{name} - {merchant} - {ref} - {amount}
~~
[[L]]hi its {first} {sur} again about {ref}
~~
With {first}'s permission, spoke to her daughter {first.b} on {tel}.
~~
Per {tname.b} at {merchant}: the order {ref} was cancelled by the customer ({name}).
~~
New phone number for {name}: {phone} (old: {phone.b})
~~
{first} {sur} — membership # {member} — {merchant} — {date}
~~
[[U]]PLEASE CALL {first} ON {phone}
~~
[[L]]{first}'s order from {merchant} went to {pc}
~~
customer name on {merchant} account: {name:l}
~~
shopper wrote: "I'm {first}. {first.b} is my partner. we share the account {member}"
~~
Loyalty card {member} belongs to {tname}, not the person on the order.
~~
Acct {member} - {first} - wants payout to the email {email}
~~
Quidco ID {member} ({first} {sur}) says order {ref} never tracked.
~~
TCB id {member}; shopper {isur}; merchant {merchant}
~~
Customer number {member}, {name}, {pc}.
~~
{first} asked us to write to her at {addr}.
~~
Member ref {member}: {sf}
~~
my id is {member} and my name is {first}
~~
account no. {member}, name {tname}, order {ref}
~~
[[U]]member no {member}, {sur}
~~
Nectar-style card no {member} given by {first} over the phone
~~
Between {first} and {first.b}, the {product} was ordered twice ({ref}, {ref.b}).
~~
{first} and {first.b} from {ptown} ordered together.
~~
Shopper {first} {sur} writes from {email} that {merchant} cancelled.
~~
Signed for by {first.b} at {house}.
~~
Mr and Mrs {sur} ordered the {product}; only Mrs {sur}'s order tracked.
~~
cust {first:l} @ {pc:l}
~~
Ticket raised by {first.b} for {name}: {merchant} order {ref}.
~~
{name}'s claim ({claim}) is now with {network}.
~~
Dear {first}, thank you for your message. — {first.b}, Claims
~~
Thanks, {name}
Sent from my iPhone
~~
Cheers,
{first}
{phone}
~~
Kind regards
{tname}
{email}
~~
— {fi}, on behalf of the household at {street}
~~
The parcel was addressed to {first.b} {sur.b}, c/o {name}, {addr}.
~~
Postcode given as {pc}, house {street}; merchant has {pc.b}.
~~
Order {ref} delivered to {street.b} (wrong address), customer {name} lives at {street}.
~~
Call from {land}; caller said she was {tname} but could not confirm the member number.
~~
Agent note: {first.b} spoke to {first}. Resolved.
~~
{name} has asked for all contact to go via {email}.
~~
The email {email} bounced; customer {first} gave {email.b} instead.
~~
First name {first}, surname {sur}, order {ref}.
~~
[[U]]{sf} - MEMBER {member}
~~
Customer {name} says {first.b} at the {branch} branch told her the cashback would come.
~~
Contact: {tel} (ask for {first})
~~
Daughter {first.b} placed the {occasion} order on {first}'s account.
~~
From: {email}
Subject: {merchant} {ref}
Hi, I'm {first}, this never tracked. Thanks
~~
Name: {first} {sur}
Order: {ref}
Phone: {phone}
~~
a customer, {first}, asked whether {merchant} pays on {product}s
~~
{first.b} ({first}'s flatmate) also had a missing claim at {merchant}.
~~
Claim filed under {sur:l}{first:l}, please merge with {claim}
~~
Re your email to {email}: the {merchant} order {ref} is now approved.
~~
Mrs {sur} at {house} rang again.
"""

PERSONAL: tuple[str, ...] = tuple(
    t.strip()
    for block in (
        _CALLS,
        _ESCALATIONS,
        _BULLETS,
        _DUMPS,
        _FORWARDS,
        _SMS,
        _DMS,
        _LETTERS,
        _MIXED,
        _EMOJI,
        _SHORT,
        _LONG,
        _MISC,
    )
    for t in block.split(SEPARATOR)
    if t.strip()
)

_CLEAN = """
pls chase
~~
Customer called, order {ref} with {merchant} on {date} for {amount}. Raised claim {claim}.
~~
Caller states the {product} was bought in the {occasion} sale from {merchant}, not tracked.
~~
Order number {pref} (the merchant's numbers look like phone numbers). {merchant}, {amount}.
~~
- merchant: {merchant}
- order: {ref}
- value: {amount}
- date: {date}
~~
ESCALATION: {merchant} declined {ref} as "not tracked". {network} ticket open. Grace period ends {date}.
~~
Will chase {merchant} on {wday}. Rich tea biscuits in the kitchen, help yourselves.
~~
> Order {ref} confirmed by {merchant}.
> Amount {amount}. Delivered by {courier}.
~~
Store: {branch}. Receipt shows {amount} on {date}.
~~
The {product} from {merchant} came via {courier}, order {ref}.
~~
Voucher {voucher} was used on order {ref}, so {merchant} says no cashback.
~~
claim {claim} dup of earlier claim, closing
~~
[[U]]{merchant} ORDER {ref} - {amount} - NOT TRACKED
~~
[[L]]order {ref} from {merchant}, bought for {occasion}
~~
Bought at {merchant} in {town}; the branch said online orders only for cashback.
~~
Customer bought a {product} and a {product.b} from {merchant} for {occasion}.
~~
Order ref {pref} placed {date}, {amount}, {merchant}.
~~
Hi, cashback missing for {merchant}, order {ref}, {amount}. Thanks!
~~
SMS thread:
[{time}] Customer: is it sorted
[{time}] Support: not yet, {merchant} still checking {ref}
~~
😡 {merchant} {ref} still pending since {date}
~~
Dzień dobry, zamówienie {ref} w {merchant}, brak cashbacku. Dziękuję.
~~
Diolch! Order {ref}, {merchant}, {amount}.
~~
shukriya, order {ref} from {merchant} for {occasion}
~~
Key: value
merchant = {merchant}
ref = {ref}
total = {amount}
~~
FW: {merchant} claim {claim}
> please see the attached invoice for {ref}
~~
Summer sale order at {merchant} ({ref}), {amount}.
~~
The {product} is out of stock at {merchant} so they sent the {product.b} instead.
~~
Delivered to the {branch} store for click and collect, {date}.
~~
{courier} tracking shows delivered {date} {time}.
~~
Merchant {merchant} pays on {network} within 30 days of {date}.
~~
Customer says she bought from {merchant} and {merchant.b} on {occasion}; only {merchant} tracked.
~~
Penny's worth: {merchant} usually confirms within 7 days. Ref {ref}.
~~
Please chase {merchant}; customer has been patient. Order {ref}.
~~
amount claimed {amount}, order value per merchant {amount.b}
~~
Re: claim {claim} - merchant {merchant} approved.
~~
Jack & Jones vs {merchant}: customer unsure which one, order {ref}.
~~
bought in {town} at {branch}, online order {ref}
~~
The {product} was for {occasion}. Order {ref}.
~~
Called, no answer. Will try again {wday}.
~~
Awaiting {network} response on {ref} ({merchant}).
~~
{merchant} says order {pref} returned on {date}.
~~
order {ref} ✅ tracked, order {ref.b} ❌ not tracked ({merchant})
~~
Letter received about {merchant} order {ref}. Scanned.
~~
Dear Sir or Madam, the order {ref} at {merchant} on {date} was not tracked. Yours faithfully.
~~
Bullet summary:
• {merchant}
• {ref}
• {amount}
• {occasion} purchase
~~
Voucher {voucher} + cashback: {merchant} policy says no.
~~
Customer asked if the {product} counts for cashback at {merchant}.
~~
Sale, Street and Reading stores all show the order {ref}.
~~
Ordered from {merchant} while on holiday in {town}, {date}.
~~
Hope to hear from {merchant} by {date}. Ref {ref}.
~~
Happy {occasion}! Your claim {claim} has been approved.
~~
Merchant feed shows {ref} at {amount}, claim says {amount.b}.
~~
Caller could not give an order number; asked to find the {merchant} confirmation email.
~~
Transcript: "yeah it was from {merchant} on the {date}, the {product}, about {amount}"
~~
Customer says the {courier} van came twice. Order {ref}.
~~
Case closed: {merchant} credited {amount} for {ref}.
~~
Grace, the merchant's term for the 14-day window, has passed for {ref}.
~~
Will do. Order {ref} with {merchant}, {amount}.
~~
[[U]]CHASE {merchant} RE {ref} BY {date}
~~
The {product} and the {product.b} were on one order, {ref}.
~~
Order placed at {time} on {date}; {network} shows the click at {time}.
~~
Claim {claim}: {merchant}, {amount}, {date}. No further notes.
~~
ok thx
~~
Customer wants the cashback paid before {occasion}. {merchant} {ref}.
"""

CLEAN: tuple[str, ...] = tuple(t.strip() for t in _CLEAN.split(SEPARATOR) if t.strip())

_AGENT = """
Called {first}, confirmed order {ref}.
~~
Left VM for {tsur} on {tel}.
~~
Emailed {email} asking for receipt.
~~
Spoke to {first.b} (partner); will call back.
~~
Address checked: {street}, {pc}.
~~
{fi.b} - passed to merchant.
~~
Customer {name} verified.
~~
member {member} confirmed by phone
~~
Chased {merchant}. Waiting. Ref {ref}.
~~
No answer on {phone}.
~~
Awaiting {network}.
~~
Merchant {merchant} asked for screenshot; requested.
~~
Approved by {merchant} on {date}.
~~
Duplicate of {claim}.
"""

AGENT: tuple[str, ...] = tuple(t.strip() for t in _AGENT.split(SEPARATOR) if t.strip())
