"""The Dutch and German trigger lexicons on sentences written for these tests: one case per class of
entry (evaluations in the voice's name, condolences and thanks, money allocated, expulsions and
suspensions, embassies, deployments, ...), and cases where a generic word must not fire."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from diplo.events.lexicon import SYMMETRIC_TYPES
from diplo.knowledge import language

from test_events import asserted_triples

NL = "Den Haag, 3 maart 2024\n\n"
BE = "Brussel, 3 maart 2024\n\n"
DE = "Berlin, 3. März 2024\n\n"
NL_VOICE = "Verklaring van Nederland\n\n"  # a statement: its evaluations are the Netherlands'
DE_VOICE = "Erklärung Deutschlands\n\n"

# (text, expected triples, triples that must not be asserted)
CASES = [
    # --- Dutch ----------------------------------------------------------------------------------------
    # evaluations: the voice judges the one the words are said of
    (NL_VOICE + "Het optreden van Rusland is ontoelaatbaar.", [("ACCUSE", "NLD", "RUS")], []),
    (NL_VOICE + "De annexatie door Rusland is in strijd met het internationaal recht.", [("ACCUSE", "NLD", "RUS")], []),
    (NL_VOICE + "Met deze acties schendt Rusland het internationaal recht.", [("ACCUSE", "NLD", "RUS")], []),
    (NL_VOICE + "Rusland vormt een ernstige bedreiging voor de vrede in Europa.", [("ACCUSE", "NLD", "RUS")],
     [("THREATEN", "RUS", "NLD")]),
    (NL_VOICE + "Het Iraanse raketprogramma is een bedreiging voor de regio.", [("ACCUSE", "NLD", "IRN")], []),
    (NL_VOICE + "Dit optreden van Rusland is niet aanvaardbaar.", [("ACCUSE", "NLD", "RUS")], []),
    (NL_VOICE + "Iran is zijn verplichtingen niet nagekomen.", [("ACCUSE", "NLD", "IRN")], []),
    (NL_VOICE + "De lancering door Noord-Korea is een provocatie.", [("ACCUSE", "NLD", "PRK")], []),
    (NL_VOICE + "Het Israëlische optreden in Gaza is disproportioneel.", [("ACCUSE", "NLD", "ISR")], []),
    # meetings over a meal, an exchange of views, a Belgian 'onderhoud', a guest
    (NL + "Minister Bruins had een werklunch met zijn Poolse ambtgenoot.", [("CONSULT", "NLD", "POL")], []),
    (NL + "Nederland en Duitsland wisselden van gedachten over de situatie in Soedan.", [("CONSULT", "NLD", "DEU")], []),
    (BE + "De minister had een onderhoud met de Marokkaanse minister van Buitenlandse Zaken.",
     [("CONSULT", "BEL", "MAR")], []),
    (NL + "De minister-president was dinsdag te gast in Kopenhagen.", [("CONSULT", "NLD", "DNK")], []),
    # agreements
    (NL + "Armenië en Azerbeidzjan hebben overeenstemming bereikt over de grens.", [("AGREE", "ARM", "AZE")], []),
    (NL + "Nederland en Indonesië ondertekenden een memorandum over maritieme samenwerking.",
     [("AGREE", "NLD", "IDN")], []),
    (NL + "Frankrijk en Duitsland zijn het eens geworden over de hervorming.", [("AGREE", "FRA", "DEU")], []),
    # condolences, sympathy, thanks, praise
    (NL + "Nederland betuigt zijn deelneming aan Turkije na de aardbeving.", [("SUPPORT", "NLD", "TUR")], []),
    (NL + "De minister condoleerde Marokko met het verlies van zoveel levens.", [("SUPPORT", "NLD", "MAR")], []),
    (NL + "Nederland leeft mee met Japan na de tsunami.", [("SUPPORT", "NLD", "JPN")], []),
    (NL + "Nederland spreekt zijn dankbaarheid uit aan Qatar voor de bemiddeling.", [("SUPPORT", "NLD", "QAT")], []),
    (NL + "Servië betuigde zijn spijt tegenover Kroatië.", [("CONCEDE", "SRB", "HRV")], [("SUPPORT", "SRB", "HRV")]),
    # diplomatic ties, embassies, joint exercises
    (NL + "Nederland en Saoedi-Arabië knoopten diplomatieke betrekkingen aan.", [("COOPERATE", "NLD", "SAU")], []),
    (NL + "Nederland opent een nieuwe ambassade in Jerevan.", [("COOPERATE", "NLD", "ARM")], []),
    (NL + "Nederland hield een gezamenlijke militaire oefening met Luxemburg.",
     [("COOPERATE", "NLD", "LUX")], [("MOBILIZE", "NLD", "LUX")]),
    # money allocated is aid; the same verbs with no money or aid in sight are not
    (NL + "Nederland wijst 20 miljoen euro toe aan Oekraïne voor de wederopbouw.", [("AID", "NLD", "UKR")], []),
    (NL + "Het kabinet heeft 5 miljoen euro beschikbaar gesteld voor Jemen.", [("AID", "NLD", "YEM")], []),
    (NL + "Nederland stelt een onderzoek beschikbaar voor Jemen.", [], [("AID", "NLD", "YEM")]),
    (NL + "België verleent humanitaire steun aan Soedan.", [("AID", "BEL", "SDN")], [("SUPPORT", "BEL", "SDN")]),
    # access granted, weapons laid down; a wreath laid down is no retreat
    (NL + "Israël verleent de VN toegang tot Gaza.", [("RETREAT", "ISR", "UN")], []),
    (NL + "De koning legde een krans neer bij het monument in Polen.", [], [("RETREAT", "NLD", "POL")]),
    # requests
    (NL + "Nederland moedigt Servië aan de dialoog met Kosovo te hervatten.", [("REQUEST", "NLD", "SRB")], []),
    (NL + "Nederland oefent druk uit op Rusland om de gevangenen vrij te laten.", [("REQUEST", "NLD", "RUS")], []),
    (NL + "Nederland doet een beroep op China om de mensenrechten te respecteren.", [("REQUEST", "NLD", "CHN")], []),
    # accusations and rejections
    (NL + "Nederland stelt het optreden van Iran aan de kaak.", [("ACCUSE", "NLD", "IRN")], []),
    (NL + "Nederland houdt Rusland verantwoordelijk voor het neerhalen van vlucht MH17.", [("ACCUSE", "NLD", "RUS")],
     []),
    (NL + "Nederland is teleurgesteld over het besluit van Hongarije.", [("ACCUSE", "NLD", "HUN")], []),
    (NL + "Nederland wijst de beschuldigingen van Rusland van de hand.", [("REJECT", "NLD", "RUS")],
     [("AID", "NLD", "RUS")]),
    # expulsions, suspensions, embassies closed
    (NL + "Nederland heeft twee Russische diplomaten tot persona non grata verklaard.", [("SANCTION", "NLD", "RUS")],
     []),
    (NL + "De Raad van Europa schorste Rusland als lid.", [("SANCTION", "COE", "RUS")], []),
    (NL + "Nederland sluit zijn ambassade in Soedan.", [("SANCTION", "NLD", "SDN")], []),
    # deployments: troops sent are not aid
    (NL + "Nederland stuurt troepen naar Litouwen.", [("MOBILIZE", "NLD", "LTU")], [("AID", "NLD", "LTU")]),
    # coercion and force
    (NL + "Polen sluit de grens met Belarus.", [("COERCE", "POL", "BLR")], []),
    (NL + "Rusland heeft de stad Avdiivka veroverd.", [("COERCE", "RUS", "UKR")], []),
    (NL + "Iran heeft drones afgevuurd op Israël.", [("ASSAULT", "IRN", "ISR")], []),
    (NL + "Rusland bestookte Charkiv opnieuw met raketten.", [("ASSAULT", "RUS", "UKR")], []),
    (NL + "De vijandelijkheden tussen Armenië en Azerbeidzjan duren voort.", [("ASSAULT", "ARM", "AZE")], []),
    # --- German ---------------------------------------------------------------------------------------
    (DE_VOICE + "Das Vorgehen Russlands ist nicht hinnehmbar.", [("ACCUSE", "DEU", "RUS")], []),
    (DE_VOICE + "Die Annexion durch Russland ist völkerrechtswidrig.", [("ACCUSE", "DEU", "RUS")], []),
    (DE_VOICE + "Russland verstößt damit gegen das Völkerrecht.", [("ACCUSE", "DEU", "RUS")], []),
    (DE_VOICE + "Russland verletzt die Souveränität der Ukraine.", [("ACCUSE", "DEU", "RUS")], []),
    (DE_VOICE + "Russland stellt eine Bedrohung für den Frieden in Europa dar.", [("ACCUSE", "DEU", "RUS")], []),
    (DE_VOICE + "Das iranische Atomprogramm ist eine Gefahr für die Region.", [("ACCUSE", "DEU", "IRN")], []),
    (DE_VOICE + "Venezuela hat die internationalen Mindeststandards nicht erfüllt.", [("ACCUSE", "DEU", "VEN")], []),
    (DE_VOICE + "Der Raketenstart Nordkoreas ist eine Provokation.", [("ACCUSE", "DEU", "PRK")], []),
    (DE + "Die Außenministerin traf ihren polnischen Amtskollegen zu einem Arbeitsessen.",
     [("CONSULT", "DEU", "POL")], []),
    (DE + "Der Bundeskanzler war am Dienstag zu Gast in Kopenhagen.", [("CONSULT", "DEU", "DNK")], []),
    (DE + "Die Außenministerin führte eine Unterredung mit dem japanischen Außenminister.",
     [("CONSULT", "DEU", "JPN")], []),
    (DE + "Armenien und Aserbaidschan haben sich auf eine Waffenruhe verständigt.", [("AGREE", "ARM", "AZE")], []),
    (DE + "Deutschland und Indien unterzeichneten ein Memorandum über Migration.", [("AGREE", "DEU", "IND")], []),
    (DE + "Deutschland hat der Ukraine Sicherheitsgarantien zugesichert.", [("AGREE", "DEU", "UKR")], []),
    # condolences expressed to someone named before the noun, not a talk
    (DE + "Der Bundespräsident sprach Marokko sein Mitgefühl aus.", [("SUPPORT", "DEU", "MAR")],
     [("CONSULT", "DEU", "MAR")]),
    (DE + "Die Bundesregierung drückte der Türkei ihr tiefes Beileid aus.", [("SUPPORT", "DEU", "TUR")], []),
    (DE + "Deutschland und Saudi-Arabien haben diplomatische Beziehungen aufgenommen.",
     [("COOPERATE", "DEU", "SAU")], []),
    (DE + "Deutschland eröffnet eine Botschaft in Jerewan.", [("COOPERATE", "DEU", "ARM")], []),
    (DE + "Deutschland beteiligt sich an der NATO-Mission in Litauen.", [("COOPERATE", "DEU", "NATO")], []),
    (DE + "Deutschland führt eine gemeinsame Übung mit Polen durch.", [("COOPERATE", "DEU", "POL")],
     []),
    (DE + "Deutschland leistet Rechtshilfe für die Niederlande.", [("COOPERATE", "DEU", "NLD")],
     [("AID", "DEU", "NLD")]),
    # money topped up is aid; troops topped up are not
    (DE + "Deutschland stockt die humanitäre Hilfe für den Sudan um 20 Millionen Euro auf.", [("AID", "DEU", "SDN")],
     []),
    (DE + "Deutschland stockt seine Truppen in Litauen auf.", [], [("AID", "DEU", "LTU")]),
    (DE + "Deutschland leistet humanitäre Unterstützung für den Sudan.", [("AID", "DEU", "SDN")],
     [("SUPPORT", "DEU", "SDN")]),
    (DE + "Deutschland hat 300 Deutsche aus dem Sudan ausgeflogen.", [("RETREAT", "DEU", "SDN")], []),
    (DE + "Israel gewährt den Vereinten Nationen Zugang zu Gaza.", [("RETREAT", "ISR", "UN")], []),
    (DE + "Der Bundespräsident legte in Polen einen Kranz nieder.", [], [("RETREAT", "DEU", "POL")]),
    (DE + "Deutschland ermutigt Serbien, den Dialog mit Kosovo fortzusetzen.", [("REQUEST", "DEU", "SRB")], []),
    (DE + "Deutschland übt Druck auf Russland aus.", [("REQUEST", "DEU", "RUS")], []),
    (DE + "Deutschland macht Russland für den Abschuss verantwortlich.", [("ACCUSE", "DEU", "RUS")], []),
    (DE + "Deutschland ist enttäuscht über Ungarn.", [("ACCUSE", "DEU", "HUN")], []),
    (DE + "Deutschland weist die Vorwürfe Russlands ab.", [("REJECT", "DEU", "RUS")], []),
    (DE + "Deutschland erklärte zwei russische Diplomaten zur Persona non grata.", [("SANCTION", "DEU", "RUS")], []),
    (DE + "Deutschland schließt seine Botschaft im Sudan.", [("SANCTION", "DEU", "SDN")], []),
    (DE + "Die USA verhängen Zölle auf chinesische Elektroautos.", [("SANCTION", "USA", "CHN")], []),
    # 'kündigte … an' announces; it terminates nothing
    (DE + "Deutschland kündigte neue Gespräche mit Polen an.", [], [("SANCTION", "DEU", "POL")]),
    (DE + "Deutschland entsendet Soldaten nach Litauen.", [("MOBILIZE", "DEU", "LTU")], [("AID", "DEU", "LTU")]),
    (DE + "Israel hat die Grenze zu Gaza abgeriegelt.", [("COERCE", "ISR", "PSE")], []),
    (DE + "Iran hat zwei Deutsche festgesetzt.", [("COERCE", "IRN", "DEU")], []),
    (DE + "Russland hat die Stadt Charkiw erneut attackiert.", [("ASSAULT", "RUS", "UKR")], []),
    (DE + "Die Ukraine kämpft gegen Russland.", [("ASSAULT", "UKR", "RUS")], []),
    (DE + "Die Feindseligkeiten zwischen Armenien und Aserbaidschan dauern an.", [("ASSAULT", "ARM", "AZE")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[f"{i}-{c[0].split(chr(10))[-1][:40]}"
                                                              for i, c in enumerate(CASES)])
def test_lexicon_entry(text, expected, absent):
    triples = asserted_triples(text)
    triples |= {(t, target, source) for t, source, target in triples if t in SYMMETRIC_TYPES}
    for triple in expected:
        assert triple in triples, f"{triple} not in {sorted(triples)}"
    for triple in absent:
        assert triple not in triples, f"{triple} asserted, in {sorted(triples)}"


@pytest.mark.parametrize("code", ["nl", "de"])
def test_trigger_rows_use_plover_types_modes_and_contexts(code):
    ontology = json.loads((resources.files("diplo") / "data" / "plover.json").read_text(encoding="utf-8"))
    contexts = set(ontology["contexts"]) | set(ontology.get("diplo_extensions", []))
    for row in language(code).table("triggers"):
        if row["type"] == "NONE":  # an expression that holds a trigger word but is no event
            continue
        kind = ontology["types"].get(row["type"])
        assert kind, row
        assert row["pos"] in ("VERB", "NOUN", "ADJ"), row
        assert not row.get("mode") or row["mode"] in kind["modes"], row
        assert not row.get("context") or row["context"] in contexts, row
