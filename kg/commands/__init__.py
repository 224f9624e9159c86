"""One module per command; each has register(subparsers) and sets args.run."""

from . import build, export, query, validate

COMMANDS = [build, query, validate, export]
