"""Which list titles are annual reports."""

from govcrawl.crawl.classify import is_attachment_url, is_report_title


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
