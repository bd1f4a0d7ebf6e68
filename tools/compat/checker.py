"""The comparison itself: operations, parameters, bodies and schemas, old against new."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Spec = dict[str, Any]
Schema = dict[str, Any]
Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# For each type, the types whose values it also accepts.
_ACCEPTS = {"number": {"number", "integer"}, "integer": {"integer"}}


@dataclass(frozen=True, order=True)
class Breaking:
    kind: str  # removed-operation | removed-field | removed-enum-value | new-required | narrowed
    where: str  # "POST /api/v1/x request body: alert.name"
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.where}: {self.detail}"


def find_breaking_changes(released: Spec, current: Spec) -> list[Breaking]:
    return sorted(set(_Compare(released, current).run()))


class _Compare:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new

    # ---- references -------------------------------------------------------------------
    @staticmethod
    def _deref(spec: Spec, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported (bundle first): {ref}")
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise ValueError(f"$ref cycle at {ref}")
        return node

    def _schema(self, spec: Spec, node: Any) -> Schema:
        node = self._deref(spec, node) or {}
        if "allOf" in node:
            merged: Schema = {k: v for k, v in node.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.get("properties", {}))
            required: list[str] = list(merged.get("required", []))
            for part in node["allOf"]:
                part = self._schema(spec, part)
                props.update(part.get("properties", {}))
                required += part.get("required", [])
                for key, value in part.items():
                    if key not in ("properties", "required"):
                        merged.setdefault(key, value)
            merged["properties"], merged["required"] = props, required
            return merged
        return dict(node)

    # ---- operations -------------------------------------------------------------------
    @staticmethod
    def _operations(spec: Spec) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
        found = {}
        for path, item in (spec.get("paths") or {}).items():
            for method in METHODS:
                if method in item:
                    found[f"{method.upper()} {path}"] = (item, item[method])
        return found

    def run(self) -> Iterator[Breaking]:
        old_ops, new_ops = self._operations(self.old), self._operations(self.new)
        for key, (old_item, old_op) in old_ops.items():
            if key not in new_ops:
                yield Breaking("removed-operation", key, "operation removed")
                continue
            new_item, new_op = new_ops[key]
            yield from self._parameters(key, old_item, old_op, new_item, new_op)
            yield from self._request_body(key, old_op, new_op)
            yield from self._responses(key, old_op, new_op)

    def _params(self, spec: Spec, item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
        params = {}
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = self._deref(spec, raw)
            params[f"{param['in']} {param['name']}"] = param
        return params

    def _parameters(
        self, key: str, old_item: Any, old_op: Any, new_item: Any, new_op: Any
    ) -> Iterator[Breaking]:
        old = self._params(self.old, old_item, old_op)
        new = self._params(self.new, new_item, new_op)
        for name, param in new.items():
            was = old.get(name)
            if param.get("required") and not (was and was.get("required")):
                yield Breaking("new-required", f"{key} parameter {name}", "now required")
        for name, was in old.items():
            if name in new:
                yield from self._walk(
                    was.get("schema", {}),
                    new[name].get("schema", {}),
                    f"{key} parameter {name}",
                    "request",
                    set(),
                )

    @staticmethod
    def _json(node: dict[str, Any] | None) -> Any:
        content = (node or {}).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        return None if media is None else media.get("schema", {})

    def _request_body(self, key: str, old_op: Any, new_op: Any) -> Iterator[Breaking]:
        old_body = self._deref(self.old, old_op["requestBody"]) if "requestBody" in old_op else None
        new_body = self._deref(self.new, new_op["requestBody"]) if "requestBody" in new_op else None
        if new_body is None:
            return
        if new_body.get("required") and not (old_body and old_body.get("required")):
            yield Breaking("new-required", f"{key} request body", "a body is now required")
        old_schema, new_schema = self._json(old_body), self._json(new_body)
        if new_schema is not None and old_schema is None:
            new_resolved = self._schema(self.new, new_schema)
            for field in new_resolved.get("required", []):
                yield Breaking("new-required", f"{key} request body: {field}", "now required")
        elif new_schema is not None and old_schema is not None:
            yield from self._walk(old_schema, new_schema, f"{key} request body", "request", set())

    def _responses(self, key: str, old_op: Any, new_op: Any) -> Iterator[Breaking]:
        new_responses = new_op.get("responses") or {}
        for status, old_resp in (old_op.get("responses") or {}).items():
            if status not in new_responses:
                if str(status).startswith("2"):
                    yield Breaking("removed-field", f"{key} response {status}", "response removed")
                continue
            old_schema = self._json(self._deref(self.old, old_resp))
            new_schema = self._json(self._deref(self.new, new_responses[status]))
            if old_schema is None:
                continue
            if new_schema is None:
                yield Breaking("removed-field", f"{key} response {status}", "body removed")
                continue
            yield from self._walk(
                old_schema, new_schema, f"{key} response {status}", "response", set()
            )

    # ---- schemas ----------------------------------------------------------------------
    def _walk(
        self,
        old_raw: Any,
        new_raw: Any,
        where: str,
        direction: Direction,
        seen: set[Any],
        field: str = "",
    ) -> Iterator[Breaking]:
        marker = (id(self._deref(self.old, old_raw)), id(self._deref(self.new, new_raw)))
        if marker in seen:  # recursive schemas
            return
        seen = seen | {marker}
        old, new = self._schema(self.old, old_raw), self._schema(self.new, new_raw)
        here = f"{where}: {field}" if field else where

        def at(name: str) -> str:
            return f"{field}.{name}" if field else name

        yield from self._types(old, new, here, direction)
        yield from self._enums(old, new, here, direction)
        if direction == "request":
            yield from self._bounds(old, new, here)
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        closed = new.get("additionalProperties", True) is False
        if direction == "response":
            for name in old_props:
                if name not in new_props:
                    yield Breaking("removed-field", f"{where}: {at(name)}", "field removed")
                elif name in old_req and name not in new_req:
                    yield Breaking(
                        "removed-field", f"{where}: {at(name)}", "no longer always present"
                    )
        else:
            for name in sorted(new_req - old_req):
                yield Breaking("new-required", f"{where}: {at(name)}", "now required")
            if closed and old.get("additionalProperties", True) is not False:
                yield Breaking("narrowed", here, "no longer accepts extra properties")
            for name in old_props:
                if name not in new_props and closed:
                    yield Breaking("removed-field", f"{where}: {at(name)}", "no longer accepted")
        for name, old_prop in old_props.items():
            if name in new_props:
                yield from self._walk(old_prop, new_props[name], where, direction, seen, at(name))
        if "items" in old and "items" in new:
            yield from self._walk(old["items"], new["items"], where, direction, seen, f"{field}[]")
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            yield from self._walk(old_extra, new_extra, where, direction, seen, f"{field}{{*}}")

    @staticmethod
    def _type_set(schema: Schema) -> set[str] | None:
        value = schema.get("type")
        if value is None:
            return None  # any
        return set(value) if isinstance(value, list) else {value}

    @classmethod
    def _accepted(cls, schema: Schema) -> set[str] | None:
        types = cls._type_set(schema)
        if types is None:
            return None  # anything
        return {t for type_ in types for t in _ACCEPTS.get(type_, {type_})}

    def _types(
        self, old: Schema, new: Schema, where: str, direction: Direction
    ) -> Iterator[Breaking]:
        old_acc, new_acc = self._accepted(old), self._accepted(new)
        if old_acc == new_acc:
            return
        change = f"type {old.get('type', 'any')} -> {new.get('type', 'any')}"
        if direction == "request":
            # every value the old spec accepted must still be accepted
            if new_acc is not None and (old_acc is None or not old_acc <= new_acc):
                yield Breaking("narrowed", where, change)
        elif old_acc is not None and (new_acc is None or not new_acc <= old_acc):
            # every value the new spec may return must be one clients were told about
            yield Breaking("narrowed", where, change)

    @staticmethod
    def _enums(old: Schema, new: Schema, where: str, direction: Direction) -> Iterator[Breaking]:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is not None and new_enum is not None:
            for value in old_enum:
                if value not in new_enum:
                    yield Breaking("removed-enum-value", where, f"{value!r} removed")
        elif old_enum is None and new_enum is not None and direction == "request":
            yield Breaking("narrowed", where, f"now limited to {new_enum}")

    @staticmethod
    def _bounds(old: Schema, new: Schema, where: str) -> Iterator[Breaking]:
        for key in ("maxLength", "maximum", "maxItems", "maxProperties"):
            if key in new and (key not in old or new[key] < old[key]):
                yield Breaking("narrowed", where, f"{key} {old.get(key, 'none')} -> {new[key]}")
        for key in ("minLength", "minimum", "minItems", "minProperties"):
            if key in new and (key not in old or new[key] > old[key]):
                yield Breaking("narrowed", where, f"{key} {old.get(key, 'none')} -> {new[key]}")
        for key in ("exclusiveMaximum", "exclusiveMinimum"):
            if new.get(key) is True and old.get(key) is not True:
                yield Breaking("narrowed", where, f"{key} now true")
        if new.get("pattern") and new.get("pattern") != old.get("pattern"):
            yield Breaking(
                "narrowed", where, f"pattern {old.get('pattern')!r} -> {new['pattern']!r}"
            )
        if new.get("format") and new.get("format") != old.get("format"):
            yield Breaking("narrowed", where, f"format {old.get('format')!r} -> {new['format']!r}")
