"""Actors in texts written for these tests: countries by name, adjective, demonym, capital and
combining form; organisations and acronyms; persons with titles, affiliations and later mentions."""
from __future__ import annotations

import pytest

from diplo import nlp
from diplo.actors.phrases import PhraseTable, Spelling
from diplo.api import extract_text
from diplo.knowledge import language


def actors(text: str) -> tuple[set[str], dict[str, str | None]]:
    record = extract_text(text)
    codes = {a.id.split(".")[0] for a in record.actors if a.kind in ("country", "organization")}
    persons = {a.name: a.affiliation.split(".")[0] if a.affiliation else None
               for a in record.actors if a.kind == "person"}
    return codes, persons


@pytest.mark.parametrize("lang,text,codes", [
    ("en", "Belgian businesses export to Japan; Sino-Japanese ties and the Kremlin's view were discussed in "
           "Washington. Latin America and the Western Balkans were also on the agenda.",
     {"BEL", "JPN", "CHN", "RUS", "USA"}),
    ("fr", "Les relations nippo-européennes et franco-allemandes ont été évoquées à l'Élysée ; les Belges et "
           "les Chinois ont salué le rôle de l'OTAN et de l'ONU.", {"JPN", "EU", "FRA", "DEU", "BEL", "CHN",
                                                                   "NATO", "UN"}),
    ("nl", "De Belgische en Nederlandse ministers bespraken in Den Haag met de VN en de NAVO de situatie in "
           "Oekraïne en de relaties met het VK.", {"BEL", "NLD", "UN", "NATO", "UKR", "GBR"}),
    ("de", "Der Bundesaussenminister sprach mit der OSZE und der EU über den russischen Angriffskrieg; "
           "Deutschlands Haltung und die Lage der Schweizer wurden in Brüssel erörtert.",
     {"RUS", "DEU", "OSCE", "EU", "CHE", "BEL"}),
    # CLDR's "Myanmar (Birmanie)": each name alone
    ("fr", "La Gambie a déposé plainte contre le Myanmar ; la Birmanie conteste la compétence de la Cour.",
     {"GMB", "MMR"}),
])
def test_countries_and_organisations(lang, text, codes):
    found, _ = actors(text)
    assert found == codes


def test_city_in_a_treaty_name_is_not_an_actor():
    found, _ = actors("The Paris Agreement and the Rome Statute were discussed by Kenya and Ghana.")
    assert found == {"KEN", "GHA"}


