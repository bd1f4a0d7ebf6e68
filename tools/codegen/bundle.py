"""Bundle a service spec and the parts of ``common.yaml`` it uses into one document.

openapi-python-client silently drops schemas behind external-file ``$ref``s and Connexion
resolves relative files differently from other tools, so every consumer reads the
single-file bundle. The bundler also applies the house conventions that would otherwise
be repeated by hand in every operation: the standard request/trace headers, the standard
response headers, and the error responses every operation can produce.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

COMMON_FILE = "common.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head")
STANDARD_PARAMETERS = (
    "XRequestID",
    "XServiceName",
    "XServiceVersion",
    "XTraceID",
    "XSpanID",
    "XParentSpanID",
    "XTraceFlags",
)
STANDARD_RESPONSE_HEADERS = {
    "X-Request-ID": "XRequestID",
    "X-Service-Name": "XServiceName",
    "X-Service-Version": "XServiceVersion",
    "X-Response-Time": "XResponseTime",
}
DEFAULT_ERRORS = {"400": "BadRequest", "500": "InternalError"}
DEFAULT_BODY_ERRORS = {"413": "PayloadTooLarge", "415": "UnsupportedMediaType"}


class BundleError(Exception):
    """The spec cannot be bundled (unknown reference, name clash)."""


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise BundleError(f"{path}: not a YAML mapping")
    return data


def _pointer_get(doc: dict[str, Any], pointer: str, where: str) -> Any:
    node: Any = doc
    for raw in pointer.lstrip("/").split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise BundleError(f"{where}: unresolvable reference #{pointer}")
        node = node[key]
    return node


class _Bundler:
    def __init__(self, spec: dict[str, Any], common: dict[str, Any], name: str) -> None:
        self.spec = spec
        self.common = common
        self.name = name
        self.components: dict[str, dict[str, Any]] = spec.setdefault("components", {})
        self.pending: list[tuple[str, str]] = []

    def need(self, section: str, item: str) -> str:
        """Make common component ``section/item`` available locally; return its local ref."""
        local = self.components.setdefault(section, {})
        if item not in local:
            source = self.common.get("components", {}).get(section, {}).get(item)
            if source is None:
                raise BundleError(f"{self.name}: common.yaml has no components/{section}/{item}")
            local[item] = copy.deepcopy(source)
            self.pending.append((section, item))
        return f"#/components/{section}/{item}"

    def rewrite(self, node: Any, from_common: bool) -> Any:
        """Rewrite refs in ``node``: external common refs become local ones."""
        if isinstance(node, list):
            return [self.rewrite(item, from_common) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self._rewrite_ref(node, ref, from_common)
        return {key: self.rewrite(value, from_common) for key, value in node.items()}

    def _rewrite_ref(self, node: dict[str, Any], ref: str, from_common: bool) -> Any:
        file_part, _, pointer = ref.partition("#")
        if file_part not in ("", COMMON_FILE):
            raise BundleError(f"{self.name}: only common.yaml may be referenced, got {ref}")
        in_common = from_common or file_part == COMMON_FILE
        parts = pointer.lstrip("/").split("/")
        if in_common and len(parts) == 3 and parts[0] == "components":
            return {**node, "$ref": self.need(parts[1], parts[2])}
        if in_common:
            # Not a component (e.g. the shared /health path item): inline it.
            target = _pointer_get(self.common, pointer, self.name)
            return self.rewrite(copy.deepcopy(target), from_common=True)
        return node

    def drain(self) -> None:
        while self.pending:
            section, item = self.pending.pop()
            self.components[section][item] = self.rewrite(
                self.components[section][item], from_common=True
            )


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in path_item:
                ops.append(path_item[method])
    return ops


def _apply_conventions(bundler: _Bundler) -> None:
    responses_section = bundler.components.setdefault("responses", {})
    for op in _operations(bundler.spec):
        params = op.setdefault("parameters", [])
        present = {p.get("$ref", "").rsplit("/", 1)[-1] for p in params}
        present |= {p.get("name") for p in params if "name" in p}
        for item in STANDARD_PARAMETERS:
            if (
                item not in present
                and bundler.common["components"]["parameters"][item]["name"] not in present
            ):
                params.append({"$ref": bundler.need("parameters", item)})
        responses = op.setdefault("responses", {})
        errors = dict(DEFAULT_ERRORS)
        if "requestBody" in op:
            errors.update(DEFAULT_BODY_ERRORS)
        for code, response_name in errors.items():
            responses.setdefault(code, {"$ref": bundler.need("responses", response_name)})
        for response in responses.values():
            target = response
            if "$ref" in response:
                target = responses_section[response["$ref"].rsplit("/", 1)[-1]]
            headers = target.setdefault("headers", {})
            for header, item in STANDARD_RESPONSE_HEADERS.items():
                headers.setdefault(header, {"$ref": bundler.need("headers", item)})
    bundler.drain()


def _sorted_components(spec: dict[str, Any]) -> None:
    components = spec.get("components", {})
    for section in list(components):
        components[section] = dict(sorted(components[section].items()))
    spec["components"] = dict(sorted(components.items()))


def bundle(spec_path: Path) -> dict[str, Any]:
    """Return the single-file bundle of the service spec at ``spec_path``."""
    common = _load(spec_path.parent / COMMON_FILE)
    spec = _load(spec_path)
    bundler = _Bundler(spec, common, spec_path.name)
    spec["paths"] = bundler.rewrite(spec.get("paths", {}), from_common=False)
    for section in list(bundler.components):
        items = bundler.components[section]
        # Snapshot the keys: rewriting may pull more common components into this section.
        for key in list(items):
            items[key] = bundler.rewrite(items[key], from_common=False)
    bundler.drain()
    _apply_conventions(bundler)
    _sorted_components(spec)
    return spec


class _NoAliasDumper(yaml.SafeDumper):
    """Writes shared examples (YAML anchors in the source) out in full, for every tool."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(spec: dict[str, Any]) -> str:
    return yaml.dump(spec, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)
