"""Hostile parser inputs (issue 14): each parses or is refused, bounded, with a clear flag.

The inputs are generated (``govcrawl.hostile.inputs``) and parsed the way the crawl, ``reparse``
and ``parse`` parse: in a ``ParsePool`` worker under its wall-clock and address-space limits.
Outcomes are asserted, not timings; ``benchmarks/hostile_inputs.py`` measures time and peak RSS.
"""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govcrawl.crawl.parsejob import unparsed
from govcrawl.hostile.inputs import INPUTS, HostileInput, pdf_text_operators
from govcrawl.parsepool import ParseLimitExceeded, ParsePool, ParseResourceLimit, ParseTimeout
from govcrawl.report import parse_report
from govcrawl.report.schema import assert_valid_record
from tests.report.expected import flat_tables


@pytest.fixture(scope="module")
def pool() -> Iterator[ParsePool]:
    with ParsePool(2) as shared:  # the defaults: 30 s and 1 GiB per parse
        yield shared


def bounded_flags(pool: ParsePool, data: bytes, media_type: str) -> list[str]:
    """The flags of the record the crawl would store for ``data`` (checked against the contract)."""
    try:
        record = pool.submit(parse_report, data, media_type).result()
    except ParseLimitExceeded as exc:
        record = unparsed(exc.flag, str(exc), data, media_type, url="http://www.hostile.gov.test/a")
    assert_valid_record(record)
    assert not any(v is not None for v in flat_tables(record["tables"]).values()), "values from hostile bytes"
    flags: list[str] = record["flags"]
    return flags


@pytest.mark.parametrize("hostile", [h for h in INPUTS if h.name != "pdf-600k-text-operators"],
                         ids=lambda h: h.name)
def test_each_hostile_input_is_parsed_or_refused_with_its_flag(pool: ParsePool, hostile: HostileInput) -> None:
    flags = bounded_flags(pool, hostile.make(), hostile.media_type)
    assert hostile.flags & set(flags), (hostile.name, flags)
    assert "parser_error" not in flags


def test_a_parse_past_its_time_limit_is_killed_and_flagged() -> None:
    # 600k text operators in an 18 KB PDF: pdfminer works on it for minutes.  The limit is the
    # pool's (30 s by default; 3 s here so the test is short): the worker is killed, the parse
    # answers parser_timeout.  (That the next parse in the same pool works is checked below with
    # a limit that a replacement worker's start-up cannot eat on a loaded machine.)
    with ParsePool(1, seconds=3) as short, pytest.raises(ParseTimeout):
        short.submit(parse_report, pdf_text_operators(), "application/pdf").result()


