"""The whole path: text -> Document -> spaCy Doc -> mentions (body only) -> records."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from outcomes.assemble import assemble
from outcomes.nlp import REGIONS_KEY, mentions, pipeline
from outcomes.reader import Document, read
from outcomes.records import EffectRecord
from outcomes.units import warm_up as _warm_units

DEFAULT_BATCH_SIZE = 64


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"extract() expects the document as a str, got {type(text).__name__}"
        raise TypeError(msg)
    return text


def _to_doc(document: Document) -> Doc:
    """A tokenised Doc of the whole text, told which regions are body text."""
    doc = pipeline().make_doc(document.text)
    doc.user_data[REGIONS_KEY] = [(s.start, s.end) for s in document.body()]
    return doc


def _records(document: Document, doc: Doc) -> list[EffectRecord]:
    records: list[EffectRecord] = []
    for sentence in mentions(doc):
        records.extend(assemble(sentence, document.text, document.doc_id))
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
    return _records(document, pipeline()(_to_doc(document)))


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
    documents: deque[Document] = deque()

    def docs() -> Iterator[Doc]:
        for document in _documents(items):
            documents.append(document)
            yield _to_doc(document)

    for doc in pipeline().pipe(docs(), batch_size=batch_size):
        document = documents.popleft()
        yield document.doc_id, _records(document, doc)


def warm_up() -> None:
    """Build the pipeline and load the unit parser now rather than on first use."""
    pipeline()
    _warm_units()


def _extract_one(document: Document) -> tuple[str | None, list[EffectRecord]]:
    return document.doc_id, _records(document, pipeline()(_to_doc(document)))


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
