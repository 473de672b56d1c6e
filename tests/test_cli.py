"""The `claims` command as a user runs it: exit codes, the exact `Error:` line, drafts of profiles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from pipeline.config import DEFAULT_CONFIG_DIR, SourceProfile

CLAIMS = [sys.executable, "-m", "pipeline"]
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _claims(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLAIMS, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_unknown_config_key_exits_2_with_one_error_line(tmp_path: Path) -> None:
    configs = tmp_path / "configs"
    shutil.copytree(DEFAULT_CONFIG_DIR, configs)
    (configs / "rules.yaml").write_text("claim_window_days: 90\nclaim_windw: 3\n")
    done = _claims("--config", str(configs), "--data", str(tmp_path / "data"), "run")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"Error: {configs / 'rules.yaml'} key 'claim_windw': unknown key (hint: valid keys: "
        "claim_window_days, commission, date_window_days, value_tolerance_abs, value_tolerance_pct)"
    ]
    assert "Traceback" not in done.stderr


def test_profile_suggest_drafts_a_valid_profile_for_a_cryptic_layout(tmp_path: Path) -> None:
    rows = ["f1,f2,f3,f4,f5"] + [
        f"R{i:04d},Person {name},p{i}@example.com,07700 900{i:03d},LS{i % 9 + 1} {i % 9}AB"
        for i, name in enumerate(["Ama", "Bao", "Chidi", "Dara", "Eilidh", "Farah"] * 5)
    ]
    path = tmp_path / "mystery.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = _claims("profile", "suggest", str(path), "--name", "mystery")
    assert done.returncode == 0, done.stderr
    draft = yaml.safe_load(done.stdout)
    profile = SourceProfile.model_validate(draft)
    assert profile.columns["customer_email"] == "f3"
    assert profile.columns["customer_phone"] == "f4"
    assert profile.columns["postcode"] == "f5"
    assert profile.match.headers == ["f1", "f2", "f3", "f4", "f5"]
    assert "Ama" not in done.stdout and "example.com" not in done.stdout


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    done = _claims("profile", "suggest", str(tmp_path / "nope.csv"))
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_help_lists_every_verb() -> None:
    done = _claims("--help")
    for verb in (
        "run",
        "seed",
        "watch",
        "reveal",
        "find",
        "shred",
        "erase",
        "keys",
        "audit",
        "report",
        "profile",
    ):
        assert f"  {verb} " in done.stdout, verb


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_run_never_seeds_and_seed_only_fills_a_new_workspace(tmp_path: Path) -> None:
    data = tmp_path / "production"
    done = _claims("--data", str(data), "run")
    assert done.returncode == 0, done.stderr
    assert "Batch " in done.stdout and ": 0 claim file(s), 0 order file(s)" in done.stdout
    assert _files(data / "inbox") == _files(data / "orders") == []
    assert _files(data / "out") == []
    refused = _claims("--data", str(data), "seed")
    assert refused.returncode != 0
    assert refused.stderr.startswith(f"Error: {data} already exists")
    demo = tmp_path / "demo"
    seeded = _claims("--data", str(demo), "seed")
    assert seeded.returncode == 0, seeded.stderr
    assert _files(demo / "inbox") == _files(SAMPLES / "inbox") != []
    assert _files(demo / "orders") == _files(SAMPLES / "orders") != []
    assert _files(demo / "out") == []  # seeding processes nothing
