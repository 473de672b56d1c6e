"""Writes the labelled evaluation set under tests/quality/data/: the sample generator, gold on.

Run ``.venv/bin/python tests/quality/build.py`` to regenerate it; the output is byte-identical
on every run. What it writes:

- ``data/inbox/<file>``: one claim file per layout (seven source profiles plus two cryptic
  layouts no profile knows), in each layout's own encoding and delimiter;
- ``data/gold.jsonl``: one JSON object a line for every planted value. A whole cell is
  ``{"file", "row", "column", "kind", "value"}``; a span inside free text adds ``"start"`` and
  ``"end"`` (Python string offsets into the decoded cell, ``cell[start:end] == value``).
  ``row`` counts data rows from 1 (the header is row 0). ``kind`` is a token kind (NAME,
  EMAIL, PHONE, ADDRESS, POSTCODE, MEMBER, NINO) or KEEP for a must-keep cell or mention
  (claim id, merchant, order ref, dates, amounts, publisher ids, click refs);
- ``data/manifest.json``: per file its layout, profile (null for the cryptic ones), encoding,
  delimiter, row count and the planted counts by kind.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SEED = 20260415
ROWS = 240  # per layout: 9 layouts, 2,160 claims
NOTES_SHARE = 0.85
FILE_NAMES = {
    "awin": "awin_eval.csv",
    "easyfundraising": "easyfundraising_eval.txt",
    "impact": "impact_eval.csv",
    "kidstart": "kidstart_eval.tsv",
    "quidco": "quidco_eval.csv",
    "rakuten": "rakuten_eval.csv",
    "topcashback": "topcashback_eval.csv",
    "unknown": "partner_feed_a.csv",
    "cryptic_col": "partner_feed_b.csv",
}


def load_generator() -> ModuleType:
    """samples/generate.py as a module (samples/ is not a package)."""
    path = ROOT / "samples" / "generate.py"
    spec = importlib.util.spec_from_file_location("sample_generator", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("sample_generator", module)
    spec.loader.exec_module(module)
    return module


def build(out: Path = DATA, rows: int = ROWS, seed: int = SEED) -> dict[str, Any]:
    """Write the evaluation set under ``out``; returns the manifest."""
    generator = load_generator()
    layouts = generator.load_layouts()
    if (out / "inbox").exists():
        shutil.rmtree(out / "inbox")
    gold: list[dict[str, Any]] = []
    generator.generate(
        out,
        rows=rows,
        seed=seed,
        layouts=list(FILE_NAMES),
        notes_share=NOTES_SHARE,
        file_names=FILE_NAMES,
        gold=gold.append,
        with_orders=False,
    )
    with (out / "gold.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for entry in gold:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    files = []
    for name, file_name in sorted(FILE_NAMES.items(), key=lambda kv: kv[1]):
        layout = layouts[name]
        counts = Counter(
            f"{e['kind']}:{'text' if 'start' in e else 'cell'}"
            for e in gold
            if e["file"] == file_name
        )
        files.append(
            {
                "file": file_name,
                "layout": name,
                "profile": name if layout.profiled else None,
                "encoding": layout.encoding,
                "delimiter": layout.delimiter,
                "rows": rows,
                "columns": list(layout.headers),
                "planted": dict(sorted(counts.items())),
            }
        )
    manifest = {
        "generator": "samples/generate.py",
        "builder": "tests/quality/build.py",
        "seed": seed,
        "rows": rows * len(FILE_NAMES),
        "files": files,
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the labelled evaluation set.")
    parser.add_argument(
        "--out", type=Path, default=DATA, help="output folder (default tests/quality/data)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="another seed gives a held-out set the detector was never tuned on",
    )
    args = parser.parse_args(argv)
    manifest = build(args.out, seed=args.seed)
    total = Counter[str]()
    for entry in manifest["files"]:
        total.update(entry["planted"])
    print(f"{manifest['rows']} claims in {len(manifest['files'])} files under {args.out}")
    for key, count in sorted(total.items()):
        print(f"  {key:<16} {count:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
