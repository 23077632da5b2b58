"""Bytes of a saved page -> text, whatever encoding it was saved in.

Order of trust: a byte-order mark; strict UTF-8 (most pages, and the only encoding
in which random bytes rarely decode); then charset-normalizer's guess, which also
catches a ``<meta charset>`` that lies; cp1252 as the last resort (it decodes
nearly every byte, as browsers treat Latin-1).
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM, or many control bytes: not a text page."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 50)


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; Latin-1 as the last resort (it decodes any byte)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    if best is not None and best.encoding:
        name = best.encoding
        for match in matches[1:]:
            # a tie between Windows code pages: Western (cp1252) is by far the most common
            close = match.chaos <= best.chaos + 0.005 and match.coherence >= best.coherence - 0.01
            if close and match.encoding == "cp1252":
                name = "cp1252"
        # charset-normalizer may say latin-1 for Windows quotes; cp1252 is a superset
        if name in ("latin_1", "iso8859_1", "ascii"):
            name = "cp1252"
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"  # decodes any byte
