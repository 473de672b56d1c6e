"""Fresh12 note templates: ordinary claim notes, and new genres, typed for this set.

Slots: ``{slot}`` or ``{slot:form}``. Personal slots: name, name2, first, first2, surname,
email, phone, phone2, postcode, street, house, member. Must-keep slots: merchant, product,
town, occasion, voucher, order, claim, date, amount, time, courier, network, site, tracking,
sku, batchref. Templates are separated by lines holding ``~~``.
"""

from __future__ import annotations

_PERSONAL = r"""
Customer {name} bought a {product} from {merchant} on {date} for {amount}, order {order}. Tracked as non-commissionable. Please re-check.
~~
{name} says cashback never tracked for order {order} ({amount}). Contact {email}.
~~
Shopper rang in, {first} {surname:plain}, re: {merchant} order {order}. Best number {phone}.
~~
Claim {claim}: member {name} ({email}) - purchase at {merchant} on {date}, {amount}. No confirmation email attached.
~~
Spoke to {first} on {date} at {time}; they'd used voucher {voucher} which may have broken tracking. {member}
~~
Delivery was to {street}, {town} {postcode} - the retailer has it under a different name so please match on order {order} instead.
~~
Order {order} went to {house}, {street:no-number}, {town}, {postcode}. Customer is {name}.
~~
please help my cashback for {merchant} is missing order no {order} i paid {amount} on {date} thanks {first:lower}
~~
hi its {name:lower} again!! still no cashback frm {merchant} ?? ordr {order} txt me {phone}
~~
Awaiting retailer response. {surname} chased on {date}; {merchant} say order {order} was a {occasion} promo.
~~
Network ({network}) rejected: "order not found". Shopper {name} supplied screenshot showing {order}, {amount}, delivered by {courier} ({tracking}).
~~
Gift for {first2}'s {occasion} - bought {product} at {merchant}. Paid {amount}. From {name}, {email}.
~~
RE: Missing cashback\n> From: {name} <{email:plain}>\n> Sent: {date} {time}\n> I bought a {product} from {merchant} ({order}) and nothing showed on {site}.\n\nAgent: escalated to {network}.
~~
---------- Forwarded message ---------\nFrom: {name} <{email:plain}>\nDate: {date}\nSubject: Fwd: your {merchant} order {order}\nTo: claims team\n\n> Thank you for your order, {first}!\n> Total: {amount}\n> Delivering to: {street}, {town}, {postcode}
~~
[{time}] {first}: hiya, claim for {merchant}?\n[{time}] Agent: sure, order number?\n[{time}] {first}: {order}, spent {amount}\n[{time}] {first}: my number is {phone} if easier
~~
Call transcript {date}\nAGENT: Can I take your name please?\nCALLER: It's {name}.\nAGENT: And the postcode on the account?\nCALLER: {postcode:spaced-letters}\nAGENT: Thanks. Order {order} with {merchant}, {amount}. I'll raise it now.
~~
Caller: yeah it's {first:plain}, {surname:plain} - that's spelt out on the order, {order}.\nAgent: and a contact number?\nCaller: {phone:spoken}\nAgent: lovely, thanks.
~~
Web form submission\nname={name}\nemail={email}\nphone={phone}\nmerchant={merchant}\norder_ref={order}\namount={amount}\ncomments=bought on {date}, nothing tracked
~~
Full Name: {name}\nEmail Address: {email}\nPostcode: {postcode}\nRetailer: {merchant}\nOrder Number: {order}\nAdditional information: used {site} app, {product}
~~
{{"shopper": "{name}", "contact": "{email}", "merchant": "{merchant}", "order": "{order}", "value": "{amount}"}}
~~
shopper_name={name};tel={phone};order={order};store={merchant};dt={date}
~~
RECEIPT (scan)\n{merchant}\n  {town}\nORDER   {order}\nDATE {date}  {time}\nCUST  : {name:upper}\n  {street:upper}\n  {postcode}\nTOTAL     {amount}\nTHANK YOU FOR SHOPPING
~~
OCR of letter:\nDear {name} ,\nThank you for your order {order} placed on {date} . Your\n{product} will be dispatched by {courier} to {street}\n, {town} {postcode} .\nYours sincerely, {merchant}
~~
Scanned invoice - lines broken:\nBill to: {name}\n{house}\n{street:no-number}\n{town}\n{postcode:nospace}\nInv {order}   {amount}
~~
{date} {time} CRM: status NEW -> PENDING (agent 17)\n{date} {time} CRM: contact updated, phone={phone}\n{date} {time} CRM: note added: {first} disputes decline of {claim}
~~
AUDIT claim={claim} field=customer_email old=<redacted> new={email} by=agent.4471
~~
## Escalation summary\n- **Shopper:** {name}\n- **Merchant:** {merchant}\n- **Order:** {order} ({amount})\n- **Contact:** {email}\n- Decline reason from {network}: duplicate.
~~
<p>Customer <b>{name}</b> wrote:</p><blockquote>I spent {amount} at {merchant} on {date}, order {order}. Ring {phone}.</blockquote>
~~
<tr><td>{name}</td><td>{email}</td><td>{order}</td><td>{amount}</td></tr>
~~
| field | value |\n|---|---|\n| shopper | {name} |\n| phone | {phone} |\n| order | {order} |
~~
ESCALATION - 3rd chase. {name} threatening to complain to {site}. Order {order} {merchant} {amount}. {member}. Please prioritise.
~~
Summary for TL: shopper ({name}, {postcode}) bought {product} via {site} on {date}. Retailer {merchant} confirms sale {order} but {network} shows no click. Recommend manual credit of {amount}.
~~
sms from cust: "hi {first:lower} here, u said u wud call bk?? {merchant} ordr {order} still not showin. ta x"
~~
txt: {name:lower} - cb missing 4 {merchant} ({amount}) pls call {phone:mobile-nospace} aftr 5
~~
Customer {name} moved house - old address {street}, new one {house}, {street:no-number}, {town} {postcode}.
~~
Parcel was left with neighbour {name2} at no. 4. Customer {name} says it arrived {date}. Order {order}.
~~
Bought on behalf of her mum, {name2}. Account holder {name} ({email}). {merchant} order {order}.
~~
Order placed by {first}'s partner {name2} on the shared laptop - cookies may be the issue. {merchant}, {order}.
~~
Shopper asked us to contact their son {first2} on {phone} as they are in hospital. Claim {claim}.
~~
Voucher {voucher} applied at {merchant}; shopper {name} says the code came from {site}. Order {order}.
~~
{member} - {name} - {merchant} - {order} - {amount} - {date}
~~
{member:far} and the order is {order} with {merchant}.
~~
Claim raised for {merchant}. Their {member:near} on our side. Order {order}, {amount}.
~~
Ref {order}. {member:none} is the account number she gave, {first}.
~~
Shopper wrote: My name is {name} and I live at {street}, {town}. My order {order} from {merchant} never tracked.
~~
Checked {merchant} portal: customer listed as {name:comma}, postcode {postcode}, order {order}.
~~
Retailer export shows buyer {name:upper} / {email:upper} for {order} - matches claim.
~~
Name on order differs: claim says {name}, retailer has {name2}. Same postcode {postcode}. Likely spouse.
~~
Hope this helps - {name} ({phone})
~~
Thanks, {first}. We have raised {claim} with {network} for {merchant} order {order}.
~~
Dear {surname}, your claim {claim} for {amount} at {merchant} has been approved.
~~
Reply from retailer: "We can see order {order} for {name} delivered {date} by {courier}, tracking {tracking}."
~~
Shopper {name} bought {product} (SKU {sku}) at {merchant}, {amount}, paid by card. Tracking {tracking}.
~~
Customer {name} emailed from {email} asking why {merchant} declined. Told them 7 days.
~~
email is {email} - phone {phone} - name {name}
~~
Contact me on {email:at-en} or {phone:intl}. {name}
~~
my email is {email:bracket} cheers {first}
~~
E-Mail: {email:at-de} / Tel.: {phone:0044} / Name: {name}
~~
Adresse e-mail : {email:at-fr}. Commande {order} chez {merchant}, {amount}. Merci, {name}
~~
correo: {email:at-es} - pedido {order} ({merchant}) - {name}
~~
mailadres: {email:at-nl} - bestelling {order} bij {merchant}. Groeten, {name}
~~
e-mail: {email:at-pl} zamówienie {order} w {merchant} za {amount}. Pozdrawiam, {name}
~~
Customer typed e-mail as {email:spaced} on the form; order {order}.
~~
Email captured via link: {email:pct} (from the {merchant} confirmation page)
~~
HTML export: contact=&quot;{email:html}&quot; order=&quot;{order}&quot;
~~
contact: {email:zwsp} / {phone:dots}
~~
Reach me at\n{email:linebreak}\nor {phone:ext}
~~
{email:mailto} is the address to reply to. - {first}
~~
Use {email:plus} for updates please. {merchant} order {order}.
~~
Phone numbers given: {phone} (mob) and {phone2} (work). Shopper {name}.
~~
Call back requested on {phone:london-brackets} between 9 and 12. Order {order}.
~~
Number: {phone:digit-spaced}. She read it out slowly. Claim {claim}.
~~
rang from {phone:intl-zero} withheld at first. {first} {surname:plain}.
~~
Tel/WhatsApp {phone:intl-nospace} - {name} - {merchant}
~~
Alt number {phone:ie-intl}, lives in {town}. {name}, Eircode {postcode:eircode}.
~~
Irish customer {name}, {street}, {town}, {postcode:eircode-nospace}. {merchant} order {order}.
~~
Address per order: {house}, {town} {postcode:lower}.
~~
postcode given as {postcode:nospace} on form, {postcode:double-space} on the order - same one.
~~
Delivery: {street:flat}, {town}, {postcode}. Recipient {name}.
~~
Deliver to {street:floor}, {town} - buzzer not working, call {phone}.
~~
Address: {street:unit}, {town} {postcode}. Business account but personal claim, {name}.
~~
{name:initial} bought {product}. Order {order}. No further info.
~~
Note from {name:title}: please update my address to {street}, {postcode}.
~~
Spoke with {surname} today. {merchant} say order {order} was cancelled and replaced by {batchref}.
~~
Duplicate of claim on {batchref}? Same shopper ({name}) and same {merchant} basket {amount}.
~~
Shopper {name} says {batchref} and {order} were both from {merchant} on {date}.
~~
{name:caps-surname} - commande {order} - {merchant} - {amount}
~~
{name:middle-initial} (member since 2019) disputes decline. {member}
~~
Signed, {name:script}. Order {order} at {merchant}.
~~
Customer name in own script: {name:script} ({name}). Order {order}.
~~
{name:possessive} claim for {merchant} looks genuine - order {order}, {amount}.
~~
Screenshot shows name {name:spaced} at top of receipt. Order {order}.
~~
Account holder: {name:upper}. Address: {street:upper}, {postcode}.
~~
{first:nickname} (real name {name}) called about {merchant} order {order}.
~~
Spoke to {first:title} on the phone, she's helping {name2} with the claim for {merchant}.
~~
Bought {product} from {merchant} for {first2}'s {occasion}. {name} - {phone}
~~
Customer {name} - lives in {town} - ordered {product} from {merchant}. {postcode}.
~~
Hi, {first} from {town} here. I bought a {product} at {merchant} and the cashback on {site} is still showing as untracked.
~~
Mr {surname:plain} says the {merchant} order {order} was placed on {date} at {time}.
~~
Salut, c'est {first}. J'ai commandé chez {merchant} le {date} (commande {order}), pas de cashback. Mon tél : {phone:intl}
~~
Hallo, ich bin {name}. Meine Bestellung {order} bei {merchant} ({amount}) wurde nicht erfasst. Adresse: {street:number-after}, {postcode}
~~
Hola, soy {name}. Compré en {merchant} el {date}, pedido {order}. Mi teléfono: {phone}
~~
Olá, sou {first}. Comprei na {merchant} ({order}) e o cashback não apareceu. Email {email}
~~
Dzień dobry, nazywam się {name}. Zamówienie {order} z {merchant} nie zostało naliczone. Tel. {phone:dashes}
~~
Bună ziua, sunt {name}. Comanda {order} de la {merchant}, {amount}. Telefon {phone}
~~
Laba diena, aš {name}. Užsakymas {order} ({merchant}), el. paštas {email}
~~
Sveiki, esmu {name}. Pasūtījums {order} no {merchant}, tālrunis {phone:0044}
~~
Merhaba, ben {name}. {merchant} siparişim {order} görünmüyor. Telefon: {phone}
~~
Kumusta! Ako si {first}, nag-order ako sa {merchant} ng {product} pero walang cashback. Order {order}. Text mo ako sa {phone}
~~
Halo, saya {name}. Pesanan {order} di {merchant} belum tercatat. Email: {email}
~~
Habari, mimi ni {name}. Nilinunua {product} kutoka {merchant}, oda {order}. Simu {phone:intl}
~~
Dia dhuit, is mise {name}. Ordú {order} ó {merchant}. Seoladh: {street}, {town}
~~
Shw mae, {name} dw i. Archeb {order} gan {merchant}. Cyfeiriad: {street:leading}, {town}, {postcode}
~~
Hoi, ik ben {name}. Bestelling {order} bij {merchant} ({amount}) is niet geregistreerd.
~~
Ciao, sono {name}. Ordine {order} su {merchant}, email {email:at-it}
~~
Hej! Jeg hedder {name}. Ordre {order} hos {merchant}, tlf {phone:ie-mobile}
~~
Përshëndetje, jam {name}. Porosia {order} nga {merchant}. Tel {phone}
~~
مرحبا، أنا {name:script}. طلب {order} من {merchant}. {phone:intl}
~~
Mixed: hi team, {first} hier - Bestellung {order} from {merchant}, je n'ai rien reçu. {email}
~~
Privet, ya {name}. Zakaz {order} v {merchant}, tel {phone:intl-dashes}
~~
Shopper {name} lives at {house} - retailer confirms delivery to that address. {order}.
~~
They've got the house as {house:quoted} on {merchant}'s system - our record says {street}. Same person, {name}.
~~
{name} <{email:plain}> wrote on {date}:\n> can u check {order}? x\n\nReplied: raised with {merchant}.
~~
On {date} {name} wrote:\n>> still nothing from {merchant}\n> we have escalated\n>>> {phone}
~~
From: {site} support\nTo: {email:plain}\nSubject: Claim {claim}\nHi {first}, your claim for {merchant} ({amount}) has been sent to {network}.
~~
Voice note transcribed: "uh hi it's {first} um calling about the {merchant} thing order {order} erm my number's {phone:mixed-spoken} thanks bye"
~~
Chat export\n{date} {time} Visitor ({name}): cashback missing\n{date} {time} Bot: What is your email?\n{date} {time} Visitor ({name}): {email}
~~
Whatsapp {date}, {time} - {first}: hiya babe its me\n{date}, {time} - {first}: {merchant} order {order} x\n{date}, {time} - Agent: thanks {first}!
~~
[Teams] {time} {first} (shopper) joined\n[Teams] {time} {first}: I'm at {street}, {town}\n[Teams] {time} Agent: got it, order {order}
~~
Internal: {first2} on the retail team says {merchant} refunded {order} on {date}. Shopper {name} not told yet.
~~
Shopper {name} asked us to write to {house}, {street:no-number}, {town}, {postcode} - no email.
~~
Claim form field "Address line 1": {street:comma-number}; "Address line 2": {street:no-number}; town {town}
~~
address {street:lower} {postcode:lower} {town}
~~
Retailer says the order was for {name}, {street:range}, {town}.
~~
Delivery address {street:letter}, {town}, {postcode:mixed-case}
~~
Sender wrote postcode as {postcode:o-for-zero} - checked, it's a typo.
~~
Postcode {postcode:dash}? Looks odd but matches the {merchant} record.
~~
Customer at {street:the-street}, {town}. {name}.
~~
Account {member:near}, shopper {name}, bought {product}.
~~
{member:none} / {order} / {merchant} - mismatch on amount {amount}
~~
Prev. agent note: {name} = {member:none}. Check old claims.
~~
Auth'd caller by DOB and {member:near}. {name}, claim {claim}.
~~
Shopper: {first}. Email {email}. Merchant: {merchant}. Date: {date}. Order: {order}. Paid {amount}. Courier {courier} ({tracking}).
~~
Reassigned to tier 2. Shopper {name} chasing daily on {phone}.
~~
Duplicate. {name} has raised the same claim under {batchref}. Closing.
~~
{occasion} order - {name} bought {product} for {first2} at {merchant} with code {voucher}.
~~
Shopper {first} {surname:plain} (also goes by {first:nickname}) says the {merchant} order {order} tracked on {site} then vanished.
~~
Shopper is {name:lower}, email {email:upper}.
~~
{first} says the order never tracked - {first} is the shopper's name, not the product. {merchant}, {order}.
~~
{first} from {merchant}'s customer care confirmed the sale {order} on the phone.
"""

