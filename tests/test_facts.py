"""Quotes, figures and commitments on sentences written for diplo, in four languages."""
from __future__ import annotations

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from diplo.api import extract_text
from diplo.facts.figures import units
from diplo.facts.numbers import format_number

DATELINES = {"en": "London, 3 March 2025", "fr": "Paris, le 3 mars 2025", "nl": "Den Haag, 3 maart 2025",
             "de": "Berlin, 3. März 2025"}


def record(lang: str, text: str):
    return extract_text(f"{DATELINES[lang]}\n\n{text}")


@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "The Commission announced €20bn for the reconstruction of Ukraine.", 20e9, "EUR"),
    ("en", "Washington approved $28.7 billion in new arms sales to Taiwan.", 28.7e9, "USD"),
    ("en", "Japan will provide ¥1 trillion in loans to the Philippines.", 1e12, "JPY"),
    ("en", "Exports to China fell by 14.3 per cent last year.", 14.3, "%"),
    ("en", "Allies agreed to spend 5% of GDP on defence.", 5, "%"),
    ("en", "More than 2,000 Belgian businesses are active in China.", 2000, "count"),
    ("en", "Ten Pacific states did not sign the communiqué.", 10, "count"),
    ("fr", "L'Union a mobilisé 17,6 milliards d'euros pour l'Ukraine.", 17.6e9, "EUR"),
    ("fr", "Plus d'un million de personnes ont fui les combats.", 1e6, "count"),
    ("fr", "Le chômage a reculé à 55 % dans la région.", 55, "%"),
    ("nl", "Nederland trekt 2 miljard euro uit voor militaire steun aan Oekraïne.", 2e9, "EUR"),
    ("nl", "Nederland wees zeventien Russische inlichtingenofficieren uit.", 17, "count"),
    ("nl", "Er staan 83 Nederlanders in Myanmar geregistreerd bij de ambassade.", 83, "count"),
    ("de", "Die Schweiz stellt 1,5 Milliarden Euro für den Wiederaufbau bereit.", 1.5e9, "EUR"),
    ("de", "Vier zusätzliche Eurofighter werden nach Polen verlegt.", 4, "count"),
    ("de", "Österreich erhöht seine Hilfe für den Sudan auf 4,25 Mio. Euro.", 4.25e6, "EUR"),
    ("nl", "Het kabinet trekt 1,2 mln. euro uit voor Jemen.", 1.2e6, "EUR"),
    ("nl", "Nederland geeft 40 miljoen euro aan Syrië. Daarvan gaat 15 miljoen naar het WFP.", 15e6, "EUR"),
    ("en", "Half a million people have left the region since May.", 5e5, "count"),
    ("nl", "Een half miljoen mensen is op de vlucht geslagen.", 5e5, "count"),
    ("de", "Eine halbe Million Menschen ist auf der Flucht.", 5e5, "count"),
    ("de", "Anderthalb Millionen Kinder brauchen Hilfe.", 1.5e6, "count"),
    ("de", "Die Bundeswehr verlegt mehr als 2000 Soldaten nach Litauen.", 2000, "count"),
    ("de", "In der Region arbeiten rund 200 deutsche Such- und Bergungsteams.", 200, "count"),
    ("en", "Washington barred six serving or retired generals of the junta from entry.", 6, "count"),
    ("en", "She greeted the four travelling Nordic Ambassadors in Accra.", 4, "count"),
    ("nl", "De opwarming moet onder 1,5 graden Celsius blijven.", 1.5, "°c"),
    ("de", "Das Schiff bringt 300 Tonnen Weizen nach Beirut.", 300, "tonnes"),
    ("fr", "La Banque mondiale débloque 2 milliards de dollars pour le Sahel.", 2e9, "USD"),
    # a compound whose head is a counted noun; a people named by its demonym
    ("nl", "Nederland diende de klacht in samen met 40 andere verdragsstaten.", 40, "count"),
    ("de", "Vier britische Generalkonsulate bleiben geschlossen.", 4, "count"),
    ("nl", "Bij de aanval kwamen zeker twintig Europeanen om.", 20, "count"),
    # a hyphenated number word the tokenizer splits
    ("en", "Twenty-three million people need humanitarian assistance in Sudan.", 23e6, "count"),
])
def test_figure(lang, text, value, unit):
    figures = [(f.value, f.unit) for f in record(lang, text).figures]
    assert any(u == unit and abs(v - value) <= 1e-6 * value for v, u in figures), figures


