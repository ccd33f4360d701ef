#!/usr/bin/env python3
"""Readings (hiragana) for every place name the dataset holds, made with Sudachi.

Run by hand when the sources change (not in CI); the result, data/readings/readings.tsv,
is committed and read by the dataset builder. Needs `pip install sudachipy sudachidict-core`
(Apache-2.0; nothing else is downloaded).

Names read:
  operator, line every N02 railway operator (N02_004) and line (N02_003) name, for line
                 names in romaji
  station        every N02 station name (stations-n02-2023, N02_005), 〜丁目 removed as below
  municipality   every municipality: Geolonia's names (札幌市中央区, 北松浦郡小値賀町) and the
                 N03 boundary names the builder keeps when Geolonia lacks them
  neighbourhood  every Geolonia 町丁目 / 大字 (town + 小字), with a trailing 〜丁目 removed:
                 the builder reads the 丁目 number itself (一丁目 いっちょうめ), which Sudachi
                 reads wrongly (一 is out of its vocabulary and becomes いち)

Each reading is the Sudachi (mode C) reading form in hiragana, split into words with
spaces where the finer mode A split of a mode C word spells the same reading: the builder
uses the spaces as word boundaries for search ("Kawaramachi" finds 京都河原町) and drops
them for display. A name Sudachi does not know in whole (an out-of-vocabulary morpheme)
is marked `sudachi-oov`: its reading is a guess.

Usage: scripts/readings.py [SOURCES]   (default ../shared/data or $TASUKETE_SOURCES)
"""
import json
import os
import re
import sys
from pathlib import Path

from sudachipy import dictionary, tokenizer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TASUKETE_SOURCES", ROOT.parent / "shared" / "data"))
OUT = ROOT / "data" / "readings" / "readings.tsv"
KANJI_TABLE = ROOT / "data" / "readings" / "kanji.tsv"
# The alphabet as Japanese says it, for the few names with a Latin letter (Fビレッジ).
LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "えー びー しー でぃー いー えふ じー えいち あい じぇー けー える えむ えぬ おー ぴー きゅー あーる えす てぃー ゆー ぶい だぶりゅー えっくす わい ぜっと".split()))

# 〜丁目 with a kanji number: the builder reads it (see src/readings.rs).
# The number is 1..99 written as said (二十一), so 与一一丁目 is 与一 + 一丁目.
CHOME = re.compile(r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])丁目$")


KANJI = re.compile(r"[\u3400-\u9fff々]")


def kata_to_hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def names():
    """(kind, name) pairs, each once."""
    out = set()
    n02 = json.loads((SOURCES / "stations-n02-2023" / "N02-23_Station.geojson").read_text(encoding="utf-8"))
    for f in n02["features"]:
        for kind, key in (("operator", "N02_004"), ("line", "N02_003")):
            value = (f["properties"].get(key) or "").strip()
            if kind == "line":
                value = line_name(value)
            if value:
                out.add((kind, value))
        name = (f["properties"].get("N02_005") or "").strip()
        if CHOME.sub("", name):
            out.add(("station", CHOME.sub("", name)))
    geo = SOURCES / "addresses-geolonia-2024" / "api"
    index = json.loads((geo / "ja.json").read_text(encoding="utf-8"))
    for pref, municipalities in index.items():
        for m in municipalities:
            out.add(("municipality", m))
            for t in json.loads((geo / "ja" / pref / f"{m}.json").read_text(encoding="utf-8")):
                name = (t.get("town") or "").strip() + (t.get("koaza") or "").strip()
                base = CHOME.sub("", name)
                if base:
                    out.add(("neighbourhood", base))
    topo = json.loads((SOURCES / "boundaries" / "N03-21_210101.s0001.topojson.json").read_text(encoding="utf-8"))
    for obj in topo["objects"].values():
        for g in obj["geometries"]:
            p = g.get("properties") or {}
            # 郡 + town, or city + ward, as the builder spells it (src/build/boundaries.rs).
            parts = [p.get("N03_003") or "", p.get("N03_004") or ""]
            name = "".join(parts).strip()
            if name:
                out.add(("municipality", name))
    return sorted(out)


