"""Choose and order what to say: the work first, then what came of it.

A bureau writes what was done and then what it achieved: ``雅郡幼儿园、玖樾府幼儿园于9月投入使用……。
新增学前学位1170个……。顺利通过全国学前教育普及普惠区评估验收。`` The clerk's sentences of a
part (做法与成效) hold both; those that tell of a result — an honour, an award, an acceptance —
close the part, after its figures, with its honours; the others open it, before its figures.
"""

from __future__ import annotations

import re
from typing import Iterable

#: Words that make a sentence a result: honours, awards, acceptances.
_RESULT = re.compile(
    r"(获评|荣获|获得|获批|入选|被评为|被命名|被确定为|被授予|顺利通过|通过[^，。；]{0,24}(验收|评估|认定)|奖项?[。；]?$)"
)


def is_result(sentence: str) -> bool:
    """Whether the clerk's sentence tells of a result rather than of the work."""
    return bool(_RESULT.search(sentence.strip()))


def work_first(sentences: Iterable[str]) -> tuple[list[str], list[str]]:
    """The clerk's sentences split into the work (said first) and the results (said last), each
    in the clerk's order."""
    work: list[str] = []
    results: list[str] = []
    for sentence in sentences:
        (results if is_result(sentence) else work).append(sentence)
    return work, results
