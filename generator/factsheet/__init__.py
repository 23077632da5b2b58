"""factsheet stage: the schema of a fact sheet, loading with source positions,
validation, deterministic writing, and the merge that keeps hand edits.

    sheet = factsheet.load(Path("content/facts/seed.yaml"))    # FactSheetError if invalid
    store = factsheet.SheetStore(root)                            # parses each text once
    problems = factsheet.check(factsheet.find_sheets(facts_dir), root=root, store=store)
    sheet = store.load(path)                                      # as the check parsed it
    outcome = factsheet.write_draft(draft, path, cache_dir=cache, refresh=True)
    listing = factsheet.review(paths, root=root)                   # what to check first
"""

from generator.factsheet.checking import (
    article_changed,
    check,
    find_sheets,
    load,
    load_text,
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
    ReportedEvent,
    SheetImage,
    SheetParagraph,
)
from generator.factsheet.publishing import reviewed_only, reviewed_sheets
from generator.factsheet.review import Listing, review
from generator.factsheet.review import lines as review_lines
from generator.factsheet.store import Checked, SheetStore
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
    "Checked",
    "Claim",
    "Evidence",
    "FactSheet",
    "Figure",
    "Listing",
    "ReportedEvent",
    "SheetImage",
    "SheetParagraph",
    "SheetStore",
    "WriteOutcome",
    "article_changed",
    "check",
    "dump",
    "find_sheets",
    "load",
    "load_text",
    "review",
    "review_lines",
    "reviewed_only",
    "reviewed_sheets",
    "save",
    "write_draft",
]
