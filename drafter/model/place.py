"""Words that depend on the kind of place: 区, 县, 市 (a county-level city) or 旗 (a banner).

A county's report says 全县, 县级, 县委县政府 and 县管校聘 where a district's says 全区, 区级,
区委区政府 and 区管校聘. The word comes from the district's name (``青溪县`` → 县), never from a
template or a prompt. Titles and help texts on the model that mention the place use the neutral
form ``区（县）`` (``遴选区（县）级骨干教师``); :func:`localise` turns it into the place's word once
the district is known (in the questionnaire and the 填报表), and the JSON Schema keeps it neutral.
"""

from dataclasses import dataclass

#: The last character of a county-level name and the word it gives.
UNITS = ("区", "县", "市", "旗")
#: How model texts name the place before the district is known.
NEUTRAL = "区（县）"
DEFAULT_UNIT = "区"


@dataclass(frozen=True)
class Place:
    """The place words of one district, all derived from its unit (区/县/市/旗)."""

    unit: str

    @property
    def area(self) -> str:
        """全区 / 全县: the whole district."""
        return f"全{self.unit}"

    @property
    def level(self) -> str:
        """区级 / 县级: of the district's level (区级培训, 县级骨干教师)."""
        return f"{self.unit}级"

    @property
    def ours(self) -> str:
        """我区 / 我县: how the district speaks of itself."""
        return f"我{self.unit}"

    @property
    def this(self) -> str:
        """本区 / 本县."""
        return f"本{self.unit}"

    @property
    def committee(self) -> str:
        """区委 / 县委."""
        return f"{self.unit}委"

    @property
    def government(self) -> str:
        """区政府 / 县政府."""
        return f"{self.unit}政府"

    @property
    def leadership(self) -> str:
        """区委区政府 / 县委县政府."""
        return f"{self.committee}{self.government}"


def unit_of(district: str, area: str | None = None) -> str:
    """区 for 东丽区, 县 for 青溪县; an ``area`` override such as ``全县`` wins."""
    if area:
        word = area.strip().removeprefix("全")[-1:]
        if word in UNITS:
            return word
    last = district.strip()[-1:]
    return last if last in UNITS else DEFAULT_UNIT


def place_of(district: str, area: str | None = None) -> Place:
    return Place(unit_of(district, area))


def localise(text: str, unit: str) -> str:
    """A model title or help text in the place's words: ``区（县）级`` → ``县级``."""
    return text.replace(NEUTRAL, unit)
