"""The phrase bank of the shopper author: what shoppers type in a "missing cashback" comment box.

Slots in braces are filled by ``shoppers.py``: people ``{first}`` ``{name}`` ``{mr}`` ``{sur}``
``{init}`` (the shopper), the same with 1 or 2 appended (other people, ``{rel1}`` is how the
shopper knows person 1), ``{staff}`` (a name at the cashback site); contact and place values
``{email}`` ``{phone}`` ``{postcode}`` ``{street}`` ``{sname}`` ``{nstreet}`` ``{house}``
``{addr}`` ``{member}``; kept values ``{merchant}`` ``{merchant2}`` ``{product}`` ``{town}``
``{event}`` ``{month}`` ``{voucher}`` ``{order}`` ``{orderphone}`` ``{claim}`` ``{date}`` ``{amount}``;
``{num}`` is a bare house number (not labelled).
"""

from __future__ import annotations

# Openings. Index-free names here are the staff member, never the shopper.
OPENINGS = [
    "Hi", "Hello", "hiya", "Hi there,", "Dear Sir/Madam,", "To whom it may concern,", "hey",
    "Hi team,", "Hello cashback team", "Morning,", "good afternoon", "HELLO???", "hi guys",
    "Hi {staff},", "Hello {staff}", "Dear {staff},", "hi {staff} thanks for getting back to me",
    "Dear Mr {staffsur},", "Hi again {staff},", "Ok so", "Right,", "um hi", "Hallo,",
    "Good day,", "Dear support", "Hi, me again", "Not sure who reads these but",
]  # fmt: skip

# Story sentences in which people are named (the shopper and others).
PEOPLE = [
    "My {rel1} {first1} ordered it on my account because her card was declined",
    "{first1} bought it on my laptop so maybe the tracking got confused",
    "{first1} said the cashback showed as pending for a day then vanished",
    "{first1} ordered the {product} from {merchant} using my login",
    "I bought a {product} from {merchant} for my {rel1} {first1}",
    "the order was for {name1} but paid from my account",
    "it was a gift for {first1} for {event} so it was sent straight to her",
    "the {product} was a present for {name1}, delivered to {addr}",
    "i ordered it with my {rel1} {name1} on {date}",
    "My {rel1} ({first1}) placed the order while I was at work",
    "my {rel1} ({first1}) has the receipt if you need it",
    "it was sent to {name1} at {addr}",
    "I got it via {first1}'s link but clicked through your site first",
    "ordered by {name1} on my behalf, she is my {rel1}",
    "{first1}'s account was used to pay but the cashback should come to me",
    "the parcel is in {first1}'s name, {name1}",
    "it was delivered to my neighbour at number {num}",
    "it was delivered to my neighbour at number {num} ({mr1})",
    "the courier left it with {mr1} next door at {nstreet}",
    "my neighbour {first1} at number {num} took it in",
    "it went to my {rel1}s house ({house}) as nobody was in",
    "sent from {name1} to me as a surprise",
    "I sent it to {first1} in {town}",
    "{first1} and I both ordered from {merchant} on {date} and only hers tracked",
    "me and {first1} split the cost of the {product}",
    "my {rel1} {first1} and my {rel2} {first2} both use this computer",
    "{name1} is my {rel1}, she ordered it for {first2}'s birthday",
    "I had to borrow {first1}'s card, the order is still mine",
    "The account holder is me, {name}, not {name1}",
    "its under my name {name} not my {rel1}s",
    "the delivery name is {mr1} but thats my {rel1}",
    "i think {first1} clicked an ad instead of your link, sorry",
    "Order placed by {init1} on my behalf",
    "please send any updates to my {rel1} {first1} as well",
    "{first1} told me to contact you",
    "{first1} says hi lol",
    "{first1} from your chat team said to fill this in",
    "your colleague {staff} said it would track in 7 days and it hasnt",
    "I spoke to {staff} on the phone last week about this",
    "i was told by {staff} to raise a claim",
    "My name is {name} and I have been a member for years",
    "This is {first} again about the {merchant} order",
    "its {first} here, i wrote before about {merchant}",
    "I am {name}, account holder",
    "hello my name is {name} i am writing about my cashback",
    "i did it with my {rel1} {first1} watching so i know i clicked through",
    "{first1} was with me when i ordered and can confirm",
    "it was for {first1} (my {rel1}) for {event}",
    "got the {product} for my {rel1} {first1}",
    "my {rel1} {name1} bought {product} with me in the basket too",
    "i think maybe the order went under {first1}s email",
    "my {rel1}'s name is on the order, {name1}, but the card and account are mine",
    "the gift was for {name2} from me and {first1}",
    "we bought it for {first2}, our {rel2}, with {first1}",
    "to {first1} with love was on the gift message lol",
    "gift message said Happy {event} {first1}",
    "it says recipient {name1} on the confirmation",
    "{mr1} (my {rel1}) rang them and they said it was fine on their end",
    "i have cc'd my {rel1} {first1}",
    "my {rel1} {first1} is dealing with it from now",
    "{first1} reckons the cookies were blocked",
    "{first1} paid, I clicked",
    "{first1} and {first2} both have accounts but this one is mine",
    "the order was made by {first1} with the {voucher} code",
    "{first1} found the {voucher} code on facebook",
    "my {rel1} {first1} in {town} got hers straight away",
    "{first1} got cashback for the same thing, why not me",
    "my {rel1} {first1} set up my account for me",
    "my {rel1} helped me, her name is {name1}",
    "{first1} does all my online shopping as I'm not good with computers",
    "on behalf of my {rel1} {name1} who doesnt have email",
    "I am writing for my {rel1}, {mr1}, who is 84",
    "{first1} will send the invoice separately",
    "{first1} has the original email",
    "with {first1} and {first2} we ordered 3 {product}s",
    "it went to {first1}'s address in {town}, {postcode}",
    "The bill is to {name1}, {addr}",
    "to {mr1}, {house}",
    "Its from {first1} but the account is {first}'s",
    "I am {first1}'s {rel1} writing for her",
    "by {first1} by accident, sorry for the confusion",
    "{first1} looked on your app and said no record",
]  # fmt: skip

