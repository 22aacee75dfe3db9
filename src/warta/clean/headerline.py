"""A header line that holds several header lines: "Judul | Penulis | Senin, 2 Sep 2024 09:00 WIB"
(a copy that put the headline, the writer and the date on one line) is read as those lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.clean.bylines import NAME_RE
from warta.clean.lines import DATEINFO_MAX_CHARS

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources

# Only the first lines of a text hold its header.
HEADER_LINES = 8
# A headline of this many words at least opens such a line ("Harga Cabai Turun" is three).
HEADLINE_MIN_WORDS = 3
# A date part is a date line's length (DATEINFO_MAX_CHARS), a name part a name's.
NAME_PART_WORDS = 4
_SEP = " | "


def header_parts(lines: list[tuple[int, str]], res: CleanResources) -> list[tuple[int, str]]:
    """The lines with each combined header line cut into its parts (same line number)."""
    if not any(_SEP in t for _, t in lines[:HEADER_LINES]):
        return lines  # the cheap guard: most texts have no such line
    out: list[tuple[int, str]] = []
    for k, (n, text) in enumerate(lines):
        parts = text.split(_SEP) if k < HEADER_LINES and _SEP in text else []
        if _combined(parts, res):
            out.extend((n, part.strip()) for part in parts)
        else:
            out.append((n, text))
    return out


def _combined(parts: list[str], res: CleanResources) -> bool:
    """A headline, then a writer's name and a date (in either order), nothing else."""
    if len(parts) != 3 or len(parts[0].split()) < HEADLINE_MIN_WORDS:
        return False
    rest = [p.strip() for p in parts[1:]]
    dates = [p for p in rest if len(p) <= DATEINFO_MAX_CHARS and res.dates.has_date(p)]
    names = [p for p in rest if len(p.split()) <= NAME_PART_WORDS and NAME_RE.fullmatch(p)]
    return len(dates) == 1 and len(names) == 1 and dates[0] != names[0]
