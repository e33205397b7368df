"""Every operation's success path: the spec's examples, sent to a sandbox with its fixtures,
reach a 2xx (issue 21, item 3).

``make contract-test``'s examples phase sends exactly these examples (``schemathesis.toml``
turns captured values off there), so an operation that loses its success path here (an
example naming no seeded record, a seed gone, a handler refusing the example) would come
back as a "missing test data" warning there. Each example is sent once, in the spec's
order and then in the reverse order on a fresh sandbox: an example that removes or spends
a record another example needs fails one of the two.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml

from contract_tests.harness.summary import spec_operations
from ecartpay_sandbox import running_sandbox
from ecartpay_sandbox._seeds import EXAMPLE_ACCOUNT_ID, fixtures_config

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _examples(holder: dict[str, Any]) -> list[Any]:
    """The explicit examples of a parameter or media type, then those of its schema."""
    found = [holder["example"]] if "example" in holder else []
    examples = holder.get("examples")
    if isinstance(examples, dict):  # a media type's named Example objects
        found += [_resolve(example)["value"] for example in examples.values()]
    elif isinstance(examples, list):
        found += examples
    schema = _resolve(holder.get("schema", {}))
    if "schema" in holder and isinstance(schema, dict):
        found += _examples(schema)
    return found


@dataclass(frozen=True)
class ExampleRequest:
    """An operation's request from its first parameter examples (required parameters, and
    the optional query and header ones that have examples, as schemathesis sends them) and
    each of its body examples in turn (the media type's, then its schema's)."""

    operation_id: str
    method: str
    path: str  # filled in
    query: dict[str, str]
    headers: dict[str, str]
    bodies: tuple[Any, ...]  # (None,) without a body
    security: tuple[str, ...]  # the scheme names of the first requirement ([] = none)


def _parameters(item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    """Path-level parameters overridden by operation-level ones of the same name and place."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return list(merged.values())


def _as_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (dict, list, bool)) else str(value)


def example_requests() -> list[ExampleRequest]:
    """One request per operation, in the spec's order, from its explicit examples."""
    requests = []
    default_security = SPEC.get("security", [])
    for template, item in SPEC["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            path, query, headers = template, {}, {}
            for parameter in _parameters(item, operation):
                examples = _examples(parameter)
                if parameter["in"] == "cookie" or not (parameter.get("required") or examples):
                    continue
                assert examples, f"{operation['operationId']}: {parameter['name']} has none"
                value = _as_text(examples[0])
                if parameter["in"] == "path":
                    path = path.replace("{" + parameter["name"] + "}", quote(value, safe=""))
                elif parameter["in"] == "query":
                    query[parameter["name"]] = value
                elif parameter["in"] == "header":
                    headers[parameter["name"]] = value
            bodies: tuple[Any, ...] = (None,)
            if "requestBody" in operation:
                content = _resolve(operation["requestBody"])["content"]
                bodies = tuple(_examples(content["application/json"]))
                assert bodies, f"{operation['operationId']}: its body has no example"
            requirements = operation.get("security", default_security)
            security = tuple(requirements[0]) if requirements else ()
            requests.append(
                ExampleRequest(
                    operation["operationId"], method, path, query, headers, bodies, security
                )
            )
    return requests


def _credentials(request: ExampleRequest, token: str, keys: tuple[str, str]) -> dict[str, str]:
    """The Authorization header of the operation's first security requirement, as
    ``schemathesis.toml`` gives it (the OAuth ones are the sandbox's seeded grants)."""
    schemes = SPEC["components"]["securitySchemes"]
    for name in request.security:
        scheme = schemes[name]
        if scheme.get("scheme") == "basic":
            return {"Authorization": httpx.BasicAuth(*keys)._auth_header}
        if name == "tokenAuth":
            return {"Authorization": token}
        config = tomllib.loads((SPEC_PATH.parent / "schemathesis.toml").read_text("utf-8"))
        return {"Authorization": config["auth"]["openapi"][name]["api_key"]}
    return {}


def _send_all(requests: list[ExampleRequest]) -> dict[str, tuple[int, str]]:
    """Send ``requests`` in order to a fresh sandbox with its fixtures; per operation, its
    body examples in turn until one gets a 2xx (the answer kept is the last one)."""
    answers = {}
    with running_sandbox(fixtures_config()) as sandbox:
        keys = (sandbox.public_key, sandbox.private_key)
        with httpx.Client(base_url=sandbox.base_url, timeout=10, verify=False) as client:
            token = client.post("/api/authorizations/token", auth=keys).json()["token"]
            for request in requests:
                for body in request.bodies:
                    response = client.request(
                        request.method.upper(),
                        request.path,
                        params=request.query,
                        headers={**request.headers, **_credentials(request, token, keys)},
                        json=body,
                    )
                    answers[request.operation_id] = (response.status_code, response.text[:300])
                    if response.is_success:
                        break
    return answers


@pytest.fixture(scope="module", params=["spec order", "reverse order"])
def answers(request: pytest.FixtureRequest) -> dict[str, tuple[int, str]]:
    ordered = example_requests()
    return _send_all(ordered if request.param == "spec order" else ordered[::-1])


def test_every_operation_has_examples_for_what_it_requires() -> None:
    requests = example_requests()
    assert len(requests) == len(spec_operations(SPEC)) == 97
    for request in requests:
        assert "{" not in request.path, f"{request.operation_id}: a path parameter lacks one"


def test_every_operation_reaches_a_2xx_with_its_examples(
    answers: dict[str, tuple[int, str]],
) -> None:
    failed = {op: answer for op, answer in answers.items() if not 200 <= answer[0] < 300}
    assert not failed, f"{len(failed)} operations did not reach a 2xx: {failed}"
    assert len(answers) == 97


def test_fixtures_make_the_primary_account_the_examples_account() -> None:
    config = fixtures_config()
    assert config.fixtures
    assert config.primary.account_id == EXAMPLE_ACCOUNT_ID
    assert config.accounts[1:] == fixtures_config().accounts[1:]
