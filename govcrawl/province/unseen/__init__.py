"""The unseen province (未见省): portals written independently from docs/portals.md, as *other*
real sites of the registry's families would be (other markup, pagers, chrome, URL shapes), to
measure how the crawler does on sites nobody tuned it for (issue 12).

Thirty-seven batches: ``portals/`` (shown to the crawler's engineers), ``holdout/`` (written later and
kept apart, so a measurement also covers sites nobody fitted the crawler to), then ``batch3/`` …
``batch6/``, each written after the one before it was measured and merged, again apart from the
crawler's engineers, and ``batch7/`` and ``batch8/``, written side by side by two engineers after
batch 6 was measured and merged, ``batch9/``, written after batches 7 and 8 were measured (again
blind to the crawler's code), ``batch10/``, written after batch 9 was measured (likewise blind
to the crawler's code), ``batch11/``, written after batch 10 was measured (likewise blind),
``batch12/``, written after batch 11 was measured (likewise blind), ``batch13/``, written
after batch 12 was measured (likewise blind), ``batch14/``, written after batch 13 was
measured (likewise blind), ``batch15/``, written after batch 14 was measured (likewise
blind), ``batch16/``, written after batch 15 was measured (likewise blind), ``batch17/``,
written beside batch 16 (likewise blind), ``batch18/``, written after batches 16 and 17 were
measured (likewise blind), ``batch19/`` and ``batch20/``, written side by side after batch 18
was measured (likewise blind), ``batch21/``, written after batches 19 and 20 were measured
(likewise blind), ``batch22/`` and ``batch23/``, written side by side after batch 21 was
measured (likewise blind), ``batch24/``, written after batches 22 and 23 were measured (likewise
blind), ``batch25/``, written after batch 24 was measured (likewise blind), ``batch26/``,
written after batch 25 was measured (likewise blind), ``batch27/``, written after batch 26 was
measured (likewise blind), ``batch28/``, written after batch 27 was measured (likewise
blind), ``batch29/``, written after batch 28 was measured (likewise blind), ``batch30/``,
written after batch 29 was measured (likewise blind), ``batch31/``, written after batch 30 was
measured (likewise blind), ``batch32/``, written after batch 31 was measured (likewise blind), ``batch33/``, written
after batch 32 was measured (likewise blind), ``batch34/``, written after batch 33 was measured (likewise
blind), ``batch35/``, written after batch 34 was measured (likewise blind), ``batch36/``, written
after batch 35 was measured (likewise blind), and ``batch37/``, written after batch 36 was measured (likewise
blind).  Each batch
has its registry files beside this module: plain YAML entries as a user would write them from
the README, some with an explicit family, some with ``cms: auto``.

The ground truth — every report (agency, year, values) and every decoy — comes from the portal
definitions (``Truth``), never from a list in a test.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from pathlib import Path

from govcrawl.province.fixture import Province
from govcrawl.province.server import Portal

PROVINCE = "未见省"
HERE = Path(__file__).resolve().parent
BATCHES = ("portals", "holdout", "batch3", "batch4", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10",
           "batch11", "batch12", "batch13", "batch14", "batch15", "batch16", "batch17",
           "batch18", "batch19", "batch20", "batch21", "batch22", "batch23", "batch24", "batch25",
           "batch26", "batch27", "batch28", "batch29", "batch30", "batch31", "batch32", "batch33", "batch34", "batch35",
           "batch36", "batch37")
SEEN = ("portals",)  # the batch the crawler's engineers worked from
# Registry files per batch; each is crawled by its own command (an entry a release cannot read
# must not take the others down with it).
REGISTRIES = {
    "portals": (HERE / "unseen.yaml", HERE / "unseen-auto.yaml"),
    "holdout": (HERE / "holdout.yaml", HERE / "holdout-auto.yaml"),
    "batch3": (HERE / "batch3.yaml", HERE / "batch3-auto.yaml"),
    "batch4": (HERE / "batch4.yaml", HERE / "batch4-auto.yaml"),
    "batch5": (HERE / "batch5.yaml", HERE / "batch5-auto.yaml"),
    "batch6": (HERE / "batch6.yaml", HERE / "batch6-auto.yaml"),
    "batch7": (HERE / "batch7.yaml", HERE / "batch7-auto.yaml"),
    "batch8": (HERE / "batch8.yaml", HERE / "batch8-auto.yaml"),
    "batch9": (HERE / "batch9.yaml", HERE / "batch9-auto.yaml"),
    "batch10": (HERE / "batch10.yaml", HERE / "batch10-auto.yaml"),
    "batch11": (HERE / "batch11.yaml", HERE / "batch11-auto.yaml"),
    "batch12": (HERE / "batch12.yaml", HERE / "batch12-auto.yaml"),
    "batch13": (HERE / "batch13.yaml", HERE / "batch13-auto.yaml"),
    "batch14": (HERE / "batch14.yaml", HERE / "batch14-auto.yaml"),
    "batch15": (HERE / "batch15.yaml", HERE / "batch15-auto.yaml"),
    "batch16": (HERE / "batch16.yaml", HERE / "batch16-auto.yaml"),
    "batch17": (HERE / "batch17.yaml", HERE / "batch17-auto.yaml"),
    "batch18": (HERE / "batch18.yaml", HERE / "batch18-auto.yaml"),
    "batch19": (HERE / "batch19.yaml", HERE / "batch19-auto.yaml"),
    "batch20": (HERE / "batch20.yaml", HERE / "batch20-auto.yaml"),
    "batch21": (HERE / "batch21.yaml", HERE / "batch21-auto.yaml"),
    "batch22": (HERE / "batch22.yaml", HERE / "batch22-auto.yaml"),
    "batch23": (HERE / "batch23.yaml", HERE / "batch23-auto.yaml"),
    "batch24": (HERE / "batch24.yaml", HERE / "batch24-auto.yaml"),
    "batch25": (HERE / "batch25.yaml", HERE / "batch25-auto.yaml"),
    "batch26": (HERE / "batch26.yaml", HERE / "batch26-auto.yaml"),
    "batch27": (HERE / "batch27.yaml", HERE / "batch27-auto.yaml"),
    "batch28": (HERE / "batch28.yaml", HERE / "batch28-auto.yaml"),
    "batch29": (HERE / "batch29.yaml", HERE / "batch29-auto.yaml"),
    "batch30": (HERE / "batch30.yaml", HERE / "batch30-auto.yaml"),
    "batch31": (HERE / "batch31.yaml", HERE / "batch31-auto.yaml"),
    "batch32": (HERE / "batch32.yaml", HERE / "batch32-auto.yaml"),
    "batch33": (HERE / "batch33.yaml", HERE / "batch33-auto.yaml"),
    "batch34": (HERE / "batch34.yaml", HERE / "batch34-auto.yaml"),
    "batch35": (HERE / "batch35.yaml", HERE / "batch35-auto.yaml"),
    "batch36": (HERE / "batch36.yaml", HERE / "batch36-auto.yaml"),
    "batch37": (HERE / "batch37.yaml", HERE / "batch37-auto.yaml"),
}


def portal_classes(batches: tuple[str, ...] = BATCHES) -> list[type[Portal]]:
    """Every module of the batches declares ``PORTALS = [PortalClass, …]``."""
    classes: list[type[Portal]] = []
    for batch in batches:
        package = importlib.import_module(f"{__name__}.{batch}")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            classes += getattr(module, "PORTALS", [])
    return classes


def registries(batches: tuple[str, ...] = SEEN) -> list[Path]:
    """The registry files of ``batches`` — by default only the batch the crawler was developed
    against (tests of the crawler's own contracts read these); the measurement names both."""
    return [path for batch in batches for path in REGISTRIES[batch] if path.exists()]


def build_unseen(batches: tuple[str, ...] = BATCHES, seed: int = 1207) -> Province:
    """The portals of ``batches`` with their ground truth, deterministically for ``seed``."""
    portals: list[Portal] = [cls(random.Random(f"{seed}:{cls.__name__}")) for cls in portal_classes(batches)]
    for portal in portals:
        portal.connect(portals)
    return Province(portals, [t for p in portals for t in getattr(p, "truth", [])])
