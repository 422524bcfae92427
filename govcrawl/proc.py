"""Child processes that must not outlive their parent."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal


def die_with_parent(parent: int | None = None) -> None:
    """In a child process: be killed when the parent dies, however it ends (``kill -9`` included).

    Linux's ``PR_SET_PDEATHSIG``; elsewhere a no-op.  ``parent``: the pid the child expects as its
    parent — if that one is already gone (it died before the call), exit at once.  Used by the
    crawl's parse workers and by a distributed worker's crawl child: an orphan would go on holding
    a task queue, or crawling without its host lease.
    """
    # (Modules are imported at module level: this may run between fork and exec, no imports there.)
    with contextlib.suppress(OSError, AttributeError):  # not Linux: no such call
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:
        os._exit(1)
