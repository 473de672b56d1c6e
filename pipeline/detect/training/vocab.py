"""What the synthetic claim notes are made of: sentence templates and the must-keep words.

Two template sets: ``TRAIN`` feeds ``make train``; ``DEV`` is held out of training and
tuning and only measures (``tests/quality/dev.py``). Slots in braces are personal values
(upper case) or must-keep values (lower case); see ``generate.py``.
"""

from __future__ import annotations

TRAIN = (
    "Customer {name} says the cashback for order {order} never tracked.",
    "spoke to {first} on the phone, she confirmed the {merchant} order of {amount}.",
    "Please contact {name} on {phone} about claim {claim}.",
    "{name} placed the order on {date} at {merchant}, paid {amount}.",
    "my friend {lower_name} bought the {product} for me",
    "gift for {lower_name} - {merchant} order {order}, no cashback yet",
    "{first} says it was bought on {date}",
    "ask for {first} at the {town} branch if you need the receipt",
    "delivered to {first} at {street}, {postcode}",
    "it went on {first_poss} account, not mine",
    "{upper_last}, {first} - order {order}",
    "-- {first}",
    "thanks, {initial_name}",
    "-- {initial_name}",
    "email me at {email} or call {phone}",
    "my email is {email}",
    "you can reach me on {phone} after 5pm",
    "I live at {street}, {addr_town} {postcode}",
    "address: {house}, {street_noun}, {postcode}",
    "Member no. {member}, claim {claim}, {merchant} {amount}",
    "membership number {member} - please chase asap",
    "account id {member}. Order {order} on {date}",
    "My husband {name} made the purchase using my account",
    "Ordered on behalf of {name}, {email}",
    "{name_upper} ORDERED ON {date}",
    "The {product} from {merchant} was a present for {first}.",
    "used voucher {voucher} at checkout, total {amount}",
    "bought on {event}, voucher {voucher}",
    "{merchant} confirmed order {order} was placed on {date}.",
    "He lives on {street_noun} near the {town} shop.",
    "{surname} lives on {street_noun}.",
    "Dr {surname} has the receipt for {amount}",
    "Regards, {name}",
    "cheers {first}",
    "I also ordered {order_phone} the same day",
    "Mrs {surname} rang about order {order}",
    "please send the cashback to {name_native}",
    "post goes to {house}, {postcode}",
    "hi its {lower_first} again, still nothing for {merchant}",
    "Order {order} for the {product} ({amount}) did not track.",
    "please chase asap",
    "no cashback for the {product}, bought {date}",
    "claim {claim} still pending, order {order}",
)
DEV = (
    "Note from agent: {name} phoned, {merchant} order {order} still missing.",
    "{first} told us the {product} cost {amount}.",
    "Cust. is {lower_name}; prefers email {email}",
    "Parcel left with neighbour {first} at {street}.",
    "contact no {phone} (evenings), pc {postcode}",
    "{name} ({email}) - {merchant}, {date}",
    "Bought for {first_poss} birthday on {date} from {merchant}.",
    "{upper_last}, {first} rang re claim {claim}",
    "Ref {order}: {first} wants an update",
    "- {initial_name}",
    "Home is {house}, {street_noun}, {addr_town}",
    "mem no {member} / order {order}",
    "membership no. {member}",
    "Customer id: {member}, voucher {voucher} applied",
    "paid {amount} on {event} using {voucher}",
    "The {town} store has no record of order {order}.",
    "{surname} says it arrived on {date}.",
    "email {email} | tel {phone}",
    "address {street}, {postcode} {addr_town}",
    "my wife {lower_first} ordered the {product}",
    "order placed by {name_upper} on {date}",
    "{name_native} paid {amount}",
    "told to ask for {first} in customer services",
    "she lives on {street_noun} apparently",
    "second order {order_phone} also missing",
    "Order {order} ({merchant}) - {amount} - nothing tracked.",
    "any update please? claim {claim}",
    "the {product} came on {date}",
)
MERCHANTS = (
    "John Lewis", "Ted Baker", "Marks & Spencer", "ASOS", "Boots", "Currys", "Argos", "Jo Malone",
    "Charlotte Tilbury", "Karen Millen", "Next", "Boden", "Joules", "Dunelm", "Very", "Oliver Bonas",
    "Hotel Chocolat", "Kurt Geiger", "Clarks", "Matalan", "Phase Eight", "Laura Ashley",
    "Emma Bridgewater", "Cath Kidston", "Paul Smith", "Lush", "Superdrug", "Wayfair", "Schuh",
)  # fmt: skip
# Product names that hold a first name, a surname or a place.
PRODUCTS = (
    "Millie skirt", "Ruby Star trainers", "Peter Rabbit mug", "Harriet dress", "Alfie coat",
    "Emma mattress", "Sophia sandals", "Jasper sofa", "Hamilton watch", "Clara blouse",
    "Georgia jumpsuit", "Oscar lamp", "Isla bag", "Marlow chair", "Edith vase", "Freya bra",
    "Luna pyjamas", "Barbour jacket", "Stanley flask", "Oakley sunglasses", "Winston armchair",
    "Paddington bear", "Molly boots", "Grace kimono", "Lola candle", "Evie jeans",
    "Heather jumper", "Daisy print dress", "Archie cot bed", "Beatrix Potter book set",
)  # fmt: skip
TOWNS = (
    "Burton", "Beverley", "Leeds", "Kendal", "Stamford", "Bury", "Crewe", "Wells", "Ely", "Hull",
    "Chester", "Ilkley", "Ludlow", "Morley", "Lincoln", "Darlington", "Preston", "Harlow",
)  # fmt: skip
EVENTS = ("Valentine's Day", "Mother's Day", "Father's Day", "Black Friday", "Boxing Day",
          "St Patrick's Day", "Christmas Eve")  # fmt: skip
HOUSE_NAMES = (
    "Ivy House", "Rose Cottage", "The Old Rectory", "Meadow View", "Willow Barn", "Oak Lodge",
    "The Coach House", "Holly Bank", "Fern Villa", "Orchard End", "Hillcrest", "Brook Farm",
    "Ashdene", "The Granary", "Badgers Wood", "Pear Tree Cottage",
)  # fmt: skip
VOUCHER_WORDS = ("SOPHIE", "WELCOME", "SPRING", "EMMA", "RUBY", "JACK", "SUMMER", "MAX", "LILY",
                 "SAVE", "FREYA", "GEORGE", "XMAS", "NEWYOU")  # fmt: skip
