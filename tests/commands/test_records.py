"""The record commands as a user runs them: partners, meetings, consultations, webinars and the
partnership — ids, add / list / show / edit / remove, and what they print."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

from tests.cli_asserts import flat, ok, refused, sh
from tests.helpers import Cli, snapshot


def data(folder: Path, name: str) -> dict:
    return tomllib.loads((folder / name).read_text(encoding="utf-8"))


def listed(cli: Cli, kind: str) -> list[dict]:
    return json.loads(ok(cli(kind, "list", "--json")).stdout)


def test_partner_ids_are_the_kinds_abbreviation_and_what_tells_partners_apart(cli: Cli) -> None:
    def added(name: str, kind: str, *more: str) -> str:
        return ok(cli("partner", "add", name, "--type", kind, *more)).stdout

    assert added("Szkoła Podstawowa w Olszynach", "szkoła") == "sp-olszyny\n"
    assert added("Koło Gospodyń Wiejskich „Wierzbianki”", "KGW") == "kgw-wierzbianki\n"
    assert added("Koło Gospodyń Wiejskich „Lipnowianki”", "KGW") == "kgw-lipnowianki\n"
    assert added("OSP Kamionka", "OSP") == "osp-kamionka\n"
    assert added("Gminny Ośrodek Pomocy Społecznej", "GOPS") == "gops\n"
    assert added("Klub Seniora „Złota Jesień”", "klub seniora") == "klub-zlota-jesien\n"
    # another institution whose id would be the same (the same name is refused)
    assert added("Ochotnicza Straż Pożarna w Kamionce, jednostka młodzieżowa", "OSP") == "osp-kamionka-2\n"
    assert added("Urząd Gminy", "UG", "--id", "urzad") == "urzad\n"
    ids = [p["id"] for p in listed(cli, "partner")]
    assert ids == [
        "sp-olszyny",
        "kgw-wierzbianki",
        "kgw-lipnowianki",
        "osp-kamionka",
        "gops",
        "klub-zlota-jesien",
        "osp-kamionka-2",
        "urzad",
    ]


def test_existing_ids_never_change(example: Path) -> None:
    cli = Cli(example)
    before = [p["id"] for p in listed(cli, "partner")]
    ok(
        cli(
            "partner",
            "edit",
            "szkola-podstawowa-w-olszynach",
            "--name",
            "Szkoła Podstawowa w Olszynach Dolnych",
        )
    )
    ok(
        cli(
            "partner",
            "add",
            "Gminna Biblioteka Publiczna w Wierzbnie Dolnym, Filia w Kamionce",
            "--type",
            "GBP",
        )
    )
    assert [p["id"] for p in listed(cli, "partner")] == [*before, "gbp-filia-kamionka"]


def test_partner_add_stores_every_option(cli: Cli) -> None:
    ok(
        sh(
            cli,
            "partner add 'Gminny Ośrodek Kultury' --type GOK --contact 'Agnieszka Dudek' "
            "--email gok@gmina.example --phone '84 555 14 20' --address 'ul. Lipowa 2' --www gok.example "
            "--joined 16.01.2018 "
            "--resource 'sala na 30 osób' -r rzutnik --role 'miejsce szkoleń' "
            "--document 'porozumienie partnerskie' --notes 'dyrektor od 2015'",
        )
    )
    assert data(cli.folder, "partnerzy.toml")["partner"] == [
        {
            "id": "gok",
            "nazwa": "Gminny Ośrodek Kultury",
            "rodzaj": "dom_kultury",
            "osoba_kontaktowa": "Agnieszka Dudek",
            "email": "gok@gmina.example",
            "telefon": "84 555 14 20",
            "adres": "ul. Lipowa 2",
            "www": "gok.example",
            "data_przystapienia": dt.date(2018, 1, 16),
            "dokument": "porozumienie partnerskie",
            "zasoby": ["sala na 30 osób", "rzutnik"],
            "rola": "miejsce szkoleń",
            "notatki": "dyrektor od 2015",
        }
    ]
    shown = ok(cli("partner", "show", "gok")).stdout
    for line in (
        "rodzaj: dom kultury",
        "data przystąpienia: 16.01.2018",
        "zasoby: – sala na 30 osób",
        "– rzutnik",
    ):
        assert line in shown


def test_partner_edit_changes_only_what_is_given_and_empty_clears(cli: Cli) -> None:
    ok(cli("partner", "add", "GOK", "--type", "GOK", "--contact", "A. Dudek", "--phone", "1", "-r", "sala"))
    ok(sh(cli, "partner edit gok --phone '' --contact 'Agnieszka Dudek' -r sala -r rzutnik"))
    partner = data(cli.folder, "partnerzy.toml")["partner"][0]
    assert partner == {
        "id": "gok",
        "nazwa": "GOK",
        "rodzaj": "dom_kultury",
        "osoba_kontaktowa": "Agnieszka Dudek",
        "zasoby": ["sala", "rzutnik"],
    }
    assert "Zapisano zmiany: partner „gok”" in flat(
        cli("partner", "edit", "gok", "--type", "biblioteka").stderr
    )


def test_partner_remove_refuses_while_referred_to_and_force_drops_references(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    ok(cli("partner", "add", "GOK", "--type", "GOK", "--id", "gok"))
    ok(cli("partnership", "edit", "--leader", "gbp"))
    ok(cli("meeting", "add", "--date", "2017-11-21", "--held", "-a", "gbp", "-a", "gok"))
    refused(
        cli("partner", "remove", "gbp"),
        1,
        "spotkania.toml → 2017-11-21 (obecni)",
        "emocni.toml → partnerstwo",
    )

    result = ok(cli("partner", "remove", "gbp", "--force"))
    assert "usunięto odwołanie: spotkania.toml: 2017-11-21 (obecni)" in flat(result.stderr)
    assert [p["id"] for p in listed(cli, "partner")] == ["gok"]
    assert listed(cli, "meeting")[0]["obecni"] == ["gok"]
    assert "lider" not in data(cli.folder, "emocni.toml")["partnerstwo"]
    ok(cli("partner", "remove", "gok", "--force"))
    assert "obecni" not in data(cli.folder, "spotkania.toml")["spotkanie"][0]
    ok(cli("check"))


def test_partner_who_left_keeps_its_history_and_remove_points_to_left(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp", "--joined", "16.01.2018"))
    ok(cli("partner", "add", "GOK", "--type", "GOK", "--id", "gok", "--joined", "16.01.2018"))
    ok(cli("meeting", "add", "--date", "2018-04-10", "--held", "-a", "gbp", "-a", "gok"))
    before = snapshot(cli.folder)
    message = refused(cli("partner", "remove", "gok"), 1, "spotkania.toml → 2018-04-10 (obecni)")
    assert "emocni partner edit gok --left DATA" in message
    refused(cli("partner", "edit", "gok", "--left", "01.01.2018"), 2, "wcześniejsza niż data przystąpienia")
    assert snapshot(cli.folder) == before  # refused: every file byte-identical
    ok(cli("partner", "edit", "gok", "--left", "30.06.2019"))
    assert data(cli.folder, "partnerzy.toml")["partner"][1]["data_wystapienia"] == dt.date(2019, 6, 30)
    assert listed(cli, "meeting")[0]["obecni"] == ["gbp", "gok"]  # history stays
    table = flat(ok(cli("partner", "list", env={"COLUMNS": "160"})).stdout)
    assert "wystąpił" in table and "30.06.2019" in table
    assert "uwaga" not in ok(cli("check")).output
    ok(cli("meeting", "add", "--date", "2019-09-10", "--held", "-a", "gbp", "-a", "gok"))
    notice = flat(ok(cli("check")).output)  # a notice, not an error: perhaps it came as a guest
    assert "partner „gok” jest wśród obecnych na spotkaniu 10.09.2019" in notice
    assert "--guest" in notice


def test_meeting_guests_are_not_partners_and_are_shown(cli: Cli) -> None:
    ok(
        cli(
            "meeting",
            "add",
            "--date",
            "21.11.2017",
            "--kind",
            "inicjujace",
            "--held",
            "--guest",
            "Parafia św. Wawrzyńca",
        )
    )
    ok(cli("meeting", "edit", "2017-11-21", "--guest", "Parafia św. Wawrzyńca", "--guest", "sołtys Kamionki"))
    assert listed(cli, "meeting")[0]["goscie"] == ["Parafia św. Wawrzyńca", "sołtys Kamionki"]
    shown = flat(ok(cli("meeting", "show", "2017-11-21")).stdout)
    assert "goście:" in shown and "sołtys Kamionki" in shown
    ok(cli("check"))


def test_an_empty_guest_is_left_out(cli: Cli) -> None:
    ok(cli("meeting", "add", "--date", "21.11.2017", "--guest", "", "--guest", "  "))
    assert listed(cli, "meeting")[0].get("goscie", []) == []
    stored = tomllib.loads((cli.folder / "spotkania.toml").read_text(encoding="utf-8"))
    assert "goscie" not in stored["spotkanie"][0]


def test_partner_show_lists_the_meetings_attended(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    ok(cli("meeting", "add", "--date", "2017-11-21", "--held", "-a", "gbp"))
    ok(cli("meeting", "add", "--date", "2018-01-16", "--held", "-a", "gbp"))
    assert "obecny na spotkaniach: 2017-11-21, 2018-01-16" in ok(cli("partner", "show", "gbp")).stdout


def test_meeting_add_with_every_option_and_held(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    ok(
        cli(
            "meeting",
            "add",
            "--date",
            "21.11.2017",
            "--kind",
            "inicjujące",
            "--time",
            "17:00",
            "--place",
            "Biblioteka, czytelnia",
            "--title",
            "Spotkanie inicjujące",
            "-a",
            "gbp",
            "--people",
            "14",
            "--agenda",
            "Projekt e-Mocni",
            "--agenda",
            "Deklaracje",
            "--notes",
            "Przyszło 14 osób.\nDruga linia.",
            "--decision",
            "Zawiązujemy partnerstwo",
            "--task",
            "Porozumienie do 20.12",
            "--attendance-list",
            "--minutes",
            "--held",
        )
    )
    meeting = data(cli.folder, "spotkania.toml")["spotkanie"][0]
    assert meeting == {
        "id": "2017-11-21",
        "data": dt.date(2017, 11, 21),
        "godzina": "17:00",
        "miejsce": "Biblioteka, czytelnia",
        "rodzaj": "inicjujace",
        "status": "odbyte",
        "tytul": "Spotkanie inicjujące",
        "obecni": ["gbp"],
        "liczba_osob": 14,
        "porzadek": ["Projekt e-Mocni", "Deklaracje"],
        "notatki": "Przyszło 14 osób.\nDruga linia.\n",
        "decyzje": ["Zawiązujemy partnerstwo"],
        "zadania": ["Porozumienie do 20.12"],
        "lista_obecnosci": True,
        "protokol": True,
    }
    assert 'notatki = """Przyszło 14 osób.\nDruga linia.\n"""' in (cli.folder / "spotkania.toml").read_text(
        encoding="utf-8"
    )


def test_a_past_meeting_not_marked_held_gets_a_warning_and_held_marks_it(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    result = ok(cli("meeting", "add", "--date", "2018-04-10", "--kind", "robocze"))
    assert result.stdout == "2018-04-10\n"
    message = flat(result.stderr)
    assert "Uwaga: data jest w przeszłości, a status to „planowane”" in message
    assert "jeśli spotkanie się odbyło, zapisz to: emocni meeting held 2018-04-10" in message
    consultation = flat(ok(cli("consultation", "add", "--form", "online", "--date", "2018-04-11")).stderr)
    assert "jeśli konsultacja się odbyła, zapisz to: emocni consultation edit" in consultation

    ok(cli("meeting", "held", "2018-04-10", "-a", "gbp", "--people", "13", "--attendance-list"))
    meeting = listed(cli, "meeting")[0]
    assert (meeting["status"], meeting["obecni"], meeting["liczba_osob"], meeting["lista_obecnosci"]) == (
        "odbyte",
        ["gbp"],
        13,
        True,
    )


def test_a_future_or_held_meeting_gets_no_warning(cli: Cli) -> None:
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    assert "Uwaga" not in ok(cli("meeting", "add", "--date", future)).stderr
    assert "Uwaga" not in ok(cli("meeting", "add", "--date", "2018-04-10", "--held")).stderr


def test_an_event_held_in_the_future_gets_a_warning(cli: Cli) -> None:
    future = dt.date.today() + dt.timedelta(days=30)
    result = ok(cli("meeting", "add", "--date", future.isoformat(), "--held"))
    assert f"data {future:%d.%m.%Y} jest w przyszłości, a status to „odbyte”" in flat(result.stderr)
    result = ok(cli("consultation", "add", "--form", "online", "--date", future.isoformat(), "--held"))
    assert "emocni consultation edit" in flat(result.stderr)


def test_two_meetings_on_one_day_get_distinct_ids(cli: Cli) -> None:
    assert ok(cli("meeting", "add", "--date", "2018-04-10", "--held")).stdout == "2018-04-10\n"
    assert ok(cli("meeting", "add", "--date", "2018-04-10", "--held")).stdout == "2018-04-10-2\n"


def test_meeting_edit_and_list_order(cli: Cli) -> None:
    ok(cli("meeting", "add", "--date", "2018-10-23", "--kind", "planistyczne", "--held"))
    ok(cli("meeting", "add", "--date", "2017-11-21", "--kind", "inicjujace", "--held", "--time", "17:00"))
    ok(cli("meeting", "edit", "2017-11-21", "--time", "", "--status", "odwołane", "--place", "GOK"))
    meetings = listed(cli, "meeting")
    assert [m["id"] for m in meetings] == ["2017-11-21", "2018-10-23"]
    assert "godzina" not in meetings[0]
    assert (meetings[0]["status"], meetings[0]["miejsce"]) == ("odwolane", "GOK")
    table = ok(cli("meeting", "list")).stdout
    assert "odwołane" in table and "planistyczne" in table


def test_consultations_visits_and_remote_advice(cli: Cli) -> None:
    visit = "consultation add --form wizyta --visit 1 --date 06.03.2018 --duration 4h --held"
    assert ok(sh(cli, visit + " --place Biblioteka --topic 'Diagnoza potrzeb'")).stdout == "wizyta-1\n"
    assert (
        ok(sh(cli, "consultation add --form telefon --date 14.05.2018 --duration 1h --held")).stdout
        == "telefon-2018-05-14\n"
    )
    result = ok(cli("consultation", "add", "--form", "online", "--date", "05.06.2018", "--duration", "90m"))
    assert "emocni consultation edit online-2018-06-05 --held" in flat(result.stderr)
    ok(cli("consultation", "edit", "online-2018-06-05", "--held", "--topic", "Część ogólna"))
    consultations = listed(cli, "consultation")
    assert [(c["id"], c["czas"], c["status"]) for c in consultations] == [
        ("wizyta-1", "4h", "odbyte"),
        ("telefon-2018-05-14", "1h", "odbyte"),
        ("online-2018-06-05", "1h30m", "odbyte"),
    ]
    shown = ok(cli("consultation", "show", "wizyta-1")).stdout
    assert "numer wizyty: 1" in shown and "czas trwania: 4 h" in shown and "forma: wizyta w gminie" in shown


def test_a_partner_name_already_recorded_is_refused_naming_its_id(cli: Cli, unchanged) -> None:
    ok(cli("partner", "add", "Gminny Ośrodek Kultury", "--type", "gok"))
    ok(cli("partner", "add", "Gminna Biblioteka Publiczna", "--type", "biblioteka", "--id", "gbp"))
    check = unchanged(cli.folder)
    for name in ("Gminny Ośrodek Kultury", "  gminny  osrodek KULTURY "):
        refused(cli("partner", "add", name, "--type", "gok"), 1, "jest już zapisany", "„gok”")
    refused(cli("partner", "edit", "gbp", "--name", "gminny ośrodek kultury"), 1, "jest już zapisany")
    check()
    ok(cli("partner", "edit", "gbp", "--name", "Gminna Biblioteka Publiczna w Wierzbnie"))


def test_durations_as_people_say_them_shown_in_hours_and_minutes(cli: Cli) -> None:
    for typed in ("pół godziny", "półtorej godziny", "3 i pół godziny", "45 minut", "1:15", "godzina"):
        ok(cli("consultation", "add", "--form", "telefon", "--date", "14.05.2018", "--duration", typed))
    consultations = listed(cli, "consultation")
    assert [c["czas_min"] for c in consultations] == [30, 90, 210, 45, 75, 60]  # whole minutes for scripts
    assert [c["czas"] for c in consultations] == [
        "30m",
        "1h30m",
        "3h30m",
        "45m",
        "1h15m",
        "1h",
    ]  # the file form
    table = ok(cli("consultation", "list")).stdout
    assert "30 min" in table and "1 h 30 min" in table and "3 h 30 min" in table and "20m" not in table
    assert "czas trwania: 1 h 15 min" in ok(cli("consultation", "show", "telefon-2018-05-14-5")).stdout


def test_a_bare_number_over_3_for_a_phone_call_asks_for_the_unit(cli: Cli, unchanged) -> None:
    ok(cli("consultation", "add", "--form", "telefon", "--date", "14.05.2018", "--duration", "1"))
    check = unchanged(cli.folder)
    add = ["consultation", "add", "--form", "telefon", "--date", "15.05.2018", "--duration", "20", "--held"]
    refused(cli(*add), 2, "20 h? jeśli to minuty, wpisz 20 min")
    edit = ["consultation", "edit", "telefon-2018-05-14", "--duration", "20"]
    refused(cli(*edit), 2, "20 h? jeśli to minuty, wpisz 20 min")
    check()
    ok(cli("consultation", "edit", "telefon-2018-05-14", "--duration", "20 min"))
    ok(
        cli(
            "consultation",
            "add",
            "--form",
            "wizyta",
            "--visit",
            "1",
            "--date",
            "16.05.2018",
            "--duration",
            "4",
        )
    )
    assert [c["czas_min"] for c in listed(cli, "consultation")] == [20, 240]  # a visit may be a bare 4 (h)


def test_a_hand_written_bare_number_is_still_read_as_hours(cli: Cli) -> None:
    ok(cli("consultation", "add", "--form", "online", "--date", "14.05.2018", "--duration", "1h", "--held"))
    path = cli.folder / "konsultacje.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('czas = "1h"', "czas = 5"), encoding="utf-8")
    assert listed(cli, "consultation")[0]["czas_min"] == 300
    assert "wykorzystano 5 h z 8 h" in flat(ok(cli("status", "--today", "2018-06-01")).stdout)


def test_webinars(cli: Cli) -> None:
    title = "Plan bez tajemnic, czyli jak sprawnie opracować trzyletni plan szkoleń"
    assert ok(cli("webinar", "add", title, "--date", "12.09.2018", "--person", "Marta Sobczak")).stdout == (
        "plan-bez-tajemnic\n"
    )
    ok(cli("webinar", "add", "Webinarium wprowadzające", "--date", "14.02.2019", "--recording"))
    ok(cli("webinar", "add", "Bezpieczeństwo w sieci", "--date", "2019-03-01", "--not-series"))
    webinars = listed(cli, "webinar")
    assert [(w["udzial"], w["cykl"]) for w in webinars] == [
        ("na_zywo", True),
        ("nagranie", True),
        ("na_zywo", False),
    ]
    assert webinars[0]["tytul"] == title and webinars[0]["uczestnicy"] == ["Marta Sobczak"]
    ok(cli("webinar", "edit", "webinarium-wprowadzajace", "--live", "--not-series"))
    assert listed(cli, "webinar")[1]["udzial"] == "na_zywo"
    ok(cli("webinar", "remove", "bezpieczenstwo-w-sieci"))
    assert len(listed(cli, "webinar")) == 2
    table = ok(cli("webinar", "list")).stdout
    assert "12.09.2018" in table and "na żywo" in table


def test_a_webinar_is_planned_until_marked_attended(cli: Cli) -> None:
    result = ok(cli("webinar", "add", "Plan bez tajemnic", "--date", "12.09.2018"))
    assert "emocni webinar held plan-bez-tajemnic" in flat(result.stderr)  # past but planned
    ok(cli("webinar", "add", "Wprowadzenie", "--date", "14.02.2019", "--held", "--recording"))
    assert [w["status"] for w in listed(cli, "webinar")] == ["planowane", "odbyte"]
    ok(cli("webinar", "held", "plan-bez-tajemnic", "--recording", "--date", "20.09.2018"))
    first = listed(cli, "webinar")[0]
    assert (first["status"], first["udzial"], first["data"]) == ("odbyte", "nagranie", "2018-09-20")
    refused(cli("webinar", "held", "nie-ma-takiego"), 1, "nie-ma-takiego")
    assert "odbyte" in ok(cli("webinar", "list")).stdout


def test_partnership_show_and_edit(cli: Cli) -> None:
    ok(cli("partner", "add", "Gminna Biblioteka Publiczna", "--type", "biblioteka", "--id", "gbp"))
    ok(
        sh(
            cli,
            "partnership edit --founded '16 stycznia 2018' --document 'porozumienie partnerskie' "
            "--leader gbp --name 'Partnerstwo w Wierzbnie'",
        )
    )
    partnership = data(cli.folder, "emocni.toml")["partnerstwo"]
    assert partnership == {
        "nazwa": "Partnerstwo w Wierzbnie",
        "dokument": "porozumienie partnerskie",
        "lider": "gbp",
        "data_zawiazania": dt.date(2018, 1, 16),
    }
    shown = ok(cli("partnership", "show")).stdout
    assert "data zawiązania: 16.01.2018" in shown
    assert "lider: Gminna Biblioteka Publiczna (gbp)" in shown  # the name a person knows, and the id
    partnership_block = shown[shown.index("Partnerstwo") : shown.index("Osoby")]
    assert "okres planu: 2018–2020" in partnership_block
    as_json = json.loads(ok(cli("partnership", "show", "--json")).stdout)
    assert as_json["partnerstwo"]["data_zawiazania"] == "2018-01-16"
    ok(cli("partnership", "edit", "--document", ""))
    assert "dokument" not in data(cli.folder, "emocni.toml")["partnerstwo"]


def test_empty_lists_say_how_to_add(cli: Cli) -> None:
    for kind in ("partner", "meeting", "consultation", "webinar"):
        result = ok(cli(kind, "list"))
        assert result.stdout == ""
        assert f"emocni {kind} add --help" in flat(result.stderr)
        assert listed(cli, kind) == []


def test_lists_in_an_80_column_console_break_no_word(example: Path) -> None:
    """At 80 columns the partners' contact and the consultations' topic give way (with a note)
    rather than every name being chopped mid-word ("Bibliote / ka"); a wide console shows them."""
    cli = Cli(example)
    narrow = {"COLUMNS": "80", "NO_COLOR": "1"}
    for kind, column, words in (
        ("partner", "kontakt", ["Biblioteka", "Społecznej", "„Wierzbianki”", "stowarzyszenie"]),
        ("consultation", "temat", ["wizyta", "gminie", "telefon"]),
    ):
        result = ok(cli(kind, "list", env=narrow))
        assert all(len(line) <= 80 for line in result.stdout.splitlines())
        cells = [part.strip() for line in result.stdout.splitlines() for part in line.split("│")]
        assert all(word in " ".join(cells).split() for word in words), result.stdout
        assert column not in result.stdout
        assert f"Nie mieści się w oknie: {column}" in flat(result.stderr)
        assert f"emocni {kind} show ID" in flat(result.stderr)
        wide = ok(cli(kind, "list", env={**narrow, "COLUMNS": "200"}))
        assert column in wide.stdout and "Nie mieści się" not in wide.stderr


def test_an_empty_column_gives_way_without_a_note(cli: Cli) -> None:
    long_id = "gminny-osrodek-pomocy-spolecznej"
    ok(
        cli(
            "partner", "add", "Gminny Ośrodek Pomocy Społecznej w Kamionce", "--type", "GOPS", "--id", long_id
        )
    )
    result = ok(cli("partner", "list", env={"COLUMNS": "80"}))
    assert "kontakt" not in result.stdout and long_id in result.stdout
    assert "Nie mieści się" not in result.stderr  # nobody has a contact: nothing is hidden


def test_show_lists_sentences_one_a_line_and_indents_what_wraps(cli: Cli) -> None:
    ok(cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "gbp"))
    ok(
        cli(
            "meeting",
            "add",
            "--date",
            "2018-04-10",
            "--held",
            "-a",
            "gbp",
            "--agenda",
            "Wyniki ankiety",
            "--agenda",
            "Grupy docelowe",
            "--notes",
            "Długa notatka " * 12,
        )
    )
    ok(cli("meeting", "edit", "2018-04-10", "--decision", "Ankieta w trzech wsiach"))
    lines = ok(cli("meeting", "show", "2018-04-10")).stdout.splitlines()
    assert "  decyzje: Ankieta w trzech wsiach" in lines  # one item: no list dash
    start = lines.index("  porządek spotkania: – Wyniki ankiety")
    assert lines[start + 1] == "      – Grupy docelowe"
    notes = next(i for i, line in enumerate(lines) if line.startswith("  notatki: "))
    assert lines[notes + 1].startswith("      Długa notatka")  # wrapped, and indented under its label
    assert all(len(line) <= 80 for line in lines)
