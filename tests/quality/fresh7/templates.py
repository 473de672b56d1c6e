"""The fresh7 note templates, written for this set: ``PERSONAL`` ones and ``CLEAN`` ones.

Slots are ``{slot}`` or ``{slot.modifier}`` (``upper``, ``lower``, ``plain``, ``sign``); see
``notes.py`` for what fills each. Clean templates hold no personal slot and no personal data,
but many look-alikes: tracking numbers, SKUs, refs, amounts, dates, times, vouchers, towns,
merchants and products named like people.
"""

from __future__ import annotations

PERSONAL = (
    # ---- shoppers in their own words
    "hi, I bought {product} from {merchant} on {date} and the cashback never showed. "
    "order {order}. my name is {name}, email {email}",
    "Ordered from {merchant} for {occasion}, paid {amount}. Still no cashback after 6 weeks!! "
    "Contact me on {phone} please. {first}",
    "i am writing for my mum {kin} who doesnt use computers, the order was {order} and "
    "it went to {street}, {town} {postcode}",
    "I clicked through from your site to {merchant} and bought {product}. Their confirmation "
    "went to {email}. Can you chase please? Thanks, {name.sign}",
    "why has my claim {claim} been declined?? i have the receipt. ring me {phone} after 6pm. "
    "{name}",
    "Purchase at {merchant} ({amount}) on {date}, ref {order}. Delivery address was {house}, "
    "{street}, {postcode}.",
    "Please update my details - new number {phone} and new email {email}. Old address "
    "{street} is no longer mine.",
    "This is the 3rd time I've asked. {merchant} order {order}. I'm {name} and my {member}.",
    "my husband {kin} made the order on my account but it was me who clicked the link. "
    "acct email {email}",
    "Bought {product} as a gift for {occasion}. Order number {order}. Call {landline} (home) "
    "or {phone} (mobile).",
    "Hello!! The cashback from {merchant} is showing as £0.00 but I spent {amount}. "
    "{name.upper}, {postcode}",
    "Order placed on my phone so maybe cookies blocked?? {order}, {merchant}, {date}. "
    "Email is {email}",
    "I moved house in spring - please send anything to {house}, {street}, {town}, {postcode} now.",
    "dont know my order number sorry but it was {merchant} on {date}, name on the order is "
    "{name} and it went to {postcode}",
    "Second claim for the same basket - first one ({claim}) was lost? Reach me at {email}.",
    "Hi it's {first} again. Still waiting on {merchant} {order}. Text me {phone}",
    "I used voucher {voucher} at {merchant} - is that why it tracked at zero? {name}",
    "Could the payment go to my partner's account instead? {other}, same address "
    "({street}, {postcode}).",
    "Friend recommended you ({other}), signed up and bought {product} from {merchant}. "
    "Nothing tracked. {email}",
    "I am {surname} from {town}. My order {order} to {merchant}, value {amount}. Thank you.",
    # ---- agent notes
    "Cust {name} called re {merchant} order {order}. Confirmed email {email}. Raised with "
    "{network}.",
    "Agent note: spoke to {first} on {phone}, advised 8-12 wks for {merchant} to confirm. "
    "Claim {claim}.",
    "Verified ID: DOB ok, postcode {postcode}, first line {street}. {member}.",
    "Callback requested by {surname} - tel {landline} - re {merchant} {order}, mornings best.",
    "Escalated to {network}: order {order} ({amount}, {date}) for member {name}. "
    "Second ref {order2} also missing.",
    "Customer {name.upper} insists order {order} was tracked. Screenshot received from {email}.",
    "Note: address on file {house}, {street}, {town}. Customer says this is correct.",
    "KYC mismatch - name on order {other} vs account {name}. Asked for explanation.",
    "Duplicate of {claim}. Merged. Contact {email} informed. {first} happy with that.",
    "Customer prefers post: {street}, {town} {postcode}. Do not phone.",
    "Merchant {merchant} replied: no record of {order} under {email}. Asked cust for the "
    "confirmation e-mail.",
    "Spoke w/ {first} - she said her daughter {kin} placed it from her laptop.",
    "Called {landline} no answer; tried mobile {phone}, left VM. {surname} to call back.",
    "Goodwill payment {amount} approved for {name}, claim {claim}. Reason: {merchant} delay.",
    "Address change: old {street} -> new {house}, {postcode}. Verified by e-mail {email}.",
    # ---- call logs
    "CALL LOG {date} {time}\nCaller: {name}\nNumber: {phone}\nReason: {merchant} order {order} "
    "not tracked\nOutcome: claim raised",
    "{time} inbound - {first} {surname} - re claim {claim}\n- confirmed postcode {postcode}\n"
    "- wants update by email {email}",
    "Call 1: no answer ({phone})\nCall 2: spoke to {name}, will send receipt\nCall 3: n/a",
    "Transcript excerpt:\nAGENT: can I take your postcode?\nCALLER: it's {postcode}\n"
    "AGENT: and the first line?\nCALLER: {street}",
    "IVR callback to {landline} at {time}. Caller ID name: {name.upper}.",
    "Caller said her number is {phone} and the shop was {merchant}. Name {name}.",
    'Voicemail: "hi this is {first} calling about my order from {merchant}, ref {order}, '
    'please ring me back on {phone}, thanks"',
    'Voicemail ({time}): "It\'s {name} here, {house} in {town}, call me on {landline}"',
    # ---- pasted e-mails
    "From: {name} <{email.plain}>\nSent: {date}\nSubject: missing cashback {merchant}\n\n"
    "Order {order} hasn't appeared. Thanks",
    "-----Original Message-----\nFrom: {email}\nTo: claims team\nSubject: Re: {claim}\n\n"
    "Still nothing. {name.sign}",
    "FW: Your {merchant} order {order} has shipped\n\nHi {first}, your parcel is on its way "
    "with {courier} ({tracking}) to {street}, {postcode}.",
    "Re: claim {claim}\n\n> On {date}, {name} wrote:\n> I bought {product} and nothing tracked\n\n"
    "We have chased {merchant}.",
    "Dear {name},\nThank you for your order with {merchant}. Your order number is {order}.\n"
    "Deliver to: {house}, {street}, {town}, {postcode}",
    "Dear Sir/Madam,\nplease find my receipt attached for {merchant}.\nKind regards,\n"
    "{name.sign}\n{phone}",
    "Kind regards,\n{name}\nMob: {phone}\nTel: {landline}\n{street}, {town}",
    "Sent from my iPhone\n\n> On {date} at {time}, {email} wrote:\n> where is my cashback "
    "for {merchant}",
    "> On {date} {name} <{email.plain}> wrote:\n> > Please re-open {claim}",
    "Re: Re: Re: {merchant} order\n\nHi, it's {first} once more. The order ref is {order}. "
    "Cheers\n{name.sign}",
    "Subject: Order confirmation {order}\nBilling name: {name}\nBilling address: {street}\n"
    "{town}\n{postcode}\nPhone: {phone}",
    "Thanks {first},\n\nWe've received your claim {claim} for {merchant}.\n\nThe Claims Team\n\n"
    "---\nReply from {email}: ok thanks",
    "Kind regards\n\n{name.upper}\n{house}\n{street}\n{postcode}",
    "Dear {surname},\nYour claim {claim} has been approved at {amount}.",
    'From: "{name}" {email}\nDate: {date}\nI never got the confirmation email for {order}.',
    "Sent from Outlook for Android\n\nMy number changed, it's {phone} now. {first}",
    # ---- chats and texts
    "[{time}] {first}: hi is anyone there\n[{time}] Agent: Hi! How can I help?\n[{time}] "
    "{first}: cashback for {merchant} {order} not showing",
    "Chat transcript\nVisitor ({email}): my claim {claim} got rejected\nBot: Let me check that",
    "customer: can u ring me {phone}\nagent: of course, what name?\ncustomer: {name}",
    "SMS from {phone}: hi its {first} re the {merchant} claim, order {order}",
    "txt: ok thx, my postcode is {postcode} and house is {house}",
    'WhatsApp fwd: "{name} shared a contact: {phone}"',
    "chat: @{first.lower} your claim {claim} is pending with {network}",
    "msg: Hiya, {first} here 😊 order from {merchant} for {occasion} never tracked x",
    "{first.upper}: WHERE IS MY MONEY {order}\nAgent: sorry for the wait",
    'Live chat - user {email} - "bought {product}, {amount}, nothing tracked"',
    "sms reply STOP from {phone}",
    "Text: Running late for the callback, use {landline} instead. {surname}",
    # ---- web forms
    "Name: {name}\nEmail: {email}\nPhone: {phone}\nRetailer: {merchant}\nOrder ref: {order}\n"
    "Order date: {date}\nAmount: {amount}",
    "full_name={name}&email={email}&retailer={merchant}&order={order}",
    "Form submission\n---\nFirst name: {first}\nSurname: {surname}\nPostcode: {postcode}\n"
    "Member: {member}",
    'Contact form | {name} | {email} | {phone} | "{merchant} not tracked"',
    "field[address1]: {street}\nfield[address2]: {house}\nfield[town]: {town}\n"
    "field[postcode]: {postcode}",
    "What happened? Bought {product} at {merchant}\nYour name: {name}\nBest number: {phone}",
    "Q1 Retailer: {merchant}\nQ2 Order: {order}\nQ3 Name used at checkout: {other}\n"
    "Q4 Email used at checkout: {email}",
    "first_name,last_name,email\n{first},{surname},{email.plain}",
    '{{"customer": "{name}", "email": "{email.plain}", "order": "{order}"}}',
    "Claimant: {name}; Address: {street}, {town}, {postcode}; Tel: {landline}",
    # ---- markdown and html
    "**Customer:** {name}\n**Email:** {email}\n**Order:** {order} ({merchant})",
    "| field | value |\n|---|---|\n| name | {name} |\n| phone | {phone} |\n| postcode | {postcode} |",
    "<p>Dear {first},</p><p>your claim {claim} for {merchant} is now closed.</p>",
    "<td>{name}</td><td>{email}</td><td>{order}</td>",
    "- [x] called {first} on {phone}\n- [ ] wait for {merchant} reply on {order}",
    "<b>Delivery to</b><br>{house}<br>{street}<br>{town} {postcode}",
    "> **Note from {surname}:** please use {email} from now on",
    '<a href="mailto:{email.plain}">{name}</a> asked about {order}',
    "## Claim {claim}\nOwner: {name}\nStatus: chasing {network}",
    # ---- relatives and third parties in passing
    "Order was placed by my son {kin} using my card; I'm {name}, account {email}.",
    "Her neighbour {other} took the parcel in. Order {order}, {merchant}.",
    "Gift for my sister-in-law {kin} for {occasion}, shipped to her, but the cashback is mine. "
    "{name}",
    "{other} from {merchant} customer services told me it had tracked. My claim is {claim}.",
    "I share the account with {kin} - our e-mail is {email}.",
    "The courier ({courier}) left it with {other} at number {street}. Never mind that - "
    "the cashback is the issue.",
    "My carer {other} helps me with these. Please speak to her on {phone}.",
    "Bought on behalf of the school PTA, treasurer {other}, for the {occasion} fair. "
    "My details: {name}, {email}.",
    "Dad ({kin}) says he clicked through too, on his own account, so maybe it tracked there?",
    "Delivered to my work, FAO {name}, {street}, {postcode}.",
    "I'm the executor for the late {other}; the claim {claim} was theirs. My number {landline}.",
    "Returned half the order. {merchant} said {other} would e-mail me at {email}.",
    # ---- Scots, Irish and other Englishes
    "Aye, bought it fae {merchant} last week, nae cashback yet. Gie us a ring on {phone}. {first}",
    "Grand so, the order number is {order}, and I'm {name} down in {town}.",
    "Wee problem wi ma claim {claim}, ma email's {email}, cheers pal",
    "Ah sure look, {merchant} said it'd track. Eircode's {postcode}, ring {phone}.",
    "Howay man, {merchant} order {order} still nowt. {name}",
    "Cheers drive, ordered off {merchant}, my number's {phone}, ta. {first}",
    # ---- other European languages
    "Dia dhuit, is mise {name}. Níl an t-airgead ar ais ó {merchant} agam fós. "
    "Mo ríomhphost: {email}",
    "Shwmae, {first} sy 'ma. Archeb {order} gan {merchant}. Ffoniwch fi ar {phone}.",
    "Halò, is mise {name} à {town}. Òrdugh {order}, fòn {phone}.",
    "Buongiorno, sono {name}. Ho ordinato {product} da {merchant} il {date}. "
    "Il mio numero: {phone}",
    "Hej! Jag heter {name} och min order {order} hos {merchant} syns inte. Mejl: {email}",
    "Hei, olen {name}. Tilaus {order} ({merchant}) puuttuu. Osoite: {street}, {postcode}.",
    "Hallo, mijn naam is {name}, bestelling {order} bij {merchant}. Bel me op {phone}.",
    "Hei! Jeg heter {first} {surname} og bestillingen min fra {merchant} er ikke registrert.",
    "Dobrý den, jmenuji se {name}, objednávka {order}, e-mail {email}.",
    "Tere, mina olen {name}. Tellimus {order}, telefon {phone}.",
    "Zdravo, ime mi je {name}. Narudžba {order} kod {merchant} nije zabilježena.",
    "Bonjour, je suis {name} et ma commande {order} chez {merchant} n'apparaît pas. Tél. {phone}",
    "Hola, soy {name}, vivo en {street}, {postcode}. Pedido {order} en {merchant}.",
    "Olá, sou {name}. Encomenda {order}, contacto {email}.",
    "Kaixo, {first} naiz. {merchant} denda, eskaera {order}.",
    "Bon dia, em dic {name}. Comanda {order} a {merchant}, telèfon {phone}.",
    "Guten Tag, {surname} hier. Meine Bestellung {order} bei {merchant} fehlt. "
    "Adresse: {street}, {postcode}",
    "Moien, ech sinn {name}, Bestellung {order}.",
    "Labdien, mani sauc {name}. Pasūtījums {order}, e-pasts {email}.",
    "Sveiki, aš {name}. Užsakymas {order} iš {merchant}, tel. {phone}.",
    "Dzień dobry, nazywam się {name}, zamówienie {order} w {merchant}, tel. {phone}",
    "Góðan dag, ég heiti {name}. Pöntun {order} frá {merchant}.",
    "Merhaba, ben {name}. {merchant} siparişim {order} görünmüyor. Tel: {phone}",
    "Bună ziua, sunt {name}, comanda {order}, email {email}.",
    "Jó napot, {name} vagyok, a rendelésem {order} a {merchant} oldalán.",
    "Pozdrav, {first} ovdje - narudžba {order}, adresa {street}.",
    "Γεια σας, είμαι ο/η {name}. Παραγγελία {order} από {merchant}.",
    "Здравствуйте, меня зовут {name}, заказ {order}, телефон {phone}.",
    # ---- delivery cards, receipts, misc documents
    "SORRY WE MISSED YOU\nFor: {name.upper}\nAddress: {house}, {street}\nCarrier: {courier} "
    "{tracking}",
    "RECEIPT {merchant.upper}\n{date} {time}\n{product} {amount}\nCustomer: {name}\n"
    "Loyalty: {member}",
    "Packing slip - ship to {name}, {street}, {town}, {postcode} - {sku} x1",
    "INVOICE {order}\nBill to: {name}\n{street}\n{postcode}\nTotal {amount}",
    "Returns label: from {name}, {postcode} to {merchant} returns centre",
    'Gift message: "Happy {occasion} {kin}! love from {first}"',
    "Collection point note: parcel {tracking} held for {surname}, ID required.",
    "Complaint form\nName: {name}\nDaytime tel: {landline}\nEvening tel: {phone}\n"
    "Details: {merchant} order {order} not tracked",
    "Forum post by {first.lower}{surname.lower}: anyone else had {merchant} not track on "
    "{occasion}? my claim {claim} was rejected",
    "Review (2 stars) - {name}, {town}: cashback never arrived from {merchant}",
    # ---- member ids and mixed
    "Please check {member} against {merchant} order {order}.",
    "My details: {name}, {member}, {email}.",
    "I think my {member} is linked to the old e-mail {email}.",
    "{member} - {merchant} - {order} - {amount}",
    "The app shows {member} but support said another number. {first}",
    "Account holder {surname}; {member}; postcode {postcode}",
    # ---- more shopper voices
    "Bought {product} ({sku}) for {amount} on {date}. Name {name}, phone {phone}. Help!",
    "Not happy. {merchant} confirmed the order {order} and {order2} both tracked their end. "
    "email {email}",
    "had the parcel by {courier}, tracking {tracking}, left at {house}. cashback tho?? {first}",
    "For {occasion} I spent {amount} at {merchant}. Confirmation to {email}. {name}",
    "I'm writing from my wife's e-mail ({email}); I'm {name}.",
    "{name.lower} - order {order} - {postcode.lower}",
    "PLEASE HELP {name.upper} {phone} ORDER {order}",
    "Ordered again with voucher {voucher} - ref {order2}. Both to {street}. {name.sign}",
    "is this the right place? I bought from {merchant2} not {merchant}. {first}",
    "To whoever reads this - {first} {surname} here, {landline}, about order {order}.",
    "The confirmation was addressed to {other}, my maiden name. Now I am {name}.",
    "Moved from {town} last month, new postcode {postcode}, new street {street}.",
    "Please don't ring {landline}, it's my old work number. Use {phone}. {first}",
    "Order {order} from {merchant}; I live at {house}, {postcode}; mob {phone}.",
    "Bill to {name} at {email} - ship to {other} at {street}.",
    "Hi, Grace here - no wait it's {first}, Grace is my mum lol. Order {order}.",
    "my details: {first} / {surname} / {phone} / {email}",
)

