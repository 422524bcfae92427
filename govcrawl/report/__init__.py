"""Turn one annual report (HTML, PDF, DOCX or text) into the record of docs/record.md.

Pure functions of the input bytes: no Scrapy, no database, no network.
"""

from govcrawl.report.parse import PARSER_VERSION, parse_report

__all__ = ["PARSER_VERSION", "parse_report"]
