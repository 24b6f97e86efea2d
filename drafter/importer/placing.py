"""Which field each value of the report is: every value read against every field's phrase, the
paragraph's part counted in, and each field given the value that fits it best — unless another
field fits that value about as well, when the value is listed as uncertain and not written.

A field stated twice with the same amount (党支部102个 in two paragraphs) is one figure; stated
twice with different amounts, the better-fitting one is kept and the other listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.importer.lexicon import FieldWords, Loc
from drafter.importer.roles import Reading
from drafter.importer.scoring import Fit, fit
from drafter.importer.sentences import Sentence

#: A value fits a field at all from this score; below it, it is left for the clerk.
ENOUGH = 4.0
#: Another field fitting within this much of the best makes a value uncertain.
MARGIN = 1.0
#: A value of the paragraph's own part, or of its section, counts this much more.
PART_BONUS = 2.0
SECTION_BONUS = 1.0
#: The district's totals (基本情况) said in a paragraph about some work are rarely those totals.
OVERVIEW_ELSEWHERE = 2.0


@dataclass(frozen=True)
class ValueAt:
    """Where a value stands: sentence and index of its reading."""

    sentence: Sentence
    index: int

    @property
    def reading(self) -> Reading:
        return self.sentence.readings[self.index]


@dataclass
class Placement:
    placed: dict[Loc, tuple[ValueAt, Fit]] = field(default_factory=dict)
    #: Values stated again for a field already placed, with the same amount.
    repeated: list[tuple[ValueAt, Loc]] = field(default_factory=list)
    #: Values that fit several fields about equally well.
    uncertain: list[tuple[ValueAt, list[Fit]]] = field(default_factory=list)
    #: Values no field fits (or whose field took another value).
    unplaced: list[ValueAt] = field(default_factory=list)
    #: In a 工作要点, a field's target said apart from its current value (推动4所幼儿园建成……;
    #: 新建成幼儿园3所，较上年……).
    targets: dict[Loc, ValueAt] = field(default_factory=dict)


def fits_of(value: ValueAt, lexicon: tuple[FieldWords, ...], part: Loc | None = None) -> list[Fit]:
    """Every field the value may be, best first; ``part`` is its paragraph's part."""
    context = value.sentence.contexts[value.index]
    mention = value.reading.mention
    found = []
    for words in lexicon:
        result = fit(words, context, mention)
        if result is None:
            continue
        if part is not None:
            bonus = PART_BONUS if words.part == part else SECTION_BONUS if words.section == part[0] else 0.0
            if words.part == ("overview",) and part != ("overview",):
                bonus -= OVERVIEW_ELSEWHERE
            result = Fit(result.field, result.score + bonus, result.exact)
        found.append(result)
    return sorted(found, key=lambda f: -f.score)


def place(values: list[ValueAt], fits: dict[ValueAt, list[Fit]], plan: bool = False) -> Placement:
    """Give each field at most one value, the best-fitting pairs first.

    A value is uncertain when another free field fits it about as well, or when another value
    of another amount fits its field about as well and neither has a strong second choice. A
    value whose best field went to a better value takes its next field only when that fits it
    strongly on its own (7所 after 17所 took 修缮、改造; not 256人 after 60人 took 招聘教师)."""
    placement = Placement()
    ranked = sorted(
        ((f.score, order, value, f) for order, value in enumerate(values) for f in fits[value] if f.score >= ENOUGH),
        key=lambda item: (-item[0], item[1]),
    )
    done: set[ValueAt] = set()
    for score, _, value, candidate in ranked:
        loc = candidate.field.loc
        if value in done:
            continue
        if loc in placement.placed:
            held = placement.placed[loc][0]
            if _same_amount(held, value):
                placement.repeated.append((value, loc))
                done.add(value)
            elif plan and candidate is fits[value][0] and loc not in placement.targets and _target_apart(held, value) and not _has_own(value):
                placement.targets[loc] = value
                done.add(value)
            elif plan and candidate is fits[value][0] and candidate.exact and placement.placed[loc][1].exact and not (_has_own(held) or _has_own(value)):
                # a 工作要点 says a target and a current level alike: which is which, only the clerk knows
                fit_held = placement.placed.pop(loc)[1]
                placement.uncertain += [(held, [fit_held]), (value, [candidate])]
                done.add(value)
            continue
        best = fits[value][0]
        if candidate is not best and (score < STRONG or best.score - score > BEST_GAP):
            continue
        rivals = _rival_fields(value, candidate, fits, placement, done)
        contest = _rival_values(value, candidate, ranked, fits, placement, done)
        if plan and len(contest) == 1 and not rivals and _target_apart(value, contest[0]):
            plain, current = (value, contest[0]) if not _has_own(value) else (contest[0], value)
            placement.placed[loc] = (current, candidate)
            placement.targets[loc] = plain
            done |= {value, contest[0]}
            continue
        if rivals or contest:
            for other in [value, *contest]:
                if other not in done:
                    placement.uncertain.append((other, [candidate, *rivals]))
                    done.add(other)
            continue
        placement.placed[loc] = (value, candidate)
        done.add(value)
    placement.unplaced = [v for v in values if v not in done]
    return placement


#: A value fits its second choice strongly from this score on.
STRONG = 7.0
#: …and only when it is not far behind its first.
BEST_GAP = 6.0


def _rival_fields(value: ValueAt, chosen: Fit, fits: dict[ValueAt, list[Fit]], placement: Placement, done: set[ValueAt]) -> list[Fit]:
    """Other free fields that fit ``value`` about as well, and that no other value fits clearly better."""
    rivals = []
    for other in fits[value]:
        loc = other.field.loc
        if other is chosen or loc == chosen.field.loc or other.score < chosen.score - MARGIN or loc in placement.placed:
            continue
        if any(_fits_better(v, loc, other.score, fits) for v in fits if v is not value and v not in done):
            continue
        rivals.append(other)
    return rivals


def _fits_better(value: ValueAt, loc: Loc, score: float, fits: dict[ValueAt, list[Fit]]) -> bool:
    return any(f.field.loc == loc and f.score > score + MARGIN for f in fits[value])


def _rival_values(
    value: ValueAt, chosen: Fit, ranked: list, fits: dict[ValueAt, list[Fit]], placement: Placement, done: set[ValueAt]
) -> list[ValueAt]:
    """Other values, of other amounts, that fit the same field about as well and have no strong
    field of their own to go to."""
    loc = chosen.field.loc
    contest = []
    for score, _, other, candidate in ranked:
        if other is value or other in done or candidate.field.loc != loc or score < chosen.score - MARGIN:
            continue
        if _same_amount(other, value):
            continue
        elsewhere = [f for f in fits[other] if f.field.loc != loc and f.field.loc not in placement.placed and f.score >= STRONG]
        if not elsewhere:
            contest.append(other)
    return contest


def _has_own(value: ValueAt) -> bool:
    """The value has numbers of its own (last year's value, a change) in its sentence."""
    return any(r.owner == value.index for r in value.sentence.readings)


def _target_apart(first: ValueAt, second: ValueAt) -> bool:
    """One of the two is said alone, the other with numbers of its own: in a 工作要点, the lone
    one is the target said apart."""
    return _has_own(first) != _has_own(second)


def _same_amount(a: ValueAt, b: ValueAt) -> bool:
    first, second = a.reading.mention.amount, b.reading.mention.amount
    return first.value == second.value and first.exact == second.exact
