"""Regenerate `generated/ecartpay_client` from `openapi.yaml`, or check it is up to date.

The generated package is committed and never edited by hand, so "is it current?" must be a
byte-for-byte question: `check` generates into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

PACKAGE = "ecartpay_client"


def _run_generator(root: Path, out: Path) -> None:
    """Run openapi-python-client with the project's config into `out` (which must not exist).

    The generator runs in this process, through its own `Project`, so that the front
    door's resources (`tools.sdk_codegen.ResourceProject`) are rendered by it too, from
    the templates in `codegen_templates/` (some of which differ from upstream's; see
    codegen_templates/README.md). Any warning or error fails the run.
    """
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    from tools.sdk_codegen import ResourceProject

    spec_path = root / "openapi.yaml"
    config = Config.from_sources(
        ConfigFile.load_from_path(path=root / "openapi-python-client.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        False,
        output_path=out,
    )
    spec = yaml.safe_load(spec_path.read_bytes())
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"openapi-python-client cannot read openapi.yaml: {data.header}")
    # The generator's post hooks call `ruff`; use the one pinned in this environment.
    bin_dir = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{bin_dir}{os.pathsep}{path}"
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            project = ResourceProject(
                spec=spec,
                openapi=data,
                config=config,
                custom_template_path=root / "codegen_templates",
            )
            problems = project.build()
    finally:
        os.environ["PATH"] = path
    if problems or not (out / "__init__.py").exists():
        for problem in problems:
            sys.stderr.write(f"{problem.level}: {problem.header}\n{problem.detail or ''}\n")
        raise SystemExit("openapi-python-client failed or warned; fix openapi.yaml")
    (out / "py.typed").write_text("# Marker file for PEP 561\n")


def _tree(path: Path) -> set[str]:
    return {
        str(p.relative_to(path))
        for p in path.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that are missing, extra or different in `actual`."""
    want, have = _tree(expected), _tree(actual)
    changed = [
        rel
        for rel in sorted(want & have)
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False)
    ]
    missing = [f"{rel} (missing)" for rel in sorted(want - have)]
    extra = [f"{rel} (not generated)" for rel in sorted(have - want)]
    return changed + missing + extra


def generate(root: Path) -> None:
    target = root / "generated" / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        _run_generator(root, fresh)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    print(f"generated {target.relative_to(root)} from openapi.yaml")


def check(root: Path) -> int:
    target = root / "generated" / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        _run_generator(root, fresh)
        diff = differences(fresh, target) if target.exists() else ["generated/ (missing)"]
    if diff:
        print("generated/ differs from a fresh `make generate`:", file=sys.stderr)
        for rel in diff:
            print(f"  generated/{PACKAGE}/{rel}", file=sys.stderr)
        print("Run `make generate` and commit; never edit generated/ by hand.", file=sys.stderr)
        return 1
    print("generated/ is up to date with openapi.yaml")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.command == "generate":
        generate(root)
        return 0
    return check(root)


if __name__ == "__main__":
    raise SystemExit(main())
