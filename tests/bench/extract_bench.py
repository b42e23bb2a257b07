#!/usr/bin/env python3
"""Extraction throughput benchmark (not a test).

Generates a deterministic corpus of news records (JSON Lines) from the default lexicon's
aliases and relation cues, runs `corpkg extract` over it on one core (CPU time, --jobs 1)
and on every core (wall time, --jobs N), and prints MB/s beside `grep -F -o -f names.txt`
over the same text, plus peak RSS at two corpus sizes to show that memory stays flat
(records are streamed).

usage: tests/bench/extract_bench.py CORPKG_BINARY [--mb 100] [--workdir DIR]
"""
import argparse
import glob
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

KO_TEMPLATES = [
    "{a}는 {b}와 {topic} 분야에서 협력하기로 했다고 {day}일 밝혔다.",
    "{a}가 {b}에 {topic} 부품을 공급할 것이란 전망이 나온다.",
    "업계에 따르면 {a}는 {b} 인수를 추진하고 있는 것으로 알려졌다.",
    "{a}와 {b}는 차세대 {topic} 제품을 공동 개발할 계획이다.",
    "{a}는 {b}에 대한 의존도를 낮추겠다는 방침이다.",
    "양사는 이번 협약을 통해 {topic} 시장에서 경쟁력을 높일 계획이다.",
    "{a}의 한 관계자는 \"{b}와의 협력은 아직 결정된 바 없다\"고 말했다.",
    "이날 {a} 주가는 전 거래일보다 {day}% 오른 채 마감했다.",
]
EN_TEMPLATES = [
    "{a} said on Tuesday it would partner with {b} on {topic}, according to a statement.",
    "{a} is expected to supply {b} with {topic} components next year, people familiar said.",
    "{a} agreed to acquire {b} for ${day} billion, the companies said.",
    "{a} and {b} plan to jointly develop {topic} systems for the global market.",
    "{a} wants to reduce its reliance on {b}, analysts said.",
    "Shares of {a} rose {day} percent in Seoul while {b} fell slightly.",
    "{a} denied a report that it had held talks with {b}.",
]
# Most sentences of real news name no relation: market colour, background, quotes.
KO_FILLER = [
    "이날 코스피는 전 거래일보다 {day}포인트 오른 채 거래를 마쳤다.",
    "전문가들은 올해 하반기 {topic} 수요가 점차 회복될 것으로 내다봤다.",
    "정부는 {topic} 산업 지원을 위해 세제 혜택을 확대하는 방안을 검토하고 있다.",
    "한 증권사 연구원은 \"당분간 변동성이 커질 수 있다\"며 신중한 접근을 권했다.",
    "지난달 수출은 전년 같은 달보다 {day}% 늘어난 것으로 집계됐다.",
]
EN_FILLER = [
    "The benchmark index closed {day} points higher on Tuesday after a volatile session.",
    "Analysts said demand for {topic} products was likely to recover in the second half.",
    "The government is considering wider tax breaks to support the {topic} industry.",
    "\"We remain cautious about the near-term outlook,\" one fund manager said.",
    "Exports rose {day} percent from a year earlier, official data showed.",
]
TOPICS_KO = ["AI", "반도체", "배터리", "디스플레이", "전기차", "클라우드"]
TOPICS_EN = ["AI", "semiconductor", "battery", "display", "EV", "cloud"]


def load_names():
    ko, en = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "importers/lexicon/entities/*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for e in data.get("entities", []):
            if e.get("type", "company") not in ("company", "unit"):
                continue
            aliases = e.get("aliases", {})
            ko += aliases.get("ko", [])[:1]
            en += [e["name"]]
    return ko, en


