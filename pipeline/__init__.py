"""Missing-commission claim pipeline: ingest, detect, pseudonymise, decide, report, dispose."""

__version__ = "0.1.0"
