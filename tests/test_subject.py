"""Subject access and erasure on a real batch: whose values are whose, what the person is sent,
what an erasure leaves of other people's claims, and what the audit log keeps of it all.

The batch holds Zanele's claim and Siobhán's claim, whose comment quotes Zanele's email and
name. Zanele's subject access shows her claim whole and only her own details from Siobhán's
comment; erasing Zanele shreds exactly those, and Siobhán's values stay revealable.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import NOTHING_HELD, cli
from pipeline.config import DEFAULT_CONFIG_DIR, Settings, load_settings
from pipeline.detect import BatchValues
from pipeline.detect.spans import Span
from pipeline.errors import PipelineError
from pipeline.models import Kind
from pipeline.operations import Operations, RevealPurpose
from pipeline.pseudonymise import TOKEN_RE, Tokeniser
from pipeline.runner import run_batch
from pipeline.vault import load_keys, open_vault
from pipeline.workspace import Workspace, key_path
from tests.stubs import DenyListScanner

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
          "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
          "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip
ZANELE = {"name": "zanele okonkwo", "email": "zanele.o@example.com", "phone": "07700 900417",
          "address": "14 Acacia Avenue, Leeds", "postcode": "LS1 4AB"}  # fmt: skip
SIOBHAN = {"name": "Siobhán Ní Bhriain", "email": "siobhan.nb@example.ie", "phone": "07700 900982",
           "address": "3 Quay Street; Galway Road, York", "postcode": "YO1 7HH"}  # fmt: skip
ROWS = [
    ["TCB-1", "M-1", ZANELE["name"], ZANELE["email"], ZANELE["phone"], ZANELE["address"],
     ZANELE["postcode"], "John Lewis", "JL-1001", "03/11/2026", "£120.00", "6.00",
     "10/11/2026", "Zanele here, ring 07700 900417"],
    ["TCB-2", "M-2", SIOBHAN["name"], SIOBHAN["email"], SIOBHAN["phone"], SIOBHAN["address"],
     SIOBHAN["postcode"], "Ted Baker", "TB-3003", "30/10/2026", "89.00", "4.45", "12/11/2026",
     f"Bought with my friend Zanele Okonkwo,\nher email {ZANELE['email']}"],
]  # fmt: skip
ORDERS = [
    ["order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
     "currency", "status", "tracked_publisher_id", "voucher_code"],
    ["JL-1001", "2026-11-03", ZANELE["name"], ZANELE["email"], ZANELE["postcode"], "120.00",
     "GBP", "completed", "", ""],
    ["TB-3003", "2026-10-30", SIOBHAN["name"], SIOBHAN["email"], SIOBHAN["postcode"], "89.00",
     "GBP", "pending", "", ""],
]  # fmt: skip
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class MentionScanner(DenyListScanner):
    """The row's own values, plus any email and the names of ``NAMES`` (as NER would)."""

    NAMES = ("Zanele Okonkwo",)

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        found = super().scan(texts, deny, allow, batch)
        for text, spans in zip(texts, found, strict=True):
            extra = [(m.start(), m.end(), "EMAIL") for m in EMAIL_RE.finditer(text)]
            for name in self.NAMES:
                at = text.casefold().find(name.casefold())
                if at >= 0:
                    extra.append((at, at + len(name), "NAME"))
            for start, end, kind in extra:
                if not any(s.start < end and start < s.end for s in spans):
                    spans.append(Span(start, end, kind, 1.0, "test"))
            spans.sort(key=lambda s: s.start)
        return found


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, Path, Settings]:
    """A config folder with its key file under tmp_path, a workspace after one batch."""
    config = tmp_path / "configs"
    shutil.copytree(DEFAULT_CONFIG_DIR, config)
    raw = yaml.safe_load((config / "pipeline.yaml").read_text())
    raw["keys"]["key_file"] = str(tmp_path / "secrets" / "claims.keys")
    (config / "pipeline.yaml").write_text(yaml.safe_dump(raw))
    data = tmp_path / "data"
    for path, rows in (("inbox/topcashback/claims.csv", [HEADER, *ROWS]), ("orders/o.csv", ORDERS)):
        (data / path).parent.mkdir(parents=True, exist_ok=True)
        (data / path).write_bytes(_csv(rows))
    settings = load_settings(config, data)
    run_batch(settings, now=NOW, scanner=MentionScanner())
    return config, data, settings


