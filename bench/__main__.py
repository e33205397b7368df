"""`make bench`: run every benchmark in one process and print their tables.

`--quick` shrinks every loop (smaller sizes, fewer rounds) for a smoke run;
`--only NAME` runs some of them. The header records when and where the numbers were
taken, because ratios still depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

from bench import (
    cold_start,
    end_to_end,
    expiry_storm,
    fleet,
    front_door,
    import_time,
    memory,
    overhead,
    platform_pool,
    retry_layer,
)

__all__ = ["PROGRAMS", "machine_facts", "main"]

PROGRAMS: dict[str, Callable[[bool], str]] = {
    "overhead": overhead.run,
    "retry_layer": retry_layer.run,
    "front_door": front_door.run,
    "cold_start": cold_start.run,
    "expiry_storm": expiry_storm.run,
    "fleet": fleet.run,
    "end_to_end": end_to_end.run,
    "import_time": import_time.run,
    "memory": memory.run,
    "platform": platform_pool.run,
}


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine_facts() -> str:
    """One line: date (UTC), CPUs, CPU model, Python, load average at start."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{now}; {os.cpu_count()} CPUs ({_cpu_model()}); Python {platform.python_version()} "
        f"({platform.system()} {platform.release()}); load average at start {load}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller, faster, noisier")
    parser.add_argument("--only", action="append", choices=sorted(PROGRAMS), default=None)
    args = parser.parse_args(argv)
    names = args.only or list(PROGRAMS)
    print(f"## Benchmarks{' (quick)' if args.quick else ''}\n\n{machine_facts()}\n", flush=True)
    started = time.monotonic()
    for name in names:
        began = time.monotonic()
        print(PROGRAMS[name](args.quick), flush=True)
        print(f"_{name}: {time.monotonic() - began:.0f} s_\n", flush=True)
    print(f"_total: {time.monotonic() - started:.0f} s_")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
