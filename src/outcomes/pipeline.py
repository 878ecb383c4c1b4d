"""The whole path: text -> Document -> spaCy Doc -> mentions (body only) -> records."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from outcomes.assemble import assemble, carry_outcome, document_context, refers_back
from outcomes.nlp import OFFSET_KEY, REGIONS_KEY, TEXT_KEY, mentions, pipeline, tokenizable
from outcomes.reader import Document, read
from outcomes.records import EffectRecord
from outcomes.units import warm_up as _warm_units

DEFAULT_BATCH_SIZE = 64


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"extract() expects the document as a str, got {type(text).__name__}"
        raise TypeError(msg)
    return text


CHUNK_CHARS = 100_000  # longer texts are read in pieces, so memory stays flat


def _chunks(text: str) -> list[tuple[int, int]]:
    """Pieces of at most ``CHUNK_CHARS``, cut at a line break or sentence end when possible."""
    pieces, start = [], 0
    while len(text) - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        cut = text.rfind("\n", start + CHUNK_CHARS // 2, limit)
        if cut < 0:
            cut = text.rfind(". ", start + CHUNK_CHARS // 2, limit)
        cut = limit if cut < 0 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def _to_docs(document: Document) -> Iterator[Doc]:
    """Tokenised Docs covering the text, each told its offset and which parts are body text.

    A generator: only one piece of a long text is tokenised at a time.
    """
    nlp = pipeline()
    body = [(s.start, s.end) for s in document.body()]
    for start, end in _chunks(document.text):
        piece = document.text[start:end]
        doc = nlp.make_doc(tokenizable(piece))
        doc.user_data[TEXT_KEY] = piece
        doc.user_data[OFFSET_KEY] = start
        doc.user_data[REGIONS_KEY] = [
            (max(a, start) - start, min(b, end) - start) for a, b in body if a < end and b > start
        ]
        yield doc


def _records(document: Document, docs: Iterable[Doc]) -> list[EffectRecord]:
    records: list[EffectRecord] = []
    context = document_context(document.text)
    for doc in docs:
        for sentence in mentions(doc):
            found = assemble(sentence, document.text, document.doc_id, context)
            last = records[-1] if records else None
            named = [j for j, r in enumerate(found) if not refers_back(r)]
            for i, record in enumerate(found):
                # a sibling in the same sentence names the outcome before the sentence before:
                # the nearest one before it, else the first after it
                before = [j for j in named if j < i]
                after = [j for j in named if j > i]
                source = found[before[-1]] if before else found[after[0]] if after else last
                records.append(carry_outcome(source, record))
    return records


def extract(text: str, doc_id: str | None = None) -> list[EffectRecord]:
    """Every quantitative result in ``text`` as effect records.

    Args:
        text: a digest, an abstract, a news paragraph or a single sentence.
        doc_id: an id copied into every record's ``doc_id``.

    Returns:
        The records in text order; ``[]`` for empty or whitespace-only text.

    >>> [r.intervention.value for r in extract("Mortality was 12% vs 18% (p=0.01).")]
    [12.0]
    """
    document = read(_check_text(text), doc_id)
    if not document.body():
        return []
    nlp = pipeline()
    return _records(document, (nlp(doc) for doc in _to_docs(document)))


def _documents(items: Iterable[str | Document | tuple[str, str]]) -> Iterator[Document]:
    for index, item in enumerate(items):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, tuple):
            doc_id, text = item
            yield read(_check_text(text), doc_id)
        else:
            yield read(_check_text(item), str(index))


def extract_many(
    items: Iterable[str | Document | tuple[str, str]],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[tuple[str | None, list[EffectRecord]]]:
    """Stream ``(doc_id, records)`` per input, in input order, with constant memory.

    Args:
        items: texts (ids are their positions), ``(id, text)`` pairs or ``Document``s.
        n_process: worker processes for spaCy's ``nlp.pipe``.
        batch_size: documents per batch.
    """
    if n_process > 1:
        yield from _extract_parallel(_documents(items), n_process, batch_size)
        return
    pending: deque[tuple[Document, int]] = deque()

    def docs() -> Iterator[Doc]:
        for document in _documents(items):
            pending.append((document, len(_chunks(document.text))))
            yield from _to_docs(document)

    parsed = pipeline().pipe(docs(), batch_size=batch_size)
    while True:
        first = next(parsed, None)
        if first is None:
            break
        document, count = pending.popleft()
        pieces = [first, *(next(parsed) for _ in range(count - 1))]
        yield document.doc_id, _records(document, pieces)


def warm_up() -> None:
    """Build the pipeline and load the unit parser now rather than on first use."""
    pipeline()
    _warm_units()


def _extract_one(document: Document) -> tuple[str | None, list[EffectRecord]]:
    nlp = pipeline()
    return document.doc_id, _records(document, (nlp(doc) for doc in _to_docs(document)))


def _extract_parallel(
    documents: Iterable[Document], n_process: int, batch_size: int
) -> Iterator[tuple[str | None, list[EffectRecord]]]:
    """Worker processes, each with its own pipeline; results keep the input order.

    Mentions are plain Python objects that spaCy's own multiprocessing cannot serialise,
    so documents (not Docs) travel to the workers and records travel back.
    """
    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    if context.get_start_method() == "fork":
        warm_up()  # forked workers inherit the loaded pipeline and unit parser
    with context.Pool(n_process) as pool:
        yield from pool.imap(_extract_one, documents, chunksize=max(1, batch_size // n_process))
