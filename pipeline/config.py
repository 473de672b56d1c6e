"""Loading and validating ``configs/*.yaml`` (pydantic): defaults, unknown keys, env overrides."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.errors import ConfigError
from pipeline.models import TOKEN_KINDS, Kind

CANONICAL_CLAIM_FIELDS = (
    "claim_id",
    "source",
    "publisher_id",
    "member_id",
    "customer_name",
    "customer_email",
    "customer_phone",
    "address",
    "postcode",
    "merchant",
    "order_ref",
    "transaction_date",
    "order_value",
    "currency",
    "expected_commission",
    "claim_date",
    "notes",
)
CANONICAL_ORDER_FIELDS = (
    "order_ref",
    "order_date",
    "customer_name",
    "customer_email",
    "postcode",
    "order_value",
    "currency",
    "status",
    "tracked_publisher_id",
    "voucher_code",
)
# Canonical fields that hold personal data, and the token kind each becomes.
PERSONAL_FIELDS = {
    "member_id": Kind.MEMBER.value,
    "customer_name": Kind.NAME.value,
    "customer_email": Kind.EMAIL.value,
    "customer_phone": Kind.PHONE.value,
    "address": Kind.ADDRESS.value,
    "postcode": Kind.POSTCODE.value,
}

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PathsConfig(Strict):
    data: Path = Path("data")
    samples: Path = Path("samples")
    # The day the samples are dated for: the first `make run` replays them as of this time,
    # so claims with no claim-date column are not all outside the 90-day window.
    samples_as_of: datetime = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)


class KeysConfig(Strict):
    key_file: Path = Path("secrets/claims.keys")
    env_var: str = "CLAIMS_KEYS"


class DetectionConfig(Strict):
    model: str = "claims-ner"
    score_threshold: float = Field(0.5, ge=0, le=1)
    sample_rows: int = Field(200, gt=0)
    column_threshold: float = Field(0.6, gt=0, le=1)
    batch_size: int = Field(256, gt=0)
    processes: int = Field(2, ge=1)
    min_texts_per_process: int = Field(2000, ge=1)


class IngestConfig(Strict):
    chunk_rows: int = Field(10000, gt=0)
    stable_seconds: float = Field(3.0, ge=0)


class RetentionConfig(Strict):
    days: int = Field(90, ge=0)


class SubjectAccessConfig(Strict):
    """What a subject access export tells the person (design section 7)."""

    controller: str = "The agency processing missing-commission claims for its retail clients"
    contact: str = "the data-protection officer at the address on our privacy notice"
    purpose: str = (
        "to check your missing-commission claim against the retailer's order records and "
        "decide it (approve, decline or query)"
    )
    recipients: tuple[str, ...] = (
        "the retailer whose order you claimed for (to find the order)",
        "the cashback site or affiliate network that sent the claim (the decision only)",
    )


class PipelineConfig(Strict):
    paths: PathsConfig = PathsConfig()
    keys: KeysConfig = KeysConfig()
    detection: DetectionConfig = DetectionConfig()
    ingest: IngestConfig = IngestConfig()
    retention: RetentionConfig = RetentionConfig()
    subject_access: SubjectAccessConfig = SubjectAccessConfig()


class CommissionConfig(Strict):
    default: Decimal = Decimal("0.05")
    merchants: dict[str, Decimal] = {}


class RulesConfig(Strict):
    claim_window_days: int = Field(90, ge=0)
    date_window_days: int = Field(2, ge=0)
    value_tolerance_abs: Decimal = Decimal("1.00")
    value_tolerance_pct: Decimal = Decimal("5")
    commission: CommissionConfig = CommissionConfig()

    def rate_for(self, merchant: str) -> Decimal:
        """The commission rate for a merchant (case-insensitive), or the default."""
        wanted = merchant.strip().casefold()
        for name, rate in self.commission.merchants.items():
            if name.casefold() == wanted:
                return rate
        return self.commission.default


class MatchConfig(Strict):
    headers: list[str] = []
    folder: str | None = None


class SourceProfile(Strict):
    """One input layout: how to recognise it and how its columns map to the canonical record."""

    name: str
    description: str = ""
    record: Literal["claims", "orders"] = "claims"
    match: MatchConfig = MatchConfig()
    date_formats: list[str] = ["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%Y-%m-%d %H:%M:%S"]
    # amounts: "." reads 1,234.56; "," reads 1.234,56 (design section 5)
    decimal_separator: Literal[".", ","] = "."
    currency: str = "GBP"
    publisher_id: str = ""  # the publisher a file stands for when no column names one
    # canonical field -> source column (a list joins several columns with a space)
    columns: dict[str, str | list[str]] = {}
    # further source columns holding personal data -> token kind
    personal: dict[str, str] = {}
    # further source columns holding free text to scan
    free_text: list[str] = []
    # source columns that are never personal, never altered (click refs, ids, amounts)
    keep: list[str] = []
    response: Literal["none", "awin", "impact"] = "none"

    @field_validator("columns")
    @classmethod
    def _known_fields(
        cls, value: dict[str, str | list[str]], info: Any
    ) -> dict[str, str | list[str]]:
        record = info.data.get("record", "claims")
        valid = CANONICAL_CLAIM_FIELDS if record == "claims" else CANONICAL_ORDER_FIELDS
        for key in value:
            if key not in valid:
                raise ValueError(f"unknown canonical field '{key}'; valid: {', '.join(valid)}")
        return value

    @field_validator("personal")
    @classmethod
    def _known_kinds(cls, value: dict[str, str]) -> dict[str, str]:
        for column, kind in value.items():
            if kind not in TOKEN_KINDS:
                raise ValueError(
                    f"column '{column}': unknown kind '{kind}'; valid: {', '.join(TOKEN_KINDS)}"
                )
        return value

    def source_columns(self, canonical: str) -> list[str]:
        """The source columns mapped to a canonical field (empty when unmapped)."""
        mapped = self.columns.get(canonical)
        if mapped is None:
            return []
        return [mapped] if isinstance(mapped, str) else list(mapped)

    def personal_columns(self) -> dict[str, str]:
        """Every source column the profile names as personal, with its token kind."""
        found: dict[str, str] = {}
        for canonical, kind in PERSONAL_FIELDS.items():
            for column in self.source_columns(canonical):
                found[column] = kind
        found.update(self.personal)
        return found

    def text_columns(self) -> list[str]:
        """Source columns holding free text (the notes field and any extra)."""
        return self.source_columns("notes") + [
            c for c in self.free_text if c not in self.source_columns("notes")
        ]


class Settings(Strict):
    """Everything loaded from a config directory."""

    root: Path
    pipeline: PipelineConfig
    rules: RulesConfig
    profiles: tuple[SourceProfile, ...]
    # the folder read, and SHA-256 over its files: a held-back file waits until the hash changes
    config_dir: Path | None = None
    config_hash: str = ""

    @property
    def data_dir(self) -> Path:
        return (
            self.pipeline.paths.data
            if self.pipeline.paths.data.is_absolute()
            else self.root / self.pipeline.paths.data
        )


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError("file not found", path=path, hint="restore it from git") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"not valid YAML{where}", path=path) from exc
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigError("top level must be a mapping", path=path)
    return loaded


def _valid_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names valid at ``loc`` inside ``model`` (for the error hint)."""
    current: Any = model
    for part in loc[:-1]:
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            break
        current = fields[part].annotation
    fields = getattr(current, "model_fields", None)
    return sorted(fields) if fields else []