def _claims(batch: tuple[Path, Path, Settings], *args: str, stdin: str | None = None) -> Any:
    config, data, _ = batch
    return CliRunner().invoke(
        cli, ["--config", str(config), "--data", str(data), *args], input=stdin
    )


def _tokens(settings: Settings) -> Tokeniser:
    keys = load_keys(key_path(settings), settings.pipeline.keys.env_var, create=False)
    return Tokeniser(keys.pseudonym_key, keys.pseudonym_version)


def _values(person: dict[str, str]) -> list[str]:
    parts = [v for v in person.values()] + person["name"].split()
    return [p for p in parts if len(p) > 3] + [person["email"].split("@")[0]]


def _audit(data: Path) -> str:
    return (data / "reports" / "audit.jsonl").read_text(encoding="utf-8")


def _events(data: Path, name: str) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in _audit(data).splitlines()]
    return [line["fields"] for line in lines if line["event"] == name]


def test_the_vault_tells_a_records_own_values_from_mentions(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, _, settings = batch
    tok = _tokens(settings)
    ops = Operations(settings, who="dpo")
    found = ops.find({Kind.EMAIL: ZANELE["email"]})
    theirs = {(h.record, h.kind, h.mentioned) for h in found.held}
    assert ("claim/topcashback/TCB-2", Kind.EMAIL, True) in theirs
    assert ("claim/topcashback/TCB-2", Kind.NAME, True) in theirs  # her name in the comment
    # Nothing of Siobhán's own is Zanele's: not her name, email, address or postcode.
    siobhan = {
        tok.token(k.value, SIOBHAN[f]) for k, f in ((Kind.NAME, "name"), (Kind.EMAIL, "email"))
    }
    assert not siobhan & {h.token for h in found.held}
    assert {h.claim_id for h in found.held if not h.mentioned} == {"TCB-1", "JL-1001"}


def test_the_html_export_is_a_letter_for_the_person_and_nobody_else(
    batch: tuple[Path, Path, Settings], tmp_path: Path
) -> None:
    _, data, settings = batch
    out = tmp_path / "sar" / "zanele.html"
    out.parent.mkdir()
    Operations(settings, who="dpo").find({Kind.EMAIL: ZANELE["email"]}, out, now=NOW)
    html = out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o077 == 0
    for value in (ZANELE["email"], ZANELE["name"], ZANELE["address"], ZANELE["postcode"]):
        assert value in html or value.replace("'", "&#39;") in html
    for fact in ("TCB-1", "John Lewis", "JL-1001", "3 November 2026", "120.00", "Approve",
                 "We found your order", "Deleted by", "18 February 2027", "Shared with", "Purpose"):  # fmt: skip
        assert fact in html, fact
    assert "Mentions of you in other claims (1)" in html
    assert not TOKEN_RE.search(html), "a token in the person's letter"
    assert "claim/" not in html and "order/" not in html, "an internal record key"
    for value in [*_values(SIOBHAN), "TCB-2", "TB-3003", "Ted Baker", "89.00"]:
        assert value not in html, value
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "an external asset"
    assert "<link" not in html and "<script" not in html
    # The audit keeps the content hash and format, never the file name or a value.
    export = _events(data, "export")[-1]
    assert export["format"] == "html" and "zanele" not in json.dumps(export).lower()


def test_the_json_and_csv_exports_are_for_tools(
    batch: tuple[Path, Path, Settings], tmp_path: Path
) -> None:
    _, _, settings = batch
    ops = Operations(settings, who="dpo")
    ops.find({Kind.PHONE: ZANELE["phone"]}, tmp_path / "z.json", now=NOW)
    ops.find({Kind.PHONE: ZANELE["phone"]}, tmp_path / "z.csv", now=NOW)
    doc = json.loads((tmp_path / "z.json").read_text())
    claim = next(e for e in doc["entries"] if e["claim_id"] == "TCB-1")
    assert claim["merchant"] == "John Lewis" and claim["reason_code"] == "APPROVED"
    assert claim["record"] == "claim/topcashback/TCB-1"
    assert all(TOKEN_RE.fullmatch(v["token"]) for v in claim["values"])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "z.csv").read_text())))
    assert {r["value"] for r in rows} >= {ZANELE["email"], ZANELE["phone"]}
    for text in ((tmp_path / "z.json").read_text(), (tmp_path / "z.csv").read_text()):
        assert not any(v in text for v in _values(SIOBHAN))
    with pytest.raises(PipelineError, match="cannot tell the export format"):
        ops.find({Kind.PHONE: ZANELE["phone"]}, tmp_path / "z.txt")


