"""Fuzzing the parser: a sample of benchmarks/fuzz_parser.py's campaign (which runs ≥ 10,000
inputs), and the inputs that campaign found hanging the parser, kept as regressions."""

from __future__ import annotations

import random
import time
from types import ModuleType

import pytest

from govcrawl.report import parse_report
from tests.reliability.conftest import load_benchmark


@pytest.fixture(scope="module")
def fuzzer() -> ModuleType:
    return load_benchmark("fuzz_parser")


@pytest.mark.slow
def test_a_sample_of_mutated_reports_never_breaks_the_parser(fuzzer: ModuleType) -> None:
    summary = fuzzer.fuzz(250, seed=2, workers=1, timeout=60.0)
    assert summary["inputs"] == 250
    assert summary["failures"] == 0, summary["failure_list"]
    assert len(summary["by_seed_kind"]) >= 6, "the sample must cover HTML, text, XML, DOCX, PDF seeds"


def test_the_oracle_rejects_broken_records(fuzzer: ModuleType) -> None:
    good = parse_report(b"hello", "text/plain")
    assert fuzzer.check_record(good) is None
    assert fuzzer.check_record(None) is not None
    assert fuzzer.check_record({k: v for k, v in good.items() if k != "cells"}) is not None
    assert fuzzer.check_record({**good, "flags": ["parser_error"], "error": "KeyError: x"}) is not None
    assert fuzzer.check_record({**good, "title": b"bytes"}) is not None


def test_many_label_lines_without_values_parse_in_linear_time() -> None:
    """Found by the fuzzer: a duplicated chunk of a text report made one table row of thousands of
    label lines; matching each label against all earlier ones joined was quadratic (107 s)."""
    from govcrawl.synth.model import random_report
    from govcrawl.synth.text import render_report_text

    rng = random.Random(3)
    text = render_report_text(random_report(rng, "v2021", 2022), "lines", rng)
    at = text.index("收到和处理政府信息公开申请情况")
    block = "\n".join(f"第{i}项说明事项" for i in range(6000))
    data = (text[:at] + block + "\n" + text[at:]).encode()
    # CPU seconds of this process, not the wall clock: other processes' load does not count (the
    # quadratic version took 107 s; the linear one well under a second).
    start = time.process_time()
    record = parse_report(data, "text/plain")
    assert time.process_time() - start < 10, "quadratic label matching is back"
    assert record["template_version"] == "v2021"


@pytest.mark.slow
@pytest.mark.parametrize(("index", "media_type"), [
    # 470 KB of tiny table cells after an XML prolog: the extractor's jusText fallback is
    # quadratic in paragraphs and took 227 s.
    (226, "application/xml"),
    # A table row of 15,000 "1" cells read as one 15,000-digit number: int() raised ValueError
    # (Python's 4,300-digit limit) and the record came back flagged parser_error.
    (4027, "text/html"),
])
def test_inputs_the_fuzzer_found_are_handled(fuzzer: ModuleType, index: int, media_type: str) -> None:
    """Regenerated from the campaign's seed 1 (the fuzzer is deterministic per seed and index)."""
    fuzzer._init_worker(1)
    rng = random.Random(f"1:{index}")
    kind = rng.choices(list(fuzzer.SEED_WEIGHTS), list(fuzzer.SEED_WEIGHTS.values()))[0]
    base = rng.choice([s for s in fuzzer._SEEDS if s.kind == kind])
    data, _ = fuzzer.mutate(base, rng, fuzzer._SEEDS)
    start = time.process_time()  # CPU seconds: the load of other processes does not count
    record = parse_report(data, media_type)
    assert time.process_time() - start < 30
    assert fuzzer.check_record(record) is None


def test_a_number_of_thousands_of_digits_is_unreadable_not_a_crash() -> None:
    from govcrawl.report.normalize import parse_value

    assert parse_value("1" * 15_000).flags == ["unreadable"]
    assert parse_value("1" * 15_000).value is None
    assert parse_value("123456").value == 123456
