"""The one user-facing error type.

Anything the user can fix (bad data, a missing file, an existing output) is raised as
:class:`DrafterError`; the CLI prints it once, in Chinese, and exits with code 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is and what to do about it."""

    message: str
    where: str = ""
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.where}：{self.message}" if self.where else self.message
        return f"{text}。{self.hint}" if self.hint else text


@dataclass
class DrafterError(Exception):
    """A user error: one or more problems, reported together."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def single(cls, message: str, where: str = "", hint: str = "") -> "DrafterError":
        return cls([Problem(message, where, hint)])

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
