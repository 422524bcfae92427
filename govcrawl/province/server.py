"""One loopback HTTP server that serves every fixture portal of a province.

It answers both as a virtual-host web server (``Host:`` header) and as a forward HTTP proxy
(absolute-form request targets, ``GET http://www.qingshan.gov.test/…``), so a crawler can fetch the
fictitious ``*.gov.test`` URLs unchanged by pointing its proxy at 127.0.0.1:PORT — no DNS, no port
numbers in URLs (portals.md §5).  Hosts are routed to ``Portal`` objects; a host no portal serves
answers 502 with ``X-Fixture-Error: unknown-host`` (the crawler's proxy middleware refuses such
hosts before they get here).  The server binds 127.0.0.1 only.
"""

from __future__ import annotations

import hashlib
import logging
import random
import socket
import ssl
import struct
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from dataclasses import replace as copy_with
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)


@dataclass
class Request:
    method: str
    host: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""

    def param(self, name: str, default: str = "") -> str:
        return self.query.get(name, [default])[0]


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (slow portals)
    # Misbehaving at the socket level (hostile portals; all off by default):
    reset: bool = False  # abort the connection with a TCP RST instead of answering
    declared_length: int | None = None  # Content-Length to send instead of the body's (truncation)
    chunk_size: int = 0  # > 0: write the body in pieces of this size …
    chunk_delay: float = 0.0  # … this many seconds apart (a trickling server)
    # A body made while it is sent (large bodies without holding them): written until the client
    # goes away; no Content-Length unless ``declared_length``, the connection closes at its end.
    stream: Callable[[], Iterator[bytes]] | None = None


Handler = Callable[[Request], Response]


