"""Templates of the call-centre author: transcript turns, summaries, voicemails, callbacks.

Slots in braces name a value of the note (see ``callcentre.SLOTS``). In transcript turns
``A:`` opens an agent turn and ``C:`` a caller turn, and `` || `` separates turns; the author
rewrites the speaker tags in the note's own style.
"""

from __future__ import annotations

OPENINGS = (
    "A: Thanks for calling {site}, you're through to {agent}, how can I help?",
    "A: Good morning, {site} member services, {agent} speaking.",
    "A: Hiya, you're through to {agent} at {site}. || C: Hi, yeah, it's about some cashback.",
    "A: Hello, {site}, how can I help today? || C: hi I'm ringing about a missing claim",
    "A: Afternoon, my name's {agent}, can I start with your name please?",
    "A: thank you for holding, {agent} here || C: oh hi, finally",
    "A: Hello you're speaking with {agent}, this call may be recorded for training.",
    "C: Hello? Is that {site}? || A: It is, {agent} speaking, how can I help?",
)
IDENTIFY = (
    "A: Can I take your full name? || C: It's {name}.",
    "A: And your name please? || C: {first}, that's {fspell}. || A: And the surname? || C: {last}, {lspell}.",
    "C: my name's {name}, surname spelt {lspell}",
    "A: Who am I speaking to? || C: {full}. || A: Sorry, could you spell the surname? || C: {lspell}.",
    "A: Can I get your first name? || C: {first}. {fspell}. || A: Lovely, thanks {first}.",
    "C: It's {initial}, the account might be under {first} though.",
    "A: Is that Mr or Mrs? || C: Mrs. Mrs {last}. || A: Thank you Mrs {last}.",
    "C: it's {name} but everyone calls me {nick}",
    "A: could you spell your first name for me? || C: yeah it's {fspell}",
    "C: The name on the account is {name}. || A: Thanks, {first}.",
    "A: Just so I've got it right, {last}, is that {lspell}? || C: That's it, yeah.",
    "A: and it's Miss {last}? || C: Ms, but yeah. {lspell}.",
    "C: surname's {last}, {lspell}, first name {first}",
    "A: Can I confirm the account holder? || C: {name}, it's my account.",
    "C: It's {first} here, {full}.",
    "A: Name on the account? || C: {name}. || A: {name}, thank you.",
    "C: I'm {nick} {last}, well, {first} on the account.",
)
VERIFY = (
    "A: Can you confirm the email on the account? || C: It's {email}.",
    "A: And the email? || C: {email} || A: So that's {email}? || C: Yes.",
    "C: my email is {email}",
    "A: What's the best number to reach you on? || C: {phone}.",
    "A: Is {phone} still the best number? || C: no, use {phone2} now",
    "C: you can get me on {phone}, that's my mobile",
    "A: And your postcode? || C: {postcode}.",
    "A: Can I take the first line of the address and postcode? || C: {street}, {postcode}.",
    "C: It's {house}, {street}, {town}, {postcode}.",
    "A: postcode please || C: um {postcode}",
    "A: Do you have your member number? || C: Yeah it's {member}.",
    "A: I'll just need your membership ID. || C: {member}. || A: Thank you.",
    "C: The house is called {house}, it's on {street}.",
    "A: first line of address? || C: {street} || A: and postcode || C: {postcode}",
    "A: I've got {email} on file, is that right? || C: Yeah that's me.",
    "C: Member number {member}, email {email}.",
    "A: Can you read me the postcode? || C: {postcode}, in {town}.",
    "C: the phone on there is {phone}",
)
PROBLEM = (
    "C: I bought something from {merchant} on {date} and the cashback never showed.",
    "C: I placed an order with {merchant}, {amount}, order number {order}, and nothing's tracked.",
    "A: Which retailer was it? || C: {merchant}. || A: And the order reference? || C: {order}.",
    "C: it was the {product} from {merchant}, {amount}, on {date}",
    "C: I went through your site on {event} to {merchant} and got nothing.",
    "A: What date was the purchase? || C: {date}. || A: And the amount? || C: {amount}.",
    "C: order {order}, {merchant}, I used the code {voucher} if that matters",
    "A: Did you use a voucher code? || C: Yes, {voucher}. || A: That can stop it tracking.",
    "C: I was in {town} that weekend but I ordered online from {merchant}, order {order}.",
    "C: it's been weeks since {date}, {merchant} say it's delivered, {amount} spent.",
    "A: So that's {merchant}, order {order}, {amount}, placed {date}? || C: That's right.",
    "C: Cashback should be {amount2} on a {amount} order from {merchant}.",
    "C: I clicked through from the app for {merchant}, the {product}, and it just didn't track.",
    "C: it's for the {event} deal at {merchant}, I'll be honest I can't find the order number.",
    "A: I can see a click to {merchant} on {date} but no sale. || C: I definitely bought it.",
    "C: Two orders from {merchant}, {order} and another one, both {date}.",
)
RESOLVE = (
    "A: I've raised a claim for you, the reference is {claim}.",
    "A: Your claim number is {claim}; {merchant} normally reply within 8 weeks.",
    "A: OK so I've logged that as {claim}, you should see it as pending.",
    "A: I'll chase {merchant} for you, claim {claim}, expected cashback {amount2}.",
    "A: I can't see a claim yet, I'll open one now: {claim}.",
    "A: It's gone to the network, reference {claim}, allow up to 90 days.",
    "A: The claim {claim} was declined by {merchant} on {date}, I'll appeal it.",
    "A: I've added a bonus of {amount2} as a goodwill gesture against claim {claim}.",
)
CLOSING = (
    "A: Anything else I can help with? || C: No that's all, thanks.",
    "A: Thanks for calling {first}, have a good day.",
    "A: Lovely, thanks Mrs {last}, bye now. || C: Bye.",
    "C: ok cheers {agent} || A: no worries, bye",
    "A: You'll get an email confirming that. || C: Great, thank you.",
    "A: Thanks {nick}, take care.",
    "A: I'll call you back on {phone} if {merchant} need anything else.",
    "C: will do, thanks || A: Thanks for calling, bye.",
)
THIRD_PARTY = (
    "C: It's actually my {rel}'s account, {pname}, I'm calling for them.",
    "A: I'll need {pfirst} to confirm, can they come to the phone? || C: {pfirst}! Phone!",
    "C: my {rel} {pfirst} did the order, surname {plast}",
    "A: Is {pname} there to give consent? || C: Yeah, hang on.",
    "C: you can speak to my {rel}, {pname}, on {phone2}",
)
SUMMARY = (
    "Caller {name} rang re missing cashback at {merchant}, order {order} on {date}, {amount}.",
    "Spoke to {first} ({member}). Claim {claim} raised for {merchant}.",
    "Inbound call from Mrs {last}, {postcode}. Untracked {merchant} order {order}. Raised {claim}.",
    "{name} called, ID&V passed (email {email}, postcode {postcode}). Chasing {merchant}.",
    "Call summary: {full} says the {product} from {merchant} never tracked. Ref {order}.",
    "CB requested by {first} on {phone}. Re: {merchant} {amount} on {date}.",
    "Customer {name} unhappy, claim {claim} declined by {merchant}. Escalated to team lead {agent}.",
    "{last}, {first} - rang twice about {merchant}. Order {order}. Told 8 weeks.",
    "Mr {last} called from {town}, said {merchant} confirmed order {order}; claim {claim} opened.",
    "Spoke with {nick} (account name {name}), new address {street}, {postcode}.",
    "member {member} rang, {merchant} {event} order not tracked, {amount}, cb {amount2} expected",
    "{first}'s claim for {merchant} ({claim}) is pending, told her to wait till {date}.",
    "Called {first} back on {phone}, no answer, left VM re {claim}.",
    "ID&V: name {name}, address {house}, {street}, {postcode}, email {email}. Passed.",
    "{name} spelt {lspell}. Email given as {email}. Claim {claim}.",
    "caller gave name as {full} then {nick}, member {member}, order {order}",
    "Spoke to {rel} of account holder ({pname}); no consent so gave no details. Claim {claim}.",
    "Rang {pname} ({rel}) on {phone2} as asked by {first}, confirmed order {order} at {merchant}.",
    "{initial} called re {merchant} {date}, {amount}. Voucher {voucher} used so declined.",
    "Callback to {pfull} re {first}'s claim {claim}: passed on update.",
    "Customer ({email}) says {merchant} order {order} shows as cancelled, it isn't.",
    "Address update for {name}: {street}, {town}, {postcode}.",
)
VOICEMAIL = (
    "Voicemail from {first}: hi it's {name}, calling about my {merchant} cashback, order {order}, call me on {phone}, thanks.",
    "VM transcript: Hello, this is {name}, member number {member}, I'm ringing about claim {claim}. My number is {phone}. Bye.",
    "Voicemail (transcribed): hiya it's {nick} um about the {merchant} thing on {date}, ring me back on {phone}",
    "VM: Hi, message for {agent}, it's {full} returning your call, I'm on {phone} after five.",
    "voicemail left by {rel} of {pname}: call back on {phone2} re claim {claim}",
    "Voicemail: Hello, it's {name} from {town}, I still haven't had the {amount2} from {merchant}, email me on {email}.",
    "VM from unknown caller re {merchant} order {order}, {amount}, no name left, call back {phone}.",
)
CALLBACK = (
    "Called back {pname} ({first}'s {rel}) on {phone2}. Confirmed {merchant} order {order}, {amount}.",
    "Outbound to {pfull} on {phone2}: {first} asked us to speak to her {rel}. Claim {claim} explained.",
    "Tried {first} on {phone}, went to VM. Tried {rel} {pfirst} on {phone2}, answered, will pass on.",
    "Callback done: spoke to {name}, claim {claim} approved by {merchant}, {amount2} added.",
    "CB to {last} household, spoke to {pfirst}, said {first} is at work, will ring back after {date}.",
    "Rang {first} as promised, re {merchant}. She spelt her surname {lspell} so updated record.",
)
# Look-alike notes with no personal value: merchants, products and towns named like people,
# word-names used as words, order refs shaped like phones.
CLEAN = (
    "Caller rang about {merchant} order {order}, {amount}, placed {date}. Claim {claim} raised.",
    "Customer did not give a name. Query re {merchant} and the {product}, told to wait 8 weeks.",
    "Caller will ring back in June with the order number for {merchant}.",
    "Max cashback at {merchant} for {event} was {amount2}, caller got nothing on order {order}.",
    "Untracked: {merchant}, {date}, {amount}. Network ref {claim}. Rose gold item, returned?",
    "Caller from {town} asked why the {product} from {merchant} is declined. Claim {claim}.",
    "Will chase {merchant} re {order}. Caller has faith it'll come through.",
    "Rang re {event} offer at {merchant}; voucher {voucher} used so not eligible.",
    "order ref {order} (not a phone no.) for {merchant}, {amount}, claim {claim} pending",
    "Caller asked for a callback, number on file. {merchant} order {order}. Sorted.",
    "no name given, wanted to know about {merchant} {event} rates, told {amount2} max",
    "Customer spoke to {agent} last week re {merchant}; claim {claim} still open.",
    "Cashback for {merchant} order {order} declined, reason: returned on {date}.",
    "Caller rang from {town} about {merchant}, order {order}, total {amount}. Claim {claim}.",
    "Wrong number, caller wanted {merchant} customer services. Gave their line.",
    "Call dropped before ID&V. Mentioned {merchant} and {amount}. No claim raised.",
    "ID&V failed, caller couldn't confirm the email. Advised to log in. Re {merchant} {order}.",
    "Grace period for {event} orders at {merchant} ends {date}.",
    "Caller will send the {merchant} invoice for order {order}; amount {amount}.",
    "The {product} came from {merchant} in {town}, not online, so no cashback. Explained.",
    "Hope to hear from {merchant} by {date} re claim {claim}.",
    "Network says {merchant} paid {amount2} on {date}, claim {claim} closed.",
)
CLEAN_TURNS = (
    "A: Can I take the order number? || C: {order}. || A: And the retailer? || C: {merchant}.",
    "C: It was {amount} at {merchant} on {date}. || A: Thanks, I'll raise a claim: {claim}.",
    "A: Did you buy the {product}? || C: Yes, from {merchant}, in the {event} sale.",
    "C: will it take long? || A: Up to 12 weeks with {merchant}, I'm afraid.",
    "C: I'm in {town} but it was online, {merchant}. || A: That's fine.",
    "A: Are you happy for me to go ahead? || C: Yes please. || A: Done, {claim}.",
    "C: I'd rather not give my name. || A: That's ok, I can only give general info on {merchant} then.",
    "C: the order number's {order}, not my phone number, it just looks like one",
    "A: Any voucher used? || C: {voucher}. || A: Ah, that might be it.",
    "C: max I'd expect is {amount2} back || A: will do my best",
)
RELATIONS = (
    "husband", "wife", "partner", "mum", "dad", "son", "daughter", "mother", "father",
    "carer", "sister", "brother", "flatmate", "fiancé", "nan",
)  # fmt: skip
KV_FIELDS = (
    ("Caller", "{name}"), ("Name", "{name}"), ("Surname", "{last}"), ("First name", "{first}"),
    ("Spelling", "{lspell}"), ("Email", "{email}"), ("E-mail dictated", "{email}"),
    ("Tel", "{phone}"), ("Mobile", "{phone}"), ("Postcode", "{postcode}"), ("Addr", "{street}"),
    ("House", "{house}"), ("Member no", "{member}"), ("Retailer", "{merchant}"),
    ("Order ref", "{order}"), ("Order date", "{date}"), ("Amount", "{amount}"),
    ("Expected cb", "{amount2}"), ("Claim", "{claim}"), ("Town", "{town}"), ("Item", "{product}"),
    ("Voucher", "{voucher}"), ("Occasion", "{event}"), ("Agent", "{agent}"),
    ("3rd party", "{pname} ({rel})"),
)  # fmt: skip
KV_HEADS = ("CALL SUMMARY", "Call log", "Inbound call", "Phone note", "CALLBACK", "Ticket notes")
