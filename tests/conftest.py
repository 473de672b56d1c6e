"""Shared fixtures: settings on a temporary workspace with their own key file; the real detector."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import DetectionConfig, Settings, load_settings
from pipeline.detect import Detector, load_detector


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Shipped configs, a fresh workspace under tmp_path, and a key file beside it."""
    base = load_settings(data_dir=tmp_path / "data")
    keys = base.pipeline.keys.model_copy(update={"key_file": tmp_path / "secrets" / "claims.keys"})
    return base.model_copy(update={"pipeline": base.pipeline.model_copy(update={"keys": keys})})


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The real spaCy + Presidio detector, loaded once per session (for tests marked ``model``)."""
    return load_detector(DetectionConfig.model_validate({}))
