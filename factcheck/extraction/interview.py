"""A question-and-answer interview: whose words each paragraph is.

An interview prints its turns as paragraphs opening with a label ("Q:", "A:", "Velt:"). The
answers are the interviewee's own words, with no speech verb to say so; the questions are the
interviewer's, and a question asserts nothing. A report with no question label is no
interview, and nothing here applies to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUESTION = re.compile(r"(?:Q|Question|Interviewer)\s*[:.]\s")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s")
# "Velt: ...", "Hanna Velt: ...": a person the story names in full, labelling a turn
_NAME_LABEL = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}):\s")
# "We spoke to Hanna Velt", "an interview with Dr Omar Tesk", "Hanna Velt spoke to": the
# one person the introduction names as answering
_PERSON = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})"
)
_INTRODUCED = re.compile(
    r"\b(?:(?:spoke|talked|speaks|talks|sat\s+down)\s+(?:to|with)|interview(?:ed)?(?:\s+with)?)"
    rf"\s+{_PERSON}"
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Turn:
    start: int  # where the paragraph begins
    end: int
    label_end: int  # past "Q: ", "Velt: "
    speaker: str | None  # the interviewee's full name; None: a question, or no one named
    question: bool


def _full_name(text: str, label: str) -> str | None:
    """ "Velt" -> "Hanna Velt", the one full name in the text that ends with the label."""
    if " " in label:
        return label
    names = {
        m.group(0)
        for m in re.finditer(rf"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?\s+{label}\b", text)
    }
    names = {re.sub(r"^(?:The|We|Our|I)\s+", "", n) for n in names}
    return next(iter(names)) if len(names) == 1 else None


def interview_turns(text: str) -> list[Turn]:
    """The labelled turns of an interview (none when no paragraph opens with a question)."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    if not any(_QUESTION.match(p.group()) for p in paragraphs):
        return []
    labelled: list[tuple[re.Match[str], re.Match[str] | None, str | None, bool]] = []
    for p in paragraphs:
        line = p.group()
        if _QUESTION.match(line):
            labelled.append((p, _QUESTION.match(line), None, True))
        elif _ANSWER.match(line):
            labelled.append((p, _ANSWER.match(line), "", False))
        elif (named := _NAME_LABEL.match(line)) and (full := _full_name(text, named["name"])):
            labelled.append((p, named, full, False))
    by_label = {speaker for _, _, speaker, question in labelled if speaker}
    introduced = {m.group("name") for m in _INTRODUCED.finditer(text)}
    # "A:" is the one person the answers are labelled with, else the one introduced
    interviewee = next(iter(by_label), None) if len(by_label) == 1 else None
    if interviewee is None and not by_label and len(introduced) == 1:
        interviewee = next(iter(introduced))
    return [
        Turn(
            p.start(),
            p.end(),
            p.start() + label.end(),
            None if question else (speaker or interviewee),
            question,
        )
        for p, label, speaker, question in labelled
        if label is not None
    ]


def turn_at(turns: list[Turn], pos: int) -> Turn | None:
    """The turn whose paragraph holds `pos`, if any."""
    return next((t for t in turns if t.start <= pos < t.end), None)
