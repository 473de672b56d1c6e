"""The self-contained HTML report: Jinja2 template, inline CSS, charts drawn as inline SVG."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jinja2
import markupsafe

from pipeline.errors import StageError
from pipeline.models import decision_of

TEMPLATE = "report.html.j2"
OUTCOME_COLOURS = {"approve": "#2e7d32", "decline": "#c62828", "query": "#b26a00"}
# Stage colours avoid the decision colours (green, red, amber) so no chart reads as a verdict.
TIMING_PALETTE = ("#1f5f99", "#7fa7cf", "#7b3f98", "#00838f", "#6d4c41", "#90a4ae", "#3949ab")
STAGE_ORDER = ("read", "detect", "pseudonymise", "vault", "decide", "write", "leak_check")
# Keys in a timings dict that count things rather than measure seconds.
_NOT_SECONDS = ("_values", "_count", "_rows")
_BREAK_AFTER = re.compile(r"([/_.-])")
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", ":": "colon", " ": "space"}

_environment: jinja2.Environment | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """One coloured part of a bar."""

    label: str
    value: float
    colour: str
    x: float = 0.0
    width: float = 0.0


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a horizontal bar chart."""

    label: str
    total: float
    shown: str
    y: float
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True, slots=True)
class Chart:
    """A horizontal (stacked) bar chart, laid out for the template's SVG."""

    title: str
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...] = ()
    width: int = 760
    label_width: int = 230
    value_width: int = 70
    bar_height: int = 18
    gap: int = 8
    top: int = 4

    @property
    def plot_width(self) -> int:
        return self.width - self.label_width - self.value_width

    @property
    def height(self) -> float:
        return self.top + len(self.bars) * (self.bar_height + self.gap) + 4


def stacked_chart(
    title: str,
    rows: list[tuple[str, list[tuple[str, float, str]]]],
    *,
    unit: str = "",
    digits: int = 0,
    legend_order: list[str] | None = None,
) -> Chart:
    """Lay out rows of (label, [(segment label, value, colour)]) scaled to the largest total."""
    base = Chart(title=title, bars=())
    largest = max((sum(v for _, v, _ in parts) for _, parts in rows), default=0.0) or 1.0
    bars: list[Bar] = []
    legend: dict[str, str] = {}
    for index, (label, parts) in enumerate(rows):
        x = 0.0
        segments: list[Segment] = []
        for name, value, colour in parts:
            width = base.plot_width * value / largest
            segments.append(Segment(name, value, colour, x, width))
            legend.setdefault(name, colour)
            x += width
        total = sum(value for _, value, _ in parts)
        bars.append(
            Bar(
                label=label,
                total=total,
                shown=f"{total:,.{digits}f}{unit}",
                y=base.top + index * (base.bar_height + base.gap),
                segments=tuple(segments),
            )
        )
    keys = [k for k in legend_order if k in legend] if legend_order else list(legend)
    return Chart(
        title=title,
        bars=tuple(bars),
        legend=tuple((k, legend[k]) for k in keys) if len(keys) > 1 else (),
    )


def _rows_chart(report: dict[str, Any]) -> Chart | None:
    rows = [
        (
            f["name"],
            [("rows out", float(f["rows_out"]), "#1f5f99")],
        )
        for f in report["files"]
        if f["rows_in"]
    ]
    return stacked_chart("Rows per claim file", rows) if rows else None


def _kinds_chart(report: dict[str, Any]) -> Chart | None:
    columns = report["totals"]["column_values"]
    free = report["totals"]["free_text"]
    kinds = sorted(set(columns) | set(free), key=lambda k: -(columns.get(k, 0) + free.get(k, 0)))
    rows = [
        (
            kind,
            [
                ("in personal columns", float(columns.get(kind, 0)), "#1f5f99"),
                ("in free text", float(free.get(kind, 0)), "#7fa7cf"),
            ],
        )
        for kind in kinds
    ]
    return stacked_chart("Personal values replaced, by kind", rows) if rows else None


