# ruff: noqa: E501  (the table holds exact one-line messages)
"""Every error message, exactly: a table of broken snippets and what `check` says.

Each case edits one line of a small valid sheet (:data:`VALID`) and lists the exact
problems, in the one-line form users see.  A change of wording is a change of this table.
"""

from __future__ import annotations

import pytest

from generator import factsheet
from generator.errors import FactSheetError
from generator.factsheet import composing

PATH = "content/facts/dam.yaml"

VALID = """\
article:
  title: Dam breaks
  file: content/articles/dam.txt
  published: 2024-03-02
actors:
- id: anna-berg
  name: Anna Berg
  kind: person
- id: lowford
  name: Lowford
  kind: place
claims:
- id: berg-blames
  by: anna-berg
  verb: accuses
  text: Highmere flooded the town
  evidence:
    paragraph: p1
    sentence: Berg blamed Highmere.
- id: lowford-agrees
  by: lowford
  verb: says
  text: the dam was old
paragraphs:
- id: p1
  text: Berg blamed Highmere.
"""

CASES = [
    pytest.param(
        "  title: Dam breaks\n",
        "  title: Dam: breaks\n",
        [
            "content/facts/dam.yaml:2:13: YAML syntax error: mapping values are not allowed here (put text that contains ': ' in quotes, or check the indentation)",
        ],
        id="syntax",
    ),
    pytest.param(
        "  name: Lowford\n",
        "   name: Lowford\n",
        [
            "content/facts/dam.yaml:10:8: YAML syntax error: mapping values are not allowed here (put text that contains ': ' in quotes, or check the indentation)",
        ],
        id="syntax-indent",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: [says, claims]\n",
        [
            "content/facts/dam.yaml:22:9: claims[1].verb: expected text, got a list",
        ],
        id="wrong-type-list",
    ),
    pytest.param(
        "  text: the dam was old\n",
        "  text: the dam was old\n  figures:\n  - value: forty\n    unit: houses\n",
        [
            "content/facts/dam.yaml:25:12: claims[1].figures[0].value: expected a number, got 'forty' (write digits, e.g. 4 or 2.5)",
        ],
        id="wrong-type-number",
    ),
    pytest.param(
        "  text: the dam was old\n",
        "  text: the dam was old\n  hidden: maybe\n",
        [
            "content/facts/dam.yaml:24:11: claims[1].hidden: expected true or false, got 'maybe'",
        ],
        id="wrong-type-bool",
    ),
    pytest.param(
        "  text: the dam was old\n",
        "  text: the dam was old\n  figures: 40 houses\n",
        [
            "content/facts/dam.yaml:24:12: claims[1].figures: expected a list, got '40 houses'",
        ],
        id="actors-not-list",
    ),
    pytest.param(
        "  kind: place\n",
        "",
        [
            "content/facts/dam.yaml:9:3: actors[1].kind: required field is missing (add 'kind:' to this actor)",
        ],
        id="missing",
    ),
    pytest.param(
        "  kind: place\n",
        "  kind: place\n  rol: town\n",
        [
            "content/facts/dam.yaml:12:3: actors[1].rol: unknown field 'rol' (did you mean 'role'? fields of an actor: id, name, kind, role, affiliation, aliases, review, confidence)",
        ],
        id="unknown-field",
    ),
    pytest.param(
        "  by: lowford\n",
        "  by: anna\n",
        [
            "content/facts/dam.yaml:21:7: claims[1].by: unknown actor 'anna' (did you mean 'anna-berg'?)",
        ],
        id="unknown-actor",
    ),
    pytest.param(
        "  by: lowford\n",
        "  by: [lowford, berg]\n",
        [
            "content/facts/dam.yaml:21:17: claims[1].by[1]: unknown actor 'berg' (did you mean 'anna-berg'?)",
        ],
        id="unknown-actor-list",
    ),
    pytest.param(
        "  kind: person\n",
        "  kind: person\n  affiliation: anna-berg\n",
        [
            "content/facts/dam.yaml:9:16: actors[0].affiliation: an actor cannot be affiliated with itself (name the organisation or country it belongs to, or remove the line)",
        ],
        id="self-affiliation",
    ),
    pytest.param(
        "  text: Berg blamed Highmere.\n",
        "  text: Berg blamed Highmere.\n- id: p1\n  text: Again.\n",
        [
            "content/facts/dam.yaml:27:7: paragraphs[1].id: duplicate paragraph id 'p1' (also used at line 25; give each paragraph its own id, or merge the two)",
        ],
        id="duplicate-paragraph",
    ),
    pytest.param(
        "  kind: person\n",
        "  kind: person\n  affiliation: highmere\n",
        [
            "content/facts/dam.yaml:9:16: actors[0].affiliation: unknown actor 'highmere' (add it under actors:, or use one of: anna-berg, lowford)",
        ],
        id="unknown-affiliation",
    ),
    pytest.param(
        "  text: the dam was old\n",
        "  text: the dam was old\n  disputes: [berg-blame]\n",
        [
            "content/facts/dam.yaml:24:14: claims[1].disputes[0]: unknown claim 'berg-blame' (did you mean 'berg-blames'?)",
        ],
        id="unknown-claim",
    ),
    pytest.param(
        "  text: the dam was old\n",
        "  text: the dam was old\n  disputes: lowford-agrees\n",
        [
            "content/facts/dam.yaml:24:13: claims[1].disputes[0]: a claim cannot dispute itself (name the other claim's id)",
        ],
        id="self-dispute",
    ),
    pytest.param(
        "- id: lowford\n",
        "- id: anna-berg\n",
        [
            "content/facts/dam.yaml:9:7: actors[1].id: duplicate actor id 'anna-berg' (also used at line 6; give each actor its own id, or merge the two)",
            "content/facts/dam.yaml:21:7: claims[1].by: unknown actor 'lowford' (did you mean 'anna-berg'?)",
        ],
        id="duplicate-id",
    ),
    pytest.param(
        "  name: Lowford\n",
        "  name: Lowford\n  name: Low Ford\n",
        [
            "content/facts/dam.yaml:11:3: actors[1].name: duplicate key 'name' (write each key once)",
        ],
        id="duplicate-key",
    ),
    pytest.param(
        "  kind: place\n",
        "  kind: town\n",
        [
            "content/facts/dam.yaml:11:9: actors[1].kind: unknown kind 'town' (use one of: person, country, region, organisation, group, place)",
        ],
        id="bad-kind",
    ),
    pytest.param(
        "  kind: person\n",
        "  kind: persno\n",
        [
            "content/facts/dam.yaml:8:9: actors[0].kind: unknown kind 'persno' (did you mean 'person'? use one of: person, country, region, organisation, group, place)",
        ],
        id="bad-kind-close",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: says\n  kind: rumour\n",
        [
            "content/facts/dam.yaml:23:9: claims[1].kind: unknown kind 'rumour' (use one of: statement, accusation, denial, admission, demand, assessment)",
        ],
        id="bad-claim-kind",
    ),
    pytest.param(
        "  published: 2024-03-02\n",
        "  published: 2 March 2024\n",
        [
            "content/facts/dam.yaml:4:14: article.published: date '2 March 2024' does not parse (write the publication date as YYYY-MM-DD, e.g. 2020-09-28, or null if unknown)",
        ],
        id="bad-published",
    ),
    pytest.param(
        "  published: 2024-03-02\n",
        "  published: '2020-09-28T10:19:25'\n",
        [
            "content/facts/dam.yaml:4:14: article.published: date '2020-09-28T10:19:25' has a time: the publication date is the day alone (2020-09-28) (write the publication date as YYYY-MM-DD, e.g. 2020-09-28, or null if unknown)",
        ],
        id="published-with-a-time",
    ),
    pytest.param(
        "  published: 2024-03-02\n",
        "  published: 2024-02-30\n",
        [
            "content/facts/dam.yaml:4:14: article.published: date '2024-02-30' is not a day of the calendar (write the publication date as YYYY-MM-DD, e.g. 2020-09-28, or null if unknown)",
        ],
        id="published-not-a-day",
    ),
    pytest.param(
        "paragraphs:\n",
        "background:\n- date: 2020-13\n  precision: month\n  text: floods\n- date: 1991\n  text: built\nparagraphs:\n",
        [
            "content/facts/dam.yaml:25:9: background[0].date: date '2020-13' does not parse as a month, YYYY-MM, e.g. 2020-07 (write 1991, 2020-07 or 2020-09-27 with precision year, month or day; or set precision: unresolved to keep it as written)",
        ],
        id="bad-background-date",
    ),
    pytest.param(
        "- id: lowford\n",
        "- id: Low Ford\n",
        [
            "content/facts/dam.yaml:9:7: actors[1].id: 'Low Ford' is not a valid actor id (ids are slugs of a-z, 0-9 and '-' (at most 80 characters) so they can never escape a folder; try 'low-ford')",
            "content/facts/dam.yaml:21:7: claims[1].by: unknown actor 'lowford' (add it under actors:, or use one of: anna-berg)",
        ],
        id="bad-slug",
    ),
    pytest.param(
        "- id: lowford\n",
        "- id: ../../etc\n",
        [
            "content/facts/dam.yaml:9:7: actors[1].id: '../../etc' is not a valid actor id (ids are slugs of a-z, 0-9 and '-' (at most 80 characters) so they can never escape a folder; try 'etc')",
            "content/facts/dam.yaml:21:7: claims[1].by: unknown actor 'lowford' (add it under actors:, or use one of: anna-berg)",
        ],
        id="bad-slug-path",
    ),
    pytest.param(
        "    paragraph: p1\n",
        "    paragraph: p7\n",
        [
            "content/facts/dam.yaml:18:16: claims[0].evidence.paragraph: unknown paragraph 'p7' (add it under paragraphs:, or use one of: p1)",
        ],
        id="bad-paragraph",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: !!python/object/apply:os.system [echo hi]\n",
        [
            "content/facts/dam.yaml:22:9: claims[1].verb: tag '!!python/object/apply:os.system' is not allowed (fact sheets are read with safe loading: only text, numbers, true/false, lists and mappings)",
        ],
        id="python-tag",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: !secret says\n",
        [
            "content/facts/dam.yaml:22:9: claims[1].verb: tag '!secret' is not allowed (fact sheets are read with safe loading: only text, numbers, true/false, lists and mappings)",
        ],
        id="custom-tag",
    ),
    pytest.param(
        "paragraphs:\n",
        "x: &a [lol, lol]\ny: &b [*a, *a]\nparagraphs:\n",
        [
            "content/facts/dam.yaml:25:8: YAML aliases ('*a') are not allowed in a fact sheet (write the value out in full; aliases are refused so that a small file cannot expand into a huge one)",
        ],
        id="alias-bomb",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        [
            "content/facts/dam.yaml:22:26: nesting deeper than 20 levels (a fact sheet nests at most a few levels: article, claims[].figures[]...)",
        ],
        id="deep",
    ),
    pytest.param(
        None,
        None,
        [
            "content/facts/dam.yaml: the fact sheet is empty (run `explainer extract ARTICLE` to draft one, or delete the file)",
        ],
        id="empty",
    ),
    pytest.param(
        "paragraphs:\n",
        "---\nparagraphs:\n",
        [
            "content/facts/dam.yaml:24:1: YAML syntax error: expected a single document in the stream, but found another document (a fact sheet is one YAML document: remove the '---' line)",
        ],
        id="two-docs",
    ),
    pytest.param(
        "  by: lowford\n",
        "  by: []\n",
        [
            "content/facts/dam.yaml:21:7: claims[1].by: a claim needs a source (name the actor id(s) that make it)",
        ],
        id="no-by",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb:\n",
        [
            "content/facts/dam.yaml:22:8: claims[1].verb: expected text, got null (fill it in)",
        ],
        id="null-required",
    ),
    pytest.param(
        "  verb: says\n",
        "  verb: says\n  review: checked\n",
        [
            "content/facts/dam.yaml:23:11: claims[1].review: unknown review state 'checked' (write `review: reviewed` once an editor has checked it, `review: draft` until then)",
        ],
        id="review-state",
    ),
    pytest.param(
        "article:\n",
        "review: done\narticle:\n",
        [
            "content/facts/dam.yaml:1:9: review: unknown review state 'done' (write `review: reviewed` once an editor has checked it, `review: draft` until then)",
        ],
        id="sheet-review-state",
    ),
    pytest.param(
        "  kind: place\n",
        "  kind: place\n  confidence: 1.5\n",
        [
            "content/facts/dam.yaml:12:15: actors[1].confidence: confidence 1.5 is not between 0 and 1 (it is the extractor's; leave it as drafted, or delete the line)",
        ],
        id="confidence-range",
    ),
    pytest.param(
        "  kind: place\n",
        "  kind: place\n  confidence: high\n",
        [
            "content/facts/dam.yaml:12:15: actors[1].confidence: expected a number, got 'high' (write digits, e.g. 4 or 2.5)",
        ],
        id="confidence-word",
    ),
]


