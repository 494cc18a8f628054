"""Structured logs: one JSON object per line, with the ids that tie a line to its work.

Turned on with LOG_FORMAT=json. Services pass `extra={"document_id": ..., "event_id": ...}`;
inside a Celery task the task's id and name are added by themselves.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

CONTEXT_FIELDS = ("document_id", "event_id", "task_id", "task_name", "duration_ms", "claims")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                data[name] = value
        task = _current_task()
        if task is not None:
            data.setdefault("task_id", task.request.id)
            data.setdefault("task_name", task.name)
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


def _current_task():
    try:
        from celery import current_task
    except ImportError:  # pragma: no cover - celery is a dependency
        return None
    if current_task and getattr(current_task.request, "id", None):
        return current_task
    return None
