"""The base of the report's sections, parts and items: a model that names itself in Chinese."""

from pydantic import BaseModel, ConfigDict


class Titled(BaseModel):
    """A model whose Chinese title lives in its ``model_config`` (``ConfigDict(title="学前教育")``);
    unknown keys are refused, so a misspelt field is reported rather than dropped."""

    model_config = ConfigDict(defer_build=True, extra="forbid")

    @classmethod
    def title(cls) -> str:
        return str(cls.model_config.get("title", cls.__name__))