@pytest.mark.parametrize("text,expected", [
    ("Chinese Foreign Minister Qin Gang spoke with Minister of Foreign Affairs Hadja Lahbib. Gang said China "
     "stands ready to cooperate with Belgium.", {"Qin Gang": "CHN", "Hadja Lahbib": "BEL"}),
    ("Le ministre IWAYA Takashi a rencontré la Haute-représentante Kaja KALLAS. Le ministre IWAYA a salué "
     "le rôle de l'Union européenne.", {"Iwaya Takashi": "JPN", "Kaja Kallas": "EU"}),
    ("Dat kondigde minister Hoekstra van Buitenlandse Zaken aan na een gesprek met zijn Belgische "
     "ambtgenoot.", {"Hoekstra": "NLD"}),
    ("Außenministerin Annalena Baerbock traf in Paris ihren französischen Amtskollegen. Baerbock betonte die "
     "enge Zusammenarbeit.", {"Annalena Baerbock": "DEU"}),
    ("Ms Mikiko Otani, the Japanese human rights lawyer, is chairing the Committee.", {"Mikiko Otani": "JPN"}),
    ("Nous, Jean-Noël Barrot, ministre de l'Europe et des Affaires étrangères de la République française, et "
     "Johann Wadephul, ministre fédéral des Affaires étrangères de la République fédérale d'Allemagne, "
     "exprimons notre inquiétude.", {"Jean-Noël Barrot": "FRA", "Johann Wadephul": "DEU"}),
    ("Le ministre belge a parlé hier avec sa collègue congolaise, la ministre des Affaires étrangères "
     "Thérèse Kayikwamba Wagner.", {"Thérèse Kayikwamba Wagner": "COD"}),
    ("President Obama spoke today with Prime Minister Cameron of the United Kingdom.",
     {"Obama": "USA", "Cameron": "GBR"}),
    ("Bundespräsident Didier Burkhalter empfing am 4. März 2014 in Bern den Gesandten des amtierenden "
     "OSZE-Vorsitzenden, Bundespräsident Burkhalter.", {"Didier Burkhalter": "CHE"}),
    # an honorific of office is no part of the name the office-holders file is searched for
    ("London, 3 May 2024\n\nHon Christopher Luxon spoke with the British Foreign Secretary in London.",
     {"Christopher Luxon": "NZL"}),
    # a particle before a portfolio opens the portfolio; before a name, it is part of the name
    ("Den Haag, 3 mei 2025\n\nMinister Verbeek van Onderwijs, Cultuur en Wetenschap en minister Joke van Dalen "
     "spraken met de Duitse ambassadeur.", {"Verbeek": "NLD", "Joke van Dalen": "NLD"}),
    # an organisation has no interior minister of its own
    ("ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE\n\nLibreville, le 14 avril 2025\n\nLa Mission prend note des "
     "résultats annoncés par le ministre de l'Intérieur, M. Paul Mbadinga.", {"Paul Mbadinga": None}),
    # a head of government in office named by surname alone, in a text naming their country
    ("Berlin, 7. Mai 2025\n\nBundeskanzler Merz traf Präsident Macron. Russland greift weiter an. Putin spielt auf "
     "Zeit, sagte Merz.", {"Merz": "DEU", "Macron": "FRA", "Putin": "RUS"}),
    # a title whose words usually mean another's office yields to the office-holders file
    ("Abuja, le 29 janvier 2025\n\n« Nos portes restent ouvertes », a déclaré le Président de la Commission, "
     "Omar Alieu Touray.", {"Omar Alieu Touray": "ECOWAS"}),
])
def test_persons_titles_and_affiliations(text, expected):
    _, persons = actors(text)
    assert persons == expected


