"""The Dask executor: the per-chunk work on a ``distributed`` cluster, results in job order.

``claims run --workers N`` starts a ``LocalCluster`` of N single-threaded worker processes on
127.0.0.1, over TLS with a certificate made for the run and held in memory; ``--scheduler
ADDRESS`` joins an existing cluster, over TLS or loopback only,
because the pseudonym key and the KEK travel to the workers (in memory, inside the
``ChunkPlugin``, never in a task). Workers never spill to disk: spilling is switched off for
a local cluster, and a worker that could spill outside a tmpfs folder refuses the plugin.

A task never raises on a worker: Dask would log the task with its arguments, so a failure
comes back as its exception's type (and a pipeline error's value-free message) and is raised
here. A worker lost mid-batch is retried by Dask on another worker (the task's inputs stay
with the scheduler until its result is read); a chunk that cannot finish fails the batch
before anything of the file is published, and a rerun starts again from the inbox.

Inputs that later jobs share (``executor.Sharing``: the batch list's parts) are each
submitted once, as a task that gives them back, and passed to every job that needs them as
that task's future: Dask moves each to a worker once and keeps it there, and the scheduler
can make it again if the worker holding it is lost.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from uuid import uuid4

import dask
from distributed import Client, Future, LocalCluster, Security, WorkerPlugin, get_worker

from pipeline.errors import ConfigError, PipelineError, StageError
from pipeline.runner.chunk import ChunkTools
from pipeline.runner.executor import ClusterSpec, Sharing, Work, check_address, is_loopback
from pipeline.runner.redact import LazyScanner, Scanner
from pipeline.vault import Keys

J = TypeVar("J")
R = TypeVar("R")

PLUGIN = "claims-chunk-tools"
# Chunks in flight per worker thread: enough to keep every worker busy while the driver
# stores and decides the previous chunk, few enough to bound the driver's memory.
AHEAD_PER_THREAD = 2
_NO_SPILL = {
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": 0.85,
    "distributed.worker.memory.terminate": 0.95,
    "distributed.scheduler.allowed-failures": 3,
}
_SHM = Path("/dev/shm")


class ChunkPlugin(WorkerPlugin):
    """Gives each worker its ``ChunkTools`` (keys in memory, the model loaded once there)."""

    name = PLUGIN

    def __init__(self, keys: Keys, scanner: Scanner) -> None:
        self._keys = keys
        self._scanner = scanner
        self.tools: ChunkTools | None = None

    def __repr__(self) -> str:
        return "ChunkPlugin()"

    def setup(self, worker: Any) -> None:
        _refuse_disk_spill(worker)
        self.tools = ChunkTools.of(self._keys, self._scanner)

    def teardown(self, worker: Any) -> None:
        self.tools = None


def _refuse_disk_spill(worker: Any) -> None:
    """A worker whose memory may spill to a disk folder gets no keys and no chunks."""
    memory = worker.memory_manager
    spills = memory.memory_target_fraction is not False or memory.memory_spill_fraction is not False
    if spills and not _on_tmpfs(Path(worker.local_directory)):
        raise PipelineError(
            "a Dask worker may spill chunks to disk outside a tmpfs folder; refused",
            hint="start workers with --memory-target-fraction False --memory-spill-fraction "
            "False, or a --local-directory on tmpfs (docs/security.md)",
        )


def _on_tmpfs(path: Path) -> bool:
    """Whether ``path`` lies on a tmpfs mount (Linux ``/proc/self/mounts``)."""
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    best, kind = "", ""
    target = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if (
            len(fields) >= 3
            and (target == fields[1] or target.startswith(fields[1].rstrip("/") + "/"))
            and len(fields[1]) > len(best)
        ):
            best, kind = fields[1], fields[2]
    return kind == "tmpfs"


class ClusterError(PipelineError):
    """The cluster could not run the batch's chunks (workers lost, scheduler gone)."""


@dataclass(frozen=True, slots=True)
class _Failed:
    """A task's failure without its inputs: the exception's type, a pipeline error's message."""

    error: str
    message: str


def _work(fn: Work[J, R], job: J, *shared: object) -> R | _Failed:
    """Run ``fn`` on this worker's tools, the job given its ``shared`` inputs back; never
    raise (Dask would log the task's arguments)."""
    try:
        plugin = get_worker().plugins[PLUGIN]
        tools = plugin.tools if isinstance(plugin, ChunkPlugin) else None
        if tools is None:
            return _Failed("PluginNotReady", "the worker has no chunk tools")
        if isinstance(job, Sharing):
            job = job.with_shared(shared)  # type: ignore[assignment]
        return fn(tools, job, None)
    except PipelineError as exc:
        return _Failed(type(exc).__name__, str(exc))
    except Exception as exc:
        return _Failed(type(exc).__name__, "")


def _given(value: object) -> object:
    """A shared input, held on a worker as this task's result."""
    return value


def _warm(dask_worker: Any) -> None:
    tools = dask_worker.plugins[PLUGIN].tools
    if tools is not None:
        tools.warm()


def _versions(dask_worker: Any) -> dict[str, str]:
    tools = dask_worker.plugins[PLUGIN].tools
    return tools.versions() if tools is not None else {}


