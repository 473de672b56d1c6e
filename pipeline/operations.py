"""Privacy operations on a workspace (design section 7): reveal, find, export, shred, erase
and key rotation. Each writes its own audit event and returns a frozen result; the CLI
only parses, calls and prints.

The vault hands out an original only through a witness that writes the audit event first
(``Vault.reveal``, ``Vault.export``): no audit event, no value.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import PipelineError, VaultError
from pipeline.models import Event, Kind
from pipeline.pseudonymise import Tokeniser, is_token
from pipeline.publish import csv_text, write_text
from pipeline.report.audit import AuditLog
from pipeline.vault import DB_NAME, Held, Keys, Shredded, Vault, load_keys, open_vault, rotate
from pipeline.workspace import Workspace, key_path

EXPORT_HEADER = ("record", "claim_id", "kind", "token", "value", "stored_at", "decided_at")
# Kinds whose token finds a person's whole records; a name or postcode matches namesakes.
_STRONG = (Kind.EMAIL, Kind.PHONE)


@dataclass(frozen=True, slots=True)
class Revealed:
    token: str
    claim_id: str
    value: str


@dataclass(frozen=True, slots=True)
class Found:
    """What the vault holds for a person (no values), and the export file if one was written."""

    tokens: tuple[str, ...]
    held: tuple[Held, ...]
    export: Path | None = None

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(sorted({h.claim_id for h in self.held}))

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``--json``: the tokens and what is held under them (no values)."""
        return {
            "tokens": list(self.tokens),
            "held": [
                {
                    "token": h.token,
                    "kind": h.kind.value,
                    "record": h.record,
                    "claim_id": h.claim_id,
                    "stored_at": h.stored_at.isoformat(),
                    "decided_at": h.decided_at.isoformat() if h.decided_at else None,
                }
                for h in self.held
            ],
            "export": str(self.export) if self.export else None,
        }


@dataclass(frozen=True, slots=True)
class Shred:
    """What a shred destroyed: ``count`` records, or values for a token shred."""

    scope: str  # expired | claim | token
    count: int
    scrubbed: bool  # False: another process holds the vault open (see ``Shredded``)

    @property
    def unit(self) -> str:
        return "value(s)" if self.scope == "token" else "record(s)"


@dataclass(frozen=True, slots=True)
class Erased:
    records: int
    scrubbed: bool


@dataclass(frozen=True, slots=True)
class Rotated:
    old_version: int
    new_version: int
    records: int


