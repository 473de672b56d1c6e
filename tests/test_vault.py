"""The vault: round trip, tamper detection, keys, and shredding that leaves no byte behind."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import PipelineError, VaultError, VaultKeyError
from pipeline.models import Kind, Original
from pipeline.pseudonymise import Tokeniser
from pipeline.vault import (
    DB_NAME,
    Keys,
    Vault,
    cipher,
    database,
    load_keys,
    open_vault,
    rotate_keys,
    write_key_file,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def unaudited(outcome: str) -> None:
    """A reveal's witness that records nothing (tests of the vault alone)."""


def unaudited_export(rows: object) -> None:
    """An export's witness that records nothing."""


ENV = "CLAIMS_KEYS_TEST"  # never the real variable, so a developer's keys cannot leak in


# -- helpers --------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.delenv("CLAIMS_KEYS", raising=False)


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    return tmp_path / "secrets" / "claims.keys"


@pytest.fixture
def keys(key_file: Path) -> Keys:
    return load_keys(key_file, env_var=ENV)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "vault"


@pytest.fixture
def vault(vault_dir: Path, keys: Keys) -> Iterator[Vault]:
    with open_vault(vault_dir, keys) as opened:
        yield opened


def canary(kind: Kind) -> str:
    """A synthetic value no other test or file can contain."""
    tag = uuid.uuid4().hex[:12]
    return {
        Kind.NAME: f"Zelda Canary{tag}",
        Kind.EMAIL: f"canary.{tag}@example.invalid",
        Kind.PHONE: f"07700 9{tag[:5]} {tag}",
        Kind.ADDRESS: f"{tag} Canary Lane, Testford",
        Kind.POSTCODE: f"ZZ{tag}",
        Kind.MEMBER: f"MEM-{tag}",
    }.get(kind, f"{kind.value.lower()}-canary-{tag}")


def person(tok: Tokeniser, record: str, kinds: Iterable[Kind] = tuple(Kind)) -> list[Original]:
    out = []
    for kind in kinds:
        value = canary(kind)
        out.append(Original(tok.token(kind.value, value), kind, value, record))
    return out


def tokeniser(keys: Keys) -> Tokeniser:
    return Tokeniser(keys.pseudonym_key, keys.pseudonym_version)


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in root.rglob("*") if p.is_file())
    return found


def hits(paths: Iterable[Path], needles: dict[str, bytes]) -> list[tuple[str, str]]:
    """(needle label, file name) for every needle found in the raw bytes of a file."""
    found: list[tuple[str, str]] = []
    for path in paths:
        data = path.read_bytes()
        found.extend((label, path.name) for label, needle in needles.items() if needle in data)
    return found


def on_disk_forms(vault_dir: Path, keys: Keys, originals: list[Original]) -> dict[str, bytes]:
    """Every byte string through which these values or their data keys could be found.

    A value exists on disk only as its ciphertext, and its data key only wrapped, so the
    search covers both plaintexts and raw keys (which must never be on disk at all) and the
    ciphertexts, tags, nonces and wrapped keys (which shredding must remove).
    """
    needles: dict[str, bytes] = {}
    for original in originals:
        needles[f"plain {original.kind.value}"] = original.value.encode()
        needles[f"plain-utf16 {original.kind.value}"] = original.value.encode("utf-16-le")
    records = sorted({o.record for o in originals})
    tokens = {o.token for o in originals}
    conn = sqlite3.connect(f"file:{vault_dir / DB_NAME}?mode=ro", uri=True)
    try:
        for record, wrapped, version in conn.execute(
            "SELECT record, wrapped_key, kek_version FROM records WHERE record IN"
            f" ({','.join('?' * len(records))})",
            records,
        ):
            data_key = cipher.unwrap(keys.kek, wrapped, record, version)
            needles[f"wrapped key {record}"] = wrapped
            needles[f"data key {record}"] = data_key
            needles[f"data key b64 {record}"] = base64.b64encode(data_key)
        for record, token, nonce, sealed in conn.execute(
            "SELECT r.record, o.token, o.nonce, o.ciphertext FROM originals o"
            " JOIN records r ON r.id = o.record_id"
        ):
            if record in records and token in tokens:
                needles[f"ciphertext {token}"] = sealed
                needles[f"tag {token}"] = sealed[-16:]
                needles[f"nonce {token}"] = nonce
    finally:
        conn.close()
    assert any(label.startswith("ciphertext") for label in needles)
    return needles


def assert_no_value(error: BaseException, originals: Iterable[Original]) -> None:
    text = str(error) + repr(error)
    for original in originals:
        assert original.value not in text


def bystanders(tok: Tokeniser, count: int = 60) -> list[Original]:
    return [o for i in range(count) for o in person(tok, f"claim/quidco/QC-{i:05d}")]