# Persons named at the very start of a sentence, ready for word names ("Will", "Hope").
STARTS = [
    "{first1} ordered it", "{first1} thinks it didnt track", "{first1} paid for it",
    "{first1} said to email you", "{first1} has the receipt", "{first1} will be so annoyed",
    "{first1} clicked the link", "{first1} bought two", "{first1} says its still not there",
    "{first1} wants to know too", "{first1} checked and nothing", "{first1} is my {rel1}",
    "{first1} got a refund on one item", "{first1} can vouch for me",
]  # fmt: skip

# Story sentences with no people: hard negatives (shops, products, towns, dates, codes).
CLEAN = [
    "I ordered from {merchant} on {date} and no cashback has shown up",
    "bought a {product} from {merchant}, paid {amount}, nothing tracked",
    "order {order} placed {date} for {amount}",
    "my order number is {order}",
    "order ref {order}",
    "I also ordered {orderphone} the same day",
    "the other order was {orderphone}",
    "I used the code {voucher} which your site said was allowed",
    "I used {voucher} at checkout, hope this is ok",
    "used the {voucher} voucher from your newsletter",
    "this is about claim {claim}",
    "my claim {claim} was declined for no reason",
    "previous claim ref {claim}",
    "i raised {claim} already and heard nothing",
    "It was a {event} present from {merchant}",
    "bought for {event} from {merchant}, {product}",
    "it was in the {event} sale",
    "{event} deal on {merchant}, {amount} off",
    "the {product} from {merchant} was {amount}",
    "I went to {merchant} via your app on {date}",
    "I collected it from the {merchant} store in {town}",
    "click and collect at {merchant} {town}",
    "it was posted from their warehouse in {town}",
    "delivered to the {merchant} shop in {town}",
    "the cashback should be {amount} not {amount2}",
    "you paid {amount} but it should be {amount2}",
    "The {product} cost {amount} and cashback is 8%",
    "I returned one item ({product}) but kept the rest",
    "I kept the {product}, only returned the other one",
    "Bought {product} and {product2} from {merchant}",
    "Ordered the {product} in the {event} sale on {date}",
    "I had cookies allowed and no adblock",
    "I cleared my cookies first like it says",
    "I went straight from your site to {merchant}",
    "{merchant} say it is your problem and you say it is theirs",
    "{merchant} confirmed the order on {date}",
    "The confirmation email from {merchant} is attached",
    "I have attached the invoice from {merchant}",
    "I will do whatever you need",
    "Will do a screenshot if needed",
    "Hope this helps",
    "hope that makes sense",
    "hope you can sort it",
    "Please mark it as urgent",
    "please chase asap",
    "Any joy with this?",
    "is there a grace period for claims?",
    "it was the rose gold one",
    "the max cashback was {amount}",
    "it said up to {amount} cashback for new customers",
    "it was a sunny day and i was in the garden ordering lol",
    "I was up at dawn ordering before it sold out",
    "the {product} came in {month} but cashback still not there",
    "bought in {month} and its now {date}",
    "Frank answer please, will I get it or not",
    "I will not be shopping through you again",
    "Not happy at all",
    "been waiting {weeks} weeks now",
    "its been {weeks} weeks",
    "{merchant} said the order is complete and not cancelled",
    "{merchant2} tracked fine but {merchant} didnt",
    "same thing happened with {merchant2} last year",
    "I shop at {merchant} all the time and always got cashback before",
    "total was {amount} after the {voucher} discount",
    "order {order} and {order2} both missing",
    "I got the {product} for my holiday in {town}",
    "we were staying in {town} at the time",
    "from {merchant} in {town}",
    "i think it said {amount} cashback on {date}",
    "Is {date} too late to claim?",
    "The offer was live on {date}",
    "it was a {event} gift",
    "the {event} offer was on the page when i clicked",
    "I ordered the {product} in {colour}",
    "they sent the {product} in the wrong size so i swapped it, not returned",
    "{merchant} emailed to say dispatched on {date}",
    "Will you let me know either way", "Mark this one as urgent please",
    "Max two claims per order it says", "Hope to hear back soon", "Hope you are well",
    "Rose gold was sold out so I got silver", "Will check back tomorrow",
    "Grace period or not I clicked through", "Joy of joys, still nothing",
    "Penny pinching I know but it adds up", "Sunny weather so I went to {town} instead",
    "Frankly I expected better",
]  # fmt: skip