@pytest.mark.parametrize("text,expected", [
    # a capitalised particle after a title opens a surname
    ("Den Haag, 4 juni 2024\n\nMinister-president Veenstra ontving Eerste Minister De Wachter van België.",
     {"Veenstra": "NLD", "De Wachter": "BEL"}),
    # a country in an of-phrase right after the name, past an article and an adjective
    ("Paris, 2 May 2025\n\nThe French envoy held talks on Tuesday with Ahmad Hussein al-Sharaa of Syria, and "
     "later in the week with Dr Nadia Okafor of Nigeria.", {"Ahmad Hussein al-Sharaa": "SYR", "Nadia Okafor": "NGA"}),
    ("Den Haag, 4 juni 2024\n\nOok minister-president Brenner van de Duitse deelstaat Beieren sluit aan.",
     {"Brenner": "DEU"}),
    # one title for every member of a list: the side the others of the list share
    ("Pretoria, 5 June 2023\n\nThe Minister welcomed the visiting EU delegation: Commissioner Jutta Urpilainen, "
     "Commissioner Aoife Brennagh and Commissioner Stella Kyriakides.",
     {"Jutta Urpilainen": "EU", "Aoife Brennagh": "EU", "Stella Kyriakides": "EU"}),
    # a monarch or consort named by first name: the one of that name whose office the title names
    ("Brussel, 20 juni 2023\n\nKoning Filip en Koningin Mathilde ontvingen Koning Willem-Alexander en "
     "Koningin Máxima.", {"Filip": "BEL", "Mathilde": "BEL", "Willem-Alexander": "NLD", "Máxima": "NLD"}),
    # the country after a title's portfolio or department
    ("Hanoi, 2 July 2015\n\nThe talks were co-chaired by His Excellency Tran Van Minh, Deputy Minister of Foreign "
     "Affairs of the Socialist Republic of Viet Nam, and Ms Clara Vidal, Managing Director of the Asia-Pacific "
     "Department of the European External Action Service.", {"Tran Van Minh": "VNM", "Clara Vidal": "EU"}),
    ("Luxembourg, le 3 mai 2023\n\nUn protocole sera signé par Sengdao Phommachanh, ministre du Plan et de "
     "l'Investissement du Laos.", {"Sengdao Phommachanh": "LAO"}),
    # a title joined by 'and' to an apposed title stays with that person, though a name follows after a comma;
    # a capitalised word that opens an organisation's name is no name
    ("Addis Ababa, 3 June 2025\n\nThe meeting was co-chaired by H.E. Ms Kaja Kallas, High Representative of the "
     "European Union for Foreign Affairs and Security Policy and Vice-President of the European Commission, and "
     "H.E. Mr Manuel Dembo, Minister of External Relations of the Republic of Angola and Chairperson of the "
     "African Union Executive Council.", {"Kaja Kallas": "EU", "Manuel Dembo": "AGO"}),
    # an abbreviated UN title; an event named after the titles of those who meet is no person
    ("New York, 17 January 2014\n\nThe UN Emergency Relief Coordinator Valerie Amos announced the grants. "
     "\"They will help millions of people,\" said USG Amos. Samoa hosted the last Commonwealth Heads of "
     "Government Meeting.", {"Valerie Amos": "UN"}),
    # a transcript's speaker, in capitals, with the organisation in brackets
    ("Regierungspressekonferenz vom 31. Mai 2023\n\nKELLER (BReg): Die Bundesregierung hat heute die Verlängerung "
     "des Mandats beschlossen.\n\nFRAGE: Wie lange?\n\nBRANDT (AA): Bis Juni 2024.",
     {"Keller": "DEU", "Brandt": "DEU"}),
    # a country in brackets after the name: the delegation of a council's rotating president
    ("New York, 12 février 2013\n\nVoici la déclaration faite aujourd'hui par le Président du Conseil de sécurité "
     "pour le mois de février, M. Lee Jae-Hoon (République de Corée): les membres du Conseil condamnent l'essai.",
     {"Lee Jae-Hoon": "KOR"}),
    # a spouse is of the side of the person named before; an academic title before a name is no name
    ("Wien, 14. Juli 2017\n\nBundespräsident Frank-Walter Steinmeier kam mit seiner Frau Elke Büdenbender nach "
     "Wien, wo Bundespräsident Alexander Van der Bellen und seine Frau Doris Schmidauer die Gäste empfingen. "
     "Danach trafen sie Bundeskanzler Mag. Christian Kern.",
     {"Frank-Walter Steinmeier": "DEU", "Elke Büdenbender": "DEU", "Alexander Van der Bellen": "AUT",
      "Doris Schmidauer": "AUT", "Christian Kern": "AUT"}),
    # a name apposed to a title after a comma and an article
    ("Bern, 4. März 2014\n\nDie Delegation sprach mit Katrin Olsen, der Hochkommissarin für nationale Minderheiten "
     "der OSZE, über die Lage in der Ukraine.", {"Katrin Olsen": "OSCE"}),
    # an officer by rank in a government's text is of its side
    ("Den Haag, 3 maart 2024\n\nKapitein-ter-zee Verhoef heeft het commando over het contingent in Irak "
     "overgenomen van kolonel Brouwer.", {"Verhoef": "NLD", "Brouwer": "NLD"}),
    ("Berlin, 4. März 2021\n\nDie Wehrbeauftragte des Parlaments Katja Brenner begleitete die Truppe.",
     {"Katja Brenner": "DEU"}),
    # no person before a comma and a title in the plural
    ("London, 3 October 2022\n\nUnder the Lusaka Declaration, the Ministers decided to suspend Gabon from the "
     "councils of the Commonwealth, Prime Minister Jacinda Ardern said.", {"Jacinda Ardern": "NZL"}),
    # two spellings of one office-holder are one person
    ("Washington, February 15, 2017\n\nThe White House released the readout of the call with Nigeria's President "
     "Muhammad Buhari. President Donald J. Trump spoke this week with President Muhammadu Buhari of Nigeria "
     "about the cooperation between the two countries.", {"Muhammad Buhari": "NGA", "Donald J. Trump": "USA"}),
    # an envoy's country after 'for' is where they are sent; their side is the sender's, here the organisation
    # whose office the possessive names; a deputy of an office held for one organisation in the text is of it
    ("New York, 2 June 2025\n\nSecretary-General António Guterres spoke today. The Secretary-General's Special "
     "Envoy for Yemen, Farida Olumide, will travel to Aden.", {"António Guterres": "UN", "Farida Olumide": "UN"}),
    ("Washington, June 2, 2025\n\nU.S. Special Envoy for Sudan Tom Perriello met the press.",
     {"Tom Perriello": "USA"}),
    ("Strasbourg, 3 juillet 2025\n\nLe secrétaire général du Conseil de l'Europe, Alain Berset, a reçu le "
     "ministre. Le secrétaire général adjoint Mark Halvorsen était présent.",
     {"Alain Berset": "COE", "Mark Halvorsen": "COE"}),
    # a title's portfolio between it and the name; a title in brackets after the name
    ("Den Haag, 3 juni 2025\n\nStaatssecretaris van Defensie Jorien Kalsbeek bezocht de troepen.",
     {"Jorien Kalsbeek": "NLD"}),
    ("London, 4 June 2025\n\nMade by: Priya Raman (Minister of State)\n\nThe United Kingdom will send aid.",
     {"Priya Raman": "GBR"}),
    # a title placed in its ministry ('im', 'at', 'auprès de'); an opposition leader is a title
    ("Berlin, 4. Februar 2025\n\nDie Staatsministerin im Auswärtigen Amt, Lena Hartwig, traf den georgischen "
     "Oppositionsführer Dato Beridze.", {"Lena Hartwig": "DEU", "Dato Beridze": "GEO"}),
    # a lone name beside a line that a title opens issues or signs the text: no author
    ("Hon Mere Tākoha\nMinister of Foreign Affairs\n\n14 June 2022\n\nNew Zealand will fund Pacific resilience, "
     "Foreign Minister Mere Tākoha announced today.", {"Mere Tākoha": "NZL"}),
    ("Den Haag, 3 april 2025\n\nNederland heeft opgeroepen tot een staakt-het-vuren.\n\nDe minister van "
     "Buitenlandse Zaken,\n\nJoris van Dam", {"Joris van Dam": "NLD"}),
    # an occupation finds a person of no side; a title's of-phrase names its organisation, not its holder
    ("Berlin, 20. März 2024\n\nDer Politikwissenschaftler Herbert Lang warnte vor einer Spaltung Europas.",
     {"Herbert Lang": None}),
    ("Paris, le 14 mars 2021\n\nLe chercheur Paul Mercier, directeur de l'Ifri, estime que le dialogue reste "
     "nécessaire.", {"Paul Mercier": None}),
    # a title's side named before it with a possessive, the name apposed before both
    ("Vienna, 4 February 2022\n\nLaura Benson, the EU's deputy secretary general for political affairs, met the "
     "delegations.", {"Laura Benson": "EU"}),
    # the office whose representative a title names in its of-phrase; a former office is no organisation's
    ("New York, 17 March 2021\n\nSecretary-General António Guterres thanked the Special Representative of the "
     "Secretary-General for Somalia, James Okoro, for his efforts.", {"António Guterres": "UN", "James Okoro": "UN"}),
    ("Addis-Abeba, le 15 mars 2025\n\nLe Président de la Commission de l'Union africaine, Mahmoud Ali Youssouf, a "
     "appelé à libérer l'ancien président Mohamed Bazoum.",
     {"Mahmoud Ali Youssouf": "AU", "Mohamed Bazoum": "NER"}),
    # a name right after the words that attribute speech speaks; a sentence's opening adverb is no part of a name
    ("Den Haag, 12 mei 2023\n\nVolgens Pieter Jansen is de situatie ernstig. Ook Koen Vermeulen, voorzitter van de "
     "werkgevers, riep op tot steun.", {"Pieter Jansen": None, "Koen Vermeulen": None}),
    # a colleague named with their country; post-nominal letters and abbreviated ranks are not names
    ("Den Haag, 14 maart 2024\n\nDe minister sprak met haar Poolse collega Nowicki.", {"Nowicki": "POL"}),
    ("London, 12 May 2023\n\nAmbassador Dame Alice Harker DCMG OBE spoke for the United Kingdom. Pentagon press "
     "secretary Maj. Gen. Pat Dunmore said the strikes were proportionate.", {"Alice Harker": "GBR",
                                                                             "Pat Dunmore": "USA"}),
])
def test_persons_and_their_sides(text, expected):
    _, persons = actors(text)
    assert persons == expected


