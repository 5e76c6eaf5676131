#!/usr/bin/env python3
"""Builds ejb/src/main/resources/demo/citizen-messages.tsv, the demo submissions' text, from
data/citizen-messages.csv (第八届泰迪杯数据挖掘挑战赛 C题, TipDM, 2020; see data/citizen-messages.README.md).

Keeps up to 3,000 distinct messages that have an official reply (the reply becomes the resolution note), with the
text shortened to what a submission holds, one per line: title, content, reply, separated by tabs.
Deterministic: the same input gives the same file.

    python3 scripts/make-demo-messages.py [path/to/citizen-messages.csv]
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "citizen-messages.csv"
TARGET = ROOT / "ejb" / "src" / "main" / "resources" / "demo" / "citizen-messages.tsv"
COUNT = 3000


def clean(text, limit):
    text = " ".join(text.replace("\t", " ").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main():
    with SOURCE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["reply"].strip() and r["title"].strip() and r["detail"].strip()]
    rows.sort(key=lambda r: int(r["id"]))
    seen = set()
    kept = []
    for r in rows:
        key = (r["title"].strip(), r["detail"].strip()[:80])
        if key in seen:
            continue
        seen.add(key)
        kept.append((clean(r["title"], 120), clean(r["detail"], 600), clean(r["reply"], 500)))
        if len(kept) == COUNT:
            break
    with TARGET.open("w", encoding="utf-8") as out:
        out.write("# Real public citizen messages with their official replies, shortened.\n")
        out.write("# Source: 第八届泰迪杯数据挖掘挑战赛 C题 (TipDM, 2020); built by scripts/make-demo-messages.py.\n")
        for title, content, reply in kept:
            out.write(f"{title}\t{content}\t{reply}\n")
    print(f"{len(kept)} messages written to {TARGET}")


if __name__ == "__main__":
    main()
