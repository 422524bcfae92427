"""The crawl's Scrapy settings do not depend on the working directory (issue 14 item 1).

A pip-installed govcrawl is run from anywhere; Scrapy finds its settings module through
``scrapy.cfg`` in the working directory, and without it crawls with its own defaults (no
pipelines, robots.txt ignored, 1 GiB bodies, 21 redirects, unbounded decompression).  The whole
hostile crawl (tests/hostile) also runs from an empty temporary directory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from govcrawl import settings as project

PROBE = """
import json
from govcrawl.crawl.runner import CrawlOptions, crawl_settings
s = crawl_settings(CrawlOptions(), None, [])
print(json.dumps({
    "robots": s.getbool("ROBOTSTXT_OBEY"), "maxsize": s.getint("DOWNLOAD_MAXSIZE"),
    "redirects": s.getint("REDIRECT_MAX_TIMES"), "pipelines": sorted(s.getdict("ITEM_PIPELINES")),
    "middlewares": sorted(s.getdict("DOWNLOADER_MIDDLEWARES")), "handlers": s.getdict("DOWNLOAD_HANDLERS"),
}))
"""


def settings_seen_from(cwd: Path) -> dict[str, object]:
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout)
    return result


def expected() -> dict[str, object]:
    return {
        "robots": True, "maxsize": project.DOWNLOAD_MAXSIZE, "redirects": project.REDIRECT_MAX_TIMES,
        "pipelines": sorted(project.ITEM_PIPELINES), "middlewares": sorted(project.DOWNLOADER_MIDDLEWARES),
        "handlers": project.DOWNLOAD_HANDLERS,
    }


def test_settings_from_an_empty_directory(tmp_path: Path) -> None:
    assert settings_seen_from(tmp_path) == expected()


def test_a_foreign_scrapy_cfg_in_the_working_directory_is_ignored(tmp_path: Path) -> None:
    # Another Scrapy project's directory: its scrapy.cfg names a settings module of its own.
    (tmp_path / "scrapy.cfg").write_text("[settings]\ndefault = otherproject.settings\n")
    (tmp_path / "otherproject").mkdir()
    (tmp_path / "otherproject" / "__init__.py").write_text("")
    (tmp_path / "otherproject" / "settings.py").write_text("ROBOTSTXT_OBEY = False\nITEM_PIPELINES = {}\n")
    assert settings_seen_from(tmp_path) == expected()