def _validate(model: type[Strict], data: dict[str, Any], path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        key = ".".join(str(p) for p in loc)
        if first["type"] == "extra_forbidden":
            raise ConfigError(
                "unknown key", path=path, key=key, valid=_valid_keys(model, loc)
            ) from None
        raise ConfigError(first["msg"], path=path, key=key or None) from None


def load_profile(path: Path) -> SourceProfile:
    """Load and validate one source profile YAML."""
    data = _read_yaml(path)
    data.setdefault("name", path.stem)
    profile: SourceProfile = _validate(SourceProfile, data, path)
    return profile


def load_settings(config_dir: Path | None = None, data_dir: Path | None = None) -> Settings:
    """Load pipeline.yaml, rules.yaml and every sources/*.yaml; env CLAIMS_DATA overrides the data path."""
    config_dir = (config_dir or Path(os.environ.get("CLAIMS_CONFIG", DEFAULT_CONFIG_DIR))).resolve()
    pipeline_cfg: PipelineConfig = _validate(
        PipelineConfig, _read_yaml(config_dir / "pipeline.yaml"), config_dir / "pipeline.yaml"
    )
    rules: RulesConfig = _validate(
        RulesConfig, _read_yaml(config_dir / "rules.yaml"), config_dir / "rules.yaml"
    )
    profiles = tuple(load_profile(p) for p in sorted((config_dir / "sources").glob("*.yaml")))
    names = [p.name for p in profiles]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise ConfigError(
            f"profile name used twice: {', '.join(duplicated)}", path=config_dir / "sources"
        )
    override = data_dir or (
        Path(os.environ["CLAIMS_DATA"]) if os.environ.get("CLAIMS_DATA") else None
    )
    if override is not None:
        pipeline_cfg = pipeline_cfg.model_copy(
            update={"paths": pipeline_cfg.paths.model_copy(update={"data": override.resolve()})}
        )
    return Settings(
        root=config_dir.parent,
        pipeline=pipeline_cfg,
        rules=rules,
        profiles=profiles,
        config_dir=config_dir,
        config_hash=config_hash(config_dir),
    )


def config_hash(config_dir: Path) -> str:
    """SHA-256 over pipeline.yaml, rules.yaml and sources/*.yaml: their names and bytes."""
    digest = hashlib.sha256()
    files = [config_dir / "pipeline.yaml", config_dir / "rules.yaml"]
    for path in [*files, *sorted((config_dir / "sources").glob("*.yaml"))]:
        if path.is_file():
            digest.update(path.relative_to(config_dir).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