class DaskExecutor:
    """Submits jobs to the cluster a few ahead and reads their results back in order."""

    def __init__(self, client: Client, described: dict[str, str]) -> None:
        self.client = client
        self.described = described
        self._warmed = False
        self._shared: dict[str, Future[Any]] = {}  # each shared input, once for the batch

    @property
    def cold(self) -> bool:
        return not self._warmed

    def map(
        self,
        fn: Work[J, R],
        jobs: Iterable[J],
        progress: Callable[[J, int], None] | None = None,
    ) -> Iterator[tuple[J, R]]:
        """Results in job order; progress moves as each chunk comes back, not within it."""
        ahead = max(1, AHEAD_PER_THREAD * sum(self.client.nthreads().values()))
        pending: deque[tuple[J, Future[Any]]] = deque()
        try:
            for job in jobs:
                pending.append((job, self._submit(fn, job)))
                if len(pending) >= ahead:
                    yield self._next(pending)
            while pending:
                yield self._next(pending)
        finally:
            for _, future in pending:
                future.release()

    def _submit(self, fn: Work[J, R], job: J) -> Future[Any]:
        name = getattr(fn, "__name__", "work")
        shared: list[Future[Any]] = []
        if isinstance(job, Sharing):
            for key, value in job.shared():
                if key not in self._shared:
                    self._shared[key] = self.client.submit(
                        _given, value, key=f"shared-{uuid4().hex}", pure=False
                    )
                shared.append(self._shared[key])
            job = job.with_shared(())  # type: ignore[assignment]
        return self.client.submit(_work, fn, job, *shared, key=f"{name}-{uuid4().hex}", pure=False)

    @staticmethod
    def _next(pending: deque[tuple[J, Future[Any]]]) -> tuple[J, Any]:
        job, future = pending.popleft()
        try:
            result = future.result()
        except Exception as exc:  # a worker lost more often than allowed, or the cluster gone
            raise ClusterError(
                f"the Dask cluster could not finish a chunk ({type(exc).__name__}); "
                "nothing of the file was published",
                hint="check the workers' memory and logs, then run again: the input is "
                "still in the inbox",
            ) from None
        finally:
            future.release()
        if isinstance(result, _Failed):
            raise StageError("redact", f"a Dask worker failed: {result.error} {result.message}")
        return job, result

    def warm(self) -> None:
        self.client.run(_warm)
        self._warmed = True

    def versions(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for _, found in sorted(self.client.run(_versions).items()):
            merged.update(found)
        return merged

    def cluster(self) -> dict[str, str]:
        return dict(self.described)


@contextmanager
def dask_executor(spec: ClusterSpec, keys: Keys, scanner: Scanner) -> Iterator[DaskExecutor]:
    """A Dask executor on a new local cluster (``spec.workers``) or an existing one."""
    with ExitStack() as stack:
        stack.enter_context(dask.config.set(_NO_SPILL))
        if spec.scheduler is not None:
            address = check_address(spec.scheduler)
            try:
                client = stack.enter_context(Client(address, set_as_default=False))
            except Exception as exc:  # unreachable, TLS refused, timed out
                raise ClusterError(
                    f"cannot reach the Dask scheduler at {address} ({type(exc).__name__})",
                    hint="check the address and, for tls://, the DASK_DISTRIBUTED__COMM__TLS__* "
                    "settings (docs/security.md)",
                ) from None
            kind = "scheduler"
        else:
            workers = spec.workers or 1
            scratch = Path(tempfile.mkdtemp(prefix="claims-dask-", dir=_scratch_root()))
            stack.callback(shutil.rmtree, scratch, True)
            # TLS even on loopback, with a certificate made for this run and held in memory
            # only: another user of this machine cannot join the cluster or read its traffic.
            security = Security.temporary()
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    protocol="tls://",
                    security=security,
                    dashboard_address=":0",  # no dashboard; its HTTP routes on a free loopback port
                    local_directory=str(scratch),
                )
            )
            client = stack.enter_context(Client(cluster, security=security, set_as_default=False))
            address = cluster.scheduler_address
            kind = "local"
        _check_workers(client)
        client.register_plugin(ChunkPlugin(keys, _for_workers(scanner)), name=PLUGIN)
        described = {
            "kind": kind,
            "scheduler": address,
            "workers": str(len(client.nthreads())),
            "threads": str(sum(client.nthreads().values())),
            "dask": version("dask"),
            "distributed": version("distributed"),
        }
        yield DaskExecutor(client, described)


def _for_workers(scanner: Scanner) -> Scanner:
    """The detector of one worker scans in that worker's process: the cluster is the
    parallelism (and a Dask worker, a daemon process, may not fork NER workers of its own)."""
    if isinstance(scanner, LazyScanner):
        return LazyScanner(scanner.detection.model_copy(update={"processes": 1}))
    return scanner


def _scratch_root() -> str | None:
    """A tmpfs folder for the workers' local directory when the machine has one."""
    return str(_SHM) if _SHM.is_dir() and _on_tmpfs(_SHM) else None


def _check_workers(client: Client) -> None:
    """Every worker must listen on TLS or loopback: results (tokens, values) pass between them."""
    workers = client.nthreads()
    if not workers:
        raise ConfigError(
            "the Dask cluster has no workers", hint="start workers, or use --workers N"
        )
    for address in workers:
        parts = urlsplit(address)
        if not (parts.scheme == "tls" or is_loopback(parts.hostname or "")):
            raise ConfigError(
                f"a Dask worker listens on {address}, neither TLS nor loopback; refused",
                hint="start every worker with TLS (docs/security.md)",
            )
