"""The 印发通知 a report is issued with: its title and its one sentence (``formal.notice``).

Worded as the Dongli 2022 工作要点 was issued::

    天津市东丽区教育局关于印发《天津市东丽区2022年教育工作要点》的通知
    各中小学、幼儿园、职业教育中心学校、各科室及其他事业单位：
        现将《天津市东丽区2022年教育工作要点》印发给你们，请认真抓好贯彻落实。

The title is 发文机关 + 事由 + 文种 (GB/T 9704-2012 7.3.1). The 发文机关 named in it is the
document's 署名, so the title and the 署名 under the notice (7.3.5) always name the same organ.
"""

from __future__ import annotations

from drafter.model.notice import Notice as NoticeFacts
from drafter.outline import Notice

#: Between the names of the 主送机关, as the Dongli notice writes them.
RECIPIENT_SEPARATOR = "、"
#: A 书名号 inside a quoted title becomes the single one (GB/T 15834-2011 4.15).
_INNER_QUOTES = str.maketrans("《》", "〈〉")


def notice_for(facts: NoticeFacts, issuer: str, report_title: str) -> Notice:
    quoted = quoted_title(report_title)
    return Notice(
        title=f"{issuer}关于印发{quoted}的通知",
        recipient=RECIPIENT_SEPARATOR.join(facts.recipients),
        text=f"现将{quoted}印发给你们，{facts.request}。",
    )


def quoted_title(title: str) -> str:
    """``《title》`` on one line: the clerk's line breaks go, inner 《》 become 〈〉."""
    flat = "".join(line.strip() for line in title.splitlines())
    return f"《{flat.translate(_INNER_QUOTES)}》"
