"""Base spiders, one per CMS family; a portal is a registry entry naming its family.

Each module here declares ``FAMILIES = {"<cms name>": SpiderClass, …}``; ``family(name)`` finds the
base class for a registry entry's ``cms`` value among them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from govcrawl.bases.base import PortalSpider


@cache
def families() -> dict[str, type[PortalSpider]]:
    found: dict[str, type[PortalSpider]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.update(getattr(module, "FAMILIES", {}))
    return found


def family(name: str) -> type[PortalSpider]:
    try:
        return families()[name]
    except KeyError:
        raise ValueError(f"unknown CMS family {name!r}; known: {', '.join(sorted(families()))}") from None