def operator() -> str:
    """Who runs the command, for the audit log."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


class Operations:
    """The privacy operations on one workspace, audited as ``operator``."""

    def __init__(self, settings: Settings, who: str | None = None) -> None:
        self.settings = settings
        self.workspace = Workspace.of(settings)
        self.audit = AuditLog(self.workspace.audit)
        self.operator = who if who is not None else operator()

    def _keys(self) -> Keys:
        """The keys from the environment or the key file; never created here (a batch does)."""
        return load_keys(key_path(self.settings), self.settings.pipeline.keys.env_var, create=False)

    @contextmanager
    def _vault(self, keys: Keys) -> Iterator[Vault]:
        """The workspace's vault, which must already exist (these operations never create one)."""
        folder = self.workspace.vault
        if not (folder / DB_NAME).exists():
            raise VaultError(f"no vault at {folder}", hint="run `claims run` first, or pass --data")
        with open_vault(folder, keys) as vault:
            yield vault

    def reveal(self, token: str, claim_id: str, reason: str) -> Revealed:
        """The original behind ``token`` in ``claim_id``; refused without a reason."""
        reason = reason.strip()
        if not reason:
            raise PipelineError(
                "a reveal needs a reason",
                hint='--reason "retailer needs the email to find the order"',
            )
        fields = {
            "token": token if is_token(token) else "(not a token)",
            "claim": claim_id,
            "reason": reason,
            "operator": self.operator,
        }

        def witness(outcome: str) -> None:
            self.audit.append(Event.REVEAL, **fields, outcome=outcome)

        with self._vault(self._keys()) as vault:
            value = vault.reveal(token, claim_id, witness=witness)
        return Revealed(token, claim_id, value)

    def find(self, given: dict[Kind, str | None], export: Path | None = None) -> Found:
        """What is held for a person, found through their keyed tokens.

        Email and phone also bring in every other value of the records that hold them;
        name and postcode match exactly. With ``export``, every value held is written to
        that CSV (mode 0600) for a subject access request.
        """
        keys = self._keys()
        tokeniser = Tokeniser(keys.pseudonym_key, keys.pseudonym_version)
        tokens = {k: tokeniser.token(k.value, v) for k, v in given.items() if v}
        strong = sorted({t for k, t in tokens.items() if t and k in _STRONG})
        weak = sorted({t for k, t in tokens.items() if t and k not in _STRONG})
        named = ",".join(strong + weak)
        text = ""

        def witness(rows: Sequence[tuple[Held, str]]) -> None:
            nonlocal text
            lines = _export_lines(rows)
            text = csv_text(list(EXPORT_HEADER), lines)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            # The file name may name the person, so the audit records the content hash instead.
            self.audit.append(
                Event.EXPORT,
                tokens=named,
                entries=len(lines),
                sha256=digest,
                operator=self.operator,
            )

        with self._vault(keys) as vault:
            held = vault.find(strong, related=True) + vault.find(weak)
            unique = {(h.record, h.token): h for h in held}
            ordered = sorted(unique.values(), key=lambda h: (h.record, h.kind.value, h.token))
            self.audit.append(
                Event.FIND,
                tokens=named,
                held=len(ordered),
                records=len({h.record for h in ordered}),
                operator=self.operator,
            )
            if export is not None:
                vault.export(related_to=strong, exact=weak, witness=witness)
        if export is not None:
            write_text(export, text)
        return Found(tuple(strong + weak), tuple(ordered), export)

    def shred(
        self, *, expired_at: datetime | None = None, claim_id: str | None = None,
        token: str | None = None,
    ) -> Shred:  # fmt: skip
        """Crypto-shred: records past retention at ``expired_at``, one claim, or one token."""
        days = self.settings.pipeline.retention.days
        with self._vault(self._keys()) as vault:
            if expired_at is not None:
                count = vault.shred_expired(expired_at, days)
                scope, target = "expired", {"retention_days": str(days)}
            elif claim_id is not None:
                count = vault.shred_claim(claim_id)
                scope, target = "claim", {"claim": claim_id}
            elif token is not None:
                count = vault.shred_token(token)
                scope, target = "token", {"token": token}
            else:
                raise PipelineError("a shred needs a scope: expired, a claim or a token")
            done = vault.last_shred
        self.audit.append(
            Event.SHRED,
            scope=scope,
            **target,
            records=len(done.records) if done else 0,
            entries=done.values if done else 0,
            scrubbed=_scrubbed(done),
            operator=self.operator,
        )
        return Shred(scope, count, _scrubbed(done))

    def erase(self, email: str, reference: str = "") -> Erased:
        """Erasure request: shred whole every record holding this email's token."""
        keys = self._keys()
        token = Tokeniser(keys.pseudonym_key, keys.pseudonym_version).token(Kind.EMAIL.value, email)
        if not token:
            raise PipelineError("the email is empty", hint="--email a.person@example.com")
        with self._vault(keys) as vault:
            count = vault.erase_tokens([token])
            done = vault.last_shred
        records = done.records if done else ()
        # The token is left out on purpose: after erasure nothing should still point at the person.
        self.audit.append(
            Event.ERASE,
            reference=reference.strip(),
            records=count,
            entries=done.values if done else 0,
            claims=",".join(sorted({r.rsplit("/", 1)[-1] for r in records})),
            scrubbed=_scrubbed(done),
            operator=self.operator,
        )
        return Erased(count, _scrubbed(done))

    def rotate_keys(self) -> Rotated:
        """New key-encryption key: every live data key re-wrapped, the old key destroyed."""
        settings = self.settings
        done = rotate(key_path(settings), self.workspace.vault, settings.pipeline.keys.env_var)
        self.audit.append(
            Event.KEY_ROTATION,
            kek_from=done.old_version,
            kek_to=done.new_version,
            records=done.records,
            operator=self.operator,
        )
        return Rotated(done.old_version, done.new_version, done.records)


def _scrubbed(done: Shredded | None) -> bool:
    return done.scrubbed if done is not None else True


def _export_lines(rows: Sequence[tuple[Held, str]]) -> list[list[str]]:
    seen: set[tuple[str, str]] = set()
    lines = []
    for h, value in sorted(rows, key=lambda r: (r[0].record, r[0].kind.value, r[0].token)):
        if (h.record, h.token) in seen:
            continue
        seen.add((h.record, h.token))
        decided = h.decided_at.isoformat() if h.decided_at else ""
        lines.append(
            [h.record, h.claim_id, h.kind.value, h.token, value, h.stored_at.isoformat(), decided]
        )
    return lines
