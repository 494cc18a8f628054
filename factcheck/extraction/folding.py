"""Case-insensitive patterns run as case-sensitive ones over the lowercased text.

Python's regular expressions scan for a case-insensitive pattern several times slower than for
the same pattern written in lowercase: the engine cannot skip ahead to the letters a match may
begin with. `folded(pattern)` keeps the pattern and adds its case-sensitive twin; the twin is
run over `text.lower()` and, where it finds a match, the pattern itself is run anchored at that
offset, so the match returned is the one the pattern's own `search` would return (same span,
same groups, same text). The twin answers as the pattern does when every letter the pattern
names is lowercase (or has no case), no inline flag switches case back on, the pattern cannot
match the empty string and the text holds none of the characters that case-insensitive matching
folds to ASCII letters but lower() does not (dotted and dotless i, long s, Kelvin sign):
lowercasing then keeps every offset and every character class. Any other pattern is returned
as it is; any other text is searched with the pattern itself.

`fold_module(module)` rebinds a module's case-insensitive patterns to their folded form (all
that fold, but one the package hands to a function of `re` by name, which needs a compiled
pattern), so the vocabulary modules keep plain `re.compile` definitions; the package folds its
modules once, on import.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

try:  # the engine's own parser (CPython 3.11+); without it nothing is folded
    from re import _casefix, _parser
    from re import _constants as c

    _EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover
    _parser = None
    _EXTRA_CASES = {}

# characters that match an ASCII letter when case is ignored, whose lower() is not that letter
_ODD_CASE = frozenset(
    ["\u0130", "\u0131", "\u017f", "\u212a"]
    + [chr(x) for k, v in _EXTRA_CASES.items() if k < 0x80 for x in v]
)
_ODD_CASE_RE = re.compile("[" + "".join(sorted(_ODD_CASE)) + "]")
_MAX_RANGE = 2000
_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """`text.lower()`, or None when lowering would not keep case-insensitive matching (the last
    text's is kept: one sentence is asked of many patterns in a row)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() or not _ODD_CASE_RE.search(text) else None
    _last = (text, low)
    return low


def _plain_char(code: int) -> bool:
    ch = chr(code)
    if ch.isascii():
        return not ch.isupper()
    return ch.lower() == ch == ch.upper() and code not in _EXTRA_CASES


def _foldable(items: Any) -> bool:
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _plain_char(av):
                return False
        elif op is c.IN:
            # "[kK]": a capital beside its own small letter adds nothing when case is ignored
            small = {x for o, x in av if o is c.LITERAL}
            rest = [
                (o, x)
                for o, x in av
                if not (o is c.LITERAL and chr(x).isascii() and ord(chr(x).lower()) in small)
                or _plain_char(x)
            ]
            if not _foldable(rest):
                return False
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE or not all(_plain_char(x) for x in range(lo, hi + 1)):
                return False
        elif op in (c.CATEGORY, c.NEGATE, c.ANY, c.AT):
            continue
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _foldable(sub):
                return False
        elif op is c.BRANCH:
            if not all(_foldable(sub) for sub in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _foldable(av[2]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _foldable(av):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _foldable(av[1]):
                return False
        else:  # back references and anything newer: not folded
            return False
    return True


def foldable(regex: re.Pattern[str]) -> bool:
    """Whether the twin of `regex` over the lowercased text answers as `regex` does."""
    if _parser is None or not isinstance(regex.pattern, str):
        return False
    flags = regex.flags
    if not flags & re.IGNORECASE or flags & (re.ASCII | re.LOCALE):
        return False
    try:
        tree = _parser.parse(regex.pattern, flags)
    except Exception:  # a private parser: when in doubt, do not fold
        return False
    if tree.state.flags != flags or tree.getwidth()[0] == 0:
        return False
    return _foldable(tree)


class Folded:
    """A foldable case-insensitive pattern with its case-sensitive twin (see the module)."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.twin = re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is None:
            return self.regex.search(text, pos, endpos)
        m = self.twin.search(low, pos, endpos)
        return None if m is None else self.regex.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is not None and self.twin.match(low, pos, endpos) is None:
            return None
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text)
        if low is not None and self.twin.fullmatch(low, pos, endpos) is None:
            return None
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        low = lowered(text)
        if low is None:
            return self.regex.finditer(text, pos, endpos)
        # no empty match: each match of the twin starts where the pattern's own next one does
        return (
            self.regex.match(text, m.start(), endpos) for m in self.twin.finditer(low, pos, endpos)
        )

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .sub, .findall, ...
        return getattr(self.regex, name)


def folded(regex: re.Pattern[str]) -> re.Pattern[str] | Folded:
    """`regex` with its lowercase twin when that answers the same, else `regex` itself."""
    return Folded(regex) if foldable(regex) else regex


_HANDED_TO_RE = re.compile(r"\bre\.\w+\(\s*([A-Za-z_]\w*)\s*[,)]")


def _handed_to_re(package: Path) -> frozenset[str]:
    """Names the package's code passes to a function of `re` (`re.search(NAME, text)`)."""
    names: set[str] = set()
    for path in package.glob("*.py"):
        names.update(_HANDED_TO_RE.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


def fold_module(module: ModuleType, keep: frozenset[str] = frozenset()) -> list[str]:
    """Rebind the module's case-insensitive patterns to their folded form, but those named in
    `keep`; returns the names folded."""
    done = []
    for name, regex in list(vars(module).items()):
        if isinstance(regex, re.Pattern) and name not in keep:
            fast = folded(regex)
            if fast is not regex:
                setattr(module, name, fast)
                done.append(name)
    return done


def fold_package(modules: list[ModuleType]) -> dict[str, list[str]]:
    """Fold the patterns of the package's modules (see `fold_module`)."""
    keep = _handed_to_re(Path(__file__).parent)
    return {m.__name__: fold_module(m, keep) for m in modules}
