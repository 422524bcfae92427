"""Real concurrent writer processes (PostgreSQL, and SQLite for good measure)."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from govcrawl.store import Store
from govcrawl.store.models import Report, ReportParse, ReportVersion

from .factory import html_body, make_record

WRITERS = 6
ROUNDS = 4
URL = "http://www.example.gov.cn/a.html"


def _writer(url: str, data_dir: str, barrier: Any, same: bool, index: int, out: Any) -> None:
    kinds = []
    with Store.open(url, data_dir=data_dir) as store:
        for rnd in range(ROUNDS):
            rec = make_record(year=2000 + rnd, licensing=None if same else index)
            barrier.wait()
            res = store.save_record(rec, html_body(rec, chrome=f"visitor {index}"), "text/html", URL)
            kinds.append(res.kind)
    out.put(kinds)


def _run(db_url: str, tmp_path: Path, same: bool) -> list[str]:
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(WRITERS)
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(db_url, str(tmp_path / "data"), barrier, same, i, out))
        for i in range(WRITERS)
    ]
    for p in procs:
        p.start()
    kinds = [k for _ in procs for k in out.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return kinds


def test_same_record_from_concurrent_writers_makes_one_version(store: Store, db_url: str, tmp_path: Path) -> None:
    kinds = _run(db_url, tmp_path, same=True)
    assert sorted(kinds) == sorted(["new"] * ROUNDS + ["unchanged"] * (WRITERS - 1) * ROUNDS)
    with store.reading() as conn:
        per_report = conn.execute(select(ReportVersion.report_id, func.count()).group_by(ReportVersion.report_id)).all()
        assert len(per_report) == ROUNDS and all(n == 1 for _, n in per_report)
        assert conn.execute(select(func.count()).select_from(ReportParse)).scalar_one() == ROUNDS


def test_different_records_from_concurrent_writers_chain_cleanly(store: Store, db_url: str, tmp_path: Path) -> None:
    kinds = _run(db_url, tmp_path, same=False)
    assert kinds.count("new") == ROUNDS and kinds.count("changed") == (WRITERS - 1) * ROUNDS
    with store.reading() as conn:
        for report_id, current in conn.execute(select(Report.id, Report.current_version_id)).all():
            vs = conn.execute(
                select(ReportVersion.id, ReportVersion.number, ReportVersion.valid_to)
                .where(ReportVersion.report_id == report_id)
                .order_by(ReportVersion.number)
            ).all()
            assert [v.number for v in vs] == list(range(1, WRITERS + 1))
            assert [v.valid_to is None for v in vs] == [False] * (WRITERS - 1) + [True]
            assert vs[-1].id == current
        ids = sorted(c or 0 for c in conn.execute(select(ReportParse.change_id)).scalars().all())
    assert ids == list(range(1, WRITERS * ROUNDS + 1))
