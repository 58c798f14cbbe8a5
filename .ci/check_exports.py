#!/usr/bin/python3
"""Checks newsgraph's exports with parsers that are not Jena.

Usage: check_exports.py DIR   (DIR holds newsgraph.{ttl,trig,nq,nt,jsonld,rdf} from
`newsgraph export`). The N-Quads and N-Triples files are what Jena wrote, one
statement per line; every other file must parse (rapper from raptor2-utils for the
RDF syntaxes it reads, rdflib for all of them) to the same number of statements and,
by rdflib, to the same graphs. N-Quads and N-Triples must be sorted (LC_ALL=C) with no
duplicate lines: that is the determinism contract. Prints one line per check and a
closing 'exports: N passed, N failed' line; exits 1 if any check failed.
"""
import os
import re
import subprocess
import sys

import rdflib
from rdflib.compare import isomorphic

FILES = {  # format name -> (file name, rapper parser or None, rdflib parser, keeps named graphs)
    "nquads": ("newsgraph.nq", "nquads", "nquads", True),
    "ntriples": ("newsgraph.nt", "ntriples", "nt", False),
    "trig": ("newsgraph.trig", "trig", "trig", True),
    "turtle": ("newsgraph.ttl", "turtle", "turtle", False),
    "rdfxml": ("newsgraph.rdf", "rdfxml", "xml", False),
    "jsonld": ("newsgraph.jsonld", None, "json-ld", True),
}

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print("ok    " + what)
    else:
        failed += 1
        print("FAIL  " + what)


def sorted_unique_lines(path):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines, all(a < b for a, b in zip(lines, lines[1:]))


def rapper_count(parser, path, keeps_graphs):
    """Distinct statements rapper reads (a pretty RDF/XML file may state a triple twice)."""
    p = subprocess.run(["rapper", "-i", parser, "-o", "nquads" if keeps_graphs else "ntriples", path],
                       capture_output=True)
    stderr = p.stderr.decode("utf-8", "replace")
    problems = [l for l in stderr.splitlines() if "Error" in l or "Warning" in l]
    if p.returncode != 0 or problems:
        return None, (problems or stderr.strip().splitlines()[-1:])
    return len(set(l for l in p.stdout.split(b"\n") if l.strip())), []


def graphs_of(dataset):
    """Named graph IRI (or '' for the default graph) -> rdflib.Graph with its triples."""
    out = {}
    for s, p, o, c in dataset.quads((None, None, None, None)):
        name = "" if c is None or isinstance(c.identifier, rdflib.BNode) or \
            str(c.identifier) == "urn:x-rdflib:default" else str(c.identifier)
        out.setdefault(name, rdflib.Graph()).add((s, p, o))
    return out


def main(directory):
    path = {name: os.path.join(directory, f[0]) for name, f in FILES.items()}
    quads, quads_sorted = sorted_unique_lines(path["nquads"])
    triples, triples_sorted = sorted_unique_lines(path["ntriples"])
    check(quads_sorted, f"nquads: {len(quads)} lines, sorted (LC_ALL=C) without duplicates")
    check(triples_sorted, f"ntriples: {len(triples)} lines, sorted (LC_ALL=C) without duplicates")
    check(len(quads) > 0 and len(triples) > 0, "exports are not empty")

    reference_ds = rdflib.ConjunctiveGraph()
    reference_ds.parse(path["nquads"], format="nquads")
    reference_graphs = graphs_of(reference_ds)
    reference_union = rdflib.Graph()
    reference_union.parse(path["ntriples"], format="nt")

    for name, (_, rapper_parser, rdflib_parser, keeps_graphs) in FILES.items():
        expected = len(quads) if keeps_graphs else len(triples)
        unit = "quads" if keeps_graphs else "triples"
        if rapper_parser:
            n, problems = rapper_count(rapper_parser, path[name], keeps_graphs)
            check(n == expected, f"{name}: rapper reads {n} distinct {unit}, Jena wrote {expected}"
                  + ("" if not problems else " -- " + " | ".join(problems)))
        try:
            if keeps_graphs:
                ds = rdflib.ConjunctiveGraph()
                ds.parse(path[name], format=rdflib_parser)
                graphs = graphs_of(ds)
                n = sum(len(g) for g in graphs.values())
                same = graphs.keys() == reference_graphs.keys() and all(
                    isomorphic(graphs[g], reference_graphs[g]) for g in graphs)
            else:
                g = rdflib.Graph()
                g.parse(path[name], format=rdflib_parser)
                n = len(g)
                same = isomorphic(g, reference_union)
            check(n == expected and same,
                  f"{name}: rdflib reads {n} {unit}, Jena wrote {expected}; "
                  + ("same graphs as" if same else "DIFFERENT graphs from")
                  + (" the N-Quads export" if keeps_graphs else " the N-Triples export"))
        except Exception as e:  # a parse error is a failed check, reported in one line
            check(False, f"{name}: rdflib cannot parse {path[name]}: {type(e).__name__}: {e}")

    print(f"exports: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
