"""Templates for the ``threads`` author: message bodies, headers, signatures, chat lines.

Slots in braces: claim values ``{merchant} {order} {claim} {date} {amount} {product}
{town} {event} {voucher} {network} {cashback} {hdate}``, unlabelled ``{time}``, the shopper
``{who} {full} {first} {sur} {email} {phone} {member} {street} {house} {postcode}`` and the
agent ``{agent} {afirst}``. A template without shopper or agent slots fits a clean note.
"""

from __future__ import annotations

SHOPPER_BODIES = (
    "Hi, I bought the {product} from {merchant} on {date} (order {order}) for {amount} but "
    "no cashback has tracked on my {network} account.",
    "my order {order} from {merchant} still isnt showing, it was {amount} on {date}. "
    "can you chase it please",
    "Hello,\nI'm writing again about claim {claim}. {merchant} confirmed the order {order} "
    "was placed through your link on {date}. The cashback should be {cashback}.",
    "I ordered during {event} from {merchant} and the {amount} purchase never appeared. "
    "Order number: {order}",
    "Please see the attached confirmation. Order {order}, {merchant}, {date}, total {amount}.",
    "Still nothing on claim {claim}?? It has been weeks. I will be contacting {merchant} "
    "directly if I don't hear back.",
    "I used the code {voucher} at {merchant} - would that stop the cashback tracking? "
    "Order {order} dated {date}.",
    "Delivery was to our {town} address, order {order}. The {product} cost {amount}.",
    "Hi {afirst}, thanks for getting back to me. The order ref is {order} and the date "
    "was {date}. My member number is {member}.",
    "Account: {member}\nOrder: {order}\nRetailer: {merchant}\nDate: {date}\nAmount: {amount}",
    "Can you update the address on my account to {street}, {town} {postcode}? "
    "The claim {claim} letters keep going to the old one.",
    "I'm the account holder, {full}. You can call me on {phone} any time after 5.",
    "Hi it's {first} again. My wife {full2} made the {merchant} order {order} on my "
    "account - will it still count?",
    "I bought a rose gold {product} in June from {merchant} for {amount}; max cashback was "
    "meant to be {cashback}. I will wait in good faith but please chase it.",
    "ORDER {order} FROM {merchant} STILL NOT TRACKED. PLEASE HELP.",
    "The parcel went to {house}, {street}, {town}, {postcode}. Order {order}.",
    "Mark this as urgent please - claim {claim} was declined but the {merchant} receipt "
    "clearly shows {amount} on {date}.",
    "Hope this helps. I have forwarded the {merchant} confirmation for order {order}.",
    "This is {first}'s account but my husband placed order {order} from {merchant}.",
    "sorry for the delay, was away in {town}. order {order} was {amount}, bought {date}",
    "Will you let me know when claim {claim} is approved? Frank answer please.",
    "I ordered the {product} for {event}, {merchant} order {order}. Receipt attached.",
    "i got a bill from {merchant} for {amount} so the order {order} definitely went through",
    "Could you reply to {email} rather than my work address please. Order {order}.",
    "My address is {house}, {street}, {postcode} and member no. {member}",
)  # fmt: skip

AGENT_BODIES = (
    "Thank you for contacting {network}. We have raised claim {claim} with {merchant} for "
    "order {order} ({amount}, {date}).",
    "Dear {who},\n\nThanks for your patience. {merchant} has approved claim {claim}; "
    "{cashback} will show as pending within 7 days.",
    "Hi {afirst}, can you check the tracking on {order}? The member is {member}.",
    "Hello {who}, unfortunately {merchant} has declined claim {claim} because a voucher "
    "({voucher}) not listed on our site was used.",
    "We have passed claim {claim} to {merchant} via {network}. Retailers normally answer "
    "within 30 days, so we expect an update by {date}.",
    "Hi {first}, I have updated your address to {street}, {postcode}. Claim {claim} "
    "is still with {merchant}.",
    "Please could you confirm the order number and the date of purchase? We cannot find "
    "order {order} under member {member}.",
    "Hi there, the claim {claim} for {merchant} ({amount}) was submitted on {date}. "
    "We will be in touch once the retailer replies.",
    "Dear customer, your {event} order {order} from {merchant} is now tracked at {cashback}.",
    "Thanks {who}. I can see the {product} purchase from {merchant} on {date}; "
    "I have raised it as claim {claim}.",
    "Mrs {sur} called in about order {order}; spoke to her on {phone}. Claim {claim} opened.",
    "Summer sale orders from {merchant} are taking longer to confirm. Claim {claim} "
    "is queued and we will update you by {date}.",
    "I have checked {first}'s account ({member}) and the {merchant} visit on {date} "
    "is there, but no order {order} was reported.",
    "Hello, Grace here from {network}. Claim {claim} is now approved.",
    "Hi {who}, please do not send card details by email. We only need order {order}.",
    "We will be in touch. May we ask for a screenshot of the {merchant} order {order}?",
)  # fmt: skip

