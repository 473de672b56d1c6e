"""The fresh held-out test set: its own names, places, note templates, layouts and profiles.

Written apart from the detector (``pipeline/detect``), the sample generator, the tuned set
(``tests/quality/build.py``) and the older held-out set (``tests/quality/heldout``, now seen):
nothing here was drawn from their lists, templates or layouts. It runs through the shared
harness (``tests/quality/harness``) with ``make eval-heldout`` (seen now: a regression set;
the held-out set is ``tests/quality/fresh2``).
"""
