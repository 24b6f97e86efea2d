"""Which of many short texts occur in one long text, in time linear in their lengths.

Checking each value with ``value in document`` reads the document once per value, so a report
with many values took time growing with the square of its size. An Aho–Corasick automaton
reads the document once: a trie of the values, each state linked to the longest proper suffix
of its text that is also in the trie.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable


def found_in(text: str, needles: Iterable[str]) -> set[str]:
    """The needles (non-empty) that occur in ``text``."""
    goto: list[dict[str, int]] = [{}]
    ends: dict[int, str] = {}
    for needle in set(needles):
        state = 0
        for char in needle:
            state = goto[state].setdefault(char, len(goto))
            if state == len(goto):
                goto.append({})
        ends[state] = needle
    fail, order = _suffix_links(goto)
    seen = [False] * len(goto)
    state = 0
    for char in text:
        while state and char not in goto[state]:
            state = fail[state]
        state = goto[state].get(char, 0)
        seen[state] = True
    for state in reversed(order):  # deeper states first: a state seen means its suffixes were too
        if seen[state]:
            seen[fail[state]] = True
    return {needle for state, needle in ends.items() if seen[state]}


def _suffix_links(goto: list[dict[str, int]]) -> tuple[list[int], list[int]]:
    """Each state's suffix link, and the states in breadth-first order (root left out)."""
    fail = [0] * len(goto)
    order: list[int] = []
    queue = deque(goto[0].values())
    while queue:
        state = queue.popleft()
        order.append(state)
        for char, child in goto[state].items():
            link = fail[state]
            while link and char not in goto[link]:
                link = fail[link]
            fail[child] = goto[link].get(char, 0) if goto[link].get(char, 0) != child else 0
            queue.append(child)
    return fail, order
