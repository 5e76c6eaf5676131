#!/usr/bin/env python3
"""Computes the word-level truth of the judged compound queries of the search benchmark (issue #16).

Reads search-index/src/test/resources/org/sanling/searchindex/bench/compound-queries.tsv (query, words) and
data/citizen-messages.csv (第八届泰迪杯数据挖掘挑战赛 C题, TipDM, 2020; see data/citizen-messages.README.md),
and writes compound-queries-truth.tsv beside the queries: per query, its words, the number of messages whose
title or detail contains every word (word-level truth), the number that contain the query as written (what a
substring search such as ILIKE '%query%' finds) and the ids of the relevant messages. The search benchmark
applies the same rule to its generated documents (SearchBenchmark.wordLevelTruth).
Deterministic: the same input gives the same file.

    python3 scripts/compound-truth.py [path/to/citizen-messages.csv]
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "search-index" / "src" / "test" / "resources" / "org" / "sanling" / "searchindex" / "bench"
SOURCE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "citizen-messages.csv"


def queries():
    for line in (BENCH / "compound-queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, words = line.split("\t")
            yield query, words.split()


def main():
    with SOURCE.open(encoding="utf-8", newline="") as f:
        messages = [(int(r["id"]), r["title"] + "\n" + r["detail"]) for r in csv.DictReader(f)]
    lines = ["# query\twords\tword-level matches\tsubstring matches\tids of the word-level matches"]
    for query, words in queries():
        relevant = [i for i, text in messages if all(word in text for word in words)]
        substring = sum(1 for _, text in messages if query in text)
        lines.append("\t".join([query, " ".join(words), str(len(relevant)), str(substring), " ".join(map(str, relevant))]))
    (BENCH / "compound-queries-truth.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} queries, truth written to {BENCH / 'compound-queries-truth.tsv'}")


if __name__ == "__main__":
    main()
