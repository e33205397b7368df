"""The SDK's version, written once.

`ecartpay.__version__`, `ecartpay_auth.__version__`, the `User-Agent` and the package
metadata (hatch reads this file: `[tool.hatch.version]` in pyproject.toml) all take it from
here. Bump it as semver asks when a change breaks users (below 1.0, the minor version):
`make breaking-check` compares the public API and `openapi.yaml` with the last release.
"""

__version__ = "0.2.0"