def _decisions_chart(report: dict[str, Any]) -> Chart | None:
    reasons = report["totals"]["reasons"]
    rows = [
        (code, [(decision_of(code), float(count), OUTCOME_COLOURS[decision_of(code)])])
        for code, count in reasons.items()
    ]
    chart = stacked_chart("Claims by reason code", rows) if rows else None
    if chart is not None:
        present = {decision_of(code) for code in reasons}
        legend = tuple((o, c) for o, c in OUTCOME_COLOURS.items() if o in present)
        chart = Chart(title=chart.title, bars=chart.bars, legend=legend)
    return chart


def is_seconds(key: str) -> bool:
    """True for a timings key that measures seconds (not a count stored beside them)."""
    return not key.endswith(_NOT_SECONDS)


def timing_stages(report: dict[str, Any]) -> list[str]:
    """Stage names found in the files' timings, in pipeline order, unknown stages after."""
    found: set[str] = set()
    for item in (*report["orders"], *report["files"]):
        found.update(k for k in item["timings"] if k != "total" and is_seconds(k))
    rank = {stage: index for index, stage in enumerate(STAGE_ORDER)}
    return sorted(found, key=lambda stage: (rank.get(stage, len(rank)), stage))


def total_seconds(timings: dict[str, float]) -> float:
    """A file's ``total`` timing, or the sum of its stages when it has none."""
    if "total" in timings:
        return float(timings["total"])
    return float(sum(value for key, value in timings.items() if is_seconds(key)))


def _timings_chart(report: dict[str, Any]) -> Chart | None:
    stages = timing_stages(report)
    colours = {stage: TIMING_PALETTE[i % len(TIMING_PALETTE)] for i, stage in enumerate(stages)}
    rows = []
    for item in (*report["orders"], *report["files"]):
        timings = item["timings"]
        parts = [(s, float(timings[s]), colours[s]) for s in stages if s in timings]
        if not parts and "total" in timings:
            parts = [("total", float(timings["total"]), TIMING_PALETTE[0])]
        if parts:
            rows.append((item["name"], parts))
    if not rows:
        return None
    return stacked_chart(
        "Seconds per file and stage", rows, unit=" s", digits=2, legend_order=stages
    )


def name_delimiter(delimiter: str) -> str:
    """A delimiter in words: ``,`` -> comma."""
    return _DELIMITERS.get(delimiter, repr(delimiter))


def breakable(name: str) -> markupsafe.Markup:
    """A file name, escaped, that may wrap after ``/``, ``-``, ``_`` and ``.`` in narrow columns."""
    escaped = str(markupsafe.escape(name))
    return markupsafe.Markup(_BREAK_AFTER.sub(r"\1<wbr>", escaped))


def format_when(iso: str) -> str:
    """An ISO timestamp as ``14 Jun 2025 09:30:00 UTC`` (the ISO text if it does not parse)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.utcoffset() == timedelta(0):
        return moment.strftime("%d %b %Y %H:%M:%S UTC")
    return moment.strftime("%d %b %Y %H:%M:%S %z")


def _environment_once() -> jinja2.Environment:
    global _environment
    if _environment is None:
        _environment = jinja2.Environment(
            loader=jinja2.PackageLoader("pipeline.report", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        _environment.filters["decision"] = decision_of
        _environment.filters["delimiter"] = name_delimiter
        _environment.filters["when"] = format_when
        _environment.filters["total_seconds"] = total_seconds
        _environment.filters["breakable"] = breakable
        _environment.filters["seconds"] = is_seconds
    return _environment


def render_html(report: dict[str, Any]) -> str:
    """The HTML page for a report dict built by ``build_report``.

    Raises:
        StageError: the template is missing or fails to render.
    """
    try:
        template = _environment_once().get_template(TEMPLATE)
        return template.render(
            report=report,
            charts={
                "rows": _rows_chart(report),
                "kinds": _kinds_chart(report),
                "decisions": _decisions_chart(report),
                "timings": _timings_chart(report),
            },
            outcome_colours=OUTCOME_COLOURS,
            timing_stages=timing_stages(report),
        )
    except jinja2.TemplateError as exc:
        raise StageError("report", f"the HTML template failed: {type(exc).__name__}") from exc
