"""Text pages in the layouts of outlets outside the dev data (republika, sindonews, merdeka,
cnbc, jpnn, idntimes, bisnis, suara, kumparan, viva, kontan, mediaindonesia, inews; tirto,
katadata, jawapos, pikiranrakyat, medcom, rmol, kompastv, antarapapua (papua.antaranews, WIT),
tribunjateng, detiksulsel (WITA); held-out checks written after those rules: beritasatu, grid,
suaramerdeka, tvone, okezone (celebrity), antarajatim, tribunbali (WITA); then solopos,
harianjogja, timesindonesia, beritajatim, fajar (fajar.co.id, WITA), wartaekonomi, idxchannel,
kompasiana (a user blog), poskota, voi (voi.id), expectations written before running warta;
then rri (rri.co.id, a KBRN dateline, WIT), gatra, hops (hops.id), ayobandung, jatimnow,
suarasurabaya, radarbogor (JawaPos network), tribuntimur (WITA), bolasport, dw (dw.com/id, wire
agencies in the sign-off), also written before running warta; then liputan6, tempo, cnnindonesia,
haibunda (detik network), kapanlagi, serambinews (tribun network, Aceh), kaltimpost (WITA), jubi
(jubi.id, WIT), beritaharian (Malaysian, Malay) and jakartapost (English), written before running
warta, with the expected language); then kompasid (a kompas.id paywall teaser), detikfinance
("Simak Video"), banjarmasinpost (tribun network, WITA, a credit opening the caption), okezone_economy
and suarasulsel (WITA; "Baca juga" inserts glued into paragraphs), tempo_english (English),
ceposonline (Cenderawasih Pos, Jayapura, WIT), bolanet (sports), mongabay (an environment
magazine, Aceh) and prnewswire (a wire press release), written before running warta, some with
the expected subtitle and cited media; written for warta from their public page structure.
Each tests/outlets/<name>.txt has the expected reading in <name>.json."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

OUTLETS = Path(__file__).parent / "outlets"
NAMES = sorted(p.stem for p in OUTLETS.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_outlet_layout(name: str, check_reading: Callable[[Path], None]) -> None:
    check_reading(OUTLETS / f"{name}.txt")
