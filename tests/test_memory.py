"""The cycle collector's tuning (generator/memory.py) is always undone."""

from __future__ import annotations

import gc

from generator import memory


def test_a_rebuild_sets_aside_what_lives_and_gives_it_back() -> None:
    before = gc.get_threshold()
    rebuild = memory.Rebuild()
    rebuild.enter()
    try:
        assert gc.get_freeze_count() > 0  # what was alive is out of the collector's way
        assert gc.get_threshold()[0] == memory.YOUNG_COLLECTED_EVERY
        rebuild.enter()  # a rebuild that began before the last one ended
    finally:
        rebuild.leave()
    rebuild.leave()  # twice is fine
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_build_undoes_its_tuning_when_it_fails() -> None:
    before = gc.get_threshold()
    try:
        with memory.long_lived():
            memory.set_aside()
            raise RuntimeError("a failed build")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_giving_back_empties_our_memos_and_undoes_the_set_aside() -> None:
    from generator.knowledge.names import fold

    fold("Émile Zola")
    assert fold.cache_info().currsize > 0
    memory.set_aside()
    memory.give_back()
    assert fold.cache_info().currsize == 0
    assert gc.get_freeze_count() == 0
    assert fold("Émile Zola") == "emile zola"  # refilled when next needed
