"""Generate the typed handler Protocol and routing table of one service.

For every operation of the bundled spec the stub declares an ``async`` method named
after the operationId (snake_case, as Connexion's ``pythonic_params`` names arguments),
taking the request body as the generated pydantic model and path/query parameters as
keyword arguments. The ``OPERATIONS`` table tells the runtime which model validates the
body and which status a plain return value gets. ``getHealth`` is served by the runtime.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from connexion.decorators.parameter import pythonic

from .bundle import HTTP_METHODS

RUNTIME_OPERATIONS = frozenset({"getHealth"})
STANDARD_HEADER_PARAMS = frozenset(
    {
        "X-Request-ID",
        "X-Service-Name",
        "X-Service-Version",
        "X-Trace-ID",
        "X-Span-ID",
        "X-Parent-Span-ID",
        "X-Trace-Flags",
    }
)
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


class StubError(Exception):
    """The spec breaks a convention the stub generator relies on."""


@dataclass
class Param:
    name: str
    python_name: str
    annotation: str
    required: bool
    default: Any = None


@dataclass
class Op:
    operation_id: str
    handler: str
    method: str
    path: str
    summary: str
    body_model: str | None
    body_required: bool
    responses: dict[int, str | None] = field(default_factory=dict)
    params: list[Param] = field(default_factory=list)

    @property
    def success_status(self) -> int:
        return min(code for code in self.responses if 200 <= code < 300)


def _ref_name(schema: dict[str, Any], where: str) -> str:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        raise StubError(f"{where}: body schema must be a $ref to a named schema")
    return ref.rsplit("/", 1)[-1]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def _annotation(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _resolve(spec, schema)
    kind = schema.get("type", "string")
    if kind == "array":
        return f"list[{_annotation(spec, schema.get('items', {}))}]"
    return _SCALARS.get(kind, "str")


def _params(spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> list[Param]:
    raw = [_resolve(spec, p) for p in [*path_item.get("parameters", []), *op.get("parameters", [])]]
    params = []
    for p in raw:
        if p["in"] not in ("path", "query") or p["name"] in STANDARD_HEADER_PARAMS:
            continue
        schema = _resolve(spec, p.get("schema", {}))
        required = bool(p.get("required")) or p["in"] == "path"
        params.append(
            Param(
                name=p["name"],
                python_name=pythonic(p["name"]),
                annotation=_annotation(spec, schema),
                required=required,
                default=schema.get("default"),
            )
        )
    # Required first so the generated signature is valid Python.
    return sorted(params, key=lambda prm: (not prm.required, prm.default is None))


def collect(spec: dict[str, Any]) -> list[Op]:
    ops = []
    for path, path_item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if op is None or op["operationId"] in RUNTIME_OPERATIONS:
                continue
            where = f"{method.upper()} {path}"
            body_model = None
            body_required = False
            if "requestBody" in op:
                body = _resolve(spec, op["requestBody"])
                content = body.get("content", {})
                if list(content) != ["application/json"]:
                    raise StubError(f"{where}: request content must be only application/json")
                body_model = _ref_name(content["application/json"]["schema"], where)
                body_required = bool(body.get("required"))
            responses: dict[int, str | None] = {}
            for code, response in op.get("responses", {}).items():
                if not str(code).startswith("2"):
                    continue
                content = _resolve(spec, response).get("content", {})
                if content and list(content) != ["application/json"]:
                    raise StubError(f"{where}: response content must be only application/json")
                model = content.get("application/json", {}).get("schema")
                responses[int(code)] = _ref_name(model, where) if model else None
            if not responses:
                raise StubError(f"{where}: no 2xx response")
            ops.append(
                Op(
                    operation_id=op["operationId"],
                    handler=pythonic(op["operationId"]),
                    method=method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    body_model=body_model,
                    body_required=body_required,
                    responses=responses,
                    params=_params(spec, path_item, op),
                )
            )
    return ops


def protocol_name(service: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[-_]", service)) + "Api"


def _signature(op: Op) -> str:
    required: list[str] = []
    optional: list[str] = []
    if op.body_model:
        if op.body_required:
            required.append(f"body: m.{op.body_model}")
        else:
            optional.append(f"body: m.{op.body_model} | None = None")
    for p in op.params:
        if p.required:
            required.append(f"{p.python_name}: {p.annotation}")
        elif p.default is not None:
            optional.append(f"{p.python_name}: {p.annotation} = {p.default!r}")
        else:
            optional.append(f"{p.python_name}: {p.annotation} | None = None")
    # Arguments with defaults last, so an optional body never precedes a path parameter.
    args = ["self", *required, *optional]
    models = sorted({f"m.{name}" for name in op.responses.values() if name})
    returns = " | ".join([*models, "Reply"]) if models else "Reply | None"
    return f"    async def {op.handler}({', '.join(args)}) -> {returns}:"


def render(service: str, spec: dict[str, Any]) -> str:
    ops = collect(spec)
    title = spec.get("info", {}).get("title", service)
    lines = [
        f'"""Handler interface of {title}. Generated by tools.codegen — do not edit."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Protocol",
        "",
        f"from generated.models import {service} as m",
        "from kubernaut.runtime.operations import Operation, Reply",
        "",
        f"SERVICE = {service!r}",
        "",
        "",
        f"class {protocol_name(service)}(Protocol):",
        f'    """One method per operation of {title}; ``Handlers`` implements it."""',
    ]
    for op in ops:
        lines += [
            "",
            _signature(op),
            f'        """{op.method} {op.path} — {op.summary}"""',
            "        ...",
        ]
    lines += ["", "", "OPERATIONS: dict[str, Operation] = {"]
    for op in ops:
        responses = ", ".join(
            f"{code}: {'m.' + name if name else 'None'}"
            for code, name in sorted(op.responses.items())
        )
        params = "".join(f"{p.python_name!r}, " for p in op.params)
        lines += [
            f"    {op.operation_id!r}: Operation(",
            f"        operation_id={op.operation_id!r},",
            f"        handler={op.handler!r},",
            f"        method={op.method!r},",
            f"        path={op.path!r},",
            f"        body={'m.' + op.body_model if op.body_model else None},",
            f"        responses={{{responses}}},",
            f"        success_status={op.success_status},",
            f"        params=({params}),",
            "    ),",
        ]
    lines += ["}", ""]
    return "\n".join(lines)
