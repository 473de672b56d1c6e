"""The batch: each stage in its own module, wired by ``run_batch``.

``batch`` wires them; ``claimfile`` and ``orderfile`` are the two file stages; ``plan``
plans columns, ``redact`` redacts chunks, ``chunk`` is the per-chunk work as pure functions
that ``executor`` runs here or, through ``cluster``, on Dask workers, ``gate`` is the publishing gate (the
residual-leak check and its policy), ``watch`` is ``claims watch``. The workspace's folders,
lock and processed record are ``pipeline.workspace``; the canonical mapping is
``pipeline.ingest.mapping``.
"""

from __future__ import annotations

from pipeline.runner.batch import run_batch
from pipeline.runner.executor import ClusterSpec
from pipeline.runner.redact import Scanner
from pipeline.runner.timing import ProgressFn
from pipeline.runner.watch import Settle, Watcher

__all__ = ["ClusterSpec", "ProgressFn", "Scanner", "Settle", "Watcher", "run_batch"]