def test_the_valid_sheet_loads() -> None:
    sheet = factsheet.load_text(VALID, PATH)
    assert [a.id for a in sheet.actors] == ["anna-berg", "lowford"]
    assert sheet.claims[0].by == ("anna-berg",)
    assert sheet.article.published == "2024-03-02"  # an unquoted date stays text
    assert sheet.slug == "dam"


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_message(old: str | None, new: str | None, expected: list[str]) -> None:
    if old is None:
        text = ""
    else:
        assert old in VALID, "the case must edit a line of the valid sheet"
        text = VALID.replace(old, new, 1)
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    assert [str(p) for p in caught.value.problems] == expected


def test_every_independent_problem_is_reported_at_once() -> None:
    text = (
        VALID.replace("  kind: place\n", "  kind: town\n")
        .replace("  by: lowford\n", "  by: lowfrod\n")
        .replace("  verb: accuses\n", "  verb: accuses\n  hidden: perhaps\n")
        .replace("    paragraph: p1\n", "    paragraph: p9\n")
    )
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    fields = [p.field for p in caught.value.problems]
    assert fields == [
        "actors[1].kind",
        "claims[0].hidden",
        "claims[0].evidence.paragraph",
        "claims[1].by",
    ]
    assert all(p.line for p in caught.value.problems)


