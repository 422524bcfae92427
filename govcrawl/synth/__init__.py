"""Synthetic annual reports with known values: a data model, portal-page and text renderers.

Used by tests, fixture portals and benchmarks:

* ``model``: ``ReportDoc``, ``random_report`` (valid reports, H1–H4 hold), ``load_seed_doc``
* ``html``: ``render_page(doc, "trs" | "hanweb" | "vsb", rng) -> (bytes, charset)``
* ``text``: ``render_tables_text`` / ``render_report_text`` in "lines", "tabs" or "pipes" layout
"""

from govcrawl.synth.model import ReportDoc, load_seed_doc, random_report

__all__ = ["ReportDoc", "load_seed_doc", "random_report"]