SHOPPER_SIGNOFFS = (
    "Thanks,\n{first}", "Kind regards,\n{full}", "Cheers {first}", "Many thanks\n{full}",
    "Regards, {sur_comma}", "{first} x", "Best,\n{initials}", "Thanks\n{nick}", "thx {first}",
    "Thanks again,\n{full}\n{phone}",
)  # fmt: skip
CLEAN_SIGNOFFS = ("Thanks", "Kind regards", "Cheers", "Many thanks", "Sent from my iPhone",
                  "Thanks in advance", "Regards")  # fmt: skip
AGENT_SIGNOFFS = (
    "Kind regards,\n{agent}\n{network} Member Services", "Best wishes,\n{afirst} | {network}",
    "Regards,\n{agent}\nClaims Team", "Thanks,\n{afirst} (Customer Support)",
    "Kind regards,\n{agent}\nClaims Executive, {network}\nDD: {phone}",
    "Many thanks\n\n{agent} | Member Support\n{network} | {phone}",
)  # fmt: skip
CLEAN_AGENT_SIGNOFFS = (
    "Kind regards,\nThe {network} Team", "Best wishes,\nMember Services | {network}",
    "Regards,\nClaims Team\n{network}", "The {network} Support Team",
)  # fmt: skip

SUBJECTS = (
    "Re: Missing cashback - {merchant} order {order}", "Fw: Claim {claim}",
    "RE: Your claim {claim} has been updated", "Missing commission {merchant} {date}",
    "Re: Re: {event} order not tracked", "Fwd: Your {merchant} order confirmation",
    "Claim update: {claim}", "[Ticket #{claim}] cashback query",
)  # fmt: skip

JOB_TITLES = (
    "Senior Procurement Officer", "Head of Operations", "Account Manager", "Retired",
    "Practice Manager", "Software Engineer", "Teaching Assistant", "Finance Director",
    "Office Administrator", "Staff Nurse", "Director", "PA to the CEO",
)  # fmt: skip
COMPANIES = (
    "Northwind Logistics Ltd", "Brightside Dental Practice", "Acorn Primary School",
    "Halcyon Analytics plc", "Greenfield Surveying LLP", "NHS Trust", "Blue Fern Studio",
)  # fmt: skip

DISCLAIMERS = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message may be privileged. Any "
    "unauthorised use is prohibited.",
    "Please consider the environment before printing this email.",
    "Registered in England and Wales. Company No. 04812345. VAT No. GB 123 4567 89.",
    "Get Outlook for Android",
    "Sent from my Galaxy",
    "Sent from Mail for Windows",
    "This message has been scanned for viruses.",
)  # fmt: skip

FORWARD_HEADS = (
    "---------- Forwarded message ---------", "-----Original Message-----",
    "Begin forwarded message:", "________________________________",
)  # fmt: skip
TOP_NOTES = (
    "FYI see below", "Forwarding the {merchant} email as requested.", "See thread below.",
    "Customer forwarded this:", "pasted from the member's email:", "see below re {claim}",
    "Adding the retailer response for {claim}.",
)  # fmt: skip