# -- keys -----------------------------------------------------------------------------------


def test_key_file_created_0600_in_a_0700_dir(key_file: Path, keys: Keys) -> None:
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.parent.stat().st_mode & 0o777 == 0o700
    assert len(keys.pseudonym_key) >= 32 and len(keys.kek) == 32
    assert keys.pseudonym_key != keys.kek
    assert load_keys(key_file, env_var=ENV) == keys  # a second load reads, not recreates


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o620, 0o602])
def test_key_file_readable_or_writable_by_others_stops_the_program(
    key_file: Path, keys: Keys, mode: int
) -> None:
    key_file.chmod(mode)
    with pytest.raises(VaultKeyError) as caught:
        load_keys(key_file, env_var=ENV)
    assert f"{mode:04o}" in str(caught.value) and "chmod 600" in str(caught.value)


def test_missing_key_file_without_create(key_file: Path) -> None:
    with pytest.raises(VaultKeyError, match="does not exist"):
        load_keys(key_file, env_var=ENV, create=False)
    assert not key_file.exists()


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"format": "other"}',
        '{"format": "claims-keys", "version": 1}',
        '{"format": "claims-keys", "version": 1, "pseudonym": {"version": 1, "key": "!!"},'
        ' "kek": {"version": 1, "key": "AAAA"}}',
    ],
)
def test_malformed_key_file(key_file: Path, content: str) -> None:
    key_file.parent.mkdir(parents=True)
    key_file.write_text(content)
    key_file.chmod(0o600)
    with pytest.raises(VaultKeyError):
        load_keys(key_file, env_var=ENV)


def test_short_kek_is_refused_without_echoing_it(key_file: Path, keys: Keys) -> None:
    data = json.loads(key_file.read_text())
    data["kek"]["key"] = base64.b64encode(b"k" * 16).decode()
    key_file.write_text(json.dumps(data))
    with pytest.raises(VaultKeyError, match="32 bytes") as caught:
        load_keys(key_file, env_var=ENV)
    assert data["kek"]["key"] not in str(caught.value)


@pytest.mark.parametrize(
    "encode", [lambda text: text, lambda text: base64.b64encode(text.encode()).decode()]
)
def test_keys_from_environment_variable(
    tmp_path: Path,
    key_file: Path,
    keys: Keys,
    monkeypatch: pytest.MonkeyPatch,
    encode: Callable[[str], str],
) -> None:
    monkeypatch.setenv(ENV, encode(key_file.read_text()))
    elsewhere = tmp_path / "absent" / "claims.keys"
    loaded = load_keys(elsewhere, env_var=ENV)
    assert (loaded.pseudonym_key, loaded.kek, loaded.kek_version) == (
        keys.pseudonym_key,
        keys.kek,
        1,
    )
    assert loaded.path is None and ENV in loaded.source
    assert not elsewhere.exists()  # the variable wins; no file is created


def test_malformed_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "%%% not keys %%%")
    with pytest.raises(VaultKeyError, match=ENV):
        load_keys(tmp_path / "k", env_var=ENV)


def test_keys_repr_shows_no_key_material(keys: Keys) -> None:
    text = repr(keys)
    for secret in (keys.kek, keys.pseudonym_key):
        assert secret.hex() not in text and base64.b64encode(secret).decode() not in text
        assert repr(secret) not in text


def test_key_file_inside_the_vault_dir_is_refused(vault_dir: Path) -> None:
    inside = load_keys(vault_dir / "claims.keys", env_var=ENV)
    with pytest.raises(VaultKeyError, match="inside the vault directory"):
        open_vault(vault_dir, inside)


def test_wrong_key_encryption_key_is_a_key_error(
    vault_dir: Path, keys: Keys, tmp_path: Path
) -> None:
    with open_vault(vault_dir, keys) as vault:
        vault.store(person(tokeniser(keys), "claim/a/A-1"), NOW)
    other = dataclasses.replace(keys, kek=os.urandom(32))
    with pytest.raises(VaultKeyError, match="does not open this vault"):
        open_vault(vault_dir, other)
    newer = dataclasses.replace(keys, kek_version=7)
    with pytest.raises(VaultKeyError, match="version 1"):
        open_vault(vault_dir, newer)
    stranger = dataclasses.replace(keys, pseudonym_key=os.urandom(32))
    with pytest.raises(VaultKeyError, match="pseudonym key"):
        open_vault(vault_dir, stranger)


# -- opening --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["persist", "memory", "off", "PERSIST"])
def test_journal_modes_that_keep_old_pages_are_refused(
    vault_dir: Path, keys: Keys, mode: str
) -> None:
    with pytest.raises(VaultError, match="refused"):
        open_vault(vault_dir, keys, journal_mode=mode)


def test_every_connection_runs_secure_delete(vault: Vault) -> None:
    conn = vault._conn
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory


