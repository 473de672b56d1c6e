"""Privacy operations on a workspace (design section 7): reveal, find, export, shred, erase
and key rotation. Each writes its own audit event and returns a frozen result; the CLI
only parses, calls and prints.

The vault hands out an original only through a witness that writes the audit event first
(``Vault.reveal``, ``Vault.export``): no audit event, no value.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.claims import Ledger, open_ledger
from pipeline.config import Settings
from pipeline.errors import PipelineError, VaultError
from pipeline.models import Event, Kind
from pipeline.pseudonymise import Tokeniser, is_token
from pipeline.publish import write_text
from pipeline.quarantine import Quarantine
from pipeline.report.access import Entry, HeldValue, SubjectAccess, check_suffix, render_access
from pipeline.report.audit import AuditLog, FieldValue
from pipeline.report.provenance import operator as operator  # re-exported for the CLI
from pipeline.vault import (
    DB_NAME,
    STRONG_KINDS,
    Held,
    Keys,
    Shredded,
    Vault,
    claim_id_of,
    load_keys,
    open_vault,
    rotate,
)
from pipeline.workspace import Workspace, key_path

# Every kind a person can be named by; email and phone identify them, name and postcode match
# namesakes and neighbours exactly (see ``pipeline.vault.subject``).
_STRONG = STRONG_KINDS
# Operator free text (a reveal's reason, an erasure's reference) is kept in the audit log only
# as this keyed hash: the words, which may name someone, never reach the append-only log.
_TEXT_DOMAIN = b"claims-audit-text\x1f"


class RevealPurpose(enum.Enum):
    """Why a value is revealed; the audit log keeps this category and a keyed hash of the reason."""

    ORDER_LOOKUP = "order_lookup"  # the retailer needs the value to find an order
    SUBJECT_ACCESS = "subject_access"
    COMPLAINT = "complaint"
    LEGAL = "legal"  # a legal obligation or a request from an authority
    OTHER = "other"


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
                    "mentioned": h.mentioned,
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
    """What an erasure shredded, or with ``dry_run`` what it would shred (no values)."""

    records: int  # the person's own records, shredded whole
    mentions: int  # their values inside other people's records, shredded alone
    values: int  # values shredded (or that would be)
    claims: tuple[str, ...]  # claim (or order) ids of their own records
    mentioned_in: int  # other people's records that lose a mention of them
    dry_run: bool
    scrubbed: bool
    quarantined: int = 0  # held files (plaintext inputs) naming the person, shredded (or would be)

    @property
    def is_empty(self) -> bool:
        return not self.records and not self.mentions and not self.quarantined

    def as_dict(self) -> dict[str, object]:
        return {
            "status": "nothing_held"
            if self.is_empty
            else ("dry_run" if self.dry_run else "erased"),
            "records": self.records,
            "mentions": self.mentions,
            "values": self.values,
            "claims": list(self.claims),
            "mentioned_in": self.mentioned_in,
            "quarantined": self.quarantined,
        }


@dataclass(frozen=True, slots=True)
class Rotated:
    old_version: int
    new_version: int
    records: int


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

    def text_hash(self, text: str) -> str:
        """The keyed hash the audit log keeps instead of operator free text.

        HMAC-SHA256 under the pseudonym key of the text NFKC-normalised, case-folded and with
        inner spaces collapsed: whoever holds the request's ticket can show it matches the log
        (``claims audit text``), but the log itself holds no word of it.
        """
        norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        key = self._keys().pseudonym_key
        return hmac.new(key, _TEXT_DOMAIN + norm.encode("utf-8"), hashlib.sha256).hexdigest()

    def reveal(
        self, token: str, claim_id: str, reason: str,
        purpose: RevealPurpose = RevealPurpose.OTHER,
    ) -> Revealed:  # fmt: skip
        """The original behind ``token`` in ``claim_id``; refused without a reason.

        The audit event names the token only when the vault holds it (or a tombstone of it):
        a reveal tried after an erasure must not write the erased person's token again.
        """
        if not reason.strip():
            raise PipelineError(
                "a reveal needs a reason",
                hint='--reason "retailer needs the email to find the order"',
            )
        keys = self._keys()
        with self._vault(keys) as vault:
            known = is_token(token) and vault.knows(token)
            fields: dict[str, FieldValue] = {
                "token": token if known else "(not held)",
                "claim": claim_id,
                "reason_category": purpose.value,
                "reason_hash": self.text_hash(reason),
                "operator": self.operator,
            }

            def witness(outcome: str) -> None:
                self.audit.append(Event.REVEAL, **fields, outcome=outcome)

            value = vault.reveal(token, claim_id, witness=witness)
        return Revealed(token, claim_id, value)

    def _tokens(self, keys: Keys, given: dict[Kind, str | None]) -> tuple[list[str], list[str]]:
        """The person's (strong, weak) tokens from the values given."""
        tokeniser = Tokeniser(keys.pseudonym_key, keys.pseudonym_version)
        tokens = {k: tokeniser.token(k.value, v) for k, v in given.items() if v}
        strong = sorted({t for k, t in tokens.items() if t and k in _STRONG})
        weak = sorted({t for k, t in tokens.items() if t and k not in _STRONG})
        return strong, weak

    def find(
        self, given: dict[Kind, str | None], export: Path | None = None,
        now: datetime | None = None,
    ) -> Found:  # fmt: skip
        """What is held for a person, found through their keyed tokens.

        Email and phone bring the person's own records whole and their values mentioned in
        other people's records; name and postcode match exactly (namesakes too). With
        ``export``, a subject access export is written (mode 0600) in the format its suffix
        names (see ``pipeline.report.access``). The audit names only tokens the vault holds.
        """
        suffix = check_suffix(export) if export is not None else ""
        keys = self._keys()
        strong, weak = self._tokens(keys, given)
        text = ""

        with self._vault(keys) as vault:
            subject = vault.subject(strong, weak)
            held = vault.held(subject)
            named = ",".join(subject.tokens)
            asked = len(set(strong) | set(weak))
            self.audit.append(
                Event.FIND,
                tokens=named,
                unheld=asked - len(subject.tokens),
                held=len(held),
                records=len({h.record for h in held}),
                operator=self.operator,
            )
            if export is not None:

                def witness(rows: Sequence[tuple[Held, str]]) -> None:
                    nonlocal text
                    access = self._access(rows, now or datetime.now(UTC))
                    text = render_access(access, suffix)
                    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                    # The file name may name the person: the audit keeps the content hash.
                    self.audit.append(
                        Event.EXPORT,
                        tokens=named,
                        entries=len(rows),
                        format=suffix.lstrip("."),
                        sha256=digest,
                        operator=self.operator,
                    )

                vault.export(subject, witness=witness)
        if export is not None:
            write_text(export, text)
        return Found(subject.tokens, tuple(held), export)

    def _access(self, rows: Sequence[tuple[Held, str]], now: datetime) -> SubjectAccess:
        """The subject access document for these values, with each claim's facts from the
        ledger (merchant, order, date, amount, decision) and the configured purpose."""
        settings = self.settings.pipeline
        days = settings.retention.days
        by_record: dict[str, list[tuple[Held, str]]] = {}
        for held, value in rows:
            by_record.setdefault(held.record, []).append((held, value))
        entries = []
        ledger_path = self.workspace.ledger
        ledger = open_ledger(ledger_path) if ledger_path.exists() else None
        try:
            for record, items in sorted(by_record.items()):
                entries.append(_entry(record, items, ledger, days))
        finally:
            if ledger is not None:
                ledger.close()
        order = {"claim": 0, "order": 1, "mention": 2}
        entries.sort(key=lambda e: (order[e.kind], e.held_since, e.record))
        sa = settings.subject_access
        return SubjectAccess(
            generated_at=now.isoformat(timespec="seconds"),
            controller=sa.controller,
            contact=sa.contact,
            purpose=sa.purpose,
            recipients=tuple(sa.recipients),
            retention_days=days,
            entries=tuple(entries),
        )

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

    def erase(
        self, given: dict[Kind, str | None], claim_id: str | None = None,
        reference: str = "", *, dry_run: bool = False,
    ) -> Erased:  # fmt: skip
        """Erasure request for the person named by email, phone or one of their claims.

        Their own records are shredded whole; their values inside other people's records
        (a comment quoting their email) are shredded alone, and those records keep the rest
        under a fresh data key. Quarantined files (plaintext inputs) that contain the email or
        phone as given are overwritten and removed with their reason files. ``dry_run`` shreds
        nothing and says what would go. The audit event names no token of the person and keeps
        the reference only as a keyed hash.
        """
        keys = self._keys()
        strong, _ = self._tokens(keys, {k: v for k, v in given.items() if k in _STRONG})
        if not strong and not claim_id:
            raise PipelineError(
                "an erasure needs the person's email, phone or claim id",
                hint="--email a.person@example.com, --phone 07700 900123 or --claim ID",
            )
        with self._vault(keys) as vault:
            subject = vault.subject(strong, claim_ids=[claim_id] if claim_id else ())
            held = vault.held(subject)
            values = len(held)
            scrubbed = True
            if not dry_run and not subject.is_empty:
                values = vault.erase(subject)
                scrubbed = _scrubbed(vault.last_shred)
        quarantined = sorted(
            {p for k, v in given.items() if v and k in _STRONG for p in self.workspace.holding(v)}
        )
        if not dry_run:
            Quarantine(self.workspace, self.audit).shred(quarantined)
        own = set(subject.own)
        done = Erased(
            records=len(own),
            mentions=len(subject.mentions),
            values=values,
            claims=tuple(sorted({claim_id_of(r) for r in own})),
            mentioned_in=len({r for r, _ in subject.mentions}),
            dry_run=dry_run,
            scrubbed=scrubbed,
            quarantined=len(quarantined),
        )
        outcome = "nothing_held" if done.is_empty else ("dry_run" if dry_run else "erased")
        self.audit.append(
            Event.ERASE,
            outcome=outcome,
            by=",".join(k.value.lower() for k, v in given.items() if v and k in _STRONG)
            + (",claim" if claim_id else ""),
            claim=claim_id or "",
            reference_hash=self.text_hash(reference) if reference.strip() else "",
            records=done.records,
            mentions=done.mentions,
            entries=done.values,
            # Ids, not values, but an order reference can look like a phone number, which the
            # log refuses: it keeps their count and a hash of the list the operator was shown.
            claims=len(done.claims),
            claims_sha256=hashlib.sha256(",".join(done.claims).encode()).hexdigest(),
            mentioned_in=done.mentioned_in,
            scrubbed=scrubbed,
            quarantined=done.quarantined,
            operator=self.operator,
        )
        return done

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


