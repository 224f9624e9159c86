"""Reading stage: a path becomes a Document whose `source` is never changed again.

Text files are decoded as UTF-8 with a BOM dropped and line endings left as
they are, because mention offsets are promised in exactly that text. Bad input
raises InputError with a reason a person can act on.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024  # a UN letter is a few tens of kB; 20 MB is a corpus dump, not a document


def decode_text(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{name}: UTF-16 text; convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name}: binary file (NUL bytes), expected UTF-8 text or PDF")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
        ) from None
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 65536):
        raise InputError(f"{name}: looks binary ({controls} control characters), expected text")
    return text


def read_document(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if not path.is_file():
        raise InputError(f"{name}: not a file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unsupported file type {suffix or '(none)'}; kg reads {', '.join(SUFFIXES)}")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{name}: too large ({size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
    raw = path.read_bytes()
    if suffix in PDF_SUFFIXES:
        from .pdf import pdf_text

        return Document(path=path, source=pdf_text(raw, name))
    return Document(path=path, source=decode_text(raw, name))


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their readable files, in a stable order."""
    paths: list[Path] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            paths.extend(sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            paths.append(item)
    return paths
