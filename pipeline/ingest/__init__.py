"""Reading input files: decoding, delimiter sniffing, source profiles, canonical mapping.

This package is the only reader of input files.
"""

from pipeline.ingest.reader import SourceFile, open_source, sha256_file
from pipeline.ingest.values import parse_date, parse_money

__all__ = ["SourceFile", "open_source", "parse_date", "parse_money", "sha256_file"]
