"""``claims watch``: which inbox files have finished arriving, and a batch over them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from pipeline.config import Settings, config_hash, load_settings
from pipeline.errors import ConfigError, PipelineError
from pipeline.ingest import list_inbox, sha256_file
from pipeline.models import BatchResult
from pipeline.quarantine import Quarantine
from pipeline.runner.batch import run_batch
from pipeline.runner.redact import LazyScanner, Scanner
from pipeline.runner.timing import ProgressFn
from pipeline.vault import Keys
from pipeline.workspace import Workspace

# A file seen written whose close never came is taken after this many settle times unchanged.
LOST_CLOSE = 100


class Settle:
    """Tells which listed files have finished arriving.

    Always: size and mtime unchanged for ``stable_seconds``. Where the platform reports
    close-after-write (inotify), also: a file seen being written is not ready until its
    writer has closed it, however long the writer pauses (up to ``LOST_CLOSE`` settle times,
    in case the close event was lost). Never a timer alone.
    """

    def __init__(self, stable_seconds: float) -> None:
        self.stable_seconds = stable_seconds
        self._seen: dict[Path, tuple[int, int, float]] = {}
        # absolute paths written to and not closed since (fed from the observer's thread)
        self._open: set[str] = set()

    def saw(self, event: str, path: str | bytes) -> None:
        """A file-system event (watchdog's ``created``, ``modified``, ``closed``) on a file."""
        # "created" alone is not a write: a file moved into the inbox arrives whole, unclosed
        if event == "modified":
            self.written(Path(os.fsdecode(path)))
        elif event == "closed":
            self.closed(Path(os.fsdecode(path)))

    def written(self, path: Path) -> None:
        """A file-system event says ``path`` was created or written to."""
        self._open.add(os.path.abspath(path))

    def closed(self, path: Path) -> None:
        """A file-system event says a writer closed ``path`` (inotify ``IN_CLOSE_WRITE``)."""
        self._open.discard(os.path.abspath(path))

    def ready(self, paths: Sequence[Path], now: float) -> list[Path]:
        """The paths whose size and mtime have not changed for ``stable_seconds`` up to ``now``
        and that no writer is known to hold open."""
        done: list[Path] = []
        current: dict[Path, tuple[int, int, float]] = {}
        for path in paths:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            signature = (stat.st_size, stat.st_mtime_ns)
            previous = self._seen.get(path)
            since = previous[2] if previous and previous[:2] == signature else now
            current[path] = (*signature, since)
            quiet = now - since
            # a close event lost (an inotify queue overflow) must not hold a file for ever
            closed = (
                os.path.abspath(path) not in self._open or quiet >= LOST_CLOSE * self.stable_seconds
            )
            if quiet >= self.stable_seconds and closed:
                done.append(path)
        self._seen = current
        return done


class Watcher:
    """One wake-up of ``claims watch``: a batch over the inbox files that have settled.

    A file is taken once it has finished arriving: partial copies (``*.part``, dot files)
    are never listed, and a listed file must keep its size and mtime for
    ``stable_seconds``. A batch that fails holds its files back for ``retry_seconds``
    (only the failing file when the error names it), so one file that breaks a stage
    neither stops the watch nor spins it; files quarantined as bad input never fail a batch.
    A file the residual-leak check held back is left alone until its bytes or the
    configuration change (configs/ are reloaded when their hash changes), or
    ``claims quarantine retry`` releases it: no batch, report or audit event meanwhile.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        scanner: Scanner | None = None,
        keys: Keys | None = None,
        retry_seconds: float = 60.0,
    ) -> None:
        self.settings = settings
        self.workspace = Workspace.of(settings)
        self.settle = Settle(settings.pipeline.ingest.stable_seconds)
        self.retry_seconds = retry_seconds
        self._scanner = scanner or LazyScanner(settings.pipeline.detection)
        self._keys = keys
        self._held: dict[Path, tuple[float, tuple[int, int]]] = {}
        self._quarantine = Quarantine(self.workspace)
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}

    def waiting(self) -> list[Path]:
        """Input files present in the orders folder and the inbox, settled or not."""
        return [*list_inbox(self.workspace.orders).files, *list_inbox(self.workspace.inbox).files]

    def ready(self, now: float) -> list[Path]:
        """The files that have settled by ``now`` (monotonic seconds) and are not held back."""
        self.workspace.ensure()
        self._reload_if_changed()
        settled = self.settle.ready(self.waiting(), now)
        return [p for p in settled if not self._is_held(p, now) and not self._held_back(p)]

    def _reload_if_changed(self) -> None:
        """Load configs/ again when their hash changed; a half-edited config keeps the old one."""
        folder = self.settings.config_dir
        if folder is None or config_hash(folder) == self.settings.config_hash:
            return
        try:
            self.settings = load_settings(folder, self.settings.data_dir)
        except ConfigError:
            return  # the batch would refuse it too; try again at the next wake-up

    def _held_back(self, path: Path) -> bool:
        """True for a file the leak check refused with these bytes and this configuration."""
        try:
            stat = path.stat()
        except FileNotFoundError:
            return False
        signature = (stat.st_size, stat.st_mtime_ns)
        cached = self._hashes.get(path)
        if cached is None or cached[0] != signature:
            try:
                cached = (signature, sha256_file(path))
            except FileNotFoundError:
                return False
            self._hashes[path] = cached
        return self._quarantine.is_held(cached[1], self.settings.config_hash) is not None

    def run(
        self, ready: Sequence[Path], now: float, progress: ProgressFn | None = None
    ) -> BatchResult:
        """A batch over ``ready``; on an error its file(s) are held back, and it propagates."""
        chosen = set(ready)
        try:
            return run_batch(
                self.settings,
                progress=progress,
                scanner=self._scanner,
                keys=self._keys,
                select=chosen.__contains__,
            )
        except PipelineError as exc:
            named = getattr(exc, "path", None)
            culprits = [p for p in ready if named and named in (str(p), self._name(p))]
            for path in culprits or ready:
                self._hold(path, now)
            raise

    def poll(self, now: float, progress: ProgressFn | None = None) -> BatchResult | None:
        """``ready`` then ``run``: None when no file is ready."""
        ready = self.ready(now)
        return self.run(ready, now, progress) if ready else None

    def _name(self, path: Path) -> str:
        folder = (
            self.workspace.orders
            if path.is_relative_to(self.workspace.orders)
            else self.workspace.inbox
        )
        return path.relative_to(folder).as_posix()

    def _hold(self, path: Path, now: float) -> None:
        try:
            stat = path.stat()
        except FileNotFoundError:
            return
        self._held[path] = (now + self.retry_seconds, (stat.st_size, stat.st_mtime_ns))

    def _is_held(self, path: Path, now: float) -> bool:
        held = self._held.get(path)
        if held is None:
            return False
        until, signature = held
        try:
            stat = path.stat()
        except FileNotFoundError:
            return True
        if now >= until or (stat.st_size, stat.st_mtime_ns) != signature:
            del self._held[path]  # time to retry, or new bytes arrived under the name
            return False
        return True
