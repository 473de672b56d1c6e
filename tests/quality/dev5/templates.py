"""The dev5 set's note templates, typed for this set: personal, clean and agent notes.

Written the way claim notes arrive: shoppers' comments, chat transcripts, tickets, pasted
e-mails, call logs and agents' notes, in English (British, Welsh and Irish registers),
French, Spanish, Italian and Polish, and mixtures of them. ``PERSONAL`` templates hold at
least one personal slot; ``CLEAN`` ones hold none, only look-alikes (merchants and products
named like people, towns, occasions, vouchers, phone-shaped order refs, dates, amounts,
couriers and networks); ``AGENT`` are what an advisor writes in a CRM's second text column.
"""

from __future__ import annotations

PERSONAL: tuple[str, ...] = (
    # -- British shoppers' comments
    "Bought the {product} from {merchant} on {date} for {amount}, went through {network} but no "
    "cashback. Order {ref}. {name}",
    "hi its {first.lo} here, my order {ref} never tracked, email is {email}",
    "Purchase made {date} via the app. Please contact me on {phone} if you need anything. "
    "Regards, {name}",
    "I clicked through from {network} and paid {amount}. Delivery to {street}, {postcode}.",
    "Order placed by my partner {name2} on my account. Tracking missing. Any problems ring "
    "{phone}.",
    "The voucher {voucher} was applied at checkout, which I was told is fine. Account holder: "
    "{name}.",
    "Cashback never appeared for order {ref}. Member no. {member}. Thanks {first}",
    "Please note my new address: {house}, {street}, {town} {postcode}",
    "i have emailed twice now ({email}) and nobody has replied, this is the third claim for "
    "{merchant}",
    "Ordered for {occasion}, {amount} spent. Parcel came by {courier} to {street}. {name}",
    "{first} says she used the link on {date} but the basket was emptied. Ref {ref}.",
    "Can you ask for {first} when you call back please, number is {phone}",
    "Delivered to {first2} next door as I was out. Order {ref}, {merchant}.",
    "It went on {first}'s account rather than mine, can it be moved? Member {member}",
    "Gift for {name2.lo}, sent straight to her at {street}, {postcode.lo}",
    "Missing cashback - {merchant} - {amount} - {date} - {name.up} - {postcode}",
    "My member ID is {member}, I have had no cashback since {occasion}.",
    "{sur}, {first} - order {ref} - please chase",
    "Please reply to {email} not the old address, I no longer use it",
    "Called {merchant} who confirmed order {ref} was placed by {name} and not cancelled.",
    "-- {name}",
    "Thanks for looking into this.\n\n-- {name}\n{phone}",
    "Max says the order was tracked on his side so I don't understand. {first} ({member})",
    "June says she paid {amount} on {date}, please check. {name}",
    "Heather says the {product} arrived but no cashback yet. Contact {email}",
    "bought 2 x {product} at {merchant}, total {amount}. my mobile {phone}. postcode {postcode}",
    "Hello, I am writing regarding my purchase at {merchant} ({ref}). I live at {street}, "
    "{postcode} and have been a member for years. {name}",
    "Mrs {sur} rang to say the order was for {occasion} and she is unhappy it has not tracked.",
    "Dr {sur} placed the order from work. Reach him at {email} or {phone}.",
    "Account in the name of {name}, card ending 4471. Address {street}, {town}, {postcode}.",
    "Not tracked!!! {amount} at {merchant}!!! sort it out - {first.up}",
    "Paid with PayPal, confirmation sent to {email}. Ordered {date}.",
    "Please send any letters to {house}, {postcode} (no street name, it's a farm)",
    "ordered on behalf of my mum {name2}, her email is {email2}",
    "Customer {name} disputes the decline. Evidence attached: invoice for {ref}, {amount}.",
    "Used {network} on {date}. Store: {merchant}. Order no: {ref}. Name on order: {name}. Tel: "
    "{phone}.",
    "My wife {first2} and I both have accounts; this one is mine ({member}).",
    "the {product} was returned but the replacement wasn't, so claim for {amount} please. "
    "{first.lo} x",
    "Reference {ref}. Postcode {postcode}. Surname {sur.up}.",
    "Could you update my phone to {phone}? The old one is gone. {name}",
    "Order shipped with {courier} to {street} but the cashback is still showing as not found.",
    "Shopper {sur} claims voucher {voucher} was the site's own, not a third-party code.",
    "I'm the account holder ({name}); my son {first2} used my login to buy the {product}.",
    "Quick one - cashback for {merchant} order {ref} missing. Cheers, {first}",
    "Good afternoon. I wish to raise a claim. Name: {name}. E-mail: {email}. Mobile: {phone}. "
    "Address: {street}, {postcode}.",
    "Purchased in-store at the {town} branch with my card, member {member}, was told it would "
    "track.",
    "my postcode is {postcode} and house number is on the order, name {name.lo}",
    "{name} ({email}) — order {ref} — {amount}",
    "Claim raised by phone. Caller gave name as {name}, DOB withheld, contact {phone}.",
    "{first} at {merchant} customer services said to raise it here. Order {ref}.",
    # -- chat transcripts
    "[10:42] Customer: hi my cashback hasnt come\n[10:43] Agent: Can I take your email?\n[10:43] "
    "Customer: {email}",
    "Chat started 14:02\nVisitor ({first}): order {ref} missing\nAgent: thanks {first}, can you "
    "confirm the postcode?\nVisitor: {postcode}",
    "Customer: it's under my husband's name {name2}\nAgent: and his number?\nCustomer: {phone}",
    "> me: where is my cashback\n> bot: please give your member number\n> me: {member}",
    "Chat transcript\nUser: {name}\nIssue: {merchant} {amount} not tracked\nContact: {email}",
    "agent: who am I speaking to?\ncust: {first.lo} {sur.lo}\nagent: thanks, and the first line "
    "of the address?\ncust: {street.lo}",
    "[WhatsApp] {first}: Hiya, did you get my claim for {merchant}? My number's {phone}",
    "Transcript: caller said her name was {first}, spelt out, and the postcode {postcode}",
    # -- tickets
    "Ticket #{ref}\nReporter: {name}\nPriority: normal\nDescription: cashback missing for "
    "{merchant}, {amount}",
    "Subject: Missing cashback\nFrom: {name} <{email}>\nBody: order {ref} placed on {date}",
    "STATUS: open | CUSTOMER: {name.up} | PHONE: {phone} | MERCHANT: {merchant}",
    "Case note: spoke with {tsur} no, with {first} about order {ref}; will call back on {phone}",
    "Escalated by {first2} (team lead). Member {member} has three untracked claims this month.",
    "Name={name};Email={email};Ref={ref}",
    "customer_name: {name} | postcode: {postcode} | notes: bought {product}",
    # -- pasted e-mails
    "From: {name} <{email}>\nSent: {date}\nTo: claims\nSubject: RE: your claim\n\nHi, the order "
    "number is {ref}. Thanks",
    "-----Original Message-----\nFrom: {email}\nSubject: order {ref}\n\nPlease see attached "
    "invoice.\n{name}",
    "FW: Missing cashback\n\nOn {date}, {name} wrote:\n> I bought a {product} from {merchant} "
    "and nothing tracked.",
    "Re: Claim {claim}\n\nDear team,\nI attach the receipt from {merchant}. My address is "
    "{street}, {town}, {postcode}.\nKind regards\n{name}\n{phone}",
    "On {date} {email} wrote:\n> can you check {ref} please",
    "Sent from my iPhone\n\n{first} {sur}\n{house}\n{street}\n{postcode}",
    "Kind regards,\n\n{name}\nMob: {phone}\nEmail: {email}",
    "Many thanks,\n{first}\n\n(this email and any attachments are confidential)",
    # -- call logs
    "Inbound call 09:14. Spoke to {name}. Confirmed postcode {postcode}. Advised 28 days.",
    "Outbound call to {phone} - no answer, voicemail left for {first}.",
    "Call back requested: {first}, {phone}, after 5pm please.",
    "CALL LOG: cust {sur.up} rang re {merchant}; order {ref}; wants email update to {email}",
    "Rang {phone}, spoke to {first2} (daughter), she'll pass the message on to {first}.",
    "Phoned {merchant}: order {ref} belongs to {name}, delivered {date}.",
    # -- Irish-English
    "I'm after ringing {merchant} twice about order {ref}, no joy. {name}, {eircode}",
    "Grand so, the order went through on {date} but the cashback never showed. Ring me on "
    "{iephone}. {first}",
    "Yer man in the shop said it'd track. It didn't. Sorted by {first} for the mammy, {name2}.",
    "Deadly service from {merchant} but the cashback's gone missing, so it has. {email}",
    "Order for the Communion, {amount}. Delivered to {house}, {eircode}. Thanks a million, {first}",
    "Would ye ever check order {ref}? 'Tis for {name}, phone {iephone}",
    "Himself ({first2}) ordered it on his phone, it's my account though. Member {member}.",
    "Bought in {town}, the cashback is still pending since {occasion}, {sur.up} here, contact "
    "{email}",
    # -- Welsh and Welsh-English
    "Diolch am eich help. Archeb {ref} gan {merchant}. Fy enw yw {name}, rhif ffôn {phone}.",
    "Bore da, dim arian yn ôl am {amount} o {merchant}. Cyfeiriad: {heol}, {town}, {postcode}.",
    "Helo, {first} dw i. Anfonwch e-bost ata i: {email}",
    "Now in a minute I'll send the receipt, tidy. Order {ref}, {name}, {house}, {postcode}",
    "Where's my cashback to, it's been weeks. {first} from {town}, {phone}",
    "Anfonwyd y parsel i {heol}. Enw: {sur}, {first}. Cod post {postcode}.",
    "Rhif aelod {member}. Prynais {product} ar gyfer {occasion}. Cofion, {first}",
    "Lush, the order came but no cashback, butt. Ring {first} on {phone}",
    # -- French
    "Bonjour, j'ai commandé chez {merchant} le {date} pour {amount}, mais le cashback n'apparaît "
    "pas. {name}",
    "Commande {ref} passée via {network}. Merci de me recontacter au {frphone}. Cordialement, "
    "{first} {sur.up}",
    "Mon adresse : {rue}, {cp} {town}. Numéro de carte fidélité : {member}.",
    "Madame {sur} signale que la commande {ref} n'a pas été suivie.",
    "Bonjour, je m'appelle {name}, mon courriel est {email.fr}",
    "Relance n°2 : toujours rien pour la commande {ref}. Tél. portable {frphone}. {name}",
    "Achat pour {occasion} chez {merchant}, livré par {courier} au {rue}. Merci, {first}",
    "Le colis a été livré chez ma voisine {name2}. Réf. {ref}.",
    "Cordialement,\n{name}\n{rue}\n{cp} {town}\nTél : {frphone}",
    "De : {name} <{email}>\nObjet : Réclamation commande {ref}\n\nBonjour, vous trouverez "
    "ci-joint la facture.",
    "bjr, cashback pas reçu pour {merchant}, merci de voir avec {first.lo}, {frphone}",
    "J'habite {house}, {cp}. M. {sur} au téléphone, {frphone}.",
    "N° adhérent {member} - {name.up} - {amount} - {merchant}",
    "Monsieur {sur} souhaite être rappelé au {frphone} après 18h.",
    "Salut, c'est {first}. La commande de {first2} est sur mon compte, courriel {email.fr}.",
    # -- Spanish
    "Hola, compré en {merchant} el {date} por {amount} y no me aparece el reembolso. {name}",
    "Pedido {ref}. Mi teléfono es el {esphone}. Gracias, {first}.",
    "Dirección: {calle}, {cpes} {town}. Nº de socio {member}.",
    "Buenas tardes, soy {name} y mi correo es {email.es}",
    "La señora {sur} dice que el pedido {ref} no se registró. Llamar al {esphone}.",
    "Compra para {occasion}, entregado por {courier} en {calle}. Un saludo, {first}",
    "Atentamente,\n{name}\n{calle}\n{cpes} {town}\nTel. {esphone}",
    "El pedido lo hizo mi hermana {name2} desde mi cuenta. Socio {member}.",
    "hola q tal, no me han dado el cashback de {merchant}!! soy {first.lo}, {esphone}",
    "De: {name} <{email}>\nAsunto: Reclamación {ref}\n\nAdjunto la factura de {amount}.",
    "Don {sur} llamó para reclamar el pedido {ref}; prefiere correo: {email.es}",
    "Vivo en {house}, {cpes}. El pedido {ref} llegó el {date}. {sur.up}, {first}",
    # -- Italian
    "Buongiorno, ho acquistato da {merchant} il {date} per {amount} ma il cashback non risulta. "
    "{name}",
    "Ordine {ref}. Il mio cellulare è {itphone}. Grazie, {first}",
    "Indirizzo: {via}, Bologna. Email: {email.it}",
    "La signora {sur} chiede di essere richiamata al {itphone}.",
    "Cordiali saluti,\n{name}\n{via}\n{itphone}",
    "Ciao, sono {first.lo}, l'ordine {ref} per {occasion} non è stato tracciato. Tessera n. "
    "{member}",
    "Salve, sono {name}. Ho comprato {product} da {merchant}, ordine {ref}. Abito in {via}.",
    "Buonasera, il rimborso per l'ordine {ref} non è arrivato. Contattatemi a {email.it} o al "
    "{itphone}. {first}",
    # -- Polish
    "Dzień dobry, zamówienie {ref} z {merchant} z dnia {date} nie zostało naliczone. {name}",
    "Proszę o kontakt pod numerem {plphone}. Pozdrawiam, {first}",
    "Adres: {ulica}, {cppl} {town}. Numer karty: {member}.",
    "Pani {sur} dzwoniła w sprawie zamówienia {ref}. E-mail: {email.pl}",
    "Z poważaniem,\n{name}\n{ulica}\n{plphone}",
    "Cześć, tu {first.lo}, cashback za {product} dalej nie przyszedł. Mój mail {email.pl}",
    "Zamówienie złożyła moja żona {name2}, ale na moim koncie ({member}).",
    "Dzień dobry, nie widzę zwrotu za zakupy w {merchant}. Adres dostawy: {ulica}. Pozdrawiam, "
    "{name}",
    "Witam, proszę o sprawdzenie zamówienia {ref}, numer karty {member}, tel. {plphone}",
    # -- mixed registers and code-switching
    "Hi, je suis {name}, I ordered from {merchant} ({ref}) - merci de vérifier. {frphone}",
    "Hola! Order {ref} from {merchant}, sorry my English. Name {name}, phone {esphone}",
    "Dzień dobry / Hello. I am {name}, order {ref}, phone {plphone}",
    "Ciao - {first} here, order {ref} at {merchant}, email {email}",
    "NAME: {sur.up}, {first.up}\nADDRESS: {street.up}\nPOSTCODE: {postcode.up}\nREF: {ref}",
    "name - {name.lo}\nemail - {email}\nphone - {phone}\nref - {ref}",
    "{first} {sur}\n{street}\n{town}\n{postcode}",
    "{name}, {street}, {town}, {postcode}, {phone}, {email}",
    "Gift order for {name2} ({street}, {postcode}); account holder {name}.",
    "Recipient: {name2}\nBilling: {name}\nBoth at {house}, {postcode}",
    "Member {member} ({first}) says the {product} from {merchant} was bought on {occasion}.",
    "member number is {member} and my name's {first}",
    "ID {member}. Email {email}. That's all I have.",
    "for order {ref} please contact the buyer {name} on {phone} or {email}",
    "The parcel was signed for by {name2.up} at {street}.",
    "I think the code {voucher} broke the tracking? {first}, {email}",
    "Please stop calling {phone}, use {email} instead. {name}",
    "{name} - {house} - {street} - {postcode}",
    "Shopper's own words: 'my name is {name} and I never got paid for {merchant}'",
    "P.S. If you need to post anything my address is {street}, {postcode}. {first}",
    "Complaint from {name} about {merchant}: {amount} not tracked, {date}. Phone {phone}, member "
    "{member}.",
    "spoke to {first.lo} again, she's getting fed up. {email}",
    "the name on the order is my maiden name, {sur}, account is {name}",
    "Order placed at {merchant} by {tsur} from {street}, {postcode} for {occasion}.",
    "Ask for {first2} on reception, ext 214, or call the main line {phone}.",
    "This is {first}'s claim, not mine - {first} is my daughter, member {member}.",
    "Thx - {first.up}",
    "Cheers,\n{first}\nSent from Outlook for Android",
    "-- \n{name}\n{house}, {street}\n{postcode}",
    "Ordered through {network}, cashback should be {amount}. Regards {name}, member {member}, "
    "postcode {postcode}",
    "Claim {claim} re-opened at the request of {name} ({email}).",
    "Contact details changed: new mobile {phone}, new email {email}. {name}",
    "Order {pref} was placed by {name} (yes the order number looks like a phone number).",
    "Address on the order: {house}, {street}, {town}. Postcode {postcode}.",
    "Order for {name2} in {town}, she lives at {street} and her postcode is {postcode}",
)

