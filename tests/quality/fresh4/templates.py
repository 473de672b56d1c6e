"""The fresh4 set's note templates, typed for this set alone (slots as ``render.SLOT`` reads them).

``PERSONAL``: notes that hold personal data, in many voices (call-centre transcripts, pasted
customer e-mails with headers and signatures, chatbot logs, ticket histories with timestamps,
notes by non-native writers, agent shorthand, key=value dumps and little tables, quoted
replies, German and Dutch mixed in). ``CLEAN``: notes with no personal data but full of
look-alikes (merchants named like people, products with person-like words, towns that are
names or words, occasions, vouchers holding a name, phone-shaped order refs, dates, amounts).
``AGENT``: short agent notes for the second free-text column, personal and clean.
"""

from __future__ import annotations

PERSONAL: tuple[str, ...] = (
    # call-centre transcripts
    "AGENT: Thanks for calling, who am I speaking with?\nCALLER: It's [full], I'm ringing "
    "about a [merchant] order.\nAGENT: Can I take the postcode?\nCALLER: [postcode].\n"
    "AGENT: And the order number?\nCALLER: [ref].",
    "Call 14:02. Spoke to [formal]. Says cashback for [merchant] ([amount]) never tracked. "
    "Confirmed DOB and postcode [postcode]. Callback on [phone].",
    "[Inbound call] customer [first] [sur] - line was bad, asked her to spell the email: "
    "[email]. Order [ref] placed [date].",
    "Caller gave name as [full.up] and member no. [member]. Wanted to know why [merchant] "
    "claim still pending.",
    "transcript (auto):\n> hello yeah my name's [first] um [sur]\n> I bought a [product] "
    "from [merchant] on [date]\n> you can ring me back on [mobile]",
    "Rep: can you confirm your address?\nCust: [addr]\nRep: thank you [first], and the "
    "retailer was [merchant]?\nCust: yes",
    "Customer on hold 6 mins. [full] (account [member]) - missing [amount] from [merchant]. "
    "Her husband [full2] placed the order on his phone.",
    "Voicemail from [formal]: 'hi it's about claim [claim], please call [land] after six'.",
    "CALL NOTES\nName: [full]\nVerified: postcode [postcode], email [email]\nIssue: [merchant] "
    "sale [ref] untracked\nOutcome: claim raised",
    "Spoke with [first]'s daughter [first2] who manages the account for her. Confirmed "
    "[street] as the delivery address.",
    # pasted customer e-mails
    "From: [full] <[email]>\nSent: [date]\nSubject: Missing cashback\n\nHi, I bought from "
    "[merchant] and it never showed up. Order [ref].\n\nThanks,\n[first]",
    "-----Original Message-----\nFrom: [email]\nTo: support\nSubject: RE: claim [claim]\n\n"
    "Still waiting. [full]\n[addr]",
    "Dear Sir/Madam,\n\nI am writing regarding my purchase at [merchant] for [amount]. My "
    "membership number is [member].\n\nYours faithfully\n[full]\n[phone]",
    "Hi team!! it's [first] again lol. [merchant] STILL hasn't paid out, order [ref]. my "
    "new number is [mobile] xx",
    "On [date], [full] <[email]> wrote:\n> I placed an order with [merchant]\n> can you "
    "check please\n\nWe have raised claim [claim] for you.",
    "Good afternoon,\nPlease find my details below.\nName - [full]\nAddress - [addr]\nTel - "
    "[phone]\nRetailer - [merchant]\nKind regards",
    "Sent from my iPhone\n\n> Begin forwarded message:\n> From: [merchant] orders\n> To: "
    "[email]\n> Your order [ref] has been dispatched to [first] [sur]",
    "Hello,\nmy wife [first2] and I ([full]) ordered the [product] on [date]. The cashback "
    "went to her account by mistake? Her email is [email2].\nCheers",
    "Hiya, [nick] here (that's [full] on the account). [merchant] purchase [ref], [amount]. Ta!",
    "FW: Your [merchant] receipt\n\n---------- Forwarded message ---------\nFrom: [merchant] "
    "<no-reply>\nDate: [date]\nTo: [full] <[email]>\nDelivery to: [addr]",
    "To whom it may concern\n\nI, [full.up], of [house], [road], wish to complain that my "
    "[merchant] cashback has not been paid.\n\nSigned [init]",
    "hi,\n\nplease contact me on [email] or [land] (home) / [mobile] (mobile).\n\n[first]",
    "Dear [network] support, my friend [full2] referred me and we both bought from "
    "[merchant]. My member ID: [member]. Thanks, [full]",
    "Re: Re: Re: missing claim\n\n[first], we need the order ref please.\n\n> It's [ref]. "
    "Regards [full], [postcode]",
    "--\n[full]\nSenior Buyer (personal account)\nM: [mobile]\nE: [email]\n\nPlease chase "
    "[merchant] for me.",
    # chatbot logs
    "[10:41] Bot: Hi! What's your name?\n[10:41] User: [first.lo]\n[10:42] Bot: Thanks "
    "[first.lo]! What's your order number?\n[10:42] User: [ref]",
    "bot> please enter email\nuser> [email]\nbot> I found account [member]. Is that right?"
    "\nuser> yes",
    "Chat transcript\nVisitor ([full]): my [merchant] cashback vanished\nAgent: sorry "
    "[first], can you share the amount?\nVisitor: [amount] on [date]",
    "LiveChat #8812\nCustomer: hi im [full.lo]\nCustomer: postcode [postcode]\nAgent: "
    "Found you. Claim [claim] opened.",
    "User said: 'my name is [full] and I live at [street] in [town]'. Bot escalated.",
    "WhatsApp: [mobile]: hey its [first] can u check [merchant] order [ref] pls 🙏",
    "Messenger chat with [full]: wants cashback for [product] bought for [occasion]. "
    "Shipping name [full2].",
    "chat> [first]: my other email is [email] if that helps\nchat> agent: thanks, found it",
    # ticket histories with timestamps
    "2026-08-12 09:14 created by [full] via web form\n2026-08-12 11:30 agent: asked for "
    "receipt\n2026-08-14 08:02 customer replied from [email]",
    "#4411 [date] opened - [formal] - [merchant] - [amount]\n#4411 [date] updated - phone "
    "[phone] added\n#4411 status: awaiting retailer",
    "12/08 10:00 JS: called [first] [sur] no answer\n13/08 15:20 JS: left VM on [phone]\n"
    "14/08 09:05 JS: email sent to [email]",
    "History:\n- opened by customer ([member])\n- address updated to [addr]\n- claim [claim] "
    "sent to [merchant]",
    "[date] 14:55 | [full] | reopened | says [merchant] declined wrongly",
    'ts=2026-08-03T10:22Z actor=customer name="[full]" action=reply',
    "Audit trail\n08:31 email received from [email]\n08:40 matched to member [member]\n"
    "09:12 [full] confirmed by phone",
    # non-native writers
    "hello i am [full] from [town] i am buy in [merchant] but no money back come please "
    "help my phone [mobile]",
    "Good day sir, kindly assist me, my name is [formal], i did shopping of [amount] at "
    "[merchant] and cashback not reflecting, my mail is [email]",
    "Dear, I write for my mother [full2] she not speak english. She buy [product], order "
    "[ref]. Address is [addr]. I am [first] her son.",
    "Please I am [first] [sur], I make the order with [merchant] on [date] and until now "
    "is nothing. Thank you so much.",
    "Hallo, ich bin [full]. Ich habe bei [merchant] bestellt (Bestellnummer [ref]), aber "
    "kein Cashback erhalten. Tel. [phone]",
    "Goedemiddag, mijn naam is [full], ik woon op [street] te [town]. Mijn bestelling bij "
    "[merchant] is niet geregistreerd.",
    "Bonjour, je suis [full], client [member]. Commande [merchant] du [date] pas suivie. Merci.",
    "Hola, soy [first] [sur]. Compré en [merchant] y no me han dado el cashback. Mi correo: "
    "[email]",
    "sorry for bad english. my husband name is [full2], my name [full]. we buy together "
    "[merchant]. [postcode]",
    "Respected team, this is [full.up] speaking from [town]. Order [ref] is not tracked, "
    "kindly do the needful. Contact [mobile].",
    "Witam, nazywam się [full]. Zamówienie [ref] ze sklepu [merchant]. Proszę o kontakt: [email]",
    "Merhaba, ben [full]. [merchant] siparişim ([ref]) görünmüyor. Telefon: [phone]",
    "Olá! Sou [full], moro na [street], [postcode]. A compra na [merchant] não apareceu.",
    "Salam, this [first] here, brother of [full2]. we both member, his is [member].",
    # agent shorthand
    "cust [full] rang re [merchant] - ord [ref] - val [amount] - adv 28d - cb [mobile]",
    "CB req'd. [init] @ [postcode]. pls chk w/ [network] re trk.",
    "NFA on [first] [sur] acct. Em [email] bouncing. Try [land].",
    "mbr [member] / [full] / [merchant] / [ref] / raised [date]",
    "dup? same PC [postcode] + same surname [sur] as claim [claim]. chk w TL",
    "vrfd ID: [full], [addr]. OK to proceed.",
    "esc to TL - cust [formal] v unhappy, thr to go to ombudsman. tel [phone]",
    "NB cust goes by [nick] not [first]. Surname [sur].",
    "c/o [full2] at [flat], [road] - parcel redirected, cust [full]",
    "ph [phone] / em [email] / pc [postcode] / mem [member]",
    "VM lft x2 for [first] ([mobile]). Will close if no resp by [date].",
    # key=value, tables, JSON
    "name=[full]; email=[email]; postcode=[postcode]; merchant=[merchant]; ref=[ref]",
    "customer_name: [full]\ncustomer_email: [email]\nmember: [member]\nnote: cashback missing",
    '{"name": "[full]", "phone": "[phone]", "order": "[ref]"}',
    "| field | value |\n|---|---|\n| name | [full] |\n| postcode | [postcode] |\n| retailer | "
    "[merchant] |",
    "Name........: [rev]\nAddress.....: [addr]\nMember no...: [member]",
    "NAME: [full.up]\nTEL: [phone]\nMAIL: [email.up]\nSTORE: [merchant]",
    "who: [first] [sur]\nwhat: [product] ([amount])\nwhen: [date]\nwhere: [merchant]",
    "Shopper | [full]\nRef     | [ref]\nEmail   | [email]",
    "k=v dump: fn=[first] ln=[sur] pc=[postcode] mid=[member]",
    "contact[0]=[email]\ncontact[1]=[phone]",
    "Delivery address\n  [house]\n  [road]\n  [town]\n  [postcode]\nRecipient: [full]",
    "Addr line 1: [flat]\nAddr line 2: [street]\nPost code: [postcode]",
    # quoted replies
    "> Can you confirm your full name?\n[full]\n> And your member number?\n[member]",
    'Customer wrote: "Please send everything to [email], not the old address." - [first]',
    '"[full] (verified)" - quote from [merchant] CS email, [date]',
    ">> my number changed to [mobile]\n> noted, thanks [first]\nClosed.",
    "Original claim text: 'Bought [product] for [occasion], name on order [full]'.",
    "Retailer replied: 'No order found for [full] at [postcode]'. Asked cust for screenshot.",
    # longer stories with other people
    "Customer [full] explained that her partner [full2] placed the [merchant] order using "
    "her laptop but his email [email2]. The parcel went to his flat at [flat], [road] and "
    "was signed for by a neighbour, [full3]. She wants the cashback on her own account "
    "([member]). We told her the retailer decides who the sale belongs to. Follow up on "
    "[phone] after [date].",
    "Long one: [formal] ordered a [product] from [merchant] on [date] ([amount]). The order "
    "confirmation was sent to [email] but the cashback site shows nothing. She has been a "
    "member since 2019, member number [member], and lives at [addr]. Her son [first2] helps "
    "with the computer and can be reached on [mobile2]. She is not happy, says [omerchant] "
    "always tracks fine.",
    "Complaint summary: Mr [sur] (first name [first]) states that the [merchant] sale "
    "[ref] was tracked under a different account belonging to [full2]. Both live at "
    "[house], [road]. We cannot merge accounts. [first] asked us to write to him at "
    "[email]; told him claim [claim] is open.",
    "Family of three on one address: [full], [full2] and their lodger [full3]. All bought "
    "from [merchant] in the [occasion] sale with voucher [voucher]. Only one claim allowed "
    "per order. Main contact [phone].",
    "Courier [courier] left the parcel with [full2] at number [street]. The customer, "
    "[full], says the order ([ref], [amount]) was therefore not 'completed' in [merchant]'s "
    "system and cashback was reversed. Postcode given [postcode].",
    # lower case, capitals, initials, odd positions
    "[full.lo] rang. wants a callback. [phone]",
    "PLEASE HELP. MY NAME IS [full.up] AND [merchant.up] HAVE NOT PAID MY CASHBACK. [postcode.up]",
    "Thanks to [first] for the patience - order [ref] approved.",
    "Spoke to the account holder, [rev].",
    "Parcel for [init] at [postcode].",
    "Is this [sur]'s claim or [sur2]'s? Both say [merchant].",
    "With [first], [first2] and [first3] on the call. They share one account.",
    "Return label sent to [email] - [first] will drop it at the [branch] store.",
    "Account holder deceased; executor [full2] writing on behalf of the late [full].",
    "[first]?? said she'd already sent the receipt to [email]",
    "Ref [ref] - [sur], [first] - [postcode]",
    "Mrs [sur] (née [sur2]) - name change on account, id [member].",
    "Can't find [full] under [email]; found under [email2] instead.",
    "Dr. [sur] asked that post goes to [house], not her practice.",
    "per [first2] in finance: pay [full] via bank, not vouchers",
    "Bought by [full] for the [occasion] party at [house].",
    "[full] / [full2] - joint claim, [merchant], [amount]",
    "Surname spelt wrong on order: [sur] (correct) not [sur2].",
    "Gift sent to [full2], [addr]. Claimant is [first] (mem [member]).",
    "Text from [mobile]: 'its [nick], did u get my screenshots'",
    # cue far from the value / no cue
    "Member number (she read it out at the end of the call, after a long chat about [merchant]'s "
    "returns policy and the [occasion] rush): [member]",
    "Order [ref]. Cashback [amount]. Account: I'll paste it last. Retailer [merchant]. "
    "Date [date]. Here it is: [member]",
    "[member]",
    "[email]",
    "[full]",
    "[mobile] - call after 5",
    "[postcode] again? that's the third claim from there",
    "see above + [email2]",
    # German and Dutch mixed
    "Kunde [full] meldet: Bestellung [ref] bei [merchant] nicht erfasst. Rückruf unter [phone].",
    "Frau [sur] aus [town], Kundennummer [member], wartet seit [date].",
    "Anruf von Herrn [sur]: Adresse geändert auf [addr].",
    "E-Mail des Kunden: [email] – bitte Beleg anfordern.",
    "Klant [full] belde over bestelling [ref]. Terugbellen op [mobile].",
    "Mevrouw [sur] ([email]) heeft de bon gestuurd.",
    "Nieuw adres: [street], [postcode] [town]. Naam: [full].",
    # social media
    "@ us on Twitter from [first] [sur]: '[merchant] cashback missing AGAIN 😡'",
    "FB DM: hi its [full] my email is [email] pls sort it",
    "Instagram comment by [first.lo][sur.lo]: still waiting for my [amount]!!",
    "TikTok DM from [nick] (real name [full]) about [product]",
    # SMS threads
    "SMS [mobile]: Hi its [first]. Claim ref [claim]?\nSMS out: Hi [first], yes, open.",
    "Txt frm [phone]: 'this is [full], [merchant] order [ref] pls chase'",
    # escalations and forms
    "ESCALATION\nCustomer: [full]\nAccount: [member]\nContact: [email] / [phone]\nAddress: "
    "[addr]\nReason: repeated missing cashback at [merchant] and [omerchant]",
    "Web form:\nFirst name: [first]\nLast name: [sur]\nEmail: [email]\nOrder ref: [ref]\n"
    "Comments: bought for [occasion]",
    "Form fields: title=[formal]; house=[house]; street=[road]; pc=[postcode]",
    "Claim raised for [full] ([email]); [merchant]; [amount]; [date]",
    "Appeal letter received from [house], [road], [town], [postcode], signed [full].",
    "Data protection: [full] asked what we hold. Sent SAR pack to [email].",
    "Erasure request from [email] (name [full]). Forwarded to DPO.",
    "Fraud flag: 6 accounts at [postcode], one named [full].",
    "Same device used by [full] and [full2] - possible shared household",
    "Address on order: [flat], [street], [town]. Address on account: [addr].",
    "[merchant] says order [ref] was placed by [full2], not [full].",
    "Referral: [full] invited [email2]; both earned [amount].",
    "Card holder name [full.up] does not match account name [full2].",
    "Bank details update requested by [first] [sur] via [mobile]",
    "Left a note for the night team: [first] from [town] will call back on [land].",
    "Postcode on claim ([postcode]) differs from the one on file ([postcode2]).",
    "Customer [full] asked to be called [nick]. Phone [phone].",
    "Parcel returned to sender; [courier] had [road] but no house number for [full].",
    "Customer provided screenshot showing name [full] and email [email]",
    "Student account: [full], [flat], [town]. Verified via [email].",
    "Pensioner, hard of hearing. Speak slowly. [formal], [phone].",
    "Duplicate of claim [claim] - same customer [full], same [merchant] order.",
    "New member [member] joined [date]; first claim. Name [full].",
    "Husband [first2] called on behalf of [first] [sur] - not authorised, no details given.",
    "[full] says the [product] was a gift for [full2]'s [occasion].",
    "Email signature: [full] | [land] | [house], [road], [postcode]",
    "Mobile on file [mobile]; new mobile [mobile2]. Updated.",
    "Sibling accounts: [first] [sur] and [first2] [sur] at [street]",
    "Vietnamese name order: [sur] [first]? Customer confirmed family name is [sur].",
    "Customer writes name as [full]; order shows [init].",
    "Double surname: file under [sur], first name [first].",
    "Corrected spelling: [first] (not [first2]).",
    "No cue here, just what the customer typed: [full] [phone] [postcode]",
    "Agent handover: [first] wants a call from [first2] (our side) before [date]. Num [phone].",
    "Delivery instructions: leave with [full2] at [house] if out.",
    "Account [member] belongs to [full]; the email [email] was added by [first2].",
    "Welsh speaker, prefers Cymraeg. [full], [addr].",
    "Translator on the line (speaking for [full]). Her number [mobile].",
    "Customer [full] (they/them) - use Mx [sur].",
    # long ticket histories
    "TICKET HISTORY (oldest first)\n[date] 09:02 web form from [full] <[email]>: 'I bought "
    "a [product] from [merchant] for [amount] using your link and nothing has tracked.'\n"
    "[date] 10:15 agent AB: asked for the order confirmation and the member number.\n"
    "[date] 18:40 customer: 'member no is [member], confirmation attached, my partner "
    "[first2] also bought one on his own account.'\n[date] 08:55 agent CD: claim [claim] "
    "raised with [network]; told [first] to allow 28 days.\n[date] 12:00 customer rang from "
    "[phone], wants to know why the [occasion] double cashback was not applied.\n"
    "[date] 12:07 agent CD: explained the voucher [voucher] excludes the bonus. Customer "
    "unhappy, asked for a manager.",
    "Summary for the complaints team. The member, [formal] ([full] on the account, member "
    "number [member]), lives at [addr] with her mother [full2] and her brother-in-law "
    "[full3]. Between [date] and [date] the household placed four orders at [merchant] and "
    "one at [omerchant], all through our site, and only one tracked. The member has sent "
    "screenshots from [email] and from her mother's address [email2]. She has called us "
    "from [mobile] and from the landline [land]. She says the courier [courier] left two "
    "parcels with a neighbour at [house] and that the retailer has since cancelled one "
    "order ([ref]). Recommendation: approve the tracked order, query the rest with the "
    "retailer, and write to the member rather than calling, as she asked.",
    "Call transcript (speech to text, unedited)\nagent: good morning you're through to the "
    "cashback team my name is [first3] how can I help\ncaller: hi yeah it's [full.lo] I'm "
    "calling about my [merchant] order it was for [amount]\nagent: okay can I take your "
    "postcode please\ncaller: it's [postcode]\nagent: and the first line of the address\n"
    "caller: [street]\nagent: thank you and a contact number in case we get cut off\n"
    "caller: [mobile]\nagent: lovely I can see the claim [claim] it's with the retailer at "
    "the moment\ncaller: my sister [first2] said hers paid out in a week\nagent: it "
    "depends on the retailer I'm afraid",
)