@settings(max_examples=25, deadline=None)
@given(whole=st.integers(min_value=1, max_value=999), cents=st.integers(min_value=0, max_value=99),
       form=st.sampled_from([("de", "Mio.", "Euro", 1e6), ("de", "Mrd.", "Euro", 1e9), ("nl", "mln.", "euro", 1e6),
                             ("nl", "mld.", "euro", 1e9), ("de", "Mio", "Franken", 1e6)]))
def test_scale_abbreviations_with_or_without_their_full_stop(whole, cents, form):
    lang, scale, currency, factor = form
    amount = format_number(whole + cents / 100, decimal=",", group=".", decimals=2)
    figures = record(lang, f"Die Regierung gibt {amount} {scale} {currency} aus." if lang == "de"
                     else f"De regering geeft {amount} {scale} {currency} uit.").figures
    assert [(f.unit, round(f.value / factor, 2)) for f in figures] == [(units(lang).currencies[currency.lower()],
                                                                        round(whole + cents / 100, 2))]


@pytest.mark.parametrize("text,unit", [
    ("Wellington, 3 March 2025\n\nThe Government announced $5 million for recovery in Tonga.", "NZD"),
    ("Canberra, 3 March 2025\n\nFiji will receive $10 million for its schools.", "AUD"),
    ("Ottawa, le 3 mars 2025\n\nLe Canada versera 20 millions de dollars à Haïti.", "CAD"),
    ("Washington, 3 March 2025\n\nThe United States will provide $10 million to Fiji.", "USD"),
    ("London, 3 March 2025\n\nThe UK will give $10 million to the UN fund.", "USD"),
])
def test_a_bare_dollar_is_the_currency_of_whoever_pays(text, unit):
    assert [f.unit for f in extract_text(text).figures] == [unit]


@pytest.mark.parametrize("lang,text", [
    ("en", "The talks lasted three weeks and ended on 4 April 2024."),
    ("en", "Resolution 2231 was adopted in 2015 by the Security Council."),
    ("en", "The 45-year-old minister took office in 2023."),
    ("de", "Die Kommission arbeitet an einem 19. Sanktionspaket."),
    ("fr", "Le 21e sommet s'est tenu à Bruxelles le 3 mars."),
    ("en", "The two countries back a two-state solution and the Group of Seven agreed."),
    ("en", "The 27 member states adopted the Fit for 55 package at 18:35 in Annex 3 of the building."),
    ("en", "The P5+1 talks resumed in Vienna."),
    ("fr", "Les 27 États membres ont salué l'annexe 2 du texte."),
    ("nl", "De twee landen steunen een tweestatenoplossing."),
    ("nl", "Militairen van 101 transportbataljon werken in Litouwen samen."),
    ("de", "Die Flugzeuge des Geschwaders (LTG) 61 landeten in Penzing."),
    ("en", "Press release\n\n1. The ministers met in Rome.\n(2) They agreed on a plan."),
])
def test_not_a_figure(lang, text):
    assert record(lang, text).figures == []


