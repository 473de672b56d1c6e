"""The batch on a 2-worker Dask LocalCluster: the same bytes as one process, a worker killed
mid-batch, nothing personal in worker logs or folders, and only TLS or loopback schedulers.

The cluster tests share one LocalCluster (module scope) on 127.0.0.1, through
``--scheduler``; one test starts its own through ``--workers 2``. Chunks are small, so
every file has several chunks in flight at once.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dask
import pytest
from distributed import Client, LocalCluster

from pipeline.config import Settings, load_settings
from pipeline.errors import ConfigError, PipelineError
from pipeline.runner import ClusterSpec, Scanner, run_batch
from pipeline.runner.cluster import _NO_SPILL, _refuse_disk_spill
from pipeline.vault import Keys, new_keys
from tests.quality import build
from tests.stubs import KILL_TRIGGER, DenyListScanner, KillingScanner, with_chunk_rows

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)
CHUNK_ROWS = 40
GENERATED_ROWS = 240


# -- no cluster needed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["tls://claims-scheduler.internal:8786", "tcp://127.0.0.1:8786", "localhost:8786",
     "tcp://[::1]:8786", "tcp://127.8.9.10:8786"],
)  # fmt: skip
def test_tls_and_loopback_schedulers_are_accepted(address: str) -> None:
    assert ClusterSpec(scheduler=address).scheduler == address


@pytest.mark.parametrize(
    "address",
    ["tcp://10.0.0.5:8786", "10.0.0.5:8786", "tcp://scheduler.internal:8786",
     "ws://127.0.0.1:8786", "inproc://127.0.0.1/1/2", "tcp://0.0.0.0:8786"],
)  # fmt: skip
def test_other_schedulers_are_refused(address: str) -> None:
    with pytest.raises(ConfigError, match="neither TLS nor loopback"):
        ClusterSpec(scheduler=address)


def test_the_cli_refuses_a_plain_remote_scheduler_with_one_error_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--data", str(tmp_path / "data"), "run",
         "--scheduler", "tcp://192.0.2.7:8786"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert not result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: --scheduler tcp://192.0.2.7:8786")
    assert not (tmp_path / "data").exists()


def test_workers_and_scheduler_together_are_refused() -> None:
    with pytest.raises(ConfigError, match="not both"):
        ClusterSpec(workers=2, scheduler="tcp://127.0.0.1:8786")


def test_a_worker_that_may_spill_to_disk_gets_no_keys(tmp_path: Path) -> None:
    spilling = SimpleNamespace(
        memory_manager=SimpleNamespace(memory_target_fraction=0.6, memory_spill_fraction=0.7),
        local_directory=str(tmp_path),
    )
    with pytest.raises(PipelineError, match="spill"):
        _refuse_disk_spill(spilling)
    spilling.memory_manager = SimpleNamespace(
        memory_target_fraction=False, memory_spill_fraction=False
    )
    _refuse_disk_spill(spilling)


# -- on a cluster ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    address: str
    folder: Path  # the workers' local directory


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Two single-threaded worker processes; a task whose workers die twice fails."""
    folder = tmp_path_factory.mktemp("dask-workers")
    config = {**_NO_SPILL, "distributed.scheduler.allowed-failures": 1}
    with (
        dask.config.set(config),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",  # no dashboard; its HTTP routes on a free loopback port
            local_directory=str(folder),
        ) as local,
    ):
        yield Cluster(local.scheduler_address, folder)