def test_vault_file_is_private(vault_dir: Path, keys: Keys) -> None:
    vault_dir.mkdir(parents=True, mode=0o755)  # as a workspace set-up might leave it
    vault_dir.chmod(0o755)
    with open_vault(vault_dir, keys) as vault:
        vault.store(person(tokeniser(keys), "claim/a/A-1"), NOW)
        for path in [vault_dir, *vault_dir.iterdir()]:
            assert path.stat().st_mode & 0o077 == 0, path.name


def test_sqlite_errors_become_vault_errors(vault_dir: Path, keys: Keys) -> None:
    vault_dir.mkdir(parents=True)
    (vault_dir / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(VaultError, match=r"vault database .* failed") as caught:
        open_vault(vault_dir, keys)
    assert caught.value.__cause__ is None  # the sqlite3 error is translated, not chained


def test_errors_on_a_closed_connection_are_vault_errors(vault_dir: Path, keys: Keys) -> None:
    vault = open_vault(vault_dir, keys)
    vault._conn.close()
    for call in (vault.counts, lambda: vault.subject(["NAME_1_AAAAAAAAAAAAAAAAAAAAAAAAAA"])):
        with pytest.raises(VaultError):
            call()


# -- storing and revealing ------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Tokeniser]]:
    root = tmp_path_factory.mktemp("shared")
    keys = load_keys(root / "secrets" / "claims.keys", env_var=ENV)
    with open_vault(root / "vault", keys) as vault:
        yield vault, tokeniser(keys)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(list(Kind)), value=st.text(min_size=1, max_size=200))
def test_reveal_round_trips_every_kind(
    shared_vault: tuple[Vault, Tokeniser], kind: Kind, value: str
) -> None:
    vault, tok = shared_vault
    claim_id = f"RT-{uuid.uuid4().hex}"
    token = tok.token(kind.value, value) or f"{kind.value}_1_{'A' * 26}"
    assert vault.store([Original(token, kind, value, f"claim/hyp/{claim_id}")], NOW) == 1
    assert vault.reveal(token, claim_id, witness=unaudited) == value


def test_store_is_idempotent(vault: Vault, keys: Keys) -> None:
    tok = tokeniser(keys)
    originals = person(tok, "claim/topcashback/TCB-00012") + person(tok, "order/ORD-1234")
    assert vault.store(originals + originals[:3], NOW) == len(originals)  # duplicates in one call
    assert vault.store(originals, NOW + timedelta(hours=1)) == 0  # a rerun adds nothing
    counts = vault.counts()
    assert (counts["live_values"], counts["live_records"]) == (len(originals), 2)
    more = person(tok, "claim/topcashback/TCB-00012", [Kind.NAME])
    assert vault.store(more, NOW) == 1  # a new token joins the existing record and its key
    assert vault.reveal(more[0].token, "TCB-00012", witness=unaudited) == more[0].value


def test_one_data_key_per_record(vault: Vault, vault_dir: Path, keys: Keys) -> None:
    tok = tokeniser(keys)
    vault.store(person(tok, "claim/a/A-1") + person(tok, "claim/b/B-2"), NOW)
    rows = vault._conn.execute("SELECT record, claim_id, wrapped_key FROM records").fetchall()
    assert sorted((r[0], r[1]) for r in rows) == [("claim/a/A-1", "A-1"), ("claim/b/B-2", "B-2")]
    assert len({r[2] for r in rows}) == 2


def test_nonces_are_fresh_for_every_encryption(vault: Vault, keys: Keys) -> None:
    tok = tokeniser(keys)
    same = "Same Value"
    originals = [
        Original(tok.token("NAME", same), Kind.NAME, same, f"claim/x/X-{i}") for i in range(50)
    ]
    vault.store(originals, NOW)
    nonces = [r[0] for r in vault._conn.execute("SELECT nonce FROM originals").fetchall()]
    sealed = [r[0] for r in vault._conn.execute("SELECT ciphertext FROM originals").fetchall()]
    assert len(set(nonces)) == 50 and all(len(n) == 12 for n in nonces)
    assert len(set(sealed)) == 50


def test_reveal_needs_the_right_claim(vault: Vault, keys: Keys) -> None:
    originals = person(tokeniser(keys), "claim/topcashback/TCB-1")
    vault.store(originals, NOW)
    with pytest.raises(VaultError, match="is not held for claim TCB-2") as caught:
        vault.reveal(originals[0].token, "TCB-2", witness=unaudited)
    assert_no_value(caught.value, originals)
    with pytest.raises(VaultError, match="not a token"):
        vault.reveal(originals[0].value, "TCB-1", witness=unaudited)


