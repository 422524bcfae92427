"""Which list titles are annual reports."""

from govcrawl.crawl.classify import is_attachment_url, is_report_title, is_unit_name


def test_reports() -> None:
    for title in ("青山县2023年政府信息公开工作年度报告", "2019年上海市人民政府办公厅政府信息公开工作年度报告",
                  "宿州市人民政府2019年政府信息公开工作年度报告（图片版）", "宿迁市 2025 年政府信息公开工作年度报告",
                  "和田县文旅局政府信息公开工作2023年度报告"):
        assert is_report_title(title), title


def test_decoys() -> None:
    for title in ("青山县2023年政府信息公开工作年度报告解读", "图解：青山县2023年政府信息公开年报",
                  "青山县2024年政务公开工作要点", "青山县人民政府信息公开指南", "政府信息公开年报",
                  "关于做好2023年度政府信息公开工作年度报告编制发布工作的通知", "一图读懂2023年度报告"):
        assert not is_report_title(title), title


def test_attachment_urls() -> None:
    assert is_attachment_url("./202401/P020240126123456789012.pdf")
    assert is_attachment_url("/module/download/downfile.jsp?classid=0&filename=ab12.pdf")
    assert is_attachment_url("download.jsp?urltype=news.DownloadAttachUrl&owner=1&wbfileid=2")
    assert not is_attachment_url("./202401/t20240126_1200345.html")
    assert is_attachment_url("./202401/W020240126384756.jpg") and is_attachment_url("/picture/0/report.PNG")


def test_a_bare_year_in_a_title_is_its_year() -> None:
    """Titles that print the year without 年 ("…年度报告（2024）", "…年报 2023", "[2022] …") are
    reports of that year, named by their agency; a document number's year ("〔2023〕5号") is not a
    report year, and two bare years name none."""
    from govcrawl.crawl.classify import report_year
    from govcrawl.report.metadata import agency_from_title

    for title, year, agency in (("稻城县政府信息公开工作年度报告（2024）", 2024, "稻城县"),
                                ("稻城县政府信息公开年报 2023", 2023, "稻城县"),
                                ("[2022] 稻城县人民政府政府信息公开工作年度报告", 2022, "稻城县人民政府")):
        assert is_report_title(title) and report_year(title) == year, title
        assert agency_from_title(title) == agency, title
    assert report_year("稻政办〔2023〕5号 稻城县政府信息公开工作年度报告") is None
    assert report_year("稻城县 2022 2023 政府信息公开年度报告") is None


def test_unit_endings_safe_on_any_text_and_the_declared_ones_only_where_a_publisher_is_declared() -> None:
    """One list of what a unit's name ends with (govcrawl.report.metadata): a link's text is a unit's
    name only by the endings no ordinary word has (查看全部, 政府网站, 新闻发布会 are not units); a
    发布机构 cell or a list row's publisher, declared an agency, may also end in 站/队/会/部/处/馆."""
    from govcrawl.crawl.owner import publisher_name

    for word in ("查看全部", "政府网站", "新闻发布会", "信息来源出处", "主题展馆"):
        assert not is_unit_name(word), word
    for unit in ("青杉区东湖街道办事处", "青杉区财政局", "青杉区卫生健康委员会", "青杉区东湖镇"):
        assert is_unit_name(unit), unit
    for declared in ("青杉区档案馆", "青杉区公路管理处", "青杉区红十字会", "青杉区城市管理综合执法大队"):
        assert publisher_name(declared, "青杉区人民政府") == declared
