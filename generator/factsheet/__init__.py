"""factsheet stage: the schema of a fact sheet, loading with source positions,
validation, deterministic writing, and the merge that keeps hand edits.

    sheet = factsheet.load(Path("content/facts/seed.yaml"))    # FactSheetError if invalid
    problems = factsheet.check(factsheet.find_sheets(facts_dir), root=Path.cwd())
    outcome = factsheet.write_draft(draft, path, cache_dir=cache, refresh=True)
    listing = factsheet.review(paths, root=Path.cwd())         # what to check first
"""

from generator.factsheet.checking import (
    article_changed,
    check,
    find_sheets,
    load,
    load_text,
    read_ahead,
)
from generator.factsheet.drafts import WriteOutcome, write_draft
from generator.factsheet.model import (
    ACTOR_KINDS,
    CLAIM_KINDS,
    DATE_PRECISIONS,
    PARAGRAPH_KINDS,
    Actor,
    Analysis,
    ArticleMeta,
    Background,
    Claim,
    Evidence,
    FactSheet,
    Figure,
    SheetImage,
    SheetParagraph,
)
from generator.factsheet.review import Listing, review
from generator.factsheet.review import lines as review_lines
from generator.factsheet.writing import SCHEMA_FILE, dump, save

__all__ = [
    "ACTOR_KINDS",
    "CLAIM_KINDS",
    "DATE_PRECISIONS",
    "PARAGRAPH_KINDS",
    "SCHEMA_FILE",
    "Actor",
    "Analysis",
    "ArticleMeta",
    "Background",
    "Claim",
    "Evidence",
    "FactSheet",
    "Figure",
    "Listing",
    "SheetImage",
    "SheetParagraph",
    "WriteOutcome",
    "article_changed",
    "check",
    "dump",
    "find_sheets",
    "load",
    "load_text",
    "read_ahead",
    "review",
    "review_lines",
    "save",
    "write_draft",
]
