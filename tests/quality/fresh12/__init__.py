"""The fresh12 test set: claim notes and a claim batch, written apart from the detector."""