@dataclass(frozen=True)
class Inputs:
    folder: Path  # inbox/ and orders/
    planted: frozenset[str] = field(repr=False)  # personal values the files hold


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    """A generated TopCashback file and its orders, one comment of it the kill trigger."""
    folder = tmp_path_factory.mktemp("generated")
    planted: set[str] = set()

    def keep(entry: dict[str, Any]) -> None:
        if entry["kind"] != "KEEP" and len(entry["value"]) >= 6:
            planted.add(entry["value"])

    generator = build.load_generator()
    generator.generate(
        folder, rows=GENERATED_ROWS, seed=20261201, layouts=["topcashback"], gold=keep
    )
    claims = next((folder / "inbox").rglob("*.csv"))
    with claims.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    notes = rows[0].index("Member Comments")
    rows[GENERATED_ROWS // 2][notes] = f"please look again {KILL_TRIGGER}"
    with claims.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return Inputs(folder, frozenset(planted))


@pytest.fixture(scope="module")
def keys() -> Keys:
    return new_keys()


def _settings(data: Path) -> Settings:
    base = load_settings(data_dir=data)
    return with_chunk_rows(base, CHUNK_ROWS)


def _run(
    data: Path,
    inputs: Path,
    keys: Keys,
    spec: ClusterSpec | None,
    scanner: Scanner | None = None,
) -> dict[str, str]:
    """A batch on a copy of ``inputs``; its outputs' digests (``_outputs``)."""
    if not data.exists():
        for name in ("inbox", "orders"):
            shutil.copytree(inputs / name, data / name)
    run_batch(_settings(data), now=NOW, keys=keys, scanner=scanner, cluster=spec)
    return _outputs(data)


def _outputs(data: Path) -> dict[str, str]:
    """The SHA-256 of each redacted, decisions and response file, published (out/) or held
    back by the leak check (quarantine/outputs/: the stub detector misses other rows' names
    in comments). Digests, so a failing comparison prints no cell."""
    found: dict[str, str] = {}
    for folder in (data / "out", data / "quarantine" / "outputs"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                found[path.relative_to(data).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return found


@pytest.mark.cluster
@pytest.mark.enable_socket
@pytest.mark.model
def test_samples_on_workers_2_are_byte_identical_to_one_process(tmp_path: Path, keys: Keys) -> None:
    """``--workers 2``, the real detector loaded once in each worker."""
    samples = ROOT / "samples"
    alone = _run(tmp_path / "alone", samples, keys, None)
    spread = _run(tmp_path / "spread", samples, keys, ClusterSpec(workers=2))
    assert alone and spread == alone
    assert {p.split("/")[1] for p in alone} == {"redacted", "decisions", "responses"}


@pytest.mark.cluster
@pytest.mark.enable_socket
def test_generated_file_is_byte_identical_and_the_report_names_the_cluster(
    tmp_path: Path, keys: Keys, cluster: Cluster, generated: Inputs
) -> None:
    scanner = DenyListScanner()
    alone = _run(tmp_path / "alone", generated.folder, keys, None, scanner)
    spread = _run(
        tmp_path / "spread", generated.folder, keys, ClusterSpec(scheduler=cluster.address), scanner
    )
    assert len(alone) >= 2 and spread == alone
    [report] = (tmp_path / "spread" / "reports").glob("*.json")
    text = report.read_text(encoding="utf-8")
    assert '"kind": "scheduler"' in text and '"workers": "2"' in text
    assert '"dask": "2026.8.0"' in text and '"distributed": "2026.8.0"' in text


@pytest.mark.cluster
@pytest.mark.enable_socket
def test_a_worker_killed_mid_batch_is_retried_and_the_bytes_are_the_same(
    tmp_path: Path, keys: Keys, cluster: Cluster, generated: Inputs
) -> None:
    alone = _run(tmp_path / "alone", generated.folder, keys, None, DenyListScanner())
    killer = KillingScanner(once=tmp_path / "killed-once")
    spread = _run(
        tmp_path / "spread", generated.folder, keys, ClusterSpec(scheduler=cluster.address), killer
    )
    assert (tmp_path / "killed-once").exists()  # a worker did die mid-batch
    assert spread == alone


@pytest.mark.cluster
@pytest.mark.enable_socket
def test_a_chunk_that_cannot_finish_fails_the_batch_with_nothing_published(
    tmp_path: Path, keys: Keys, cluster: Cluster, generated: Inputs
) -> None:
    data = tmp_path / "spread"
    spec = ClusterSpec(scheduler=cluster.address)
    with pytest.raises(PipelineError, match="could not finish a chunk"):
        _run(data, generated.folder, keys, spec, KillingScanner())
    assert _outputs(data) == {}
    assert list((data / "inbox").rglob("*.csv"))  # the input waits for the next batch
    # The failed batch took the order export before the claim file failed; one process that
    # takes them in two batches the same way is what the rerun must equal.
    alone = tmp_path / "alone"
    for name in ("inbox", "orders"):
        shutil.copytree(generated.folder / name, alone / name)
    run_batch(
        _settings(alone),
        now=NOW,
        keys=keys,
        scanner=DenyListScanner(),
        select=lambda path: "orders" in path.parts,
    )
    expected = _run(alone, generated.folder, keys, None, DenyListScanner())
    assert _run(data, generated.folder, keys, spec, DenyListScanner()) == expected  # rerun


@pytest.mark.cluster
@pytest.mark.enable_socket
def test_no_personal_value_in_worker_logs_or_folders(
    tmp_path: Path,
    keys: Keys,
    cluster: Cluster,
    generated: Inputs,
    capfd: pytest.CaptureFixture[str],
) -> None:
    _run(
        tmp_path / "spread",
        generated.folder,
        keys,
        ClusterSpec(scheduler=cluster.address),
        DenyListScanner(),
    )
    with Client(cluster.address, set_as_default=False) as client:
        logs = [client.get_scheduler_logs(n=10_000)]
        logs.extend(client.get_worker_logs(n=10_000).values())
        logs.extend(client.get_worker_logs(n=10_000, nanny=True).values())
    text = "\n".join(message for log in logs for _, message in log)
    captured = capfd.readouterr()
    text += captured.out + captured.err
    found = [value for value in generated.planted if value in text]
    assert not found, f"{len(found)} planted value(s) in the cluster's logs"
    folder = b"".join(p.read_bytes() for p in cluster.folder.rglob("*") if p.is_file())
    found = [value for value in generated.planted if value.encode() in folder]
    assert not found, f"{len(found)} planted value(s) in the workers' folders"
    assert generated.planted  # the search had something to find