CLEAN = (
    "Claim {claim} for {merchant} order {order} ({amount}) is awaiting the network's reply.",
    "{merchant} confirmed the sale on {date}; commission due {amount}. Closing {claim}.",
    "Parcel went with {courier}, tracking {tracking}, delivered {date} at {time}.",
    "Order {order} and {order2} are the same basket; the second is a split shipment.",
    "Voucher {voucher} was used, which the retailer's terms exclude from cashback.",
    "Bought {product} for {occasion}; paid {amount}; item {sku}.",
    "Escalated to {network} on {date}. Expect 30 days.",
    "Retailer {merchant} says orders before {date} are outside the tracking window.",
    "Merchant rename: {merchant} now trades as {merchant2}. Same programme on {network}.",
    "Split order: {order} ({amount}) and {order2}. Both shipped by {courier}.",
    "Store in {town} confirmed the click and collect sale for {product}.",
    "Nothing tracked from {merchant} between {time} and midnight on {date} - known outage.",
    "Please re-submit with the order ref exactly as on the receipt ({order}).",
    "Rejected: {merchant} reports the order {order} was returned on {date}.",
    "Approved {amount}. Paid with the next run on {date}.",
    "Ref {order} looked like a phone number on the old system, re-keyed.",
    "Grace period applied for {occasion} orders; claim {claim} accepted late.",
    "Mark as resolved once {network} pays out.",
    "Hope this helps - {merchant} usually confirms within 14 days.",
    "Will chase {merchant} again on {date} if still pending.",
    "Rose gold version of {product} is a different SKU ({sku}), which explains the mismatch.",
    "Bill me later orders at {merchant} do not earn cashback until paid.",
    "The {town} branch of {merchant} is not part of the online programme.",
    "Tracking {tracking} shows a return to sender on {date}.",
    "Basket: {product}, {sku}, {amount}; second item {sku}, {amount}.",
    "System note {time}: auto-matched {order} to network sale, value {amount}.",
    "Cashback for {occasion} deals at {merchant} is capped at {amount}.",
    "Order ref on the claim ({order}) has a typo vs the network ({order2}); corrected.",
    "Courier {courier} lost the parcel; {merchant} refunded, so the claim {claim} is void.",
    "{merchant.upper} - ORDER {order} - {amount} - {date}",
    "Merchant {merchant} paused its programme on {network} from {date}.",
    "Duplicate claim; original {claim} already paid {amount}.",
    "Click recorded at {time} on {date}, sale at {time}: within the window.",
    "{product} is on the excluded list for {merchant}.",
    "Delivery to the {town} pick-up point, {courier} ref {tracking}.",
    "Voucher {voucher} and {voucher} stacked; merchant declined.",
    "Claim {claim}: waiting on {merchant2}, who now runs {merchant}'s site.",
    "Hanukkah and Christmas orders batched by the retailer; see {order}.",
    "Payment of {amount} to the member's account on {date}. No further action.",
    "Hull, Reading and {town} stores excluded from online cashback.",
    "Frank feedback from {merchant}: the tag fired twice for {order}.",
    "Ivy, Holly and Rowan ranges ({product}) are sold by {merchant2}, not {merchant}.",
    "Network {network} batch {date}: {order}, {order2} confirmed.",
    "SKU {sku} price drop from {amount} to {amount} on {date}.",
    "The {occasion} code {voucher} is not affiliate-safe.",
    "Order {order} placed {date} {time}, value {amount}, status shipped via {courier}.",
    "Summer sale at {merchant}: extra {amount} cashback on {product}.",
    "Auto-reply: {merchant} offices closed for {occasion}, back {date}.",
    "EAN on the receipt is 13 digits, not a phone number; order {order}.",
    "Will Reading branch orders track? {merchant} says no.",
    "Claim {claim} reopened after {network} query on {date} at {time}.",
    "Dawn delivery slot chosen; {courier} {tracking}; {town} depot.",
    "Jack the stores team member (internal) confirmed {sku} is the right code.",
    "Refund {amount} processed on {date}, so cashback reversed for {order}.",
    "Sterling vs euro: paid {amount}, network recorded {amount}.",
    "Best Buy promo ended {date}; {merchant} sale {order} still valid.",
    "Order {order} | {merchant} | {amount} | {date} | {courier} | {tracking}",
    "Checked {network} dashboard at {time}: sale for {order} is pending.",
)
