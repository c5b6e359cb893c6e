"""Adding a record as lines of text: the result holds exactly the old data plus the new record,
or with_records declines (None) and tomlkit places it — also when many records are added at
once, as a CSV import does, and when they are added one after another."""

from __future__ import annotations

import tomli

from emocni_cli.workspace.record_lines import with_records

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
