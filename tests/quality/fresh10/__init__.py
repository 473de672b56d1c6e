"""The fresh10 test set: claim notes written apart from the detector and the other sets."""