def test_a_dateline_closed_by_a_dash_before_a_blank_line_is_read():
    _, persons = actors("WASHINGTON, March 5, 2025 \u2014\n\nU.S. Ambassador to the United Nations Dorothy Shea told "
                        "the Council that Russia must stop. The acting Ambassador said so again.")
    assert persons == {"Dorothy Shea": "USA"}


def test_a_former_office_is_not_its_present_holders():
    record = extract_text("Den Haag, 25 juni 2025\n\nOud-premier Jan Vermeer opende de top. Daarna sprak premier "
                          "Dick Schoof. De oud-premier sprak van een doorbraak.")
    assert [m.actor for m in record.mentions if m.text == "oud-premier"] == ["person:jan-vermeer"]


def test_author_and_addressees_are_not_actors():
    text = ("JANUARY 2022 The Interview / Text by Andrew Howitt\n\nThank you, Mr President,\n\n"
            "Minister Sophie Wilmès met the Japanese ambassador in Brussels.")
    _, persons = actors(text)
    assert persons == {"Sophie Wilmès": "BEL"}


def test_op_ed_author_under_the_headline_and_in_the_closing_bio_is_not_an_actor():
    text = ("Australia's Pacific bet is paying off\n\nRachel Kim\n14 October 2024\n\nCanberra has put A$100 "
            "million into the Pacific Resilience Facility, said Prime Minister Anthony Albanese.\n\nRachel Kim is "
            "a senior fellow at the Southern Cross Policy Centre.")
    _, persons = actors(text)
    assert persons == {"Anthony Albanese": "AUS"}


