"""Sources: files, folders and JSON Lines -> (doc_id, text), with clear errors per item."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from outcomes.errors import InputError

MAX_BYTES = 200_000_000  # one document larger than this is refused, not read


@dataclass(frozen=True)
class Item:
    """One input document, or the error that stopped it from being read."""

    doc_id: str
    text: str | None = None
    error: InputError | None = None


def decode(data: bytes, name: str) -> str:
    """Decode a document's bytes: UTF-8 (with or without BOM) or BOM-marked UTF-16/32.

    >>> decode("é".encode("utf-8-sig"), "x")
    'é'
    >>> decode("é".encode("utf-16"), "x")
    'é'
    >>> decode(b"caf\\xe9", "x")
    Traceback (most recent call last):
    ...
    outcomes.errors.InputError: x: not valid UTF-8 (byte 0xe9 at offset 3); expected UTF-8 text
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                msg = (
                    f"{name}: marked {encoding} but does not decode ({exc.reason}); "
                    f"expected {encoding} text"
                )
                raise InputError(msg) from exc
    if b"\x00" in data:
        msg = f"{name}: binary data (NUL bytes, no UTF-16 mark); expected UTF-8 text"
        raise InputError(msg)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        msg = (
            f"{name}: not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}); "
            "expected UTF-8 text"
        )
        raise InputError(msg) from exc


def read_text_file(path: Path) -> str:
    """Read one text document; raise ``InputError`` naming the file on any problem."""
    if not path.exists():
        msg = f"{path}: no such file"
        raise InputError(msg)
    if path.is_dir():
        msg = f"{path}: is a directory; expected a text file"
        raise InputError(msg)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            msg = f"{path}: {size} bytes is larger than the {MAX_BYTES} byte limit"
            raise InputError(msg)
        data = path.read_bytes()
    except OSError as exc:
        msg = f"{path}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from exc
    return decode(data, str(path))


def _jsonl(path: Path, id_field: str, text_field: str) -> Iterator[Item]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Item(str(path), error=InputError(f"{path}: cannot be read ({exc.strerror or exc})"))
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            fallback = f"{path.name}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(decode(raw, fallback))
            except InputError as exc:
                yield Item(fallback, error=exc)
                continue
            except json.JSONDecodeError as exc:
                yield Item(fallback, error=InputError(f"{fallback}: not a JSON object ({exc.msg})"))
                continue
            if not isinstance(row, dict):
                yield Item(fallback, error=InputError(f"{fallback}: expected a JSON object"))
                continue
            doc_id = str(row.get(id_field, fallback))
            text = row.get(text_field)
            if not isinstance(text, str):
                msg = (
                    f"{fallback}: expected a string field {text_field!r}, got {type(text).__name__}"
                )
                yield Item(doc_id, error=InputError(msg))
                continue
            yield Item(doc_id, text=text)


def iter_items(paths: list[Path], id_field: str = "id", text_field: str = "text") -> Iterator[Item]:
    """Every document under ``paths``: ``.txt`` files, folders of them, ``.jsonl`` files."""
    for path in paths:
        if path.is_dir():
            children = sorted(
                p for p in path.iterdir() if p.suffix in {".txt", ".jsonl"} and p.is_file()
            )
            yield from iter_items(children, id_field, text_field)
        elif path.suffix == ".jsonl":
            yield from _jsonl(path, id_field, text_field)
        else:
            try:
                yield Item(path.stem, text=read_text_file(path))
            except InputError as exc:
                yield Item(path.stem, error=exc)
