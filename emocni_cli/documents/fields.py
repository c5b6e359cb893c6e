"""Placeholders a template uses that its document does not have, found before anything renders.

Jinja itself reports only unknown top-level names, and a misspelt `{{ gmina.nazwaa }}` only when
that line is reached — a typo inside `{%p if wersja_robocza %}` would pass until the day the
document is a draft. So the parsed template is walked: every `name.field` whose `name` is a dict of
the context (or a loop variable over a list of dicts) must name one of that dict's keys."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

_UNKNOWN = object()  # a value the walk cannot know (a filter's result, a variable set in the template)


@dataclass(frozen=True)
class UnknownField:
    written: str  # as in the template: "gmina.nazwaa", "p.nazwaa", "wojt"
    parent: str | None  # "gmina", "p"; None for a top-level name
    known: tuple[str, ...]  # what would be right in that place

    def __str__(self) -> str:
        last = self.written.rsplit(".", 1)[-1]
        close = difflib.get_close_matches(last, self.known, n=1)
        if not close:
            return self.written
        right = f"{self.parent}.{close[0]}" if self.parent else close[0]
        return f"{self.written} (może chodziło o {right}?)"


def unknown_fields(ast: Any, context: dict[str, Any]) -> list[UnknownField]:
    """Every unknown placeholder of a parsed template (jinja2 nodes), in template order, once."""
    from jinja2 import nodes

    found: dict[str, UnknownField] = {}

    def value(node: Any, scope: dict[str, Any]) -> Any:
        if isinstance(node, nodes.Name):
            return scope.get(node.name, _UNKNOWN)
        key = _key(node)
        if key is not None:
            base = value(node.node, scope)
            return base.get(key, _UNKNOWN) if isinstance(base, dict) else _UNKNOWN
        return _UNKNOWN

    def written(node: Any) -> str:
        if isinstance(node, nodes.Name):
            return node.name
        key = _key(node)
        return f"{written(node.node)}.{key}" if key is not None else "…"

    def visit(node: Any, scope: dict[str, Any]) -> None:
        if isinstance(node, nodes.For):
            visit(node.iter, scope)
            inner = dict(scope)
            for name in node.target.find_all(nodes.Name):
                inner[name.name] = _UNKNOWN
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = _element(value(node.iter, scope))
            for child in [*node.body, *([node.test] if node.test else [])]:
                visit(child, inner)
            for child in node.else_:
                visit(child, scope)
            return
        key = _key(node)
        if key is not None:
            base = value(node.node, scope)
            if isinstance(base, dict) and key not in base and not hasattr(dict, key):
                name = written(node)
                found.setdefault(name, UnknownField(name, written(node.node), tuple(base)))
        for child in node.iter_child_nodes():
            visit(child, scope)

    visit(ast, dict(context))
    return list(found.values())


def _key(node: Any) -> str | None:
    """The field a `x.field` or `x['field']` node reads; None for anything else."""
    from jinja2 import nodes

    if isinstance(node, nodes.Getattr):
        return node.attr
    if (
        isinstance(node, nodes.Getitem)
        and isinstance(node.arg, nodes.Const)
        and isinstance(node.arg.value, str)
    ):
        return node.arg.value
    return None


def _element(items: Any) -> Any:
    """What one element of a list of dicts looks like (all keys seen), to check `p.field` in a loop."""
    if isinstance(items, list) and items and all(isinstance(item, dict) for item in items):
        merged: dict[str, Any] = {}
        for item in items:
            merged |= item
        return merged
    return _UNKNOWN