def test_a_broken_item_does_not_hide_problems_elsewhere() -> None:
    text = VALID.replace("  kind: person\n", "").replace("  by: lowford\n", "  by: nobody\n")
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    messages = [p.message for p in caught.value.problems]
    assert messages == ["required field is missing", "unknown actor 'nobody'"]


def test_references_to_a_broken_actor_are_not_reported_twice() -> None:
    text = VALID.replace("  kind: place\n", "  kind: [place]\n")
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    assert [p.field for p in caught.value.problems] == ["actors[1].kind"]


def test_oversized_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(composing, "MAX_BYTES", 100)
    text = VALID + "# a text no other test loads (loaded texts are remembered)\n"
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    assert str(caught.value.problems[0]) == (
        f"{PATH}: file is {len(text.encode()):,} bytes, over the limit of 100 "
        "(a fact sheet holds one article; split it or remove pasted data)"
    )


def test_billion_laughs_is_refused_quickly() -> None:
    rows = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    rows += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text("\n".join(rows) + "\n", PATH)
    assert "aliases" in caught.value.problems[0].message
    assert caught.value.problems[0].line == 2


def test_python_tags_never_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "ran"
    text = VALID.replace(
        "  title: Dam breaks\n",
        f"  title: !!python/object/apply:os.system ['touch {marker}']\n",
    )
    with pytest.raises(FactSheetError):
        factsheet.load_text(text, PATH)
    assert not marker.exists()