CLEAN: tuple[str, ...] = (
    "John Lewis confirmed the order [ref] is tracked; cashback [amount] due [date].",
    "Ted Baker sale: all claims from [date] approved in bulk by [network].",
    "Marks & Spencer orders placed over [occasion] weekend are delayed at the network.",
    "Jack Wills voucher [voucher] does not void cashback.",
    "[merchant] order [ref] for [amount] - retailer says pending, try again [date].",
    "Claim [claim] closed: [merchant] confirmed the [product] was returned.",
    "The [product] from [merchant] is excluded from cashback (gift card terms).",
    "Retailer [merchant] have a known tracking outage [date] to [date].",
    "Order ref [pref] looks like a phone number but it is [merchant]'s format.",
    "[merchant] order numbers start with 07 - [pref] is an order ref, not a phone.",
    "Store pickup at [branch]; [merchant] says collection orders do not track.",
    "Delivered by [courier] to the [town] depot; order [ref] completed.",
    "Cashback rate for [merchant] changed on [date] from 5% to 3%.",
    "Voucher [voucher] used; [merchant] allow it, cashback should track.",
    "[occasion] promo at [merchant]: double cashback, ends [date].",
    "[network] batch validation run [date]; [merchant] claims approved.",
    "Price matched at [amount]; claim value adjusted.",
    "The Harvey Nichols and Fortnum & Mason orders are both in the [network] queue.",
    "Laura Ashley and Cath Kidston share a checkout - check which one tracked [ref].",
    "Joules order [ref] shipped to the [town] store.",
    "Paul Smith and Ralph Lauren are on the no-cashback-with-voucher list.",
    "Dorothy Perkins orders now go through Boohoo's checkout; tracking unclear.",
    "Customer bought the [product] at [merchant] for [amount]. Nothing else on file.",
    "Purchase at Charles Tyrwhitt [date], [amount], claim [claim].",
    "Hotel Chocolat [occasion] boxes: excluded from cashback until [date].",
    "Russell & Bromley claim approved; [amount] on the next payment run.",
    "Oliver Bonas and Molton Brown claims from [town] are all in one batch.",
    "Ann Summers order [ref] declined: cancelled by retailer.",
    "[merchant] says [pref] and [oref] are the same basket.",
    "Claim [claim] re [merchant] order [ref] of [date] for [amount]: approved.",
    "Emma Bridgewater mugs bought for [occasion], order [ref].",
    "Kurt Geiger sale [date]: tracking window extended by [network].",
    "Argos order [ref] placed via the app; app orders track at [merchant] only via web.",
    "Screwfix and Wickes trade accounts do not earn cashback.",
    "Halfords MOT bookings track as leads, not sales.",
    "Victoria Plum bathroom order [ref] - [amount] - long delivery, status pending.",
    "Mamas & Papas pram order [ref], [amount], delivered by [courier].",
    "Ernest Jones and H. Samuel are one group; claims go to one contact.",
    "Goldsmiths watch [product]? No - the Ruby ring from [merchant].",
    "Jo Malone gift set for [occasion]; retailer confirmed [ref].",
    "Bought in the [town] branch, not online - no cashback possible.",
    "The [occasion] rush delayed [network] validation; expect [date].",
    "Order [ref] at [merchant] used code [voucher] - allowed.",
    "Sophie Allport and JoJo Maman Bébé both via [network].",
    "Seasalt order [ref] split into two parcels, [amount] total.",
    "Lily & Lime and Hattie & Harlow are new merchants on [network].",
    "Ruby & Ed claim [claim] approved [date].",
    "Rosie's Pantry order [ref], [amount], delivered to the [town] collection point.",
    "Charlie Bigham's order for [occasion]: [amount].",
    "Oliver Sweeney shoes returned; claim [claim] declined.",
    "Sweaty Betty orders over [amount] capped at 10% cashback.",
    "Barbour jacket order [ref], [date], [amount].",
    "Liberty print [product] - excluded category.",
    "Hamleys and Smyths Toys both declined: orders placed before the click.",
    "Moss hire orders ([ref]) do not earn cashback.",
    "L.K.Bennett and T.M.Lewin: merchant closed, claims cannot be paid.",
    "Heal's order [ref] - [amount] - retailer says the [product] is on back order.",
    "Selfridges beauty orders track at 2%; [amount] expected.",
    "Morrisons groceries: no cashback on delivery charges.",
    "Matalan order [ref] returned in store at [branch].",
    "Boots Advantage points were used; [merchant] says cashback still applies.",
    "Clarks school shoes bought for [occasion]; [amount].",
    "Lush [product] bundle, order [ref], [date].",
    "Tracking confirmed by [network] on [date]. Nothing needed from the member.",
    "Order value [amount]; expected [amount]. Within tolerance.",
    "Batch [claim]: [merchant] / [ref] / [date] / [amount].",
    "Order ref [ref] (as typed by the member) matches [merchant]'s export.",
    "Bath, Battle and March orders all went through the same [merchant] warehouse.",
    "The Florence midi dress and the Harvey corner sofa are both excluded.",
    "Stanley tumbler preorders from [merchant] track on dispatch, expect [date].",
    "Henry hoover bundle from Currys, [amount], order [ref].",
    "Paddington plush and Bartholomew Bear: Hamleys gift orders for [occasion].",
    "St Patrick's Day and St David's Day promos overlap at [merchant].",
    "Voucher codes like SARAH10 and WELCOME-JAMES are merchant codes, not names.",
    "Guru Nanak's birthday sale at [merchant] ran [date] to [date].",
)

AGENT: tuple[str, ...] = (
    "Chased [merchant] on [date].",
    "Awaiting retailer response.",
    "Approved in [network] batch.",
    "Order [ref] found in export.",
    "Declined: outside window.",
    "Query raised with [merchant] affiliate team.",
    "No action - tracked to another publisher.",
    "Duplicate of [claim].",
    "Spoke to [first] on [phone], sent screenshot request.",
    "Customer [full] called again, irate.",
    "Emailed [email] for receipt.",
    "Address on file [addr] - matches order.",
    "Member [member] verified.",
    "cb [mobile] after 4pm",
    "Passed to TL ([first2] on our side) re [full].",
    "Rechecked [amount] vs order value.",
)
