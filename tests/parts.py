"""The real parts some tests need (PostgreSQL, Redis, chromium): missing on a developer's machine
they skip those tests; in CI (``CI=true``) a missing part fails them, so a green CI never hides an
install step that did not run."""

from __future__ import annotations

import pytest

from govcrawl.testing.postgres import ci_requires_postgres


def require(found: object, what: str, script: str) -> None:
    """Go on when ``found`` (the part's binary, or a truthy value); else fail in CI, skip elsewhere."""
    if found:
        return
    if ci_requires_postgres():  # the CI switch, named for the first part that used it
        pytest.fail(f"CI is set but {what} is not installed: run .ci/{script}")
    pytest.skip(f"{what} is not installed (.ci/{script}); the tests that need it are skipped")
