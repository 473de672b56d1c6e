"""Claim-note templates written for the held-out set, and the note generator.

The templates imitate what shoppers type into a claim form and what analysts paste in:
terse lines, typos, lower case, SMS shorthand, forwarded e-mail fragments, sign-offs,
several lines. ``PERSONAL`` templates carry personal values; ``CLEAN`` ones carry none but
are full of things that look personal and must stay (merchants named like people,
products, towns, occasions, voucher codes, order refs that look like phones).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from heldout.contacts import Person
from heldout.render import Context, Note, render

PERSONAL: tuple[str, ...] = (
    # terse and lower case
    "{first:lower} says order never tracked",
    "ordered for {name:lower}, no cashback yet",
    "gift for {name:lower} - arrived fine but nothing showing",
    "my friend {name:lower} used my link",
    "pls chase, {first} keeps asking",
    "{first} says the {merchant:row} order went thru on the 3rd",
    "{first:any} says it was paid with paypal",
    "ask for {first} if u ring",
    "delivered to {first} next door",
    "it went on {first}'s account by mistake",
    "parcel signed for by {name}",
    "order placed by my husband {name} on his phone",
    "placed on behalf of my mum {name}",
    "daughter {first} ordered it, same address",
    "{surname:upper}, {first} - dup of earlier claim?",
    "customer: {name:sfirst}",
    "spoke w/ {name:initial} at {merchant} cust services",
    "Mrs {surname} rang twice about this",
    "mr {surname:lower} says the voucher wasnt applied",
    "{name} says she clicked thru from the app",
    "{name:upper} - CLAIM RAISED AGAIN",
    "hi its {first} again, still no cashback for order {ref}",
    "Hiya, {first} here. Bought the {product} from {merchant:row}, not tracked :(",
    "{first} and {first2} both ordered, only one tracked",
    "shared acct with {name2}, pls check both",
    "Order was for {name2:lower} (my sister) but paid on my card",
    "{first} sez the basket was {amount}",
    "thx {first}!!",
    "sent to my partner {first} at work",
    # contact details in passing
    "contact me on {phone} after 6pm",
    "my mob is {phone:odd}",
    "ring {phone:odd} pls not email",
    "tel: {phone}",
    "new number {phone:odd} (old one lost)",
    "email me at {email}",
    "pls reply to {email:obf}",
    "my email is {email:obf} not the one on file",
    "{email:obf}",
    "can u send confirmation to {email:obf} thanks",
    "contact {first} on {phone} or {email}",
    "Member no. {member}",
    "member id {member}, order {ref}",
    "my membership number is {member}",
    "acct {member} - second claim for this",
    "Member {member} says cashback declined wrongly",
    # addresses
    "delivered to {street}, {town} {postcode}",
    "lives on {street:nonum} now, moved in march",
    "{house}, {street:nonum}, {postcode:odd}",
    "address changed to {street} {postcode}",
    "postcode on order is {postcode:odd} not the old one",
    "send to {house} pls",
    "{street}\n{town}\n{postcode}",
    "delivery addr: {street}, {postcode:odd}",
    "billing {postcode} / delivery {postcode2}",
    "we're at {house} on {street:nonum}",
    "left at {street}, next to the {merchant} store",
    # forwarded e-mail fragments and sign-offs
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\n"
    "Subject: Re: missing cashback\n\nHi, my order {ref} never tracked.",
    "> On {date}, {name} wrote:\n> I bought a {product} and got nothing back\n\nPlease advise",
    "From: {email}\nSent: {date}\nTo: claims\nSubject: order {ref}\n\nstill waiting",
    "Dear Sir/Madam,\n\nI placed an order at {merchant:row} on {date}.\n\nKind regards,\n{name}",
    "Hi team\nno cashback on my {occasion} order\nthanks\n{first}",
    "please chase asap\n-- {first}",
    "see attached\n-- {name:initial}",
    "Regards\n{first} {surname:upper}\n{phone}",
    "cheers, {first} x",
    "Many thanks,\n{name}\n{street}\n{postcode}",
    "Sent from my iPhone\n\n{first} {surname}",
    "Thanks, {name:any}\nMob: {phone:odd}",
    "{first}\n\nSent from Outlook for Android",
    # SMS style, typos
    "hv ordered frm {merchant:row} twice, 2nd 1 not tracked. {first}",
    "recieved the {product} but no cashbak, {name:lower}",
    "ordred on {date} by {first:lower}, reciept attached",
    "cant see it in my acount, {first} {surname}",
    "wat happend to my cashback?? {phone}",
    "plz call {first:lower} on {phone:odd}",
    "{first:lower} {surname:lower} here, ordered at {merchant} on {occasion}",
    "order {ref} was my nan {name:lower}'s",
    "bought {product} for {first:lower}'s birthday",
    # analyst notes
    "Analyst: customer {name} confirmed order {ref} by phone",
    "Called {first}, no answer. Left msg on {phone}",
    "Spoke to {name}. Will resend receipt to {email}",
    "duplicate of claim {claim}? same shopper ({name:sfirst})",
    "Cust {surname:upper} disputes decline, see {email:obf}",
    "Note from {first} @ {merchant}: order found, untracked",
    "Retailer contact: {name} ({email})",
    "Shopper moved from {postcode} to {postcode2:odd}",
    "{name} / {phone} / {postcode}",
    "Escalated by {first:lower}. Member {member}.",
    "customer says her name on the order is {name2}, not {name}",
)

CLEAN: tuple[str, ...] = (
    "please chase asap",
    "no cashback showing",
    "order never tracked",
    "bought the {product} from {merchant}, nothing in my account",
    "ordered a {product} for {occasion}, no cashback",
    "{merchant} order {ref} - not tracked",
    "I also ordered {ref:other} the same day",
    "two orders: {ref} and {ref:other}",
    "used code {voucher} at checkout",
    "voucher {voucher} applied, total {amount}",
    "the {town} branch said it would track",
    "collected from the {town} shop",
    "picked up at {merchant} in {town}",
    "click and collect, {town}",
    "bought in the {occasion} sale",
    "{occasion} present, paid {amount}",
    "order {ref} placed {date}",
    "cashback should be {amount}",
    "spent {amount} at {merchant}",
    "{merchant:lower} order, clicked from app",
    "clicked thru on my phone then paid on laptop",
    "adblocker was off!!",
    "cookies accepted, still nothing",
    "why is this declined",
    "will this be paid soon?",
    "3rd time claiming this",
    "hi, any update?",
    "thanks",
    "see previous claim",
    "the {product} was returned, the other item kept",
    "only the {product} was mine",
    "returned the {product} but kept the rest",
    "{merchant} say it should have tracked",
    "retailer confirms order {ref}",
    "paid with apple pay, {merchant}",
    "basket {amount}, code {voucher}",
    "not sure why its pending",
    "order {ref} / {merchant}",
    "{merchant} and {merchant} both missing",
    "I bought a {product} and a {product}",
    "delivered to the {town} store",
    "Black Friday deal at {merchant}",
    "sale price {amount}",
    "{town} branch, order {ref}",
    "hi\n\nno cashback for my {merchant} order\n\nthanks",
    "Sent from my iPhone",
    "see attached receipt",
    "---------- Forwarded message ---------\nSubject: Your {merchant} order {ref}\n\n"
    "Thank you for your order.",
    "> On {date}, {merchant} wrote:\n> Your order has been dispatched",
    "ordered {date}, delivered {date}",
    "was told 8 weeks, its been 12",
    "cashback site says untracked",
    "pls escalate",
    "same as claim {claim}",
    "order ref {ref} (not the one in the email)",
    "used {voucher} and the {occasion} offer",
    "{product} x2",
    "Will it track if I used a voucher?",
    "had to reorder, first one cancelled",
    "amount on receipt {amount}",
    "bought from {merchant} outlet in {town}",
    "the {merchant} app crashed at checkout",
    "Grace period over? please check",
    "Max cashback was meant to be {amount}",
    "June sale order",
    "Heather grey {product} in size 12",
    "Rose gold watch from {merchant}",
    "will call back",
    "Ivy print cushions x4",
    "Summer order, paid {amount}",
)


def templates() -> Iterator[tuple[str, str]]:
    """Every template with its id: ``personal:<n>`` or ``clean:<n>``."""
    for i, template in enumerate(PERSONAL):
        yield f"personal:{i}", template
    for i, template in enumerate(CLEAN):
        yield f"clean:{i}", template


def draw_note(
    rng: random.Random,
    merchant: str,
    order_ref: str,
    claim_id: str,
    other_refs: list[str],
    clean_share: float = 0.3,
    fits: Callable[[str], bool] = lambda text: True,
    shopper: Person | None = None,
) -> Note:
    """One note for a claim row; ``fits`` rejects text the file's encoding cannot hold.

    With ``shopper``, the note's first person is the row's own shopper (the case the row
    deny-list covers); without, every person in it is someone else.
    """
    while True:
        pool, prefix = (CLEAN, "clean") if rng.random() < clean_share else (PERSONAL, "personal")
        index = rng.randrange(len(pool))
        refs = rng.sample(other_refs, min(2, len(other_refs))) if other_refs else []
        people = {"1": shopper} if shopper is not None else {}
        ctx = Context(rng, merchant, order_ref, claim_id, people=people, refs=refs)
        note = render(pool[index], ctx, f"{prefix}:{index}")
        if fits(note.text):
            return note
