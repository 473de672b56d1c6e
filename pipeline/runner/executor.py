"""Where the per-chunk work runs: in this process, or on a Dask cluster (``runner.cluster``).

The claim-file stage hands its pure chunk functions (``runner.chunk``) to an ``Executor``
and reads the results back in job order, so the outputs are the same wherever the work ran.
``open_executor`` gives the in-process one without a ``ClusterSpec``, else a Dask one; Dask
is imported only then.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Protocol, TypeVar, runtime_checkable
from urllib.parse import urlsplit

from pipeline.errors import ConfigError
from pipeline.runner.chunk import ChunkTools
from pipeline.runner.redact import Scanner
from pipeline.vault import Keys

J = TypeVar("J")
R = TypeVar("R")
# A pure function of the process's tools and one job; the third argument, when given, is
# told how far the job has got (only where it runs in this process).
Work = Callable[[ChunkTools, J, Callable[[int], None] | None], R]


@runtime_checkable
class Sharing(Protocol):
    """A job some of whose inputs later jobs share (the batch list's parts): an executor
    that runs jobs elsewhere sends each shared input once, not with every job."""

    def shared(self) -> tuple[tuple[str, object], ...]:
        """The shared inputs, each under a key that names it for the whole batch."""
        ...

    def with_shared(self, shared: Sequence[object]) -> Sharing:
        """The job with the shared inputs given (in ``shared()``'s order), or left out."""
        ...


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """``claims run --workers N`` (a local cluster) or ``--scheduler ADDRESS`` (an existing one)."""

    workers: int | None = None
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if (self.workers is None) == (self.scheduler is None):
            raise ConfigError("give either --workers N or --scheduler ADDRESS, not both")
        if self.workers is not None and self.workers < 1:
            raise ConfigError(f"--workers {self.workers}: at least 1 worker is needed")
        if self.scheduler is not None:
            check_address(self.scheduler)


def check_address(address: str) -> str:
    """The scheduler address when it is TLS or loopback; else a ConfigError naming it."""
    text = address.strip()
    parts = urlsplit(text if "://" in text else f"tcp://{text}")
    host = parts.hostname or ""
    if parts.scheme == "tls" and host:
        return text
    if parts.scheme == "tcp" and is_loopback(host):
        return text
    raise ConfigError(
        f"--scheduler {text} is neither TLS nor loopback: the pseudonym key and the "
        "key-encryption key travel to the workers, so only tls://HOST:PORT or "
        "tcp://127.0.0.1:PORT (localhost, [::1]) is allowed",
        hint="start the scheduler and workers with TLS (see docs/security.md)",
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Executor(Protocol):
    """Runs pure functions of (tools, job) and gives the results back in job order."""

    def map(
        self,
        fn: Work[J, R],
        jobs: Iterable[J],
        progress: Callable[[J, int], None] | None = None,
    ) -> Iterator[tuple[J, R]]:
        """``(job, fn(tools, job))`` for each job, in order; jobs are read ahead as needed.

        ``progress`` hears how far a job running in this process has got.
        """
        ...

    @property
    def cold(self) -> bool:
        """True while the detection model has still to load somewhere."""
        ...

    def warm(self) -> None:
        """Load the detection model wherever chunks run."""
        ...

    def versions(self) -> dict[str, str]:
        """The detector's versions (once loaded)."""
        ...

    def cluster(self) -> dict[str, str]:
        """The cluster used, for the report (empty in this process)."""
        ...


class LocalExecutor:
    """The single-process path: each job runs here, when the stage asks for its result."""

    def __init__(self, tools: ChunkTools) -> None:
        self.tools = tools

    def map(
        self,
        fn: Work[J, R],
        jobs: Iterable[J],
        progress: Callable[[J, int], None] | None = None,
    ) -> Iterator[tuple[J, R]]:
        for job in jobs:
            told = partial(progress, job) if progress is not None else None
            yield job, fn(self.tools, job, told)

    @property
    def cold(self) -> bool:
        return self.tools.cold

    def warm(self) -> None:
        self.tools.warm()

    def versions(self) -> dict[str, str]:
        return self.tools.versions()

    def cluster(self) -> dict[str, str]:
        return {}


def run_one(executor: Executor, fn: Work[J, R], job: J) -> R:
    """One job through the executor."""
    for _, result in executor.map(fn, [job]):
        return result
    raise AssertionError("an executor gave no result")  # pragma: no cover


@contextmanager
def open_executor(spec: ClusterSpec | None, keys: Keys, scanner: Scanner) -> Iterator[Executor]:
    """The executor of a batch: in this process without ``spec``, else on Dask."""
    if spec is None:
        yield LocalExecutor(ChunkTools.of(keys, scanner))
        return
    from pipeline.runner.cluster import dask_executor

    with dask_executor(spec, keys, scanner) as executor:
        yield executor
