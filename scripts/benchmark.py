"""Speed and memory of kg, printed as figures (not asserted: machines differ).

    python scripts/benchmark.py [--documents 200] [--jobs 1]

Measures, on the seed and the test letters replicated into a corpus:
- cold start (first document, reference data loading included);
- per-stage time per document (read, clean, segment, each extractor, map, validate, serialise);
- documents per second and peak resident memory over the corpus, building each
  document on its own as a corpus build does, to show memory stays flat.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.clean import clean  # noqa: E402
from kg.extract import EXTRACTORS  # noqa: E402
from kg.rdf.mapping import map_document  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.segment import segment  # noqa: E402
from kg.validate import validate_graph  # noqa: E402


def inputs() -> list[Path]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "letters").glob("*.txt"))
    return files


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_build(path: Path, timings: dict[str, list[float]], validate: bool) -> int:
    def tick(name, fn, *args):
        t0 = time.perf_counter()
        result = fn(*args)
        timings.setdefault(name, []).append(time.perf_counter() - t0)
        return result

    doc = tick("read", read_document, path)
    tick("clean", clean, doc)
    tick("segment", segment, doc)
    for name, extractor in EXTRACTORS:
        tick(f"extract:{name}", extractor, doc)
    _, graph = tick("map", map_document, doc)
    if validate:
        tick("validate", validate_graph, graph)
    tick("serialise", lambda g: g.serialize(format="turtle"), graph)
    return len(graph)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    files = inputs()
    t0 = time.perf_counter()
    timed_build(files[0], {}, not args.no_validate)
    cold = time.perf_counter() - t0
    timings: dict[str, list[float]] = {}
    triples = 0
    memory = []
    t0 = time.perf_counter()
    for n in range(args.documents):
        triples += timed_build(files[n % len(files)], timings, not args.no_validate)
        if n % max(1, args.documents // 5) == 0:
            memory.append(round(peak_mb(), 1))
    wall = time.perf_counter() - t0
    chars = sum(len(read_document(files[n % len(files)]).source) for n in range(min(len(files), args.documents)))
    print(f"inputs: {len(files)} distinct files, {args.documents} builds")
    print(f"cold start (first document, data loading included): {cold:.2f} s")
    print(f"throughput: {args.documents / wall:.1f} documents/s, {triples / wall:.0f} triples/s")
    print(f"mean document: {chars / min(len(files), args.documents):.0f} characters, {triples / args.documents:.0f} triples")
    print(f"peak RSS along the run (MB): {memory} → final {peak_mb():.1f}")
    print("per-stage time per document (ms, median / max):")
    for name, values in timings.items():
        print(f"  {name:<28} {statistics.median(values) * 1000:8.2f} {max(values) * 1000:8.2f}")
    total = sum(statistics.median(v) for v in timings.values())
    print(f"  {'total (medians)':<28} {total * 1000:8.2f}")
    print(f"projection for 100,000 documents on one core: {100_000 / (args.documents / wall) / 3600:.1f} h")
    corpus(files, args.documents)


def corpus(files: list[Path], count: int) -> None:
    """The corpus path users run (kg build --jobs N): streamed output, memory of the main process."""
    import tempfile

    from kg.corpus import build_corpus

    paths = [files[n % len(files)] for n in range(count)]
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            summary = build_corpus(paths, Path(tmp) / "c.nq", None, True, None, jobs, None)
            wall = time.perf_counter() - t0
            size = (Path(tmp) / "c.nq").stat().st_size / 1e6
        print(f"kg build --jobs {jobs}: {summary.built} documents in {wall:.1f} s "
              f"({summary.built / wall:.1f} documents/s, {size:.1f} MB N-Quads), main process peak RSS {peak_mb():.1f} MB")


if __name__ == "__main__":
    main()
