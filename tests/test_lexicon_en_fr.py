"""The English and French trigger lexicons on sentences written for these tests: one case per class of entry
(evaluations judged by the voice, expulsions, condolences and thanks, money allocated, participation in
operations, training forces, embassies, requests, threats, strikes, ...), and, for generic words, a case where
they must not fire."""
from __future__ import annotations

import pytest

from diplo.events.lexicon import SYMMETRIC_TYPES

from test_events import asserted_triples

UK = "Statement by the Foreign Office of the United Kingdom\n\nLondon, 3 March 2024\n\n"
FR = "Déclaration du ministère français des Affaires étrangères\n\nParis, le 3 mars 2024\n\n"
LONDON = "London, 3 March 2024\n\n"
PARIS = "Paris, le 3 mars 2024\n\n"

# (id, text, expected triples, triples that must not be asserted)
CASES = [
    # --- English: evaluations, in the name of whoever speaks -------------------------------------------
    ("en-illegal", UK + "Russia's detention of the two journalists is illegal and unjustifiable.",
     [("ACCUSE", "GBR", "RUS")], []),
    ("en-crossed-line", UK + "Iran crossed a red line.", [("ACCUSE", "GBR", "IRN")], []),
    ("en-threat-to-peace", UK + "The actions of Russia are a threat to international peace and security.",
     [("ACCUSE", "GBR", "RUS")], [("THREATEN", "RUS", "GBR")]),
    ("en-baseless", UK + "China's claims about the incident are baseless.", [("REJECT", "GBR", "CHN")], []),
    ("en-undermine", UK + "Russia continues to undermine the sovereignty of Georgia.", [("ACCUSE", "GBR", "RUS")],
     [("ACCUSE", "GBR", "GEO")]),
    ("en-evaluation-judges-no-object", UK + "These transfers violate several resolutions of the Security Council.",
     [], [("ACCUSE", "GBR", "UN")]),
    # --- English: reductions of relations ----------------------------------------------------------------
    ("en-persona-non-grata", LONDON + "Australia declared two Iranian diplomats persona non grata.",
     [("SANCTION", "AUS", "IRN")], []),
    ("en-exclude-from", LONDON + "The G8 excluded Russia from its summits in 2014.", [("SANCTION", "G8", "RUS")], []),
    ("en-excluding-is-no-expulsion", LONDON + "All EU members, excluding Hungary, backed the sanctions against Russia.",
     [("SANCTION", "EU", "RUS")], [("SANCTION", "EU", "HUN")]),
    ("en-close-embassy", LONDON + "Canada closed its embassy in Iran in 2012.", [("SANCTION", "CAN", "IRN")], []),
    ("en-export-ban", LONDON + "China announced an export ban on gallium to the United States.",
     [("SANCTION", "CHN", "USA")], [("COOPERATE", "CHN", "USA")]),
    # --- English: support, thanks, sympathy ---------------------------------------------------------------
    ("en-thanks", LONDON + "The Prime Minister of Canada conveyed his thanks to Japan for its help.",
     [("SUPPORT", "CAN", "JPN")], []),
    ("en-sympathize", LONDON + "Germany sympathizes with the people of Turkey after the earthquake.",
     [("SUPPORT", "DEU", "TUR")], []),
    ("en-offer-condolences", LONDON + "The Prime Minister of Canada offered his condolences to the people of Turkey.",
     [("SUPPORT", "CAN", "TUR")], [("AGREE", "CAN", "TUR")]),
    ("en-condolences-on", UK + "The Secretary expressed his condolences on the passing of former Japanese Prime "
     "Minister Shinzo Abe.", [("SUPPORT", "GBR", "JPN")], []),
    ("en-commitment", LONDON + "The Foreign Secretary reaffirmed the United Kingdom's unwavering commitment to "
     "Ukraine.", [("SUPPORT", "GBR", "UKR")], []),
    ("en-back", LONDON + "The United States backed Ukraine's bid to join NATO.", [("SUPPORT", "USA", "UKR")], []),
    # --- English: aid -------------------------------------------------------------------------------------
    ("en-debt-relief", LONDON + "France granted debt relief to Ghana.", [("AID", "FRA", "GHA")], []),
    ("en-transfer-money", LONDON + "Norway transferred 50 million dollars to Ukraine.", [("AID", "NOR", "UKR")], []),
    ("en-transfer-power-is-no-aid", LONDON + "Kazakhstan transferred power to the new government of Mali.",
     [], [("AID", "KAZ", "MLI")]),
    # --- English: cooperation -----------------------------------------------------------------------------
    ("en-take-part-mission", LONDON + "Ireland takes part in the UN peacekeeping mission in Lebanon.",
     [("COOPERATE", "IRL", "UN")], [("CONSULT", "IRL", "UN")]),
    ("en-take-part-conference", LONDON + "Ireland took part in the UN conference in Geneva.",
     [("CONSULT", "IRL", "UN")], [("COOPERATE", "IRL", "UN")]),
    ("en-train-soldiers", LONDON + "The United Kingdom has trained 30,000 Ukrainian soldiers since 2022.",
     [("COOPERATE", "GBR", "UKR")], []),
    ("en-train-hackers", LONDON + "North Korea has trained hackers, South Korea said.", [],
     [("COOPERATE", "PRK", "KOR")]),
    ("en-open-embassy", LONDON + "Japan opened an embassy in Rwanda.", [("COOPERATE", "JPN", "RWA")], []),
    ("en-exchange-ambassadors", LONDON + "Spain and Israel exchanged ambassadors in 1986.",
     [("COOPERATE", "ESP", "ISR")], []),
    # --- English: consultations, requests, threats, protests ----------------------------------------------
    ("en-call-with", LONDON + "The Foreign Secretary of the United Kingdom held a call with Catherine Colonna, the "
     "French Foreign Minister.", [("CONSULT", "GBR", "FRA")], []),
    ("en-engage-counterparts", UK + "The Minister engaged her counterparts from Japan and Korea.",
     [("CONSULT", "GBR", "JPN"), ("CONSULT", "GBR", "KOR")], []),
    ("en-engaged-in", LONDON + "Iran engaged in attacks on shipping in the Red Sea, NATO said.", [],
     [("CONSULT", "IRN", "NATO")]),
    ("en-press", LONDON + "The United States pressed China to release the detained activists.",
     [("REQUEST", "USA", "CHN")], []),
    ("en-press-conference", LONDON + "At a press conference in Moscow, Russia's foreign minister criticised Poland.",
     [("ACCUSE", "RUS", "POL")], [("REQUEST", "RUS", "POL")]),
    ("en-face-consequences", UK + "The Foreign Secretary said Russia would face severe consequences.",
     [("THREATEN", "GBR", "RUS")], []),
    ("en-lodge-protest", LONDON + "Japan lodged a formal protest with China.", [("ACCUSE", "JPN", "CHN")],
     [("PROTEST", "JPN", "CHN")]),
    # --- English: force ------------------------------------------------------------------------------------
    ("en-strikes", LONDON + "Russian strikes on Kyiv continued overnight.", [("ASSAULT", "RUS", "UKR")], []),
    ("en-strike-a-deal", LONDON + "Iran and the United States struck a deal on prisoners.",
     [("AGREE", "IRN", "USA")], [("ASSAULT", "IRN", "USA")]),

    # --- French: evaluations -----------------------------------------------------------------------------
    ("fr-inadmissibles", FR + "Les frappes de la Russie contre des civils sont inadmissibles.",
     [("ACCUSE", "FRA", "RUS")], []),
    ("fr-injustifiees", FR + "Ces sanctions de l'Union européenne sont injustifiées.", [("ACCUSE", "FRA", "EU")], []),
    ("fr-ligne-rouge", FR + "La Russie a franchi une ligne rouge.", [("ACCUSE", "FRA", "RUS")], []),
    ("fr-menace-paix", FR + "Les actions de la Russie constituent une menace pour la paix et la sécurité "
     "internationales.", [("ACCUSE", "FRA", "RUS")], []),
    ("fr-infondees", FR + "Pour la France, les accusations portées par la Chine sont infondées.",
     [("REJECT", "FRA", "CHN")], []),
    # --- French: reductions of relations -------------------------------------------------------------------
    ("fr-persona-non-grata", PARIS + "Le Maroc a déclaré persona non grata deux diplomates algériens.",
     [("SANCTION", "MAR", "DZA")], []),
    ("fr-fermer-ambassade", PARIS + "La France a fermé son ambassade au Niger.", [("SANCTION", "FRA", "NER")], []),
    # --- French: support, aid, cooperation -------------------------------------------------------------------
    ("fr-solidarite-a", PARIS + "La France exprime sa solidarité au peuple turc.", [("SUPPORT", "FRA", "TUR")], []),
    ("fr-attachement-de", PARIS + "Le Président a rappelé l'attachement de la France à la souveraineté de l'Irak.",
     [("SUPPORT", "FRA", "IRQ")], []),
    ("fr-decaisser", PARIS + "L'Union européenne a décaissé 50 millions d'euros en faveur du Niger.",
     [("AID", "EU", "NER")], []),
    ("fr-mobiliser-fonds", PARIS + "La France a mobilisé 10 millions d'euros pour le Liban.", [("AID", "FRA", "LBN")],
     []),
    ("fr-mobiliser-troupes", PARIS + "La Russie a mobilisé des troupes à la frontière ukrainienne.",
     [("MOBILIZE", "RUS", "UKR")], [("AID", "RUS", "UKR")]),
    ("fr-participer-mission", PARIS + "La Belgique a participé à la mission de l'ONU au Mali.",
     [("COOPERATE", "BEL", "UN")], [("CONSULT", "BEL", "UN")]),
    ("fr-participer-reunion", PARIS + "Les ministres de l'Union européenne ont participé à la réunion de l'OTAN.",
     [("CONSULT", "EU", "NATO")], [("COOPERATE", "EU", "NATO")]),
    ("fr-former-soldats", PARIS + "L'Union européenne va former 15 000 soldats ukrainiens.",
     [("COOPERATE", "EU", "UKR")], []),
    ("fr-ouvrir-ambassade", PARIS + "La France a ouvert une ambassade en Mongolie.", [("COOPERATE", "FRA", "MNG")],
     []),
    # --- French: consultations, requests, threats, force ---------------------------------------------------
    ("fr-aborder", FR + "Les ministres ont abordé la situation avec leur homologue ukrainien Dmytro Kuleba.",
     [("CONSULT", "FRA", "UKR")], []),
    ("fr-mettre-en-demeure", PARIS + "La Commission européenne a mis en demeure la Hongrie de respecter le droit de "
     "l'Union.", [("REQUEST", "EU", "HUN")], []),
    ("fr-attentat", PARIS + "Le Hamas a revendiqué l'attentat contre l'ambassade d'Israël.",
     [("ASSAULT", "HAMAS", "ISR")], []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lexicon(case):
    _, text, expected, absent = case
    triples = asserted_triples(text)
    triples |= {(t, target, source) for t, source, target in triples if t in SYMMETRIC_TYPES}
    for triple in expected:
        assert triple in triples, f"{triple} not in {sorted(triples)}"
    for triple in absent:
        assert triple not in triples, f"{triple} asserted, in {sorted(triples)}"
