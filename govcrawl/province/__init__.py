"""The bundled fixture province: fictitious portals of the real CMS families, served on loopback.

``build_province()`` makes every portal's pages (deterministically) and the ground truth of what a
crawl must find; ``ProvinceServer`` serves them on 127.0.0.1.
"""
