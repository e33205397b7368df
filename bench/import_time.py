"""Benchmark 5: import time of the SDK vs httpx alone, and `make generate` wall time.

Imports are timed with `python -X importtime` in fresh subprocesses. Python's own
start-up imports (those of `python -c pass`) are left out, so what remains is what each
import statement costs: the cumulative time of the top-level modules it pulled in.

Every statement runs against one private, warm bytecode cache (`PYTHONPYCACHEPREFIX`, one
untimed run first), as an installed wheel has its `.pyc` files: this machine sets
`PYTHONDONTWRITEBYTECODE=1`, which would otherwise time the compilation of our source
tree against httpx's precompiled site-packages. The statements are timed in turn, round
after round, so a burst of load hits all of them alike.
`make generate` runs `python -m tools.codegen generate --root <copy>` on a temporary copy
of the inputs, so the real tree is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from bench._report import median, program_main, ratio, table

__all__ = ["parse_importtime", "run"]

ROOT = Path(__file__).resolve().parents[1]
HTTPX_IMPORT = "import httpx"
SDK_IMPORT = "import ecartpay_auth, ecartpay_client.api.orders.get_order"
QUICKSTART_IMPORT = (
    "from ecartpay_auth import authenticated_client; "
    "from ecartpay_client.api.orders import get_order"
)
# The generated client alone: the floor under the SDK rows (what ecartpay_auth adds is above it).
FLOOR_IMPORT = "import httpx, ecartpay_client.api.orders.get_order"
# The front door: the client and its resources load on first use (goal: 1.2x httpx).
FRONT_DOOR_IMPORT = "import ecartpay"
STATEMENTS = {
    "httpx": HTTPX_IMPORT,
    "front door": FRONT_DOOR_IMPORT,
    "floor": FLOOR_IMPORT,
    "sdk": SDK_IMPORT,
    "quickstart": QUICKSTART_IMPORT,
}
GENERATE_INPUTS = ("openapi.yaml", "openapi-python-client.yaml", "codegen_templates", "generated")


def parse_importtime(stderr: str) -> dict[str, int]:
    """Top-level modules -> cumulative microseconds, from `-X importtime` output.

    Lines look like `import time: self [us] | cumulative | imported package`; a
    top-level import has exactly one space before its name (nested ones are indented).
    """
    result: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2]
        if name.startswith(" ") and not name.startswith("  "):
            result[name.strip()] = int(parts[1])
    return result


def net_import_us(measured: dict[str, int], startup: Iterable[str]) -> int:
    """Cumulative time of the top-level imports not already done at interpreter start."""
    skip = set(startup)
    return sum(us for name, us in measured.items() if name not in skip)


def _importtime(code: str, pycache: str) -> dict[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONPYCACHEPREFIX"] = pycache
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tempfile.gettempdir(),
        timeout=120,
    )
    return parse_importtime(proc.stderr)


def measure_imports(runs: int) -> dict[str, list[float]]:
    """Net import milliseconds per run of each of `STATEMENTS`, bytecode cache warm."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
        for code in ("pass", *STATEMENTS.values()):  # untimed: fills the bytecode cache
            _importtime(code, pycache)
        for _ in range(runs):
            startup = _importtime("pass", pycache)
            for name, code in STATEMENTS.items():
                samples[name].append(net_import_us(_importtime(code, pycache), startup) / 1000)
    return samples


def measure_generate(runs: int) -> list[float]:
    """Wall seconds of `tools.codegen generate` on a temporary copy of the inputs."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
            copy = Path(tmp)
            for name in GENERATE_INPUTS:
                source = ROOT / name
                if source.is_dir():
                    shutil.copytree(
                        source, copy / name, ignore=shutil.ignore_patterns("__pycache__")
                    )
                else:
                    shutil.copy2(source, copy / name)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "tools.codegen", "generate", "--root", str(copy)],
                cwd=ROOT,
                check=True,
                capture_output=True,
                timeout=600,
            )
            times.append(time.perf_counter() - start)
    return times


def run(quick: bool = False) -> str:
    runs = 3 if quick else 9
    imports = measure_imports(runs)
    generate = measure_generate(1 if quick else 3)
    # The median is the headline; the minimum (least disturbed run) is shown beside it,
    # since load on a shared machine only ever adds time.
    plain, plain_min = median(imports["httpx"]), min(imports["httpx"])
    rows: list[list[object]] = []
    for name, code in STATEMENTS.items():
        mid, low = median(imports[name]), min(imports[name])
        rows.append([f"`{code}`", mid, ratio(mid, plain), low, ratio(low, plain_min)])
    out = table(
        f"5a. Import time (python -X importtime, net of interpreter start-up, warm bytecode "
        f"cache, {runs} rounds)",
        ["import", "median ms", "ratio to httpx", "min ms", "ratio of minima"],
        rows,
    )
    out += "\n" + table(
        f"5b. `make generate` wall time (temporary copy of the inputs, {len(generate)} runs)",
        ["command", "median s", "min s", "max s"],
        [["python -m tools.codegen generate", median(generate), min(generate), max(generate)]],
    )
    return out


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
