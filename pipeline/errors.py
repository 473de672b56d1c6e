"""The exception tree: everything the pipeline raises on purpose.

::

    PipelineError        exit 1, base of everything raised on purpose
    ├── ConfigError      exit 2; names the bad key and lists the valid ones
    ├── InputError       a file is unusable; the file goes to quarantine
    ├── RefusedError     not a regular file (symlink, FIFO, device): reported, never read or moved
    ├── UnsettledError   the file changed while it was read: left in place for the next batch
    ├── DetectionError   model or recognizer unavailable
    ├── VaultError       cannot open, read, write the vault
    │   └── VaultKeyError  a key is missing, wrong or readable by others
    ├── AuditError       the audit log cannot be written or does not verify
    ├── LedgerError      the order ledger cannot be opened, read or written
    ├── WorkspaceError   an OS error (disk full, no permission) in a workspace folder
    └── StageError       unexpected failure in a stage, raised ``from`` the cause

Messages are built from typed fields (path, line, column, problem, hint) and never
contain a cell value: they name the file, line, column and entity kind instead.
"""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """Base of every error the pipeline raises on purpose."""

    exit_code = 1

    def __init__(self, problem: str, *, hint: str | None = None) -> None:
        self.problem = problem
        self.hint = hint
        super().__init__(self._message())

    def _where(self) -> str:
        return ""

    def _message(self) -> str:
        where = self._where()
        text = f"{where}: {self.problem}" if where else self.problem
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class ConfigError(PipelineError):
    """A configuration file or key is invalid."""

    exit_code = 2

    def __init__(
        self,
        problem: str,
        *,
        path: Path | str | None = None,
        key: str | None = None,
        valid: list[str] | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.key = key
        self.valid = valid or []
        if self.valid and hint is None:
            hint = "valid keys: " + ", ".join(self.valid)
        super().__init__(problem, hint=hint)

    def _where(self) -> str:
        parts = [p for p in (self.path, self.key and f"key '{self.key}'") if p]
        return " ".join(parts)


class InputError(PipelineError):
    """An input file cannot be used; it goes to quarantine with this message as reason."""

    def __init__(
        self,
        problem: str,
        *,
        path: Path | str,
        line: int | None = None,
        column: str | int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        super().__init__(problem, hint=hint)

    def _where(self) -> str:
        where = self.path
        if self.line is not None:
            where += f", line {self.line}"
        if self.column is not None:
            where += f", column {self.column}"
        return where


class RefusedError(PipelineError):
    """An inbox entry is not a regular file; it is reported and left exactly where it is."""

    def __init__(self, problem: str, *, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(problem, hint="only regular files are read; the entry was left untouched")

    def _where(self) -> str:
        return self.path


class UnsettledError(PipelineError):
    """A file changed while its snapshot was taken; it stays in the inbox for the next batch."""

    def __init__(self, problem: str, *, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(problem, hint="it is read again once it stops changing")

    def _where(self) -> str:
        return self.path


class DetectionError(PipelineError):
    """The NLP model or a recognizer is unavailable."""


class VaultError(PipelineError):
    """The vault cannot be opened, read or written, or a value cannot be revealed."""


class VaultKeyError(VaultError):
    """A key is missing, wrong, or stored with permissions that let others read it."""


class AuditError(PipelineError):
    """The audit log cannot be written, or its hash chain does not verify."""


class LedgerError(PipelineError):
    """The order ledger (tokens only) cannot be opened, read or written."""

    def __init__(self, problem: str, *, path: Path | str, hint: str | None = None) -> None:
        self.path = str(path)
        super().__init__(problem, hint=hint)

    def _where(self) -> str:
        return self.path


class WorkspaceError(PipelineError):
    """The workspace cannot be written or read (disk full, permissions): names the folder."""

    def __init__(self, problem: str, *, path: Path | str, hint: str | None = None) -> None:
        self.path = str(path)
        super().__init__(problem, hint=hint)

    def _where(self) -> str:
        return self.path

    @classmethod
    def of(cls, exc: OSError, root: Path) -> WorkspaceError:
        """The error for an OSError met under ``root``: its folder, never a file's content."""
        named = Path(exc.filename) if isinstance(exc.filename, str) else None
        folder = named.parent if named is not None and named.parent != Path(".") else root
        problem = exc.strerror or type(exc).__name__
        return cls(problem, path=folder, hint="free space or fix permissions, then run again")


class StageError(PipelineError):
    """An unexpected failure inside a stage; always raised ``from`` the original exception."""

    def __init__(self, stage: str, problem: str, *, path: Path | str | None = None) -> None:
        self.stage = stage
        self.path = str(path) if path is not None else None
        super().__init__(problem, hint="this is a bug; the file was left in place")

    def _where(self) -> str:
        return f"stage {self.stage}" + (f", {self.path}" if self.path else "")
