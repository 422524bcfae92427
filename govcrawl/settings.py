"""Scrapy settings for govcrawl (scrapy.cfg points here).  Polite by default."""

BOT_NAME = "govcrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
USER_AGENT = "govcrawl/0.1 (annual-report research; +https://example.invalid/govcrawl)"

# Politeness (issue 4): robots.txt, one or two requests per host, AutoThrottle, retries.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy starts this many asyncio tasks for *every* callback's output (2.13+).  A callback here
# yields one report or a page of ~20 links, so 100 (the default) only costs: ~100 tasks per
# response were a third of the crawl process's CPU.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
# A name that does not resolve will not resolve a second later: not retried (Scrapy's default
# list without CannotResolveHostError).
RETRY_EXCEPTIONS = [
    "scrapy.exceptions.DownloadConnectionRefusedError",
    "scrapy.exceptions.DownloadFailedError",
    "scrapy.exceptions.DownloadTimeoutError",
    "scrapy.exceptions.ResponseDataLossError",
    "twisted.internet.error.ConnectionDone",
    "twisted.internet.error.ConnectError",
    "twisted.internet.error.ConnectionLost",
    "twisted.internet.error.TimeoutError",
    "scrapy.core.downloader.handlers.http11.TunnelError",
]
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024  # a report page or PDF over ~50 MB is not a report
DOWNLOAD_WARNSIZE = 20 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "govcrawl.crawl.middlewares.FixtureProxyMiddleware": 50,
    "govcrawl.crawl.middlewares.RobotsCrawlDelayMiddleware": 110,
    # After robots.txt (100): conditional requests, replays of pages not due (url_state).
    "govcrawl.crawl.urlstate.UrlStateMiddleware": 120,
    # Before RetryMiddleware (550) in the response chain, so the Retry-After it records is copied
    # into the retry request.
    "govcrawl.crawl.middlewares.RetryBackoffMiddleware": 560,
    # Above RetryMiddleware: sees every failed attempt; drops requests to a suspended host.
    "govcrawl.crawl.middlewares.HostHealthMiddleware": 580,
    # Scrapy's decompression (590), but a gzip bomb refused goes to the fetch log with its reason.
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "govcrawl.crawl.middlewares.LoggedHttpCompressionMiddleware": 590,
    # After decompression (responses pass middlewares from high to low): a page whose header names
    # the wrong charset is decoded with its own (govcrawl.crawl.charset).
    "govcrawl.crawl.charset.CharsetMiddleware": 585,
    # Before RetryMiddleware (550) in the exception chain: a refused TLS handshake is not retried.
    "govcrawl.crawl.middlewares.HttpsFallbackMiddleware": 590,
    # Above RedirectMiddleware (600): a WZWS 302 challenge is recognised, not followed.
    "govcrawl.crawl.middlewares.WafMiddleware": 650,
    "govcrawl.crawl.middlewares.FetchLogMiddleware": 950,
}
ITEM_PIPELINES = {
    "pipelines.parse.ParseReportPipeline": 100,
    "pipelines.store.StoreVersionPipeline": 500,
    "pipelines.store.RecordOutputPipeline": 900,
}

FEED_EXPORT_ENCODING = "utf-8"
DUPEFILTER_CLASS = "govcrawl.crawl.dupefilter.ProcessDupeFilter"

# govcrawl's own settings
GOVCRAWL_DB_URL = None          # None: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3
GOVCRAWL_NO_STORE = False
GOVCRAWL_FIXTURE_PROXY = None    # http://127.0.0.1:PORT of `govcrawl serve-province`
GOVCRAWL_FIXTURE_HOSTS: list[str] = []
GOVCRAWL_WAF_SUSPEND_AFTER = 2
GOVCRAWL_PARSE_WORKERS = None    # parser processes (each parse time- and memory-limited); None: one per core
GOVCRAWL_RETRY_BACKOFF = 1.0     # seconds before the first retry; doubles per retry
GOVCRAWL_RETRY_BACKOFF_MAX = 60.0
GOVCRAWL_MAX_CRAWL_DELAY = 30.0  # seconds; longer robots.txt Crawl-delays are capped
GOVCRAWL_HOST_SUSPEND_AFTER = 10  # distinct URLs failing in a row (5xx, 429, network) suspend a host
# Only HTTP(S) is ever fetched: no local files, no FTP, no S3, no data: URLs, whatever a page says.
SCHEDULER_PRIORITY_QUEUE = "govcrawl.crawl.pqueue.BroadCrawlPriorityQueue"
DOWNLOAD_HANDLERS = {
    "file": None, "ftp": None, "s3": None, "data": None,
    "http": "govcrawl.crawl.handlers.PooledHTTPDownloadHandler",
    "https": "govcrawl.crawl.handlers.PooledHTTPDownloadHandler",
}
GOVCRAWL_FRESH = False           # True: unconditional requests, no replays, parse everything (crawl --agency)
GOVCRAWL_NOW = None              # ISO time the revisit schedule takes as "now" (tests; default: the clock)
