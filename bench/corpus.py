"""A generated corpus of short foreign-affairs documents in English, French, Dutch and German.

Sentences are built from templates with real countries, organisations and
figures, so that every stage of diplo has work to do. The same seed gives the
same corpus.
"""
from __future__ import annotations

import random
from pathlib import Path

COUNTRIES = {
    "en": ["Belgium", "Japan", "Germany", "France", "Canada", "Brazil", "India", "Kenya", "Norway", "Poland"],
    "fr": ["la Belgique", "le Japon", "l'Allemagne", "le Canada", "le Brésil", "l'Inde", "le Kenya", "la Norvège"],
    "nl": ["België", "Japan", "Duitsland", "Frankrijk", "Canada", "Brazilië", "India", "Kenia", "Noorwegen"],
    "de": ["Belgien", "Japan", "Frankreich", "Kanada", "Brasilien", "Indien", "Kenia", "Norwegen", "Polen"],
}
TEMPLATES = {
    "en": ["Brussels, {day} March 2024", "The Minister of Foreign Affairs of {a} met her counterpart from {b} on "
           "Tuesday to discuss trade and security.", "{a} condemned the attack on civilians and called on {b} to "
           "respect international law.", "{a} will provide {n} million euros in humanitarian aid to {b}.",
           "“We stand by our partners,” the minister said after the meeting with the delegation of {b}.",
           "Both countries agreed to reduce emissions by {p}% by 2030 and signed an agreement on research.",
           "The European Union and NATO discussed the situation with {a} and {b}."],
    "fr": ["Paris, le {day} mars 2024", "Le ministre des Affaires étrangères a rencontré son homologue de {b} "
           "mardi pour évoquer la coopération.", "{A} a condamné l'attaque et appelé {b} à respecter le droit "
           "international.", "{A} versera {n} millions d'euros d'aide humanitaire.", "« Nous soutenons nos "
           "partenaires », a déclaré la ministre.", "Les deux pays se sont engagés à réduire leurs émissions de "
           "{p} % d'ici 2030."],
    "nl": ["Den Haag, {day} maart 2024", "De minister van Buitenlandse Zaken van {a} sprak dinsdag met zijn "
           "ambtgenoot uit {b} over handel en veiligheid.", "{A} veroordeelde de aanval en riep {b} op het "
           "internationaal recht te respecteren.", "{A} stelt {n} miljoen euro beschikbaar voor humanitaire hulp "
           "aan {b}.", "‘Wij staan achter onze partners’, aldus de minister.", "Beide landen willen hun uitstoot "
           "tegen 2030 met {p} procent verminderen."],
    "de": ["Berlin, {day}. März 2024", "Die Außenministerin von {a} traf am Dienstag ihren Amtskollegen aus {b} "
           "zu Gesprächen über Handel und Sicherheit.", "{A} verurteilte den Angriff und forderte {b} auf, das "
           "Völkerrecht zu achten.", "{A} stellt {n} Millionen Euro humanitäre Hilfe für {b} bereit.",
           "„Wir stehen an der Seite unserer Partner“, sagte die Ministerin.", "Beide Länder wollen ihre "
           "Emissionen bis 2030 um {p} Prozent senken."],
}


def document(code: str, rng: random.Random, paragraphs: int = 6) -> str:
    """One document: a dateline, then paragraphs of filled templates."""
    templates = TEMPLATES[code]
    lines = [templates[0].format(day=rng.randint(1, 28))]
    for _ in range(paragraphs):
        a, b = rng.sample(COUNTRIES[code], 2)
        values = dict(a=a, b=b, A=a[:1].upper() + a[1:], n=rng.randint(2, 900), p=rng.randint(10, 60))
        lines.append(" ".join(t.format(**values) for t in rng.sample(templates[1:], 3)))
    return "\n\n".join(lines)


def write_corpus(folder: Path, per_language: int, seed: int = 7) -> list[Path]:
    """Write `per_language` documents per language; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for code in TEMPLATES:
        for i in range(per_language):
            path = folder / f"{code}-{i:04d}.txt"
            path.write_text(document(code, rng), encoding="utf-8")
            paths.append(path)
    return paths
