"""Default factories for the model's fields: plain functions.

pydantic inspects a ``default_factory`` to learn whether it takes the validated data; for a
builtin (``list``, ``dict``) or a model class that inspection is slow (a builtin's signature is
parsed from its text, a class's from its constructor and metaclass), and the model declares some
hundred and thirty such fields. A plain function without parameters is read at once.
"""

from typing import Any, Callable, TypeVar

from pydantic import BaseModel

_M = TypeVar("_M", bound=BaseModel)


def empty_list() -> list[Any]:
    return []


def empty_dict() -> dict[Any, Any]:
    return {}


def made_by(model: type[_M]) -> Callable[[], _M]:
    """A factory making an empty ``model`` (a part, a section, the style …) by ``model_construct``:
    its fields take their defaults, as ``model()`` would give them, without building the model's
    own validator. Every model defers building it (``defer_build``), so validating a report
    builds one validator, the report's, and not one more for each part left out of the data."""

    def make() -> _M:
        return model.model_construct()

    return make
