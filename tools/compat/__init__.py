"""Backward-compatibility check of an OpenAPI spec against its last released version.

``find_breaking_changes(released, current)`` compares two single-file OpenAPI 3.0 specs
(the bundled ones in ``generated/bundled/``, local ``$ref``s only) and lists what would
break an existing client (seed §7.2):

- an operation (method + path) removed;
- a response field removed, or no longer guaranteed (was required, now optional);
- an enum value removed (in requests and in responses);
- a newly required request input: a required parameter or body field that was absent
  or optional, or a body that becomes required;
- a narrowed type: a request input that accepts less (type, bounds, pattern, enum,
  extra properties) or a response value of a type clients were not told about.

Pure Python (no I/O here); ``python -m tools.compat`` runs it over directories.
"""

from .checker import Breaking, find_breaking_changes

__all__ = ["Breaking", "find_breaking_changes"]