def test_erasure_shreds_her_values_inside_anothers_claim_and_nothing_of_theirs(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, data, settings = batch
    tok = _tokens(settings)
    redacted = {p.name: p.read_bytes() for p in (data / "out").rglob("*") if p.is_file()}
    ops = Operations(settings, who="dpo")
    done = ops.erase({Kind.EMAIL: ZANELE["email"]}, reference="Ticket 42 from Zanele Okonkwo")
    assert done.claims == ("JL-1001", "TCB-1") and done.mentioned_in == 1
    assert done.mentions == 2  # her email and her name in Siobhán's comment
    # Siobhán's own values are all still revealable, under a fresh data key.
    for kind, field in ((Kind.NAME, "name"), (Kind.EMAIL, "email"), (Kind.ADDRESS, "address")):
        got = ops.reveal(tok.token(kind.value, SIOBHAN[field]), "TCB-2", "order lookup")
        assert got.value == SIOBHAN[field]
    # Nothing of Zanele is left, anywhere in the vault.
    assert ops.find({Kind.EMAIL: ZANELE["email"], Kind.NAME: ZANELE["name"]}).held == ()
    with pytest.raises(PipelineError, match=r"not held|shredded"):
        ops.reveal(tok.token("EMAIL", ZANELE["email"]), "TCB-2", "check")
    keys = load_keys(key_path(settings), settings.pipeline.keys.env_var, create=False)
    with open_vault(Workspace.of(settings).vault, keys) as vault:
        left = {row[0] for row in vault._conn.execute("SELECT token FROM originals")}
    zanele = {tok.token(k.value, ZANELE[f]) for k, f in (
        (Kind.NAME, "name"), (Kind.EMAIL, "email"), (Kind.PHONE, "phone"),
        (Kind.ADDRESS, "address"), (Kind.POSTCODE, "postcode"))}  # fmt: skip
    assert not zanele & left
    # Outputs keep their tokens: erasure touches the vault only.
    assert {p.name: p.read_bytes() for p in (data / "out").rglob("*") if p.is_file()} == redacted
    # The audit keeps the reference as a keyed hash, never its words.
    event = _events(data, "erase")[-1]
    assert event["reference_hash"] == ops.text_hash("ticket 42  FROM zanele okonkwo")
    assert "Ticket" not in _audit(data) and "okonkwo" not in _audit(data).casefold()


def test_after_erasure_find_and_reveal_never_write_her_token_again(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, data, settings = batch
    token = _tokens(settings).token("EMAIL", ZANELE["email"])
    ops = Operations(settings, who="dpo")
    ops.erase({Kind.EMAIL: ZANELE["email"]})
    before = _audit(data).count(token)
    ops.find({Kind.EMAIL: ZANELE["email"]})
    with pytest.raises(PipelineError, match=r"shredded on .* it cannot be revealed"):
        ops.reveal(token, "TCB-1", "retailer lookup", RevealPurpose.ORDER_LOOKUP)
    assert _audit(data).count(token) == before
    assert _events(data, "find")[-1]["tokens"] == "" and _events(data, "find")[-1]["unheld"] == 1
    assert _events(data, "reveal")[-1]["token"] == "(not held)"


def test_a_reason_naming_someone_is_kept_as_category_and_keyed_hash(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, data, settings = batch
    token = _tokens(settings).token("NAME", ZANELE["name"])
    ops = Operations(settings, who="dpo")
    reason = "John Lewis asked: is this Zanele Okonkwo's order?"
    assert ops.reveal(token, "TCB-1", reason, RevealPurpose.ORDER_LOOKUP).value == ZANELE["name"]
    event = _events(data, "reveal")[-1]
    assert event["reason_category"] == "order_lookup" and event["reason_hash"] == ops.text_hash(
        reason
    )
    assert (
        "reason" not in event and "Zanele" not in _audit(data) and "John Lewis" not in _audit(data)
    )
    assert _claims(batch, "audit", "text", reason).output.strip() == event["reason_hash"]


def test_erase_cli_dry_run_confirmation_and_nothing_held(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, data, settings = batch
    tok = _tokens(settings)
    done = _claims(batch, "erase", "--email", "nobody@example.com", "--yes")
    assert done.exit_code == NOTHING_HELD == 4
    assert done.output.startswith("Nothing held for this person") and "Erased" not in done.output
    done = _claims(batch, "--json", "erase", "--phone", "07700 900000", "--dry-run")
    assert done.exit_code == 4 and json.loads(done.output)["status"] == "nothing_held"

    done = _claims(batch, "erase", "--phone", ZANELE["phone"], "--dry-run")
    assert done.exit_code == 0, done.output
    assert done.output.startswith("Would erase 2 record(s) of theirs") and "dry run" in done.output
    done = _claims(batch, "erase", "--claim", "TCB-1", stdin="n\n")
    assert done.exit_code != 0 and "Erase them?" in done.output
    ops = Operations(settings, who="dpo")
    assert (
        ops.reveal(tok.token("EMAIL", ZANELE["email"]), "TCB-1", "check").value == ZANELE["email"]
    )

    done = _claims(batch, "erase", "--claim", "TCB-1", stdin="y\n")
    assert done.exit_code == 0, done.output
    assert "Erased 2 record(s) and 2 mention(s)" in done.output
    assert ops.find({Kind.EMAIL: ZANELE["email"]}).held == ()
    assert [e["outcome"] for e in _events(data, "erase")] == [
        "nothing_held", "nothing_held", "dry_run", "dry_run", "dry_run", "erased",
    ]  # fmt: skip
    done = _claims(batch, "shred", "--claim", "TCB-2", stdin="n\n")
    assert done.exit_code != 0
    assert ops.reveal(tok.token("EMAIL", SIOBHAN["email"]), "TCB-2", "x").value == SIOBHAN["email"]


def test_no_planted_value_reaches_log_audit_report_or_cli_output(
    batch: tuple[Path, Path, Settings], tmp_path: Path
) -> None:
    _, data, _ = batch
    printed = [
        _claims(batch, "find", "--email", ZANELE["email"], "--export", str(tmp_path / "z.html")),
        _claims(batch, "erase", "--email", ZANELE["email"], "--reference", "Zanele's ticket", "-y"),
        _claims(batch, "find", "--name", ZANELE["name"]),
    ]
    planted = _values(ZANELE) + _values(SIOBHAN)
    texts = [r.output for r in printed] + [_audit(data)]
    texts += [p.read_text() for p in (data / "reports").glob("*.html")]
    texts += [p.read_text() for p in (data / "reports").glob("*.json")]
    for text in texts:
        found = [v for v in planted if v.casefold() in text.casefold()]
        assert not found, found


def test_run_refuses_a_broken_audit_chain_and_verify_names_the_line(
    batch: tuple[Path, Path, Settings],
) -> None:
    _, data, settings = batch
    log = data / "reports" / "audit.jsonl"
    lines = log.read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace('"rows_in":2', '"rows_in":3')
    assert lines[2] != log.read_text().splitlines(keepends=True)[2]
    log.write_text("".join(lines))
    with pytest.raises(PipelineError, match="broken at line 3") as raised:
        run_batch(settings, now=NOW, scanner=MentionScanner())
    assert raised.value.exit_code == 1 and "claims audit verify" in str(raised.value)
    assert log.read_text() == "".join(lines)  # nothing appended
    done = _claims(batch, "audit", "verify")
    assert done.exit_code == 1 and "first broken line 3" in str(done.exception)


def test_the_report_shows_who_ran_it_and_the_hashes(batch: tuple[Path, Path, Settings]) -> None:
    _, data, settings = batch
    report = json.loads(next((data / "reports").glob("*.json")).read_text())
    prov = report["provenance"]
    assert prov["operator"] and set(prov["key_versions"]) == {"pseudonym", "kek"}
    assert {
        "pipeline.yaml",
        "rules.yaml",
        "sources/topcashback.yaml",
        "sources/orders.yaml",
    } <= set(prov["config_sha256"])
    for path, digest in prov["outputs_sha256"].items():
        import hashlib

        assert hashlib.sha256((data / path).read_bytes()).hexdigest() == digest
    Operations(settings, who="dpo").find({Kind.EMAIL: ZANELE["email"]})
    (data / "inbox" / "topcashback" / "more.csv").write_bytes(
        _csv([HEADER, [f"X{c}" if i == 0 else c for i, c in enumerate(ROWS[0])]])
    )
    second = run_batch(settings, now=NOW, scanner=MentionScanner())
    assert second.provenance["privacy_operations"]["find"] == 1
    assert second.provenance["privacy_operations"]["reveal"] == 0
