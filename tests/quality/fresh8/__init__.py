"""The fresh8 test set: claim notes, layouts and profiles written apart from the detector."""