# the title slot: a template's "{tsur}" is "Mrs Okafor" (title outside the label)
PERSONAL = tuple(t.replace("{tsur}", "Mrs {sur}") for t in PERSONAL)

CLEAN: tuple[str, ...] = (
    "Bought the {product} from {merchant} on {date} for {amount}, nothing tracked via {network}.",
    "Order {ref} from {merchant}, {amount}, {date}. Please chase asap",
    "please chase asap",
    "Used voucher {voucher} at {merchant}, cashback not showing. Order {ref}.",
    "The {town} branch of {merchant} told me to claim online. {amount} spent.",
    "Ordered for {occasion}, delivered by {courier} on {date}. Still no cashback for {ref}.",
    "I also ordered {pref} on the same day, please check both.",
    "Order number {pref} (it is an order number, not a phone number).",
    "Two orders: {ref} and {pref}. Both {merchant}.",
    "cashback missing, {merchant}, {amount}",
    "Returned the {product} but kept the {product}, so the claim should be {amount}.",
    "Bought a {product} at {merchant} for {occasion}. Order {ref}.",
    "Claim {claim} duplicate of an earlier one? Order {ref}, {merchant}.",
    "Declined in error - the order {ref} was not cancelled, {courier} delivered it {date}.",
    "{merchant} {ref} {amount} {date}",
    "Paid {amount} on {date}. Tracking ID from {courier} attached.",
    "Shopped at {merchant} through {network}, code {voucher}, total {amount}.",
    "Not sure why it declined, the {product} from {merchant} was never returned.",
    "Order {ref} - {merchant} - {amount} - please re-check",
    "The {product} was a present for {occasion}, bought in the {town} store.",
    "Is there a problem with {merchant} tracking? Third order this month ({ref}).",
    "Merci de vérifier la commande {ref} chez {merchant}, {amount}, le {date}.",
    "Commande passée pour {occasion}, livrée par {courier}. Toujours pas de cashback.",
    "J'ai utilisé le code {voucher} chez {merchant}, est-ce le problème ?",
    "Acheté au magasin de {town}, {amount}. Réf. {ref}.",
    "Pedido {ref} de {merchant}, {amount}, el {date}. Sin reembolso.",
    "Compré un {product} para {occasion} en {merchant}. Lo trajo {courier}.",
    "Usé el código {voucher} en {merchant}, ¿por eso no se registró?",
    "Ordine {ref} presso {merchant}, {amount}. Cashback non registrato.",
    "Acquisto per {occasion}, consegnato da {courier} il {date}.",
    "Zamówienie {ref} w {merchant}, {amount}, brak zwrotu.",
    "Kupione na {occasion}, dostarczone przez {courier}.",
    "Archeb {ref} o {merchant}, {amount}. Dim arian yn ôl eto.",
    "Prynais {product} ar gyfer {occasion}.",
    "Grand, the {product} came from {merchant} but the cashback never did. Order {ref}.",
    "Sure look, it's only {amount} but it's the principle. {merchant} {ref}.",
    "Ordered on {occasion} from {merchant}, tracked by {network}? No.",
    "Is the {product} excluded from cashback at {merchant}?",
    "Hi, just checking on claim {claim}. Order {ref} from {merchant}.",
    "Bought Jo Malone candles from {merchant} and a {product}, {amount} total.",
    "John Lewis order {ref} - the {product} - {amount}",
    "Ted Baker bag and Kurt Geiger shoes, same basket, {amount}, {date}.",
    "Harvey Nichols said they don't support {network} on sale items. Order {ref}.",
    "The order went through {network} on {date}, {merchant} confirm it was {amount}.",
    "Tracking via {courier}: delivered {date}, {town} depot.",
    "Order {ref} split into two parcels ({courier} and {courier}).",
    "Promo {voucher} was the {merchant} newsletter code, not a voucher site.",
    "Cashback rate was 8% on {date}, now 4%. Claim for the {amount} order please.",
    "Ordered at 23:58 on {date}, might be why it didn't track. {merchant}, {ref}.",
    "[11:02] Customer: my cashback for {merchant} isn't showing\n[11:03] Agent: Which "
    "order?\n[11:03] Customer: {ref}",
    "Subject: Missing cashback\n\nOrder {ref}, {merchant}, {amount}. Thanks",
    "Inbound call. Order {ref}. Advised to wait 28 days from {date}.",
    "FW: Order confirmation {ref}\n\nThank you for shopping with {merchant}! Your {product} will "
    "arrive with {courier}.",
    "Black Friday order, {amount}, {merchant}. Voucher {voucher}.",
    "Reading station branch of {merchant}, bought a {product}.",
    "The Chester store, the Lincoln store and online - all {merchant}, only online tracked.",
    "Bought the Emma mattress and a {product} for {occasion}.",
    "Henry hoover from {merchant}, {amount}, order {ref}.",
    "Order {ref}: {product}, {product}, {product}. {amount}.",
    "Status? {claim}",
    "Thanks for the quick reply, order {ref} sorted.",
    "N/A",
    "Order {pref} at {merchant} on {date}, total {amount}.",
    "The code was {voucher.lo}, it said applied.",
    "ORDER {ref} {merchant.up} {amount}",
)

# advisors' notes in the CRM's second text column (personal and clean mixed)
AGENT: tuple[str, ...] = (
    "Checked with {network}: click recorded {date}, order {ref} not in feed. Raised query.",
    "Called cust on {phone}, confirmed order. Raised with {network}.",
    "Cust {first} happy to wait. Next review {date}.",
    "Emailed {email} asking for invoice.",
    "Duplicate of {claim}. Closed.",
    "Merchant {merchant} confirms {amount}, approved.",
    "VM left for {first} on {phone}.",
    "Spoke to {name}, advised 28 days.",
    "Address verified: {street}, {postcode}.",
    "No action - awaiting {merchant} response.",
    "Voucher {voucher} is a publisher code; declined per T&Cs.",
    "Escalated to TL. Member {member}.",
    "Order {pref} checked, belongs to this claim.",
    "{courier} POD shows delivered {date}.",
    "Passed to {first2} in the {town} team.",
    "Cust asked for replies in French; wrote to {email} en français.",
)