CHAT_SHOPPER = (
    "hi there", "my cashback from {merchant} hasnt tracked", "order number is {order}",
    "it was {amount} on {date}", "I bought it on {event}", "yes thats right",
    "email is {email}", "my number is {phone}", "member id {member}", "ok thanks",
    "the {product}, delivered to {town}", "postcode {postcode}", "its {full}",
    "will it be long?", "is claim {claim} still open", "used code {voucher}",
    "you can call me on {phone}", "im at {street}", "thanks {afirst}!",
    "email me at {email_link}", "its {first}'s account, my partner", "my name is {full}",
    "FIRST ORDER WAS {order}", "i live in {town}, {postcode}",
)  # fmt: skip
CHAT_AGENT = (
    "Hi, you're through to {network} support, I'm {afirst}.", "Thanks, let me check that",
    "Can I take the order number please?", "I can see claim {claim} for {merchant}.",
    "It is with {merchant} now; they reply within 30 days.",
    "Could you confirm the email on the account?", "Thanks {first}, one moment",
    "I've raised claim {claim} for {amount}.", "Is there anything else I can help with?",
    "Chat transferred to {agent}", "That order {order} is showing as declined.",
)  # fmt: skip
CHAT_CLEAN = (
    "Hi, you're through to {network} support.", "Thanks, let me check that",
    "Can I take the order number please?", "I can see claim {claim} for {merchant}.",
    "order number is {order}", "it was {amount} on {date}", "bought it in the {event} sale",
    "the {product} from {merchant}", "ok thanks", "will it be long?", "Will do",
    "Chat transferred to an agent", "Is there anything else I can help with?",
    "max cashback is {cashback}", "delivered to {town}", "hope so", "mark it as resolved",
)  # fmt: skip

AUTO_REPLIES = (
    "Automatic reply: {subject}\n\nThank you for your email. I am out of the office until "
    "{hdate} with limited access to email. For urgent claims please contact {agent} on {phone}.",
    "Out of Office: I'm away until {hdate}. Your message about claim {claim} has been "
    "logged. Regards, {afirst}",
    "Thank you for contacting {network}. This is an automated reply; we aim to respond "
    "within 5 working days. Your reference is {claim}.",
    "AUTO-REPLY: This mailbox is not monitored. Please log in to {network} to track claim "
    "{claim}.",
)  # fmt: skip

SNIPPETS = (
    "From: {full} <{email}>\nSent: {hdate}\norder {order} not tracked",
    "pasted: On {hdate}, {full} wrote: > my {merchant} order {order} hasnt tracked",
    "> {merchant} order {order}, {amount}\n> {first}",
    "[{hdate} {time}] {full}: order {order} for {amount} from {merchant} still missing",
    "member replied by email ({email}): the order was {order} on {date}",
    "Fwd from {merchant}: order {order} confirmed {date}, {amount}. Customer: {full}",
    "RE: claim {claim} -- {first} says the {product} was bought on {date}",
    "From: \"{sur_comma}\" <{email}>\nSubject: {subject}\n\n{merchant} {order} {amount}",
    "chat w/ {afirst}: member {member} confirmed order {order} ({amount})",
    "{full} wrote:\n> can u check order {order} pls, its been ages\n> sent from my iPhone",
    "email from Mrs {sur}: {merchant} {date} {amount} ref {order}",
    "From: {merchant} Customer Services\nSubject: Your order {order}\n"
    "Thanks for your order of {amount} on {date}.",
    "> Your {merchant} order {order} has been dispatched",
    "On {hdate} {network} Support wrote: claim {claim} raised with {merchant}",
    "[{time}] Agent: claim {claim} approved, {cashback} pending",
    "auto-reply from {merchant}: we have received your query about order {order}",
    "**Order:** {order}  **Retailer:** {merchant}  **Total:** {amount}  **Date:** {date}",
    "Subject: {subject}\n-- sent via {network} app --",
    "<p>Order {order}&nbsp;&nbsp;{merchant}&nbsp;{amount}</p>",
    "FW: {merchant} receipt {date} / {amount} / claim {claim}",
    "Will check with {merchant} re order {order}. Max tracking time is 90 days.",
)  # fmt: skip
