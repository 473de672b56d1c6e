"""Reading input files: decoding, delimiter sniffing, source profiles, canonical mapping.

This package is the only reader of input files.
"""

from pipeline.ingest.inbox import INPUT_SUFFIXES, InboxListing, RefusedEntry, list_inbox
from pipeline.ingest.reader import SourceFile, open_source
from pipeline.ingest.snapshot import (
    EntryKind,
    Snapshot,
    is_unchanged,
    open_regular,
    sha256_file,
    take_snapshot,
)
from pipeline.ingest.values import cell_problem, parse_date, parse_money

__all__ = [
    "INPUT_SUFFIXES",
    "EntryKind",
    "InboxListing",
    "RefusedEntry",
    "Snapshot",
    "SourceFile",
    "cell_problem",
    "is_unchanged",
    "list_inbox",
    "open_regular",
    "open_source",
    "parse_date",
    "parse_money",
    "sha256_file",
    "take_snapshot",
]
