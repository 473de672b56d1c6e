"""The fresh11 test set: claim notes and claim files written apart from the detector and the other sets."""
