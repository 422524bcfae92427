"""Rendered report files (PDF, OFD, DOCX) kept on disk between processes.

The fixture portals render their attachments from a ``ReportDoc`` and a seeded ``Random``: the same
inputs always give the same bytes.  Rendering is the slow part of building a fixture province (an
OFD is a PDF rendered, then read back by pdfplumber: ~1.5 s each), and every test process that
builds one renders the same files again.  So a render is kept, keyed by the renderer, its arguments,
the generator's state and the source of ``govcrawl/synth`` (an edited renderer never answers from
an old render), with the generator's state after the render — a hit leaves the caller's ``Random``
exactly where rendering would have, so what a fixture draws next does not depend on the cache.

Where: ``GOVCRAWL_RENDER_CACHE`` (a directory; ``off`` turns the cache off), by default a private
directory under the system's temporary directory.  Bounded: at most ``MAX_ENTRIES`` files; beyond
that the oldest half is removed.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

MAX_ENTRIES = 4000
_SYNTH = Path(__file__).resolve().parent
F = TypeVar("F", bound=Callable[..., bytes])


@functools.cache
def _source_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(_SYNTH.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cache_dir() -> Path | None:
    configured = os.environ.get("GOVCRAWL_RENDER_CACHE", "")
    if configured.lower() == "off":
        return None
    where = Path(configured) if configured else Path(tempfile.gettempdir()) / f"govcrawl-renders-{os.getuid()}"
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return where


def _prune(where: Path) -> None:
    entries = sorted(where.glob("*.render"), key=lambda p: p.stat().st_mtime)
    if len(entries) > MAX_ENTRIES:
        for path in entries[: len(entries) // 2]:
            path.unlink(missing_ok=True)


def _state_json(rng: random.Random | None) -> Any:
    return None if rng is None else json.loads(json.dumps(rng.getstate()))


def kept(render: F) -> F:
    """``render(doc, rng=None, **options)``, answered from the cache when it has rendered the same
    arguments before.  Further positional arguments, and options that are objects without a stable
    ``repr`` (a converter chosen by the caller), bypass the cache."""

    @functools.wraps(render)
    def cached(doc: Any, rng: random.Random | None = None, *more: Any, **options: Any) -> bytes:
        where = cache_dir()
        if where is None or more or any(value is not None and not isinstance(value, (bool, int, str))
                                        for value in options.values()):
            return render(doc, *_given(rng), *more, **options)
        before = _state_json(rng)
        key = hashlib.sha256(repr((render.__module__, render.__qualname__, doc, before, sorted(options.items()),
                                   _source_digest())).encode()).hexdigest()
        path = where / f"{key}.render"
        try:
            header, _, body = path.read_bytes().partition(b"\n")
            after = json.loads(header)
        except (OSError, ValueError):
            pass
        else:
            if rng is not None and after is not None:
                rng.setstate(_as_state(after))
            return body
        body = render(doc, *_given(rng), **options)
        scratch = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            scratch.write_bytes(json.dumps(_state_json(rng)).encode() + b"\n" + body)
            os.replace(scratch, path)  # atomic: a reader in another process sees all or nothing
            if next(_writes) % 200 == 0:
                _prune(where)
        except OSError:
            scratch.unlink(missing_ok=True)
        return body

    return cached  # type: ignore[return-value]


def _as_state(value: Any) -> Any:
    """``random.getstate()``'s tuple from its JSON form (lists)."""
    version, internal, gauss = value
    return version, tuple(internal), gauss


def _given(rng: random.Random | None) -> tuple[random.Random, ...]:
    """The generator as the renderer takes it: none given, none passed (``render_docx`` takes none)."""
    return () if rng is None else (rng,)


_writes = itertools.count()
