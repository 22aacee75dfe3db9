"""Photo captions and their credits: a caption line with a trailing credit, a "Lihat Foto" marker
before one, a credit line beside its caption."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.clean.lines import (
    CAPTION_MAX_CHARS,
    SHORT_LINE_CHARS,
    Tagged,
    is_bodylike,
    undated,
    word_count,
)
from warta.clean.resources import CleanResources, data_rows

# A trailing photo credit: "(twitter.com/X)", "(Foto: Istockphoto)", "[ANTARA FOTO/...]".
CREDIT_RE = re.compile(r"\s*(?P<open>[(\[])\s*(?P<c>[^()\[\]]{2,90}?)\s*[)\]]\s*$")
CREDIT_WORDS = re.compile(
    r"/|\.com\b|\.id\b|\b(?:foto|photo|dok|dokumentasi|istimewa|ist|getty|reuters|afp|ap|antara|"
    r"shutterstock|istock\w*|twitter|instagram|facebook|youtube|kolase|tribun\w*|kompas\w*|detik\w*|"
    r"liputan6|net|pixabay|unsplash|freepik|wikimedia|wikipedia|humas|screenshot|tangkapan layar|"
    r"ilustrasi|grafis|image|images|epa|xinhua|anadolu|bernama)\b",
    re.I,
)
# A credit after a label ("... Jakarta. FOTO/DOK SINDOnews") is tried before a bare one, whose
# "Name/Name" shape also fits "Jakarta. FOTO/DOK".
# A slash may glue the label to the caption ("Ilustrasi anak tidur/Foto: Getty Images/...", the
# detik network).
LABELLED_CREDIT_RE = re.compile(
    r"(?P<t>.*[.!?\"”)]|.*\w(?=\s?/\s?(?:Foto|FOTO|Photo|PHOTO)\s*:)|)\s*/?\s*"
    r"(?P<c>(?:Dok\.|(?:Foto|FOTO|Photo|PHOTO)\s*[:/])\s*\S[^()]{1,59})"
)
TRAILING_CREDIT_RE = re.compile(
    r"(?P<t>.*?[.!?\"”)]?)\s*(?P<c>(?<=\s)[A-Z][\w-]*(?:\.[\w-]+)*(?:\s[A-Z][\w-]*(?:\.[\w-]+)*)?/[A-Z][\w .'/-]{2,60}|(?:AP|AFP|Reuters|ANTARA|EPA)\s+Photo)"
)
# "... Jalan Layang Cimindi. /Pikiran Rakyat/Rizki Laelani": a slash opens the credit, which
# names a source and a photographer, or a platform and an account ("/Instagram @akun").
LEADING_SLASH_CREDIT_RE = re.compile(
    r"(?P<t>.*[.!?\"”)])\s+/\s*(?P<c>[A-Z][\w .'-]{1,40}(?:(?:/[\w .'-]{2,60})+|(?<=\w) @[\w.]{2,30}))"
)
# "Ilustrasi sekolah rusak/Net", "Warga antre/Istimewa": a credit word glued on with a slash.
GLUED_CREDIT_RE = re.compile(r"(?P<t>.*\w)\s?/\s?(?P<c>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})")
_TRAILING_NEEDLE = re.compile(r"/|Dok\.|Foto|FOTO|Photo|©")
# "Arne Slot memberi instruksi. © Liverpool FC" (bola.net): the copyright sign opens the credit.
COPYRIGHT_CREDIT_RE = re.compile(r"(?P<t>.*[.!?\"”)])\s+©\s*(?P<c>[A-Z][\w .,'&/-]{1,60})")
# "BANJARMASINPOST.CO.ID/ROHMAN - Petani menyadap karet ..." (the tribun network): the credit, a
# dash, then the caption; the credit's source is an outlet or a web address, not a dateline's
# place ("SOLO/JOGJA - ").
LEADING_CREDIT_RE = re.compile(
    r"(?P<s>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s?/\s?[A-Z][\w .'-]{1,40}?\s[-–—]\s+(?=[A-Z\"“])"
)
_WEB_ADDRESS_RE = re.compile(r"[\w-]+(?:\.[a-z]{2,3}){1,2}", re.I)
EDITOR_CODE_RE = re.compile(
    r"[a-z]{2,5}\d{0,2}(?:\s*/\s*[A-Za-z0-9]{1,5})+|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:[A-Za-z]{2,5}\s*/\s*)?[A-Z]{1,2}-\d{1,3}"  # desk codes: "(P-2)", "(Ant/P-2)"
)


@lru_cache(maxsize=1)
def caption_label() -> re.Pattern[str]:
    """The label opening a caption's text ("Foto: <caption>", cnbcindonesia; "Keterangan gambar,
    <caption>", BBC World Service's screen-reader label): not caption text
    (data/clean/caption_labels.txt)."""
    rows = [row.strip() for row in data_rows("data/clean/caption_labels.txt")]
    return re.compile(rf"^(?:{'|'.join(rows)})\s*[:,]\s*", re.IGNORECASE)


# "Foto:" / "FOTO/" labels a credit; it belongs to neither the caption nor the credit.
PHOTO_LABEL_RE = re.compile(r"^(?:Foto|FOTO|Photo|PHOTO)\s*[:/]\s*")


@lru_cache(maxsize=1)
def credit_label() -> re.Pattern[str]:
    """The label opening a credit ("Foto:", "Sumber:", "credit:", the "Foto" of "- Foto
    NSTP/Name"): no part of the credit (data/clean/credit_labels.txt)."""
    rows = data_rows("data/clean/credit_labels.txt")
    return re.compile(rf"^(?:{'|'.join(rows)})\s*", re.IGNORECASE)


CREDIT_ONLY_RE = re.compile(
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*/\s*[\w .,/-]{2,80}|ANTARA FOTO\b.*)"
)
CREDIT_ONLY_WORDS = 8  # "KOMPAS.com/KRISTIANTO PURNOMO" alone on a line is a photo credit
CAPTION_LEAD_RE = re.compile(r"(?:ilustrasi|arsip|foto|dok\.?|tangkapan layar)\b", re.I)
# A caption credited to a bare agency "(Reuters)" is short; longer text is a paragraph + credit.
CAPTION_AGENCY_WORDS = 8


