"""``govcrawl web``: a read-only web view of the store (issue 15).

Flask app (``app.create_app``) with Jinja2 templates (autoescaped) and server-rendered SVG
charts; every style sheet is served from ``govcrawl/web/static`` — the pages load nothing from
the network.  Modules: ``layout`` (the tables as in the template), ``reports`` (report and agency
pages), ``compliance`` (publication deadline), ``trends`` (year-over-year), ``browse`` (regions,
search), ``charts`` (SVG), ``app`` (routes and the JSON API).
"""
