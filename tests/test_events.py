"""Events coded from sentences written for these tests, in four languages: every PLOVER type,
negation, hypotheticals, passives, coordination and demands."""
from __future__ import annotations

import pytest

from diplo.api import extract_text
from diplo.events.lexicon import SYMMETRIC_TYPES
from diplo.export.record import UNASSERTED

from event_cases import CASES


def asserted_triples(text: str) -> set[tuple[str, str, str]]:
    record = extract_text(text)
    side = {a.id: a.affiliation or a.id for a in record.actors}
    top = lambda actor: side.get(actor, actor).split(".")[0] if actor else None  # noqa: E731
    return {(e.type, top(s), top(t)) for e in record.events if e.modality not in UNASSERTED
            for s in e.sources or (None,) for t in e.targets or (None,)}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.lang}-{c.kind}-{i}" for i, c in enumerate(CASES)])
def test_event(case):
    triples = asserted_triples(case.text)
    triples |= {(t, target, source) for t, source, target in triples if t in SYMMETRIC_TYPES}
    for expected in case.expected:
        assert expected in triples, f"{expected} not in {sorted(triples)}"
    for absent in case.absent:
        assert absent not in triples, f"{absent} asserted, in {sorted(triples)}"


def test_negated_event_is_kept_apart():
    record = extract_text("Rome, 2 March 2024\n\nItaly did not condemn the decision of Hungary.")
    assert [e.modality for e in record.events if e.type == "ACCUSE"] == ["negated"]


@pytest.mark.parametrize("text, type_", [
    ("Berlin, 2 March 2024\n\nGermany urged Russia to withdraw its troops from Ukraine.", "RETREAT"),
    ("London, 3 May 2024\n\nThe UK and Kenya agreed on the need for an urgent ceasefire in Sudan.", "AGREE"),
    ("Paris, le 3 mai 2024\n\nLa France et le Kenya ont souligné la nécessité d'un cessez-le-feu au Soudan.", "AGREE"),
])
def test_requested_event_is_not_asserted(text, type_):
    noun_events = [e for e in extract_text(text).events if e.type == type_ and e.rule.startswith(("verb", "noun"))
                   and "'agreed'" not in e.rule]
    assert noun_events and {e.modality for e in noun_events} == {"requested"}


def test_date_opening_a_paragraph_is_the_events_not_a_dateline():
    record = extract_text("Paris, le 20 mai 2025\n\nLe 16 mai, des délégations russe et ukrainienne se sont "
                          "rencontrées à Istanbul pour la première fois depuis le printemps 2022.")
    assert [e.date for e in record.events if e.type == "CONSULT"] == ["2025-05-16"]


@pytest.mark.parametrize("text,expected", [
    ("Paris, le 12 mars 2024\n\nHier, la France a convoqué l'ambassadeur de Russie.", "2024-03-11"),
    ("Den Haag, 12 maart 2024\n\nEind februari bracht de minister een bezoek aan Kenia.", "2024-02"),
    ("Paris, le 12 mars 2024\n\nFin février, la ministre s'est rendue au Kenya.", "2024-02"),
])
def test_relative_day_or_part_of_a_month_opening_a_short_line_dates_its_event(text, expected):
    """'Hier, …' and 'Fin février, …' open the story, never a dateline; 's'est rendue' is 'se rendre'."""
    assert [e.date for e in extract_text(text).events] == [expected]


def test_weekday_after_a_place_dateline_dates_the_event():
    record = extract_text("BRUSSELS, 3 May 2024 (AFP) – The European Union on Monday adopted new sanctions "
                          "against Russia.")
    assert [e.date for e in record.events if e.type == "SANCTION"] == ["2024-04-29"]


def test_relative_clause_under_a_request_is_asserted():
    record = extract_text("Paris, le 4 avril 2025\n\nLe ministre a demandé le soutien de l'UE pour une résolution "
                          "de la question, obtenant l'assurance de la ministre que l'UE soutenait pleinement les "
                          "initiatives du Japon.")
    assert {e.modality for e in record.events if e.type == "SUPPORT" and "JPN" in e.targets} == {"asserted"}


def test_next_day_counts_from_the_date_told_before():
    record = extract_text("Paris, le 20 mai 2025\n\nLe 16 mai, des délégations russe et ukrainienne se sont "
                          "rencontrées à Istanbul. Le lendemain même, une frappe de drone russe contre un autobus "
                          "civil en Ukraine a tué neuf personnes.")
    assert [e.date for e in record.events if e.type == "ASSAULT"] == ["2025-05-17"]


def test_the_same_day_is_the_date_told_before():
    record = extract_text("Den Haag, 30 oktober 2025\n\nOp 23 oktober kwamen de regeringsleiders in Brussel bijeen. "
                          "Diezelfde dag heeft de Europese Unie sancties tegen Rusland goedgekeurd.")
    assert {e.date for e in record.events if e.type == "SANCTION"} == {"2025-10-23"}


def test_background_date_earlier_in_the_paragraph_does_not_date_the_news():
    record = extract_text("Bern, 14.01.2025 – Bundesrat Cassis erinnerte an die Konferenz auf dem Bürgenstock im "
                          "Juni 2024. Aussenminister Sybiha lud Bundesrat Cassis zu einem Besuch in Kyjiw ein.")
    assert {e.date for e in record.events if e.type == "REQUEST"} == {"2025-01-14"}


def test_date_in_a_relative_clause_of_something_else_does_not_date_the_news():
    record = extract_text("New York, 17 January 2014\n\nThe United Nations has allocated $11.5 million to help "
                          "people in Mali who are still feeling the impact of the violence that displaced many in 2012.")
    assert {e.date for e in record.events if e.type == "AID"} == {"2014-01-17"}


def test_deployment_needs_no_target():
    record = extract_text("Brussels, 3 February 2025\n\nSince January, NATO has deployed additional frigates and "
                          "naval drones under Baltic Sentry.")
    assert [(e.sources, e.targets) for e in record.events if e.type == "MOBILIZE"] == [(("NATO",), ())]


@pytest.mark.parametrize("text,expected", [
    ("Kyiv, 3 maart 2025\n\nDe Oekraïense minister Andrij Sybiha zei dat Rusland zijn land opnieuw heeft "
     "aangevallen.", ("ASSAULT", "RUS", "UKR")),
    ("Bern, 14.01.2025 – Aussenminister Andrii Sybiha sagte, dass Russland sein Land angegriffen habe.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_his_country_is_the_country_of_the_person_before(text, expected):
    assert expected in asserted_triples(text)


@pytest.mark.parametrize("text, type_, source", [
    ("Paris, le 4 juin 2025\n\nNous appelons la Russie à retirer ses troupes du territoire ukrainien.", "RETREAT", "RUS"),
    ("Brussels, 4 June 2025\n\nThe EU urged Russia to withdraw its troops from Ukraine.", "RETREAT", "RUS"),
])
def test_requested_act_is_the_asked_ones(text, type_, source):
    """'urged Russia to withdraw': the act asked for is to be done by the one asked, not by the asker."""
    record = extract_text(text)
    assert [e.sources for e in record.events if e.type == type_] == [(source,)]


def test_decided_act_is_the_decision_announced():
    """'a décidé d'expulser', 'decided to extend aid': an announced decision is the act, not an intention."""
    record = extract_text("Paris, le 15 avril 2025\n\nLa France a décidé d'expulser douze diplomates algériens.")
    assert [e.modality for e in record.events if e.type == "SANCTION"] == ["asserted"]