def caption_parts(text: str, res: CleanResources) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends in a photo credit, else None."""
    m = CREDIT_RE.search(text) if text.endswith((")", "]")) else None
    if m:
        credit = m.group("c")
        head = text[: m.start()].strip()
        if not CREDIT_WORDS.search(credit) or len(text) > CAPTION_MAX_CHARS:
            return None
        if EDITOR_CODE_RE.fullmatch(credit):
            return None  # "(vga/vga)" closes a paragraph; "(19/11)" is a date
        if res.agency_re.fullmatch(credit) and (
            m.group("open") == "[" or is_bodylike(head) or word_count(head) >= CAPTION_AGENCY_WORDS
        ):
            return None  # a wire credit closing a body paragraph
        if m.group("open") == "(" and head.endswith(","):
            return None
        return head, credit_label().sub("", credit)
    if (lead := _leading_credit(text, res)) is not None:
        return lead
    if len(text) >= SHORT_LINE_CHARS or text.endswith("."):
        return None
    if not _TRAILING_NEEDLE.search(text):
        return None
    m2 = (
        COPYRIGHT_CREDIT_RE.fullmatch(text)
        or LEADING_SLASH_CREDIT_RE.fullmatch(text)
        or LABELLED_CREDIT_RE.fullmatch(text)
        or TRAILING_CREDIT_RE.fullmatch(text)
    )
    if m2:
        return _caption_text(m2.group("t")), credit_label().sub("", m2.group("c").strip())
    m2 = GLUED_CREDIT_RE.fullmatch(text)
    # "TRIBUNNEWS.COM/DOK. BPBD WONOSOBO": an outlet before the slash is the credit's source, the
    # whole line a credit (of the caption beside it), not a caption of its own
    if m2 and CREDIT_WORDS.search(m2.group("c")) and not res.outlets.finder.fullmatch(m2["t"]):
        return m2.group("t").strip(), m2.group("c")
    return None


def _leading_credit(text: str, res: CleanResources) -> tuple[str, str] | None:
    """(caption text, credit) for a caption its credit opens, before a dash."""
    m = LEADING_CREDIT_RE.match(text) if "/" in text[: SHORT_LINE_CHARS // 2] else None
    if m is None or not (_WEB_ADDRESS_RE.fullmatch(m["s"]) or res.outlets.finder.fullmatch(m["s"])):
        return None
    return text[m.end() :].strip(), text[: m.end()].rstrip(" -–—")


def _caption_text(text: str) -> str:
    """The caption without the dash that set the credit apart ("... (17/6/2024). - Harian
    Jogja/Name")."""
    return text.strip().rstrip("-–—").rstrip()


PHOTO_MARKERS = ("lihat foto", "foto:", "lihat foto:", "foto")


def photo_captions(tagged: list[Tagged], res: CleanResources) -> list[Tagged]:
    """The line after "Lihat Foto" is the caption (even a full sentence), then maybe its credit."""
    out = list(tagged)
    for i, tg in enumerate(tagged[:-1]):
        if tg.text.lower() not in PHOTO_MARKERS:
            continue
        cap = tagged[i + 1]
        if cap.role or len(cap.text) > CAPTION_MAX_CHARS or undated(cap.text, res) != cap.text:
            continue
        credit = tagged[i + 2] if i + 2 < len(tagged) else None
        if credit is not None and credit.role == "" and CREDIT_ONLY_RE.fullmatch(credit.text):
            out[i + 1] = cap._replace(role="caption", payload=cap.text, credit=credit.text)
            out[i + 2] = credit._replace(role="caption", credit="credit-only")
        else:
            out[i + 1] = cap._replace(role="caption", payload=cap.text)
    return out


# An Indonesian photo caption ends with the place and day: "..., Jakarta, Rabu (12/6/2024)."
CAPTION_DAY_END_RE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$"
)


