"""Fuzz the report parser: ≥ 10,000 mutated reports through ``parse_report``, none may break it.

    python benchmarks/fuzz_parser.py [--inputs 10000] [--seed 1] [--workers 2] [--json] [--save DIR]

Seeds are realistic: synthetic reports (``govcrawl.synth``) rendered as portal HTML (TRS, Hanweb,
VSB pages in UTF-8/GBK/GB18030), content fragments, plain text (three table layouts), DOCX and
PDF, an XML wrapping (Hanweb ``<datastore>`` style, with an entity bomb variant), and the bundled
seed pages.  Each input is a seed put through 1–4 seeded mutations: bit flips, byte
insert/delete/overwrite, truncation, splicing two seeds, duplicated chunks (huge inputs),
charset swaps (re-encoding with a lying declared charset, UTF-16, BOMs), deep nesting (10⁴–10⁵
open tags), a mutated zip member (DOCX ``word/document.xml``) or a mutated PDF object stream,
and it is sent with the right, a wrong or no media type.

A failure is: an exception out of ``parse_report``; a record without the required keys or
that is not JSON-serialisable; a record flagged ``parser_error`` (``parse_report`` caught an
unexpected exception — a parser bug kept from escaping, still a bug); or an input that takes
longer than ``--timeout`` seconds of CPU.  Failing inputs are written to ``--save`` for reproduction.
Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing
import random
import signal
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from govcrawl.report import parse_report  # noqa: E402

REQUIRED = {"schema": str, "agency": dict, "year": (int, type(None)), "title": (str, type(None)),
            "template_version": (str, type(None)), "source": dict, "sections": dict, "tables": dict,
            "cells": list, "checks": list, "flags": list}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_TYPES = ["text/html", "text/html; charset=gbk", "text/html; charset=utf-8", "text/plain",
               "application/pdf", DOCX_TYPE, "application/xml", "application/octet-stream", None]


@dataclass
class Seed:
    kind: str
    data: bytes
    media_type: str | None


def build_seeds(rng: random.Random, count: int = 6) -> list[Seed]:
    from govcrawl.synth.docx import render_docx
    from govcrawl.synth.html import render_content, render_page
    from govcrawl.synth.model import random_report
    from govcrawl.synth.pdf import render_pdf
    from govcrawl.synth.text import render_report_text

    seeds: list[Seed] = []
    for i in range(count):
        version = "v2019" if i % 3 == 0 else "v2021"
        doc = random_report(rng, version, 2019 if version == "v2019" else 2021 + i % 3)  # type: ignore[arg-type]
        for style in ("trs", "hanweb", "vsb"):
            body, charset = render_page(doc, style, rng)  # type: ignore[arg-type]
            seeds.append(Seed("html", body, f"text/html; charset={charset}"))
        fragment = render_content(doc, rng.choice(["trs", "hanweb", "vsb"]), rng)  # type: ignore[arg-type]
        seeds.append(Seed("html-fragment", fragment.encode("utf-8"), "text/html"))
        for layout in ("lines", "tabs", "pipes"):
            seeds.append(Seed("text", render_report_text(doc, layout, rng).encode("utf-8"), "text/plain"))  # type: ignore[arg-type]
        xml = (f'<?xml version="1.0" encoding="utf-8"?><datastore><nextgroup><![CDATA[]]></nextgroup>'
               f"<recordset><record><![CDATA[{fragment}]]></record></recordset></datastore>")
        seeds.append(Seed("xml", xml.encode("utf-8"), "application/xml"))
        if i < 3:
            seeds.append(Seed("docx", render_docx(doc), DOCX_TYPE))
            seeds.append(Seed("pdf", render_pdf(doc, rng), "application/pdf"))
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'
                      for i in range(9))
            + "]><html><body><p>&lol8;</p></body></html>")
    seeds.append(Seed("xml-bomb", bomb.encode(), "application/xml"))
    for seed_dir in sorted((ROOT / "fixtures" / "reports").glob("seed*")):
        for path in sorted(seed_dir.iterdir()):
            if path.suffix in (".html", ".txt"):
                seeds.append(Seed("seed-page", path.read_bytes(), "text/plain" if path.suffix == ".txt" else None))
    return seeds


# -- mutations --------------------------------------------------------------------------------

def _bitflips(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        if buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _bytes_edit(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(buf) + 1)
        op = rng.random()
        junk = rng.choice([b"\x00", b"\xff\xfe", b"<", b">", b"</table>", b"<td>", b"\xe5", b"%", b"\r", b"\x1a",
                           b"&#xffff;", b"&#0;", b"]]>", b"</", b"\xef\xbb\xbf", rng.randbytes(rng.randint(1, 32))])
        if op < 0.4:
            buf[i:i] = junk
        elif op < 0.7:
            del buf[i:i + rng.randint(1, 256)]
        else:
            buf[i:i + len(junk)] = junk
    return bytes(buf)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def _splice(data: bytes, rng: random.Random, other: bytes) -> bytes:
    a = rng.randrange(len(data) + 1)
    b = rng.randrange(len(other) + 1)
    return data[:a] + other[b:]


def _duplicate(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    a = rng.randrange(len(data))
    chunk = data[a:a + rng.randint(1, 4096)]
    times = rng.choice([2, 10, 100, 1000])
    return data[:a] + (chunk * times)[:HUGE] + data[a:]


def _charset_swap(data: bytes, rng: random.Random) -> bytes:
    try:
        text = data.decode(rng.choice(["utf-8", "gb18030"]), errors="replace")
    except LookupError:
        return data
    enc = rng.choice(["gbk", "gb18030", "big5", "utf-16", "utf-16-be", "utf-8-sig", "latin-1", "shift_jis"])
    body = text.encode(enc, errors="replace")
    if rng.random() < 0.5:  # a lying meta charset
        lie = rng.choice(["utf-8", "gbk", "big5", "iso-8859-1", "utf-16", "x-unknown"])
        body = f'<meta charset="{lie}">'.encode("ascii") + body
    return body


def _deep(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([1_000, 10_000, 100_000])
    tag = rng.choice([b"div", b"table", b"td", b"span", b"p", b"tr"])
    nest = b"<" + tag + b">"
    inner = nest * depth + b"\xe4\xb8\x80\xe3\x80\x81" + b"</" + tag + b">" * rng.choice([0, depth])
    i = rng.randrange(len(data) + 1)
    return data[:i] + inner + data[i:]


def _wide(data: bytes, rng: random.Random) -> bytes:
    rows = rng.choice([100, 500, 5000])
    cols = rng.choice([3, 50, 300])
    cell = b"<td colspan=\"999999\">1</td>" if rng.random() < 0.2 else b"<td>1</td>"
    table = b"<table>" + (b"<tr>" + cell * cols + b"</tr>") * rows + b"</table>"
    table = table[:HUGE]
    i = rng.randrange(len(data) + 1)
    return data[:i] + table + data[i:]


def _zip_member(data: bytes, rng: random.Random) -> bytes:
    """Mutate one member of a zip (DOCX) and re-zip it, so the container stays readable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            members = [(info, zin.read(info)) for info in zin.infolist()]
    except Exception:
        return _bitflips(data, rng)
    out = io.BytesIO()
    target = next((i for i, (info, _) in enumerate(members) if info.filename == "word/document.xml"),
                  rng.randrange(len(members)) if members else None)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for i, (info, body) in enumerate(members):
            if i == target:
                op = rng.random()
                if op < 0.4:
                    body = _bytes_edit(body, rng)
                elif op < 0.6:
                    body = _truncate(body, rng)
                elif op < 0.8:
                    body = body.replace(b"<w:tc>", b"<w:tc><w:tcPr><w:gridSpan w:val=\"99999999\"/></w:tcPr>", 50)
                else:
                    body = body.replace(b"<w:tbl>", b"<w:tbl>" * 2000, 1)
            zout.writestr(info.filename, body)
    return out.getvalue()


