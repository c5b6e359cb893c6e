"""Who signed what: the parties of the agreement and their representatives, the declaration of a
later partner, numbered minutes with the absent partners, and the attendance list's RODO clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.cli_asserts import flat, ok
from tests.commands.test_paperwork import body_text, render, rows
from tests.helpers import Cli

LATER = "Stowarzyszenie na rzecz Rozwoju Wsi Kamionka"  # joined 10.04.2018, by a declaration


@pytest.fixture
def cli_example(example: Path) -> Cli:
    return Cli(example)


def names(table: list[list[str]]) -> list[str]:
    """The partner names of a parties or signatures table (the first line of the second column)."""
    return [row[1].splitlines()[0] for row in table[1:]]


# --- the agreement ---------------------------------------------------------------------------------


def test_agreement_parties_are_the_partners_who_joined_by_the_founding_date(cli_example: Cli) -> None:
    path = render(cli_example, "partnership", "agreement")
    parties, signatures = rows(path, 0), rows(path, 2)
    assert len(names(parties)) == 8 and names(signatures) == names(parties)
    assert LATER not in body_text(path)  # it joined three months later: not a party, not a signatory
    # the example names who signs for every party
    assert parties[2][2] == "Tadeusz Wiśniewski, wójt gminy" and all(row[2] for row in signatures[1:])
    text = body_text(path)
    assert "zawarte w dniu 16 stycznia 2018 r. w miejscowości Wierzbno Dolne" in text
    assert "Porozumienie wchodzi w życie z dniem podpisania przez wszystkich Partnerów." in text
    assert "Zmiany Porozumienia wymagają formy pisemnej pod rygorem nieważności." in text
    assert "sporządzono w 8 jednobrzmiących egzemplarzach, po jednym dla każdego z Partnerów" in text
    assert "Wierzbno Dolne, dnia 16 stycznia 2018 r." in text
    # room for a signature and two stamps
    assert Document(str(path)).tables[2].rows[1].height.mm >= 30


def test_a_partner_who_left_before_the_founding_date_did_not_sign(cli_example: Cli) -> None:
    ok(cli_example("partner", "add", "Fundacja Krótka", "--type", "fundacja", "--joined", "01.12.2017"))
    ok(cli_example("partner", "edit", "fund-krotka", "--left", "10.01.2018"))
    path = render(cli_example, "partnership", "agreement")
    assert "Fundacja Krótka" not in names(rows(path, 2)) and len(names(rows(path, 2))) == 8


def test_a_partner_without_a_joining_date_keeps_the_agreement_a_draft(cli_example: Cli) -> None:
    ok(cli_example("partner", "add", "Parafia św. Anny", "--type", "parafia", "--address", "Kamionka 1"))
    text = body_text(render(cli_example, "partnership", "agreement"))
    assert "WERSJA ROBOCZA" in text and "data przystąpienia partnera: Parafia św. Anny" in text


def test_a_later_founding_date_makes_the_later_partner_a_party(cli_example: Cli) -> None:
    ok(cli_example("partnership", "edit", "--founded", "10.04.2018", "--place", "Kamionka"))
    path = render(cli_example, "partnership", "agreement")
    assert LATER in names(rows(path, 2))
    text = body_text(path)
    assert "w 9 jednobrzmiących egzemplarzach" in text and "Kamionka, dnia 10 kwietnia 2018 r." in text


def test_a_representative_and_registry_numbers_are_on_the_agreement_and_declaration(cli_example: Cli) -> None:
    ok(
        cli_example(
            "partner", "edit", "gminny-osrodek-kultury", "--representative", "Agnieszka Dudek",
            "--function", "dyrektor", "--nip", "123-456-32-18", "--regon", "123456785",
        )
    )  # fmt: skip
    shown = flat(ok(cli_example("partner", "show", "gminny-osrodek-kultury")).stdout)
    assert "Agnieszka Dudek" in shown and "123-456-32-18" in shown
    path = render(cli_example, "partnership", "agreement")
    party = next(row for row in rows(path, 0) if row[1].startswith("Gminny Ośrodek Kultury"))
    assert "NIP 123-456-32-18, REGON 123456785" in party[1] and party[2] == "Agnieszka Dudek, dyrektor"
    signature = next(row for row in rows(path, 2) if row[1] == "Gminny Ośrodek Kultury")
    assert signature[2] == "Agnieszka Dudek, dyrektor"
    declaration = body_text(render(cli_example, "partner", "declaration", "gminny-osrodek-kultury"))
    assert "Osoba reprezentująca Agnieszka Dudek, dyrektor" in declaration
    assert "NIP, REGON, KRS NIP 123-456-32-18, REGON 123456785" in declaration


def test_the_declaration_refers_to_the_agreement_and_its_date(cli_example: Cli) -> None:
    text = body_text(render(cli_example, "partner", "declaration", "stowarzyszenie-kamionka"))
    assert (
        "Partner oświadcza, że zapoznał się z treścią Porozumienia partnerskiego zawartego w dniu "
        "16 stycznia 2018 r. i akceptuje jego postanowienia. Przystąpienie następuje z dniem przyjęcia "
        "deklaracji przez e-Mocarza." in text
    )
    assert (
        "do gminnego partnerstwa na rzecz edukacji cyfrowej w gminie Wierzbno Dolne, działającego pod "
        "nazwą „Partnerstwo na rzecz edukacji cyfrowej w gminie Wierzbno Dolne”" in text
    )
    assert "koordynuje e-Mocarz: Marta Sobczak" in text and "Partner zobowiązuje się do:" in text
    assert "Osoba reprezentująca Piotr Kamiński, prezes zarządu" in text
    # one voice: the Partner, never "I" or "we"
    assert "deklaruję" not in text and "zobowiązujemy" not in text and "wnosimy" not in text.lower()


# --- the minutes -----------------------------------------------------------------------------------


def test_minutes_are_numbered_by_year_and_the_number_can_be_set(cli_example: Cli) -> None:
    numbers = {
        meeting: body_text(render(cli_example, "meeting", "minutes", meeting))
        for meeting in ("2017-11-21", "2018-01-16", "2018-10-23")
    }
    assert "Protokół nr 1/2017 ze spotkania" in numbers["2017-11-21"]
    assert "Protokół nr 1/2018 ze spotkania" in numbers["2018-01-16"]
    assert "Protokół nr 3/2018 ze spotkania" in numbers["2018-10-23"]
    ok(cli_example("meeting", "edit", "2018-10-23", "--minutes-number", "7/2018"))
    text = body_text(render(cli_example, "meeting", "minutes", "2018-10-23", "--force"))
    assert "Protokół nr 7/2018 ze spotkania" in text


def test_minutes_name_absent_partners_guests_chair_tasks_and_the_next_meeting(cli_example: Cli) -> None:
    ok(cli_example("meeting", "add", "--date", "12.03.2019", "--time", "17:00", "--place", "GOK"))
    ok(
        cli_example(
            "meeting", "edit", "2018-10-23", "--guest", "sołtys Kamionki", "--chair", "Agnieszka Dudek",
            "--minute-taker", "Ewa Pawlak", "--task", "Beata Lis (GOPS) — lista chętnych — 15.02.2019",
            "--task", "Marta Sobczak: plakat do 20.01.2019", "--task", "zaprosić sołtysów",
        )
    )  # fmt: skip
    path = render(cli_example, "meeting", "minutes", "2018-10-23")
    text = body_text(path)
    assert "Partnerzy nieobecni: Urząd Gminy Wierzbno Dolne, Ochotnicza Straż Pożarna w Kamionce." in text
    assert "Goście spoza partnerstwa: sołtys Kamionki." in text
    assert "Prowadzący Agnieszka Dudek" in text and "Protokolant Ewa Pawlak" in text
    assert "Następne spotkanie partnerstwa: 12 marca 2019 r., godz. 17:00, GOK." in text
    assert rows(path, 1) == [
        ["Lp.", "Kto", "Co", "Do kiedy"],
        ["1.", "Beata Lis (GOPS)", "lista chętnych", "15.02.2019"],
        ["2.", "Marta Sobczak", "plakat", "20.01.2019"],
        ["3.", "", "zaprosić sołtysów", ""],
    ]


def test_minutes_before_the_founding_date_name_institutions_not_partners(cli_example: Cli) -> None:
    initiating = body_text(render(cli_example, "meeting", "minutes", "2017-11-21"))
    assert "Instytucje obecne (przed zawiązaniem partnerstwa): Gminna Biblioteka Publiczna" in initiating
    assert "Partnerzy obecni" not in initiating
    assert "Partnerzy obecni: Gminna Biblioteka Publiczna" in body_text(
        render(cli_example, "meeting", "minutes", "2018-01-16")
    )


def test_minutes_without_a_planned_meeting_say_the_date_is_not_set(cli_example: Cli) -> None:
    text = body_text(render(cli_example, "meeting", "minutes", "2018-10-23"))
    assert "Termin następnego spotkania nie został jeszcze ustalony." in text


# --- the attendance list ---------------------------------------------------------------------------


def test_attendance_list_has_the_rodo_clause_from_25_may_2018(cli_example: Cli) -> None:
    after = body_text(render(cli_example, "meeting", "sheet", "2018-10-23"))
    assert "Informacja o przetwarzaniu danych osobowych (art. 13 RODO)" in after
    assert "Administrator danych wpisanych na liście" in after
    assert (
        "liście: Gminna Biblioteka Publiczna" in after
        and "e-Mocarz (m.sobczak@wierzbno-dolne.example)" in after
    )
    # what art. 13 RODO asks for: the legal basis, purpose, recipients, retention, rights, complaint
    for phrase in (
        "art. 6 ust. 1 lit. e RODO", "udokumentowanie spotkania partnerstwa", "instytucje uprawnione",
        "przechowywane do końca okresu", "prawo dostępu", "sprzeciwu", "Prezesa Urzędu Ochrony Danych",
        "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679",
    ):  # fmt: skip
        assert phrase in after, phrase
    before = body_text(render(cli_example, "meeting", "sheet", "2018-04-10"))
    assert "RODO" not in before


def test_attendance_list_has_a_row_for_everyone_who_came(cli_example: Cli) -> None:
    # 14 people came to the first meeting, of 8 partners present: 14 rows, and 5 spare ones
    table = rows(render(cli_example, "meeting", "sheet", "2017-11-21"), 1)[1:]
    assert len(table) == 14 + 5
