"""Shared fixtures. Tests that read the real documents in ../shared skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
EXAMPLES = ROOT / "examples"


def shared_file(name: str) -> Path:
    """A file of ../shared/corpus, or skip the test with a clear message."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not found: the real documents live in ../shared beside the project")
    return path


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not found: the real documents live in ../shared beside the project")
    return CORPUS


@pytest.fixture
def gold() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"{GOLD} not found: the gold annotations live in ../shared beside the project")
    return GOLD
