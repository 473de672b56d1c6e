"""What every evaluation set shares: the judge, the engines, the product run and the tables.

A set (``tests/quality/heldout``, ``tests/quality/fresh``, ``tests/quality/fresh2``) brings its own notes, layouts,
profiles and gold labels, and describes them in an ``EvalSet`` (``runner.py``); everything
that runs and scores them lives here, once.
"""
