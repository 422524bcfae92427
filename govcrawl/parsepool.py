"""Parse processes with a wall-clock limit and a memory limit on every parse.

One ``ParsePool`` serves the crawl's parse pipeline, ``govcrawl reparse`` and ``govcrawl parse``.
Each worker is a spawned child of the caller (it dies with it) whose address space is capped
(``RLIMIT_AS``): an allocation past the cap raises ``MemoryError`` in the worker, which answers
``ParseResourceLimit`` and is replaced.  A parse still running ``seconds`` after it was handed to
its worker is killed with its worker (``SIGKILL``: a C loop in lxml or zlib cannot be interrupted
any other way) and answers ``ParseTimeout``; the other workers' parses are not disturbed.  The
clock starts when the worker has the job in hand (it says so), not when it is handed over: a new
worker's start-up (a spawned interpreter importing the parser) can take many seconds on a loaded
machine and is not the parse's time; a worker that never takes its job is stopped after
``STARTUP_SECONDS``.  Callers
turn these into records flagged ``parser_timeout`` / ``parser_resource_limit``
(``govcrawl.crawl.parsejob.unparsed``).

A parse that turns out to be heavy work with bounds of its own (OCR of a picture report: a page
budget) calls ``widen_limits`` once it knows: its worker's address-space limit is raised and the
pool gives it a new deadline, at most ``MAX_WIDENED_SECONDS`` away.  Every other parse keeps the
ordinary limits, and a worker that widened is replaced after its parse (its mapped libraries stay).

Only this module, the function called and what it imports are loaded in a worker: no Scrapy, no
SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from govcrawl.proc import die_with_parent

# Defaults; GOVCRAWL_PARSE_SECONDS / GOVCRAWL_PARSE_MEMORY_MB override them (benchmarks, tests).
PARSE_SECONDS = 30.0
# How long a worker may take to start and take its job (spawn, imports): only catches a hang.
STARTUP_SECONDS = 300.0
PARSE_MEMORY_BYTES = 1024 * 1024 * 1024
# The most a parse may ask for with ``widen_limits`` (OCR: its 600 s page budget and the record).
MAX_WIDENED_SECONDS = 900.0
MAX_WIDENED_MEMORY_BYTES = 8 * 1024 * 1024 * 1024


def parse_seconds() -> float:
    return float(os.environ.get("GOVCRAWL_PARSE_SECONDS") or PARSE_SECONDS)


def parse_memory_bytes() -> int:
    value = os.environ.get("GOVCRAWL_PARSE_MEMORY_MB")
    return int(value) * 1024 * 1024 if value else PARSE_MEMORY_BYTES


class ParseLimitExceeded(Exception):
    """A parse was stopped by a limit; ``flag`` is the record flag that says which."""

    flag = "parser_error"


class ParseTimeout(ParseLimitExceeded):
    flag = "parser_timeout"


class ParseResourceLimit(ParseLimitExceeded):
    flag = "parser_resource_limit"


class ParserDied(ParseLimitExceeded):
    """The worker process ended without an answer (a crash in a C library)."""

    flag = "parser_error"


class _Started:
    """A worker's word that it has the job in hand: the parse's clock starts now."""

    __slots__ = ()


class _Widen:
    """A worker's request for the limits of heavy work (``widen_limits``)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


# In a pool worker: the connection to the pool, and whether the current parse has widened.
_worker_conn: Connection | None = None
_widened = False


def widen_limits(seconds: float, memory: int) -> None:
    """Give the running parse ``seconds`` from now and ``memory`` bytes of address space (each
    capped by the pool's maxima).  Outside a pool worker it does nothing: the caller's own bounds
    apply."""
    global _widened
    if _worker_conn is None or _widened:
        return
    import resource

    _widened = True
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = min(memory, MAX_WIDENED_MEMORY_BYTES)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))
    _worker_conn.send(_Widen(min(seconds, MAX_WIDENED_SECONDS)))


def _worker(conn: Connection, memory: int, parent: int) -> None:
    """A worker's loop: receive ``(fn, args, kwargs)``, answer ``(True, result)`` or
    ``(False, exception)``; ``None`` ends it."""
    global _worker_conn
    die_with_parent(parent)
    import resource

    _worker_conn = conn
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    # The soft limit only, so that widen_limits can raise it; a hard limit below ours is kept.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory if hard == resource.RLIM_INFINITY else min(memory, hard), hard))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args, kwargs = job
        conn.send(_Started())
        try:
            answer: tuple[bool, Any] = (True, fn(*args, **kwargs))
        except MemoryError:
            answer = (False, ParseResourceLimit(f"the parse needed more than {memory // 2**20} MiB of memory"))
        except Exception as exc:
            answer = (False, exc)
        try:
            conn.send(answer)
        except MemoryError:
            conn.send((False, ParseResourceLimit("the parse's result did not fit in memory")))
        except Exception as exc:  # an answer that cannot be pickled
            conn.send((False, RuntimeError(f"cannot return the parse's result: {exc!r}")))
        if _widened or (not answer[0] and isinstance(answer[1], ParseResourceLimit)):
            return  # after heavy work or a MemoryError the process is not what it was: a fresh one takes over


class _Job:
    __slots__ = ("args", "fn", "future", "kwargs")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.future: Future[Any] = Future()


