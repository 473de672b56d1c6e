"""The independent held-out test set: its own generator, name sources, layouts and scorer.

Nothing here is shared with the detector (``pipeline/detect``), the sample generator
(``samples/generate.py``) or the older evaluation set (``tests/quality/build.py``): the
names, places, note templates and layouts were written for this set alone, so the figures
it gives are figures on text the detector was never built from.
"""