_CLEAN = r"""
Order {order} at {merchant} on {date} for {amount}. Awaiting retailer response.
~~
Retailer {merchant} confirmed sale {order}; commission due. Sent to {network}.
~~
Declined by {network}: order {order} was cancelled on {date}.
~~
Chased {merchant} again. No reply. Order {order}, {amount}.
~~
Shopper used voucher {voucher} at {merchant} - not an approved code, commission void.
~~
Customer bought the {product} from {merchant}; delivered by {courier}, tracking {tracking}.
~~
{product} (SKU {sku}) returned on {date}. Claim {claim} closed.
~~
{occasion} promo at {merchant} excluded from cashback per T&Cs.
~~
Network {network} shows the click at {time} on {date} but no sale for {order}.
~~
Claim {claim} approved, {amount} credited via {site}.
~~
Retailer says basket {order} contained only gift cards. Not eligible.
~~
{merchant} order {order} - store in {town} - click-and-collect, commission applies.
~~
Duplicate of {batchref}. Closing {claim}.
~~
Orders {order} and {batchref} both from {merchant}; only one tracked.
~~
sms: cb for {merchant} ordr {order} still pendin. pls chk. ta
~~
[{time}] Agent: escalated {claim} to {network}\n[{time}] Bot: status PENDING
~~
CRM {date} {time}: status QUERIED -> APPROVED, amount {amount}
~~
## Decline\n- order: {order}\n- merchant: {merchant}\n- reason: returned item ({product})
~~
<p>Order <b>{order}</b> at {merchant} confirmed, {amount}.</p>
~~
RECEIPT\n{merchant}\n{town}\nORDER {order}\nTOTAL   {amount}\n{date} {time}
~~
OCR: Thank you for shopping with {merchant} . Order\n{order} , {amount} , dispatched via {courier} .
~~
Forwarded from {merchant}: "Order {order} shipped {date} with {courier}, {tracking}."
~~
{merchant} reference {order} - phone-shaped, not a phone number. Do not redact.
~~
Order number {order} (looks like a phone no, it isn't). {merchant}, {amount}.
~~
Product: {product}. Merchant: {merchant}. Voucher: {voucher}. Date: {date}.
~~
Bought a {product} for {occasion} at {merchant}, {amount}. Cashback missing on {site}.
~~
{keep=merchant-person=Hope & Harbour} orders from {town} are tracked by {network}; this one ({order}) wasn't.
~~
Merchant {merchant} in {town} sells the {product}; order {order} placed at {time}.
~~
Commande {order} chez {merchant} le {date}, montant {amount}. En attente.
~~
Bestellung {order} bei {merchant} am {date}, {amount}. Keine Provision erfasst.
~~
Pedido {order} en {merchant}, {amount}. Rechazado por {network}.
~~
Zamówienie {order} w {merchant} ({amount}) - oczekuje na odpowiedź.
~~
Bestelling {order} bij {merchant} is geannuleerd op {date}.
~~
Užsakymas {order} ({merchant}) patvirtintas, {amount}.
~~
Ordine {order} su {merchant}: {amount}, spedito con {courier}.
~~
Sipariş {order} ({merchant}) iade edildi: {product}.
~~
Pesanan {order} di {merchant} sudah dikonfirmasi.
~~
Tracking {tracking} via {courier} shows delivered {date} to {town} depot.
~~
{merchant} says {voucher} was issued by {site}; tracked fine after {date}.
~~
Voucher {voucher} - a name-based code - approved by {merchant}. Order {order}.
~~
| order | merchant | amount |\n|---|---|---|\n| {order} | {merchant} | {amount} |
~~
{{"order": "{order}", "merchant": "{merchant}", "status": "declined", "network": "{network}"}}
~~
Web form\nmerchant={merchant}\norder_ref={order}\namount={amount}\ncomments=bought {product} on {date}
~~
Call log {date} {time}: shopper confirmed order {order} with {merchant}; no personal details changed.
~~
Escalation: {merchant} not responding for 30 days. Orders {order}, {batchref}. Sent to {network}.
~~
{keep=merchant-person=Sterling Garden} and {keep=merchant-person=Lark Outdoor} both run through {network}; {merchant} order {order} pending.
~~
Retailer {merchant} (in {town}) confirms the {product} was shipped by {courier} on {date}.
"""


def _split(raw: str) -> tuple[str, ...]:
    return tuple(t.strip().replace("\\n", "\n") for t in raw.split("\n~~\n") if t.strip())


PERSONAL = _split(_PERSONAL)
CLEAN = _split(_CLEAN)
