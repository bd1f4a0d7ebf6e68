"""Errors the storage layer raises; handlers map them to the seed's error envelope."""


class StorageError(Exception):
    """Base class."""


class NotFoundError(StorageError):
    """The addressed record does not exist."""


class ConflictError(StorageError):
    """The write contradicts what is stored (key reuse, backwards state move)."""


class InvalidInputError(StorageError):
    """The request is well-formed but unusable (bad cursor, inverted window)."""
