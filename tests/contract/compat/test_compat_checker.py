"""tools/compat on small synthetic spec pairs: what breaks clients, and what does not."""

from __future__ import annotations

import copy
from typing import Any

from tools.compat import find_breaking_changes


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/api/v1/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"$ref": "#/components/parameters/Kind"},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Page"}
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/NewThing"}
                            }
                        }
                    },
                    "responses": {
                        "201": {
                            "description": "created",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "parameters": {"Kind": {"name": "kind", "in": "query", "schema": {"type": "string"}}},
            "schemas": {
                "Page": {
                    "type": "object",
                    "required": ["items"],
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                        "next_cursor": {"type": "string"},
                    },
                },
                "Thing": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["new", "done"]},
                        "count": {"type": "integer"},
                        "owner": {"$ref": "#/components/schemas/Owner"},
                    },
                },
                "Owner": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "team": {"type": "string"}},
                },
                "NewThing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 100},
                        "size": {"type": "number"},
                        "color": {"type": "string", "enum": ["red", "blue"]},
                    },
                },
            },
        },
    }


def kinds(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    return [(b.kind, b.where) for b in find_breaking_changes(old, new)]


def test_an_unchanged_spec_is_compatible() -> None:
    assert find_breaking_changes(spec(), spec()) == []


def test_additions_clients_can_ignore_are_compatible() -> None:
    new = spec()
    schemas = new["components"]["schemas"]
    schemas["Thing"]["properties"]["created_at"] = {"type": "string"}  # new response field
    schemas["Thing"]["properties"]["status"]["enum"].append("archived")
    schemas["NewThing"]["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}
    schemas["NewThing"]["properties"]["name"]["maxLength"] = 200  # widened
    schemas["NewThing"]["properties"]["size"] = {"type": "number"}
    new["paths"]["/api/v1/other"] = {"get": {"operationId": "other", "responses": {}}}
    new["paths"]["/api/v1/things"]["get"]["parameters"].append(
        {"name": "sort", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    assert find_breaking_changes(spec(), new) == []


def test_a_removed_operation_breaks() -> None:
    new = spec()
    del new["paths"]["/api/v1/things"]["post"]
    assert kinds(spec(), new) == [("removed-operation", "POST /api/v1/things")]


def test_a_removed_response_field_breaks_even_deep_and_behind_refs() -> None:
    new = spec()
    del new["components"]["schemas"]["Owner"]["properties"]["team"]
    found = kinds(spec(), new)
    assert ("removed-field", "GET /api/v1/things response 200: items[].owner.team") in found
    assert ("removed-field", "POST /api/v1/things response 201: owner.team") in found


def test_a_response_field_no_longer_required_breaks() -> None:
    new = spec()
    new["components"]["schemas"]["Thing"]["required"] = ["id"]
    assert ("removed-field", "POST /api/v1/things response 201: status") in kinds(spec(), new)


def test_a_removed_enum_value_breaks_in_responses_and_requests() -> None:
    new = spec()
    new["components"]["schemas"]["Thing"]["properties"]["status"]["enum"] = ["new"]
    new["components"]["schemas"]["NewThing"]["properties"]["color"]["enum"] = ["red"]
    found = kinds(spec(), new)
    assert ("removed-enum-value", "POST /api/v1/things response 201: status") in found
    assert ("removed-enum-value", "POST /api/v1/things request body: color") in found


def test_a_newly_required_body_field_breaks() -> None:
    new = spec()
    new["components"]["schemas"]["NewThing"]["required"] = ["name", "size"]
    assert kinds(spec(), new) == [("new-required", "POST /api/v1/things request body: size")]


def test_a_new_required_parameter_or_a_parameter_made_required_breaks() -> None:
    new = spec()
    new["components"]["parameters"]["Kind"]["required"] = True
    new["paths"]["/api/v1/things"]["get"]["parameters"].append(
        {"name": "tenant", "in": "header", "required": True, "schema": {"type": "string"}}
    )
    found = kinds(spec(), new)
    assert ("new-required", "GET /api/v1/things parameter query kind") in found
    assert ("new-required", "GET /api/v1/things parameter header tenant") in found


def test_narrowed_request_types_and_bounds_break() -> None:
    new = spec()
    props = new["components"]["schemas"]["NewThing"]["properties"]
    props["size"] = {"type": "integer"}  # 1.5 no longer accepted
    props["name"]["maxLength"] = 10
    new["paths"]["/api/v1/things"]["get"]["parameters"][0]["schema"]["maximum"] = 50
    found = kinds(spec(), new)
    assert ("narrowed", "POST /api/v1/things request body: size") in found
    assert ("narrowed", "POST /api/v1/things request body: name") in found
    assert ("narrowed", "GET /api/v1/things parameter query limit") in found


def test_widening_a_response_type_breaks_clients_that_parse_it() -> None:
    new = spec()
    new["components"]["schemas"]["Thing"]["properties"]["count"] = {"type": "number"}
    assert kinds(spec(), new) == [
        ("narrowed", "GET /api/v1/things response 200: items[].count"),
        ("narrowed", "POST /api/v1/things response 201: count"),
    ]


def test_widening_a_request_type_is_compatible() -> None:
    old = spec()
    new = copy.deepcopy(old)
    old["components"]["schemas"]["NewThing"]["properties"]["size"] = {"type": "integer"}
    assert find_breaking_changes(old, new) == []


def test_recursive_schemas_terminate() -> None:
    old = spec()
    owner = old["components"]["schemas"]["Owner"]["properties"]
    owner["manager"] = {"$ref": "#/components/schemas/Owner"}
    assert find_breaking_changes(old, copy.deepcopy(old)) == []
