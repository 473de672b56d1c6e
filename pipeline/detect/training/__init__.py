"""Build-time tools: the synthetic claim-note generator, the name lexicon builder, NER training.

Nothing here runs in the pipeline; these need the dev extras (faker, wordfreq) and write the
artefacts that ship in ``pipeline/detect/data/``. ``make lexicon`` and ``make train`` run them.
"""