def test_ministry_named_beside_its_minister_is_the_ministers_country():
    found, _ = actors("Ook minister Caspar Veldkamp van Buitenlandse Zaken verliet demonstratief zijn plaats toen "
                      "de Russische minister het woord nam.")
    assert found == {"NLD", "RUS"}
    # whatever other country the text names
    record = extract_text("De Belgische regering besliste gisteren. Minister Caspar Veldkamp van Buitenlandse Zaken "
                          "steunt het besluit.")
    assert {m.actor for m in record.mentions if m.text == "Buitenlandse Zaken"} == {"NLD.BZ"}


@pytest.mark.parametrize("text,expected", [
    # a heading in capitals names no one after its title; an office-holder's hyphenated name stays whole
    ("Mali : le Secrétaire général condamne l'attaque\nMALI : LE SECRÉTAIRE GÉNÉRAL CONDAMNE TOUTE ATTAQUE\n"
     "La déclaration suivante a été communiquée par le Porte-parole de M. Ban Ki-moon.", {"Ban Ki-moon"}),
    # a title's abbreviation in brackets is no name
    ("Brussel, 31 januari 2023\n\nDe avond ervoor voegde de Hoge Vertegenwoordiger (HV) Kosovo aan de agenda toe. "
     "Minister Hoekstra sprak daarna met zijn Belgische collega.", {"Hoekstra"}),
    # capitalised words after a title in a heading in title case name no one the text does not name again
    ("Secretary-General Welcomes Agreement on Humanitarian Pause in Northern Region\n\nThe Secretary-General, "
     "António Guterres, welcomes the agreement.", {"António Guterres"}),
    # the victim of an assassination is the subject of the news
    ("New York, 20. Dezember 2016\n\nUN-Generalsekretär Ban Ki-moon hat das Attentat auf den russischen "
     "Botschafter Andrej Petrow in Ankara verurteilt.", {"Ban Ki-moon"}),
])
def test_no_person_in_a_shouted_heading_an_abbreviation_or_the_news_of_an_assassination(text, expected):
    _, persons = actors(text)
    assert set(persons) == expected


def test_person_only_named_in_the_news_of_a_death_is_not_an_actor():
    _, persons = actors("The Secretary of State Antony Blinken expressed his condolences on the passing of "
                        "former Premier Li Keqiang.")
    assert set(persons) == {"Antony Blinken"}


