"""Rule configuration: what the desk set in RuleConfig over each rule's defaults."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from config.celery_app import registered_task
from factcheck.models import SEVERITY_RANK, RuleConfig, Severity
from factcheck.rules.base import Rule

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleSettings:
    """A rule as it runs now: on or off, its parameters and its severity."""

    rule: Rule
    enabled: bool
    params: dict[str, Any]
    severity: str

    @property
    def raised_severity(self) -> str:
        """One level above the configured severity (for a count that falls, say)."""
        return self.severity_for(raised=True)

    def severity_for(self, *, raised: bool = False, lowered: bool = False) -> str:
        """The configured severity, one level up (a count that falls) or down (an outlet
        alone against the primary sources)."""
        rank = SEVERITY_RANK[Severity(self.severity)] + (1 if raised else 0) - (1 if lowered else 0)
        rank = max(1, min(rank, 3))
        return next(s for s, r in SEVERITY_RANK.items() if r == rank).value


def settings_for(rule: Rule, config: RuleConfig | None) -> RuleSettings:
    """Merges a RuleConfig over the rule's defaults; unknown parameters are ignored."""
    params = dict(rule.params)
    if config is not None and isinstance(config.params, dict):
        for name, value in config.params.items():
            if name in params:
                params[name] = value
            else:
                logger.warning("rule %s has no parameter %r; ignored", rule.name, name)
    severity = rule.default_severity
    if config is not None and config.severity in Severity.values:
        severity = config.severity
    return RuleSettings(
        rule=rule,
        enabled=config.enabled if config is not None else True,
        params=params,
        severity=severity,
    )


def rule_settings_load(rules: dict[str, Rule]) -> dict[str, RuleSettings]:
    """Every registered rule with its configuration (one query on the small RuleConfig table)."""
    configs = {config.rule: config for config in RuleConfig.objects.all()}
    return {name: settings_for(rule, configs.get(name)) for name, rule in rules.items()}


def rule_config_save(*, config: RuleConfig) -> None:
    """Saves a rule's configuration and, on commit, re-evaluates every event with claims.

    Writes the RuleConfig row; enqueues the `factcheck.evaluate_all_events` fan-out once the
    transaction commits. Safe to run twice: evaluation upserts findings by fingerprint.
    """
    with transaction.atomic():
        config.save()
        transaction.on_commit(registered_task("factcheck.evaluate_all_events").delay)
