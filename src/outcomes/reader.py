"""Reader: raw text -> ``Document`` with metadata and typed sections.

A digest (navigation line, tag line, headline, title, headed sections, trailing tags,
provenance line) is split into its parts; any other text (a structured abstract, a news
paragraph, one sentence) is read as body text, with ``HEADING:`` labels and heading lines
marking sections. Only body sections go on to extraction.
"""

from __future__ import annotations

from enum import StrEnum

import regex
from pydantic import BaseModel, ConfigDict, Field

from outcomes.lexicon import cues

# Small patterns used inside functions, compiled once.
_SENTENCE_PUNCTUATION = regex.compile(r"[.;:!?]\s")


class SectionKind(StrEnum):
    """What a stretch of the document is."""

    NAVIGATION = "navigation"
    TAGS = "tags"
    HEADLINE = "headline"
    TITLE = "title"
    HEADING = "heading"
    CONTEXT = "context"  # background, methods: read, but yields no results
    BODY = "body"
    PROVENANCE = "provenance"


class Section(BaseModel):
    """A stretch of the document with its character offsets."""

    model_config = ConfigDict(frozen=True)

    kind: SectionKind = Field(description="What this stretch is.")
    heading: str | None = Field(default=None, description="Heading of the section, if any.")
    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")


class Document(BaseModel):
    """A digest or abstract: the original text, its metadata and its sections."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The original text, unchanged.")
    doc_id: str | None = Field(default=None, description="Caller's id for the document.")
    pmid: str | None = Field(default=None, description="PubMed id from the provenance line.")
    date: str | None = Field(default=None, description="Date on the tag line (YYYY-MM-DD).")
    source: str | None = Field(default=None, description="Source name on the tag line.")
    ingested: str | None = Field(default=None, description="Ingestion date (provenance).")
    digest_model: str | None = Field(default=None, description="Model named in provenance.")
    headline: str | None = Field(default=None, description="The digest's headline.")
    title: str | None = Field(default=None, description="The paper's title.")
    tags: tuple[str, ...] = Field(default=(), description="Tag lines, verbatim.")
    sections: tuple[Section, ...] = Field(default=(), description="Sections in text order.")

    def body(self) -> list[Section]:
        """The sections that may hold results."""
        return [s for s in self.sections if s.kind is SectionKind.BODY]


_LINE = regex.compile(r"[^\n]*(?:\n|$)")
_NAVIGATION = regex.compile(r"^\s*Back to\b.{0,200}$", regex.IGNORECASE)
_TAG_LINE = regex.compile(
    r"^(?P<tags>.{0,300}?)\s(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<source>\S.{0,60})$"
)
_PROVENANCE = regex.compile(r"^\s*Source:\s*(?P<rest>.*)$", regex.IGNORECASE)
_PMID = regex.compile(r"pubmed:\s*(?P<pmid>\d+)", regex.IGNORECASE)
_INGESTED = regex.compile(r"Ingested\s+(?P<ingested>\d{4}-\d{2}-\d{2})", regex.IGNORECASE)
_DIGEST_MODEL = regex.compile(r"Digest:\s*(?P<model>\S[^\n]*?)\s*$", regex.IGNORECASE)
# "RESULTS:" or "Design, Setting, and Participants:" opening a stretch of text.
_INLINE_HEADING = regex.compile(
    r"(?:^|(?<=[.!?)\]]\s{1,3}))(?:(?P<heading>[A-Z][A-Za-z ,&/-]{2,60}?):[ \t]+"
    # "RESEARCH DESIGN AND METHODS—We infused ...": a capitalised label closed by a dash
    r"|(?P<heading>[A-Z][A-Z ,&/]{2,60}[A-Z])\s?—\s?)(?=\S)",
    regex.MULTILINE,
)
_HEADING_LINE = regex.compile(r"^(?P<heading>[A-Z][\w ,&/'-]{1,60}?):?\s*$")


def _heading_kind(heading: str) -> SectionKind | None:
    """Context or body for a known heading, None for an unknown one."""
    key = heading.strip().rstrip(":").strip().lower()
    lexicon = cues()
    if key in lexicon.context_headings:
        return SectionKind.CONTEXT
    if key in lexicon.result_headings:
        return SectionKind.BODY
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of each line, end excluding the newline."""
    out = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        content = match.group().rstrip("\n").rstrip("\r")
        out.append((match.start(), match.start() + len(content), content))
    return out


def _is_heading_line(content: str, following: str | None) -> bool:
    stripped = content.strip()
    if not stripped or following is None or not following.strip():
        return False
    if _heading_kind(stripped) is not None:
        return True
    words = stripped.rstrip(":").split()
    return (
        len(words) <= 5
        and _HEADING_LINE.match(stripped) is not None
        and not stripped.endswith((".", ";", ","))
        and not any(ch.isdigit() for ch in stripped)
    )


_RESULT_LABELS = frozenset(
    {
        "results",
        "result",
        "findings",
        "main results",
        "key results",
        "conclusions",
        "conclusion",
        "interpretation",
    }
)


_LABEL_THEN_SENTENCE = regex.compile(r"[A-Z][a-z]")
_WORDY_LABEL = regex.compile(r"[A-Z][a-z]{3,}(?:\s[a-z]{2,}){0,3}")  # words, not "ORR" or "HbA1c"


