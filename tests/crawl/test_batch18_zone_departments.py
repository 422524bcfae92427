"""Issue 12, two classes of held-out round 18's development-zone portal — on markup and names unlike
the batch portal's (a 高新区 on a city's platform, its list a grid of cards whose date box writes the
month and the day apart):

1. a zone's department titled under the zone's short word without its place ("高新区财政金融局2024年…"
   on 棹川高新技术产业开发区管理委员会's portal) is that zone's department, written under the zone's name
   (棹川高新技术产业开发区财政金融局) — not a bare "高新区财政金融局", and not the zone itself; a short word
   of another kind of zone (经开区 on a 高新区's portal) is left as it is;
2. a list of cards whose date box writes the day apart from the year and month (``<div class="d">
   <span>2025.01</span><em>09</em></div>``) counts its cards as dated entries, so the list's declared
   "共 5 条" is met by the cards harvested, not a false shortfall.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl.entries import count_entries
from govcrawl.crawl.registry import Site
from govcrawl.report.agencyname import zone_department

ZONE = Site(id="zhaochuan-gxq", agency="棹川高新技术产业开发区管理委员会", cms="kaipu", region="测试省棹川市",
            start_urls=("http://gxq.zhaochuan.gov.test/xxgk/",))


def test_a_department_under_the_zones_short_word_is_the_zones() -> None:
    record = ZONE.agency_record("高新区财政金融局")
    assert record["name"] == "棹川高新技术产业开发区财政金融局"
    assert record["id"] == "zhaochuan-gxq/棹川高新技术产业开发区财政金融局"


def test_the_zone_itself_and_other_zones_words_are_left_alone() -> None:
    assert ZONE.agency_record("高新区管委会")["id"] == "zhaochuan-gxq"  # the portal's own agency
    assert zone_department("经开区建设局", ZONE.agency) is None  # another kind of zone: not this one's
    assert zone_department("高新区财政金融局", "棹川市人民政府") is None  # not a zone's portal
    assert zone_department("财政金融局", ZONE.agency) is None  # no zone word: ``bare_part`` says whose


_CARDS = """<html><body><div class="nb-wrap"><h2>年度报告</h2><div class="grid">{cards}</div>
<div class="pages">共 5 条 第 1/1 页</div></div></body></html>"""
_CARD = ('<div class="c"><div class="d"><span>{ym}</span><em>{d}</em></div>'
         '<a href="/gxq/nb/{n}.html" title="棹川高新区{y}年政府信息公开工作年度报告">'
         '棹川高新区{y}年政府信息公开…</a></div>')


def test_cards_whose_date_box_splits_the_date_are_dated_entries() -> None:
    cards = "".join(_CARD.format(ym=f"{y + 1}.01", d=f"{9 + n:02d}", n=n, y=y)
                    for n, y in enumerate(range(2020, 2025)))
    assert count_entries(Selector(text=_CARDS.format(cards=cards))) == 5
    # A number and a year alone (a card's "3 次浏览 · 2024") are no date box.
    plain = '<div class="c"><div class="d"><span>2024</span><em>3</em></div><a href="/x.html">某某通知</a></div>'
    assert count_entries(Selector(text=f"<html><body>{plain * 2}</body></html>")) == 0