def _entry(
    record: str, items: Sequence[tuple[Held, str]], ledger: Ledger | None, days: int
) -> Entry:
    """One export entry: a claim or order of the person's, or a mention of them elsewhere."""
    first = items[0][0]
    mention = all(h.mentioned for h, _ in items) and record.startswith("claim/")
    kind = "mention" if mention else ("order" if record.startswith("order/") else "claim")
    facts: dict[str, str] = {}
    source = ""
    if ledger is not None and not mention:
        if kind == "claim":
            parts = record.split("/", 2)
            if len(parts) == 3:
                source = parts[1]
                facts = ledger.facts(parts[1], parts[2]) or {}
        else:
            facts = ledger.order_facts(record.split("/", 1)[1]) or {}
    decided = first.decided_at
    values = tuple(
        HeldValue(h.kind.value, value, h.token, h.stored_at.isoformat(), h.mentioned)
        for h, value in sorted(items, key=lambda i: (_KIND_ORDER.get(i[0].kind, 99), i[0].token))
    )
    return Entry(
        record=record,
        kind=kind,
        claim_id=""
        if mention
        else facts.get("claim_id", first.claim_id if kind == "claim" else ""),
        source="" if mention else source,
        merchant=facts.get("merchant", ""),
        order_ref=facts.get("order_ref", ""),
        transaction_date=facts.get("transaction_date", facts.get("order_date", "")),
        amount=facts.get("order_value", ""),
        currency=facts.get("currency", ""),
        decision=facts.get("decision", ""),
        reason_code=facts.get("reason", ""),
        held_since=min(h.stored_at for h, _ in items).isoformat(),
        decided_at=decided.isoformat() if decided else "",
        shred_due=(decided + timedelta(days=days)).date().isoformat() if decided else "",
        values=values,
    )


_KIND_ORDER = {kind: rank for rank, kind in enumerate(Kind)}
