"""Per-site spiders.

Most portals are one entry in a registry file (govcrawl/sites/*.yaml); ``spiders.registry``
makes a spider class for each, named after the entry, so ``scrapy crawl <site id>`` works.
A portal that needs code gets a module here with a subclass of a few lines.
"""
