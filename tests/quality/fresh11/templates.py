"""The fresh11 note templates: claim notes in genres a detector may not have met.

SMS shorthand and typos, voice-call transcripts with speaker labels, forwarded e-mail chains
with quoted headers, web-form dumps (URL-encoded, JSON, CSV, HTML inputs), OCR of scanned
receipts and letters, chat exports with timestamps, CRM audit trails, Markdown and HTML
fragments, escalation summaries, and notes in other languages and in mixed ones.

Slots (``notes.py`` fills them): a digit picks the person or the value (``{name2}``,
``{date2}``); modifiers follow a dot (``{name.upper}``, ``{postcode.spell}``, ``{email.alt}``).
Personal: name, first, sur, tsur, email, phone, postcode, street, streetn, house, flat, addr,
member, handle, user. Must-keep: merchant (the row's), omerchant, pmerchant (named like a
person), product, pproduct, town, ptown, occasion, poccasion, voucher, nvoucher (built from a
name), order (the row's), bref (another order of the batch), claim, date, amount, time,
courier, network, site, tracking, sku. ``ctown`` is a town inside an address (not labelled).
"""

from __future__ import annotations

PERSONAL: tuple[str, ...] = (
    # --- SMS shorthand and typos
    "hi its {first.lower} here. ordrd frm {merchant} on {date} ({order}) cashbk nvr showd. pls txt {phone} ta x",
    "hiya, {merchant} ordr {order} still not trackd!! bin 6 wks. its {name}, mob {phone}. thx",
    "no cashbak 4 the {product} :( paid {amount} on {date}. reply 2 {email} or ring {phone} aftr 5",
    "{first} again lol. did u get my scrnshot?? ref {order}. email is {email} not the old 1",
    "pls chk {order} m8, my missus {first2.f} orderd it on my acc, acc no {member}",
    "ORDR {order} / {merchant} / {amount}. NO CASHBACK. FONE {phone}. {name.upper}",
    "sry typo in last msg - postcode is {postcode} not wot i put b4. {first}",
    "cant log in so txtin frm my sis {first2.f}'s fone ({phone}). claim {claim} is mine, {name}",
    "wat hapnd 2 my {merchant} cashbak?? spent {amount} on {occasion} pressies. {first} {member}",
    "omg finally got the email frm {merchant} confirmin {order}. fwdin it frm {email} now",
    "Hey! its {first} here, used code {nvoucher} at checkout thats prob y it didnt track?? {phone}",
    "u said 7 days!!! its been 3 wks. {tsur}, {street}, {postcode}. order {order}",
    "k. my other no. is {phone2} if the 1st 1 dont work. {first}",
    "ya my name is spelt {sur.spell} on the acct not like the {pmerchant} shop lol. {first}",
    "hlo pls hlp. {merchant} {amount} no cshbk. {name.lower} {postcode.nospace}",
    # --- voice-call transcripts with speaker labels
    "[Call transcript, auto-generated]\nAGENT: Good afternoon, {site} claims, you're through to {first2}.\n"
    "CALLER: Hi, it's about cashback for {merchant} that never came.\nAGENT: Can I take your full name?\n"
    "CALLER: {name}.\nAGENT: And the postcode on the account?\nCALLER: {postcode.spell}.\n"
    "AGENT: Lovely. And the order number?\nCALLER: {order}.",
    "00:00:03 Agent: Thanks for holding. Could you confirm your surname for me?\n00:00:07 Customer: {sur}. "
    "{sur.spell}.\n00:00:12 Agent: And your first name?\n00:00:14 Customer: {first}.\n00:00:16 Agent: "
    "Thank you. I can see claim {claim} for {amount}.",
    "Voicemail (transcribed {time}): hi this is {name} calling about claim {claim}, erm, the order from "
    "{merchant} on the {date}, could you ring me back on {phone.words} thanks bye",
    "CALL {date} {time}\nSpk1 (agent): can you spell the email for me\nSpk2: yeah it's {email.spoken}\n"
    "Spk1: and a contact number?\nSpk2: {phone}",
    "A: Which address was the parcel going to?\nC: {house}, {streetn}. It's a house name, no number.\n"
    "A: And the town?\nC: {ctown}, {postcode}.\nA: {courier} say it was delivered on {date}.",
    "Transcript, inbound, {date}\n[Agent {first2}] Hello, who am I speaking with?\n[Caller] {tsur}. "
    "Well, {name}, but everyone calls me {first3}.\n[Agent {first2}] And which retailer was it?\n"
    "[Caller] {pmerchant}, the order for the {pproduct}.",
    "Call summary (speech-to-text, unreviewed): caller said her name was {name.f.lower} member number "
    "{member} order {order} {merchant} amount {amount} callback {phone}",
    "OPERATOR: Is the account in your name?\nCALLER: No, it's my dad's, {name2.m}. I'm {first.f}, his "
    "daughter.\nOPERATOR: I'll need him to call us from {phone}, the number we hold.",
    'IVR log {time}: caller keyed member id {member}; said name "{name}"; transferred to queue '
    "{network}",
    "Agent: and is that {first} with a {first.spell}?\nCustomer: yes. Surname {sur}.\nAgent: perfect, "
    "and the {merchant} order was {order}?",
    # --- forwarded e-mail chains with quoted headers
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: Fwd: Your "
    "{merchant} order {order}\nTo: claims team\n\nSee below, cashback never tracked.\n\n> Thank you for "
    "shopping with {merchant}, {first}!\n> Your order {order} ({amount}) was dispatched with {courier}.",
    "From: {name2} <{email2}>\nSent: {date} {time}\nTo: Claims\nSubject: RE: RE: claim {claim}\n\n"
    "Team, customer {name} chased again today. Mobile on file {phone}.\n\n-----Original Message-----\n"
    "From: {name} [mailto:{email}]\nSubject: claim {claim}\n\nStill waiting on my {amount}.",
    "On {date} at {time}, {name} <{email}> wrote:\n> hi, my cashback for the {product} never came through\n"
    "> order {order}\n> thanks, {first}\n\nHello {first},\nThanks for getting in touch. We have raised "
    "this with {network}.",
    "Von: {name} <{email}>\nGesendet: {date}\nAn: support\nBetreff: Bestellung {order}\n\nHallo, leider "
    "fehlt mein Cashback für {merchant}. Viele Grüße, {first}",
    'Begin forwarded message:\n\nFrom: "{merchant}" <no-reply>\nSubject: Order confirmation {order}\n\n'
    "Dear {tsur},\nThanks for your order. Delivery to:\n{addr.lines}\n\nSent from my iPhone",
    "> > > From: {email}\n> > > my member no is {member}\n> > From: claims\n> > thanks, can you send the "
    "confirmation?\n> From: {email}\n> attached, order {order}, {merchant}, {amount}",
    "Subject: missing cashback {order}\nFrom: {email}\nReply-To: {email.alt}\n\nPlease reply to my work "
    "address instead. {name}, {site} member since 2019.",
    "FW: FW: {merchant} claim\n\n________________________________\nFrom: {name}\nSent: {date}\nTo: "
    "{name2}\n\n{first2}, can you chase this one? Shopper's number is {phone3}, postcode {postcode}.",
    "De : {name} <{email}>\nEnvoyé : {date}\nÀ : réclamations\nObjet : commande {order}\n\nBonjour, "
    "toujours rien pour {merchant}. Bien à vous, {first}",
    # --- web-form dumps
    "name={name.url}&email={email.url}&phone={phone}&order={order}&store={merchant}&msg=cashback+missing",
    "--- Web form submission ---\nFull name: {name}\nEmail address: {email}\nTelephone: {phone}\n"
    "Address line 1: {street}\nPostcode: {postcode}\nRetailer: {merchant}\nOrder number: {order}\n"
    "Comments: bought the {product} for {occasion}",
    '{"customer": {"name": "{name}", "email": "{email}"}, "order": "{order}", '
    '"merchant": "{merchant}", "value": "{amount}"}',
    "| Field | Value |\n|---|---|\n| Name | {name} |\n| Member | {member} |\n| Order | {order} |\n"
    "| Retailer | {merchant} |",
    "ts={date}T{time} event=claim_submitted member_id={member} email={email} order={order} "
    'merchant="{merchant}"',
    "[Your name] {name}\n[Your email] {email}\n[Phone (optional)]\n[Order ref] {order}\n"
    "[What happened?] used {voucher} and the cashback vanished",
    "Form 7B: Missing cashback\n1. Name ............ {name.upper}\n2. Member no ....... {member}\n"
    "3. Retailer ........ {merchant}\n4. Order ref ....... {order}\n5. Amount .......... {amount}\n"
    "6. Signed .......... {first}",
    "first_name,last_name,email,order\n{first},{sur},{email},{order}",
    "contact[name]={name.url}&contact[phone]={phone}&contact[postcode]={postcode.nospace}&ref={order}",
    '<input name="email" value="{email.bare}"> <input name="member" value="{member}"> '
    '<input name="order" value="{order}">',
    "Q1 Which shop? {merchant}\nQ2 When? {date}\nQ3 Your name? {name}\nQ4 Where do you live? {ctown}\n"
    "Q5 Best number? {phone}",
    # --- OCR of scanned receipts and letters
    "SCANNED RECEIPT (OCR)\n{merchant.upper}\n{town.upper}\nCUST0MER: {name.ocr}\nORDER N0 {order}\n"
    "T0TAL {amount}\n{date} {time}\nTHANK Y0U F0R SH0PPING",
    "Dear Sir/Madam,\n\nI am writ ing to claim cash back for my or der {order} from\n{merchant} placed "
    "on {date}. My mem ber num ber is\n{member}.\n\nYours faith fully,\n\n{name}\n{street}\n{ctown}\n"
    "{postcode}",
    "Na me: {name.ocr}   Ad dress: {street} , {ctown}  {postcode}\nTel: {phone}\nIt em: {product}   Qty 1",
    "DELIVER TO:\n{name.upper}\n{house.upper}\n{street.upper}\n{ctown.upper}\n{postcode}\n\nSKU {sku}   "
    "QTY 1\n{product}",
    "--- page 1 of 2 ---\n{merchant}  INVOICE\nBill to: {name}\n{addr.lines}\nInvoice date {date}     "
    "Order {order}\n--- page 2 of 2 ---\nTotal due {amount}",
    "sc4nned l3tter:\nFr0m {tsur}\n{flat}\n{street}\n{ctown} {postcode}\n\nRe: cashback f0r {order}",
    "P0ST 0FFICE RECEIPT  {date}\nSIGNED FOR  {tracking}\nRECIPIENT: {name.upper}\n{postcode}",
    "R E C E I P T\n{pmerchant}\n{pproduct}   {amount}\nC a r d h o l d e r :  {name.ocr}\n"
    "A u t h  {time}",
    "[illegible] ... order {order} ... {name.ocr} ... {phone} ... [stamp: {town.upper}]",
    # --- chat exports with timestamps
    "[{date} {time}] {first}: hi is anyone there\n[{date} {time2}] Agent {first2}: Hi {first}! How can "
    "I help?\n[{date} {time2}] {first}: my {merchant} cashback is missing, order {order}\n[{date} {time3}] "
    "Agent {first2}: I've raised claim {claim} for you.",
    "{date}, {time} - {name}: ordered the {product} for {occasion}\n{date}, {time2} - {name}: code "
    "{voucher} worked at checkout\n{date}, {time3} - {name}: btw my number changed, it's {phone} now",
    "@{handle} can you look at {claim}? shopper says {courier} lost the parcel ({tracking})",
    "**{name2}** {time}\nCustomer {name} rang about {order}\n**{name3}** {time2}\nok, email them at {email}",
    "Chat transcript\nVisitor ({email}): hello\nBot: What's your order number?\nVisitor: {order}\nBot: "
    "And the name on the order?\nVisitor: {name}\nBot: Thanks! Transferring you to a human.",
    "<{time}> <{handle}> claim {claim} is a dupe of the one from {first2}\n<{time2}> <{user}> merged, "
    "kept {member}",
    "Messenger · {date}\n{first}: is the {pmerchant} thing sorted?\nYou: not yet, {network} are checking\n"
    "{first}: ok my email for updates is {email}",
    "14:02 📱 {first}: hiya 👋 {merchant} cashback pls?? order {order} 🙏\n14:05 🧑‍💻 Support: on it\n"
    "14:06 📱 {first}: ta, my number {phone}",
    "Teams chat, {date}\n{name2}: anyone know {name.f}? says she's a gold member {member}\n{name3}: yes, "
    "she rang yesterday from {ctown}",
    # --- CRM audit trails
    "AUDIT {claim}\n{date} {time} | {user} | FIELD email | OLD {email} | NEW {email.alt}\n{date} {time2} | "
    "{user} | FIELD phone | OLD - | NEW {phone}\n{date2} {time3} | system | STATUS open -> pending",
    '2026-07-19T08:14:22Z user={user} action=merge_accounts from={member} into={member.alt} note="same '
    'shopper {name}"',
    "History:\n- {date}: created by {first2} ({user})\n- {date2}: customer {name} called, gave new "
    "postcode {postcode}\n- {date2}: assigned to {network} queue",
    'CHANGE LOG claim {claim}\n#1 {date} address_line1: "{street}" -> "{street.alt}"\n#2 {date} '
    'postcode: "{postcode}" -> "{postcode.alt}"\n#3 {date2} by {user}: sent to {network}',
    "[crm] contact {member} updated: name '{name}' phone '{phone}' by {user} at {time}",
    "Case notes (newest first)\n{date2} {first2}: shopper {tsur.f} rang again, upset. Her new email {email}.\n"
    "{date} {first3}: raised with {merchant}, ref {order}.",
    'EVENT claim.updated actor={user} claim={claim} diff={"shopper_name": ["{name.alt}", "{name}"]}',
    "status change by {user}: PENDING -> QUERIED (merchant {merchant} asks for proof). Shopper: {tsur}.",
    # --- Markdown and HTML fragments
    "### Claim {claim}\n* **Shopper:** {name}\n* **Email:** [{email.bare}](mailto:{email.bare})\n* **Retailer:** "
    "{merchant}\n* **Order:** `{order}`",
    '<p>Hi team,</p><p>{name.html} (<a href="tel:{phone.bare}">{phone.bare}</a>) says the {product} order never '
    "tracked.</p>",
    '<div class="note"><b>Member</b> {member}<br><b>Contact</b> {email}<br><b>Ship to</b> {addr}</div>',
    "> **Note from {first2}:** spoke to {tsur}; {merchant} confirmed order `{order}` ({amount}).\n\n"
    "- [ ] chase {network}\n- [x] update {email}",
    "<tr><td>Name</td><td>{name.html}</td></tr><tr><td>Postcode</td><td>{postcode}</td></tr><tr><td>Order"
    "</td><td>{order}</td></tr>",
    "```\ncustomer: {name}\nphone: {phone}\norder: {order}\n```\nplease check the above against "
    "{merchant}'s feed",
    '<!-- imported from old CRM --><span data-member="{member}">{name.html}</span>, {flat}',
    "1. Retailer: {pmerchant}\n2. Shopper: *{name}*\n3. Notes: ~~{phone}~~ new number {phone2}",
    # --- escalation summaries
    "ESCALATION, L2\nClaim: {claim} | Retailer: {merchant} | Network: {network}\nCustomer: {name} "
    "({member})\nIssue: order {order} worth {amount} not tracked; shopper used voucher {voucher}.\n"
    "Contact: {phone} / {email}\nAction: raise with {network} by {date}.",
    "ESC-2 summary for {first2}: {tsur} of {ctown} has chased 4 times about {order}. Vulnerable "
    "customer flag. Call on {phone} before {time}.",
    "Complaint escalated (stage 2). Complainant: {name}, {addr}. Order {order} from {pmerchant}, "
    "{amount}. Wants a written reply to {email}.",
    "Priority: HIGH\nReason: repeat contact\nWho: {name.upper} / {member}\nWhat: {merchant} {order} "
    "{amount}\nNext: {first2} to ring {phone}",
    "Escalating for {name2} (team lead). Shopper {first} {sur} says the {courier} driver left it with a "
    "neighbour at {house}. Tracking {tracking}.",
    "Ombudsman referral pack: complainant {name} ({email}), {street}, {postcode}; retailer "
    "{merchant}; network {network}; sums {amount} and {amount2}.",
    # --- other people, named in passing, among things named like people
    "Bought the {pproduct} from {pmerchant} as a gift for my nan {first2.f}. Cashback missing. {name}, "
    "{email}",
    "My name is {name}, nothing to do with the {pmerchant} brand! Order {order}, {amount}.",
    "Ordered on {poccasion} for my son {first2.m}. The {pproduct} arrived but no cashback. Contact {phone}.",
    "Gift for {first2}'s {occasion}: {pproduct} from {pmerchant}, {amount}. Claimed by {name}, member "
    "{member}.",
    "Did I use my friend {name2}'s link by mistake? Surely not. Account holder {name}, {email}.",
    "Delivered to my neighbour at {street} ({first2}), signed for by '{sur2}'. Order {order}. I'm {name}.",
    "The voucher was {nvoucher} (named after the shop owner apparently). My details: {name}, {postcode}.",
    "I live in {ctown} but the parcel went to the {town} depot. {name}, {street}, {postcode}.",
    "The order was under my maiden name, {sur2}; my married name is {sur.f}. First name {first.f}.",
    "Account is joint: {name} and {name2}. Either of us on {phone}.",
    "Sent from {email} for my mum {name2.f}, who doesn't do computers. Her member no {member}.",
    "Apologies, {name} here from {ctown}. The {pproduct} was for {poccasion}; {pmerchant} say it tracked.",
    "Please note my surname is {sur.upper} (all one word), given name {first}. Order {order}.",
    "Name on card: {name.upper}. Name on account: {name.fold}.",
    "I'm a carer for {name2.m}, who lives at {street}, {postcode}. I place his orders on {merchant}.",
    "Hi there, {first.f} {sur} (she/her). Order {order} from {pmerchant} didn't track, spent {amount}.",
    "Kindly assist. Sender: {tsur}, {site} member {member}, {phone}. Regards.",
    "Our {ptown} shop is named after my gran {first2.f}, but this claim is mine: {name}, {email}.",
    "{first} from {town} here. Bought {pproduct} and {product2} in the {poccasion} sale. Tel {phone}.",
    # --- addresses, houses, flats, streets without numbers
    "Please send the cheque to {name}, {flat}, {street}, {ctown} {postcode}.",
    "Address for the retailer's records: {addr}. Named on the order as {tsur}.",
    "New address from {date}:\n{house}\n{street}\n{ctown}\n{postcode}\n(old one was {street.alt})",
    "Returns label said {name} c/o {pmerchant}, {streetn}, {ctown}. Should be my flat: {flat}.",
    "I'm at {street} now, {postcode.nospace}; the old postcode {postcode.alt} is wrong on your system.",
    "Eircode is {postcode.ie}, the house is {house}, just outside {town}. Name's {name}.",
    "We're the cottage at the top of {streetn}, {house}, postcode {postcode}. {tsur}.",
    "Flat is {flat}. Buzzer says {sur.upper}. Parcel left in the bin store on {streetn}.",
    "Ship-to: {name}\n{addr.lines}\nBill-to: same",
    "The {courier} driver couldn't find {house} so left it at No. {street}. {first}, {phone}",
    # --- phones and member ids, near, far and without a cue
    "Best times to call: after {time} on {phone} or landline {phone2}. Ask for {first}.",
    "WhatsApp me on {phone} please, I can't take calls at work. {first}",
    "Member ID {member}. Cashback for {merchant} order {order} missing.",
    "{member} / {merchant} / {amount} / {date}. No cashback.",
    "I've been with you for years and the account, which I set up when we moved to {town} and have "
    "used for every {merchant} order since, is {member}. {first}",
    "My membership number? It should be on your records, but in case: I'm {name} and it's {member}.",
    "Kundennummer: {member}\nName: {name}\nBestellung: {order}",
    "{member}\n{name}\n{email}",
    "ref {order}. {member}. {phone}. thanks",
    "My account number, not the order number (that's {order}), is {member}.",
    "Loyalty card {member.alt} is linked, but the cashback account is {member}. {name}",
    "Two numbers on file: {phone} (mobile) and {phone2} (home). The first is best. {tsur}",
    # --- other languages and mixed ones
    "Bonjour, je m'appelle {name}. Ma commande {order} chez {merchant} du {date} n'apparaît pas. Mon "
    "courriel : {email}, tél. {phone}. Merci d'avance !",
    "Madame, Monsieur,\nSuite à mon achat ({amount}) chez {pmerchant}, le cashback n'a pas été crédité. "
    "N° adhérent {member}.\nCordialement,\n{name}\n{street}\n{postcode} {ctown}",
    "Guten Tag, mein Name ist {name}, Mitgliedsnummer {member}. Die Bestellung {order} bei {merchant} "
    "({amount}) wurde nicht gutgeschrieben. Erreichbar unter {phone}.",
    "Hola, soy {name}. Compré {product} en {merchant} el {date} y no me aparece el reembolso. Mi correo "
    "es {email}. ¡Gracias!",
    "Dzień dobry, nazywam się {name}. Zamówienie {order} ze sklepu {merchant} nie zostało naliczone. "
    "Mój numer: {phone}, e-mail {email}.",
    "Helo, {name} ydw i. Wnes i archebu {product} gan {merchant} ar {date} ond does dim arian yn ôl wedi "
    "dod. Fy nghyfeiriad: {street}, {postcode}. Diolch!",
    "Dia dhuit, is mise {name}. Níor tháinig an t-airgead ar ais d'ordú {order} ó {merchant}. Seol "
    "ríomhphost chuig {email} le do thoil. Go raibh maith agat.",
    "Olá, o meu nome é {name.f}. A encomenda {order} da {merchant} não foi registada. Telemóvel: {phone}. "
    "Obrigada!",
    "Buongiorno, sono {name}, numero socio {member}. L'ordine {order} su {merchant} non risulta. "
    "Email: {email}. Grazie.",
    "Hallo, ik ben {name}. Mijn bestelling {order} bij {merchant} van {amount} is niet geregistreerd. "
    "Bel me op {phone}.",
    "Bună ziua, sunt {name}. Comanda {order} de la {merchant} nu apare în cont. Telefon {phone}, email "
    "{email}.",
    "Laba diena, aš {name}. Užsakymas {order} iš {merchant} neįskaitytas. Mano el. paštas {email}.",
    "Merhaba, ben {name}. {merchant} siparişim {order} için nakit iade görünmüyor. Telefonum {phone}.",
    "Hi po! Si {name} po ito. Yung order ko sa {merchant} ({order}) wala pa pong cashback. Pakicheck po? "
    "Number ko {phone}. Salamat po!",
    "Halo, saya {name}. Pesanan {order} di {merchant} tanggal {date} belum dapat cashback. Email saya "
    "{email}, terima kasih.",
    "Habari, naitwa {name}. Oda yangu {order} kutoka {merchant} haijaonekana. Namba yangu ni {phone}. "
    "Asante sana.",
    "Assalam o alaikum, mera naam {name} hai. {merchant} ka order {order} ka cashback abhi tak nahi aya. "
    "Mera number {phone} hai.",
    "مرحبا، اسمي {name}. طلبي رقم {order} من {merchant} لم يظهر بعد. بريدي الإلكتروني {email}",
    "Xin chào, tôi là {name}. Đơn hàng {order} ở {merchant} chưa được hoàn tiền. Số điện thoại: {phone}.",
    "Salaan, magacaygu waa {name}. Dalabkayga {order} ee {merchant} lacagta dib uma soo noqon. "
    "Taleefankayga {phone}.",
    "Aye, it's {name} here, the cashback fae {merchant} niver came through. Order {order}. Gie's a ring "
    "on {phone}, cheers.",
    "Wah gwaan, a {name} dis. Mi order {order} from {merchant} nuh show up yet. Call mi pon {phone}, "
    "respec.",
    "Namaste, mero naam {name} ho. {merchant} ma order {order} ko cashback aayena. Phone {phone}.",
    "Καλημέρα, είμαι η {name.f}. Η παραγγελία {order} από {merchant} δεν εμφανίζεται. Τηλ. {phone}.",
    "Здравствуйте, меня зовут {name}. Заказ {order} в {merchant} не засчитан. Почта {email}.",
    "Hello! C'est {first}, my order {order} sur {merchant} is still pending, merci de me rappeler au "
    "{phone}.",
    "E kaaro o! It's {name}. Abeg the cashback for {order} never land. Call me on {phone}, e se.",
    "Hi, {name} here. {merchant} wala order {order} ka cashback nahi mila yaar. Email {email} pe bhejo "
    "please.",
    "Sut mae, {first} here. Dim cashback for {order} from {merchant}. Ffoniwch fi ar {phone}. Diolch!",
    "こんにちは、{name}です。{merchant}の注文{order}のキャッシュバックがまだです。メール：{email}",
    "안녕하세요, {name}입니다. {merchant} 주문 {order} 캐시백이 안 들어왔어요. 전화 {phone}",
    "您好，我是{name}。{merchant}的订单{order}没有返现。电话：{phone}",
    "Hej, jeg hedder {name}. Min ordre {order} hos {merchant} er ikke registreret. Mail: {email}.",
    "Bures! Mun lean {name}. Diŋgojupmi {order} ({merchant}) ii leat registrerejuvvon. {phone}",
)