class _Slot:
    """One worker process and the job it is running."""

    def __init__(self, pool: ParsePool) -> None:
        self.conn, child = multiprocessing.Pipe()
        self.process: BaseProcess = pool.context.Process(
            target=_worker, args=(child, pool.memory, os.getpid()), daemon=True, name="govcrawl-parse")
        self.process.start()
        child.close()
        self.job: _Job | None = None
        self.deadline = 0.0
        self.allowed = pool.seconds  # the running parse's time (widen_limits changes it)
        self.widened = False
        self.started = False  # the worker has said it holds its job (the parse's clock runs)

    def stop(self, *, kill: bool) -> None:
        if kill:
            with contextlib.suppress(Exception):
                self.process.kill()
        else:
            with contextlib.suppress(Exception):
                self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class ParsePool:
    """``workers`` processes; ``submit(fn, *args, **kwargs)`` returns a ``Future`` that fails with
    ``ParseTimeout``, ``ParseResourceLimit`` or ``ParserDied`` when the parse is stopped."""

    def __init__(self, workers: int, *, seconds: float | None = None, memory: int | None = None) -> None:
        self.workers = max(1, workers)
        self.seconds = parse_seconds() if seconds is None else seconds
        self.memory = parse_memory_bytes() if memory is None else memory
        self.context = multiprocessing.get_context("spawn")
        self._queue: deque[_Job] = deque()
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = multiprocessing.Pipe(duplex=False)
        self._closed = False
        self._slots: list[_Slot] = []
        self._thread = threading.Thread(target=self._run, name="govcrawl-parse-pool", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        job = _Job(fn, args, kwargs)
        with self._lock:
            if self._closed:
                raise RuntimeError("the parse pool is shut down")
            self._queue.append(job)
        self._wake_w.send_bytes(b".")
        return job.future

    def shutdown(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._wake_w.send_bytes(b".")
        self._thread.join()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # -- the dispatcher thread -------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    closed = self._closed
                if closed:
                    break
                self._dispatch()
                busy = [s for s in self._slots if s.job is not None]
                timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic()) if busy else None
                ready = wait([self._wake_r, *(s.conn for s in busy)], timeout)
                if self._wake_r in ready:
                    while self._wake_r.poll():
                        self._wake_r.recv_bytes()
                for slot in busy:
                    if slot.conn in ready:
                        self._answer(slot)
                    elif time.monotonic() >= slot.deadline:
                        reason = (f"the parse took longer than {slot.allowed:g} s" if slot.started else
                                  f"the parser process did not start within {max(STARTUP_SECONDS, self.seconds):g} s")
                        self._fail(slot, ParseTimeout(reason), kill=True)
        finally:
            with self._lock:
                pending = list(self._queue)
                self._queue.clear()
            for job in pending:
                job.future.cancel()
            for slot in self._slots:
                if slot.job is not None and not slot.job.future.done():
                    slot.job.future.set_exception(RuntimeError("the parse pool was shut down"))
                slot.stop(kill=slot.job is not None)
            self._slots.clear()

    def _dispatch(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                idle = next((s for s in self._slots if s.job is None), None)
                if idle is None and len(self._slots) >= self.workers:
                    return
                job = self._queue.popleft()
            if not job.future.set_running_or_notify_cancel():
                continue
            self._start(job, idle)

    def _start(self, job: _Job, slot: _Slot | None) -> None:
        """Hand ``job`` to ``slot`` (None: a new worker).  A worker found dead on the way (killed
        while idle) is replaced once."""
        for _attempt in range(2):
            if slot is None:
                try:
                    slot = _Slot(self)
                except Exception as exc:  # no process could be started: this parse fails, not the pool
                    job.future.set_exception(exc)
                    return
                self._slots.append(slot)
            try:
                slot.conn.send((job.fn, job.args, job.kwargs))
            except (BrokenPipeError, ConnectionResetError, EOFError):
                self._replace(slot, kill=True)
                slot = None
                continue
            except Exception as exc:  # arguments that cannot be pickled
                job.future.set_exception(exc)
                return
            slot.job, slot.started = job, False
            slot.deadline = time.monotonic() + max(STARTUP_SECONDS, self.seconds)
            return
        job.future.set_exception(ParserDied("no parser process could take the parse"))

    def _answer(self, slot: _Slot) -> None:
        job = slot.job
        assert job is not None
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            slot.process.join(1)
            self._fail(slot, ParserDied(f"the parser process died (exit status {slot.process.exitcode})"),
                       kill=True)
            return
        except MemoryError:
            self._fail(slot, ParseResourceLimit("the parse's result did not fit in memory"), kill=True)
            return
        if isinstance(message, _Started):
            slot.started, slot.deadline = True, time.monotonic() + slot.allowed
            return
        if isinstance(message, _Widen):  # the parse goes on, with the limits of heavy work
            slot.deadline, slot.allowed = time.monotonic() + message.seconds, message.seconds
            slot.widened = True
            return
        ok, value = message
        slot.job = None
        if ok:
            job.future.set_result(value)
        else:
            job.future.set_exception(value)
        if slot.widened or (not ok and isinstance(value, ParseResourceLimit)):
            self._replace(slot, kill=False)  # the worker ends itself after such a parse

    def _fail(self, slot: _Slot, exc: ParseLimitExceeded, *, kill: bool) -> None:
        job = slot.job
        slot.job = None
        if job is not None:
            job.future.set_exception(exc)
        self._replace(slot, kill=kill)

    def _replace(self, slot: _Slot, *, kill: bool) -> None:
        slot.stop(kill=kill)
        self._slots.remove(slot)  # a new worker is spawned when there is work for it
