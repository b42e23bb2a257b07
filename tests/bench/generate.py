#!/usr/bin/env python3
"""Deterministic inputs for corpkg's benchmarks and reliability tests.

    generate.py corpus --mb N --out DIR|FILE.jsonl [--seed S]
        Korean and English news articles built from the lexicon's entities, with relation
        cue sentences in both languages and power-law popularity of companies. A .jsonl
        path gets JSON Lines news records ({"id","url","title","date","publisher","lang",
        "text"}); any other path is a directory of .txt articles with a header block.

    generate.py statements --entities N --edges M --out FILE.jsonl|DIR [--files K]
        Statement JSON Lines (the `corpkg import` / `corpkg extract` shape) over N synthetic
        companies with a power-law degree distribution. With --files K (or an --out without
        .jsonl) the statements are split into K shard files in DIR.

    generate.py graph --entities N --edges M --db PATH
        A corpkg database written straight through SQLite, following core/store_schema.cpp
        (schema version 1, application_id 0x636B6731): M distinct edges, each with one
        statement, grouped into articles of 1,000 statements. Much faster than importing.

The same arguments and seed always give the same bytes.
"""

import argparse
import bisect
import glob
import hashlib
import itertools
import json
import os
import random
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LEXICON_DIR = os.path.join(ROOT, "importers", "lexicon", "entities")

APPLICATION_ID = 0x636B6731
SCHEMA_VERSION = 1

# Used when the lexicon folder is empty: (English name, Korean name, type).
FALLBACK_ENTITIES = [
    ("Samsung Electronics", "삼성전자", "company"), ("SK Hynix", "SK하이닉스", "company"),
    ("LG Electronics", "LG전자", "company"), ("Hyundai Motor", "현대자동차", "company"),
    ("Kia", "기아", "company"), ("Naver", "네이버", "company"), ("Kakao", "카카오", "company"),
    ("LG Energy Solution", "LG에너지솔루션", "company"), ("Samsung SDI", "삼성SDI", "company"),
    ("SK On", "SK온", "company"), ("POSCO Holdings", "포스코홀딩스", "company"),
    ("Hanwha Ocean", "한화오션", "company"), ("Celltrion", "셀트리온", "company"),
    ("Samsung Biologics", "삼성바이오로직스", "company"), ("LG Chem", "LG화학", "company"),
    ("Lotte Chemical", "롯데케미칼", "company"), ("KT", "KT", "company"),
    ("SK Telecom", "SK텔레콤", "company"), ("Coupang", "쿠팡", "company"),
    ("HD Hyundai", "HD현대", "company"), ("Doosan Enerbility", "두산에너빌리티", "company"),
    ("Hanwha Aerospace", "한화에어로스페이스", "company"), ("CJ CheilJedang", "CJ제일제당", "company"),
    ("Amorepacific", "아모레퍼시픽", "company"), ("Krafton", "크래프톤", "company"),
    ("Nvidia", "엔비디아", "company"), ("Apple", "애플", "company"),
    ("Meta Platforms", "메타", "company"), ("Microsoft", "마이크로소프트", "company"),
    ("Google", "구글", "company"), ("Amazon", "아마존", "company"), ("Intel", "인텔", "company"),
    ("TSMC", "TSMC", "company"), ("Qualcomm", "퀄컴", "company"), ("AMD", "AMD", "company"),
    ("Micron", "마이크론", "company"), ("OpenAI", "오픈AI", "company"),
    ("Tesla", "테슬라", "company"), ("General Motors", "제너럴모터스", "company"),
    ("Ford", "포드", "company"), ("Pfizer", "화이자", "company"), ("Sony", "소니", "company"),
    ("Panasonic", "파나소닉", "company"), ("Broadcom", "브로드컴", "company"),
    ("ASML", "ASML", "company"), ("Arm", "Arm", "company"), ("IBM", "IBM", "company"),
    ("Oracle", "오라클", "company"), ("Toyota", "도요타", "company"),
    ("Foxconn", "폭스콘", "company"),
]

TOPICS_EN = ["AI", "semiconductor", "battery", "foundry", "XR", "cloud", "EV", "biotech",
             "display", "robotics"]
TOPICS_KO = ["AI", "반도체", "배터리", "파운드리", "XR", "클라우드", "전기차", "바이오",
             "디스플레이", "로봇"]
PUBLISHERS_KO = ["한빛경제", "누리일보", "바른산업신문", "새벽비즈"]
PUBLISHERS_EN = ["Harbor Business Wire", "Meridian Tech Daily", "Northgate Markets"]


