"""Sentences written for diplo's event tests: one per PLOVER type and language, plus negation,
passives, coordination, requests and demands. Each case: language, text, expected (type, source,
target) triples among the asserted events, and triples that must not be asserted."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    expected: tuple[tuple[str, str, str], ...] = ()
    absent: tuple[tuple[str, str, str], ...] = field(default=())
    kind: str = "type"


def en(text, expected=(), absent=(), kind="type"):
    return Case("en", text, tuple(expected), tuple(absent), kind)


def fr(text, expected=(), absent=(), kind="type"):
    return Case("fr", text, tuple(expected), tuple(absent), kind)


def nl(text, expected=(), absent=(), kind="type"):
    return Case("nl", text, tuple(expected), tuple(absent), kind)


def de(text, expected=(), absent=(), kind="type"):
    return Case("de", text, tuple(expected), tuple(absent), kind)


CASES = [
    # --- English ---------------------------------------------------------------------------------
    en("Canberra, 4 June 2024\n\nAustralia and Indonesia signed a new defence cooperation agreement in Jakarta on "
       "Tuesday.", [("AGREE", "AUS", "IDN")]),
    en("Ottawa, 12 May 2024\n\nThe Foreign Minister of Canada met her Mexican counterpart in Ottawa on Monday to "
       "discuss trade.", [("CONSULT", "CAN", "MEX")]),
    en("London, 3 March 2023\n\nThe United Kingdom welcomed Kenya's decision to host the regional peace talks.",
       [("SUPPORT", "GBR", "KEN")]),
    en("Washington, 9 May 2024\n\nThe United States lifted sanctions on Venezuela's oil sector after the elections "
       "were scheduled.", [("CONCEDE", "USA", "VEN")]),
    en("Tokyo, 2 February 2024\n\nJapan and India agreed to cooperate on semiconductor supply chains and to "
       "launch joint research projects.", [("COOPERATE", "JPN", "IND")]),
    en("Dublin, 2 May 2023\n\nIreland will provide €12 million in humanitarian aid to Sudan.",
       [("AID", "IRL", "SDN")]),
    en("Paris, 20 January 2025\n\nFrance withdrew its troops from Niger in December.", [("RETREAT", "FRA", "NER")]),
    en("Berlin, 5 April 2024\n\nGermany urged Serbia to recognise the election results.",
       [("REQUEST", "DEU", "SRB")]),
    en("Warsaw, 18 August 2024\n\nPoland condemned Belarus for the repeated violations of its airspace.",
       [("ACCUSE", "POL", "BLR")]),
    en("Beijing, 8 July 2024\n\nChina rejected the proposal of the Philippines to refer the dispute to "
       "arbitration.", [("REJECT", "CHN", "PHL")]),
    en("Moscow, 3 May 2024\n\nRussia threatened Finland with countermeasures after the decision to close the "
       "border.", [("THREATEN", "RUS", "FIN")]),
    en("Vienna, 5 December 2024\n\nThe delegation of Ukraine walked out of the meeting in protest against Russia.",
       [("PROTEST", "UKR", "RUS")]),
    en("Brussels, 20 May 2025\n\nThe European Union imposed new sanctions on Iran over its drone deliveries.",
       [("SANCTION", "EU", "IRN")]),
    en("Seoul, 1 March 2024\n\nNorth Korea deployed troops to the border with South Korea.",
       [("MOBILIZE", "PRK", "KOR")]),
    en("Manila, 18 February 2025\n\nChina seized a fishing vessel of the Philippines near the shoal.",
       [("COERCE", "CHN", "PHL")]),
    en("Kyiv, 10 October 2022\n\nRussia attacked Ukraine with missiles and drones overnight.",
       [("ASSAULT", "RUS", "UKR")]),
    en("Rome, 2 March 2024\n\nItaly did not condemn the decision of Hungary.", absent=[("ACCUSE", "ITA", "HUN")],
       kind="negation"),
    en("Oslo, 4 March 2024\n\nRussia's attack on the convoy was condemned by Norway.", [("ACCUSE", "NOR", "RUS")],
       kind="passive"),
    en("Amman, 11 June 2025\n\nJordan and Britain agreed to expand cooperation on water security.",
       [("AGREE", "JOR", "GBR")], kind="coordination"),
    en("Geneva, 6 March 2025\n\n“It is time for Russia to end this war,” the Swiss Foreign Minister said.",
       [("REQUEST", "CHE", "RUS")], kind="demand"),
    en("Madrid, 1 April 2024\n\nIf Morocco closed the border, Spain would protest.",
       absent=[("PROTEST", "ESP", "MAR")], kind="hypothetical"),
    en("London, 6 March 2025\n\nThe United Kingdom will make a further £20 million available to Jordan for water "
       "security.", [("AID", "GBR", "JOR")]),
    en("Joint statement by the Foreign Ministers of Australia and New Zealand\n\nWellington, 7 February 2025\n\n"
       "We condemn Russia's attacks on Ukrainian cities.", [("ACCUSE", "AUS", "RUS"), ("ACCUSE", "NZL", "RUS")],
       kind="joint statement"),
    en("London, 3 March 2025\n\nThe United Kingdom demanded the withdrawal of Russian troops from Ukraine.",
       [("REQUEST", "GBR", "RUS")], kind="demand"),
    en("Washington, 10 August 2025\n\nAzerbaijan and Armenia held peace talks in Washington hosted by US Secretary "
       "of State Antony Blinken.", [("CONSULT", "AZE", "ARM"), ("CONSULT", "USA", "AZE")], kind="coordination"),
    en("Paris, 2 August 2023\n\nFrance recalled its ambassador to Niger after the military coup.",
       [("SANCTION", "FRA", "NER")]),
    en("Manila, 18 February 2025\n\nA China Coast Guard vessel fired water cannon at a Philippine fisheries vessel.",
       [("COERCE", "CHN", "PHL")]),
    en("Tallinn, 21 May 2025\n\nEU foreign ministers signed off on a new round of sanctions against Belarus.",
       [("SANCTION", "EU", "BLR")]),
    en("Brussels, 21 May 2025\n\nThe EU adopted sanctions against Russia. Beijing firmly opposed the listing of "
       "Chinese firms. Kyiv welcomed the decision.", absent=[("SUPPORT", "UKR", "CHN")]),
    en("Canberra, 3 April 2024\n\nBeijing lifted its punitive tariffs on Australian wine in March.",
       [("CONCEDE", "CHN", "AUS")], absent=[("SANCTION", "CHN", "AUS")]),
    # The document's voice and participants, set up at its head.
    en("The White House\n\nReadout of the President's Call with Prime Minister Rutte of the Netherlands\n\n"
       "The President spoke today with Prime Minister Rutte of the Netherlands. The two leaders discussed energy "
       "security. They agreed to strengthen cooperation on the protection of undersea cables.",
       [("CONSULT", "USA", "NLD"), ("AGREE", "USA", "NLD")], kind="voice"),
    en("Statement by Norway on the situation in Sudan\n\nWe condemn the attacks on civilians by the Rapid Support "
       "Forces and call on Sudan to protect aid workers.", [("REQUEST", "NOR", "SDN")],
       absent=[("REQUEST", "SDN", "SDN")], kind="voice"),
    en("Ghana: statement by the High Representative on behalf of the EU\n\nThe EU welcomes the peaceful conduct of "
       "the elections and congratulates the people of Ghana.", [("SUPPORT", "EU", "GHA")],
       absent=[("SUPPORT", "GHA", "GHA")], kind="voice"),
    fr("Paris, le 3 janvier 2024\n\nLe Président de la République s'est entretenu ce matin avec le Président du "
       "Brésil, M. Lula. Les deux "
       "présidents sont convenus de renforcer leur coopération. Le Président de la République a réaffirmé "
       "l'attachement de la France au multilatéralisme.", [("CONSULT", "FRA", "BRA"), ("AGREE", "FRA", "BRA")],
       absent=[("CONSULT", "BRA", "BRA")], kind="voice"),
    nl("Minister Van Dijk ontmoet Poolse collega Nowak\n\nMinister Van Dijk ontving vandaag zijn Poolse collega "
       "Nowak in Den Haag. Beide ministers spraken over de steun aan Oekraïne.",
       [("CONSULT", "NLD", "POL")], absent=[("CONSULT", "POL", "POL")], kind="voice"),
    de("Bern, 3. Juni 2024 - Bundesrätin Meier hat heute den österreichischen Aussenminister empfangen. Beide "
       "Gesprächspartner unterstrichen die Bedeutung der OSZE.", [("CONSULT", "CHE", "AUT")], kind="voice"),
    en("Canberra, 3 May 2025\n\nIran's conduct is unacceptable.", [("ACCUSE", "AUS", "IRN")], kind="evaluation"),
    nl("Den Haag, 3 mei 2025\n\nHet optreden van Rusland is onaanvaardbaar.", [("ACCUSE", "NLD", "RUS")],
       kind="evaluation"),
    de("Berlin, 3. Mai 2025\n\nDas Vorgehen Russlands ist inakzeptabel.", [("ACCUSE", "DEU", "RUS")],
       kind="evaluation"),
    en("Brussels, 3 May 2025\n\nThe European Union deplores the decision of Belarus to expel four members of the "
       "Lithuanian embassy.", [("SANCTION", "BLR", "LTU"), ("ACCUSE", "EU", "BLR")], kind="noun phrase"),
    fr("Paris, le 3 mai 2025\n\nLa France condamne la répression exercée par les forces de sécurité iraniennes.",
       [("ACCUSE", "FRA", "IRN")], kind="noun phrase"),
    fr("Paris, le 3 mai 2025\n\nLe Président a salué la décision des autorités marocaines d'aider le Sénégal.",
       [("AID", "MAR", "SEN")], kind="noun phrase"),
    # --- French ----------------------------------------------------------------------------------
    fr("Ottawa, le 3 mars 2025\n\nLe Canada a annoncé une aide de 30 millions de dollars au Liban.",
       [("AID", "CAN", "LBN")]),
    fr("Bruxelles, le 19 mars 2025\n\nLa Belgique a demandé le retrait des troupes rwandaises du territoire "
       "congolais.", [("REQUEST", "BEL", "RWA")], kind="demand"),
    fr("Paris, le 4 avril 2025\n\nLa France et l'Allemagne ont signé un accord sur l'hydrogène.",
       [("AGREE", "FRA", "DEU")]),
    fr("Berne, le 10 mars 2020\n\nLe conseiller fédéral Ignazio Cassis a rencontré son homologue français à Paris.",
       [("CONSULT", "CHE", "FRA")]),
    fr("Bruxelles, le 5 février 2025\n\nLa Belgique salue la décision du Maroc de libérer les prisonniers.",
       [("SUPPORT", "BEL", "MAR")]),
    fr("Alger, le 3 mars 2024\n\nL'Algérie a libéré deux journalistes français.", [("CONCEDE", "DZA", "FRA")]),
    fr("Dakar, le 12 juin 2024\n\nLe Sénégal et le Maroc vont coopérer en matière de sécurité maritime.",
       [("COOPERATE", "SEN", "MAR")]),
    fr("Paris, le 20 mai 2025\n\nLa France a versé 50 millions d'euros d'aide humanitaire au Liban.",
       [("AID", "FRA", "LBN")]),
    fr("Paris, le 17 juillet 2025\n\nLa France a retiré ses derniers soldats du Tchad.",
       [("RETREAT", "FRA", "TCD")]),
    fr("Paris, le 8 janvier 2025\n\nLe ministre a appelé la Chine à user de son influence sur la Russie.",
       [("REQUEST", "FRA", "CHN")]),
    fr("Paris, le 15 mars 2024\n\nLa France condamne fermement l'agression de l'Ukraine par la Russie.",
       [("ACCUSE", "FRA", "RUS"), ("ASSAULT", "RUS", "UKR")]),
    fr("Kigali, le 17 mars 2025\n\nLe Rwanda a rejeté les accusations de la Belgique.", [("REJECT", "RWA", "BEL")]),
    fr("Moscou, le 3 mai 2024\n\nLa Russie a menacé la Moldavie de représailles.", [("THREATEN", "RUS", "MDA")]),
    fr("Paris, le 2 février 2024\n\nL'Algérie a boycotté la réunion organisée par la France.",
       [("PROTEST", "DZA", "FRA")]),
    fr("Bruxelles, le 24 février 2025\n\nL'Union européenne a adopté de nouvelles sanctions contre la Russie.",
       [("SANCTION", "EU", "RUS")]),
    fr("Paris, le 3 janvier 2024\n\nLa France a déployé des avions de combat en Roumanie.",
       [("MOBILIZE", "FRA", "ROU")]),
    fr("Tbilissi, le 5 décembre 2024\n\nLa Géorgie a arrêté des journalistes ukrainiens.",
       [("COERCE", "GEO", "UKR")]),
    fr("Kyiv, le 10 octobre 2022\n\nLa Russie a bombardé l'Ukraine pendant la nuit.", [("ASSAULT", "RUS", "UKR")]),
    fr("Rome, le 2 mars 2024\n\nL'Italie n'a pas signé l'accord avec la Tunisie.",
       absent=[("AGREE", "ITA", "TUN")], kind="negation"),
    fr("Paris, le 6 mars 2024\n\nL'attaque russe a été condamnée par la France.", [("ACCUSE", "FRA", "RUS")],
       kind="passive"),
    fr("Paris, le 20 mai 2025\n\nLa Russie mène cette guerre avec ses alliés. L'Iran continue de lui fournir des "
       "drones et des munitions.", [("AID", "IRN", "RUS")]),
    fr("Paris, le 20 mai 2025\n\nLa France restera aux côtés de l'Ukraine aussi longtemps qu'il le faudra.",
       [("SUPPORT", "FRA", "UKR")]),
    fr("Déclaration conjointe des ministres des Affaires étrangères de la France et de l'Allemagne sur la "
       "situation en Géorgie\n\n10 juin 2025\n\nLes autorités géorgiennes ont arrêté plus de 400 manifestants. "
       "Nous condamnons cette répression.", [("ACCUSE", "FRA", "GEO"), ("ACCUSE", "DEU", "GEO")],
       absent=[("ACCUSE", "GEO", "GEO")], kind="joint statement"),
    fr("Manille, le 18 février 2025\n\nUn navire des garde-côtes chinois a utilisé un canon à eau contre un "
       "bateau philippin.", [("COERCE", "CHN", "PHL")]),
    fr("Paris, le 3 avril 2024\n\nLa Chine a levé ses sanctions contre l'Australie.",
       [("CONCEDE", "CHN", "AUS")], absent=[("SANCTION", "CHN", "AUS")]),
    fr("Paris, le 20 janvier 2025\n\nLa France a interdit l'entrée sur son territoire à plusieurs responsables "
       "géorgiens.", [("SANCTION", "FRA", "GEO")]),
    # --- Dutch -----------------------------------------------------------------------------------
    nl("Den Haag, 14 maart 2024\n\nNederland en België ondertekenden een akkoord over de grensbewaking.",
       [("AGREE", "NLD", "BEL")]),
    nl("Den Haag, 9 oktober 2024\n\nMinister Veldkamp sprak met zijn Duitse ambtgenoot over Oekraïne.",
       [("CONSULT", "NLD", "DEU")]),
    nl("Den Haag, 20 mei 2025\n\nNederland steunt Moldavië met 15 miljoen euro voor energiezekerheid.",
       [("AID", "NLD", "MDA")]),
    nl("Den Haag, 2 februari 2024\n\nNederland roept Israël op om meer hulp toe te laten.",
       [("REQUEST", "NLD", "ISR")]),
    nl("Den Haag, 3 maart 2024\n\nNederland veroordeelt de aanvallen van Rusland op Oekraïne.",
       [("ACCUSE", "NLD", "RUS")]),
    nl("Den Haag, 14 mei 2025\n\nNederland zet een Russische diplomaat uit.", [("SANCTION", "NLD", "RUS")]),
    nl("Brussel, 24 februari 2022\n\nDe EU staat pal achter Oekraïne.", [("SUPPORT", "EU", "UKR")]),
    nl("Den Haag, 5 maart 2024\n\nNederland werkt nauw samen met Duitsland en België.",
       [("COOPERATE", "NLD", "DEU"), ("COOPERATE", "NLD", "BEL")], kind="coordination"),
    nl("Den Haag, 6 maart 2024\n\nNederland erkent Palestina niet.", absent=[("SUPPORT", "NLD", "PSE")],
       kind="negation"),
    nl("Den Haag, 7 maart 2024\n\nDe Russische aanval werd door Nederland veroordeeld.", [("ACCUSE", "NLD", "RUS")],
       kind="passive"),
    nl("Den Haag, 3 mei 2025\n\nNederland staat aan de zijde van Oekraïne.", [("SUPPORT", "NLD", "UKR")]),
    nl("Den Haag, 6 maart 2024\n\nNederland erkent Palestina op dit moment niet.", absent=[("SUPPORT", "NLD", "PSE")],
       kind="negation"),
    nl("Luxemburg, 3 juni 2025\n\nBelgië veroordeelt de aanhoudende Russische aanvallen op Oekraïense steden.",
       [("ACCUSE", "BEL", "RUS")], absent=[("COERCE", "BEL", "RUS")]),
    nl("Brussel, 20 maart 2025\n\nBelgië trekt zijn ambassadeur terug uit Rwanda.", [("RETREAT", "BEL", "RWA")],
       absent=[("AID", "BEL", "RWA")]),
    nl("Washington, 2 mei 2025\n\nDe Verenigde Staten leggen nieuwe sancties op aan Iran.", [("SANCTION", "USA", "IRN")]),
    nl("Ankara, 2 mei 2023\n\nTurkije weigert de toetreding van Zweden tot de NAVO goed te keuren.",
       [("REJECT", "TUR", "SWE")], absent=[("COOPERATE", "TUR", "NATO")]),
    nl("Manilla, 18 februari 2025\n\nEen Chinees kustwachtschip heeft een waterkanon ingezet tegen een Filipijns "
       "schip.", [("COERCE", "CHN", "PHL")]),
    nl("Den Haag, 3 april 2024\n\nChina hief de sancties tegen Australië op.",
       [("CONCEDE", "CHN", "AUS")], absent=[("SANCTION", "CHN", "AUS")]),
    nl("Kyiv, 3 maart 2024\n\nRusland heeft zaterdag Oekraïense energiecentrales met raketten aangevallen.",
       [("ASSAULT", "RUS", "UKR")]),
    nl("Vilnius, 3 maart 2024\n\nDuitsland stationeert een brigade in Litouwen.", [("MOBILIZE", "DEU", "LTU")]),
    nl("Den Haag, 3 maart 2024\n\nDe Nederlandse delegatie liep de zaal uit tijdens de toespraak van Rusland.",
       [("PROTEST", "NLD", "RUS")]),
    nl("Valletta, 6 december 2024\n\nOnder meer de Oekraïense en Poolse delegaties verlieten de zaal toen Rusland "
       "het woord nam.", [("PROTEST", "UKR", "RUS"), ("PROTEST", "POL", "RUS")], kind="coordination"),
    nl("Den Haag, 3 maart 2024\n\nChina dreigde met tegenmaatregelen tegen Nederland.",
       [("THREATEN", "CHN", "NLD")]),
    # --- German ----------------------------------------------------------------------------------
    de("Berlin, 12. Mai 2025\n\nDeutschland und Norwegen unterzeichneten ein Abkommen über Wasserstoff.",
       [("AGREE", "DEU", "NOR")]),
    de("Bern, 11. November 2025\n\nBundesrat Ignazio Cassis trifft Bundesaussenminister Johann Wadephul in Berlin.",
       [("CONSULT", "CHE", "DEU")]),
    de("Berlin, 10. September 2025\n\nDeutschland verurteilt die russischen Drohnenangriffe auf Polen.",
       [("ACCUSE", "DEU", "RUS")]),
    de("Berlin, 2. März 2024\n\nDie Bundesregierung fordert Russland auf, seine Truppen abzuziehen.",
       [("REQUEST", "DEU", "RUS")]),
    de("Berlin, 20. November 2023\n\nDeutschland liefert der Ukraine weitere Luftverteidigungssysteme.",
       [("AID", "DEU", "UKR")]),
    de("Berlin, 28. August 2025\n\nDeutschland, Frankreich und das Vereinigte Königreich verhängen Sanktionen "
       "gegen Iran.", [("SANCTION", "DEU", "IRN"), ("SANCTION", "FRA", "IRN"), ("SANCTION", "GBR", "IRN")],
       kind="coordination"),
    de("Berlin, 3. Juni 2024\n\nDeutschland unterstützt die Vermittlung Katars.", [("SUPPORT", "DEU", "QAT")]),
    de("Teheran, 29. August 2025\n\nIran wies den Schritt Deutschlands zurück.", [("REJECT", "IRN", "DEU")]),
    de("Berlin, 4. März 2024\n\nDeutschland hat das Abkommen mit Ungarn nicht unterzeichnet.",
       absent=[("AGREE", "DEU", "HUN")], kind="negation"),
    de("Berlin, 5. März 2024\n\nDer russische Angriff wurde von Deutschland scharf verurteilt.",
       [("ACCUSE", "DEU", "RUS")], kind="passive"),
    de("Gemeinsame Erklärung der Außenminister Deutschlands und Norwegens\n\nBerlin, 4. Juni 2025\n\n"
       "Wir fordern Russland auf, einem Waffenstillstand zuzustimmen.",
       [("REQUEST", "DEU", "RUS"), ("REQUEST", "NOR", "RUS")], kind="joint statement"),
    de("Oslo, 4. Juni 2025\n\nNorwegen stellt der Ukraine rund 85 Milliarden Kronen zur Verfügung.",
       [("AID", "NOR", "UKR")]),
    de("Berlin, 10. September 2025\n\nWir stehen fest an der Seite Polens.", [("SUPPORT", "DEU", "POL")]),
    de("Berlin, 12. September 2025\n\nFrage: Herr Minister, in der Nacht sind mehr als 20 russische Drohnen in den "
       "polnischen Luftraum eingedrungen.", [("ASSAULT", "RUS", "POL")], absent=[("ASSAULT", "DEU", "RUS")]),
    de("Berlin, 12. September 2025\n\nKritiker sagen, Deutschland gebe zu wenig für Verteidigung aus und Polen "
       "fordere mehr.", absent=[("AGREE", "DEU", "POL")]),
    de("Brüssel, 22. Juli 2024\n\nViktor Orbán reiste Anfang Juli nach Moskau. Die Reise nach Moskau war zuvor von "
       "der NATO und zahlreichen EU-Regierungen scharf verurteilt worden.",
       [("ACCUSE", "NATO", "HUN"), ("ACCUSE", "EU", "HUN")], absent=[("ACCUSE", "NATO", "EU")], kind="passive"),
    de("Wien, 8. Dezember 2022\n\nÖsterreich lehnt den Beitritt Bulgariens und Rumäniens zum Schengen-Raum ab.",
       [("REJECT", "AUT", "BGR"), ("REJECT", "AUT", "ROU")], kind="coordination"),
    de("Manila, 18. Februar 2025\n\nEin chinesisches Küstenwachschiff setzte Wasserwerfer gegen ein "
       "philippinisches Schiff ein.", [("COERCE", "CHN", "PHL")]),
    de("Berlin, 3. April 2024\n\nChina hob die Sanktionen gegen Australien auf.",
       [("CONCEDE", "CHN", "AUS")], absent=[("SANCTION", "CHN", "AUS")]),
    de("Berlin, 3. März 2024\n\nDeutschland und Frankreich arbeiten bei der Entwicklung eines Kampfpanzers eng "
       "zusammen.", [("COOPERATE", "DEU", "FRA")]),
    de("Berlin, 3. März 2024\n\nDeutschland verlegt zusätzliche Eurofighter nach Polen.",
       [("MOBILIZE", "DEU", "POL")]),
    de("Berlin, 3. März 2024\n\nDie deutsche Delegation verließ aus Protest gegen Russland den Saal.",
       [("PROTEST", "DEU", "RUS")], absent=[("RETREAT", "DEU", "RUS")]),
    de("Berlin, 3. März 2024\n\nDeutschland zieht seine Soldaten aus Mali ab.", [("RETREAT", "DEU", "MLI")]),
    de("Berlin, 3. März 2024\n\nRussland drohte Deutschland mit Vergeltung.", [("THREATEN", "RUS", "DEU")]),
    # Compounds carry their head's meaning.
    de("Berlin, 3. Mai 2025\n\nDeutschland verurteilt die russischen Luftangriffe auf die Ukraine.",
       [("ACCUSE", "DEU", "RUS"), ("ASSAULT", "RUS", "UKR")], kind="compound"),
    de("Berlin, 3. Mai 2025\n\nDie EU und Indien unterzeichneten ein Freihandelsabkommen.", [("AGREE", "EU", "IND")],
       kind="compound"),
    de("Berlin, 3. Mai 2025\n\nDie Schweiz unterhält eine Botschaft in Kenia.", absent=[("COERCE", "CHE", "KEN")],
       kind="compound"),
    nl("Den Haag, 3 mei 2025\n\nNederland en Duitsland sloten een vredesakkoord.", [("AGREE", "NLD", "DEU")],
       kind="compound"),
    # Roles: what a phrase says something is for, or against whom, is not the partner.
    en("Ottawa, 3 May 2025\n\nCanada fully supports international efforts to address the Iranian threat.",
       absent=[("SUPPORT", "CAN", "IRN")], kind="roles"),
    en("Tokyo, 3 May 2025\n\nJapan supports the fight of the international community against Al-Shabaab in Somalia.",
       absent=[("SUPPORT", "JPN", "SOM")], kind="roles"),
    en("Athens, 3 May 2025\n\nGreece and Italy discussed the dispute with Türkiye.", [("CONSULT", "GRC", "ITA")],
       absent=[("CONSULT", "GRC", "TUR")], kind="roles"),
    en("New York, 3 May 2025\n\nUN Secretary-General António Guterres met President Ruto of Kenya. They discussed the situation in "
       "Sudan. Later he had a meeting with President Tinubu of Nigeria. They discussed regional security.",
       [("CONSULT", "UN", "KEN"), ("CONSULT", "UN", "NGA")], absent=[("CONSULT", "KEN", "NGA")], kind="participants"),
    # Acts of violence told with no one named who did them: the act is placed, the reaction stands alone.
    en("UN Secretary-General\n\nThe Secretary-General condemns the terrorist attacks perpetrated today in Chad, "
       "Niger and Mali.", [("ASSAULT", None, "TCD"), ("ASSAULT", None, "NER"), ("ASSAULT", None, "MLI"),
                           ("ACCUSE", "UN", None)], kind="unattributed"),
    fr("Paris, le 3 mai 2025\n\nLa France condamne l'attentat perpétré hier au Burkina Faso.",
       [("ASSAULT", None, "BFA"), ("ACCUSE", "FRA", None)], kind="unattributed"),
    de("Berlin, 3. Mai 2025\n\nDie Bundesregierung hat den Anschlag in Ankara verurteilt.",
       [("ASSAULT", None, "TUR")], absent=[("ASSAULT", "DEU", "TUR")], kind="unattributed"),
    en("Kyiv, 3 May 2025\n\nRussia's invasion of Ukraine continues. The war in Ukraine has displaced millions.",
       [("ASSAULT", "RUS", "UKR")], absent=[("ASSAULT", None, "UKR")], kind="unattributed"),
    de("Brüssel, 3. Mai 2025\n\nDie EU-Kommission hat dem Libanon 30 Millionen Euro zugesagt.", [("AID", "EU", "LBN")],
       absent=[("AGREE", "EU", "LBN")], kind="type"),
    de("Wien, 3. Mai 2025\n\nDie Organisation für Sicherheit und Zusammenarbeit in Europa tagte in Wien.",
       absent=[("COOPERATE", "OSCE", "AUT")], kind="names"),
    nl("Brussel, 3 mei 2025\n\nBelgië veroordeelt de recente sloop van scholen in Gaza door de Israëlische overheid.",
       [("ACCUSE", "BEL", "ISR")], absent=[("ACCUSE", "BEL", "PSE")], kind="roles"),
    nl("Den Haag, 3 mei 2025\n\nDe Nederlandse minister sprak met zijn Duitse collega over de Russische agressie.",
       [("CONSULT", "NLD", "DEU")], absent=[("CONSULT", "NLD", "RUS")], kind="roles"),
    fr("New York, le 3 mai 2025\n\nLe Secrétaire général de l'ONU exprime sa solidarité aux peuples et aux "
       "Gouvernements du Mali, du Niger et du Tchad.", [("SUPPORT", "UN", "MLI"), ("SUPPORT", "UN", "NER"),
                                                        ("SUPPORT", "UN", "TCD")], kind="coordination"),
    # A request to no one in particular has no target.
    fr("Paris, le 3 mai 2025\n\nLa France appelle toutes les parties à la retenue.", [("REQUEST", "FRA", None)],
       kind="request"),
    nl("Brussel, 3 mei 2025\n\nBelgië roept alle betrokken partijen op tot een staakt-het-vuren.",
       [("REQUEST", "BEL", None)], kind="request"),
    en("London, 3 May 2025\n\nThe United Kingdom calls on the international community to support the talks.",
       [("REQUEST", "GBR", None)], kind="request"),
    # An act asked for of no one named, perhaps somewhere; not a general wish.
    en("Oslo, 3 May 2025\n\nNorway calls for an immediate ceasefire in Sudan.", [("REQUEST", "NOR", None)],
       kind="request"),
    de("Wien, 3. Mai 2025\n\nÖsterreich fordert eine sofortige Waffenruhe.", [("REQUEST", "AUT", None)],
       kind="request"),
    en("Oslo, 3 May 2025\n\nNorway called for a broader reflection on the future of the region.",
       absent=[("REQUEST", "NOR", None)], kind="request"),
    # Evaluations: who says them, whom they judge.
    en("Beijing, 3 May 2025\n\nChina said the American move was unacceptable.", [("ACCUSE", "CHN", "USA")],
       kind="evaluation"),
    en("Canberra, 3 May 2025\n\nRussia expelled three EU diplomats. This decision is unjustified.",
       [("SANCTION", "RUS", "EU"), ("ACCUSE", "AUS", "RUS")], kind="evaluation"),
    en("Kyiv, 3 May 2025\n\nUkraine's sovereignty was violated by Russia.", [("ACCUSE", "UKR", "RUS")],
       kind="evaluation"),
    en("London, 3 May 2025\n\nThe United Kingdom is alarmed by China's decision.", [("ACCUSE", "GBR", "CHN")],
       absent=[("ACCUSE", "CHN", "GBR")], kind="evaluation"),
    en("Kyiv, 3 May 2025\n\nRussian strikes on Ukraine killed five civilians.", [("ASSAULT", "RUS", "UKR")],
       kind="noun phrase"),
    en("Geneva, 3 May 2025\n\nThe Central Emergency Response Fund allocated US$40 million to support relief efforts in "
       "Chad ($10 million), Haiti ($6 million), Sudan ($20 million) and Yemen ($4 million).",
       [("AID", "UN", "TCD"), ("AID", "UN", "HTI"), ("AID", "UN", "SDN"), ("AID", "UN", "YEM")], kind="coordination"),
    # A meeting named with its parties' names, and what the meeting then does.
    en("Jakarta, 2 July 2025\n\nThe 12th ASEAN-Japan Senior Officials' Meeting was held in Jakarta. The Meeting "
       "welcomed the offer by Malaysia to host the next round.", [("CONSULT", "ASEAN", "JPN"),
                                                                  ("SUPPORT", "ASEAN", "MYS")], kind="participants"),
    fr("Bruxelles, le 3 mai 2025\n\nLa Belgique ne cesse d'exiger la libération de ses ressortissants détenus en Iran.",
       [("REQUEST", "BEL", "IRN")], kind="negation"),
    nl("Den Haag, 3 mei 2025\n\nNederland neemt met 150 militairen deel aan de VN-missie in Mali.",
       [("COOPERATE", "NLD", "UN")], absent=[("CONSULT", "NLD", "UN")], kind="type"),
    en("Dublin, 3 May 2025\n\nIreland will take part in the EU naval operation in the Mediterranean.",
       [("COOPERATE", "IRL", "EU")], absent=[("CONSULT", "IRL", "EU")], kind="type"),
    # Threats and refusals are aimed at whom the act they name would be done to.
    en("Tehran, 3 May 2025\n\nIran threatened to cut off gas deliveries to Armenia.", [("THREATEN", "IRN", "ARM")],
       kind="type"),
    en("Kampala, 3 May 2025\n\nAbout 2,000 Kenyans demonstrated in Uganda on Sunday.", [("PROTEST", "KEN", "UGA")],
       kind="type"),
    # Sanctions with no one named are against whom their side just took a stand.
    en("Brussels, 3 May 2022\n\nThe European Union condemns the military aggression of Russia against Ukraine. "
       "The Council will adopt further sanctions.", [("SANCTION", "EU", "RUS")], kind="roles"),
    de("Brüssel, 3. Mai 2022\n\nDie EU verurteilt die Aggression Russlands gegen die Ukraine. Der Rat wird weitere "
       "Sanktionen rasch annehmen.", [("SANCTION", "EU", "RUS")], kind="roles"),
    # 'took the step of expelling': the step is the act, not whose it is.
    en("Ottawa, 3 May 2025\n\nYesterday, Canada took the unprecedented step of expelling the Iranian ambassador.",
       [("SANCTION", "CAN", "IRN")], kind="roles"),
    # 'The three countries' are the members of the last list of three named before; not a list of two.
    fr("Paris, le 3 mai 2025\n\nLe Mali, le Burkina Faso et le Niger ont créé une alliance. Les trois pays ont "
       "quitté en janvier la Communauté économique des États de l'Afrique de l'Ouest.",
       [("RETREAT", "MLI", "ECOWAS"), ("RETREAT", "BFA", "ECOWAS"), ("RETREAT", "NER", "ECOWAS")], kind="participants"),
    nl("Den Haag, 3 mei 2025\n\nBelgië, Nederland en Luxemburg ondertekenden een verklaring. De drie landen "
       "veroordelen de Russische aanvallen op Oekraïne.", [("ACCUSE", "BEL", "RUS"), ("ACCUSE", "LUX", "RUS")],
       kind="participants"),
    en("London, 3 May 2025\n\nEstonia and Latvia signed a declaration. The three countries condemned Russia's "
       "attacks.", absent=[("ACCUSE", "EST", "RUS"), ("ACCUSE", "LVA", "RUS")], kind="participants"),
    # No dateline or publisher: the counterpart the lead names is not the document's voice.
    fr("Le Président de la République s'est entretenu ce matin par téléphone avec le Président du Brésil, M. Luiz "
       "Inácio Lula da Silva.\n\nLe Président de la République a rappelé l'attachement de la France au partenariat "
       "stratégique avec le Brésil.", [("CONSULT", "FRA", "BRA")], kind="participants"),
    # A promise to retaliate is aimed at whoever just acted against the one who makes it.
    en("Brussels, 3 May 2025\n\nThe European Union imposed sanctions on three Chinese refineries on Tuesday. Beijing "
       "said it reserves the right to retaliate.", [("THREATEN", "CHN", "EU")], kind="roles"),
    fr("Bruxelles, le 3 mai 2025\n\nL'Union européenne a adopté des sanctions contre la Russie. Moscou a promis de "
       "riposter.", [("THREATEN", "RUS", "EU")], kind="roles"),
    # Hosting talks with someone is meeting them; two sides exchanging fire attack each other.
    en("London, 3 May 2025\n\nThe United Kingdom will host the next round of talks with Iran in London.",
       [("CONSULT", "GBR", "IRN")], kind="roles"),
    en("Delhi, 3 May 2025\n\nIndia and Pakistan exchanged fire along the Line of Control.", [("ASSAULT", "IND", "PAK")],
       absent=[("COOPERATE", "IND", "PAK")], kind="type"),
    fr("Paris, le 3 mai 2025\n\nLes armées indienne et pakistanaise ont échangé des tirs.", [("ASSAULT", "IND", "PAK")],
       kind="type"),
    # Taking a state to court; a verb whose object restates its event takes that noun's target.
    en("Pretoria, 3 May 2024\n\nSouth Africa filed a case against Israel at the International Court of Justice.",
       [("ACCUSE", "ZAF", "ISR")], kind="type"),
    fr("Paris, le 3 mai 2024\n\nLa Gambie a déposé plainte contre le Myanmar devant la Cour internationale de "
       "justice.", [("ACCUSE", "GMB", "MMR")], kind="roles"),
    # Two sides reaching an agreement agree with each other.
    en("Mexico City, 3 May 2024\n\nMexico and the United States reached an agreement on migration.",
       [("AGREE", "MEX", "USA")], kind="roles"),
    # 'He' after a title that stands for someone is that someone.
    en("New York, 3 May 2024\n\nThe Security Council condemned the attack on a convoy. The Secretary-General is "
       "alarmed by the fighting in El Fasher. He calls on the Rapid Support Forces to halt their offensive.",
       [("REQUEST", "UN", "RSF_SUDAN")], kind="participants"),
    # A possessive determiner owns the event noun; its de-phrase is then whom it is done to.
    fr("Paris, le 3 mai 2025\n\nLe Mali a annoncé son retrait de la Cédéao.", [("RETREAT", "MLI", "ECOWAS")],
       absent=[("RETREAT", "ECOWAS", "MLI")], kind="roles"),
    # The host's guest named by country: 'son homologue indien'.
    fr("Paris, le 3 mai 2025\n\nLe ministre français a reçu aujourd'hui son homologue indien.",
       [("CONSULT", "IND", "FRA")], kind="roles"),
    # 'its ambassador' is the possessor's envoy, not the voice's.
    de("Berlin, 12. März 2024\n\nFrankreich hat seinen Botschafter aus Niger abgezogen.", [("RETREAT", "FRA", "NER")],
       absent=[("RETREAT", "FRA", "DEU")], kind="roles"),
    # A date the parse hangs as the object is not what the verb is done to.
    fr("Paris, le 12 mars 2024\n\nLe ministre a rencontré lundi 11 mars son homologue indien à New Delhi.",
       [("CONSULT", "FRA", "IND")], kind="roles"),
    # A pronoun in a document's first paragraph, before any blank line, finds what it stands for.
    en("The United Kingdom remains firm in its support of Ukrainian President Volodymyr Zelensky and the Ukrainian "
       "people.\n\nMinisters will meet again in June.", [("SUPPORT", "GBR", "UKR")], kind="participants"),
    # An act placed in a list of countries is done to each of them.
    nl("Den Haag, 4 maart 2024\n\nNederland heeft 20 miljoen euro noodhulp toegezegd voor hulp in onder meer "
       "Soedan en Jemen.", [("AID", "NLD", "SDN"), ("AID", "NLD", "YEM")], kind="roles"),
    en("London, 4 March 2024\n\nThe United Kingdom has pledged £20 million in emergency aid in Sudan and Yemen.",
       [("AID", "GBR", "SDN"), ("AID", "GBR", "YEM")], kind="roles"),
    # A reaction to something done by someone ('la décision prise par …') is aimed at whoever did it.
    fr("Paris, le 3 mai 2024\n\nLa France condamne la décision prise hier par les autorités russes d'expulser deux "
       "diplomates.", [("ACCUSE", "FRA", "RUS")], kind="roles"),
    en("Tokyo, 3 May 2024\n\nJapan welcomes the steps announced yesterday by the Philippines.",
       [("SUPPORT", "JPN", "PHL")], kind="roles"),
    # 'the country', 'le pays' with no possessive is the country named last before it.
    en("Brussels, 3 May 2024\n\nElections were held in Mali last week. The European Union will send humanitarian aid "
       "to the country.", [("AID", "EU", "MLI")], kind="participants"),
    fr("Paris, le 3 mai 2024\n\nDes élections ont eu lieu au Mali. La France enverra une aide humanitaire au pays.",
       [("AID", "FRA", "MLI")], kind="participants"),
    # Trade that a sanction stops is no cooperation; its partner is the sanction's target.
    en("London, 4 June 2024\n\nBritain announced a ban on exports of dual-use goods to Iran.",
       [("SANCTION", "GBR", "IRN")], absent=[("COOPERATE", "GBR", "IRN")], kind="roles"),
    fr("Paris, le 4 juin 2024\n\nLa France a décidé un embargo sur les exportations d'armes vers la Russie.",
       [("SANCTION", "FRA", "RUS")], absent=[("COOPERATE", "FRA", "RUS")], kind="roles"),
    # Trading accusations is accusing, not trade.
    en("Manila, 4 June 2024\n\nChina traded accusations with the Philippines after a collision at sea.",
       [("ACCUSE", "CHN", "PHL")], absent=[("COOPERATE", "CHN", "PHL")], kind="type"),
    # A guest named by office and country ('the King of Jordan') is the visitor.
    en("Washington, 4 June 2024\n\nThe President hosted the King of Jordan at the White House on Tuesday.",
       [("CONSULT", "JOR", "USA")], kind="roles"),
    # Denouncing an agreement ends it: the partner is whom it is ended with.
    fr("Paris, le 4 juin 2024\n\nLe Niger a dénoncé l'accord de coopération militaire avec la France.",
       [("SANCTION", "NER", "FRA")], kind="type"),
    # A number between a preposition and the actor's adjective keeps the phrase whole.
    de("Berlin, 4. Juni 2024\n\nDie EU hat Sanktionen gegen 30 russische Unternehmen verhängt.",
       [("SANCTION", "EU", "RUS")], kind="roles"),
    # A past participle that describes a noun tells what was done to it ('accused of'), not what it did.
    en("Brussels, 4 June 2024\n\nThe package bans transactions with 22 more Russian banks and targets three Chinese "
       "refineries accused of processing Russian crude.", absent=[("ACCUSE", "CHN", "RUS")], kind="roles"),
    # Whoever attends with no meeting named attends the one the sentence before told.
    nl("Den Haag, 24 januari 2023\n\nOp maandag 23 januari vond de Raad Buitenlandse Zaken plaats in Brussel. Minister "
       "Hoekstra nam deel.", [("CONSULT", "NLD", "EU")], kind="participants"),
    de("Berlin, 24. Januar 2023\n\nAm Montag fand in Brüssel der Rat für Auswärtige Angelegenheiten statt. "
       "Außenministerin Baerbock nahm daran teil.", [("CONSULT", "DEU", "EU")], kind="participants"),
    # An organisation in a heading above a national dateline is the topic; the dateline's country speaks, and
    # handing a report to parliament offers nothing.
    nl("Verslag Raad Buitenlandse Zaken\n\nDen Haag, 31 januari 2023\n\nHierbij bied ik u het verslag aan van de Raad "
       "Buitenlandse Zaken van 23 januari 2023.\n\nDe Raad vond plaats op 23 januari. De Minister van Buitenlandse "
       "Zaken nam deel.", [("CONSULT", "NLD", "EU")], absent=[("AGREE", "NLD", "EU"), ("CONSULT", "EU", "EU")],
       kind="participants"),
    # What a response answers was done by someone else than the responder.
    en("Brussels, 4 June 2024\n\nThe sanctions were imposed by the European Union in response to the illegal annexation "
       "of Crimea.", absent=[("COERCE", "EU", "UKR")], kind="roles"),
    fr("Berne, le 4 juin 2024\n\nLe Conseil fédéral a repris les sanctions imposées par l'UE en réponse à l'annexion "
       "illégale de la Crimée.", absent=[("COERCE", "EU", "UKR")], kind="roles"),
    # What was done instead of an act says the act did not happen.
    fr("Paris, le 4 juin 2024\n\nLa Russie a choisi la confrontation avec l'UE au lieu d'accepter la proposition de la "
       "France.", absent=[("AGREE", "RUS", "FRA")], kind="modality"),
    en("London, 4 June 2024\n\nRussia chose confrontation instead of accepting the proposal of the United Kingdom.",
       absent=[("AGREE", "RUS", "GBR")], kind="modality"),
    # A visit at the invitation of its host: the invitation is no request of its own.
    nl("Den Haag, 4 juni 2024\n\nHet Koningspaar brengt op uitnodiging van de Koning der Belgen een staatsbezoek aan "
       "België.", absent=[("REQUEST", "NLD", "BEL"), ("REQUEST", "BEL", "NLD")], kind="type"),
    # A verb that restates its object's event takes the noun's target, not the noun's owner.
    en("Washington, 12 March 2024\n\nSecretary Blinken reaffirmed U.S. support for the African Union mission in "
       "Somalia.", [("SUPPORT", "USA", "AU")], absent=[("SUPPORT", "USA", "USA")], kind="roles"),
    # A clause-final verb has its noun part before it, and a name after another with only an article between is
    # no list ('dass Deutschland der Ukraine … zur Verfügung stellen werde').
    de("Berlin, 12.03.2024\n\nBaerbock kündigte an, dass Deutschland der Ukraine weitere 100 Millionen Euro für den "
       "Wiederaufbau zur Verfügung stellen werde.", [("AID", "DEU", "UKR")], kind="roles"),
    # An act someone is thanked for is theirs.
    de("Warschau, 12.03.2024\n\nAußenminister Sikorski dankte Deutschland für die Lieferung von Patriot-Systemen an Polen.",
       [("SUPPORT", "POL", "DEU"), ("AID", "DEU", "POL")], kind="roles"),
    en("Washington, 12 March 2024\n\nThe Secretary thanked Norway for its humanitarian assistance to Gaza.",
       [("SUPPORT", "USA", "NOR"), ("AID", "NOR", "PSE")], kind="roles"),
    # The de-phrase of an event noun whose entry has no target there is its agent.
    fr("Paris, le 12 mars 2024\n\nEntretien de Jean-Noël Barrot avec son homologue marocain", [("CONSULT", "FRA", "MAR")],
       kind="roles"),
    # 'both organisations' are the last two organisations named, listed together.
    nl("Brussel, 3 augustus 2024\n\nDe EU neemt nota van de beoordelingen van de Afrikaanse Unie en de "
       "Ontwikkelingsgemeenschap van zuidelijk Afrika. Zij dankt beide organisaties voor hun rol.",
       [("SUPPORT", "EU", "AU"), ("SUPPORT", "EU", "SADC")], kind="participants"),
    en("Brussels, 3 August 2024\n\nThe EU takes note of the assessments of the African Union and the Southern African "
       "Development Community. It thanks both organisations for their role.",
       [("SUPPORT", "EU", "AU"), ("SUPPORT", "EU", "SADC")], kind="participants"),
    # A plain accusation with no one named follows the side's last stance, praise included.
    en("Brussels, 3 August 2024\n\nThe EU congratulates the people of Zimbabwe on the peaceful vote. The EU is concerned "
       "about the alleged irregularities.", [("SUPPORT", "EU", "ZWE"), ("ACCUSE", "EU", "ZWE")], kind="participants"),
    # Never ceasing to act is acting.
    en("Brussels, 17 October 2022\n\nBelgium has never stopped calling on Iran to release its citizen.",
       [("REQUEST", "BEL", "IRN")], kind="modality"),
    # A question demands nothing; without a parse, only a name that can be the subject is whom a modal addresses.
    en("Tallinn, 4 May 2025\n\nWhat do you expect from Washington?", absent=[("REQUEST", "EST", "USA")],
       kind="modality"),
    de("Berlin, 12. September 2025\n\nDer deutsche Beitrag für UNIFIL soll weiterhin ein Schiff umfassen. Es muss die "
       "Einnahmen Russlands weiter verringern.", absent=[("REQUEST", "DEU", "UN"), ("REQUEST", "DEU", "RUS")],
       kind="modality"),
    de("Berlin, 12. September 2025\n\nRussland muss seine Truppen aus der Ukraine abziehen.",
       [("REQUEST", "DEU", "RUS")], kind="modality"),
    # A meeting someone is excluded from is not held with them.
    en("London, 18 September 2023\n\nThe suspension entails the exclusion of Gabon from all Commonwealth meetings.",
       absent=[("CONSULT", "GAB", "COMMONWEALTH")], kind="roles"),
    # --- Lexicon batch 1: equivalents across the four languages (conflict types) ------------------
    en("Washington, 5 June 2024\n\nRussia has stationed nuclear weapons in Belarus, the Pentagon said.",
       [("MOBILIZE", "RUS", "BLR")], kind="lexicon"),
    fr("Paris, le 5 juin 2024\n\nDes navires chinois ont patrouillé dans les eaux revendiquées par les Philippines.",
       [("MOBILIZE", "CHN", "PHL")], kind="lexicon"),
    en("Geneva, 5 June 2024\n\nSyria mistreated Turkish detainees in Aleppo, the commission found.",
       [("ASSAULT", "SYR", "TUR")], kind="lexicon"),
    fr("Genève, le 5 juin 2024\n\nLa Russie a maltraité des prisonniers ukrainiens.",
       [("ASSAULT", "RUS", "UKR")], kind="lexicon"),
    de("Berlin, 5. Juni 2024\n\nBei Zusammenstößen zwischen Armenien und Aserbaidschan starben drei Soldaten.",
       [("ASSAULT", "ARM", "AZE")], kind="lexicon"),
    nl("Den Haag, 5 juni 2024\n\nBij een schermutseling tussen India en China vielen gewonden.",
       [("ASSAULT", "IND", "CHN")], kind="lexicon"),
    en("Caracas, 5 June 2024\n\nVenezuela expropriated the assets of a Spanish company.",
       [("COERCE", "VEN", "ESP")], absent=[("COOPERATE", "VEN", "ESP")], kind="lexicon"),
    de("Caracas, 5. Juni 2024\n\nVenezuela hat die Ölfelder amerikanischer Konzerne verstaatlicht.",
       [("COERCE", "VEN", "USA")], kind="lexicon"),
    nl("Den Haag, 5 juni 2024\n\nHet Russische leger heeft een uitgaansverbod in Oekraïne ingesteld.",
       [("COERCE", "RUS", "UKR")], kind="lexicon"),
    fr("Téhéran, le 5 juin 2024\n\nLa France condamne la peine de prison infligée par l'Iran à une "
       "ressortissante française.", [("COERCE", "IRN", "FRA")], kind="lexicon"),
    fr("Pékin, le 5 juin 2024\n\nLa Chine a élevé une protestation auprès du Japon.", [("ACCUSE", "CHN", "JPN")],
       kind="lexicon"),
    nl("Den Haag, 5 juni 2024\n\nNederland tekende bij Rusland protest aan.", [("ACCUSE", "NLD", "RUS")],
       absent=[("AGREE", "NLD", "RUS")], kind="lexicon"),
    de("Berlin, 5. Juni 2024\n\nDeutschland legte bei China Protest ein.", [("ACCUSE", "DEU", "CHN")],
       kind="lexicon"),
    en("London, 5 June 2024\n\nThe Foreign Office called in the Iranian ambassador on Monday.",
       [("ACCUSE", "GBR", "IRN")], kind="lexicon"),
    de("Berlin, 5. Juni 2024\n\nDie USA haben neue Exportkontrollen gegen China verhängt.",
       [("SANCTION", "USA", "CHN")], kind="lexicon"),
    nl("Washington, 5 juni 2024\n\nDe Verenigde Staten voeren nieuwe exportbeperkingen tegen China in.",
       [("SANCTION", "USA", "CHN")], kind="lexicon"),
    fr("Bamako, le 5 juin 2024\n\nLe Mali expulse l'ambassadeur de France.", [("SANCTION", "MLI", "FRA")],
       kind="lexicon"),
    en("Khartoum, 5 June 2024\n\nThe Sudanese rebels laid down their arms to the Chadian army.",
       [("RETREAT", "SDN", "TCD")], kind="lexicon"),
    nl("Den Haag, 5 juni 2024\n\nNederland heeft 40 burgers uit Soedan gerepatrieerd.",
       [("RETREAT", "NLD", "SDN")], kind="lexicon"),
    en("Tbilisi, 5 June 2024\n\nThousands of Georgians took to the streets against Russia.",
       [("PROTEST", "GEO", "RUS")], kind="lexicon"),
    de("Tiflis, 5. Juni 2024\n\nTausende Georgier gingen gegen Russland auf die Straße.",
       [("PROTEST", "GEO", "RUS")], kind="lexicon"),
    nl("Tbilisi, 5 juni 2024\n\nDuizenden Georgiërs gingen tegen Rusland de straat op.",
       [("PROTEST", "GEO", "RUS")], kind="lexicon"),
    # --- Lexicon batch 2: concessions, aid, requests and cooperation across the languages --------------
    en("Paris, 6 June 2024\n\nIran freed two French citizens on Thursday.", [("CONCEDE", "IRN", "FRA")],
       kind="lexicon"),
    fr("Ottawa, le 6 juin 2024\n\nLa Chine a remis en liberté deux Canadiens.", [("CONCEDE", "CHN", "CAN")],
       kind="lexicon"),
    nl("Den Haag, 6 juni 2024\n\nNederland biedt Indonesië excuses aan voor het geweld.",
       [("CONCEDE", "NLD", "IDN")], absent=[("AGREE", "NLD", "IDN")], kind="lexicon"),
    de("Berlin, 6. Juni 2024\n\nDie EU hat ein Rettungspaket für Griechenland beschlossen.", [("AID", "EU", "GRC")],
       kind="lexicon"),
    nl("Den Haag, 6 juni 2024\n\nNederland stuurt hulpgoederen naar Turkije.", [("AID", "NLD", "TUR")],
       kind="lexicon"),
    de("Berlin, 6. Juni 2024\n\nDeutschland schickt Hilfsgüter an die Türkei.", [("AID", "DEU", "TUR")],
       kind="lexicon"),
    de("Paris, 6. Juni 2024\n\nFrankreich richtete ein Ersuchen an Deutschland.", [("REQUEST", "FRA", "DEU")],
       kind="lexicon"),
    fr("Rabat, le 6 juin 2024\n\nLe Maroc a repris ses relations diplomatiques avec l'Iran.",
       [("COOPERATE", "MAR", "IRN")], kind="lexicon"),
    nl("Den Haag, 6 juni 2024\n\nMarokko hervat de diplomatieke betrekkingen met Iran.",
       [("COOPERATE", "MAR", "IRN")], kind="lexicon"),
    nl("Washington, 6 juni 2024\n\nDe Verenigde Staten voeren nieuwe invoerrechten op Chinese auto's in.",
       [("SANCTION", "USA", "CHN")], kind="lexicon"),
    # --- Lexicon batch 3: a ceasefire or truce between parties is an agreement; calling for one is not ------
    en("Baku, 7 June 2024\n\nA ceasefire between Armenia and Azerbaijan took effect on Monday.",
       [("AGREE", "ARM", "AZE")], kind="lexicon"),
    fr("Bakou, le 7 juin 2024\n\nUne trêve entre l'Arménie et l'Azerbaïdjan est entrée en vigueur lundi.",
       [("AGREE", "ARM", "AZE")], kind="lexicon"),
    en("Brussels, 7 June 2024\n\nThe European Union called on Israel to agree to a ceasefire with Hamas.",
       [("REQUEST", "EU", "ISR")], absent=[("AGREE", "ISR", "EU")], kind="lexicon"),
    fr("Paris, le 7 juin 2024\n\nLa France appelle la Russie à un cessez-le-feu immédiat.",
       [("REQUEST", "FRA", "RUS")], absent=[("AGREE", "FRA", "RUS"), ("AGREE", "RUS", "FRA")], kind="lexicon"),
    en("London, 7 June 2024\n\nBritain's security guarantees to Ukraine were signed in Kyiv.",
       [("AGREE", "GBR", "UKR")], kind="lexicon"),
    # A topic opened by 'Regarding' is no act of the sentence's subject.
    en("Brussels, 11 April 2022\n\nRegarding the investigation into the situation in Ukraine, Belgium stressed the "
       "need for clear organisation.", absent=[("ACCUSE", "BEL", "UKR")], kind="roles"),
    # A readout that names its own country only late still speaks for it; an act someone needs is asked for.
    en("PM call with President of Kenya: 3 May 2024\n\nThe Prime Minister spoke to President William Ruto of Kenya this "
       "afternoon.\n\nThe leaders agreed on the need for an urgent ceasefire. The Prime Minister welcomed Kenya's "
       "leadership of the mission in Haiti and confirmed the UK would provide a further £5 million to support it.",
       [("CONSULT", "GBR", "KEN"), ("AID", "GBR", "HTI")], kind="participants"),
    # A name in a heading's object is what is done, not who speaks; designating officials sanctions them.
    en("Sanctioning Iranian Officials Responsible for Human Rights Abuses\n\nPress Statement\nAntony J. Blinken, "
       "Secretary of State\nMarch 5, 2024\n\nToday, the United States is designating five Iranian officials. We call on "
       "Iran to release all political prisoners. We are coordinating closely with Canada.",
       [("SANCTION", "USA", "IRN"), ("REQUEST", "USA", "IRN"), ("COOPERATE", "USA", "CAN")],
       absent=[("COOPERATE", "IRN", "CAN")], kind="participants"),
    # A counterpart of another side is never the person named before; a clause-final call has its partner before it.
    de("Berlin, 05.12.2024\n\nAußenministerin Baerbock hat heute mit ihrem georgischen Amtskollegen telefoniert und ihre "
       "Besorgnis zum Ausdruck gebracht.", [("CONSULT", "DEU", "GEO")], kind="roles"),
    # A modal at the end of a subordinate clause addresses the name that opens it.
    nl("Den Haag, 12 maart 2024\n\nDe minister benadrukte dat Israël zich aan het humanitair oorlogsrecht moet houden.",
       [("REQUEST", "NLD", "ISR")], kind="modality"),
    de("Berlin, 12. März 2024\n\nDie Ministerin betonte, dass Russland seine Truppen aus der Ukraine vollständig "
       "abziehen muss.", [("REQUEST", "DEU", "RUS")], kind="modality"),
    # An organisation's office with no one named and no voice of that organisation is the organisation the text
    # names; the subject of a heading's bare participle is what is done, not who speaks.
    en("Statement by the Secretary-General on the situation in the Democratic Republic of the Congo\n\nNew York, "
       "28 January 2025\n\nThe Secretary-General strongly condemns the offensive by the M23. He urges Rwanda to "
       "withdraw its troops. The United Nations remains committed to supporting the people of the Congo.",
       [("ACCUSE", "UN", "M23"), ("REQUEST", "UN", "RWA")], kind="participants"),
    en("Press Release: Gabon partially suspended from the Commonwealth\n\n18 September 2023\n\nThe "
       "Commonwealth Ministerial Action Group met in New York. Ministers decided to partially suspend Gabon from the "
       "Commonwealth.", [("SANCTION", "COMMONWEALTH", "GAB")], kind="participants"),
    # An interview speaks for the guest its head introduces, whoever the first questions name.
    en("Interview with Foreign Minister Penny Wong on ABC Radio\n\n27 August 2025\n\nJOURNALIST: Minister, Iran's "
       "ambassador has been expelled. Why now?\n\nWONG: Iran directed at least two attacks in Australia. We have "
       "suspended operations at our embassy in Tehran.\n\nJOURNALIST: Have you spoken to your counterparts?\n\nWONG: "
       "I spoke with the UK Foreign Secretary this morning.", [("CONSULT", "AUS", "GBR")],
       absent=[("CONSULT", "IRN", "GBR")], kind="participants"),
    # 'welcomed the decision' points back to the last deed told a few sentences before.
    en("Brussels, 20 May 2025\n\nThe European Union approved new sanctions against Russia on Tuesday. Moscow said it "
       "would respond. The Kremlin called them illegal. Ukraine's Foreign Minister Andrii Sybiha welcomed the "
       "decision.", [("SUPPORT", "UKR", "EU")], kind="participants"),
    # A passive with no agent named is done to its subject, by the voice for a deed of its own.
    fr("Bruxelles, le 4 mars 2025\n\nLa Belgique a appliqué le principe de réciprocité : les diplomates rwandais ont été "
       "déclarés persona non grata.", [("SANCTION", "BEL", "RWA")], absent=[("SANCTION", "RWA", "BEL")],
       kind="roles"),
    # Coercion turned on people named as such (protesters, journalists) is done to the coercer's own country.
    fr("Paris, le 4 décembre 2024\n\nLes autorités géorgiennes ont arrêté plus de 400 manifestants et journalistes.",
       [("COERCE", "GEO", "GEO")], kind="roles"),
    en("London, 4 December 2024\n\nThe Georgian authorities have detained more than 400 protesters.",
       [("COERCE", "GEO", "GEO")], kind="roles"),
    # A list whose members each repeat their preposition is still one list for 'les trois pays'.
    fr("Dakar, le 18 juillet 2025\n\nLes juntes au pouvoir au Mali, au Burkina Faso et au Niger se sont rapprochées de "
       "Moscou. Les trois pays ont quitté en janvier la Cédéao.",
       [("RETREAT", "MLI", "ECOWAS"), ("RETREAT", "BFA", "ECOWAS"), ("RETREAT", "NER", "ECOWAS")],
       kind="participants"),
    # A modal whose subject is an act asks for that act, of no one named.
    en("Washington, 18 July 2014\n\nThe United States said that an independent international investigation must begin "
       "immediately.", [("REQUEST", "USA", None)], kind="modality"),
    # Costs imposed are sanctions; what steps taken by someone are for is done by them.
    en("Washington, 18 July 2014\n\nThe leaders welcomed the recent steps taken by the United States and the European "
       "Union to increase the costs to Russia.", [("SANCTION", "USA", "RUS"), ("SANCTION", "EU", "RUS")],
       kind="roles"),
    # A name apposed to a title is the same side, never the partner.
    nl("Brussel, 20 maart 2023\n\nDe Raad Buitenlandse Zaken kwam maandag bijeen. De Oekraïense minister van "
       "Buitenlandse Zaken, Dmytro Koeleba, nam via videoverbinding deel aan de besprekingen.",
       [("CONSULT", "UKR", "EU")], kind="participants"),
    # A heading that judges someone's acts ('Russia's attacks … are war crimes') does not make them the voice;
    # a heading's statement or meeting of someone ('Canada's statement to the OSCE') does.
    en("Russia's attacks on Ukraine's energy grid are war crimes: UK statement at the UN Security Council\n\n12 March "
       "2024\n\nThank you, President. The United Kingdom condemns these attacks. We welcome the decision of the "
       "European Union to open accession negotiations with Ukraine.", [("SUPPORT", "GBR", "EU")],
       absent=[("SUPPORT", "RUS", "EU")], kind="participants"),
    # Launching missiles or drones at a country attacks it.
    en("London, 12 March 2024\n\nRussia continues to launch missiles and drones at Ukraine's cities.",
       [("ASSAULT", "RUS", "UKR")], kind="lexicon"),
    # The members of an organisation named with an article or its name stand for it; members in general do not.
    en("Brussels, 4 April 2024\n\nNATO foreign ministers met in Brussels on Thursday. The Allies condemned Russia's "
       "strikes on Ukraine. Ministers stressed the common values of allies and the protection of civilians.",
       [("ACCUSE", "NATO", "RUS")], kind="participants"),
    nl("Den Haag, 25 juni 2025\n\nDe NAVO-top in Den Haag is afgesloten. De bondgenoten veroordeelden de Russische "
       "aanvallen op Oekraïense steden.", [("ACCUSE", "NATO", "RUS")], kind="participants"),
    de("Brüssel, 12. Mai 2024\n\nDer Rat der Europäischen Union tagte am Montag. Die Mitgliedstaaten verurteilten "
       "den russischen Angriff auf die Ukraine.", [("ACCUSE", "EU", "RUS")], kind="participants"),
    fr("Bruxelles, 12 mai 2024\n\nLe Conseil de l'Union européenne s'est réuni lundi. Les États membres ont "
       "condamné l'attaque russe contre l'Ukraine.", [("ACCUSE", "EU", "RUS")], kind="participants"),
    # A reaction noun's complement that points back to an event told before reacts to that event's doer.
    en("Tokyo, 3 May 2024\n\nA Chinese coast guard vessel fired water cannon at a Philippine supply boat on "
       "Monday. Japan expressed serious concern over the incident.", [("ACCUSE", "JPN", "CHN")], kind="roles"),
    fr("Tokyo, 3 mai 2024\n\nUn navire des garde-côtes chinois a tiré au canon à eau sur un bateau philippin "
       "lundi. Le Japon a exprimé sa vive préoccupation face à cet incident.", [("ACCUSE", "JPN", "CHN")],
       kind="roles"),
    # Without a parse, a judgement whose clause opens with a pronoun for an event ('Es war …', 'Dat is …') judges
    # the doer of the event told just before.
    de("Auswärtiges Amt\n\nBerlin, 12. September 2025\n\nRussische Drohnen drangen am Mittwoch in den polnischen "
       "Luftraum ein. Es war eine gezielte Provokation.", [("ACCUSE", "DEU", "RUS")], kind="roles"),
    nl("Ministerie van Buitenlandse Zaken\n\nDen Haag, 12 mei 2024\n\nRusland heeft gisteren Kyiv gebombardeerd. "
       "Dat is in strijd met het internationaal recht.", [("ACCUSE", "NLD", "RUS")], kind="roles"),
    # Two compounds sharing their head are one event, whose modifiers stand before both.
    de("Berlin, 12. Mai 2024\n\nDer Minister informierte über die jüngsten russischen Raketen- und Drohnenangriffe "
       "auf die Ukraine.", [("ASSAULT", "RUS", "UKR")], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nDe minister sprak over de recente Russische raket- en droneaanvallen op Oekraïne.",
       [("ASSAULT", "RUS", "UKR")], kind="lexicon"),
    # Whom one thanks is the target of the thanks, not the doer of an act told later in the sentence.
    de("Bern, 3. Mai 2024\n\nAussenminister Sybiha dankte der Schweiz für ihre Unterstützung und informierte über "
       "die jüngsten russischen Drohnenangriffe auf Kiew.", [("SUPPORT", "UKR", "CHE"), ("ASSAULT", "RUS", "UKR")],
       absent=[("SUPPORT", "UKR", "RUS"), ("SUPPORT", "CHE", "RUS")], kind="roles"),
    # Aid told with a verb and no one named to receive it goes to whom its giver just supported.
    de("Bern, 3. Mai 2024\n\nDie Schweiz unterstützt die Ukraine beim Wiederaufbau. Für die humanitäre Minenräumung "
       "stellt die Schweiz in den Jahren 2024 bis 2027 CHF 100 Mio. zur Verfügung.", [("AID", "CHE", "UKR")],
       kind="roles"),
    en("Wellington, 3 May 2024\n\nNew Zealand stands with Tonga after the cyclone. New Zealand will provide "
       "NZ$5 million for emergency shelter and clean water.", [("AID", "NZL", "TON")], kind="roles"),
    # A capitalised 'Government' that names no country is the government the document speaks for.
    en("Wellington, 3 May 2024\n\nThe Government of Sudan expelled the UN envoy. New Zealand condemned the "
       "decision. The Government will provide NZ$5 million to the World Food Programme.",
       [("AID", "NZL", "UN"), ("ACCUSE", "NZL", "SDN")], absent=[("SANCTION", "NZL", "UN")], kind="participants"),
    fr("Paris, le 3 mai 2024\n\nLe Gouvernement condamne fermement l'attaque russe contre Kharkiv.",
       [("ACCUSE", "FRA", "RUS")], kind="participants"),
    # An act placed in a part of a country ('in the south of Lebanon', 'im Osten der Ukraine') is done to it.
    en("Paris, 14 March 2025\n\nIsrael carried out airstrikes in the south of Lebanon.", [("ASSAULT", "ISR", "LBN")],
       kind="roles"),
    fr("Paris, le 14 mars 2025\n\nIsraël a mené des frappes aériennes dans le sud du Liban.",
       [("ASSAULT", "ISR", "LBN")], kind="roles"),
    de("Berlin, 14. März 2025\n\nRussland hat erneut Luftangriffe im Osten der Ukraine geflogen.",
       [("ASSAULT", "RUS", "UKR")], kind="roles"),
    nl("Den Haag, 14 maart 2025\n\nIsraël voerde luchtaanvallen uit in het zuiden van Libanon.",
       [("ASSAULT", "ISR", "LBN")], kind="roles"),
    # A word the tagger mistakes for a preposition is a verb where the parse gives it a subject or an object.
    fr("Vilnius, le 14 mars 2025\n\nLa Lituanie expulse deux diplomates russes.", [("SANCTION", "LTU", "RUS")],
       kind="lexicon"),
    # A diplomatic act told in the passive with no one named to do it is the document's voice's; without a parse,
    # a participle after a passive auxiliary is done to the subject.
    en("London, 3 May 2024\n\nThe Russian ambassador was summoned to the Foreign Office on Friday.",
       [("ACCUSE", "GBR", "RUS")], kind="roles"),
    fr("Paris, le 3 mai 2024\n\nL'ambassadeur de Russie a été convoqué au Quai d'Orsay.", [("ACCUSE", "FRA", "RUS")],
       kind="roles"),
    de("Berlin, 3. Mai 2024\n\nDer russische Botschafter wurde am Freitag ins Auswärtige Amt einbestellt. Zwei "
       "russische Diplomaten wurden ausgewiesen.", [("ACCUSE", "DEU", "RUS"), ("SANCTION", "DEU", "RUS")],
       absent=[("ACCUSE", "RUS", "DEU")], kind="roles"),
    nl("Den Haag, 3 mei 2024\n\nDe Russische ambassadeur werd vrijdag ontboden op het ministerie van Buitenlandse "
       "Zaken.", [("ACCUSE", "NLD", "RUS")], kind="roles"),
    de("Berlin, 3. Mai 2024\n\nDeutschland wird die Ukraine weiter unterstützen.", [("SUPPORT", "DEU", "UKR")],
       kind="roles"),
    # Dutch and German phrasings of every type: concern ('zorgen over', 'verontrust'), speaking out against or for
    # ('sprak zich uit tegen', 'sprach sich gegen … aus'), lawsuits, torture, deportation, returns, welcoming a
    # visitor, imposing sanctions and tariffs ('leggen … sancties op', 'erlegt … auf'), vetoes, freezing, recalls,
    # breaking off relations and cancelled meetings with their counterpart's preposition; 'sagte der Ukraine … zu'.
    nl("Den Haag, 12 mei 2024\n\nNederland maakt zich grote zorgen over het optreden van Rusland.",
       [('ACCUSE', 'NLD', 'RUS')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland is verontrust over het optreden van Rusland.",
       [('ACCUSE', 'NLD', 'RUS')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland uitte zijn bezorgdheid over het optreden van Rusland.",
       [('ACCUSE', 'NLD', 'RUS')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland sprak zich uit tegen het besluit van Israël.",
       [('ACCUSE', 'NLD', 'ISR')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland heeft zich uitgesproken voor de toetreding van Oekraïne.",
       [('SUPPORT', 'NLD', 'UKR')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland spande een rechtszaak aan tegen Rusland.",
       [('ACCUSE', 'NLD', 'RUS')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nIran heeft Nederlandse burgers gefolterd.",
       [('ASSAULT', 'IRN', 'NLD')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland deed een appel op Rusland om de gevangenen vrij te laten.",
       [('REQUEST', 'NLD', 'RUS')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nRusland gaf de in beslag genomen schepen terug aan Oekraïne.",
       [('RETREAT', 'RUS', 'UKR')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland heette de Oekraïense president welkom.",
       [('CONSULT', 'NLD', 'UKR')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nDe Verenigde Staten leggen Iran nieuwe sancties op.",
       [('SANCTION', 'USA', 'IRN')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nDe Verenigde Staten heffen invoerheffingen op Chinese producten.",
       [('SANCTION', 'USA', 'CHN')], absent=[('CONCEDE', 'USA', 'CHN')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nHongarije legde een veto in tegen het voorstel van Frankrijk.",
       [('REJECT', 'HUN', 'FRA')], kind="lexicon"),
    nl("Den Haag, 12 mei 2024\n\nNederland bevriest de tegoeden van Rusland.",
       [('SANCTION', 'NLD', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland sprach sich gegen die Annexion durch Russland aus.",
       [('ACCUSE', 'DEU', 'RUS')], absent=[('SUPPORT', 'DEU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nRussland hat ukrainische Kinder verschleppt.",
       [('COERCE', 'RUS', 'UKR')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nRussland gab die beschlagnahmten Schiffe an die Ukraine zurück.",
       [('RETREAT', 'RUS', 'UKR')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDer Bundeskanzler hieß den ukrainischen Präsidenten in Berlin willkommen.",
       [('CONSULT', 'DEU', 'UKR')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDie EU erlegt Russland neue Sanktionen auf.",
       [('SANCTION', 'EU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland verwahrt sich gegen die Vorwürfe Russlands.",
       [('REJECT', 'DEU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nUngarn legte ein Veto gegen den Vorschlag Frankreichs ein.",
       [('REJECT', 'HUN', 'FRA')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland hat zwei russische Diplomaten zu unerwünschten Personen erklärt.",
       [('SANCTION', 'DEU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nRussland sagte das Treffen mit Deutschland ab.",
       [('REJECT', 'RUS', 'DEU')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland ruft seinen Botschafter aus Russland zurück.",
       [('SANCTION', 'DEU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland bricht die diplomatischen Beziehungen zu Iran ab.",
       [('SANCTION', 'DEU', 'IRN')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland friert die Vermögenswerte von Russland ein.",
       [('SANCTION', 'DEU', 'RUS')], kind="lexicon"),
    de("Berlin, 12. Mai 2024\n\nDeutschland sagte der Ukraine weitere Unterstützung zu.",
       [('SUPPORT', 'DEU', 'UKR')], kind="lexicon"),
    # Without a parse: a reaction to a country's conduct named in the genitive after a noun; a refusal of talks is
    # aimed at the partner of the talks; an act another act of the clause is about is not the voice's.
    de("Berlin, 3. Mai 2024\n\nDie Bundesregierung ist besorgt über das Vorgehen Russlands.", [("ACCUSE", "DEU", "RUS")],
       kind="roles"),
    de("Berlin, 3. Mai 2024\n\nRussland lehnte Gespräche mit der Ukraine ab.", [("REJECT", "RUS", "UKR")],
       absent=[("CONSULT", "DEU", "UKR")], kind="roles"),
    nl("Den Haag, 3 mei 2024\n\nHongarije blokkeerde het sanctiepakket tegen Rusland.",
       absent=[("SANCTION", "NLD", "RUS")], kind="roles"),
    de("Berlin, 3. Mai 2024\n\nWir bekräftigen unsere Unterstützung für die Ukraine gegen Russlands Angriffskrieg.",
       [("SUPPORT", "DEU", "UKR")], absent=[("SUPPORT", "DEU", "RUS")], kind="roles"),
    # An event noun modifying another of its type is one event with it: the ceasefire agreement is the parties'.
    en("Washington, 14 March 2025\n\nThe Secretary welcomed the ceasefire agreement between Armenia and Azerbaijan.",
       [("AGREE", "ARM", "AZE"), ("SUPPORT", "USA", "ARM")], absent=[("AGREE", "USA", "ARM")], kind="roles"),
    # --- Lexicon batch 4 (English, French): phrasal verbs, verb+noun expressions and event nouns of foreign-affairs
    # prose, with their slots; generic verbs ('give', 'apporter', 'manifester') only where their object allows.
    en("London, 3 March 2024\n\nThe Foreign Minister of Canada reached out to her Iranian counterpart.",
       [("CONSULT", "CAN", "IRN")], kind="lexicon"),
    en("London, 3 March 2024\n\nJapan sat down with China for talks on the islands.", [("CONSULT", "JPN", "CHN")],
       kind="lexicon"),
    en("London, 3 March 2024\n\nQatar brokered a ceasefire between Israel and Hamas.",
       [("CONSULT", "QAT", "ISR"), ("CONSULT", "QAT", "HAMAS")], kind="lexicon"),
    en("London, 3 March 2024\n\nNorway's shuttle diplomacy between Israel and Egypt continued.",
       [("CONSULT", "NOR", "ISR"), ("CONSULT", "NOR", "EGY")], kind="lexicon"),
    en("London, 3 March 2024\n\nIndia inked a deal with France.", [("AGREE", "IND", "FRA")], kind="lexicon"),
    en("London, 3 March 2024\n\nTurkey sided with Azerbaijan in the dispute. Poland stands behind Ukraine.",
       [("SUPPORT", "TUR", "AZE"), ("SUPPORT", "POL", "UKR")], kind="lexicon"),
    en("London, 3 March 2024\n\nFrance voted in favour of Ukraine's membership. Germany voted for the resolution "
       "tabled by Mexico.", [("SUPPORT", "FRA", "UKR"), ("SUPPORT", "DEU", "MEX")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe United States rolled back sanctions on Venezuela and scaled back its "
       "restrictions on Cuba.", [("CONCEDE", "USA", "VEN"), ("CONCEDE", "USA", "CUB")], kind="lexicon"),
    en("London, 3 March 2024\n\nEgypt commuted the sentence of the Australian journalist.",
       [("CONCEDE", "EGY", "AUS")], kind="lexicon"),
    en("London, 3 March 2024\n\nSerbia gave in to the demands of Russia.", [("CONCEDE", "SRB", "RUS")],
       kind="lexicon"),
    en("London, 3 March 2024\n\nJapan partnered with Australia on critical minerals. Israel shared expertise with "
       "Morocco on water management.", [("COOPERATE", "JPN", "AUS"), ("COOPERATE", "ISR", "MAR")], kind="lexicon"),
    en("London, 3 March 2024\n\nGermany supplied air defence systems to Ukraine. Japan gave humanitarian aid to "
       "Turkey.", [("AID", "DEU", "UKR"), ("AID", "JPN", "TUR")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe minister gave a speech to the parliament of Japan.", [],
       absent=[("AID", "GBR", "JPN")], kind="lexicon"),
    en("London, 3 March 2024\n\nIran's arms supplies to Russia continue. Canada's aid shipment to Haiti arrived.",
       [("AID", "IRN", "RUS"), ("AID", "CAN", "HTI")], kind="lexicon"),
    en("London, 3 March 2024\n\nRussian forces vacated the airport near Kyiv. Armenia relinquished control of the "
       "region to Azerbaijan.", [("RETREAT", "RUS", "UKR"), ("RETREAT", "ARM", "AZE")], kind="lexicon"),
    en("London, 3 March 2024\n\nIran granted the IAEA access to the site. Colombia decommissioned the weapons of "
       "the FARC.", [("RETREAT", "IRN", "IAEA"), ("RETREAT", "COL", "FARC")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe Foreign Minister of Ukraine begged Germany for tanks.",
       [("REQUEST", "UKR", "DEU")], kind="lexicon"),
    en("London, 3 March 2024\n\nChina expressed strong dissatisfaction with Japan. Russia voiced frustration with "
       "Turkey. Beijing voiced its displeasure with the United States.",
       [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "RUS", "TUR"), ("ACCUSE", "CHN", "USA")], kind="lexicon"),
    en("London, 3 March 2024\n\nChina scolded Japan for the visit. Russia faulted Ukraine for the collapse of the "
       "talks.", [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "RUS", "UKR")], kind="lexicon"),
    en("London, 3 March 2024\n\nProsecutors in Germany charged a Russian spy with espionage.",
       [("ACCUSE", "DEU", "RUS")], kind="lexicon"),
    en("Statement by the Foreign Office of the United Kingdom\n\nLondon, 3 March 2024\n\n"
       "Russia's treatment of the journalists is abhorrent. Iran's actions contravene international law. "
       "China's interference in the elections of Canada is well documented.",
       [("ACCUSE", "GBR", "RUS"), ("ACCUSE", "GBR", "IRN"), ("ACCUSE", "GBR", "CHN")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe Prime Minister of Israel declined an invitation from Turkey. India snubbed "
       "China at the summit.", [("REJECT", "ISR", "TUR"), ("REJECT", "IND", "CHN")], kind="lexicon"),
    en("London, 3 March 2024\n\nChina called off the visit of the Japanese foreign minister. Russia blocked the "
       "resolution against Syria.", [("REJECT", "CHN", "JPN"), ("REJECT", "RUS", "SYR")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe United States called off the talks with North Korea.", [],
       absent=[("CONSULT", "USA", "PRK")], kind="lexicon"),
    en("London, 3 March 2024\n\nNorth Korea menaced South Korea. Russia's sabre-rattling against Moldova "
       "continued.", [("THREATEN", "PRK", "KOR"), ("THREATEN", "RUS", "MDA")], kind="lexicon"),
    en("London, 3 March 2024\n\nThe European Union added five Russian banks to its sanctions list. The United "
       "States barred Iranian officials from entering the country.",
       [("SANCTION", "EU", "RUS"), ("SANCTION", "USA", "IRN")], kind="lexicon"),
    en("London, 3 March 2024\n\nUkraine ordered the Belarusian diplomats to leave the country. Indonesia forced "
       "the UN refugee agency out of the country. Canada denied entry to Russian officials.",
       [("SANCTION", "UKR", "BLR"), ("SANCTION", "IDN", "UN"), ("SANCTION", "CAN", "RUS")], kind="lexicon"),
    en("London, 3 March 2024\n\nChina imposed anti-dumping duties on Australian wine.", [("SANCTION", "CHN", "AUS")],
       kind="lexicon"),
    en("London, 3 March 2024\n\nRussia dispatched troops to Belarus. China put its troops on high alert near "
       "Taiwan. China held military manoeuvres near Japan.",
       [("MOBILIZE", "RUS", "BLR"), ("MOBILIZE", "CHN", "TWN"), ("MOBILIZE", "CHN", "JPN")], kind="lexicon"),
    en("London, 3 March 2024\n\nIran impounded a British tanker. The Russian military took two Ukrainian soldiers "
       "into custody.", [("COERCE", "IRN", "GBR"), ("COERCE", "RUS", "UKR")], kind="lexicon"),
    en("London, 3 March 2024\n\nIsrael demolished Palestinian homes in Hebron. Russia's hacking of the ministries "
       "of Germany was condemned.", [("COERCE", "ISR", "PSE"), ("COERCE", "RUS", "DEU")], kind="lexicon"),
    en("London, 3 March 2024\n\nUkraine launched a counteroffensive against Russia. Russian soldiers fired on "
       "Ukrainian civilians.", [("ASSAULT", "UKR", "RUS")], kind="lexicon"),
    en("London, 3 March 2024\n\nRussian soldiers fired on Ukrainian civilians. Israeli forces stormed the Jenin "
       "camp. Russian artillery pounded Ukrainian positions.", [("ASSAULT", "RUS", "UKR"), ("ASSAULT", "ISR", "PSE")],
       kind="lexicon"),
    en("London, 3 March 2024\n\nRussian artillery fire on Kharkiv continued. Israeli gunfire on Lebanese positions "
       "continued.", [("ASSAULT", "RUS", "UKR"), ("ASSAULT", "ISR", "LBN")], kind="lexicon"),
    en("London, 3 March 2024\n\nSyria's enforced disappearance of Lebanese citizens continues. Russian soldiers "
       "beat up Ukrainian prisoners.", [("ASSAULT", "SYR", "LBN"), ("ASSAULT", "RUS", "UKR")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa Russie a expulsé quinze diplomates français.",
       [("SANCTION", "RUS", "FRA")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Union européenne a pris des mesures restrictives à l'encontre de la "
       "Biélorussie.", [("SANCTION", "EU", "BLR")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Ukraine a renvoyé l'ambassadeur de Russie. La Pologne a inscrit des entreprises "
       "russes sur sa liste noire.", [("SANCTION", "UKR", "RUS"), ("SANCTION", "POL", "RUS")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa Russie a pris contact avec l'Inde. Le Président de la République a eu un "
       "tête-à-tête avec le Président chinois.", [("CONSULT", "RUS", "IND"), ("CONSULT", "FRA", "CHN")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Inde a scellé une alliance avec la France.", [("AGREE", "IND", "FRA")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa France a voté pour la résolution présentée par le Mexique. L'Allemagne a voté "
       "en faveur de l'adhésion de l'Ukraine.", [("SUPPORT", "FRA", "MEX"), ("SUPPORT", "DEU", "UKR")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Égypte a commué la peine du journaliste australien.", [("CONCEDE", "EGY", "AUS")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLe Japon s'est associé à l'Australie pour sécuriser les minerais critiques.",
       [("COOPERATE", "JPN", "AUS")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLe Japon a donné 10 millions d'euros à la Turquie. La France a apporté 5 millions "
       "d'euros au Liban.", [("AID", "JPN", "TUR"), ("AID", "FRA", "LBN")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa Belgique a restitué des œuvres d'art à la République démocratique du Congo. "
       "L'Iran a autorisé l'accès des inspecteurs de l'AIEA au site.",
       [("RETREAT", "BEL", "COD"), ("RETREAT", "IRN", "IAEA")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLe Japon a exprimé son mécontentement face à la décision de la Chine. La Chine a "
       "exprimé sa désapprobation face à la visite du Japon.", [("ACCUSE", "JPN", "CHN"), ("ACCUSE", "CHN", "JPN")],
       kind="lexicon"),
    fr("Déclaration du ministère français des Affaires étrangères\n\nParis, le 3 mars 2024\n\n"
       "Le traitement des journalistes par la Russie est scandaleux. Les actions de l'Iran contreviennent "
       "au droit international. Le ministre a pointé du doigt la Chine.",
       [("ACCUSE", "FRA", "RUS"), ("ACCUSE", "FRA", "IRN"), ("ACCUSE", "FRA", "CHN")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLe Premier ministre israélien a décliné l'invitation de la Turquie. La Russie a "
       "bloqué la résolution contre la Syrie.", [("REJECT", "ISR", "TUR"), ("REJECT", "RUS", "SYR")], kind="lexicon"),
    fr("Tbilissi, le 3 mars 2024\n\nDes milliers de Géorgiens ont manifesté devant le Parlement contre la Russie.",
       [("PROTEST", "GEO", "RUS")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa France a manifesté son soutien à l'Ukraine.", [("SUPPORT", "FRA", "UKR")],
       absent=[("PROTEST", "FRA", "UKR")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLa Russie a envoyé des navires de guerre en Syrie. La Chine a mis ses troupes en "
       "alerte près de Taïwan.", [("MOBILIZE", "RUS", "SYR"), ("MOBILIZE", "CHN", "TWN")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Iran a arraisonné un pétrolier britannique. Israël a démoli des maisons "
       "palestiniennes à Hébron.", [("COERCE", "IRN", "GBR"), ("COERCE", "ISR", "PSE")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nDes pirates chinois ont piraté les ordinateurs du ministère indien.",
       [("COERCE", "CHN", "IND")], kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nL'Ukraine a lancé une contre-offensive contre la Russie. Les soldats russes ont "
       "ouvert le feu sur des civils géorgiens.", [("ASSAULT", "UKR", "RUS"), ("ASSAULT", "RUS", "GEO")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLes forces israéliennes ont pris d'assaut le camp de Jénine. Les forces russes se "
       "sont emparées de la ville ukrainienne de Bakhmout.", [("ASSAULT", "ISR", "PSE"), ("ASSAULT", "RUS", "UKR")],
       kind="lexicon"),
    fr("Paris, le 3 mars 2024\n\nLes soldats russes ont passé à tabac des prisonniers géorgiens.",
       [("ASSAULT", "RUS", "GEO")], kind="lexicon"),
    # A nationality adjective says whose act it is; a place beside it says only where.
    fr("Luxembourg, le 12 mai 2025\n\nNous condamnons aussi la colonisation israélienne en Cisjordanie.",
       [("ACCUSE", "LUX", "ISR")], absent=[("ACCUSE", "LUX", "PSE")], kind="roles"),
    # Names on either side of ', and' that hang on different verbs are no list.
    en("Washington, 18 February 2025\n\nThe two discussed the fighting in the eastern Democratic Republic of the "
       "Congo, and Secretary of State Marco Rubio urged Rwanda to withdraw its forces.", [("REQUEST", "USA", "RWA")],
       absent=[("REQUEST", "COD", "RWA")], kind="roles"),
    # What another must do is asked for, not done ('Russia must withdraw'); what 'we' must do is not asked of anyone.
    en("London, 14 March 2025\n\nRussia must withdraw its troops from Ukraine.", [("REQUEST", "GBR", "RUS")],
       absent=[("RETREAT", "RUS", "UKR")], kind="modality"),
    fr("Paris, le 14 mars 2025\n\nLa Russie doit retirer ses troupes d'Ukraine.", [("REQUEST", "FRA", "RUS")],
       absent=[("RETREAT", "RUS", "UKR")], kind="modality"),
    nl("Den Haag, 14 maart 2025\n\nVolgens de minister moet Rusland zijn troepen onmiddellijk terugtrekken uit "
       "Oekraïne.", [("REQUEST", "NLD", "RUS")], absent=[("RETREAT", "RUS", "UKR"), ("RETREAT", "NLD", "UKR")],
       kind="modality"),
    en("London, 14 March 2025\n\nWe must continue to support Ukraine.", [("SUPPORT", "GBR", "UKR")], kind="modality"),
    # Without a parse, the counterpart's phrase of a clause-final verb stands before it; whom a clause reports
    # ('laut dem Minister') is no party to it.
    nl("Den Haag, 14 maart 2025\n\nNadat Iran drones aan Rusland had geleverd, besloot de EU nieuwe sancties op te "
       "leggen.", [("AID", "IRN", "RUS")], absent=[("AID", "IRN", "EU")], kind="roles"),
    de("Berlin, 14. März 2025\n\nLaut dem Minister muss Russland seine Truppen sofort aus der Ukraine abziehen.",
       [("REQUEST", "DEU", "RUS")], absent=[("RETREAT", "RUS", "DEU"), ("RETREAT", "RUS", "UKR")], kind="roles"),
    # Without a parse: whom a request asks acts in its infinitive; one named right after a request is whom it asks,
    # before any event the request names.
    de("Berlin, 14. März 2025\n\nAußenministerin Annalena Baerbock forderte China auf, Rüstungsgüter an Russland "
       "nicht länger zu liefern.",
       [("REQUEST", "DEU", "CHN")], absent=[("AID", "DEU", "RUS"), ("AID", "DEU", "CHN")], kind="roles"),
    nl("Den Haag, 14 maart 2025\n\nNederland roept Israël op om humanitaire hulp toe te laten en de blokkade van Gaza "
       "op te heffen.", [("REQUEST", "NLD", "ISR")], absent=[("REQUEST", "NLD", "PSE")], kind="roles"),
    # A nationality in the phrase naming whom an act is done to is not the doer's ('l'interpellation de
    # ressortissants algériens'); whom a request asks through its preposition acts in what it asks ('call on
    # Russia to release …'), and the release told next is theirs.
    fr("Paris, le 15 avril 2025\n\nLa décision fait suite à l'interpellation de trois ressortissants algériens.",
       absent=[("COERCE", "DZA", "FRA")], kind="roles"),
    en("Ottawa, 5 March 2025\n\nWe call on Russia to release all Ukrainian civilians it detains. Canada welcomes "
       "the release of 150 Ukrainian prisoners of war last week.", [("REQUEST", "CAN", "RUS"),
                                                                    ("CONCEDE", "RUS", "UKR")],
       absent=[("CONCEDE", "CAN", "UKR")], kind="roles"),
    # 'Statement attributable to the Spokesperson for the Secretary-General', filed from New York, is the UN's;
    # pledges made at the London conference are no aid to the UK; donors urged to fund act, not the one urging.
    en("Statement attributable to the Spokesperson for the Secretary-General on Sudan\n\nNew York, 12 May 2025\n\n"
       "The Secretary-General strongly condemns the attacks by the Rapid Support Forces on the Zamzam camp. He "
       "welcomes the pledges made at the London conference and urges donors to fund the humanitarian response plan.",
       [("ACCUSE", "UN", "RSF_SUDAN")], absent=[("AID", "UN", "GBR"), ("AID", "USA", "GBR")], kind="participants"),
    # A part of a text and its 'of' name a document, not an act; the of-phrase after a quantity acts.
    nl("Den Haag, 20 mei 2025\n\nDe Raad van de Europese Unie kwam dinsdag bijeen. Een meerderheid van de "
       "lidstaten steunde het Nederlandse voorstel om de naleving van artikel 2 van het associatieverdrag met Israël "
       "te toetsen.", [("SUPPORT", "EU", "NLD")], absent=[("AGREE", "NLD", "ISR")], kind="roles"),
    en("London, 20 May 2025\n\nThe UK asked the Commission to review Israel's compliance with Article 2 of the "
       "EU-Israel Association Agreement.", absent=[("AGREE", "GBR", "ISR"), ("AGREE", "EU", "ISR")], kind="roles"),
    # 'Nous, ministres … de la France, de l'Allemagne et de la Pologne, …' speak for all three; all of a group's
    # members listed so are the group.
    fr("Déclaration conjointe\n\nVarsovie, le 12 février 2025\n\nNous, ministres des Affaires étrangères de la "
       "France, de l'Allemagne et de la Pologne, nous sommes réunis aujourd'hui à Varsovie. Nous condamnons les "
       "attaques hybrides de la Russie contre nos infrastructures.", [("ACCUSE", "FRA", "RUS"), ("ACCUSE", "DEU", "RUS"),
                                                 ("ACCUSE", "POL", "RUS")], kind="participants"),
    en("Statement\n\n3 April 2025\n\nWe, the Foreign Ministers of Canada, France, Germany, Italy, Japan, the United "
       "Kingdom and the United States of America, condemn North Korea's missile launches.", [("ACCUSE", "G7", "PRK")],
       absent=[("ACCUSE", "CAN", "PRK")], kind="participants"),
    # An ambassador recalled, told in the passive, is recalled from where the phrase in the subject posts them;
    # 'for consultations' is no meeting.
    en("London, 15 April 2025\n\nThe British ambassador to Iran was recalled to London for consultations.",
       [("SANCTION", "GBR", "IRN")], absent=[("CONSULT", "GBR", "IRN")], kind="roles"),
    fr("Paris, le 15 avril 2025\n\nL'ambassadeur de France en Algérie a été rappelé à Paris pour consultations.",
       [("SANCTION", "FRA", "DZA")], absent=[("CONSULT", "FRA", "DZA")], kind="roles"),
    de("Berlin, 3. März 2025\n\nDie Außenministerin verurteilte die Angriffe Russlands auf Charkiw, bei denen viele Menschen getötet wurden.",
       [("ACCUSE", "DEU", "RUS")], kind="roles"),
    nl("Den Haag, 3 maart 2025\n\nDe minister veroordeelde de Russische aanvallen op Charkiv, waarbij veel burgers werden gedood.",
       [("ACCUSE", "NLD", "RUS")], kind="roles"),
    de("Rede von Außenministerin Annalena Baerbock im Deutschen Bundestag zum Einsatz im Mittelmeer\n\n"
       "Herr Präsident! Meine Damen und Herren!\n\nDie Huthi greifen seit Monaten Handelsschiffe im Roten Meer an. "
       "Wir verurteilen diese Angriffe auf das Schärfste.", [("ACCUSE", "DEU", "HOUTHIS")], kind="roles"),
    en("Chisinau, 11 February 2025\n\nMoldova expelled three Russian diplomats on Tuesday. President Maia Sandu called on "
       "the European Union to extend its sanctions to the organisers. In Moscow, Foreign Ministry spokeswoman Maria "
       "Zakharova denounced the expulsions.", [("ACCUSE", "RUS", "MDA")], absent=[("ACCUSE", "RUS", "EU")], kind="roles"),
    fr("Entretien téléphonique du Président de la République avec M. Nikos Christodoulides, Président de la République "
       "de Chypre\n\nLe Président de la République s'est entretenu ce jour avec le Président de la République de Chypre, "
       "M. Nikos Christodoulides. Il a condamné les provocations turques en Méditerranée orientale.",
       [("CONSULT", "FRA", "CYP"), ("ACCUSE", "FRA", "TUR")], absent=[("ACCUSE", "CYP", "TUR")], kind="roles"),
    en("Washington, 8 November 2024\n\nWe demand that the DPRK immediately withdraw all its troops from Russia. France "
       "insists that Iran release the detained nationals.", [("REQUEST", "USA", "PRK"), ("REQUEST", "FRA", "IRN")],
       absent=[("REQUEST", "USA", "RUS")], kind="roles"),
    fr("Paris, 8 novembre 2024\n\nLa France exige que la Russie retire ses troupes d'Ukraine.",
       [("REQUEST", "FRA", "RUS")], kind="roles"),
    fr("Paris, 7 juillet 2025\n\nNous réaffirmons notre soutien à la Moldavie. La France a annoncé aujourd'hui une aide "
       "supplémentaire de 30 millions d'euros.", [("AID", "FRA", "MDA")], kind="roles"),
    en("Brussels, 22 April 2024\n\nThis year the European Union has mobilised 68 million euros in humanitarian aid for "
       "Gaza. Russia mobilised 300,000 reservists.", [("AID", "EU", "PSE")], absent=[("MOBILIZE", "EU", "PSE")]),
    en("Ottawa, 12 July 2024\n\nThe United Nations Security Council extended the mandate of the mission. Minister Joly "
       "urged the Transitional Presidential Council to agree on a timetable for elections.",
       absent=[("REQUEST", "CAN", "UN")], kind="roles"),
    nl("Den Haag, 12 februari 2025\n\nDe Oekraïense minister van Defensie Rustem Umerov bedankte Nederland voor de steun.",
       [("SUPPORT", "UKR", "NLD")], kind="roles"),
    nl("Den Haag, 12 februari 2025\n\nMinister Prévot bezocht Kyiv. Hij riep Rusland op om zonder voorwaarden in te stemmen "
       "met een staakt-het-vuren.", [("REQUEST", "BEL", "RUS")], kind="roles"),
    de("Peking, 13. August 2025\n\nDie EU hat zwei chinesische Banken gelistet. Peking verurteilte die Entscheidung. "
       "Brüssel wirft China vor, Russland zu unterstützen.", [("ACCUSE", "EU", "CHN")],
       absent=[("ACCUSE", "BEL", "CHN")], kind="roles"),
    en("Beijing, 3 May 2024\n\nBelgium and China celebrate fifty years of relations. The ties between Brussels and "
       "Beijing are strong, the EU says. Belgium supports closer cooperation with China.",
       absent=[("SUPPORT", "EU", "CHN"), ("COOPERATE", "EU", "CHN")], kind="roles"),
    fr("Varsovie, 7 juillet 2025\n\nNous, ministres des Affaires étrangères de la France, de l'Allemagne et de la "
       "Pologne, réaffirmons notre soutien à la Moldavie face aux tentatives d'ingérence.",
       [("SUPPORT", "FRA", "MDA")], absent=[("ACCUSE", "FRA", "DEU"), ("ACCUSE", "FRA", "POL")], kind="roles"),
    fr("Varsovie, 7 juillet 2025\n\nNous, ministres des Affaires étrangères de la France, de l'Allemagne et de la "
       "Pologne, sommes réunis aujourd'hui à Varsovie.",
       [("CONSULT", "FRA", "DEU"), ("CONSULT", "FRA", "POL"), ("CONSULT", "DEU", "POL")], kind="roles"),
    en("Brussels, 1 October 2025\n\nThe High Representative said that the European Union stands firmly with Moldova "
       "and its elected government.", [("SUPPORT", "EU", "MDA")]),
    fr("Luxembourg, 1er octobre 2025\n\nLe ministre retrouvera ses homologues belge et néerlandais le 6 octobre à "
       "Luxembourg.", [("CONSULT", "LUX", "BEL"), ("CONSULT", "LUX", "NLD")]),
    en("Rome, 8 November 2024\n\nCanada works closely with the Republic of Korea.", [("COOPERATE", "CAN", "KOR")]),
    fr("Paris, 8 novembre 2024\n\nLa France travaille étroitement avec l'Allemagne sur ce dossier.",
       [("COOPERATE", "FRA", "DEU")]),
    de("Berlin, 26. Mai 2025\n\nBundeskanzler Merz telefonierte mit Präsident Selenskyj. Er sicherte der Ukraine die "
       "anhaltende Unterstützung Deutschlands zu.", [("SUPPORT", "DEU", "UKR")], absent=[("AGREE", "DEU", "UKR")],
       kind="roles"),
    en("London, 26 May 2025\n\nThe Prime Minister promised Ukraine continued support.", [("SUPPORT", "GBR", "UKR")],
       absent=[("AGREE", "GBR", "UKR")]),
    # An organisation's publisher line above a dateline at an organisation's seat is the voice; a speech heading
    # 'Allocution de X' names its speaker, the first word no part of the name.
    fr("COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST\n\nCOMMUNIQUÉ DE PRESSE\n\nAbuja, le 12 mars 2025\n\n"
       "La Commission exprime sa solidarité au peuple béninois.", [("SUPPORT", "ECOWAS", "BEN")],
       absent=[("SUPPORT", "NGA", "BEN")], kind="roles"),
    fr("Allocution d'Alain Berset, Secrétaire Général du Conseil de l'Europe\n\nStrasbourg, 25 juin 2025\n\n"
       "Je condamne la guerre que la Fédération de Russie mène contre l'Ukraine.", [("ACCUSE", "COE", "RUS")],
       absent=[("ACCUSE", "FRA", "RUS")], kind="roles"),
    fr("ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE\n\nDéclaration de la Mission d'observation électorale\n\n"
       "Libreville, le 14 avril 2025\n\nLa Mission salue le climat apaisé du scrutin et félicite le Gabon pour "
       "l'organisation du vote.", [("SUPPORT", "OIF", "GAB")], kind="roles"),
    # The French tagger reads 'algérien' as the root: a finite verb the parse gave no subject takes the clause's
    # first actor before it.
    fr("Alger, 7 avril 2025\n\nLe gouvernement algérien a condamné l'attaque russe contre l'Ukraine.",
       [("ACCUSE", "DZA", "RUS")], kind="roles"),
    fr("Dakar, 7 avril 2025\n\nLes trois pays, réunis au sein de l'Alliance des États du Sahel, ont quitté la Cedeao.",
       absent=[("CONSULT", "MLI", "NER"), ("CONSULT", "BFA", "NER")], kind="roles"),
    en("Kuala Lumpur, 28 July 2025\n\nPrime Minister Anwar Ibrahim received Prime Minister Hun Manet of Cambodia and "
       "Acting Prime Minister Phumtham Wechayachai of Thailand. The Ambassadors of the United States and China "
       "attended the meeting. After long discussions, the two Prime Ministers agreed on an immediate ceasefire.",
       [("AGREE", "KHM", "THA")], absent=[("AGREE", "USA", "CHN")], kind="roles"),
    de("Peking, 30. Juli 2025\n\nKommissionspräsidentin Ursula von der Leyen und Ratspräsident António Costa haben in "
       "Peking Staats- und Parteichef Xi Jinping getroffen.", [("CONSULT", "EU", "CHN")], kind="roles"),
    nl("Brussel, 26 mei 2023\n\nDe Belgische hulpverlener Olivier Vandecasteele is vrijgelaten door Iran. Nederland "
       "roept het militaire regime in Myanmar op om hulporganisaties toegang te geven.",
       [("CONCEDE", "IRN", "BEL"), ("REQUEST", "NLD", "MMR")], kind="roles"),
    de("Berlin, 31. Oktober 2024\n\nZudem wurde der deutsche Botschafter in Teheran, Markus Potzel, zu Konsultationen "
       "nach Berlin zurückgerufen.", [("SANCTION", "DEU", "IRN")], absent=[("SANCTION", "DEU", "DEU")], kind="roles"),
    en("Warsaw, 22 October 2024\n\nMinister Sikorski ordered the closure of the Russian consulate in Poznań.",
       [("SANCTION", "POL", "RUS")]),
    en("Oslo, 3 May 2025\n\nNorway cannot accept the proposal of the European Commission. Russia does not "
       "recognise the jurisdiction of the International Criminal Court.",
       [("REJECT", "NOR", "EU"), ("REJECT", "RUS", "ICC")], absent=[("AGREE", "NOR", "EU")], kind="lexicon"),
    fr("Alger, 3 mai 2025\n\nL'Algérie ne reconnaît pas la décision du Maroc.", [("REJECT", "DZA", "MAR")],
       kind="lexicon"),
    nl("Den Haag, 3 mei 2025\n\nBelgië kan het voorstel van de Europese Commissie niet aanvaarden.",
       [("REJECT", "BEL", "EU")], kind="lexicon"),
    en("ECOWAS Commission\n\nFINAL COMMUNIQUE OF THE ECOWAS AUTHORITY\n\nAbuja, 9 June 2025\n\nThe Authority:\n\n"
       "1. Strongly condemns the bombing of a market in Niger and extends its condolences to the Government of "
       "Niger;\n\n2. Commends the Republic of Senegal for its mediation and urges the parties to resume talks;\n\n"
       "3. Calls on the Government of Guinea to release all political detainees.",
       [("ACCUSE", "ECOWAS", None), ("SUPPORT", "ECOWAS", "NER"), ("SUPPORT", "ECOWAS", "SEN"),
        ("REQUEST", "ECOWAS", "GIN")], absent=[("ACCUSE", "ECOWAS", "NER")], kind="roles"),
    en("Nairobi, 4 June 2025\n\nThe leaders looked back on the Cairo Summit of 2023, where Kenya and Ethiopia "
       "signed a trade agreement.", [("AGREE", "KEN", "ETH")], absent=[("CONSULT", "EGY", "KEN")], kind="roles"),
    en("Accra, 5 May 2025\n\nGhana extends its condolences to the families of the victims, to the African Union and "
       "to the Government of Mali.", [("SUPPORT", "GHA", "AU"), ("SUPPORT", "GHA", "MLI")], kind="roles"),
    fr("Dakar, le 5 mai 2025\n\nLe Sénégal condamne la guerre que l'armée soudanaise mène contre les civils au "
       "Darfour.", [("ACCUSE", "SEN", "SDN")], kind="roles"),
    # A tagger may read a verb after its subject as a plural noun; subject and object make it a verb.
    en("Suva, 3 June 2025\n\nFiji thanks Japan for the new patrol boats.", [("SUPPORT", "FJI", "JPN")],
       kind="roles"),
    # A ministry under a letterhead that names its country is that country's, whatever country the text names.
    fr("RÉPUBLIQUE DU NIGER\nFraternité – Travail – Progrès\n\nMINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA "
       "COOPÉRATION\n\nCOMMUNIQUÉ\n\nLe Gouvernement remercie l'Allemagne pour son appui aux réfugiés et rappelle "
       "que la France a retiré ses troupes.", [("SUPPORT", "NER", "DEU")], absent=[("SUPPORT", "FRA", "DEU")],
       kind="participants"),
    # Trade defence: duties on another's goods sanction the country the goods come from.
    en("Brussels, 5 July 2024\n\nThe European Union imposed provisional duties of up to 38 percent on Chinese "
       "electric vehicles.", [("SANCTION", "EU", "CHN")], kind="lexicon"),
    en("Washington, 1 August 2025\n\nThe United States imposed tariffs of 39 percent on imports from Switzerland.",
       [("SANCTION", "USA", "CHE")], absent=[("COOPERATE", "USA", "CHE")], kind="roles"),
    # An evaluation carried by a verb of naming judges what is named, or whoever did the act it names.
    en("Manila, 18 June 2024\n\nChinese coast guard personnel seized Philippine navy boats near the shoal. Manila "
       "described the actions as dangerous and reckless.", [("ACCUSE", "PHL", "CHN")], kind="roles"),
    en("Moscow, 13 May 2025\n\nRussian spokeswoman Maria Zakharova called the ruling of the ICAO Council biased and "
       "politically motivated.", [("ACCUSE", "RUS", "ICAO")], kind="lexicon"),
    nl("Moskou, 13 mei 2025\n\nDe Russische woordvoerster Maria Zacharova noemde de uitspraak van de ICAO-raad "
       "bevooroordeeld.", [("ACCUSE", "RUS", "ICAO")], kind="lexicon"),
    # Threats: reserving the right to act, not hesitating to use force or sanctions, promising consequences.
    en("Berlin, 6 May 2024\n\nRussian hackers attacked the Bundestag. Germany reserves the right to take further "
       "measures against Russia and will not hesitate to impose sanctions on Russia.",
       [("THREATEN", "DEU", "RUS")], absent=[("SANCTION", "DEU", "RUS")], kind="lexicon"),
    en("Vilnius, 6 May 2024\n\nBelarus does not hesitate to use lies to justify its aggression against Lithuania.",
       [], absent=[("THREATEN", "BLR", "LTU")], kind="lexicon"),
    de("Berlin, 6. Mai 2024\n\nRussland hat den Bundestag angegriffen. Das wird nicht folgenlos bleiben.",
       [("THREATEN", "DEU", "RUS")], kind="lexicon"),
    # A relative pronoun subject stands for the name the clause describes.
    en("Pretoria, 3 March 2025\n\nThe ceasefire was welcomed by President Cyril Ramaphosa of South Africa, who held "
       "talks with President Félix Tshisekedi of the Democratic Republic of the Congo last week.",
       [("CONSULT", "ZAF", "COD")], kind="roles"),
    # A demand inside reported speech is the reporter's; a subject that names no actor asks nothing of anyone.
    nl("Brussel, 25 juni 2024\n\nDe Poolse minister Radosław Sikorski herhaalde dinsdag dat Wit-Rusland de grens "
       "moet openen. Het besluit moet de regio helpen.", [("REQUEST", "POL", "BLR")], kind="roles"),
    # A title of several countries listed after it stands for each of them, not for one person named later.
    de("Astana, 17. September 2024\n\nBundeskanzler Olaf Scholz ist heute mit den Präsidenten Kasachstans, "
       "Usbekistans und Turkmenistans zusammengekommen. Der kasachische Präsident Kassym-Schomart Tokajew lobte das "
       "Treffen.", [("CONSULT", "DEU", "KAZ"), ("CONSULT", "DEU", "UZB"), ("CONSULT", "DEU", "TKM")],
       kind="participants"),
    # A reaction to an agreement is aimed at all its parties; an apposition's owner is not its subject.
    en("Ankara, 9 August 2025\n\nArmenia and Azerbaijan signed a peace declaration. Turkey, Azerbaijan's closest "
       "ally, hailed the deal.", [("SUPPORT", "TUR", "ARM"), ("SUPPORT", "TUR", "AZE")],
       absent=[("SUPPORT", "AZE", "ARM")], kind="roles"),
    # The negation of an unparsed verb may stand at the end of its clause, after a long object.
    nl("Den Haag, 13 mei 2025\n\nRusland erkent de bevoegdheid van de Raad van de Internationale "
       "Burgerluchtvaartorganisatie in deze zaak niet en zwijgt.", [("REJECT", "RUS", "ICAO")],
       absent=[("SUPPORT", "RUS", "ICAO")], kind="lexicon"),
    # An event noun before a word for people describes them; it tells no event.
    en("Moscow, 9 August 2025\n\nRussia, Armenia's treaty ally, said it welcomed any steps towards peace.",
       [], absent=[("AGREE", "RUS", "ARM")], kind="lexicon"),
    # Support is aid only with money told in its own clause; money mobilised for no one named is aid to no one.
    en("Suva, 3 June 2025\n\nFiji thanks Japan for the new agreement, which will provide 40 million dollars over "
       "ten years.", [("SUPPORT", "FJI", "JPN")], absent=[("AID", "FJI", "JPN")], kind="roles"),
    en("Brussels, 3 June 2025\n\nThe European Union has mobilised €11 billion so far.", [],
       absent=[("AID", "EU", None)], kind="roles"),
    # Judgements of an act told before accuse whoever did it.
    en("Ottawa, 3 May 2025\n\nChina imposed duties on Canadian canola. This decision is deeply disappointing.",
       [("ACCUSE", "CAN", "CHN")], kind="lexicon"),
    de("Berlin, 3. Mai 2025\n\nDie USA haben ihre Hilfe für Afrika gestrichen. Das ist ein schwerer Fehler.",
       [("ACCUSE", "DEU", "USA")], kind="lexicon"),
    # A possessive on the object stands for the verb's subject even where that subject names no actor.
    en("Abu Dhabi, 24 August 2025\n\nRussia and Ukraine exchanged prisoners. In a statement, the Ministry expressed "
       "its appreciation to the Russian side.", [], absent=[("SUPPORT", "UKR", "RUS")], kind="roles"),
    # An operative paragraph's verb, mistagged as a plural noun after its number, is still its verb.
    en("SADC Secretariat\n\nCOMMUNIQUE OF THE SADC SUMMIT\n\nGaborone, 9 June 2025\n\nThe Summit:\n\n"
       "8. Calls upon the African Union and the United Nations to continue to support the peace process;",
       [("REQUEST", "SADC", "AU"), ("REQUEST", "SADC", "UN")], kind="roles"),
    # Contact with a counterpart is consultation.
    nl("Brussel, 3 mei 2023\n\nMinister Hadja Lahbib had de voorbije maanden meermaals contact met haar Iraanse "
       "collega.", [("CONSULT", "BEL", "IRN")], kind="lexicon"),
    # Those who attend a gathering meet each other.
    en("Addis Ababa, 12 March 2025\n\nThe summit was attended by President William Ruto of Kenya, President Yoweri "
       "Museveni of Uganda and Prime Minister Abiy Ahmed of Ethiopia.",
       [("CONSULT", "KEN", "UGA"), ("CONSULT", "KEN", "ETH"), ("CONSULT", "UGA", "ETH")], kind="participants"),
    # Raising a matter with someone is consulting them.
    en("Ottawa, 3 May 2025\n\nCanadian officials had raised the issue with their Chinese counterparts in recent "
       "weeks.", [("CONSULT", "CAN", "CHN")], kind="lexicon"),
    fr("Ottawa, le 3 mai 2025\n\nLa ministre canadienne a soulevé ces dossiers auprès de son homologue chinois, Wang Yi.",
       [("CONSULT", "CAN", "CHN")], kind="lexicon"),
    # An execution is an assault by whoever carries it out on the country of those executed; the by-phrase may
    # hang lower than the noun.
    fr("Ottawa, le 3 mai 2025\n\nLe Canada condamne fermement l'exécution de quatre citoyens canadiens par la Chine "
       "plus tôt cette année.", [("ASSAULT", "CHN", "CAN"), ("ACCUSE", "CAN", "CHN")], kind="lexicon"),
    en("Ottawa, 3 May 2025\n\nCanada condemns the execution of four Canadian citizens by China.",
       [("ASSAULT", "CHN", "CAN"), ("ACCUSE", "CAN", "CHN")], kind="lexicon"),
    # Those detained somewhere are held by the state where they are, though the parse reads 'be' as a copula.
    fr("Ottawa, le 3 mai 2025\n\nEnviron une centaine de citoyens canadiens sont actuellement détenus en Chine.",
       [("COERCE", "CHN", "CAN")], absent=[("COERCE", "CAN", "CHN")], kind="roles"),
    en("Paris, 3 May 2025\n\nTwo French citizens are still detained in Iran.", [("COERCE", "IRN", "FRA")],
       kind="roles"),
    # Whoever is said to bear the responsibility for an act is accused of it.
    en("Kyiv, 3 May 2025\n\nRussia bears full responsibility for the attack on the hospital.",
       [("ACCUSE", "UKR", "RUS")], kind="lexicon"),
    de("Berlin, 3. Mai 2025\n\nRussland habe die Ukraine überfallen und trage die Verantwortung für das Leid, sagte "
       "der Bundeskanzler.", [("ACCUSE", "DEU", "RUS")], absent=[("ACCUSE", "DEU", "UKR")], kind="lexicon"),
]
