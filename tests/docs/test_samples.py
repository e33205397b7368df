"""Every code sample of the documentation site runs as written, against the local sandbox
(the keys and URL in ``ECARTPAY_*``, as a user's shell has them).

Most run here, each in a fresh namespace. A sample that needs a scene of its own is run by
the test its page names (see ``tests/docs/_pages.py``); this module checks that every such
test exists and reads that page, so no sample is left unrun.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from ecartpay_auth import _user_agent
from ecartpay_sandbox import RunningSandbox

from . import _pages

SAMPLES = [sample for page in _pages.pages() for sample in _pages.samples(page)]
HERE = [s for s in SAMPLES if s.run_by is None]
ELSEWHERE = [s for s in SAMPLES if s.run_by is not None]
GUIDES = {
    "client",
    "errors",
    "retries",
    "pagination",
    "webhooks",
    "many-processes",
    "platforms",
    "recipes",
    "testing",
    "sandbox",
    "contract-test",
    "security",
}


def _id(sample: _pages.Sample) -> str:
    return f"{sample.page}#{sample.number}"


def test_the_site_has_samples_to_run() -> None:
    assert {s.page for s in HERE} >= {"getting-started.md", "guides/webhooks.md"}
    assert {s.page for s in ELSEWHERE} >= {"guides/recipes.md", "guides/platforms.md"}


def test_every_guide_is_a_page_of_the_site_in_the_nav() -> None:
    nav = (_pages.ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert {f"guides/{name}.md" for name in GUIDES} <= set(_pages.pages())
    assert [name for name in GUIDES if f": guides/{name}.md\n" not in nav] == []


def _reads(test: Path, page: str) -> bool:
    """Whether a test module, or a helper module it imports from tests/, names the page."""
    text = test.read_text(encoding="utf-8")
    helpers = [
        test.parent / f"{name}.py" for name in re.findall(r"^from \.(\w+) import", text, re.M)
    ]
    helpers += [
        _pages.ROOT / f"{dotted.replace('.', '/')}.py"
        for dotted in re.findall(r"^from (tests\.[\w.]+) import", text, re.M)
    ]
    return any(page in p.read_text(encoding="utf-8") for p in [test, *helpers] if p.is_file())


@pytest.mark.parametrize("sample", ELSEWHERE, ids=[_id(s) for s in ELSEWHERE])
def test_a_sample_run_elsewhere_names_a_test_that_reads_its_page(sample: _pages.Sample) -> None:
    assert sample.run_by is not None
    test = _pages.ROOT / sample.run_by
    assert test.is_file(), f"docs/{sample.page} names {sample.run_by}, which does not exist"
    assert test.name.startswith("test_")
    assert _reads(test, sample.page), f"{sample.run_by} does not read docs/{sample.page}"


@pytest.fixture
def sample_env(
    sandbox_env: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> RunningSandbox:
    """What a user's shell and process have when they run a sample: the sandbox's keys,
    URL and webhook secret in the environment, a folder of their own; what a sample may set
    for the whole process (the log level, the app info) is put back afterwards."""
    monkeypatch.setenv("ECARTPAY_WEBHOOK_SECRET", sandbox_env.control.webhook_secret())
    monkeypatch.chdir(tmp_path)
    logger = logging.getLogger("ecartpay_auth")
    monkeypatch.setattr(logger, "level", logger.level)
    monkeypatch.setattr(_user_agent, "_app_info", _user_agent.get_app_info())
    return sandbox_env


def run(sample: _pages.Sample, request: pytest.FixtureRequest) -> dict[str, Any]:
    """Run a sample as written in a fresh namespace; a sample with a top-level ``await``
    runs as a notebook or ``python -m asyncio`` would, in an event loop of its own."""
    if "REDIS_URL" in sample.code:
        url = request.getfixturevalue("redis_server").url
        request.getfixturevalue("monkeypatch").setenv("REDIS_URL", url)
    namespace: dict[str, Any] = {"__name__": f"docs_sample_{sample.number}"}
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    code = compile(sample.code, f"docs/{sample.page} sample {sample.number}", "exec", flags=flags)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, namespace))
    else:
        exec(code, namespace)
    return namespace


@pytest.mark.parametrize("sample", HERE, ids=[_id(s) for s in HERE])
def test_a_sample_runs_as_written(
    sample: _pages.Sample,
    sample_env: RunningSandbox,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace = run(sample, request)
    out = capsys.readouterr().out
    if "print(" in sample.code:
        assert out.strip(), "a sample that prints shows its output"
    if (sample.page, sample.number) == ("getting-started.md", 1):
        assert out.splitlines()[-1].startswith("404 ")  # the unknown order is a NotFoundError
        assert namespace["order"].status == "created"
