"""PDF reading: the text layer of a PDF, page by page, as the text readers see it."""

from __future__ import annotations

import io

from .errors import InputError


def pdf_text(raw: bytes, name: str) -> str:
    if not raw.startswith(b"%PDF"):
        raise InputError(f"{name}: not a PDF (no %PDF header)")
    try:
        from pypdf import PdfReader
    except ImportError:
        raise InputError(f"{name}: reading PDF needs the 'pdf' extra: pip install 'kg[pdf]'") from None
    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on damaged files
        raise InputError(f"{name}: unreadable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(f"{name}: the PDF has no text layer (scanned?); run OCR first")
    return text