def test_later_mentions_resolve_to_the_same_person():
    record = extract_text("Paris, 4 May 2023\n\nThe Deputy Prime Minister and Minister of Foreign Affairs, "
                          "Sophie Wilmès, was in Luxembourg. The Deputy Prime Minister recalled Belgium's "
                          "support. Wilmès then met her Dutch counterpart.")
    ids = {m.actor for m in record.mentions if m.text in ("Sophie Wilmès", "Wilmès", "Deputy Prime Minister")}
    assert ids == {"person:sophie-wilmes"}


def test_office_holders_give_the_affiliation_by_date():
    _, persons = actors("London, 3 March 2016\n\nDavid Cameron met Angela Merkel in Berlin.")
    assert persons == {"David Cameron": "GBR", "Angela Merkel": "DEU"}
    # the honorific 'Sheikh' before a name is no part of it; inside a name it is
    _, persons = actors("Abu Dhabi, 24 August 2025\n\nSheikh Mohamed bin Zayed Al Nahyan met President Hassan Sheikh "
                        "Mohamud of Somalia.")
    assert persons == {"Mohamed bin Zayed Al Nahyan": "ARE", "Hassan Sheikh Mohamud": "SOM"}
    # a name written longer than the office-holders file writes it
    _, persons = actors("Juba, 12 March 2025\n\nRiek Machar Teny met Mahamat Idriss Déby Itno in N'Djamena.")
    assert persons == {"Riek Machar": "SSD", "Mahamat Idriss Déby": "TCD"}


@pytest.mark.parametrize("text", [
    "Tallinn, 21 May 2025\n\nSecretary of State Marco Rubio met Margus Tsahkna. Later EU foreign ministers "
    "signed off on new sanctions.",
    "Brussel, 20 maart 2023\n\nDe minister van Buitenlandse Zaken, Hadja Lahbib, nam deel aan de Raad. De "
    "ministers van Buitenlandse Zaken bereikten een akkoord.",
])
def test_a_title_in_the_plural_stands_for_no_one_person(text):
    record = extract_text(text)
    assert not [m for m in record.mentions if m.text.lower().startswith(("foreign ministers", "ministers"))
                and m.actor.startswith("person:")]


def test_a_title_joined_to_an_apposed_title_goes_to_the_same_person():
    record = extract_text("Bruxelles, le 19 mars 2025\n\nMaxime Prévot, vice-Premier ministre et ministre des "
                          "Affaires étrangères, a reçu son homologue, la ministre des Affaires étrangères de la RDC, "
                          "Thérèse Kayikwamba Wagner.")
    roles = {a.name: [r.title for r in a.roles] for a in record.actors if a.kind == "person"}
    assert roles["Maxime Prévot"] == ["vice-Premier ministre", "ministre des Affaires étrangères"]


@pytest.mark.parametrize("code", ["en", "fr", "nl", "de"])
def test_phrases_are_found_by_the_tokens_each_has_alone(code):
    """A phrase table tokenises its phrases when a text calls for them, many together."""
    tokenizer = nlp.load(code).tokenizer
    forms = [row["form"] for row in language(code).table("places")] + ["  U.S.  ", "", "Côte d'Ivoire",
                                                                      "EU-Kommission", "St. Kitts  and Nevis",
                                                                      "(OR. en)", "l'ONU", "z.B.", "ΟΔΟΣ"]
    table: PhraseTable[int] = PhraseTable(tokenizer)
    table.add_all((form, n) for n, form in enumerate(forms))
    alone = {n: words for n, form in enumerate(forms)
             if (words := tuple(t.text for t in tokenizer(form.strip()) if not t.is_space))}
    kitts = alone[forms.index("St. Kitts  and Nevis")]
    [match] = table.find(Spelling.of(["(", *kitts, ")"]))
    assert (match.start, match.end) == (1, 1 + len(kitts)) and forms.index("St. Kitts  and Nevis") in match.payloads
    assert all(n in table.lookup(list(words)) for n, words in alone.items())
    assert {n: words for entries in table.entries.values() for words, n in entries} == alone
