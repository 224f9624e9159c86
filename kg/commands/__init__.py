"""One module per command; each has register(subparsers) and sets args.run."""

from . import build, export, push, query, serve, validate

COMMANDS = [build, query, validate, export, push, serve]