def _captioned_by_credit(prev: Tagged, tg: Tagged) -> bool:
    """A line followed by a bare labelled credit ("Foto: Republika/Name", "Photo : VIVA/Name")
    is that photo's caption: a header line taken for the subtitle, or a body-looking line that
    reads like a caption (ends with the day and date, quotes nobody)."""
    if tg.role != "caption" or tg.payload or tg.credit in (None, "credit-only"):
        return False
    if prev.role == "subtitle":
        return PHOTO_LABEL_RE.match(tg.text) is not None
    return (
        prev.role == "body"
        and CAPTION_DAY_END_RE.search(prev.text) is not None
        and not any(q in prev.text for q in '"“”')
    )


def credit_lines(tags: list[Tagged]) -> list[Tagged]:
    """A credit-only line right after a caption ("ANTARA FOTO/...") is part of that caption."""
    out: list[Tagged] = []
    for tg in tags:
        if out and _captioned_by_credit(out[-1], tg):
            prev = out[-1]
            out[-1] = Tagged(prev.line, prev.text, "caption", prev.text, tg.credit)
            out.append(Tagged(tg.line, tg.text, "caption", None, "credit-only"))
            continue
        if (
            out
            and out[-1].role == "caption"
            and out[-1].credit is None
            and tg.role in ("heading", "boilerplate", "caption")
            and CREDIT_ONLY_RE.fullmatch(tg.text)
        ):
            prev = out[-1]
            out[-1] = Tagged(prev.line, prev.text, "caption", prev.payload, tg.text)
            out.append(Tagged(tg.line, tg.text, "caption", None, "credit-only"))
            continue
        out.append(tg)
    return out


def credited_captions(tagged: list[Tagged], res: CleanResources) -> list[Tagged]:
    """A credit alone on a line ("ANTARA FOTO/Raisan Al Farisi/tom.", "TRIBUNJATENG.COM/NAME")
    credits the caption beside it, even one that reads like a sentence: the line before when it
    opens like a caption ("Ilustrasi ...") or ends with the day and date, else the line after
    when that one ends with the day and date (the credit printed over the photo comes first)."""
    out = list(tagged)
    for i, tg in enumerate(tagged):
        if not _credit_alone(tg):
            continue
        prev = out[i - 1] if i > 0 else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if prev is not None and _caption_like(prev, res, lead=True):
            out[i - 1] = prev._replace(role="caption", payload=prev.text, credit=tg.text)
        elif nxt is not None and _caption_like(nxt, res, lead=False):
            out[i + 1] = nxt._replace(role="caption", payload=nxt.text, credit=tg.text)
        else:
            continue
        out[i] = tg._replace(role="caption", credit="credit-only")
    return out


def _credit_alone(tg: Tagged) -> bool:
    return (
        tg.role == ""
        and tg.text.count(" ") < CREDIT_ONLY_WORDS  # lines are space-normalised: words - 1
        and CREDIT_ONLY_RE.fullmatch(tg.text) is not None
    )


def _caption_like(tg: Tagged, res: CleanResources, lead: bool) -> bool:
    text = tg.text
    if tg.role or len(text) > CAPTION_MAX_CHARS or any(q in text for q in '"“”'):
        return False
    if undated(text, res) != text:
        return False  # the story's first paragraph
    return bool(CAPTION_DAY_END_RE.search(text) or (lead and CAPTION_LEAD_RE.match(text)))


def closing_credit(tags: list[Tagged]) -> list[Tagged]:
    """A bracketed credit alone on the line right after the article's last paragraph
    ("(Serambinews.com/Indra Wijaya)", the tribun network) credits the story: no photo caption
    is beside it."""
    last = max((i for i, tg in enumerate(tags) if tg.role == "body"), default=len(tags))
    if last + 1 >= len(tags):
        return tags
    tg = tags[last + 1]
    if (
        tg.role != "caption"
        or (tg.payload or "").strip()
        or tg.credit in (None, "credit-only")
        or not tg.text.startswith("(")
    ):
        return tags
    out = list(tags)
    out[last + 1] = Tagged(tg.line, tg.text, "boilerplate")
    return out
