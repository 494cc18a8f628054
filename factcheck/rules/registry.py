"""Rules registered by name; the built-in ones live one per module in this package."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from factcheck.rules.base import Rule, RuleFunction

BUILTIN_MODULES = (
    "casualty_revision",
    "casualty_conflict",
    "aboard_mismatch",
    "cause_contradiction",
    "cause_revision",
    "outlet_asserts_disputed",
    "cumulative_total",
    "stale_figure",
)

_RULES: dict[str, Rule] = {}


def register(
    *, name: str, description: str, severity: str, params: Mapping[str, Any] | None = None
):
    """Decorator: registers a rule function under `name` (a later registration replaces it)."""

    def decorate(function: RuleFunction) -> RuleFunction:
        _RULES[name] = Rule(
            name=name,
            description=description,
            default_severity=severity,
            params=dict(params or {}),
            evaluate=function,
        )
        return function

    return decorate


def unregister(name: str) -> None:
    _RULES.pop(name, None)


def rules_all() -> dict[str, Rule]:
    """Every registered rule by name, the built-in ones loaded first."""
    for module in BUILTIN_MODULES:
        importlib.import_module(f"factcheck.rules.{module}")
    return dict(_RULES)
