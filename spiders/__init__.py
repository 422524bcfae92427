"""Per-site spiders (Scrapy's SPIDER_MODULES)."""