def test_no_witness_no_value(vault: Vault, keys: Keys) -> None:
    """The vault hands a value out only after its witness (the audit event) has run."""
    tokeniser = Tokeniser(keys.pseudonym_key, keys.pseudonym_version)
    token = tokeniser.token("EMAIL", "amara.obi@example.com")
    vault.store([Original(token, Kind.EMAIL, "amara.obi@example.com", "claim/t/W-1")], NOW)
    seen: list[str] = []
    assert vault.reveal(token, "W-1", witness=seen.append) == "amara.obi@example.com"
    with pytest.raises(VaultError):
        vault.reveal(token, "W-2", witness=seen.append)
    assert seen == ["revealed", "refused"]

    class AuditDown(Exception):
        pass

    def broken(_: object) -> None:
        raise AuditDown

    with pytest.raises(AuditDown) as raised:
        vault.reveal(token, "W-1", witness=broken)
    assert "amara" not in repr(raised.value)
    with pytest.raises(AuditDown):
        vault.export(vault.subject([token]), witness=broken)
    handed: list[int] = []
    rows = vault.export(vault.subject([token]), witness=lambda r: handed.append(len(r)))
    assert handed == [len(rows)] == [1]


def test_find_and_export(vault: Vault, keys: Keys) -> None:
    tok = tokeniser(keys)
    jane = person(tok, "claim/topcashback/TCB-1", [Kind.EMAIL, Kind.NAME, Kind.ADDRESS])
    email = jane[0]
    order = [Original(email.token, Kind.EMAIL, email.value, "order/ORD-9")]
    other = person(tok, "claim/quidco/QC-7")
    vault.store(jane + order + other, NOW)
    vault.mark_decided(["claim/topcashback/TCB-1"], NOW)
    subject = vault.subject([email.token])
    assert subject.own == ("claim/topcashback/TCB-1", "order/ORD-9") and not subject.mentions
    held = [h for h in vault.held(subject) if h.kind is Kind.EMAIL]
    assert {(h.record, h.claim_id, h.kind) for h in held} == {
        ("claim/topcashback/TCB-1", "TCB-1", Kind.EMAIL),
        ("order/ORD-9", "ORD-9", Kind.EMAIL),
    }
    decided = {h.record: h.decided_at for h in held}
    assert decided == {"claim/topcashback/TCB-1": NOW, "order/ORD-9": None}
    assert all(h.stored_at == NOW for h in held)
    assert {h.token for h in vault.held(subject)} == {o.token for o in jane}
    exported = dict((h.token, v) for h, v in vault.export(subject, witness=unaudited_export))
    assert exported == {o.token: o.value for o in jane}
    assert vault.subject(["NAME_1_AAAAAAAAAAAAAAAAAAAAAAAAAA"]).is_empty


# -- tampering ------------------------------------------------------------------------------


def _flip(blob: bytes, index: int) -> bytes:
    data = bytearray(blob)
    data[index] ^= 0x01
    return bytes(data)


TAMPERS = {
    "bit in nonce": "UPDATE originals SET nonce = :flipped_nonce WHERE token = :token",
    "bit in ciphertext": "UPDATE originals SET ciphertext = :flipped_first WHERE token = :token",
    "bit in tag": "UPDATE originals SET ciphertext = :flipped_tag WHERE token = :token",
    "swapped within record": (
        "UPDATE originals SET nonce = :sib_nonce, ciphertext = :sib_sealed WHERE token = :token"
    ),
    "copied from another record": (
        "UPDATE originals SET nonce = :far_nonce, ciphertext = :far_sealed WHERE token = :token"
    ),
    "bit in wrapped key": "UPDATE records SET wrapped_key = :flipped_wrapped WHERE id = :record_id",
    "wrapped key from another record": (
        "UPDATE records SET wrapped_key = :far_wrapped WHERE id = :record_id"
    ),
}


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_tampered_rows_fail_to_decrypt(vault: Vault, keys: Keys, tamper: str) -> None:
    tok = tokeniser(keys)
    victim = person(tok, "claim/a/A-1", [Kind.EMAIL, Kind.NAME])
    far = person(tok, "claim/b/B-1", [Kind.EMAIL])
    vault.store(victim + far, NOW)
    conn = vault._conn
    token = victim[0].token

    def row(tok_: str) -> tuple[int, bytes, bytes, bytes]:
        found: tuple[int, bytes, bytes, bytes] = conn.execute(
            "SELECT o.record_id, o.nonce, o.ciphertext, r.wrapped_key FROM originals o"
            " JOIN records r ON r.id = o.record_id WHERE o.token = ?",
            (tok_,),
        ).fetchone()
        return found

    record_id, nonce, sealed, wrapped = row(token)
    _, sib_nonce, sib_sealed, _ = row(victim[1].token)
    _, far_nonce, far_sealed, far_wrapped = row(far[0].token)
    params = {
        "token": token,
        "record_id": record_id,
        "flipped_nonce": _flip(nonce, 5),
        "flipped_first": _flip(sealed, 0),
        "flipped_tag": _flip(sealed, len(sealed) - 1),
        "flipped_wrapped": _flip(wrapped, 20),
        "sib_nonce": sib_nonce,
        "sib_sealed": sib_sealed,
        "far_nonce": far_nonce,
        "far_sealed": far_sealed,
        "far_wrapped": far_wrapped,
    }
    conn.execute(TAMPERS[tamper], params)
    with pytest.raises(VaultError, match="tampered") as caught:
        vault.reveal(token, "A-1", witness=unaudited)
    assert not isinstance(caught.value, VaultKeyError)
    assert_no_value(caught.value, victim + far)
    assert (
        vault.reveal(far[0].token, "B-1", witness=unaudited) == far[0].value
    )  # the rest of the vault is fine


