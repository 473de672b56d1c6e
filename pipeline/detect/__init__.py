"""Detection of personal data: column classification, Presidio and spaCy setup, custom recognizers.

Presidio and spaCy types stop inside this package: callers see ``Span`` and ``ColumnPlan``.
Importing it is cheap; the model and Presidio load only in ``load_detector``.
"""

from __future__ import annotations

from pipeline.detect.batchlist import BatchValues
from pipeline.detect.columns import ColumnPlan, classify_columns
from pipeline.detect.engine import Detector, load_detector
from pipeline.detect.guards import NAMING_NOUNS
from pipeline.detect.occasions import occasion_names
from pipeline.detect.patterns import PERSON_NAMED_BRANDS
from pipeline.detect.places import lone_places, place_names
from pipeline.detect.rowlists import WORD_NAMES
from pipeline.detect.spans import Span
from pipeline.models import FREE_TEXT

__all__ = [
    "FREE_TEXT",
    "NAMING_NOUNS",
    "PERSON_NAMED_BRANDS",
    "WORD_NAMES",
    "BatchValues",
    "ColumnPlan",
    "Detector",
    "Span",
    "classify_columns",
    "load_detector",
    "lone_places",
    "occasion_names",
    "place_names",
]
