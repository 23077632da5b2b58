"""The one exception hierarchy of explainer.

Stages raise; only the CLI and the MkDocs plugin report.  Every error knows where it
is (file, line, column, field) and, where there is one, the fix (``hint``).  Its
``str()`` is the one-line form users see::

    content/facts/seed.yaml:14:9: claims[2].by: unknown actor 'putin'
        (did you mean 'vladimir-putin'?)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One independent problem in one file.  Lines and columns are 1-based."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str | None = None
    hint: str | None = None
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.field:
            text += f"{self.field}: "
        if self.severity == "warning":
            text += "warning: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class ExplainerError(Exception):
    """Base of every error explainer reports.  Carries one or more problems."""

    def __init__(self, *problems: Problem) -> None:
        if not problems:
            raise ValueError("an ExplainerError needs at least one Problem")
        self.problems: tuple[Problem, ...] = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def at(cls, path: str, message: str, **where: object) -> ExplainerError:
        return cls(Problem(path, message, **where))  # type: ignore[arg-type]


class IngestError(ExplainerError):
    """An article could not be read: missing, empty, binary, unreadable."""


class ExtractError(ExplainerError):
    """Extraction failed (for example: the language model is not installed)."""


class FactSheetError(ExplainerError):
    """A fact sheet is malformed or invalid."""


class KnowledgeError(ExplainerError):
    """Fact sheets contradict each other (conflicting definitions across sheets)."""


class SiteError(ExplainerError):
    """The site could not be built."""


class UsageError(ExplainerError):
    """The command was called wrongly (exit status 2)."""