# Non-native English, with and without people.
NONNATIVE_PEOPLE = [
    "I am make order for my {rel1} {first1} but cashback is not coming",
    "my {rel1} {first1} she is buy with my account please to check",
    "Please I am {name}, I make purchase on {date} and not receive cashback",
    "I write for my {rel1} {name1}, he not speak english good",
    "is buy by {first1} from my telephone",
    "please you send answer to {email}",
    "you can call me to {phone} I am speak little English",
    "the order is make in the name of {mr1}",
]  # fmt: skip
NONNATIVE_CLEAN = [
    "I am make order in {merchant} and cashback is not coming",
    "please to check my order {order} thank you very much",
    "I was buy {product} on {date} for {amount}",
    "why you not give me cashback, I do everything correct",
    "the shop {merchant} is say order is ok",
    "I am wait already {weeks} weeks",
    "please kindly check and revert",
    "kindly do the needful",
]  # fmt: skip

# ALL CAPS rants (the voice upper-cases them anyway; written loud to begin with).
RANTS = [
    "THIS IS THE THIRD TIME I HAVE CLAIMED", "WHERE IS MY CASHBACK", "ABSOLUTE JOKE",
    "I WANT MY MONEY", "NOBODY HAS REPLIED", "{amount} IS A LOT OF MONEY TO ME",
    "SORT IT OUT", "I CLICKED THROUGH YOUR LINK I KNOW I DID", "DO NOT CLOSE THIS CLAIM",
    "WHY IS IT DECLINED", "I HAVE THE PROOF", "FED UP", "{merchant} SAYS ITS YOU",
    "ORDER {order} STILL NOT PAID", "THIS IS NOT GOOD ENOUGH",
]  # fmt: skip

# The shopper giving contact details in prose.
CONTACT = [
    "you can email me on {email}", "my email is {email}", "email me at {email} pls",
    "pls reply to {email} not the account email", "new email address {email}",
    "contact me on {email} or {phone}", "ring me {phone}", "call me on {phone} after 5",
    "my number is {phone}", "mobile {phone}", "tel: {phone}", "text me {phone}",
    "whatsapp {phone}", "my mobile number changed to {phone}", "phone {phone} anytime",
    "reach me at {phone} or {email}", "{email} is the email i used on {merchant}",
    "the email on the order is {email}", "i registered with {email}",
    "contact {first1} on {phone} if i dont answer", "or email my {rel1} at {email}",
    "you can ring my {rel1} {first1} on {phone}", "(my email: {email})", "tel {phone}",
    "email {email}", "landline {phone}", "Please call {phone}, ask for {first}",
    "my old email was {email}", "if u need me my numbers {phone}",
]  # fmt: skip

