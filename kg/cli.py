"""The command line: thin commands over library functions. A KgError becomes one line on
stderr and an exit code (1: the input or graph is bad, 2: kg could not run as asked);
anything else is a bug, reported in one line too unless --debug asks for the traceback."""

from __future__ import annotations

import argparse
import sys
import traceback

from . import __version__
from .commands import COMMANDS
from .errors import KgError


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kg", description="Build, validate and query knowledge graphs of UN documents.")
    main.add_argument("--version", action="version", version=f"kg {__version__}")
    main.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = main.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.register(sub)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for users, the traceback on request
        if args.debug:
            traceback.print_exc()
        print(f"kg: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
