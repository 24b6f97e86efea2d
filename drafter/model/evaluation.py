"""自评结果: the score a 履行教育职责 self-evaluation gives itself."""

from typing import Annotated

from pydantic import ConfigDict

from drafter.model.figure import Fig, Quantity
from drafter.model.section import Part


class Evaluation(Part):
    model_config = ConfigDict(title="自评结果")

    score: Annotated[Fig, Quantity("自评总得分", "分", help="对照评价指标自评的总分", say="自评总得分{}")] = None
    bonus: Annotated[Fig, Quantity("申请加分", "分", say="申请加分{}")] = None
    full_score: Annotated[Fig, Quantity("满分", "分", say="满分{}")] = None
    indicators_met: Annotated[Fig, Quantity("达标的评价指标", "项", say="{}评价指标达标")] = None
