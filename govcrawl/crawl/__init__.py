"""Crawling: the site registry, items, middlewares and the crawl runner (Scrapy)."""