def small_ke(reading: str, surface: str) -> str:
    # A lone ケ/ヶ between two words of a place name is the particle が (関ヶ原 せきがはら).
    return "が" if surface in ("ケ", "ヶ", "ヵ", "ｹ") else reading


def read(tok, mode_a, name: str):
    words, oov = [], False
    # 々 repeats the kanji before it (止々呂美 = 止止呂美): where Sudachi does not know the
    # word (it then reads 々 alone as a symbol), read it with the kanji repeated. Known
    # words keep 々 (代々木 よよぎ).
    if any(m.surface() == "々" for m in tok.tokenize(name, tokenizer.Tokenizer.SplitMode.C)):
        name = re.sub(r"(.)々", r"\1\1", name)
    for m in tok.tokenize(name, tokenizer.Tokenizer.SplitMode.C):
        if m.part_of_speech()[0] == "補助記号":
            # Brackets, dots and other symbols are not said (Sudachi reads them きごう).
            continue
        oov = oov or m.is_oov()
        if m.is_oov() and KANJI.search(m.surface()):
            # Sudachi keeps an unknown word's kanji as they are: read them one by one.
            words.extend(kata_to_hira("".join(c.reading_form() for c in tok.tokenize(ch, mode_a))) for ch in m.surface())
            continue
        whole = small_ke(kata_to_hira(m.reading_form()), m.surface())
        parts = [small_ke(kata_to_hira(a.reading_form()), a.surface()) for a in m.split(mode_a)]
        words.extend(parts if "".join(parts) == whole and len(parts) > 1 else [whole])
    return " ".join(w for w in words if w), oov


def line_name(name: str) -> str:
    """The name a line is known by: 1号線(御堂筋線) is 御堂筋線, 3号線銀座線 is 銀座線
    (as src/build/place_facts.rs line_name)."""
    inner = re.search(r"\((.+)\)", name)
    if inner:
        return inner.group(1)
    return re.sub(r"^[0-9０-９]+号線(?=.)", "", name)


def kanji_table():
    """Character -> (reading, sure) for kanji Sudachi leaves unread."""
    table = {}
    for line in KANJI_TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        ch, reading, sure = line.split("\t")[:3]
        table[ch] = (reading, sure == "yes")
    return table


def finish(reading: str, table):
    """Reads what Sudachi left as it was; returns (reading, how-suffix)."""
    out, guessed, authored = [], False, False
    for ch in reading:
        if "\u3041" <= ch <= "\u309f" or ch in "ー ":
            out.append(ch)
        elif ch.lower() in LETTERS:
            out.append(LETTERS[ch.lower()])
        elif ch in table:
            out.append(table[ch][0])
            authored = True
            guessed = guessed or not table[ch][1]
        elif ch in "・･":
            out.append(" ")
        else:
            out.append(ch)
    how = "+kanji-guess" if guessed else "+kanji-table" if authored else ""
    return " ".join("".join(out).split()), how


def main():
    table = kanji_table()
    tok = dictionary.Dictionary(dict="core").create()
    mode_a = tokenizer.Tokenizer.SplitMode.A
    rows = []
    for kind, name in names():
        reading, oov = read(tok, mode_a, name)
        reading, how = finish(reading, table)
        rows.append((kind, name, reading, ("sudachi-oov" if oov else "sudachi") + how))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# kind\tname\treading (hiragana, words separated by spaces)\thow made\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    by = {}
    for kind, _, _, how in rows:
        by[(kind, how)] = by.get((kind, how), 0) + 1
    for k, v in sorted(by.items()):
        print(f"{k[0]:14} {k[1]:12} {v}", file=sys.stderr)
    print(f"wrote {len(rows)} readings to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
