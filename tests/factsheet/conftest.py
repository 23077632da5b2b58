"""Fixtures of the factsheet tests."""

from __future__ import annotations

import pytest
from sheet_fixtures import make_sheet

from generator.factsheet import model


@pytest.fixture
def sheet() -> model.FactSheet:
    return make_sheet()
