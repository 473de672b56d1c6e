"""Configuration: the shipped files load, unknown keys are rejected with the valid list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_CONFIG_DIR, load_settings
from pipeline.errors import ConfigError


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "configs"
    shutil.copytree(DEFAULT_CONFIG_DIR, target)
    return target


def test_shipped_configs_load() -> None:
    settings = load_settings()
    names = {p.name for p in settings.profiles}
    assert {
        "awin",
        "rakuten",
        "impact",
        "topcashback",
        "quidco",
        "kidstart",
        "easyfundraising",
        "orders",
    } <= names
    assert settings.rules.claim_window_days == 90


def test_unknown_key_names_key_and_lists_valid(tmp_path: Path) -> None:
    configs = _copy(tmp_path)
    path = configs / "pipeline.yaml"
    path.write_text(path.read_text() + "\nretention:\n  dayz: 5\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(configs)
    message = str(caught.value)
    assert "retention.dayz" in message and "valid keys: days" in message
    assert caught.value.exit_code == 2


def test_profile_with_unknown_canonical_field_is_rejected(tmp_path: Path) -> None:
    configs = _copy(tmp_path)
    (configs / "sources" / "bad.yaml").write_text("name: bad\ncolumns:\n  shoe_size: Size\n")
    with pytest.raises(ConfigError, match="shoe_size"):
        load_settings(configs)


def test_env_overrides_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_DATA", str(tmp_path / "ws"))
    assert load_settings().data_dir == (tmp_path / "ws").resolve()
