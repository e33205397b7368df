"""Node.js as the honest peer: it signs and checks the way the vendor's Node sender does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

NODE = shutil.which("node")

SIGN_JS = r"""
const crypto = require('crypto');
const {data, event, ts, id, mode} = JSON.parse(process.argv[1]);
const signed = mode === 'body' ? JSON.stringify({event, data}) : JSON.stringify(data);
const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)
  .update(`${ts}.${id}.${signed}`).digest('hex');
const indent = mode === 'pretty' ? 2 : undefined;
const body = JSON.stringify({event, data}, null, indent);
process.stdout.write(JSON.stringify({body, sig}));
"""

CHECK_JS = r"""
const crypto = require('crypto');
let raw = '';
process.stdin.on('data', c => raw += c).on('end', () => {
  const {body, ts, id, sig} = JSON.parse(raw);
  const data = JSON.parse(body).data;
  const mine = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)
    .update(`${ts}.${id}.${JSON.stringify(data)}`).digest('hex');
  process.stdout.write(JSON.stringify({ok: 'SHA256=' + mine === sig, text: JSON.stringify(data)}));
});
"""


def _run(script: str, secret: str, argument: str = "", stdin: str = "") -> Any:
    assert NODE, "node must be on PATH: it is the honest peer of the webhook tests"
    env = {**os.environ, "WEBHOOK_SECRET": secret}
    args = [NODE, "-e", script, *([argument] if argument else [])]
    done = subprocess.run(
        args, input=stdin.encode(), capture_output=True, env=env, check=True, timeout=30
    )
    return json.loads(done.stdout)


def node_sign(
    event: str, data_js: str, secret: str, ts: str, hook: str, mode: str = "data"
) -> tuple[bytes, str]:
    """Body and signature hex as Node makes them. `data_js` is JSON text (numbers as written)."""
    fields = json.dumps({"event": event, "ts": ts, "id": hook, "mode": mode})
    argument = fields[:-1] + f', "data": {data_js}}}'
    out = _run(SIGN_JS, secret, argument)
    return out["body"].encode("utf-8"), out["sig"]


def node_check(body: bytes, ts: str, hook: str, signature: str, secret: str) -> tuple[bool, str]:
    """Whether Node, re-reading the body, computes the same signature; and its signed text."""
    payload = {"body": body.decode("utf-8"), "ts": ts, "id": hook, "sig": signature}
    out = _run(CHECK_JS, secret, stdin=json.dumps(payload))
    return bool(out["ok"]), str(out["text"])
