"""How well a number's words fit a figure field's phrase.

The writer says a figure as ``verb + head + number + tail`` (:mod:`drafter.model.phrase`). The
words around a number in a report are read against each field's phrase:

* **exactly**, as the writer leaves them: the clause before the number ends with the head
  (新增学前学位|1170个), or with the words a template writes before the value itself
  (总金额|211万余元); the words after it start with the tail (17所|学校完成修缮、改造工程) or
  with the head (覆盖102个|党支部); a head said in part is whole when its first words were said
  just before (交流轮岗教师……，其中|骨干教师比例, 一等奖5个、|二等奖9个);
* **loosely**, as other reports word it: the share of the phrase's character pairs found near
  the number (三年学前毛入园率 for 学前三年毛入园率, 公办率 for the 俗称 of 公办园在园幼儿占比),
  and in the whole sentence.

A number is only ever read as a field whose units it is written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.compose.prose.said import STAGES
from drafter.importer.lexicon import FieldWords
from drafter.importer.mentions import Mention
from drafter.importer.words import TYPICAL_WEIGHT, rarity, word_pairs

#: Words between a figure's name and its number that say nothing of which figure it is.
LINKS = (
    "的年度目标为", "的年度目标是", "年度目标为", "力争达到", "力争提高到", "力争", "提升至", "提高到", "提高至", "增加到",
    "增加至", "下降至", "下降到", "降低到", "达到", "保持在", "约为", "接近", "控制在", "分别为", "分别是", "共计", "合计",
    "总计", "累计", "稳定在", "为", "达", "是", "至", "到", "共", "已", "均", "全部", "总体", "超过", "近", "约",
)  # fmt: skip
#: Where a clause starts and ends.
_BEFORE_STOP = re.compile(r"[，。；：,;:）)！？]")
_AFTER_STOP = re.compile(r"[，。；：,;:（(！？]")
#: The most a partly said head counts when its first words were not said before.
PARTIAL = 0.7
#: The fewest last words of a head that refer to it when its first words were said before.
REFERRED = 3
#: A head or tail said in full adds this much.
WHOLE = 3.0


@dataclass(frozen=True)
class Context:
    """The words around one number."""

    #: The clause before the number's words (from the last clause mark or number), links dropped;
    #: several readings when a 分别为 says one measure of several stages.
    befores: tuple[str, ...]
    #: The clause after the number.
    after: str
    #: The clause up to the number, other numbers included (a verb several figures share).
    clause: str
    #: The sentence.
    sentence: str
    #: What was said just before this clause: the sentence before and this one's start.
    earlier: str
    #: The clause after the number, up to the next number.
    near_after: str = ""
    #: The clause before this one (its subject, when this one only says 总金额…).
    previous_clause: str = ""


@dataclass(frozen=True)
class Fit:
    field: FieldWords
    score: float
    #: The phrase was found as the writer says it (not only loosely).
    exact: bool


def context_of(sentence: str, start: int, mention: Mention, earlier: str, previous_end: int, next_start: int = -1) -> Context:
    """The context of a number whose words end at ``start`` (its ``由`` for a trend); the numbers
    before and after it end at ``previous_end`` and start at ``next_start`` (-1: none)."""
    clause_start = _last_stop(sentence, start)
    before = _after_examples(sentence[max(clause_start, previous_end) : start].lstrip("、，和及与"))
    after_end = _next_stop(sentence, mention.end)
    near_end = min(after_end, next_start) if next_start >= 0 else after_end
    near_end = _next_item(sentence, mention.end, near_end, next_start)
    return Context(
        befores=(strip_links(before),),
        after=sentence[mention.end : after_end],
        clause=sentence[clause_start:start],
        sentence=sentence,
        earlier=earlier + sentence[:clause_start],
        near_after=sentence[mention.end : max(near_end, mention.end)],
        previous_clause=sentence[_last_stop(sentence, max(clause_start - 1, 0)) : clause_start],
    )


#: 等 that ends a list of examples (流芳小学等17所学校), not part of a word (一等奖, 等级, 高等).
_EXAMPLES_END = re.compile(r"(?<![一二三四五六七八九十高平同对均])等(?![级奖])")


def _after_examples(before: str) -> str:
    """The words after a list of examples: ``张家墩九年一贯制学校等项目`` counts 项目."""
    ends = list(_EXAMPLES_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _next_item(sentence: str, start: int, end: int, next_start: int) -> int:
    """Where the words of the next of several figures said together begin (初中14所、|九年一贯制
    学校5所): at a 、 followed by a short name and a number, not inside a name (修缮、改造工程)."""
    listed = sentence.find("、", start, end)
    if listed < 0 or next_start < 0:
        return end
    name = sentence[listed + 1 : next_start]
    return listed if len(name) <= 10 and not re.search("[和及等与]", name) else end


def _last_stop(text: str, position: int) -> int:
    stops = [m.end() for m in _BEFORE_STOP.finditer(text, 0, position)]
    return stops[-1] if stops else 0


def _next_stop(text: str, position: int) -> int:
    match = _AFTER_STOP.search(text, position)
    return match.start() if match else len(text)


def strip_links(text: str) -> str:
    """``学前三年毛入园率达到`` → ``学前三年毛入园率``: link words dropped from the end."""
    changed = True
    while changed:
        changed = False
        for word in LINKS:
            if text.endswith(word) and len(text) > len(word):
                text = text[: -len(word)]
                changed = True
    return text


def fit(field: FieldWords, context: Context, mention: Mention) -> Fit | None:
    """How well ``field`` reads the number; None when it cannot be this field's."""
    if not field.accepts_unit(mention.unit, mention.ratio):
        return None
    exact = max(_exact(field, before, context) for before in context.befores)
    loose = _loose(field, context)
    score = exact + loose - _unlike(field, mention, context) + _rare_unit(mention.unit)
    return Fit(field, score, exact >= WHOLE) if score > 0 else None


