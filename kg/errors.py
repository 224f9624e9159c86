"""One exception tree. The CLI turns a KgError into one line and an exit code."""


class KgError(Exception):
    """Anything kg can explain to a user in one line."""

    exit_code = 1


class InputError(KgError):
    """The input cannot be read or is not a document kg builds (empty, binary, not UN, truncated)."""


class StageError(KgError):
    """A pipeline stage failed on a document; the message names the stage and the file."""


class ValidationFailed(KgError):
    """The graph does not conform to the shapes."""


class QueryError(KgError):
    """A SPARQL query could not be parsed or run."""


class ExportError(KgError):
    """A graph could not be written in the requested format."""


class StoreError(KgError):
    """A triplestore, embedded or remote, refused or failed an operation."""


class UsageError(KgError):
    """The command line asks for something kg cannot do (unknown format, missing file)."""

    exit_code = 2
