"""Errors meant for the user of the command line."""


class UserError(Exception):
    """A failure the user can act on; printed as ``govcrawl: <message>`` with exit status 2."""
