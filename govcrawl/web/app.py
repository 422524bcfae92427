"""The Flask application: routes of the web view and its JSON API (read-only).

Pages render ``templates/*.html`` with Jinja2 autoescaping (a report title holding ``<script>``
shows as text).  ``/api/changes`` is the change feed: the same records as ``govcrawl export``
(``govcrawl.store.export.changes`` → ``record_of``), paged by the change cursor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, abort, jsonify, render_template, request
from sqlalchemy import select
from werkzeug.exceptions import HTTPException

from govcrawl.crawl.registry import Site
from govcrawl.store.export import CursorError, Filters, changes
from govcrawl.store.history import NotFound
from govcrawl.store.models import Report
from govcrawl.store.store import Store
from govcrawl.web import browse, layout
from govcrawl.web.charts import line_chart
from govcrawl.web.compliance import (
    REGION_SORT_KEYS,
    SORT_KEYS,
    STATUS_LABELS,
    STATUSES,
    Compliance,
    compliance,
    sort_regions,
    sort_rows,
    to_csv,
)
from govcrawl.web.reports import agency_info, agency_years, cross_year, report_view
from govcrawl.web.trends import APPLICATION_METRICS, CASE_METRICS, METRICS, Trend, trend

HERE = Path(__file__).resolve().parent
API_PAGE_MAX = 500


def web_href(url: object) -> str:
    """A link target for a URL read from a portal: only http(s), so a ``javascript:`` link a page
    carried can never run in the analyst's browser."""
    text = str(url or "").strip()
    return text if urlsplit(text).scheme.lower() in ("http", "https") else "#"


def _int_arg(name: str, default: int | None = None) -> int | None:
    value = request.args.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        abort(400, f"{name} must be a whole number")


def _charts(t: Trend, subject: str) -> list[Any]:
    def series(metrics: Sequence[str]) -> list[tuple[str, list[float | None]]]:
        return [(METRICS[m][0], t.series(m)) for m in metrics]

    return [line_chart(f"{subject}：政府信息公开申请", t.years, series(APPLICATION_METRICS)),
            line_chart(f"{subject}：行政复议和行政诉讼", t.years, series(CASE_METRICS))]


def create_app(store: Store, sites: Sequence[Site] = ()) -> Flask:
    app = Flask("govcrawl.web", template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    app.jinja_env.autoescape = True  # every template, whatever its file name
    app.jinja_env.globals.update(layout=layout, STATUS_LABELS=STATUS_LABELS, STATUSES=STATUSES, METRICS=METRICS)
    app.jinja_env.filters["web_href"] = web_href

    def years() -> list[int]:
        with store.reading() as conn:
            return [int(y or 0) for y in conn.scalars(
                select(Report.year).where(Report.year.is_not(None)).distinct().order_by(Report.year))]

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> tuple[str, int]:
        return render_template("error.html", message=str(exc)), 404

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[str, int]:
        return render_template("error.html", message=exc.description or exc.name), exc.code or 500

    @app.get("/")
    def index() -> str:
        return render_template("index.html", provinces=browse.provinces(store, sites), years=years())

    @app.get("/search")
    def search() -> str:
        q = request.args.get("q", "")
        return render_template("search.html", q=q, agencies=browse.search(store, q))

    @app.get("/region/<code>")
    def region(code: str) -> str:
        agencies = browse.region_agencies(store, code)
        if not agencies:
            raise NotFound(f"no agency of region {code} in the store")
        t = trend(store, region_code=code)
        name = agencies[0].region or code
        return render_template("region.html", code=code, name=name, agencies=agencies, trend=t,
                               charts=_charts(t, name))

    @app.get("/agency")
    def agency() -> str:
        info = agency_info(store, request.args.get("key", ""))
        t = trend(store, agency_id=info.id)
        return render_template("agency.html", agency=info, years=agency_years(store, info.id), trend=t,
                               charts=_charts(t, info.name or info.key), cross_year=cross_year(store, info.id))

    @app.get("/report")
    def report() -> str:
        year = _int_arg("year")
        if year is None:
            abort(400, "year is required")
        view = report_view(store, request.args.get("agency", ""), year, _int_arg("version"))
        return render_template("report.html", r=view)

    def _compliance() -> tuple[Compliance, list[int]]:
        known = years()
        year = _int_arg("year", known[-1] if known else None)
        if year is None:
            raise NotFound("the store holds no report yet")
        result = compliance(store, year, sites)
        region = request.args.get("region")
        if region:
            rows = [r for r in result.rows if r.region_code == region]
            result = replace(result, rows=rows, regions=[g for g in result.regions if g.region_code == region],
                             counts=dict(Counter(r.status for r in rows)))
        return result, known

    @app.get("/compliance")
    def compliance_page() -> str:
        result, known = _compliance()
        sort = request.args.get("sort", "region")
        desc = request.args.get("desc") == "1"
        rows = sort_rows(result.rows, sort, desc)
        rsort = request.args.get("rsort", "region")
        rdesc = request.args.get("rdesc") == "1"
        regions = sort_regions(result.regions, rsort if rsort in REGION_SORT_KEYS else "region", rdesc)
        return render_template("compliance.html", c=result, rows=rows, regions=regions, years=known, sort=sort,
                               desc=desc, rsort=rsort, rdesc=rdesc, sort_keys=SORT_KEYS,
                               region=request.args.get("region", ""))

    @app.get("/compliance.csv")
    def compliance_csv() -> Response:
        result, _known = _compliance()
        return Response(to_csv(result), mimetype="text/csv; charset=utf-8", headers={
            "Content-Disposition": f"attachment; filename=compliance-{result.year}.csv"})

    # -- JSON API ---------------------------------------------------------------------------------

    @app.get("/api/changes")
    def api_changes() -> Response:
        since = _int_arg("since", 0) or 0
        limit = min(max(_int_arg("limit", 100) or 100, 1), API_PAGE_MAX)
        filters = Filters(region=request.args.get("region") or None, year=_int_arg("year"))
        try:
            records, cursor, more = changes(store, since, limit, filters)
        except CursorError as exc:
            return Response(jsonify(error=str(exc)).get_data(), status=400, mimetype="application/json")
        return jsonify(records=records, next_cursor=cursor, more=more)

    @app.get("/api/report")
    def api_report() -> Response:
        year = _int_arg("year")
        key = request.args.get("agency", "")
        filters = Filters(agency=key, year=year)
        records, _cursor, _more = changes(store, 0, 2, filters)
        if not records:
            return Response(jsonify(error=f"no report of {key!r} for {year}").get_data(), status=404,
                            mimetype="application/json")
        return jsonify(records[0])

    @app.get("/api/compliance")
    def api_compliance() -> Response:
        result, _known = _compliance()
        return jsonify(year=result.year, deadline=result.deadline.isoformat(), counts=result.counts,
                       rows=[r.__dict__ for r in result.rows])

    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    return app
