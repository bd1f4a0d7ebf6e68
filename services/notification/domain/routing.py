"""Alertmanager-style routing tree.

A route matches when all its matchers match the notification's label set. Children are
tried in order; the first matching child is taken and the search stops, unless that child
says `continue: true`. A route whose children all fail to match delivers to its own
channels (inherited from its parent when it names none). The root matches everything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_MATCHER_RE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$")
_ROUTE_KEYS = frozenset({"name", "match", "match_re", "matchers", "channels", "continue", "routes"})


class RoutingError(ValueError):
    """The routing configuration is invalid."""


@dataclass(frozen=True)
class Matcher:
    label: str
    op: str  # one of = != =~ !~
    value: str
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def create(cls, label: str, op: str, value: str) -> Matcher:
        pattern = None
        if op in ("=~", "!~"):
            try:
                # Alertmanager anchors regular expressions: the whole value must match.
                pattern = re.compile(f"(?:{value})\\Z")
            except re.error as exc:
                raise RoutingError(f"invalid regular expression {value!r}: {exc}") from exc
        elif op not in ("=", "!="):
            raise RoutingError(f"unknown matcher operator {op!r}")
        return cls(label, op, value, pattern)

    @classmethod
    def parse(cls, text: str) -> Matcher:
        """Parse `label=value`, `label!=value`, `label=~regex`, `label!~regex`."""
        found = _MATCHER_RE.match(text)
        if not found:
            raise RoutingError(f"invalid matcher {text!r}")
        label, op, value = found.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        return cls.create(label, op, value)

    def matches(self, labels: Mapping[str, str]) -> bool:
        actual = labels.get(self.label, "")
        if self.op == "=":
            return actual == self.value
        if self.op == "!=":
            return actual != self.value
        assert self._pattern is not None
        hit = self._pattern.match(actual) is not None
        return hit if self.op == "=~" else not hit


@dataclass(frozen=True)
class Route:
    name: str
    matchers: tuple[Matcher, ...]
    channels: tuple[str, ...]
    continue_: bool = False
    routes: tuple[Route, ...] = ()

    def matches(self, labels: Mapping[str, str]) -> bool:
        return all(m.matches(labels) for m in self.matchers)

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.routes)

    def channel_names(self) -> set[str]:
        names = set(self.channels)
        for child in self.routes:
            names |= child.channel_names()
        return names


@dataclass(frozen=True)
class RouteMatch:
    routes: tuple[str, ...]
    channels: tuple[str, ...]


def resolve(root: Route, labels: Mapping[str, str]) -> RouteMatch:
    """Names of every matched route (root first) and the ordered, de-duplicated channels."""
    names: list[str] = []
    channels: list[str] = []

    def walk(route: Route) -> None:
        names.append(route.name)
        matched_child = False
        for child in route.routes:
            if not child.matches(labels):
                continue
            matched_child = True
            walk(child)
            if not child.continue_:
                break
        if not matched_child:
            for channel in route.channels:
                if channel not in channels:
                    channels.append(channel)

    walk(root)
    return RouteMatch(tuple(names), tuple(channels))


def parse_route(
    data: Mapping[str, Any], *, path: str = "root", inherited: Sequence[str] = ()
) -> Route:
    """Build a route tree from its YAML form (see examples/notification-routes.yaml)."""
    if not isinstance(data, Mapping):
        raise RoutingError(f"{path}: a route must be a mapping")
    unknown = set(data) - _ROUTE_KEYS
    if unknown:
        raise RoutingError(f"{path}: unknown route keys {sorted(unknown)}")
    matchers: list[Matcher] = []
    for key, op in (("match", "="), ("match_re", "=~")):
        section = data.get(key) or {}
        if not isinstance(section, Mapping):
            raise RoutingError(f"{path}.{key}: must be a mapping of label to value")
        matchers.extend(Matcher.create(str(k), op, str(v)) for k, v in section.items())
    raw_matchers = data.get("matchers") or []
    if not isinstance(raw_matchers, list):
        raise RoutingError(f"{path}.matchers: must be a list of strings")
    for text in raw_matchers:
        try:
            matchers.append(Matcher.parse(str(text)))
        except RoutingError as exc:
            raise RoutingError(f"{path}.matchers: {exc}") from exc
    if path == "root" and matchers:
        raise RoutingError("root: the root route matches everything and takes no matchers")
    raw_channels = data.get("channels")
    if raw_channels is None:
        channels = tuple(inherited)
    elif isinstance(raw_channels, list) and all(isinstance(c, str) for c in raw_channels):
        channels = tuple(raw_channels)
    else:
        raise RoutingError(f"{path}.channels: must be a list of channel names")
    if path == "root" and not channels:
        raise RoutingError("root: the root route needs default channels")
    children_data = data.get("routes") or []
    if not isinstance(children_data, list):
        raise RoutingError(f"{path}.routes: must be a list")
    children = tuple(
        parse_route(child, path=f"{path}.routes[{i}]", inherited=channels)
        for i, child in enumerate(children_data)
    )
    name = str(data.get("name") or path)
    return Route(name, tuple(matchers), channels, bool(data.get("continue", False)), children)
