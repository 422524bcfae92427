"""Fixtures: a real SQLite store filled from ``sample``, the web app served on 127.0.0.1 by
waitress, and a real headless chromium (skipped when it is not installed, unless CI is set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govcrawl.store import Store
from govcrawl.testing.browser import chromium, find_chromium, served
from govcrawl.web.app import create_app
from tests.parts import require
from tests.web import sample


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("web") / "store.sqlite3"
    store = Store.open(f"sqlite:///{path}", data_dir=path.parent)
    sample.fill(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def base_url(web_store: Store) -> Iterator[str]:
    with served(create_app(web_store, sample.SITES)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(find_chromium(), "chromium and chromedriver", "install-chromium.sh")
    with chromium() as driver:
        yield driver


@pytest.fixture
def tmp_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path / 's.sqlite3'}", data_dir=tmp_path)
    yield store
    store.close()