def _split_inline(
    text: str, start: int, end: int, kind: SectionKind, under_heading_line: bool = False
) -> list[Section]:
    """Split a paragraph at inline ``HEADING:`` labels that the lexicon knows.

    A paragraph that opens with a label of its own ends the context an earlier paragraph's
    label began ("Study design: ..." then "Main result: ..."), but not a heading line's.
    """
    sections: list[Section] = []
    cursor, current_kind, heading = start, kind, None
    for match in _INLINE_HEADING.finditer(text, start, end):
        label = match.group("heading")
        label_kind = _heading_kind(label)
        # "Main result: Mean BCVA gains ...", "Treatment burden: Through week 48, ...": a
        # paragraph opened by a label and a sentence starts a section of its own
        opens = (
            not under_heading_line
            and not text[start : match.start()].strip()
            and bool(_LABEL_THEN_SENTENCE.match(text, match.end()))
        )
        if (
            label_kind is None
            and not (label.isupper() and (len(label) >= 6 or " " in label))
            and not (opens and _WORDY_LABEL.fullmatch(label))
        ):
            continue  # "ORR: 45% vs 30%" labels a result; unknown headings are long capitals
        if match.start() > cursor:
            sections.append(
                Section(kind=current_kind, heading=heading, start=cursor, end=match.start())
            )
        sections.append(
            Section(kind=SectionKind.HEADING, heading=label, start=match.start(), end=match.end())
        )
        cursor = match.end()
        current_kind = label_kind or SectionKind.BODY
        if (
            kind is SectionKind.CONTEXT
            and label.strip().lower() not in _RESULT_LABELS
            and not (opens and label_kind is not SectionKind.CONTEXT)
        ):
            # "Methods: ... Outcomes: infections, labour duration": a methods paragraph's own
            # labels describe the design; only a results label ends it
            current_kind = SectionKind.CONTEXT
        heading = label
    if cursor < end:
        sections.append(Section(kind=current_kind, heading=heading, start=cursor, end=end))
    return sections


def read(text: str, doc_id: str | None = None) -> Document:
    """Split ``text`` into a ``Document``.

    >>> doc = read("Back to X research\\nx rct 2026-04-03 PubMed\\n\\nHeadline\\n\\nTitle.\\n\\n"
    ...            "Results\\n\\nIt fell 5%.\\n\\n"
    ...            "Source: pubmed:1 · Ingested 2026-04-03 · Digest: m")
    >>> doc.pmid, doc.date, doc.headline, [s.kind.value for s in doc.body()]
    ('1', '2026-04-03', 'Headline', ['body'])
    """
    lines = [line for line in _lines(text) if line[2].strip()]
    meta: dict[str, str | None] = {}
    tags: list[str] = []
    sections: list[Section] = []
    index = 0
    is_digest = False

    if lines and _NAVIGATION.match(lines[0][2]):
        is_digest = True
        sections.append(Section(kind=SectionKind.NAVIGATION, start=lines[0][0], end=lines[0][1]))
        index = 1
    if index < len(lines) and (tag := _TAG_LINE.match(lines[index][2].strip())):
        is_digest = True
        meta["date"], meta["source"] = tag.group("date"), tag.group("source").strip()
        tags.append(lines[index][2].strip())
        sections.append(Section(kind=SectionKind.TAGS, start=lines[index][0], end=lines[index][1]))
        index += 1
    if is_digest:
        # Headline and title: the lines before the first heading line.
        for kind in (SectionKind.HEADLINE, SectionKind.TITLE):
            if index < len(lines) and _heading_kind(lines[index][2]) is None:
                start, end, content = lines[index]
                meta[kind.value] = content.strip()
                sections.append(Section(kind=kind, start=start, end=end))
                index += 1

    current_kind, heading, from_line = SectionKind.BODY, None, False
    remaining = lines[index:]
    for offset, (start, end, content) in enumerate(remaining):
        stripped = content.strip()
        is_last_lines = offset >= len(remaining) - 2
        if (prov := _PROVENANCE.match(stripped)) is not None:
            rest = prov.group("rest")
            for key, pattern in (
                ("pmid", _PMID),
                ("ingested", _INGESTED),
                ("digest_model", _DIGEST_MODEL),
            ):
                found = pattern.search(rest)
                meta[key] = found.group(1) if found else None
            sections.append(Section(kind=SectionKind.PROVENANCE, start=start, end=end))
            continue
        nxt = remaining[offset + 1][2] if offset + 1 < len(remaining) else None
        if is_digest and is_last_lines and _looks_like_tags(stripped):
            tags.append(stripped)
            sections.append(Section(kind=SectionKind.TAGS, start=start, end=end))
            continue
        if _is_heading_line(stripped, nxt):
            heading = stripped.rstrip(":").strip()
            current_kind = _heading_kind(heading) or SectionKind.BODY
            from_line = True
            sections.append(
                Section(kind=SectionKind.HEADING, heading=heading, start=start, end=end)
            )
            continue
        sections.extend(_split_inline(text, start, end, current_kind, from_line))
        if sections and sections[-1].heading is not None and sections[-1].heading != heading:
            heading = sections[-1].heading
            current_kind = sections[-1].kind
            from_line = False

    return Document(
        text=text,
        doc_id=doc_id,
        pmid=meta.get("pmid"),
        date=meta.get("date"),
        source=meta.get("source"),
        ingested=meta.get("ingested"),
        digest_model=meta.get("digest_model"),
        headline=meta.get("headline"),
        title=meta.get("title"),
        tags=tuple(tags),
        sections=tuple(sections),
    )


def _looks_like_tags(line: str) -> bool:
    """A trailing tag line: lower-case words, no sentence punctuation."""
    return bool(line) and line == line.lower() and not _SENTENCE_PUNCTUATION.search(line + " ")
