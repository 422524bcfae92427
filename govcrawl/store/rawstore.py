"""Raw fetched bodies (HTML, PDF, DOCX…), content-addressed on disk.

Layout: ``<data dir>/raw/<sha[0:2]>/<sha[2:4]>/<sha256>`` — the file name is the sha256 of its
bytes, stored uncompressed so ``sha256sum`` verifies it.  Files are written to a temporary name,
fsynced and renamed, *before* the database row that refers to them is committed: a crash can
leave an unreferenced file (harmless; identical bytes reuse it), never a row without its file.
Only bodies that establish a new version are kept; an unchanged re-fetch stores nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RawStore:
    def __init__(self, root: Path | str, *, fsync: bool = True) -> None:
        self.root = Path(root)
        self.fsync = fsync

    def path(self, sha256: str) -> Path:
        return self.root / "raw" / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes, sha256: str | None = None, *, fsync: bool | None = None) -> str:
        """Store ``data`` (idempotent) and return its sha256 (``fsync``: override the store's default)."""
        sha = sha256 or sha256_hex(data)
        target = self.path(sha)
        durable = self.fsync if fsync is None else fsync
        if target.exists():
            if durable:
                # It may have been written without fsync (the crawler's URL memory keeps page bodies
                # that way): a row that will name it needs it on disk.
                fd = os.open(target, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                if durable:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha256: str) -> bytes:
        """The stored bytes; ``FileNotFoundError`` if absent, ``ValueError`` if corrupted."""
        data = self.path(sha256).read_bytes()
        if sha256_hex(data) != sha256:
            raise ValueError(f"raw body {sha256} is corrupted on disk")
        return data

    def usage(self) -> tuple[int, int]:
        """(number of files, total bytes) under the raw directory."""
        count = size = 0
        base = self.root / "raw"
        if not base.exists():
            return 0, 0
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                if not name.startswith(".tmp-"):
                    count += 1
                    size += os.path.getsize(os.path.join(dirpath, name))
        return count, size
