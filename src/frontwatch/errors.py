"""The handful of error classes frontwatch raises; each message says what to do next."""


class FrontwatchError(Exception):
    """Base class of every error frontwatch raises on purpose."""


class InputError(FrontwatchError, ValueError):
    """Input that cannot be read or understood (file, line, field named in the message)."""


class GeocodeError(FrontwatchError, LookupError):
    """A place name that cannot be resolved against the gazetteer."""


class TheatreError(FrontwatchError, LookupError):
    """An unknown theatre pack, actor or a malformed pack file."""


class StoreError(FrontwatchError, RuntimeError):
    """The database cannot be opened, migrated or written."""