# ---------------------------------------------------------------------------------------
# Entities


def load_lexicon_entities():
    """Companies from importers/lexicon/entities/*.json as (en, ko, type), else the fallback."""
    out = []
    for path in sorted(glob.glob(os.path.join(LEXICON_DIR, "*.json"))):
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            continue
        for e in data.get("entities", []) if isinstance(data, dict) else []:
            if not isinstance(e, dict) or not isinstance(e.get("name"), str):
                continue
            if e.get("type", "company") != "company":
                continue
            aliases = e.get("aliases") if isinstance(e.get("aliases"), dict) else {}
            ko = [a for a in aliases.get("ko", []) if isinstance(a, str)]
            en = [a for a in aliases.get("en", []) if isinstance(a, str)]
            out.append((e["name"], ko[0] if ko else (en[0] if en else e["name"]), "company"))
    return out if len(out) >= 10 else list(FALLBACK_ENTITIES)


def zipf_cumulative(n, alpha):
    """Cumulative Zipf weights over ranks 0..n-1, for random.choices(cum_weights=...)."""
    return list(itertools.accumulate(1.0 / (i + 1) ** alpha for i in range(n)))


def pick(rng, cum, k):
    """k ranks drawn by the cumulative weights (bisect is faster than choices for big k)."""
    total = cum[-1]
    return [bisect.bisect_right(cum, rng.random() * total) for _ in range(k)]


EN_SYLLABLES = ["ar", "bel", "cor", "dan", "ex", "fen", "gal", "hol", "ion", "jun", "kel",
                "lum", "mir", "nov", "or", "pax", "quin", "ros", "sol", "tek", "ul", "ver",
                "wes", "xan", "yor", "zen"]
EN_SUFFIXES = ["Systems", "Micro", "Energy", "Motors", "Bio", "Telecom", "Chemical",
               "Robotics", "Labs", "Networks"]
KO_SYLLABLES = ["한", "결", "누", "리", "새", "빛", "다", "온", "가", "람", "별", "솔", "미",
                "래", "하", "늘", "바", "름", "이", "음"]
KO_SUFFIXES = ["전자", "화학", "모빌리티", "바이오", "에너지", "반도체", "텔레콤", "중공업"]


def synthetic_names(n, rng):
    """n distinct company names, about a third Korean; the index keeps them unique."""
    names = []
    for i in range(n):
        if i % 3 == 2:
            stem = "".join(rng.choice(KO_SYLLABLES) for _ in range(2))
            names.append(f"{stem}{rng.choice(KO_SUFFIXES)} {i}")
        else:
            stem = "".join(rng.choice(EN_SYLLABLES) for _ in range(2)).capitalize()
            names.append(f"{stem} {rng.choice(EN_SUFFIXES)} {i}")
    return names


def slugify(name):
    """The same slug core::slugify gives for the ASCII and Hangul names generated here."""
    out, dash = [], False
    for ch in name:
        cp = ord(ch)
        if "A" <= ch <= "Z":
            ch, cp = ch.lower(), cp + 32
        ascii_alnum = "a" <= ch <= "z" or "0" <= ch <= "9"
        kept = (0xC0 <= cp <= 0x24F and cp not in (0xD7, 0xF7)) or \
            (0x370 <= cp <= 0x3FF and cp != 0x37E) or 0x400 <= cp <= 0x4FF or \
            0x3041 <= cp <= 0x30FF or 0x3131 <= cp <= 0x318E or 0x4E00 <= cp <= 0x9FFF or \
            0xAC00 <= cp <= 0xD7A3
        if ascii_alnum or kept:
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch)
        else:
            dash = True
    return "".join(out)


