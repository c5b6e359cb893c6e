"""Adding a record as lines of text: the result holds exactly the old data plus the new record,
or with_records declines (None) and tomlkit places it — also when many records are added at
once, as a CSV import does, and when they are added one after another. Changing a record on its
own lines, likewise."""

from __future__ import annotations

import datetime as dt

import tomli

from emocni_cli.workspace.record_lines import with_changed_preamble, with_changed_records, with_records

TEXT = '# partnerzy\n\n[[partner]]\nid = "a"\n\n# komentarz po ostatnim\n'


def block(record_id: str) -> str:
    return f'[[partner]]\nid = "{record_id}"\n'


def test_records_added_one_after_another_come_in_order_before_the_trailing_comment() -> None:
    text = TEXT
    for record_id in ("b", "c", "d"):
        result = with_records(text, "partner", [block(record_id)])
        assert result is not None
        text = result
    assert [p["id"] for p in tomli.loads(text)["partner"]] == ["a", "b", "c", "d"]
    assert text.endswith("# komentarz po ostatnim\n")


def test_it_declines_where_the_new_record_would_take_the_last_ones_sub_table() -> None:
    # placed before [partner.adres], the new record would own the address: tomlkit must do it
    text = '[[partner]]\nid = "a"\n\n[partner.adres]\nulica = "Szkolna"\n'
    assert with_records(text, "partner", [block("b")]) is None


def test_many_records_added_at_once_are_the_same_text_as_one_after_another() -> None:
    one_by_one = TEXT
    for record_id in ("b", "c", "d"):
        one_by_one = with_records(one_by_one, "partner", [block(record_id)]) or ""
    assert with_records(TEXT, "partner", [block(r) for r in "bcd"]) == one_by_one
    empty = "# partnerzy\n"
    assert tomli.loads(with_records(empty, "partner", [block("a"), block("b")]) or "")["partner"] == [
        {"id": "a"},
        {"id": "b"},
    ]


def _phone(table: object) -> None:
    table["telefon"] = "84 555 00 00"  # type: ignore[index]


BIG = (
    '# partnerzy\n\n[[partner]]\nid = "a"\n\n[[partner]]\nid = "b"  # ten\n\n[partner.adres]\n'
    'ulica = "Szkolna"\n\n# o następnym\n[[partner]]\nid = "c"\n'
)


def test_a_changed_record_keeps_its_sub_table_and_every_other_line() -> None:
    result = with_changed_records(BIG, "partner", {1: _phone}, tomli.loads(BIG))
    assert result == BIG.replace('id = "b"  # ten\n', 'id = "b"  # ten\ntelefon = "84 555 00 00"\n')


def test_it_declines_when_a_text_holds_what_looks_like_a_header() -> None:
    text = '[[partner]]\nid = "a"\nnotatki = """\n[[partner]]\n"""\n\n[[partner]]\nid = "b"\n'
    assert with_changed_records(text, "partner", {1: _phone}, tomli.loads(text)) is None


def test_top_level_keys_change_before_the_first_record() -> None:
    text = '# plan\nprzyjeto = 2018-10-23\n\n[[szkolenie]]\nid = "1"\n'

    def adopted(doc: object) -> None:
        doc["przyjeto"] = dt.date(2018, 11, 5)  # type: ignore[index]

    result = with_changed_preamble(text, adopted, tomli.loads(text))
    assert result == text.replace("2018-10-23", "2018-11-05")
