"""``celery -A govcrawl.distributed.celery_app …``: the app for Celery's own tools (inspect, Flower)."""

from govcrawl.distributed.app import get_app

app = get_app()