# Addresses in prose (a block across lines is composed in shoppers.py).
ADDRESS = [
    "my address is {addr}", "delivery address {addr}", "I live at {addr}",
    "it was delivered to {addr}", "address on the order: {addr}", "billing address is {addr}",
    "i moved to {street} last month", "its {house} not the number", "we are at {house}, {sname}",
    "postcode is {postcode}", "my postcode {postcode} maybe wrong on your system",
    "deliver to {street}, {postcode}", "the house is called {house}", "we live on {sname}",
    "it went to {nstreet} instead of my house", "sent to {house} by mistake",
    "my old address was {street}, {town}", "the shop in {town} is near {sname}",
]  # fmt: skip

# Member / account ids at the cashback site, with their cues.
MEMBER = [
    "my member number is {member}", "acc {member}", "quidco id {member}", "user no {member}",
    "membership no. {member}", "customer id: {member}", "my id on your site is {member}",
    "account number {member}", "member id - {member}", "topcashback account {member}",
    "(member {member})", "user id {member}", "my account is {member}", "member # {member}",
    "acct no {member}", "cashback account ref {member}", "my username is {member}",
    "ID: {member}", "mem no {member}", "membership number {member} if that helps",
    "Account: {member}", "my account id {member}", "user number {member}",
    "reg no on ur site {member}", "member {member}",
]  # fmt: skip

# Requests and closings.
REQUESTS = [
    "Please can you look into this", "can u chase it pls", "please chase asap",
    "Can you please add the cashback manually", "pls sort", "please help",
    "Please can someone get back to me", "i would appreciate an update", "let me know",
    "any help would be great", "please escalate this", "thanks in advance",
    "I would like this looked at again", "please credit my account", "can you check pls",
    "I have waited long enough", "please advise", "look forward to hearing from you",
    "can this be reopened", "just want what I'm owed", "will wait to hear", "thank u",
    "ty", "please and thank you", "cheers for your help", "thx in advance",
]  # fmt: skip

# Sign-offs. "\n" starts a new line; some carry a name, a phone or a member id.
SIGN_NAMED = [
    "cheers, {first}", "thanks\n{first}", "thx {first}", "-- {init}", "Kind regards\n{name}",
    "Kind regards,\n{name}", "Regards\n{mr}", "Many thanks,\n{name}", "{first} x",
    "{first} xx", "Best,\n{first}", "Thanks, {name}", "ta {first}", "- {first}",
    "Yours faithfully\n{name}", "Regards,\n{name}\n{phone}", "Thank you\n{name}\n{email}",
    "cheers\n{first} ({member})", "{name}\nMember {member}", "Kind regards / {name}",
    "Sincerely, {mr}", "warm regards, {init}", "many thanks {first} {sur}", "{name}",
    "Regards\n{name}\n{addr}", "thanks {first}\nSent from my iPhone",
]  # fmt: skip
SIGN_CLEAN = [
    "thanks", "cheers", "thx", "Regards", "Kind regards", "Many thanks", "ty", "x",
    "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android",
    "thank you", "Regards,\nA very unhappy customer", "",
]  # fmt: skip

# How the shopper knows the other people.
RELATIONS = [
    "husband", "wife", "partner", "mum", "dad", "son", "daughter", "nan", "nana", "grandad",
    "friend", "neighbour", "colleague", "sister", "brother", "boss", "flatmate", "hubby",
    "mother in law", "bf", "gf", "best friend", "cousin", "auntie", "uncle", "niece", "carer",
    "other half", "step son", "granddaughter", "fiancé", "work colleague",
]  # fmt: skip

# Joiners for long rambling stories.
RAMBLE = [" and then ", " and ", " but ", " so ", " anyway ", " then ", ", ", " also ", " plus "]

# Txt-speak and common misspellings, applied to template text only.
TXT = {
    "you": "u", "your": "ur", "please": "pls", "thanks": "thx", "because": "cos", "I have": "ive",
    "I am": "im", "don't": "dont", "received": "recieved", "definitely": "definately",
    "tomorrow": "tmrw", "before": "b4", "are": "r", "for": "4", "to": "2", "okay": "ok",
    "know": "no", "really": "rly", "people": "ppl", "message": "msg", "with": "wiv",
    "about": "abt", "haven't": "havent", "didn't": "didnt", "isn't": "isnt",
}  # fmt: skip