class _SlowToArrive:
    """An argument whose unpickling in the worker takes ``seconds``: the stand-in for a worker's
    slow start (a spawned interpreter importing the parser on a loaded machine)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __reduce__(self) -> tuple[object, tuple[float]]:
        return _arrive_slowly, (self.seconds,)


def _arrive_slowly(seconds: float) -> _SlowToArrive:
    time.sleep(seconds)
    return _SlowToArrive(seconds)


def _seconds_of(arrived: _SlowToArrive) -> float:
    return arrived.seconds


def test_a_workers_start_up_is_not_the_parses_time() -> None:
    """The clock starts when the worker holds the job: 4 s of arriving against a 1 s limit is not
    a timeout (it was one when the clock started at hand-over, and good reports were flagged
    parser_timeout under CPU load); the parse itself still is held to its limit."""
    with ParsePool(1, seconds=1) as short:
        assert short.submit(_seconds_of, _SlowToArrive(4.0)).result() == 4.0
        with pytest.raises(ParseTimeout):
            short.submit(time.sleep, 30).result()


def _allocate(n: int) -> int:
    return len(bytearray(n))


def test_a_parse_past_its_memory_limit_is_stopped_and_the_pool_goes_on() -> None:
    with ParsePool(1, memory=512 * 1024 * 1024) as small:
        with pytest.raises(ParseResourceLimit):
            small.submit(_allocate, 2 * 1024 * 1024 * 1024).result()
        assert small.submit(_allocate, 1024).result() == 1024


def _heavy(seconds: float, allocate: int, widen: bool) -> tuple[int, int]:
    """Work past the ordinary limits (sleep, then allocate), after asking for more when ``widen``."""
    from govcrawl.parsepool import widen_limits

    if widen:
        widen_limits(120.0, 3 * 1024 * 1024 * 1024)
    time.sleep(seconds)
    return len(bytearray(allocate)), os.getpid()


def test_a_parse_that_widens_its_limits_gets_them_and_its_worker_is_replaced() -> None:
    # OCR of a picture report asks for OCR's limits (widen_limits); other parses keep the pool's.
    # A parse's time runs from the moment it is handed to a worker, which may still be starting
    # (spawn, imports: seconds on a loaded machine), so the limit is 20 s, not 2 s: with 2 s the
    # allocation below timed out under load before it could fail on memory.  The sleeps outlast
    # the limit, so the unwidened parse is always stopped and the widened one must have more.
    gib = 1024 * 1024 * 1024
    with ParsePool(1, seconds=20, memory=512 * 1024 * 1024) as pool:
        with pytest.raises(ParseTimeout):
            pool.submit(_heavy, 600.0, 1024, False).result()
        assert pool.submit(parse_report, b"2023\xe5\xb9\xb4", "text/plain").result()["flags"]  # a new worker
        with pytest.raises(ParseResourceLimit):
            pool.submit(_heavy, 0.0, gib, False).result()
        size, pid = pool.submit(_heavy, 25.0, gib, True).result()
        assert size == gib
        # the worker that widened is not reused: the next parse has the ordinary limits again
        assert pool.submit(os.getpid).result() != pid
        with pytest.raises(ParseResourceLimit):
            pool.submit(_heavy, 0.0, gib, False).result()


def _alive(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def test_a_worker_killed_while_idle_is_replaced() -> None:
    with ParsePool(1) as pool:
        pid = pool.submit(os.getpid).result()
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.05)
        assert pool.submit(_allocate, 10).result() == 10
        assert pool.submit(os.getpid).result() != pid


def govcrawl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_parse_dev_zero_is_refused_in_one_line(tmp_path: Path) -> None:
    run = govcrawl("parse", "/dev/zero", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "larger than" in run.stderr and "Traceback" not in run.stderr


class _Drip(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # a report page that never finishes arriving
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write("<html><title>某县2023年政府信息公开工作年度报告</title><body>".encode())
        self.wfile.flush()
        try:
            while not self.server.done.is_set():  # type: ignore[attr-defined]
                self.wfile.write(b"<p>1</p>")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def log_message(self, *args: Any) -> None:
        pass


def test_a_slow_drip_url_is_recorded_truncated_not_parsed(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.done = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/report.html"
        run = govcrawl("parse", url, "--timeout", "2", cwd=tmp_path)
    finally:
        server.done.set()  # type: ignore[attr-defined]
        server.shutdown()
    assert run.returncode == 1, run.stderr
    assert '"truncated"' in run.stdout and '"t2": {}' in run.stdout
    assert "still arriving" in run.stderr and "Traceback" not in run.stderr


def test_a_reader_s_memory_error_is_the_limit_not_an_unreadable_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readers catch whatever their libraries raise on broken input; a MemoryError among it is the
    worker's memory cap (``RLIMIT_AS``), and the record says so — before, pdfminer's MemoryError on 600,000
    text operators was stored as ``unreadable_pdf``, a broken file.  (The cap itself cannot be hit
    deterministically: past it the interpreter may also die outright; this raises what the cap raises.)"""
    import random

    import pdfplumber

    from govcrawl.province.content import report_doc
    from govcrawl.synth.pdf import render_pdf

    pdf = render_pdf(report_doc(random.Random(7), "险峰县审计局", "险峰县审计局", "v2021", 2023), random.Random(7))

    def out_of_memory(*_args: object, **_kwargs: object) -> None:
        raise MemoryError

    assert parse_report(pdf, "application/pdf")["year"] == 2023  # the real file reads
    monkeypatch.setattr(pdfplumber, "open", out_of_memory)
    record = parse_report(pdf, "application/pdf")
    assert record["flags"] == ["parser_resource_limit"], record["flags"]
    assert not any(v is not None for v in flat_tables(record["tables"] or {}).values())
