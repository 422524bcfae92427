"""The bundled fixture province (示例省): which portals it has and what a crawl must find."""

from __future__ import annotations

import importlib
import pkgutil
import random
from dataclasses import dataclass

from govcrawl.province import portals as portal_modules
from govcrawl.province.content import Truth
from govcrawl.province.server import Portal, ProvinceServer

PROVINCE = "示例省"


@dataclass
class Province:
    portals: list[Portal]
    truth: list[Truth]

    @property
    def hosts(self) -> list[str]:
        return sorted(h for p in self.portals for h in p.hosts)

    def reports(self) -> list[Truth]:
        return [t for t in self.truth if t.kind == "report"]

    def decoys(self) -> list[Truth]:
        return [t for t in self.truth if t.kind == "decoy"]

    def server(self, port: int = 0) -> ProvinceServer:
        return ProvinceServer(self.portals, port)


def portal_classes() -> list[type[Portal]]:
    """Every module in govcrawl/province/portals declares ``PORTALS = [PortalClass, …]``."""
    classes: list[type[Portal]] = []
    for info in sorted(pkgutil.iter_modules(portal_modules.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{portal_modules.__name__}.{info.name}")
        classes += getattr(module, "PORTALS", [])
    return classes


def build_province(seed: int = 2024) -> Province:
    """Every portal's pages, deterministically for ``seed`` (each portal gets its own stream)."""
    portals: list[Portal] = []
    for cls in portal_classes():
        # A per-portal seed that does not depend on which other portals exist.
        portals.append(cls(random.Random(f"{seed}:{cls.__name__}")))
    for portal in portals:  # second phase: hubs link to what the other portals serve
        portal.connect(portals)
    truth = [t for p in portals for t in getattr(p, "truth", [])]
    return Province(portals, truth)