@pytest.mark.parametrize("lang,text,speaker,starts", [
    ("en", "“We will stand with Ukraine for as long as it takes,” said Foreign Secretary David Lammy.",
     "person:david-lammy", "We will stand"),
    ("fr", "« La France ne reconnaîtra jamais l'annexion de la Crimée », a déclaré Jean-Noël Barrot.",
     "person:jean-noel-barrot", "La France ne"),
    ("nl", "‘Wij laten ons niet intimideren door Moskou’, aldus minister Caspar Veldkamp.",
     "person:caspar-veldkamp", "Wij laten ons"),
    ("de", "„Wir stehen fest an der Seite Polens“, sagte Außenminister Johann Wadephul.",
     "person:johann-wadephul", "Wir stehen fest"),
    ("fr", "L'Élysée a salué « un partenariat renouvelé et d'égal à égal avec Dakar ».", "FRA", "un partenariat"),
    # a quotation whose closing mark the text lost runs to the end of its paragraph
    ("en", "Foreign Secretary David Lammy said: “Britain will keep helping the people of Sudan through the winter\n\n"
           "The aid goes through the UN.", "person:david-lammy", "Britain will keep"),
    ("fr", "La ministre Annalena Baerbock :  « Les arrestations de journalistes doivent cesser immédiatement.\"",
     "person:annalena-baerbock", "Les arrestations de"),
    ("en", "Minister David Lammy added: “Our support for the mission is a sign of our commitment to peace ”.",
     "person:david-lammy", "Our support for"),
    # an unattributed quotation paragraph is the speaker's named in the sentence before
    ("en", "Foreign Secretary David Lammy met Annalena Baerbock in Berlin. He issued the following statement:\n\n"
           "“The United Kingdom condemns the attack on the hospital in the strongest terms.", "person:david-lammy",
     "The United Kingdom"),
    ("en", "Foreign Secretary David Lammy met Annalena Baerbock in Berlin.\n\n“We will keep supporting Ukraine for "
           "as long as it takes,” he said.", "person:david-lammy", "We will keep"),
    ("de", "Außenministerin Annalena Baerbock traf David Lammy in Berlin. „Wir stehen weiter fest an der Seite der "
           "Ukraine“, betonte sie.", "person:annalena-baerbock", "Wir stehen weiter"),
    ("nl", "Minister Caspar Veldkamp sprak met zijn Duitse collega.\n\n‘We blijven Oekraïne steunen zolang als "
           "nodig.’ Dat zei Veldkamp na afloop.", "person:caspar-veldkamp", "We blijven Oekraïne"),
    ("en", "“We will keep supporting Ukraine for as long as it takes.” – David Lammy", "person:david-lammy",
     "We will keep"),
    ("en", "Annalena Baerbock met Foreign Secretary David Lammy in Berlin. Speaking to NATO officials, she said "
           "“Germany will keep its troops in Lithuania”.", "person:annalena-baerbock", "Germany will keep"),
    # a paragraph without marks after 'X said:'
    ("en", "At the conference in Geneva, Foreign Secretary David Lammy said:\n\nThe United Kingdom stands with the "
           "people of Sudan in these hard times.\n\nThe funding goes to the Red Cross.", "person:david-lammy",
     "The United Kingdom stands"),
    ("nl", "António Guterres bezocht Tsjaad.\n\nDe VN-chef zei: ‘De situatie van de vluchtelingen is wanhopig.’",
     "person:antonio-guterres", "De situatie van"),
    # a statement of a body known by its acronym, before the quotation paragraph
    ("en", "The meeting was chaired by Prime Minister Jacinda Ardern of New Zealand.\n\nFrom the CMAG "
           "statement:\n\n“Ministers condemned the removal of the elected government of Gabon.",
     "COMMONWEALTH.CMAG", "Ministers condemned the"),
    # an interview's pull-quote is the interviewee's, not the leader its answers name most
    ("nl", "'Poetin test ons elke dag'\n\nMinister van Defensie Theo Francken over de NAVO.\n\nInterview | 12 april "
           "2025\n\nWat wil Rusland?\n\nPoetin wil Oekraïne. Poetin test ons.\n\nEn de NAVO?\n\nPoetin twijfelt aan "
           "de NAVO.\n\nEn België?\n\nWe doen meer.", "person:theo-francken", "Poetin test ons"),
    # an honorific before the name ('Shri'); the title alone later stands for that one holder
    ("en", "Press release of the Ministry of External Affairs of India\n\nPrime Minister Shri Narendra Modi visited "
           "Ghana. Accepting the award, Prime Minister said: “I accept this honour on behalf of all Indians.”",
     "person:narendra-modi", "I accept this"),
    # the pronoun after a quotation stands for who was named before it, not for whom the quotation names; a place
    # in the attribution says where, not who
    ("de", "Außenministerin Beate Meinl-Reisinger zeigte sich besorgt. „Ich appelliere an Aleksandar Vučić, den "
           "Dialog fortzusetzen“, sagte sie.", "person:beate-meinl-reisinger", "Ich appelliere an"),
    ("nl", "Minister Caspar Veldkamp van Buitenlandse Zaken steunt het besluit. 'Dit is een belangrijke stap "
           "vooruit', zei hij in Brussel.", "person:caspar-veldkamp", "Dit is een"),
    # a sentence that quotes with the same marks attributes its own words, not the quotation before it
    ("nl", "'Dit is een grote dag voor de families', zei minister Caspar Veldkamp. 'Dit is een belangrijk moment "
           "voor de nabestaanden.' Ook de Australische minister Penny Wong sprak van een 'historische uitspraak'.",
     "person:caspar-veldkamp", "Dit is een belangrijk"),
])
def test_quote_and_speaker(lang, text, speaker, starts):
    quotes = [(q.speaker, q.text) for q in record(lang, text).quotes]
    assert any(s == speaker and t.startswith(starts) for s, t in quotes), quotes


