"""Merges and splits pinned by hand in content/pins.yaml, and their error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import knowledge
from generator.errors import KnowledgeError

from .handmade import actor, sheet


def pins_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pins.yaml"
    path.write_text(text, encoding="utf-8")
    return path


SHEETS = [
    sheet(
        "a",
        actors=(actor("ilham-aliyev", "Ilham Aliyev"), actor("kremlin", "Kremlin", "organisation")),
    ),
    sheet("b", actors=(actor("aliyev", "Aliyev"), actor("vladimir-putin", "Vladimir Putin"))),
    sheet("c", actors=(actor("ilham-aliev", "Ilham Aliev"),)),
]


def test_a_pinned_merge_joins_what_names_alone_would_not(tmp_path):
    pins = knowledge.load_pins(pins_file(tmp_path, "merge:\n  - [vladimir-putin, kremlin]\n"))
    k = knowledge.build(SHEETS, pins=pins)
    assert k.actor_id("a", "kremlin") == "vladimir-putin"  # the first id of the pin names it
    assert "Kremlin" in k.actor("vladimir-putin").aliases  # type: ignore[union-attr]
    assert k.problems == ()


def test_a_pinned_split_keeps_apart_what_names_would_merge(tmp_path):
    k = knowledge.build(SHEETS)
    assert k.actor_id("c", "ilham-aliev") == "ilham-aliyev"  # automatic: spelling variant
    pins = knowledge.load_pins(pins_file(tmp_path, "split:\n  - [ilham-aliyev, ilham-aliev]\n"))
    k = knowledge.build(SHEETS, pins=pins)
    assert k.actor_id("c", "ilham-aliev") == "ilham-aliev"
    assert k.actor_id("a", "ilham-aliyev") == "ilham-aliyev"


def test_a_pin_stays_pinned_when_more_articles_arrive(tmp_path):
    pins = knowledge.load_pins(pins_file(tmp_path, "split:\n  - [ilham-aliyev, ilham-aliev]\n"))
    more = [*SHEETS, sheet("d", actors=(actor("x", "Ilham Aliyev", aliases=("Ilham Aliev",)),))]
    k = knowledge.build(more, pins=pins)
    assert k.actor_id("c", "ilham-aliev") != k.actor_id("a", "ilham-aliyev")


def test_a_split_of_one_id_used_by_two_sheets_for_two_people(tmp_path):
    sheets = [
        sheet("a", actors=(actor("john-smith", "John Smith", role="Mayor of Springfield"),)),
        sheet("b", actors=(actor("john-smith", "John Smith", role="Goalkeeper"),)),
        sheet("c", actors=(actor("john-smith", "John Smith", role="Goalkeeper"),)),
    ]
    text = "split:\n  - [a/john-smith, b/john-smith]\nmerge:\n  - [b/john-smith, c/john-smith]\n"
    pins = knowledge.load_pins(pins_file(tmp_path, text))
    k = knowledge.build(sheets, pins=pins)
    assert {k.actor_id("a", "john-smith"), k.actor_id("b", "john-smith")} == {
        "john-smith",
        "john-smith-2",
    }
    assert k.actor_id("b", "john-smith") == k.actor_id("c", "john-smith")
    assert k.actor_id("b", "john-smith") == "john-smith"  # the bigger group keeps the id


def test_merges_that_join_what_a_split_keeps_apart_are_an_error(tmp_path):
    text = (
        "merge:\n  - [ilham-aliyev, aliyev]\n  - [aliyev, ilham-aliev]\n"
        "split:\n  - [ilham-aliyev, ilham-aliev]\n"
    )
    path = pins_file(tmp_path, text)
    with pytest.raises(KnowledgeError) as caught:
        knowledge.build(SHEETS, pins=knowledge.load_pins(path))
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:3:5: merge of 'aliyev' with 'c/ilham-aliev' breaks a split pin"
    ]


def test_a_pin_naming_no_actor_is_a_warning_with_its_line(tmp_path):
    path = pins_file(tmp_path, "merge:\n  - [vladimir-putin, kremlin]\n  - [nobody, kremlin]\n")
    k = knowledge.build(SHEETS, pins=knowledge.load_pins(path))
    assert [str(p) for p in k.problems] == [
        f"{path}:3:5: warning: no actor 'nobody' in any fact sheet; this pin does nothing"
    ]


def test_a_missing_pins_file_is_no_pins(tmp_path):
    pins = knowledge.load_pins(tmp_path / "pins.yaml")
    assert not pins and pins.merge == () and pins.split == ()


def test_an_empty_pins_file_is_no_pins(tmp_path):
    assert not knowledge.load_pins(pins_file(tmp_path, "# nothing pinned yet\n"))


def test_pins_keep_their_lines(tmp_path):
    pins = knowledge.load_pins(
        pins_file(tmp_path, "# pins\nmerge:\n  - [a, b]\nsplit:\n  - - c\n    - d/e\n")
    )
    assert pins.merge == (knowledge.PinGroup(("a", "b"), line=3, column=5),)
    assert pins.split == (knowledge.PinGroup(("c", "d/e"), line=5, column=5),)


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        (
            "merge:\n  - [a, b]\nsplits:\n  - [c, d]\n",
            ["3:1: unknown key 'splits' (valid keys: merge, split)"],
        ),
        (
            "merge: [a, b]\n",
            [
                "1:9: merge[0]: must be a list of at least two actor ids "
                "(for example: [nikol-pashinyan, pashinyan])",
                "1:12: merge[1]: must be a list of at least two actor ids "
                "(for example: [nikol-pashinyan, pashinyan])",
            ],
        ),
        (
            "merge:\n  - [only-one]\n",
            ["2:5: merge[0]: a merge needs at least two actor ids, got 1"],
        ),
        (
            "split:\n  - [Nikol Pashinyan, b]\n",
            [
                "2:6: split[0][0]: not an actor id: 'Nikol Pashinyan' "
                "(an id is a slug such as 'nikol-pashinyan', or 'sheet-slug/actor-id')"
            ],
        ),
        (
            "merge:\n  - [a, b, a]\n",
            ["2:12: merge[0][2]: 'a' listed twice"],
        ),
        (
            "merge:\n  - [a, b]\nsplit:\n  - [b, c, a]\n",
            [
                "4:5: split of 'b' and 'a' contradicts the merge on line 2 "
                "(remove one of the two pins)"
            ],
        ),
        (
            "merge: yes\n",
            [
                "1:8: merge: 'merge' must be a list of lists of actor ids "
                "(for example: merge: [[nikol-pashinyan, pashinyan]])"
            ],
        ),
        ("- [a, b]\n", ["1:1: pins must be a mapping with 'merge:' and/or 'split:' lists"]),
        (
            "merge:\n  - [a, b\n",
            ["3:1: not valid YAML: expected ',' or ']', but got '<stream end>'"],
        ),
    ],
)
def test_bad_pins_name_the_line_and_the_fix(tmp_path, text, messages):
    path = pins_file(tmp_path, text)
    with pytest.raises(KnowledgeError) as caught:
        knowledge.load_pins(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:{m}" for m in messages]
