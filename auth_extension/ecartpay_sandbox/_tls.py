"""Throw-away TLS material for ``--tls``: a trustme CA and a server certificate for
127.0.0.1 and localhost, written to a temporary directory that lives as long as the server.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass(frozen=True)
class TlsFiles:
    """Paths of the CA clients must trust and of the server's key + certificate chain."""

    ca_file: Path
    server_pem: Path


def write_tls_files(directory: Path) -> TlsFiles:
    """Mint a fresh CA and server certificate into ``directory``."""
    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1", "localhost", "::1")
    files = TlsFiles(ca_file=directory / "sandbox-ca.pem", server_pem=directory / "server.pem")
    ca.cert_pem.write_to_path(str(files.ca_file))
    server_cert.private_key_and_cert_chain_pem.write_to_path(str(files.server_pem))
    return files


def temporary_tls_files() -> tuple[tempfile.TemporaryDirectory[str], TlsFiles]:
    """TLS files in a new temporary directory; clean it up to delete them."""
    directory = tempfile.TemporaryDirectory(prefix="ecartpay-sandbox-tls-")
    return directory, write_tls_files(Path(directory.name))
