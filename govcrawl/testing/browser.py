"""A real headless chromium (Debian's ``chromium`` + ``chromedriver``) and a WSGI app served on
127.0.0.1, for the web view's browser tests, its screenshot and its benchmark.

The browser runs with a fresh profile and no background networking, component updates or
first-run work, so it asks nothing of the network; tests point it at 127.0.0.1 only.
``.ci/install-chromium.sh`` installs it; without it the tests skip, unless CI is set.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-sync",
    "--disable-default-apps",
    "--lang=zh-CN",
)


def find_chromium() -> tuple[str, str] | None:
    """(browser, driver) paths, or None when Debian's chromium is not installed."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A selenium WebDriver on a headless chromium with its own throwaway profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_chromium()
    if found is None:
        raise RuntimeError("chromium/chromedriver not installed: run .ci/install-chromium.sh")
    browser, driver_path = found
    profile = Path(tempfile.mkdtemp(prefix="govcrawl-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@contextmanager
def served(app: Any, threads: int = 4) -> Iterator[str]:
    """Serve a WSGI app with waitress on a free 127.0.0.1 port; yields its base URL."""
    from waitress.server import create_server

    server: Any = create_server(app, host="127.0.0.1", port=0, threads=threads, ident="govcrawl")
    thread = threading.Thread(target=server.run, name="govcrawl-web", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # As webtest's StopableWSGIServer: finish the running tasks, then close every channel
        # (the listening socket and the trigger included) so the loop ends without writing to a
        # closed trigger.
        server.task_dispatcher.shutdown()
        while server._map:
            for channel in list(server._map.values()):
                channel.handle_close()
        thread.join(timeout=10)