def _pdf_edit(data: bytes, rng: random.Random) -> bytes:
    """Damage a PDF where it hurts: stream bodies, xref offsets, object numbers."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        marker = rng.choice([b"stream", b"xref", b"obj", b"/Length", b"/Filter", b"startxref", b"/Kids"])
        i = data.find(marker, rng.randrange(len(data) + 1)) if data else -1
        if i < 0:
            continue
        j = i + len(marker) + rng.randint(0, 40)
        repl = rng.choice([b"0", b"-1", b"99999999999", b"/FlateDecode", b"\x00" * 8, b"<<", b">>", b"R", b"9 0 R"])
        buf[j:j + len(repl)] = repl
    return bytes(buf)


MUTATIONS = ["bitflips", "bytes_edit", "truncate", "splice", "duplicate", "charset_swap", "deep", "wide",
             "zip_member", "pdf_edit"]
# Most inputs are ordinary-sized (that is where parsing bugs hide, and it keeps the rate up); the
# huge ones (duplicate, deep, wide) are rarer and capped at HUGE added bytes.
WEIGHTS = [20, 25, 15, 12, 4, 14, 4, 4]
HUGE = 2_000_000
_MUTATE: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "bitflips": _bitflips, "bytes_edit": _bytes_edit, "truncate": _truncate, "duplicate": _duplicate,
    "charset_swap": _charset_swap, "deep": _deep, "wide": _wide, "zip_member": _zip_member, "pdf_edit": _pdf_edit,
}
SEED_WEIGHTS = {"text": 30, "html-fragment": 25, "html": 12, "xml": 5, "seed-page": 10, "docx": 10, "pdf": 6,
                "xml-bomb": 2}


def mutate(seed: Seed, rng: random.Random, seeds: list[Seed]) -> tuple[bytes, list[str]]:
    data = seed.data
    applied: list[str] = []
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4])):
        if seed.kind == "docx" and rng.random() < 0.6:
            name = "zip_member"
        elif seed.kind == "pdf" and rng.random() < 0.5:
            name = "pdf_edit"
        else:
            name = rng.choices(MUTATIONS[:8], WEIGHTS)[0]
        applied.append(name)
        # splice is the one mutation that takes a second seed
        data = _splice(data, rng, rng.choice(seeds).data) if name == "splice" else _MUTATE[name](data, rng)
    return data, applied


# -- checking -----------------------------------------------------------------------------------

class _Timeout(BaseException):  # a BaseException: parse_report's `except Exception` must not eat it
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Timeout()


def check_record(record: Any) -> str | None:
    if not isinstance(record, dict):
        return f"result is {type(record).__name__}, not a dict"
    for key, kind in REQUIRED.items():
        if key not in record:
            return f"record lacks {key!r}"
        if not isinstance(record[key], kind):
            return f"record[{key!r}] is {type(record[key]).__name__}"
    if "parser_error" in record["flags"]:
        return f"parser_error: {record.get('error')}"
    try:
        json.dumps(record, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        return f"record not JSON-serialisable: {exc}"
    return None


def run_one(data: bytes, media_type: str | None, timeout: float) -> tuple[str | None, float, list[str]]:
    """(failure or None, seconds, flags)."""
    start = time.perf_counter()
    # The limit is on the CPU time this process spends (ITIMER_PROF), not the wall clock: a parse
    # that hangs spins, and other processes' load must not make a good input a "timeout".
    signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, timeout)
    try:
        record = parse_report(data, media_type, url="http://fuzz.test/report", fetched_at="2024-01-01T00:00:00Z",
                              agency={"id": "fuzz/agency", "name": "模糊测试局"})
    except _Timeout:
        return f"timeout: over {timeout:g} s", time.perf_counter() - start, []
    except BaseException as exc:
        return f"raised {type(exc).__name__}: {str(exc)[:200]}", time.perf_counter() - start, []
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    failure = check_record(record)
    flags = record.get("flags", []) if isinstance(record, dict) else []
    return failure, time.perf_counter() - start, [str(f) for f in flags]


_SEEDS: list[Seed] = []


def _init_worker(seed: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # parse_report logs caught bugs; the fuzzer counts them
    _SEEDS[:] = build_seeds(random.Random(seed))


def _work(args: tuple[int, int, float]) -> dict[str, Any]:
    seed, index, timeout = args
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choices(list(SEED_WEIGHTS), list(SEED_WEIGHTS.values()))[0]
    base = rng.choice([s for s in _SEEDS if s.kind == kind] or _SEEDS)
    data, applied = mutate(base, rng, _SEEDS)
    media_type = base.media_type if rng.random() < 0.6 else rng.choice(MEDIA_TYPES)
    failure, seconds, flags = run_one(data, media_type, timeout)
    out: dict[str, Any] = {"index": index, "kind": base.kind, "mutations": applied, "size": len(data),
                           "media_type": media_type, "seconds": seconds, "failure": failure, "flags": flags}
    if failure:
        out["data"] = data
    return out


def fuzz(inputs: int, seed: int = 1, workers: int = 2, timeout: float = 60.0, save: Path | None = None,
         log: Any = None) -> dict[str, Any]:
    start = time.perf_counter()
    failures: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    kind_seconds: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    slowest: tuple[float, str] = (0.0, "")
    total_bytes = 0
    jobs = [(seed, i, timeout) for i in range(inputs)]
    if workers > 1:
        ctx = multiprocessing.get_context("fork")
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(seed,))
        results = pool.imap_unordered(_work, jobs, chunksize=8)
    else:
        pool = None
        _init_worker(seed)
        results = map(_work, jobs)
    try:
        for n, result in enumerate(results, 1):
            kinds[result["kind"]] += 1
            kind_seconds[result["kind"]] += result["seconds"]
            flags.update(result["flags"])
            total_bytes += result["size"]
            if result["seconds"] > slowest[0]:
                slowest = (result["seconds"], f"#{result['index']} {result['kind']} {result['mutations']}")
            if result["failure"]:
                data = result.pop("data")
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    name = f"{result['index']:06d}-{hashlib.sha256(data).hexdigest()[:12]}"
                    (save / f"{name}.bin").write_bytes(data)
                    (save / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
                failures.append(result)
            if log is not None and n % 1000 == 0:
                print(f"… {n} inputs, {len(failures)} failures, {n / (time.perf_counter() - start):.0f}/s",
                      file=log, flush=True)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    seconds = time.perf_counter() - start
    return {
        "inputs": inputs,
        "failures": len(failures),
        "seconds": round(seconds, 1),
        "inputs_per_s": round(inputs / seconds, 1),
        "megabytes": round(total_bytes / 1e6, 1),
        "workers": workers,
        "by_seed_kind": {k: {"inputs": n, "mean_s": round(kind_seconds[k] / n, 3)} for k, n in kinds.items()},
        "flags": dict(flags.most_common()),
        "slowest": {"seconds": round(slowest[0], 2), "input": slowest[1]},
        "failure_list": [{k: v for k, v in f.items() if k != "flags"} for f in failures[:50]],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0, help="CPU seconds one input may take")
    parser.add_argument("--save", type=Path, help="write failing inputs here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the worker pool
    summary = fuzz(args.inputs, args.seed, args.workers, args.timeout, args.save, log=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"fuzzed {summary['inputs']} inputs ({summary['megabytes']} MB) in {summary['seconds']} s "
              f"({summary['inputs_per_s']}/s, {summary['workers']} workers): {summary['failures']} failures; "
              f"slowest {summary['slowest']['seconds']} s")
        for failure in summary["failure_list"]:
            print(f"  #{failure['index']} {failure['kind']} {failure['mutations']} {failure['media_type']}: "
                  f"{failure['failure']}")
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
