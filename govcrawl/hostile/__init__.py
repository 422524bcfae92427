"""Hostile fixture portals (issue 6): served apart from the fixture province; see ``portals``."""
