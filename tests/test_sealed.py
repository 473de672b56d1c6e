"""Sealing away from the vault (a Dask worker's step) and storing what was sealed."""

from __future__ import annotations

import dataclasses
import pickle
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.errors import VaultError
from pipeline.models import Kind, Original
from pipeline.pseudonymise import Tokeniser
from pipeline.vault import Keys, Vault, new_keys, open_vault, seal_originals

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def unaudited(outcome: str) -> None:
    """A reveal's witness that records nothing."""


@pytest.fixture
def keys() -> Keys:
    return new_keys()


@pytest.fixture
def vault(tmp_path: Path, keys: Keys) -> Iterator[Vault]:
    with open_vault(tmp_path / "vault", keys) as opened:
        yield opened


def _originals(keys: Keys, record: str, *kinds: Kind) -> list[Original]:
    tok = Tokeniser(keys.pseudonym_key, keys.pseudonym_version)
    tag = uuid.uuid4().hex[:10]
    values = {
        Kind.NAME: f"Aoife Ní Bhriain{tag}",
        Kind.EMAIL: f"aoife.{tag}@example.invalid",
        Kind.PHONE: f"07700 9{tag[:5]}",
        Kind.POSTCODE: f"BT{tag[:2]} 1AA",
    }
    return [Original(tok.token(k.value, values[k]), k, values[k], record) for k in kinds]


def _wrapped(vault: Vault, record: str) -> bytes:
    row = vault._conn.execute("SELECT wrapped_key FROM records WHERE record = ?", (record,))
    return bytes(row.fetchone()[0])


def test_sealed_values_open_from_the_vault_and_hold_no_plaintext(vault: Vault, keys: Keys) -> None:
    originals = _originals(keys, "claim/tcb/TCB-1", Kind.NAME, Kind.EMAIL) + _originals(
        keys, "claim/tcb/TCB-2", Kind.PHONE
    )
    sealed = seal_originals(keys.kek, keys.kek_version, originals + originals[:1])
    assert [s.record for s in sealed] == ["claim/tcb/TCB-1", "claim/tcb/TCB-2"]
    shipped = pickle.dumps(sealed) + repr(sealed).encode()  # what travels back from a worker
    for original in originals:
        assert original.value.encode() not in shipped
    assert vault.store_sealed(sealed, NOW) == 3
    for original in originals:
        claim = original.record.rsplit("/", 1)[1]
        assert vault.reveal(original.token, claim, witness=unaudited) == original.value
    assert vault.store_sealed(sealed, NOW + timedelta(hours=1)) == 0  # a rerun adds nothing


def test_a_new_token_for_a_held_record_is_resealed_under_its_key(vault: Vault, keys: Keys) -> None:
    first = _originals(keys, "claim/tcb/TCB-7", Kind.NAME)
    vault.store_sealed(seal_originals(keys.kek, keys.kek_version, first), NOW)
    key_before = _wrapped(vault, "claim/tcb/TCB-7")
    later = _originals(keys, "claim/tcb/TCB-7", Kind.EMAIL)  # the same claim id, a later chunk
    assert vault.store_sealed(seal_originals(keys.kek, keys.kek_version, later), NOW) == 1
    assert _wrapped(vault, "claim/tcb/TCB-7") == key_before  # one data key per record
    for original in first + later:
        assert vault.reveal(original.token, "TCB-7", witness=unaudited) == original.value
    assert vault.counts()["live_records"] == 1


def test_sealed_and_stored_in_process_are_the_same_to_the_vault(vault: Vault, keys: Keys) -> None:
    plain = _originals(keys, "order/ORD-9", Kind.NAME)
    vault.store(plain, NOW)
    sealed = seal_originals(
        keys.kek, keys.kek_version, plain + _originals(keys, "order/ORD-9", Kind.PHONE)
    )
    assert vault.store_sealed(sealed, NOW) == 1
    assert vault.counts()["live_values"] == 2


def test_a_shredded_record_reopens_under_the_sealed_key(vault: Vault, keys: Keys) -> None:
    first = _originals(keys, "claim/q/Q-1", Kind.EMAIL)
    vault.store_sealed(seal_originals(keys.kek, keys.kek_version, first), NOW)
    vault.shred_claim("Q-1")
    again = seal_originals(keys.kek, keys.kek_version, _originals(keys, "claim/q/Q-1", Kind.NAME))
    assert vault.store_sealed(again, NOW) == 1
    assert _wrapped(vault, "claim/q/Q-1") == again[0].wrapped_key
    with pytest.raises(VaultError, match="is not held"):
        vault.reveal(first[0].token, "Q-1", witness=unaudited)


def test_values_sealed_under_the_pending_kek_are_rewrapped_to_the_vaults(
    tmp_path: Path, keys: Keys
) -> None:
    """Mid-rotation the workers may seal under another KEK version than the vault's."""
    pending = dataclasses.replace(keys, kek_next=(keys.kek_version + 1, new_keys().kek))
    assert pending.kek_next is not None
    with open_vault(tmp_path / "vault", pending) as vault:
        originals = _originals(keys, "claim/k/K-1", Kind.POSTCODE)
        sealed = seal_originals(pending.kek_next[1], pending.kek_next[0], originals)
        assert vault.store_sealed(sealed, NOW) == 1
        assert vault.reveal(originals[0].token, "K-1", witness=unaudited) == originals[0].value
        assert _wrapped(vault, "claim/k/K-1") != sealed[0].wrapped_key


def test_a_records_own_value_wins_over_a_mention_of_it(vault: Vault, keys: Keys) -> None:
    [own] = _originals(keys, "claim/tcb/TCB-3", Kind.EMAIL)
    mention = dataclasses.replace(own, mentioned=True)
    [sealed] = seal_originals(keys.kek, keys.kek_version, [mention, own])
    assert [v.mentioned for v in sealed.values] == [False]
    vault.store_sealed((sealed,), NOW)
    row = vault._conn.execute("SELECT mentioned FROM originals WHERE token = ?", (own.token,))
    assert row.fetchone()[0] == 0
