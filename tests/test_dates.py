"""Date expressions: finding, reading and resolving them in four languages (property tests)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo.dates import When, finder, resolve
from diplo.ingest.docdate import published_date

LANGUAGES = ["en", "fr", "nl", "de"]
dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=150, deadline=None)
@given(day=dates, code=st.sampled_from(LANGUAGES), width=st.sampled_from(["long", "medium"]))
def test_written_dates_read_back(day, code, width):
    written = format_date(day, format=width, locale=code)
    found = [m for m in finder(code).find(f"On {written} the ministers met.") if m.kind == "absolute"]
    assert found, written
    assert When(found[0].year, found[0].month, found[0].day) == When(day.year, day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(day=dates, code=st.sampled_from(["fr", "nl", "de"]), separator=st.sampled_from([".", "/"]))
def test_numeric_day_first(day, code, separator):
    text = f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
    [mention] = finder(code).find(text)
    assert (mention.year, mention.month, mention.day) == (day.year, day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(day=dates, code=st.sampled_from(LANGUAGES), separator=st.sampled_from(["-", "/", "."]),
       padded=st.booleans())
def test_numeric_year_first(day, code, separator, padded):
    month, number = (f"{day.month:02d}", f"{day.day:02d}") if padded else (str(day.month), str(day.day))
    [mention] = finder(code).find(f"Issued {day.year}{separator}{month}{separator}{number} in the capital")
    assert (mention.year, mention.month, mention.day) == (day.year, day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(day=dates)
def test_ordinal_full_stop_glued_to_the_month(day):
    month = format_date(day, "MMMM", locale="de")
    [mention] = finder("de").find(f"nach der Sitzung am {day.day}.{month} {day.year} in Wien")
    assert (mention.year, mention.month, mention.day) == (day.year, day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(day=dates)
def test_numeric_english_month_first(day):
    [mention] = finder("en").find(f"{day.month}/{day.day}/{day.year} 11:52 PM EDT")
    assert (mention.month, mention.day) == (day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(reference=dates, offset=st.integers(min_value=-1, max_value=1),
       word=st.sampled_from([("en", "yesterday", -1), ("en", "today", 0), ("fr", "hier", -1),
                             ("nl", "gisteren", -1), ("de", "gestern", -1), ("de", "heute", 0)]))
def test_relative_days(reference, offset, word):
    code, form, days = word
    [mention] = [m for m in finder(code).find(f"x {form} x") if m.kind == "relative"]
    resolved = resolve(mention, When(reference.year, reference.month, reference.day))
    expected = reference + timedelta(days=days)
    assert resolved == When(expected.year, expected.month, expected.day)


@settings(max_examples=100, deadline=None)
@given(reference=dates.filter(lambda d: d.year < 2099), target=st.integers(min_value=1, max_value=200))
def test_day_without_year_is_the_latest_before_reference(reference, target):
    day = reference - timedelta(days=target)
    mention = [m for m in finder("en").find(f"on {day.day} {format_date(day, 'MMMM', locale='en')}")
               if m.kind == "partial"][0]
    assert resolve(mention, When(reference.year, reference.month, reference.day)) == When(day.year, day.month,
                                                                                          day.day)


@settings(max_examples=100, deadline=None)
@given(reference=dates.filter(lambda d: d.year < 2099), target=st.integers(min_value=1, max_value=100))
def test_day_without_year_shortly_after_reference_is_ahead(reference, target):
    """'Op 15 april organiseren we een conferentie' in March: this April, not eleven months ago."""
    day = reference + timedelta(days=target)
    mention = [m for m in finder("en").find(f"on {day.day} {format_date(day, 'MMMM', locale='en')}")
               if m.kind == "partial"][0]
    assert resolve(mention, When(reference.year, reference.month, reference.day)) == When(day.year, day.month,
                                                                                          day.day)


SHIFTED_WEEKDAYS = {"en": ("last {}", "next {}"), "fr": ("{} dernier", "{} prochain"),
                    "nl": ("afgelopen {}", "komende {}"), "de": ("letzten {}", "nächsten {}")}


@settings(max_examples=100, deadline=None)
@given(reference=dates.filter(lambda d: date(1950, 1, 8) < d < date(2099, 12, 24)), weekday=st.integers(0, 6),
       code=st.sampled_from(LANGUAGES), later=st.booleans())
def test_shifted_weekday_is_strictly_before_or_after(reference, weekday, code, later):
    name = format_date(date(2024, 1, 1) + timedelta(days=weekday), "EEEE", locale=code)  # 2024-01-01 is a Monday
    [mention] = finder(code).find(SHIFTED_WEEKDAYS[code][later].format(name))
    day = resolve(mention, When(reference.year, reference.month, reference.day)).as_date()
    assert day.weekday() == weekday
    assert 0 < (day - reference).days <= 7 if later else 0 < (reference - day).days <= 7


def test_weekday_with_day_picks_the_fitting_year():
    [mention] = finder("en").find("on Friday, October 27")
    assert resolve(mention, When(2023, 10, 26), future=True) == When(2023, 10, 27)


def test_month_alone_is_the_last_one_before_the_document():
    [mention] = finder("en").find("During the Council in November, ministers met.")
    assert resolve(mention, When(2022, 1)) == When(2021, 11)


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Hamzah Hussain\n\n26th Feb, 2023. 09:20 am\n\nStrengthening ties between both", "2023-02-26"),
    ("en", "Title\n\n10/26/2023 11:52 PM EDT\n\nOffice of the Spokesperson", "2023-10-26"),
    ("fr", "Visite officielle\n\nCommuniqué de presse, 10.03.2020\n\nLe conseiller fédéral", "2020-03-10"),
    ("fr", "Réunion des ministres - Propos à la presse (Brest, 13 janvier 2022)\n\nLa discussion", "2022-01-13"),
    ("de", "Rat (Auswärtige Angelegenheiten), 19.06.2017\n\nWichtigste Ergebnisse", "2017-06-19"),
    ("en", "JANUARY 2022 The Interview / Text by A. Writer\n\nQuestions", "2022-01"),
    ("en", "Today, Monday 11 April, the minister went to Luxembourg. In March 2022 she met him.", "2022-04-11"),
    ("en", "Talks in Oslo\nTransport; energy; ports.\n14 March 2024\nOslo\n\nMinister: Good morning.", "2024-03-14"),
    ("en", "Relief for the floods\n\nPosted: 9 June 2016 y., Thursday\n\nToday the Commission adopted", "2016-06-09"),
    ("en", "Ministers meet\n\nOSLO/HELSINKI/TALLINN, 12 October 2021 – The ministers met today.", "2021-10-12"),
    ("en", "Fund releases aid\n\n(Geneva, 4 February 2019): The coordinator has released funds.", "2019-02-04"),
    ("en", "Remarks by the Minister at the opening of the trade fair, in Accra, 5 June 2019\n\nWelcome.",
     "2019-06-05"),
    ("en", "The Office has published today [March 9, 2018], the text of the call of March 7:\n\nThe "
           "leaders spoke.", "2018-03-09"),
    ("en", "Heading\n\n2024/3/5\n\nThe minister met his counterpart.", "2024-03-05"),
    ("en", "Minister visits Ghana\nMedia release | 4 July 2022 | Department of Foreign Affairs\nThe minister "
           "arrived in Accra.", "2022-07-04"),
    ("en", "Vice Minister meets Ambassador\nMinistry of Foreign Affairs of the Republic of Korea 2023/11/7\nThe Vice "
           "Minister met the Ambassador.", "2023-11-07"),
    ("en", "Home\nNews\nPress\nEvents\nTopics\nCountries\nAbout\nContact\nSearch\nMinister visits Ghana\n"
           "Accra, 4 July 2022\nThe minister arrived in Accra today for talks on trade, security and the return of "
           "cultural goods, and will meet the President tomorrow.", "2022-07-04"),
    ("en", "Officials meet 4 May 2016 - Geneva\n\nGenève, 04/05/2016 - 10:00, REF 99\n\nThe meeting on "
           "4 May 2016 was held.", "2016-05-04"),
    ("en", "Talks in Nairobi\n\nNAIROBI, Tuesday 12 March – The minister arrived. The 2019 budget was agreed.",
     "2019-03-12"),
    ("en", "Minister visits Kenya\n\n12/03/2019\n\nThe minister arrived in Nairobi on 11 March.", "2019-03-12"),
    ("en", "Minister visits Kenya\n\n03/12/2019\n\nThe minister arrived in Nairobi on March 11.", "2019-03-12"),
    # no date in words: the spelling tells the order
    ("en", "Ministers meet in Perth\n\n07/04/2025\n\nThey discussed the defence of the harbour.", "2025-04-07"),
    ("en", "Ministers meet in Boston\n\n07/04/2025\n\nThey discussed the defense of the harbor.", "2025-07-04"),
    ("fr", "Conseil des ministres\n\nMatignon - Premier ministre - 14/11/2017 09:31:05\n\nLe Premier ministre "
           "a réuni le 13 novembre les ministres.", "2017-11-14"),
    ("nl", "Belangrijkste punten\n\nBeelden van de Raad die op 21 maart 2017 in Brussel plaatsvond.\n\n21 maart\n\n"
           "De ministers spraken over handel.", "2017-03-21"),
    ("nl", "Verklaring over Mali\nSECRETARIAAT\nBrussel, 5 juni 2014 (OR. fr) PERS 120\nDe EU neemt "
           "nota van de uitslag.", "2014-06-05"),
    ("de", "Hilfe für Jemen\n\nGraz (APA) - \"Wir helfen\", erklärte die Ministerin nach der Sitzung am "
           "4.März 2014. Weitere Mittel folgen.", "2014-03-04"),
    ("fr", "Visite au Caire\n\nLe ministre a rencontré son homologue égyptien.\n\nIl a parlé de Gaza.\n\n"
           "Source : Ministère des Affaires étrangères, Paris, le 12 mars 2019", "2019-03-12"),
    # the month of a rotating presidency told with 'today', in the latest year written that has come
    ("fr", "Déclaration sur le Soudan\n\nVoici le texte de la déclaration faite aujourd'hui par la Présidente du "
           "Conseil pour le mois de mars.\n\nLe Conseil rappelle ses résolutions 2046 (2012) et 2519 (2020).",
     "2020-03"),
    ("en", "Statement on Haiti\n\nThe following statement was issued today by the President of the Council for "
           "the month of October:\n\nThe members recalled resolution 2070 (2012).", "2012-10"),
    # The end of the title; a closing note of first publication.
    ("en", "Spokesperson's Regular Press Conference on March 4, 2025\n\nQ: Any comment on the talks?\n\nA: We "
           "welcome them.", "2025-03-04"),
    ("de", "Gastbeitrag\n\nDer Klimagipfel war kein Durchbruch\n\nDie Verhandlungen in Dubai waren zäh.\n\nDie "
           "Autorin ist Staatssekretärin. Der Beitrag erschien am 14. Dezember 2023.", "2023-12-14"),
    ("nl", "Opinie\n\nEuropa moet sneller beslissen\n\nDe Raad vergaderde lang.\n\nDe auteur is minister. Dit "
           "stuk verscheen eerder op 2 maart 2024 in De Standaard.", "2024-03-02"),
    # A label after the word naming the kind of text: 'Interview published on …', 'Entretien publié le …'.
    ("fr", "Xavier Bettel : « Nous reconnaîtrons la Palestine »\n\nEntretien publié le 12 mai 2025 dans Le "
           "Quotidien\n\nLe Quotidien : Monsieur le Ministre, pourquoi maintenant ?", "2025-05-12"),
    ("en", "Sikorski: 'We will not be intimidated'\n\nInterview published on 3 March 2025 in The Review\n\nThe "
           "Review: Minister, why close the consulate?", "2025-03-03"),
    # An abbreviated weekday before a news site's date line.
    ("nl", "Hulpverlener vrij na gevangenenruil\n\nvr 26 mei 2023 13:05 | Aangepast 17:48\n\nDe hulpverlener is "
           "vrijgelaten.", "2023-05-26"),
    ("de", "Gefangenenaustausch\n\nFr., 26. Mai 2023\n\nDer Helfer wurde freigelassen.", "2023-05-26"),
])
def test_document_dates(code, text, expected):
    assert published_date(text, code)[0] == expected


@pytest.mark.parametrize("code,text", [
    ("fr", "Le ministre a rencontré le 4 avril 2025 à partir de 14h55 la Haute-représentante."),
    ("en", "The UK is providing support, Lord Ahmad announced today (Friday 23 September). Since 2006 it gave."),
    ("fr", "Q - Bienvenue en ce début d'année 2025, pleine d'incertitudes internationales."),
    ("en", "A summit in Rome\n\nThe talks were held on 3 May 2023.\n\nThe ministers agreed on a plan."),
    ("en", "Summit in Rome\n\nThe European Union and Japan held their summit in Tokyo, 3 May 2023.\n\nThey agreed."),
    ("en", "Talks in Oslo\n\nNovember 28 - Oslo, Norway\n\nThe ministers met on the 28th."),
    ("nl", "Verslag\n\nWoensdag 14 mei – Antwerpen\n\nDe ministers spraken over het akkoord van 2015."),
    ("de", "Wahlen in Venezuela\nDie Wahlen vom 6. Dezember 2020 wurden ohne Einvernehmen abgehalten."),
])
def test_no_document_date_from_running_text(code, text):
    assert published_date(text, code)[0] is None