def test_load_reads_a_file_and_names_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "dam.yaml"
    path.write_text(VALID.replace("  by: lowford\n", "  by: putin\n"), encoding="utf-8")
    with pytest.raises(FactSheetError) as caught:
        factsheet.load(path)
    assert str(caught.value.problems[0]).startswith(f"{path}:21:7: claims[1].by: unknown actor")
    path.write_bytes(b"article:\n  title: \xff\n")
    with pytest.raises(FactSheetError) as caught:
        factsheet.load(path)
    assert str(caught.value.problems[0]) == f"{path}:2: not UTF-8 text (save the file as UTF-8)"


def test_a_name_or_alias_in_place_of_an_id_suggests_the_id() -> None:
    text = VALID.replace("  name: Lowford\n", "  name: Lowford\n  aliases: [the lower town]\n")
    text = text.replace("  by: lowford\n", "  by: The Lower Town\n")
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text, PATH)
    assert [str(p) for p in caught.value.problems] == [
        f"{PATH}:22:7: claims[1].by: unknown actor 'The Lower Town' (did you mean 'lowford'?)"
    ]


def test_a_store_parses_a_text_once_and_names_it_by_each_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = VALID + "# read twice\n"
    for name in ("one.yaml", "two.yaml"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = factsheet.SheetStore(tmp_path)
    first = store.load(tmp_path / "one.yaml")
    assert store.load(tmp_path / "one.yaml") is first  # unchanged: the same object
    other = store.load(tmp_path / "two.yaml")
    assert (first.slug, first.path) == ("one", "one.yaml")
    assert (other.slug, other.path) == ("two", "two.yaml")
    broken = text.replace("kind: person", "kind: persn", 1)
    assert broken != text
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(broken, encoding="utf-8")
    with pytest.raises(FactSheetError) as one:
        store.load(tmp_path / "a.yaml")
    with pytest.raises(FactSheetError) as two:
        store.load(tmp_path / "b.yaml")
    assert one.value.problems[0].path == "a.yaml" and two.value.problems[0].path == "b.yaml"
    # without a store nothing is kept: each call parses
    assert factsheet.load_text(text, PATH) is not factsheet.load_text(text, PATH)