def write_corpus(path, megabytes, ko_names, en_names):
    rng = random.Random(20240228)
    target = megabytes * 1_000_000
    size = 0
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < target:
            lang = "ko" if n % 2 == 0 else "en"
            names, templates, filler, topics = (
                (ko_names, KO_TEMPLATES, KO_FILLER, TOPICS_KO) if lang == "ko"
                else (en_names, EN_TEMPLATES, EN_FILLER, TOPICS_EN))
            sentences = []
            for _ in range(rng.randint(8, 20)):
                a, b = rng.sample(names, 2)
                t = rng.choice(templates if rng.random() < 0.4 else filler)
                sentences.append(t.format(a=a, b=b, topic=rng.choice(topics), day=rng.randint(1, 30)))
            text = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
            rec = {"id": f"bench-{n}", "url": f"https://example.com/{n}", "title": sentences[0][:40],
                   "published": "2025-05-01", "publisher": "bench", "lang": lang, "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return size, n


def run(cmd, stdout=subprocess.DEVNULL, wall=False):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if wall:  # several threads: the time a user waits
        return time.monotonic() - start, usage.ru_maxrss / 1024.0, status
    # CPU time of the process: the machine is shared, so wall time would measure the others.
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, status


def bench_line(**fields):
    print("BENCH " + json.dumps(fields, ensure_ascii=False), flush=True)


def main():
    default_bin = os.path.join(ROOT, "build", "release", "cli", "corpkg")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary", nargs="?", help="the corpkg binary (same as --corpkg)")
    ap.add_argument("--corpkg", default=None)
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3, help="runs per size; the best counts")
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args()
    args.corpkg = os.path.abspath(args.corpkg or args.binary or os.environ.get("CORPKG", default_bin))
    if not os.access(args.corpkg, os.X_OK):
        sys.exit(f"extract_bench: no corpkg binary at {args.corpkg} (build it, or pass --corpkg)")
    work = args.workdir or tempfile.mkdtemp(prefix="corpkg-bench-")
    os.makedirs(work, exist_ok=True)
    ko, en = load_names()
    names = os.path.join(work, "names.txt")
    with open(names, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(set(ko + en))[:10000]) + "\n")
    results = []
    for mb in (args.mb // 4, args.mb):
        corpus = os.path.join(work, f"corpus-{mb}.jsonl")
        size, records = write_corpus(corpus, mb, ko, en)
        seconds, rss, status = None, 0.0, 0
        for _ in range(max(1, args.runs)):
            t, peak, st = run(["taskset", "-c", "0", args.corpkg, "extract", corpus,
                               "--format", "jsonl", "--jobs", "1"])
            seconds = t if seconds is None else min(seconds, t)
            rss, status = max(rss, peak), status or st
        # GNU grep stops at the first match when its output is /dev/null: give it a file.
        with open(os.path.join(work, "grep.out"), "wb") as sink:
            gsec, _, _ = run(["taskset", "-c", "0", "grep", "-F", "-o", "-f", names, corpus],
                             stdout=sink)
        os.remove(os.path.join(work, "grep.out"))
        # Every core, wall time: articles extracted in parallel, output in stream order.
        cores = os.cpu_count() or 1
        wall = None
        for _ in range(max(1, args.runs)):
            t, _, _ = run([args.corpkg, "extract", corpus, "--format", "jsonl",
                           "--jobs", str(cores)], wall=True)
            wall = t if wall is None else min(wall, t)
        results.append((mb, size, records, seconds, rss, gsec, status, cores, wall))
        os.remove(corpus)
    print(f"{'corpus':>8} {'records':>8} {'corpkg MB/s':>12} {'all cores MB/s':>15} "
          f"{'grep -F MB/s':>13} {'peak RSS MiB':>13}")
    for mb, size, records, seconds, rss, gsec, status, cores, wall in results:
        print(f"{size / 1e6:7.0f}M {records:8d} {size / 1e6 / seconds:12.1f} "
              f"{size / 1e6 / wall:15.1f} {size / 1e6 / gsec:13.1f} {rss:13.1f}"
              + ("" if status == 0 else "  (exit != 0)"))
    for mb, size, records, seconds, rss, gsec, status, cores, wall in results:
        bench_line(area="extract", work=f"extract {size / 1e6:.0f} MB of news records, one core",
                   metric="MB/s", corpkg=size / 1e6 / seconds if status == 0 else None,
                   peak_mib=rss, networkx=None, igraph=None, floor=size / 1e6 / gsec,
                   floor_name="grep -F -o, 10,000 names")
    mb, size, records, seconds, rss, gsec, status, cores, wall = results[-1]
    bench_line(area="extract", work=f"extract {size / 1e6:.0f} MB of news records, "
               f"--jobs {cores} (wall time)", metric="MB/s",
               corpkg=size / 1e6 / wall if status == 0 else None, peak_mib=None,
               networkx=None, igraph=None, floor=None, floor_name=None)


if __name__ == "__main__":
    sys.exit(main())