class Portal:
    """A fixture site: static resources by path plus dynamic handlers by path.

    Subclasses build their pages in ``__init__(rng)`` and list what a crawl must find in ``truth``.
    """

    hosts: tuple[str, ...] = ()
    published = datetime(2025, 3, 20, 8, 0, tzinfo=UTC)  # Last-Modified of the portal's files

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random(0)
        self.resources: dict[str, Response] = {}
        self.handlers: dict[str, Handler] = {}
        self.robots = "User-agent: *\nDisallow: /admin/\n"
        self.modified: dict[str, datetime] = {}  # Last-Modified of files changed since ``published``

    def connect(self, portals: list[Portal]) -> None:
        """Called once every portal of the province is built (``build_province``): a portal that
        links to the others (a province hub) reads their pages or ``truth`` here.  Default: nothing."""

    def add(self, path: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.resources[path] = Response(status, body, content_type, dict(headers or {}))

    def replace(self, path: str, body: bytes) -> None:
        """The agency edits a published file: new bytes, and a Last-Modified of now."""
        self.resources[path].body = body
        self.modified[path] = datetime.now(UTC).replace(microsecond=0)

    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return self.conditional(request, "/robots.txt", Response(200, self.robots.encode(), "text/plain"))
        handler = self.handlers.get(request.path)
        if handler is not None:
            return handler(request)
        path = request.path
        found = self.resources.get(path)
        if found is None and path.endswith("/"):
            path = path + "index.html" if path + "index.html" in self.resources else path + "index.shtml"
            found = self.resources.get(path)
        return self.conditional(request, path, found) if found is not None else self.not_found(request)

    def conditional(self, request: Request, path: str, found: Response) -> Response:
        """Static files carry ETag and Last-Modified and answer conditional GETs with 304, as the
        web servers in front of TRS, VSB and Hanweb do; dynamic handlers (JSP, APIs) do not."""
        if found.status != 200 or request.method not in ("GET", "HEAD"):
            return found
        etag = '"' + hashlib.sha1(found.body).hexdigest()[:16] + '"'
        modified = self.modified.get(path, self.published)
        headers = {**found.headers, "ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True)}
        if_none_match = request.headers.get("if-none-match")
        if_modified_since = request.headers.get("if-modified-since")
        if if_none_match is not None:
            not_modified = etag in {t.strip() for t in if_none_match.split(",")} or if_none_match.strip() == "*"
        elif if_modified_since is not None:
            try:
                not_modified = modified <= parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                not_modified = False
        else:
            not_modified = False
        if not_modified:
            return Response(304, b"", None, headers)
        return copy_with(found, headers=headers)

    def not_found(self, request: Request) -> Response:
        return Response(404, b"<html><body><h1>404 Not Found</h1></body></html>")


class _Server(ThreadingHTTPServer):
    # The default listen backlog (5) drops SYNs when a crawler opens dozens of connections at once,
    # and every dropped SYN costs the client a one-second retransmission.
    request_queue_size = 512
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (its download timeout ran out on a slow or hanging fixture
        # response) is not a server error: no traceback on stderr.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class ProvinceServer:
    """Serve portals on 127.0.0.1:port in a background thread (``with ProvinceServer(...) as s``)."""

    def __init__(self, portals: Iterable[Portal], port: int = 0) -> None:
        self.routes: dict[str, Portal] = {}
        for portal in portals:
            for host in portal.hosts:
                self.routes[host.lower()] = portal
        self.requests: list[tuple[str, str, int]] = []  # (method, url, status): what was asked
        self.timed: list[tuple[float, str, str, int]] = []  # (time.monotonic(), method, url, status)
        self._lock = threading.Lock()
        self.httpd = _Server(("127.0.0.1", port), self._handler_class())
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def record(self, method: str, url: str, status: int) -> None:
        """What was asked, for the tests: ``requests``, and ``timed`` with the monotonic time."""
        with self._lock:
            self.requests.append((method, url, status))
            self.timed.append((time.monotonic(), method, url, status))

    def start(self) -> ProvinceServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="province-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> ProvinceServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def dispatch(self, request: Request) -> Response:
        portal = self.routes.get(request.host)
        if portal is None:
            return Response(502, b"unknown host", "text/plain", {"X-Fixture-Error": "unknown-host"})
        try:
            return portal.handle(request)
        except Exception:  # a fixture bug must show as a 500, not kill the server thread
            log.exception("fixture portal failed on %s%s", request.host, request.path)
            return Response(500, b"fixture error", "text/plain")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
            # delayed ACKs stall every keep-alive response by ~40 ms.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def _serve(self) -> None:
                target = urlsplit(self.path)
                host = (target.hostname or self.headers.get("Host", "").split(":")[0]).lower()
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                query = parse_qs(target.query, keep_blank_values=True)
                if self.command == "POST" and body:
                    for key, values in parse_qs(body.decode("latin-1"), keep_blank_values=True).items():
                        query.setdefault(key, values)
                request = Request(self.command, host, target.path or "/", query,
                                  {k.lower(): v for k, v in self.headers.items()}, body)
                response = server.dispatch(request)
                scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
                url = f"{scheme}://{host}{target.path}" + (f"?{target.query}" if target.query else "")
                server.record(self.command, url, 0 if response.reset else response.status)  # 0: a reset
                if response.delay:
                    time.sleep(response.delay)
                if response.reset:
                    self._reset()
                    return
                self.send_response(response.status)
                if response.content_type:
                    self.send_header("Content-Type", response.content_type)
                for key, value in response.headers.items():
                    self.send_header(key, value)
                declared = response.declared_length
                if declared is None and response.stream is None:
                    declared = len(response.body)
                if declared is not None:
                    self.send_header("Content-Length", str(declared))
                if response.stream is not None or declared != len(response.body):
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if self.command != "HEAD":
                    self._write_body(response)

            def _reset(self) -> None:
                # SO_LINGER with a zero timeout: close() sends RST, not FIN.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()

            def _write_body(self, response: Response) -> None:
                if response.stream is not None:
                    try:
                        for piece in response.stream():
                            self.wfile.write(piece)
                    except OSError:  # the client gave up (its size limit)
                        self.close_connection = True
                    return
                if response.chunk_size <= 0:
                    self.wfile.write(response.body)
                    return
                try:
                    for start in range(0, len(response.body), response.chunk_size):
                        self.wfile.write(response.body[start : start + response.chunk_size])
                        self.wfile.flush()
                        if response.chunk_delay:
                            time.sleep(response.chunk_delay)
                except OSError:  # the client timed out
                    self.close_connection = True

            do_GET = do_POST = do_HEAD = _serve

            def do_CONNECT(self) -> None:
                """An https URL through the proxy: answer the tunnel, then speak TLS as the portal's
                https port does (``Portal.tls``), or refuse like a closed port 443."""
                host = self.path.rsplit(":", 1)[0].lower()
                portal = server.routes.get(host)
                tls = getattr(portal, "tls", None)
                server.record("CONNECT", f"https://{host}/", 200 if tls else 502)
                if not tls:
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    self.close_connection = True
                    return
                self.send_response(200, "Connection established")
                self.end_headers()
                self.wfile.flush()
                try:
                    tunnel = tls_context(tls).wrap_socket(self.connection, server_side=True)
                except (ssl.SSLError, OSError):  # the client refused the handshake (weak TLS)
                    self.close_connection = True
                    return
                # The same handler goes on reading requests, now from inside TLS.
                self.connection = tunnel
                self.rfile = tunnel.makefile("rb")
                self.wfile = tunnel.makefile("wb")

        return _Handler


_CONTEXTS: dict[str, ssl.SSLContext] = {}


def tls_context(kind: str) -> ssl.SSLContext:
    """Server-side TLS of a fixture portal's https port, with a self-signed certificate.

    ``self-signed``: modern TLS, a certificate nobody signed (crawlers do not verify: many .gov.cn
    certificates would fail).  ``weak``: only TLS 1.0 with legacy ciphers, as old institutional
    servers still run (portals.md §4.3) — a current OpenSSL client refuses the handshake.
    """
    if kind not in _CONTEXTS:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        if kind == "weak":
            context.set_ciphers("DEFAULT:@SECLEVEL=0")
            with warnings.catch_warnings():  # TLS 1.0 is deprecated: that is the point of this port
                warnings.simplefilter("ignore", DeprecationWarning)
                context.minimum_version = ssl.TLSVersion.TLSv1
                context.maximum_version = ssl.TLSVersion.TLSv1
        cert, key = _self_signed()
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "cert.pem").write_bytes(cert)
            (Path(tmp) / "key.pem").write_bytes(key)
            context.load_cert_chain(str(Path(tmp) / "cert.pem"), str(Path(tmp) / "key.pem"))
        _CONTEXTS[kind] = context
    return _CONTEXTS[kind]


def _self_signed() -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fixture.gov.test")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365)).sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                              serialization.NoEncryption()))