@pytest.mark.parametrize("lang,text", [
    ("en", "Belgium reaffirmed its commitment to the ‘One China’ policy."),
    ("fr", "La Commission a présenté le plan « ReArm Europe » mardi."),
    ("en", "The ministry published a report entitled “How we can end the violence against women in conflict” today."),
    ("de", "Die Konferenz stand unter dem Motto „Frieden braucht mehr als nur Worte“."),
    ("en", "The minister gave a speech.\n\nNote for editors:\n\nThe United Kingdom is the third largest donor."),
    ("de", "Die Ministerin dankt allen Helfern “, teilte das Ministerium am Montag mit."),
    # a few words quoted inside a sentence are the writer's sentence, not a quotation
    ("en", "Manila described the boarding as “dangerous and irresponsible conduct” on Tuesday."),
    ("nl", "Het ministerie sprak van ‘een volstrekt onaanvaardbare stap’ en ontbood de ambassadeur."),
])
def test_scare_quotes_and_titles_are_not_quotes(lang, text):
    assert record(lang, text).quotes == []


@pytest.mark.parametrize("lang,text,actor,year,baseline", [
    ("en", "The European Union will reduce greenhouse gas emissions by at least 55% by 2030 compared with 1990 "
           "levels.", "EU", 2030, 1990),
    ("fr", "La France vise la neutralité carbone d'ici 2050.", "FRA", 2050, None),
    ("nl", "Nederland wil tegen 2030 de uitstoot met 55 procent verminderen.", "NLD", 2030, None),
    ("de", "Zugleich gestalten wir den Weg zur Klimaneutralität: Deutschland will bis 2045 klimaneutral werden; "
           "Norwegen strebt bis 2050 eine Niedrigemissionsgesellschaft an.", "DEU", 2045, None),
    # no actor named: the one who speaks sets the target
    ("nl", "Den Haag, 3 maart 2025\n\nDe minister van Defensie sprak in de Kamer. Tegen 2034 willen we naar 3,5 "
           "procent van het bbp.", "NLD", 2034, None),
    # an op-ed speaks for the side its author's closing note names
    ("de", "Gastbeitrag\n\nKlimafinanzierung braucht einen langen Atem\n\nVon Maria Beispiel\n\nDie Industrieländer "
           "sollen bis 2035 jährlich 300 Milliarden Dollar mobilisieren.\n\nDie Autorin ist Staatssekretärin im "
           "Auswärtigen Amt.", "DEU.AA", 2035, None),
])
def test_commitment(lang, text, actor, year, baseline):
    commitments = [(c.actor, c.year, c.baseline_year) for c in record(lang, text).commitments]
    assert (actor, year, baseline) in commitments, commitments


@pytest.mark.parametrize("lang,text,actor,year", [
    ("fr", "Le Maroc s'est fixé l'objectif d'achever le retrait des troupes d'ici au 31 décembre 2026.", "MAR", 2026),
    ("de", "Österreich will die Ausbildungsmission bis zum 30. Juni 2026 beenden.", "AUT", 2026),
    ("en", "Canada will phase out coal power by the end of 2030.", "CAN", 2030),
    ("en", "Japan aims to reach net zero in 2050.", "JPN", 2050),
    ("fr", "La Belgique vise la neutralité carbone en 2050.", "BEL", 2050),
    ("nl", "België wil de doelstelling van 0,7 procent tot 2030 halen.", "BEL", 2030),
    ("de", "Dänemark hat sich das Ziel gesetzt, im Jahr 2045 klimaneutral zu sein.", "DNK", 2045),
])
def test_deadline_forms(lang, text, actor, year):
    assert (actor, year) in [(c.actor, c.year) for c in record(lang, text).commitments]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada raised its aid budget in 2026 to reach its target."),
    ("en", "Japan has cut its emissions by 20% by 2026."),
    ("en", "Japan will host the world fair in 2027 and aims for net zero by 2050, it said."),
    ("fr", "La France a augmenté son budget d'aide en 2026 pour atteindre son objectif."),
    ("en", "Belgium reached its goal of 0.7% by 2020."),
])
def test_not_a_commitment(lang, text):
    assert all(c.year == 2050 for c in record(lang, text).commitments)