# -- shredding leaves nothing behind --------------------------------------------------------


def _shred(vault: Vault, how: str, targets: list[Original]) -> None:
    if how == "claim":
        assert vault.shred_claim("CANARY-1") == 1
    elif how == "records":
        assert vault.shred_records(["claim/topcashback/CANARY-1"]) == 1
    elif how == "token":
        for original in targets:
            assert vault.shred_token(original.token) == 1
    elif how == "erase":
        assert vault.erase(vault.subject([targets[0].token])) == len(targets)
    elif how == "expired":
        vault.mark_decided(["claim/topcashback/CANARY-1"], NOW - timedelta(days=91))
        assert vault.shred_expired(NOW, 90) == 1
    else:  # pragma: no cover
        raise AssertionError(how)


def _plant(vault: Vault, keys: Keys) -> tuple[list[Original], list[Original]]:
    tok = tokeniser(keys)
    canaries = person(tok, "claim/topcashback/CANARY-1")
    others = bystanders(tok)
    # Canaries in the middle, so their cells share pages with values that stay.
    vault.store(others[: len(others) // 2] + canaries + others[len(others) // 2 :], NOW)
    return canaries, others


@pytest.mark.parametrize("journal_mode", ["wal", "delete", "truncate"])
@pytest.mark.parametrize("how", ["claim", "records", "token", "erase", "expired"])
def test_shred_leaves_no_byte_of_value_or_key(
    vault_dir: Path, keys: Keys, key_file: Path, journal_mode: str, how: str
) -> None:
    with open_vault(vault_dir, keys, journal_mode=journal_mode) as vault:
        canaries, others = _plant(vault, keys)
        needles = on_disk_forms(vault_dir, keys, canaries)
        before = {label for label, _ in hits(files_under(vault_dir), needles)}
        assert any(label.startswith("ciphertext") for label in before)  # the search can see
        assert not any(label.startswith(("plain", "data key")) for label in before)
        _shred(vault, how, canaries)
        assert vault.last_shred is not None and vault.last_shred.scrubbed
        assert hits(files_under(vault_dir, key_file), needles) == []
        for original in canaries:
            with pytest.raises(VaultError, match="shredded on 2") as caught:
                vault.reveal(original.token, "CANARY-1", witness=unaudited)
            assert_no_value(caught.value, canaries)
        assert vault.reveal(others[0].token, "QC-00000", witness=unaudited) == others[0].value
    assert hits(files_under(vault_dir, key_file), needles) == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_byte_search_has_teeth(
    vault_dir: Path, keys: Keys, journal_mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With secure_delete off and no VACUUM/checkpoint, the same search finds the remnants."""
    monkeypatch.setattr(database, "SECURE_DELETE", False)
    monkeypatch.setattr(Vault, "_scrub", lambda self: True)
    with open_vault(vault_dir, keys, journal_mode=journal_mode) as vault:
        assert vault._conn.execute("PRAGMA secure_delete").fetchone()[0] == 0
        canaries, _ = _plant(vault, keys)
        needles = on_disk_forms(vault_dir, keys, canaries)
        vault.shred_claim("CANARY-1")
        found = {label for label, _ in hits(files_under(vault_dir), needles)}
    found |= {label for label, _ in hits(files_under(vault_dir), needles)}
    assert any(label.startswith("ciphertext") for label in found)
    if journal_mode == "wal":
        # In rollback mode the UPDATE that drops the wrapped key rewrites its cell in place;
        # in WAL mode the old page stays in the -wal until it is checkpointed and truncated.
        assert any(label.startswith("wrapped key") for label in found)


def test_shred_token_rekeys_the_rest_of_its_record(
    vault: Vault, vault_dir: Path, keys: Keys
) -> None:
    tok = tokeniser(keys)
    record = person(tok, "claim/topcashback/CANARY-1", [Kind.EMAIL, Kind.NAME, Kind.POSTCODE])
    vault.store(record, NOW)
    needles = on_disk_forms(vault_dir, keys, record[:1])
    old_wrapped = {label: blob for label, blob in needles.items() if label.startswith("wrapped")}
    assert vault.shred_token(record[0].token) == 1
    assert hits(files_under(vault_dir), needles) == []
    assert hits(files_under(vault_dir), old_wrapped) == []
    for original in record[1:]:
        assert vault.reveal(original.token, "CANARY-1", witness=unaudited) == original.value
    with pytest.raises(VaultError, match="shredded on 2"):
        vault.reveal(record[0].token, "CANARY-1", witness=unaudited)
    assert vault.counts()["live_records"] == 1


def test_shred_waits_for_readers_and_finishes_later(
    vault_dir: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "SCRUB_WAIT_MS", 50)
    vault = open_vault(vault_dir, keys)
    canaries, _ = _plant(vault, keys)
    needles = on_disk_forms(vault_dir, keys, canaries)
    reader = sqlite3.connect(vault_dir / DB_NAME, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM originals").fetchall()  # holds an old snapshot
    vault.shred_claim("CANARY-1")
    assert vault.last_shred is not None and not vault.last_shred.scrubbed
    reader.execute("COMMIT")
    reader.close()
    vault.close()  # the pending scrub runs here
    assert hits(files_under(vault_dir), needles) == []


# -- retention, erasure ---------------------------------------------------------------------


def test_retention_shreds_decided_records_after_the_period(vault: Vault, keys: Keys) -> None:
    tok = tokeniser(keys)
    old = person(tok, "claim/a/OLD-1", [Kind.EMAIL])
    recent = person(tok, "claim/a/NEW-1", [Kind.EMAIL])
    undecided = person(tok, "claim/a/OPEN-1", [Kind.EMAIL])
    vault.store(old + recent + undecided, NOW - timedelta(days=200))
    vault.mark_decided(["claim/a/OLD-1"], NOW - timedelta(days=91))
    vault.mark_decided(["claim/a/NEW-1"], NOW - timedelta(days=10))
    vault.mark_decided(["claim/a/OLD-1"], NOW)  # a later decision does not restart the clock
    assert vault.shred_expired(NOW, 90) == 1
    assert vault.last_shred is not None and vault.last_shred.records == ("claim/a/OLD-1",)
    assert vault.shred_expired(NOW, 90) == 0
    with pytest.raises(VaultError, match=r"shredded on 2026-03-01 \(retention\)"):
        vault.reveal(old[0].token, "OLD-1", witness=unaudited)
    assert vault.reveal(recent[0].token, "NEW-1", witness=unaudited) == recent[0].value
    assert vault.reveal(undecided[0].token, "OPEN-1", witness=unaudited) == undecided[0].value
    # ten years on, the decided record has gone; the undecided one stays: its claim is open
    assert vault.shred_expired(NOW + timedelta(days=3650), 90) == 1
    assert vault.reveal(undecided[0].token, "OPEN-1", witness=unaudited) == undecided[0].value
    assert vault.counts() | {"kek_version": 0} == {
        "live_values": 1,
        "live_records": 1,
        "shredded_records": 2,
        "shredded_values": 0,
        "kek_version": 0,
    }


def test_store_into_a_shredded_record_opens_it_under_a_new_key(vault: Vault, keys: Keys) -> None:
    tok = tokeniser(keys)
    first = person(tok, "claim/a/A-1", [Kind.EMAIL])
    vault.store(first, NOW)
    wrapped = vault._conn.execute("SELECT wrapped_key FROM records").fetchone()[0]
    vault.shred_claim("A-1")
    again = person(tok, "claim/a/A-1", [Kind.NAME])
    assert vault.store(again, NOW) == 1
    assert vault.reveal(again[0].token, "A-1", witness=unaudited) == again[0].value
    assert vault._conn.execute("SELECT wrapped_key FROM records").fetchone()[0] != wrapped
    with pytest.raises(VaultError, match="is not held"):
        vault.reveal(first[0].token, "A-1", witness=unaudited)


def test_erase_by_email_leaves_nothing_of_that_person(
    vault: Vault, vault_dir: Path, keys: Keys
) -> None:
    tok = tokeniser(keys)
    email_value = canary(Kind.EMAIL)
    email = tok.token("EMAIL", email_value)

    def with_email(record: str, kinds: list[Kind]) -> list[Original]:
        return [Original(email, Kind.EMAIL, email_value, record), *person(tok, record, kinds)]

    jane = (
        with_email("claim/topcashback/TCB-1", [Kind.NAME, Kind.ADDRESS, Kind.POSTCODE])
        + with_email("claim/quidco/QC-1", [Kind.PHONE, Kind.MEMBER])
        + with_email("order/ORD-1", [Kind.NAME, Kind.POSTCODE])
    )
    neighbour = person(tok, "claim/topcashback/TCB-2")
    vault.store(jane + neighbour, NOW)
    vault.shred_token(jane[1].token)  # leaves a token tombstone that erasure must clear
    needles = on_disk_forms(vault_dir, keys, jane[2:])

    assert vault.erase(vault.subject([email])) == len(jane) - 1
    assert vault.last_shred is not None and vault.last_shred.reason == "erasure request"
    assert sorted(vault.last_shred.records) == [
        "claim/quidco/QC-1",
        "claim/topcashback/TCB-1",
        "order/ORD-1",
    ]
    assert_no_value(Exception(repr(vault.last_shred)), jane)
    tokens = {o.token for o in jane}
    assert vault.subject(tokens).is_empty
    assert vault.export(vault.subject(tokens), witness=unaudited_export) == []
    assert vault._conn.execute("SELECT count(*) FROM shredded_values").fetchone()[0] == 0
    for original in jane:
        with pytest.raises(VaultError) as caught:
            vault.reveal(original.token, original.record.rsplit("/", 1)[1], witness=unaudited)
        assert_no_value(caught.value, jane)
    assert hits(files_under(vault_dir), needles) == []
    assert vault.reveal(neighbour[0].token, "TCB-2", witness=unaudited) == neighbour[0].value


# -- rotation -------------------------------------------------------------------------------


def test_rotation_rewraps_live_keys_and_destroys_the_old_kek(
    vault_dir: Path, key_file: Path, keys: Keys
) -> None:
    tok = tokeniser(keys)
    live = person(tok, "claim/a/A-1") + person(tok, "order/ORD-1")
    gone = person(tok, "claim/a/GONE-1")
    with open_vault(vault_dir, keys) as vault:
        vault.store(live + gone, NOW)
        vault.shred_claim("GONE-1")
        old_wrapped = on_disk_forms(vault_dir, keys, live)
    old_wrapped = {k: v for k, v in old_wrapped.items() if k.startswith("wrapped")}

    assert rotate_keys(key_file, vault_dir, env_var=ENV) == 2
    new = load_keys(key_file, env_var=ENV, create=False)
    assert new.kek_version == 2 and new.kek != keys.kek and new.kek_next is None
    assert new.pseudonym_key == keys.pseudonym_key  # tokens stay the same
    assert key_file.stat().st_mode & 0o777 == 0o600
    old_kek = {"old kek": keys.kek, "old kek b64": base64.b64encode(keys.kek)}
    assert hits(files_under(key_file.parent, vault_dir), old_kek | old_wrapped) == []

    with open_vault(vault_dir, new) as vault:
        for original in live:
            assert (
                vault.reveal(original.token, original.record.rsplit("/", 1)[1], witness=unaudited)
                == original.value
            )
        for original in gone:
            with pytest.raises(VaultError, match="shredded on"):
                vault.reveal(original.token, "GONE-1", witness=unaudited)
        assert vault.counts()["kek_version"] == 2
    with pytest.raises(VaultKeyError):
        open_vault(vault_dir, keys)  # the old key set no longer opens it


def test_rotation_resumes_after_a_crash(vault_dir: Path, key_file: Path, keys: Keys) -> None:
    live = person(tokeniser(keys), "claim/a/A-1")
    with open_vault(vault_dir, keys) as vault:
        vault.store(live, NOW)
    # Crash after the vault was re-wrapped, before the key file lost its old KEK.
    pending = dataclasses.replace(keys, kek_next=(2, os.urandom(32)))
    write_key_file(key_file, pending, replace=True)
    with open_vault(vault_dir, load_keys(key_file, env_var=ENV)) as vault:
        assert vault.rewrap(2, pending.kek_next[1]) == 1  # type: ignore[index]
    with open_vault(vault_dir, load_keys(key_file, env_var=ENV)) as vault:  # still opens
        assert vault.reveal(live[0].token, "A-1", witness=unaudited) == live[0].value
    assert rotate_keys(key_file, vault_dir, env_var=ENV) == 2
    final = load_keys(key_file, env_var=ENV)
    assert final.kek_next is None and final.kek == pending.kek_next[1]  # type: ignore[index]
    with open_vault(vault_dir, final) as vault:
        assert vault.reveal(live[0].token, "A-1", witness=unaudited) == live[0].value


def test_a_process_with_the_old_kek_cannot_write_after_rotation(
    vault_dir: Path, key_file: Path, keys: Keys
) -> None:
    tok = tokeniser(keys)
    with open_vault(vault_dir, keys) as running:
        running.store(person(tok, "claim/a/A-1"), NOW)
        rotate_keys(key_file, vault_dir, env_var=ENV)
        with pytest.raises(VaultKeyError, match="version 2"):
            running.store(person(tok, "claim/a/A-2"), NOW)


def test_rotation_refuses_keys_from_the_environment(
    vault_dir: Path, key_file: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, key_file.read_text())
    with pytest.raises(VaultKeyError, match="environment variable"):
        rotate_keys(key_file, vault_dir, env_var=ENV)


def test_every_error_is_a_pipeline_error() -> None:
    assert issubclass(VaultKeyError, VaultError) and issubclass(VaultError, PipelineError)


# -- the CLI commands -----------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A config folder whose key file lies in tmp_path, and a data folder: (config, data, keys)."""
    import shutil

    import yaml

    from pipeline.config import DEFAULT_CONFIG_DIR

    config = tmp_path / "configs"
    shutil.copytree(DEFAULT_CONFIG_DIR, config)
    key_path = tmp_path / "secrets" / "claims.keys"
    settings = yaml.safe_load((config / "pipeline.yaml").read_text()) or {}
    settings.setdefault("keys", {})["key_file"] = str(key_path)
    (config / "pipeline.yaml").write_text(yaml.safe_dump(settings))
    return config, tmp_path / "data", key_path


def claims(args: list[str], workspace: tuple[Path, Path, Path]) -> tuple[int, str, str]:
    """Run `claims --config C --data D ARGS` as a user would: (exit code, stdout, stderr)."""
    import subprocess
    import sys

    config, data, _ = workspace
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMS_KEYS", "CLAIMS_DATA")}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--config", str(config), "--data", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_vault_commands_end_to_end(workspace: tuple[Path, Path, Path]) -> None:
    _, data, key_path = workspace
    keys = load_keys(key_path, env_var=ENV)
    tok = tokeniser(keys)
    email_value = canary(Kind.EMAIL)
    email = Original(tok.token("EMAIL", email_value), Kind.EMAIL, email_value, "")
    jane = [
        dataclasses.replace(email, record="claim/topcashback/TCB-1"),
        *person(tok, "claim/topcashback/TCB-1", [Kind.NAME, Kind.ADDRESS]),
        dataclasses.replace(email, record="order/ORD-1"),
    ]
    other = person(tok, "claim/quidco/QC-1", [Kind.EMAIL, Kind.NAME])
    with open_vault(data / "vault", keys) as vault:
        vault.store(jane + other, NOW)
    values = [o.value for o in jane + other]

    code, out, err = claims(
        ["reveal", jane[1].token, "--claim", "TCB-1", "--reason", "retailer lookup"], workspace
    )
    assert (code, out) == (0, jane[1].value + "\n"), err
    code, _, err = claims(["reveal", jane[1].token, "--claim", "TCB-1"], workspace)
    assert code == 2 and "--reason" in err

    export = data.parent / "sar.csv"
    code, out, err = claims(["find", "--email", email_value, "--export", str(export)], workspace)
    assert code == 0, err
    assert "TCB-1" in out and "ORD-1" in out and jane[2].token in out
    assert not any(v in out + err for v in values)
    text = export.read_text()
    assert all(o.value in text for o in jane) and not any(o.value in text for o in other)
    assert export.stat().st_mode & 0o077 == 0

    code, out, err = claims(["shred", "--claim", "QC-1", "--yes"], workspace)
    assert (code, out) == (0, "Shredded 1 record(s).\n"), err
    code, out, err = claims(
        ["reveal", other[0].token, "--claim", "QC-1", "--reason", "check"], workspace
    )
    assert code == 1 and err.startswith("Error: ") and "shredded on" in err and out == ""
    code, _, err = claims(["shred", "--claim", "X", "--expired"], workspace)
    assert code == 2 and "exactly one" in err

    code, out, err = claims(["keys", "rotate"], workspace)
    assert code == 0 and "version 2" in out, err
    code, out, _ = claims(
        ["reveal", jane[2].token, "--claim", "TCB-1", "--reason", "after rotation"], workspace
    )
    assert (code, out) == (0, jane[2].value + "\n")

    code, out, err = claims(
        ["erase", "--email", email_value, "--reference", "REQ-7", "--yes"], workspace
    )
    assert code == 0 and "Erased 2 record(s)" in out, err
    code, out, _ = claims(["find", "--email", email_value], workspace)
    assert (code, out) == (0, "Nothing held for this person.\n")
    code, _, err = claims(["shred", "--expired", "--yes"], workspace)
    assert code == 0, err

    audit = (data / "reports" / "audit.jsonl").read_text()
    events = [json.loads(line)["event"] for line in audit.splitlines()]
    assert events == [
        "reveal", "find", "export", "shred", "reveal",
        "key_rotation", "reveal", "erase", "find", "shred",
    ]  # fmt: skip
    assert not any(v in audit for v in values)

    key_path.chmod(0o644)
    code, out, err = claims(["find", "--email", email_value], workspace)
    assert code == 1 and out == ""
    assert err.startswith(f"Error: key file {key_path} has mode 0644") and "chmod 600" in err
