#!/usr/bin/env python3
"""Makes static/universities-2026-01.txt, the data file of the widget's "is my university on
the list?" search, from ../shared/data/top-universities-2026-01.tsv (the Immigration Services
Agency's list for the ⑰ addition, as of January 2026, 390 universities).

The widget fetches it only when the search box is first used (inline in the offline file).
Format, one record per line, tab-separated (no JSON parser needed in the wasm):
  #as_of<TAB>2026-01
  #note_ja<TAB>the list's own footnote
  #fold<TAB>華华華…   pairs: a variant, then the character of the list it stands for
  u<TAB>English name<TAB>Japanese name<TAB>country (en)<TAB>country (ja)[<TAB>alias…]

The fold lets a reader type Simplified or Traditional Chinese for the Japanese characters of
the list (清华 → 清華, 東京 from 东京, 國立臺灣 → 国立台湾). It is made with OpenCC's
dictionaries (TSCharacters, JPVariants) for exactly the characters the list uses:
  pip download opencc-python-reimplemented --no-deps -d /tmp/occ && unzip it to /tmp/occ/x
The aliases are the Chinese names of the universities whose Japanese name is in katakana.
Run once when the list changes; the output is committed.
"""
import csv
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "top-universities-2026-01.tsv"
OUT = ROOT / "static" / "universities-2026-01.txt"
DICTIONARIES = pathlib.Path("/tmp/occ/x/opencc/dictionary")
NOTE_JA = "令和８年１月時点のランキングに基づき作成されているため、申請の際は、必ず最新の３つの世界大学ランキングも合わせて御確認ください。"
ALIASES = {
    "Harbin Institute of Technology": ["哈尔滨工业大学", "哈爾濱工業大學"],
    "University of Macau": ["澳门大学", "澳門大學"],
}


def pairs(name):
    table = {}
    for line in (DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1:
            table[key] = [v for v in values.split() if len(v) == 1]
    return table


def main():
    rows = list(csv.DictReader(SOURCE.open(encoding="utf-8"), delimiter="\t"))
    to_simplified = pairs("TSCharacters.txt")  # traditional → simplified
    to_japanese = pairs("JPVariants.txt")  # traditional → Japanese shinjitai
    from_japanese = {}
    for traditional, forms in to_japanese.items():
        for form in forms:
            from_japanese.setdefault(form, set()).add(traditional)
    used = sorted({ch for r in rows for ch in r["name_ja"] if "\u4e00" <= ch <= "\u9fff"})
    fold = {}
    for ch in used:
        traditional = {ch} | from_japanese.get(ch, set())
        variants = set(traditional)
        for t in traditional:
            variants.update(to_simplified.get(t, []))
        for v in sorted(variants - {ch}):
            fold.setdefault(v, ch)
    lines = [f"#as_of\t2026-01", f"#note_ja\t{NOTE_JA}", "#fold\t" + "".join(v + c for v, c in sorted(fold.items()))]
    for r in rows:
        fields = [r["name_en"], r["name_ja"], r["country_en"], r["country_ja"], *ALIASES.get(r["name_en"], [])]
        if any("\t" in f or "\n" in f for f in fields):
            raise SystemExit(f"a tab or line break in {fields}")
        lines.append("u\t" + "\t".join(fields))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} universities, {len(fold)} folded characters")


if __name__ == "__main__":
    main()
