"""Scrapy settings for govcrawl (scrapy.cfg points here)."""

BOT_NAME = "govcrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
FEED_EXPORT_ENCODING = "utf-8"
