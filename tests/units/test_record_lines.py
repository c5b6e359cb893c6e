"""Adding a record as lines of text: the result holds exactly the old data plus the new record,
or with_record declines (None) and tomlkit places it — also when records are added one after
another, as a CSV import does, using the spans it remembered."""

from __future__ import annotations

import tomli

from emocni_cli.workspace.record_lines import with_record

TEXT = '# partnerzy\n\n[[partner]]\nid = "a"\n\n# komentarz po ostatnim\n'


def block(record_id: str) -> str:
    return f'[[partner]]\nid = "{record_id}"\n'


def test_records_added_one_after_another_come_in_order_before_the_trailing_comment() -> None:
    text = TEXT
    for record_id in ("b", "c", "d"):
        result = with_record(text, "partner", block(record_id))
        assert result is not None
        text = result
    assert [p["id"] for p in tomli.loads(text)["partner"]] == ["a", "b", "c", "d"]
    assert text.endswith("# komentarz po ostatnim\n")


def test_it_declines_where_the_new_record_would_take_the_last_ones_sub_table() -> None:
    # placed before [partner.adres], the new record would own the address: tomlkit must do it
    text = '[[partner]]\nid = "a"\n\n[partner.adres]\nulica = "Szkolna"\n'
    assert with_record(text, "partner", block("b")) is None
