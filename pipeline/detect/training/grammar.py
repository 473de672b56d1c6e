"""Sentences about people, composed for training: a cue, a name in some form, a predicate.

The training split mixes these with ``vocab.TRAIN``; the dev split never uses them.
Slots are those of ``generate.Generator``.
"""

from __future__ import annotations

import random

# Where the name stands at the start of a clause, and what may follow it.
_BEFORE = (
    "", "", "", "Customer ", "customer ", "cust ", "Member ", "my husband ", "My wife ", "my son ",
    "my daughter ", "my mum ", "my dad ", "my friend ", "my partner ", "our neighbour ",
    "her brother ", "his sister ", "colleague ", "the account holder ", "Agent ", "Mr ", "Mrs ",
    "Ms ", "Dr ", "Miss ", "Prof ", "and ", "also ", "then ", "apparently ", "so ", "but ",
)  # fmt: skip
_AFTER = (
    " phoned", " rang", " rang us", " called in", " emailed us", " wrote in", " says", " said",
    " told me", " confirmed", " is chasing this", " wants an update", " has the receipt",
    " complained", " paid {amount}", " placed the order", " bought the {product}",
    " ordered from {merchant}", " used the app", " is the account holder", " will call back",
    " asked about claim {claim}", " never got the cashback", " thinks it tracked",
    " made the purchase", " returned the item", " lives nearby", " is on holiday",
    " can confirm", " sent a screenshot", " needs this sorted", " was charged {amount}",
    " got a refund", " spoke to {merchant}", " is unhappy", " mentioned {order}",
    " asks why", " reckons", " agreed", " disagrees", " noticed on {date}", ":", " -", ",",
    " (customer)", " here", " again", " x", " is waiting", " chased on {date}",
)  # fmt: skip
# Cues before a name at the end of a clause.
_CUES = (
    "spoke to", "spoke with", "talked to", "ask for", "asked for", "delivered to", "gift for",
    "bought for", "ordered for", "on behalf of", "sent to", "signed for by", "collected by",
    "placed by", "according to", "cc", "from", "Regards,", "Thanks,", "thanks", "cheers",
    "--", "-", "contact", "call", "email", "message from", "note from", "per", "attn:", "FAO",
    "Dear", "Hi", "Hello", "re:", "for", "with", "via", "by", "left with", "handed to",
    "passed to", "the parcel was for", "name on the order is", "account in the name of",
    "refer to", "checked with", "love,", "best,", "x", "my name is", "this is", "I am",
    "it's", "ordered by", "paid by", "card belongs to", "it was", "who is",
)  # fmt: skip
_TAILS = ("", "", "", ".", ".", "!", " please", " today", " yesterday", " about it",
          " re order {order}", " on {date}", " at {merchant}", " asap", " again")  # fmt: skip
NAME_SLOTS = (
    "name", "name", "name", "lower_name", "name_upper", "first", "first", "first", "lower_first",
    "surname", "initial_name", "name_native", "surname_first",
)  # fmt: skip
FILLERS = (
    "{merchant} order {order} on {date} for {amount}", "the {product} from {merchant}",
    "voucher {voucher} was used", "claim {claim} pending", "the {town} branch says no record",
    "bought on {event}", "please chase asap", "no cashback yet", "Order {order}, {amount}",
    "ask the {town} shop", "tracked? no", "used code {voucher}", "{product} cost {amount}",
    "still waiting since {date}", "I also ordered {order_phone}", "any news?", "ref {order}",
    "Please Chase ASAP", "PLEASE CHASE", "will chase {merchant}", "the {product} was a gift",
    "{merchant} say it tracked", "paid by card on {date}", "{event} sale", "see claim {claim}",
)  # fmt: skip


def person_sentence(rng: random.Random) -> str:
    """One clause with a person's name in it, as a template with slots."""
    slot = "{" + rng.choice(NAME_SLOTS) + "}"
    if rng.random() < 0.5:
        return rng.choice(_BEFORE) + slot + rng.choice(_AFTER) + rng.choice(_TAILS)
    return rng.choice(_CUES) + " " + slot + rng.choice(_TAILS)


def filler_sentence(rng: random.Random) -> str:
    return rng.choice(FILLERS)