def name_key(name):
    """core::name_key: ASCII lower case, ASCII whitespace dropped."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in name if c not in " \t\n\r")


# ---------------------------------------------------------------------------------------
# Articles


def has_batchim(word):
    """True when the word ends in a Hangul syllable with a final consonant (or a digit or
    Latin letter read that way), which decides 이/가, 은/는, 과/와, 을/를."""
    last = word[-1]
    if "\uac00" <= last <= "\ud7a3":
        return (ord(last) - 0xAC00) % 28 != 0
    return last.lower() in "013678lmnr"


def josa(word, with_batchim, without):
    return word + (with_batchim if has_batchim(word) else without)


def ko_sentences(a, b, topic, amount, rng):
    """One relation cue sentence per template, Korean; a and b are Korean names."""
    ga, eun, wa, eul = (lambda w: josa(w, "이", "가")), (lambda w: josa(w, "은", "는")), \
        (lambda w: josa(w, "과", "와")), (lambda w: josa(w, "을", "를"))
    return rng.choice([
        f"{wa(a)} {ga(b)} {topic} 분야에서 전략적 제휴를 맺었다.",
        f"{eun(a)} {b}에 {topic} 부품을 공급하기로 했다고 밝혔다.",
        f"{eun(a)} {eul(b)} {amount}억 원에 인수한다고 발표했다.",
        f"{eun(a)} {b}에 {amount}억 원을 투자했다.",
        f"{eun(a)} {topic} 시장에서 {wa(b)} 치열하게 경쟁하고 있다.",
        f"{wa(a)} {eun(b)} 차세대 {topic} 플랫폼을 공동 개발한다.",
        f"업계에 따르면 {eun(a)} {b}의 {topic} 칩 위탁생산을 수주할 가능성이 크다.",
        f"{eun(a)} {b}에 대한 의존도를 낮추기 위해 공급처를 다변화할 방침이다.",
        f"{eun(a)} 특허 침해를 이유로 {eul(b)} 상대로 소송을 제기했다.",
        f"{wa(a)} {b} 경영진이 서울에서 회동했다.",
    ])


def en_sentences(a, b, topic, amount, rng):
    """One relation cue sentence per template, English."""
    return rng.choice([
        f"{a} and {b} announced a strategic partnership in {topic}.",
        f"{a} will supply {topic} components to {b} starting next year.",
        f"{a} agreed to acquire {b} for ${amount} million.",
        f"{a} invested ${amount} million in {b}, the companies said in a statement.",
        f"{a} competes with {b} in the {topic} market.",
        f"{a} and {b} plan to jointly develop a {topic} platform.",
        f"{a} is expected to manufacture {topic} chips for {b}, people familiar with the matter said.",
        f"{a} wants to reduce its reliance on {b} for {topic} parts.",
        f"{a} filed a lawsuit against {b} over {topic} patents.",
        f"Executives of {a} met with {b} in Seoul on Tuesday.",
    ])


KO_FILLER = [
    "증권가에서는 올해 {t} 수요가 꾸준히 늘어날 것으로 보고 있다.",
    "회사 측은 구체적인 계약 조건은 공개하지 않았다.",
    "{t} 공급망 재편이 빨라지면서 업계의 경쟁력 확보 노력도 이어지고 있다.",
    "이날 주가는 전 거래일보다 2.1% 올랐다.",
]
EN_FILLER = [
    "Analysts expect {t} demand to keep rising this year.",
    "The terms of the deal were not disclosed.",
    "Shares rose 2.1% in morning trading.",
    "The {t} supply chain has been under pressure since last year.",
]


def make_article(index, entities, cum, rng):
    """One article record: a few cue sentences about popular companies, and filler."""
    lang = "ko" if index % 2 == 0 else "en"
    topics = TOPICS_KO if lang == "ko" else TOPICS_EN
    sentences = []
    first = None
    for _ in range(rng.randint(4, 9)):
        i, j = pick(rng, cum, 2)
        if i == j:
            j = (j + 1) % len(entities)
        first = first or entities[i]
        a = entities[i][1] if lang == "ko" else entities[i][0]
        b = entities[j][1] if lang == "ko" else entities[j][0]
        topic = rng.choice(topics)
        amount = rng.randint(2, 900) * 10
        make = ko_sentences if lang == "ko" else en_sentences
        sentences.append(make(a, b, topic, amount, rng))
        if rng.random() < 0.5:
            filler = KO_FILLER if lang == "ko" else EN_FILLER
            sentences.append(rng.choice(filler).format(t=topic))
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    date = f"2025-{month:02d}-{day:02d}"
    name = first[1] if lang == "ko" else first[0]
    title = (f"{name}, {rng.choice(topics)} 사업 확대" if lang == "ko"
             else f"{name} expands its {rng.choice(topics)} business")
    paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
    return {
        "id": f"gen-{index:07d}",
        "url": f"https://example.com/news/{lang}/{index:07d}",
        "title": title,
        "date": date,
        "publisher": rng.choice(PUBLISHERS_KO if lang == "ko" else PUBLISHERS_EN),
        "lang": lang,
        "text": "\n\n".join(paragraphs),
    }


def cmd_corpus(args):
    rng = random.Random(args.seed)
    entities = load_lexicon_entities()
    rng.shuffle(entities)
    cum = zipf_cumulative(len(entities), 1.1)
    limit = int(args.mb * 1_000_000)
    written = 0
    count = 0
    as_jsonl = args.out.endswith(".jsonl")
    out = None
    if as_jsonl:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        out = open(args.out, "w", encoding="utf-8")
    else:
        os.makedirs(args.out, exist_ok=True)
    while written < limit:
        record = make_article(count, entities, cum, rng)
        if as_jsonl:
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        else:
            body = (f"title: {record['title']}\nurl: {record['url']}\ndate: {record['date']}\n"
                    f"publisher: {record['publisher']}\nlang: {record['lang']}\n\n"
                    f"{record['text']}\n")
            name = f"{record['lang']}-{count:07d}.txt"
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                f.write(body)
            written += len(body.encode("utf-8"))
        count += 1
    if out:
        out.close()
    print(f"generate: {count} articles, {written} bytes -> {args.out}", file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Statements and graphs

RELATIONS = ["partners_with", "supplies", "invests_in", "competes_with", "acquires",
             "co_develops_with", "manufactures_for", "depends_on", "sues", "meets_with"]
# Rough shares of each relation in news: partnerships and supply dominate.
RELATION_CUM = list(itertools.accumulate([30, 20, 12, 12, 5, 6, 5, 4, 3, 3]))
SYMMETRIC = {"partners_with", "co_develops_with", "competes_with", "meets_with"}
CERTAINTIES = ["fact", "fact", "fact", "planned", "speculative"]


def edge_stream(n, m, seed, distinct):
    """Yields m (subject, relation, object) index triples with power-law degrees; with
    `distinct`, no triple (after symmetric canonical order, by slug) repeats."""
    rng = random.Random(seed)
    names = synthetic_names(n, random.Random(seed + 1))
    slugs = [slugify(x) for x in names]
    # Shuffle which names are popular so hubs are not all the lowest indexes.
    order = list(range(n))
    rng.shuffle(order)
    cum = zipf_cumulative(n, 0.9)
    seen = set()
    produced = 0
    while produced < m:
        batch = min(65536, (m - produced) * 2 if distinct else m - produced)
        subjects = pick(rng, cum, batch)
        objects = pick(rng, cum, batch)
        for s, o in zip(subjects, objects):
            s, o = order[s], order[o]
            if s == o:
                continue
            rel = RELATIONS[bisect.bisect_right(RELATION_CUM, rng.random() * RELATION_CUM[-1])]
            if rel in SYMMETRIC and slugs[o] < slugs[s]:
                s, o = o, s
            if distinct:
                key = (s * 16 + RELATIONS.index(rel)) * n + o
                if key in seen:
                    continue
                seen.add(key)
            yield s, rel, o, rng
            produced += 1
            if produced == m:
                return
    return


def statement_record(names, s, rel, o, index, rng):
    date = f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}"
    return {
        "subject": names[s],
        "relation": rel,
        "object": names[o],
        "certainty": CERTAINTIES[index % len(CERTAINTIES)],
        "subject_type": "company",
        "object_type": "company",
        "topics": [TOPICS_EN[index % len(TOPICS_EN)]],
        "evidence": f"{names[s]} {rel.replace('_', ' ')} {names[o]} (record {index}).",
        "source": {"url": f"https://example.com/s/{index}", "date": date},
    }


def cmd_statements(args):
    names = synthetic_names(args.entities, random.Random(args.seed + 1))
    shards = args.files if args.files else (1 if args.out.endswith(".jsonl") else 10)
    if args.out.endswith(".jsonl") and shards == 1:
        paths = [args.out]
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    else:
        os.makedirs(args.out, exist_ok=True)
        paths = [os.path.join(args.out, f"shard-{k:05d}.jsonl") for k in range(shards)]
    per = -(-args.edges // shards)
    files = [open(p, "w", encoding="utf-8") for p in paths]
    for index, (s, rel, o, rng) in enumerate(edge_stream(args.entities, args.edges, args.seed,
                                                         False)):
        rec = statement_record(names, s, rel, o, index, rng)
        files[min(index // per, shards - 1)].write(json.dumps(rec, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    print(f"generate: {args.edges} statements over {args.entities} entities in "
          f"{len(paths)} file(s) -> {args.out}", file=sys.stderr)


SCHEMA = """
CREATE TABLE entities (
    key        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    parent     TEXT,
    discovered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE aliases (
    key    TEXT    NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(key) ON DELETE CASCADE,
    text   TEXT    NOT NULL,
    lang   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (key, entity, text)
) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases(entity);
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    publisher    TEXT,
    published    TEXT,
    lang         TEXT,
    imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE edges (
    id         INTEGER PRIMARY KEY,
    subject    INTEGER NOT NULL REFERENCES entities(key),
    relation   TEXT    NOT NULL,
    object     INTEGER NOT NULL REFERENCES entities(key),
    negated    INTEGER NOT NULL DEFAULT 0,
    certainty  INTEGER NOT NULL,
    weight     INTEGER NOT NULL,
    mentions   INTEGER NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    topics     TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (subject, relation, object, negated)
);
CREATE INDEX edges_object ON edges(object);
CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    edge         INTEGER NOT NULL REFERENCES edges(id),
    article      INTEGER NOT NULL REFERENCES articles(id),
    certainty    INTEGER NOT NULL,
    attribution  TEXT    NOT NULL,
    topics       TEXT    NOT NULL DEFAULT '[]',
    sentence     TEXT    NOT NULL DEFAULT '',
    start        INTEGER NOT NULL DEFAULT 0,
    end          INTEGER NOT NULL DEFAULT 0,
    url          TEXT,
    date         TEXT,
    rule         TEXT,
    rule_version TEXT
);
CREATE INDEX statements_edge ON statements(edge);
CREATE INDEX statements_article ON statements(article);
"""

CERTAINTY_CODE = {"speculative": 0, "planned": 1, "fact": 2}


def cmd_graph(args):
    if os.path.exists(args.db):
        os.remove(args.db)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    names = synthetic_names(args.entities, random.Random(args.seed + 1))
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.executescript(SCHEMA)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("BEGIN")
    db.executemany("INSERT INTO entities (key, id, name, type, discovered) VALUES (?,?,?,?,0)",
                   ((k + 1, slugify(x), x, "company") for k, x in enumerate(names)))
    db.executemany("INSERT INTO aliases (key, entity, text, lang) VALUES (?,?,?,'')",
                   ((name_key(x), k + 1, x) for k, x in enumerate(names)))
    per_article = 1000
    articles = -(-args.edges // per_article)
    db.executemany(
        "INSERT INTO articles (id, content_hash, kind, source, url) VALUES (?,?,?,?,?)",
        ((a + 1, hashlib.md5(f"gen-graph-{args.seed}-{a}".encode()).hexdigest(), "statements",
          f"generated/shard-{a:05d}.jsonl", None) for a in range(articles)))

    edge_sql = ("INSERT INTO edges (id, subject, relation, object, negated, certainty, weight, "
                "mentions, first_seen, last_seen, topics) VALUES (?,?,?,?,0,?,1,1,?,?,?)")
    statement_sql = ("INSERT INTO statements (id, edge, article, certainty, attribution, topics, "
                     "sentence, url, date, rule) VALUES (?,?,?,?,'article',?,?,?,?,'statement')")
    edges, statements = [], []
    count = 0
    for index, (s, rel, o, _) in enumerate(edge_stream(args.entities, args.edges, args.seed,
                                                        True)):
        date = f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}"
        certainty = CERTAINTY_CODE[CERTAINTIES[index % len(CERTAINTIES)]]
        topics = '["' + TOPICS_EN[index % len(TOPICS_EN)] + '"]'
        edge_id = index + 1
        edges.append((edge_id, s + 1, rel, o + 1, certainty, date, date, topics))
        statements.append((edge_id, edge_id, index // per_article + 1, certainty, topics,
                           f"{names[s]} {rel.replace('_', ' ')} {names[o]}.",
                           f"https://example.com/s/{edge_id}", date))
        count += 1
        if len(edges) == 50000:
            db.executemany(edge_sql, edges)
            db.executemany(statement_sql, statements)
            edges.clear()
            statements.clear()
    db.executemany(edge_sql, edges)
    db.executemany(statement_sql, statements)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    print(f"generate: {args.entities} entities, {count} edges -> {args.db}",
          file=sys.stderr)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=42)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("corpus", help="Korean and English news articles")
    p.add_argument("--mb", type=float, required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_corpus)
    p = sub.add_parser("statements", help="statement JSON Lines")
    p.add_argument("--entities", type=int, required=True)
    p.add_argument("--edges", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--files", type=int, default=0, help="split into this many shard files")
    p.set_defaults(func=cmd_statements)
    p = sub.add_parser("graph", help="a corpkg database written directly")
    p.add_argument("--entities", type=int, required=True)
    p.add_argument("--edges", type=int, required=True)
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_graph)
    # Accept --seed after the subcommand too.
    for action in sub.choices.values():
        action.add_argument("--seed", type=int, default=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if getattr(args, "entities", 2) < 2:
        parser.error("--entities must be at least 2")
    args.func(args)


if __name__ == "__main__":
    main()
