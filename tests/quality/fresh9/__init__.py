"""The fresh9 test set: claim notes, presidio-evaluator sentences and three unseen layouts.

Written apart from the detector, the sample generator and every other set; see README.md.
"""
