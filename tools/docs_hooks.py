"""MkDocs hooks of the documentation site (`make docs`, `mkdocs.yml`'s `hooks`).

Pages made from the repository's own files when the site is built, so none can go stale:
the HTTP API reference from `openapi.yaml`, the front door's method list from `api.md`
(which `make generate` writes) and the changelog from `CHANGELOG.md`.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files

from tools.http_reference import load, render
from tools.resource_table import ROOT


def on_files(files: Files, config: Any) -> Files:
    """Add the generated pages to the site."""
    pages = {
        "reference/http-api.md": render(load()),
        "reference/front-door.md": (ROOT / "api.md").read_text(encoding="utf-8"),
        "changelog.md": (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
    }
    for uri, content in pages.items():
        files.append(File.generated(config, uri, content=content))
    return files
