"""How a report says a figure: the verb, the words around the number, the words for none.

Every figure field declares its phrase once, on the model, beside its form label::

    practice_bases: Annotated[Fig, Count("劳动实践基地", "个", say="建成 劳动实践基地{}")] = None

The form label (``劳动实践基地``) names the figure in the 填报表, the questionnaire and messages;
the phrase is what the report writes. ``{}`` is where the number goes (with its unit and any
breakdown). The words before the first space are the verb, which several figures said together
share (``开展理论学习宣讲160余场次、专题研讨12次``); a phrase without a space has no verb of its
own to share:

* ``"开展 理论学习宣讲{}"`` → 开展理论学习宣讲280余场次
* ``"辖 {}乡镇"`` → 辖10个乡镇 (the number before the noun)
* ``"{}学校完成修缮、改造工程"`` → 17所学校完成修缮、改造工程
* ``"公办园在园幼儿占比{}"`` → a rate: the writer puts the verb in the slot
  (由36.8%提升至50.86%, 为52.3%, 达到100%)

``区（县）`` in a phrase becomes the place's own word (县级培训), and ``{plan_period}`` the
five-year plan of the report's year (“十四五”以来). ``zero`` is what a report says instead of a
zero of something bad (``全面消除56人以上大班额``).

The writer (:mod:`drafter.compose`) says figures through these phrases; the importer reads last
year's report with the same ones.
"""

from dataclasses import dataclass

#: The slot of the number in a phrase.
SLOT = "{}"
#: Stands for the five-year plan of the report's year in a phrase (“十四五”以来).
PLAN_PERIOD = "{plan_period}"


@dataclass(frozen=True)
class Phrase:
    """A parsed phrase: ``verb`` + ``head`` + number + ``tail``."""

    verb: str
    head: str
    tail: str

    @classmethod
    def parse(cls, text: str) -> "Phrase":
        """``"建成 劳动实践基地{}"`` → ``Phrase("建成", "劳动实践基地", "")``."""
        if text.count(SLOT) != 1:
            raise ValueError(f"a phrase has exactly one {SLOT}: {text!r}")
        verb, space, rest = text.partition(" ")
        if not space:
            verb, rest = "", text
        if " " in rest or (verb and SLOT in verb):
            raise ValueError(f"a phrase has at most one space, after its verb: {text!r}")
        head, _, tail = rest.partition(SLOT)
        return cls(verb, head, tail)

    @property
    def number_first(self) -> bool:
        """The number comes before the words it counts: ``辖10个乡镇``, ``17所学校完成……``."""
        return not self.head

    def text(self, number: str) -> str:
        """The whole phrase with ``number`` in its slot."""
        return f"{self.verb}{self.head}{number}{self.tail}"

    def words(self) -> str:
        """The phrase without its number, as one text: ``建成劳动实践基地``."""
        return f"{self.verb}{self.head}{self.tail}"
