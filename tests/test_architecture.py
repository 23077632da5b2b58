"""The pipeline flows one way: a stage imports only the earlier stages it needs.

ingest -> extract -> factsheet -> knowledge -> site.  Each stage's allowed imports are
listed (``MAY_IMPORT``), not implied by the order: the site reads knowledge and sheets,
never articles or the extractor.  The fact-sheet dataclasses
(``generator.factsheet.model``) are the contract extract writes, so extract may import
that one module of the factsheet package and nothing else of it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "generator"
STAGES = ["ingest", "extract", "factsheet", "knowledge", "site"]
SHARED_CONTRACTS = {"generator.factsheet.model"}
MAY_IMPORT: dict[str, set[str]] = {
    "ingest": set(),
    "extract": {"ingest"},
    "factsheet": set(),
    "knowledge": {"factsheet"},
    "site": {"factsheet", "knowledge"},
}


ADAPTER = ROOT / "site" / "plugin.py"  # the one module that knows MkDocs


def _imports(path: Path, prefix: str = "generator.") -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {n for n in names if n.startswith(prefix)}


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_allowed_imports_point_backwards() -> None:
    assert set(MAY_IMPORT) == set(STAGES)
    for stage, allowed in MAY_IMPORT.items():
        assert all(STAGES.index(a) < STAGES.index(stage) for a in allowed), stage


@pytest.mark.parametrize("stage", STAGES)
def test_stage_imports_only_the_stages_it_may(stage: str) -> None:
    allowed = MAY_IMPORT[stage] | {stage}
    offences = []
    for path in sorted((ROOT / stage).rglob("*.py")):
        for module in _imports(path):
            if any(module == c or module.startswith(c + ".") for c in SHARED_CONTRACTS):
                continue
            target = _stage_of(module)
            if target is not None and target not in allowed:
                offences.append(f"{path.relative_to(ROOT.parent)} imports {module}")
    assert not offences, "imports point forwards:\n" + "\n".join(offences)


def test_only_the_adapter_imports_mkdocs() -> None:
    offences = [
        f"{path.relative_to(ROOT.parent)} imports {module}"
        for path in sorted(ROOT.rglob("*.py"))
        if path != ADAPTER
        for module in sorted(_imports(path, "mkdocs"))
        if module == "mkdocs" or module.startswith("mkdocs.")
    ]
    assert not offences, "MkDocs outside its adapter (site/plugin.py):\n" + "\n".join(offences)
    assert _imports(ADAPTER, "mkdocs"), "the adapter is where MkDocs is imported"


def test_no_utils_dumping_ground() -> None:
    assert not list(ROOT.rglob("utils.py")), "name modules after what they hold, not utils.py"


def test_site_builds_no_html_in_python() -> None:
    """Presentation lives in theme/: no HTML tags written as Python string literals."""
    offences = []
    for path in sorted((ROOT / "site").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if any(tag in text for tag in ("<div", "<a ", "<p>", "<li", "<span", "<svg")):
                    offences.append(f"{path.name}:{node.lineno}: {text[:40]!r}")
    assert not offences, "HTML built in Python:\n" + "\n".join(offences)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_cycles_in_a_stage() -> None:
    """Modules import each other one way, type-only imports included: a type both sides
    need lives in a small module both import (``extract/cast.py``)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        graph[_module_name(path)] = set()
    for path in sorted(ROOT.rglob("*.py")):
        for module in _imports(path):
            target = module if module in graph else module.rpartition(".")[0]
            if target in graph and target != _module_name(path):
                graph[_module_name(path)].add(target)
    # a package's __init__ re-exporting its modules is not a cycle through them
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + "."):
                continue
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)
