"""The fresh13 test set: UK shopper and agent notes, its own people and places, two unseen layouts."""