#: A number written in another unit than the field's own (所 for a count of 个), or without the
#: field's verb, is less likely that field's.
OTHER_UNIT = 1.0
NO_VERB = 1.0
#: Verbs so common they say nothing about the figure (有学校……).
_PLAIN_VERBS = ("有", "现有", "建有", "为")


#: A unit only a few fields are counted in (节次, 批, 轮次) says which field it is this much.
RARE_UNIT = {1: 2.0, 2: 1.0, 3: 1.0}


def _rare_unit(unit: str) -> float:
    if not unit or unit in ("%", "元"):
        return 0.0
    return RARE_UNIT.get(_unit_counts().get(unit, 0), 0.0)


@lru_cache(maxsize=1)
def _unit_counts() -> dict[str, int]:
    """Per unit, how many fields of the model are counted in it."""
    from drafter.importer.lexicon import lexicon

    counts: dict[str, int] = {}
    for field in lexicon("区", "十四五"):
        for unit in field.spec.units:
            counts[unit] = counts.get(unit, 0) + 1
    return counts


#: The number counts a longer name that starts with the field's words (2所|民办学校党支部).
LONGER_NAME = 3.0


#: What a figure is about, where figures of one shape differ only in it (体育特色学校 and
#: 科技教育特色学校, 艺术社团 and 体育社团): a number whose words name another of them is not this
#: field's.
SUBJECTS = (
    "体育", "足球", "艺术", "美育", "科技", "科学", "劳动", "心理", "德育", "思政", "国防", "法治", "安全", "卫生",
    "阅读", "书法",
)  # fmt: skip
#: The penalty of a number whose words name another subject than the field's.
OTHER_SUBJECT = 4.0


def _other_subject(field: FieldWords, context: Context) -> bool:
    own = {subject for subject in SUBJECTS if subject in field.words}
    if not own:
        return False
    near = context.befores[0] + context.near_after
    said = {subject for subject in SUBJECTS if subject in near}
    return bool(said) and not said & own


def _unlike(field: FieldWords, mention: Mention, context: Context) -> float:
    penalty = OTHER_SUBJECT if _other_subject(field, context) else 0.0
    head = field.head
    if head and context.after.startswith(head) and not _inverted(head, context.after, field.phrase.verb):
        penalty += LONGER_NAME
    if mention.unit and field.spec.unit and mention.unit != field.spec.unit and field.kind in ("count", "quantity"):
        penalty += OTHER_UNIT
    verb = field.phrase.verb
    if verb and verb not in _PLAIN_VERBS and not word_pairs(verb) & word_pairs(context.clause + context.after):
        penalty += NO_VERB
    return penalty


def _exact(field: FieldWords, before: str, context: Context) -> float:
    said = max((len(words) + WHOLE for words in field.template_heads if before.endswith(words)), default=0.0)
    return max(said, _phrase_said(field, before, context))


def _phrase_said(field: FieldWords, before: str, context: Context) -> float:
    phrase = field.phrase
    head, verb, tail = field.head, phrase.verb, phrase.tail
    score = 0.0
    if head:
        said = _head_said(head, verb, before, context)
        if said and _counts_what_follows(context.after) and not tail:
            said *= PARTIAL
        said = max(said, _inverted(head, context.after, verb), _doers_first(head, context.after))
        if said:
            score += said + (WHOLE if said >= len(head) - 0.5 else 0)
    if verb:
        score += len(word_pairs(verb) & word_pairs(context.clause)) + (1 if before.endswith(verb + head) else 0)
    if tail:
        start = context.after
        if start.startswith(tail):
            score += len(tail) + WHOLE
        else:
            common = _common_prefix(start, tail)
            if common >= 2:
                score += common * PARTIAL
    elif not head and not context.after.strip("、"):
        score += 0.5
    return score


