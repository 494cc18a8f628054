"""The embedded default and local development: base settings as the environment gives them."""

from config.settings.base import *  # noqa: F403
