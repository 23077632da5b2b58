"""Fixtures of the factsheet tests."""

from __future__ import annotations

import pytest

from generator.factsheet import model

from .sheet_fixtures import make_sheet


@pytest.fixture
def sheet() -> model.FactSheet:
    return make_sheet()