#: What may stand right before a short head that is a word of its own (有小学, 其中初中), not the end
#: of a longer word (中小学).
_BEFORE_SHORT_HEAD = "有共含其中、和及与为"
#: Heads this short are words that end longer words too.
SHORT_HEAD = 2


def _head_said(head: str, verb: str, before: str, context: Context) -> float:
    """How much of ``head`` the clause ends with; a part counts in full when the rest was said
    just before (a name is said once, then referred to by its last words)."""
    if before.endswith(head):
        rest = before[: -len(head)]
        if len(head) <= SHORT_HEAD and rest and rest[-1] not in _BEFORE_SHORT_HEAD + verb:
            return 0.0
        return float(len(head))
    common = _common_suffix(before, head)
    if common < 2:
        return 0.0
    missing = head[: len(head) - common]
    if missing in STAGES:
        return common * PARTIAL  # a stage is never left to be understood: 专任教师 is not 普通高中专任教师
    if common >= REFERRED and (_said_just_before(missing, context.earlier) or missing in context.clause):
        return float(len(head)) - 0.5
    return common * PARTIAL


def _counts_what_follows(after: str) -> bool:
    """``中小学8个教学共同体……``: a number with words right after it counts those words, not the
    ones before it."""
    return bool(after) and "\u4e00" <= after[0] <= "\u9fff" and after[0] not in "的以余多"


def _said_just_before(name: str, earlier: str) -> bool:
    """``name`` ended a phrase said just before: before a number (交流轮岗教师417人) or at a
    clause's end (……校长负责制，). (A head shared by figures said together is said in the same
    clause: 一等奖5个、|二等奖9个.)"""
    return bool(re.search(re.escape(name) + r"(?=[\d（，。；、]|$)", earlier))


#: What may follow the words a number counts when they are a name of their own (102个党支部、).
_AFTER_NAME = "、，。；：,;:和及与（("


#: A head naming people by what they did: 参加艺术节和艺术展演的|学生.
_DOERS = re.compile(r"^(?P<deed>.{2,}?)的(?P<doers>[\u4e00-\u9fff]{2,3})$")


def _doers_first(head: str, after: str) -> float:
    """``近1万名学生参加区级决赛`` for ``参加艺术节和艺术展演的学生{}``: the people counted, then
    what they did — the words of the head in the order a sentence about the people takes. Counts
    as much of the head as is said, as a partly said head does."""
    match = _DOERS.match(head)
    if not match or not after.startswith(match["doers"]):
        return 0.0
    deed = _common_prefix(after[len(match["doers"]) :], match["deed"])
    return (len(match["doers"]) + deed) * PARTIAL if deed >= 2 else 0.0


def _inverted(head: str, after: str, verb: str = "") -> float:
    """``覆盖102个党支部``: the number before the words it counts — those words, not the start
    of a longer name (2所民办学校|党支部), unless the phrase's verb follows (4所幼儿园|建成)."""
    if after.startswith(head):
        rest = after[len(head) :]
        follow = rest.removeprefix("的")[:2]
        if rest and rest[0] not in _AFTER_NAME and not (word_pairs(follow) & word_pairs(verb)):
            return 0.0
        return float(len(head)) - 0.5
    common = _common_prefix(after, head)
    return common * PARTIAL if common >= 3 else 0.0


def _loose(field: FieldWords, context: Context) -> float:
    """How many of the phrase's words are near the number, in the clause before and in the
    sentence; a word few phrases share (陪餐, 特岗) counts more than one many do (教师, 学校)."""
    near = word_pairs("".join(context.befores[:1]) + "|" + context.near_after)
    previous = word_pairs(context.previous_clause)
    sentence = word_pairs(context.sentence)
    best = 0.0
    for words in (field.words, field.title, *field.aliases):
        pairs = word_pairs(words)
        if not pairs:
            continue
        whole = rarity(pairs)
        size = min(1.0, len(pairs) / 3)
        found_near = rarity(pairs & near)
        score = (
            5 * size * found_near / whole
            + 0.35 * found_near / TYPICAL_WEIGHT
            + 2 * rarity(pairs & previous) / whole
            + 2 * size * rarity(pairs & sentence) / whole
        )
        best = max(best, score)
    return best




def _common_suffix(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[-1 - count] == b[-1 - count]:
        count += 1
    return count


def _common_prefix(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[count] == b[count]:
        count += 1
    return count
