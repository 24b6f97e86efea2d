"""Default factories for the model's fields: plain functions.

pydantic inspects a ``default_factory`` to learn whether it takes the validated data; for a
builtin (``list``, ``dict``) or a model class that inspection is slow (a builtin's signature is
parsed from its text, a class's from its constructor and metaclass), and the model declares some
hundred and thirty such fields. A plain function without parameters is read at once.
"""

from typing import Any, Callable, TypeVar

_T = TypeVar("_T")


def empty_list() -> list[Any]:
    return []


def empty_dict() -> dict[Any, Any]:
    return {}


def made_by(model: Callable[[], _T]) -> Callable[[], _T]:
    """A factory making an empty ``model`` (a part, a section, the style …)."""

    def make() -> _T:
        return model()

    return make
