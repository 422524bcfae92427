"""The content hash must never change for existing data: stored versions are compared against it."""

from __future__ import annotations

import random
import re
from types import MappingProxyType
from typing import Any

from govcrawl.store.normalize import _INTEGRAL_FLOAT, canonical_json, content_hash

from .factory import make_record

# The original rule, kept here as the reference for the faster regex in normalize.py.
_REFERENCE_INTEGRAL_FLOAT = re.compile(r"(?<=[:\[,])(-?\d+)\.0(?=[,\]}])")


def _tricky_record() -> dict[str, Any]:
    rec = make_record(
        licensing=None,
        flags=["spam_injection", "b", "a"],
        check_fail=True,
        extra_sections={"x": "今天是2024年1月1日 星期一\n浏览次数：12\n 正文 1.0, [2.0] ,3.0}"},
    )
    rec["cells"][0]["raw"] = " 5 6\u3000"
    rec["cells"][1]["value"] = 565.0
    rec["tables"]["t3"]["new_received"]["total"] = -2.0
    return rec


def test_content_hash_is_pinned() -> None:
    """Hashes of version 0.1 of the store (a changed value here means stored versions would be
    seen as changed on the next crawl: that needs a documented migration, not a test update)."""
    assert content_hash(make_record()) == "986db9ea5576da977c040b7e03ab9a73bc8897873ff7fe0ebbf641634310b25e"
    assert content_hash(_tricky_record()) == "3b354703850620cb9ad9cb6e24de859176d5c6b9f769c208ebca628057e52139"


def test_integral_float_rewrite_matches_the_reference_rule() -> None:
    rnd = random.Random(3)
    alphabet = [*':[],{}-0123456789."a ', "1.0", ".0,", "[-3.0]", ":0.0}", ",12.0,"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _INTEGRAL_FLOAT.sub(r"\1", text) == _REFERENCE_INTEGRAL_FLOAT.sub(r"\1", text), text
    blob = canonical_json(_tricky_record())
    assert '"value":565}' in blob and '"total":-2' in blob
    # The rule applies inside strings too (whitespace-free text that looks like JSON numbers).
    assert '"x":"正文1.0,[2],3}"' in blob


def test_cells_that_are_not_plain_dicts_hash_as_before() -> None:
    rec = make_record()
    cells = rec["cells"]
    plain = canonical_json(rec)
    cells[0] = MappingProxyType(dict(cells[0]))  # a Mapping is copied into a dict, as before
    assert canonical_json(rec) == plain
