"""Corpus builds: many documents, streamed, in parallel, with flat memory.

Each document is built, validated and serialised by a worker (`build_one`, a pure
function of its path), then forgotten: the main process only appends the
worker's bytes to the output file and, every `batch` documents, loads the batch
into the embedded store in one transaction. Output order is input order, so a
parallel build writes the same bytes as a sequential one.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError
from .export import StreamWriter, document_chunk, format_for, write_atomic
from .pipeline import build_path
from .store.quads import ntriples_lines
from .validate import validate_graph


@dataclass
class Result:
    path: Path
    error: str = ""
    graph_iri: str = ""
    triples: int = 0
    chunk: bytes = b""
    graph: object = None  # kept only for formats that cannot stream (JSON-LD)
    store_lines: list[str] = field(default_factory=list)
    conforms: bool = True
    report: list[str] = field(default_factory=list)


@dataclass
class Job:
    output_format: str
    validate: bool
    store: bool


def build_one(path: Path, job: Job) -> Result:
    try:
        built = build_path(path)
    except KgError as exc:
        return Result(path, error=str(exc))
    result = Result(path, graph_iri=str(built.graph_iri), triples=len(built.graph))
    if job.output_format == "jsonld":
        result.graph = built.graph
    else:
        result.chunk = document_chunk(job.output_format, built.graph_iri, built.graph)
    if job.store:
        result.store_lines = ntriples_lines(built.graph)
    if job.validate:
        result.conforms, violations = validate_graph(built.graph)
        result.report = [f"{path}: {v.line()}" for v in violations]
        result.report.append(f"{path}: {'conforms' if result.conforms else 'does not conform'}")
    return result


def _work(item: tuple[Path, Job]) -> Result:
    return build_one(*item)


def results(paths: list[Path], job: Job, jobs: int) -> Iterator[Result]:
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield build_one(path, job)
        return
    context = multiprocessing.get_context("spawn")  # no inherited locks or open stores in workers
    with context.Pool(jobs) as pool:
        yield from pool.imap(_work, [(p, job) for p in paths], chunksize=4)


@dataclass
class Summary:
    inputs: int
    built: int = 0
    failed: int = 0
    invalid: int = 0
    triples: int = 0
    store_lines: list[str] = field(default_factory=list)


def build_corpus(paths: list[Path], output: Path, fmt: str | None, validate: bool, store: str | None,
                 jobs: int, report_path: Path | None, batch: int = 200) -> Summary:
    name = format_for(output, fmt)
    writer = StreamWriter(output, name)
    job = Job(name, validate, bool(store))
    summary = Summary(len(paths))
    report: list[str] = []
    pending: list[tuple[str, list[str]]] = []
    first_load = True
    try:
        for result in results(paths, job, jobs):
            if result.error:
                summary.failed += 1
                print(f"kg: error: {result.error}", file=sys.stderr)
                continue
            summary.built += 1
            summary.triples += result.triples
            summary.invalid += not result.conforms
            report += result.report
            if result.graph is not None:
                writer.add_graph(result.graph_iri, result.graph)
            else:
                writer.add_chunk(result.chunk)
            if store:
                pending.append((result.graph_iri, result.store_lines))
                if len(pending) >= batch:
                    load(store, pending, first_load)
                    pending, first_load = [], False
        if not summary.built:
            writer.abort()
            return summary
        writer.close()
    except BaseException:
        writer.abort()
        raise
    if store and (pending or first_load):
        load(store, pending, first_load)
    if validate and report_path is not None:
        write_atomic(report_path, ("\n".join(report) + "\n").encode("utf-8"))
    return summary


def load(store: str, graphs: list[tuple[str, list[str]]], with_context: bool) -> None:
    from .store.embedded import load_ntriples

    print(load_ntriples(store, graphs, with_context).line(), file=sys.stderr)
