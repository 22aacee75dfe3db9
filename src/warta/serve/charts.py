"""Charts drawn on the server as inline SVG: no chart library, no JavaScript, no CDN, and a
page that shows its picture even when scripts are off. Every label is escaped."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from markupsafe import Markup

WIDTH = 720
# Beyond this many days, bars count months instead of days (a bar stays wide enough to see).
DAILY_MAX_DAYS = 62
ROW_HEIGHT = 22
# Widest bar slot: with a handful of days a bar stays a bar, not a block across the chart.
MAX_BAR_STEP = 48
# Rows on one time axis (a thread of hundreds of stories would be unreadable anyway).
MAX_ROWS = 60
# Row labels are cut to fit beside the axis.
LABEL_CHARS = 36
NETWORK_SIZE = 420
NETWORK_MAX_NODES = 16
# Nodes this far right or left of the hub (cosine of their angle) get a side label.
NETWORK_SIDE_COS = 0.15


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _svg(height: int, body: str, label: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(label, quote=True)}" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def counts_chart(days: Sequence[tuple[str, int]], label: str) -> Markup:
    """Bars of counts over time (per day, or per month for long ranges)."""
    dated = [(d, n) for s, n in days if (d := _day(s))]
    if not dated:
        return Markup("")
    span = (max(d for d, _ in dated) - min(d for d, _ in dated)).days
    buckets: dict[str, int] = {}
    for d, n in dated:
        key = d.isoformat() if span <= DAILY_MAX_DAYS else d.isoformat()[:7]
        buckets[key] = buckets.get(key, 0) + n
    keys = sorted(buckets)
    top = max(buckets.values())
    height, base, left = 180, 150, 30
    step = min((WIDTH - left) / len(keys), MAX_BAR_STEP)
    parts = [f'<text x="2" y="14" class="axis">{top}</text>']
    parts.append(f'<line x1="{left}" y1="{base}" x2="{WIDTH}" y2="{base}" class="axis-line"/>')
    for i, key in enumerate(keys):
        h = max(2.0, (base - 20) * buckets[key] / top)
        x = left + i * step
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{base - h:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{h:.1f}" class="bar"><title>{key}: {buckets[key]}</title></rect>'
        )
    for i in sorted({0, len(keys) // 2, len(keys) - 1}):
        x = left + i * step
        parts.append(f'<text x="{x:.1f}" y="{base + 18}" class="axis">{keys[i]}</text>')
    return _svg(height, "".join(parts), label)


def _moment(value: str | None) -> dt.datetime | None:
    """A naive datetime from ISO text (the offset is dropped: one corpus, one axis)."""
    try:
        return dt.datetime.fromisoformat((value or "")[:19])
    except ValueError:
        day = _day(value)
        return dt.datetime(day.year, day.month, day.day) if day else None


def _when(moment: dt.datetime, span: float) -> str:
    return moment.strftime("%Y-%m-%d %H:%M" if span < 3 * 86400 else "%Y-%m-%d")


def time_rows(rows: Sequence[tuple[str | None, str | None, str, str]], label: str) -> Markup:
    """One row per item on a shared time axis: (first, last, text, href) as a bar or a dot."""
    dated = []
    for first, last, text, href in rows:
        if (a := _moment(first)) is not None:
            dated.append((a, max(_moment(last) or a, a), text, href))
    if not dated:
        return Markup("")
    dated = dated[:MAX_ROWS]
    lo = min(a for a, *_ in dated)
    hi = max(b for _, b, *_ in dated)
    span = max((hi - lo).total_seconds(), 3600.0)
    left, right = 10, WIDTH - 250
    scale = (right - left) / span
    parts = []
    for i, (a, b, text, href) in enumerate(dated):
        y = 20 + i * ROW_HEIGHT
        x0 = left + (a - lo).total_seconds() * scale
        x1 = left + (b - lo).total_seconds() * scale
        shape = f'<rect x="{x0:.1f}" y="{y - 6}" width="{max(x1 - x0, 6):.1f}" height="12" class="bar"/>'
        name = escape(text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…")
        link = f'<a href="{escape(href, quote=True)}"><text x="{right + 10}" y="{y + 4}">{name}</text></a>'
        when = f"{_when(a, span)} – {_when(b, span)}"
        parts.append(f"<g><title>{escape(text)} ({when})</title>{shape}{link}</g>")
    axis_y = 20 + len(dated) * ROW_HEIGHT
    parts.append(f'<text x="{left}" y="{axis_y}" class="axis">{_when(lo, span)}</text>')
    end = f'<text x="{right}" y="{axis_y}" class="axis" text-anchor="end">{_when(hi, span)}</text>'
    parts.append(end)
    return _svg(axis_y + 10, "".join(parts), label)


def network(center: str, neighbours: Sequence[tuple[str, int]], label: str) -> Markup:
    """The actor in the middle, co-mentioned actors around it; line width = shared articles."""
    nodes = list(neighbours[:NETWORK_MAX_NODES])
    if not nodes:
        return Markup("")
    mid, radius = NETWORK_SIZE / 2, NETWORK_SIZE / 2 - 70
    top = max(n for _, n in nodes)
    lines, labels = [], []
    for i, (name, count) in enumerate(nodes):
        # Start at the top and go round clockwise; a half-step offset keeps no node exactly
        # above or below the hub, where labels of both sides would meet.
        angle = 2 * math.pi * (i + 0.5) / len(nodes) - math.pi / 2
        x, y = mid + 140 + radius * math.cos(angle), mid + radius * math.sin(angle)
        width = 1 + 5 * count / top
        lines.append(
            f'<line x1="{mid + 140}" y1="{mid}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke-width="{width:.1f}" class="edge"><title>{escape(name)}: {count}</title></line>'
        )
        labels.append(_network_node(name, x, y, math.cos(angle), math.sin(angle)))
    hub = (
        f'<circle cx="{mid + 140}" cy="{mid}" r="10" class="hub"/>'
        f'<text x="{mid + 140}" y="{mid + 26}" text-anchor="middle" class="hub-label">'
        f"{escape(center[:32])}</text>"
    )
    return _svg(NETWORK_SIZE, "".join(lines) + "".join(labels) + hub, label)


def _network_node(name: str, x: float, y: float, dx: float, dy: float) -> str:
    """A node and its label, written outward from the hub (right of right-hand nodes, left of
    left-hand ones, above the top and below the bottom) so neighbouring labels do not overlap."""
    anchor = "start" if dx > NETWORK_SIDE_COS else "end" if dx < -NETWORK_SIDE_COS else "middle"
    tx = x + 10 * (dx > NETWORK_SIDE_COS) - 10 * (dx < -NETWORK_SIDE_COS)
    ty = y + 4 + (14 if dy > 0 else -10) * (anchor == "middle")
    href = escape("/entities/" + quote(name, safe=""), quote=True)
    return (
        f'<a href="{href}"><circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="node"/>'
        f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{escape(name[:28])}</text></a>'
    )