CLEAN: tuple[str, ...] = (
    "ordr {order} frm {pmerchant} nvr trackd, bought {pproduct} 4 {occasion}. used code {nvoucher}",
    "Receipt scan:\n{pmerchant.upper}\n{town.upper} BRANCH\n{pproduct} {amount}\nSKU {sku}\n{date} {time}",
    "Parcel went via {courier}, tracking {tracking}. Delivered {date} to the {town} depot.",
    "Order ref {order} may look like a phone number or a date but it is the {merchant} order "
    "number, please don't strip it.",
    "Bought the {pproduct} in the {occasion} sale, {amount} after code {nvoucher}. Claim {claim}.",
    "[{time}] Customer: hi\n[{time2}] Agent: hello, how can I help?\n[{time2}] Customer: {merchant} "
    "order {order} no cashback\n[{time3}] Agent: raised as {claim}",
    "AUDIT {claim}: {date} {time} system status NEW -> PENDING_NETWORK ({network}); {date2} auto-chase "
    "sent",
    "### {claim}\n- Retailer: **{pmerchant}**\n- Basket: {pproduct} x2 ({sku})\n- Value: {amount}",
    "Commande {order} chez {pmerchant} le {date} : cashback absent. Code promo {voucher}.",
    "Amounts: basket {amount}, cashback expected {amount2}; order placed {date} {time}, confirmation ref "
    "{order}.",
    "Major delay from {courier}, sterling effort from your agent though. Hope it's sorted before "
    "{poccasion}.",
    "sky-high delivery charge on the {pproduct}!! still no cashback for {order}",
    "Two orders in one basket: {order} and {bref}. Only the first tracked on {network}.",
    "Also affects {bref} (same day, same shop, {merchant}).",
    "OCR: T0TAL {amount}  VAT 20%  {pmerchant.upper}  {town.upper}  {date}  {time}  TILL 4",
    "Tracking numbers: {tracking} / {tracking2}. Both {courier}. Neither shows on the claim.",
    "Bought {pproduct} and {pproduct2} from {pmerchant}. Paid {amount}. Order {order}.",
    "<p>Order <code>{order}</code> from <b>{pmerchant}</b>, {amount}, placed {date}.</p>",
    "| Order | Retailer | Value |\n|---|---|---|\n| {order} | {merchant} | {amount} |\n| {bref} | "
    "{omerchant} | {amount2} |",
    "{site} app crashed at checkout on {date} around {time}. Order {order} still went through at "
    "{merchant}.",
    "Claim {claim}: {network} says the click was on {date2}, order on {date}. Within 24h so should track.",
    "Voicemail (transcribed): hi it's about claim {claim} the {merchant} one, order {order}, thanks bye",
    "AGENT: Which retailer?\nCALLER: {pmerchant}.\nAGENT: And what did you buy?\nCALLER: The {pproduct}, "
    "for {poccasion}.\nAGENT: Thank you, that's raised.",
    "Forwarded:\nFrom: {merchant} <no-reply>\nSubject: Your order {order} has shipped\nCarrier: {courier} "
    "({tracking})",
    "name=&email=&order={order}&store={merchant}&msg=no+cashback",
    "SKU {sku} ({pproduct}) qty 2, SKU {sku2} qty 1. Total {amount}.",
    "Spent {amount} in the {town} branch of {pmerchant}, then ordered online for click & collect in "
    "{town2}.",
    "Voucher {nvoucher} applied; the retailer says vouchers void cashback. Is that right for {merchant}?",
    "{occasion} order for the {pproduct}. Placed {date}, dispatched {date2}, {courier}.",
    "Customer called re {claim}. No new info. Chased {network}.",
    "Ticket merged into {claim}. See also {bref}.",
    "Esc L1 -> L2: {merchant} not responding on {network} for 30 days. Claim {claim}, {amount}.",
    "Bonjour, commande {order} du {date} chez {merchant}, montant {amount}. Merci de vérifier.",
    "Hallo, Bestellung {order} bei {merchant} am {date} über {amount} fehlt noch.",
    "Hola, el pedido {order} de {merchant} ({amount}) sigue sin reembolso.",
    "Dzień dobry, zamówienie {order} w {merchant} z dnia {date} nadal bez cashbacku.",
    "Helo, archeb {order} gan {merchant} ar {date}, dim arian yn ôl eto.",
    "Dia dhuit, ordú {order} ó {merchant}, {amount}. Níl an t-airgead ar ais fós.",
    "Olá, a encomenda {order} da {pmerchant} de {amount} ainda não apareceu.",
    "Ciao, l'ordine {order} su {merchant} del {date} non risulta ancora.",
    "Hi po, order {order} sa {merchant}, wala pa rin pong cashback. Salamat!",
    "Halo, pesanan {order} di {pmerchant} belum masuk cashback.",
    "Habari, oda {order} ya {merchant} bado haijaonekana.",
    "Merhaba, {merchant} siparişi {order} ({amount}) hâlâ görünmüyor.",
    "Xin chào, đơn {order} tại {merchant} vẫn chưa có hoàn tiền.",
    "[{date} {time}] System: claim {claim} created\n[{date} {time2}] System: sent to {network}\n"
    "[{date2} {time3}] System: network acknowledged",
    "```\norder: {order}\nmerchant: {merchant}\nvalue: {amount}\n```",
    "Order {order} placed at {time} on {date}; the click was logged at {time2}. {courier} delivered to "
    "{town}.",
    "The {pproduct} was a {poccasion} present. {pmerchant} confirmed order {order} by e-mail.",
    "Re-opened: merchant {pmerchant} (yes, that's the shop's name) rejected {order} as 'not tracked'.",
    "ember-glow fairy lights and a lark-print scarf from {pmerchant}, {amount}, order {order}.",
    "Received {amount} instead of {amount2} for {order}. Rate changed mid-{occasion} apparently.",
    "Claim {claim} for {merchant}: basket {amount}, voucher {voucher}, tracking {tracking}, SKU {sku}.",
    "Phone order through {merchant}'s call centre, ref {order} (they read it out like a phone number).",
    "Posted from {town} on {date}, arrived in {town2} {date2}. {courier} {tracking}.",
    "Bought in {ptown} ({pmerchant}), delivered to {ptown2}. Order {order}, {amount}.",
    "Patience wearing thin, honestly. Any news on {claim}? Faith in {network} fading.",
    "The {pproduct} and the {pproduct2} came separately ({tracking}, {tracking2}); only one order: "
    "{order}.",
    "ESCALATION, L1\nClaim: {claim}\nRetailer: {pmerchant}\nIssue: voucher {nvoucher} flagged by "
    "{network}\nAction: wait for {date}",
    "<div>{pmerchant}: {pproduct} &amp; {pproduct2}, {amount}</div>",
    "Chat export {date}\n{time} Customer: is {pmerchant} a real shop? ordered {pproduct}\n{time2} Agent: "
    "yes, order {order} is on {network}",
    "Kundennummer folgt. Bestellung {order}, {pmerchant}, {amount}, {date}.",
    "Date on receipt {date}, time {time}, till 3, store {town}. Amount {amount}. Ref {order}.",
)
