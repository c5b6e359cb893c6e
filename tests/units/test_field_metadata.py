"""One home per field: labels, CSV headers and starter-file comments come from the model, and the
options of a record group name fields the model has."""

from __future__ import annotations

from typing import Annotated

import pytest

from emocni_cli.errors import EXIT_USAGE
from emocni_cli.exchange.csv_columns import columns_of
from emocni_cli.model.field_types import Text
from emocni_cli.model.fields import about, column_header, comment, csv_header, label, value_form
from emocni_cli.model.records import Consultation, Meeting, Partner, Webinar
from emocni_cli.model.training import Training
from emocni_cli.workspace.load import PARTNERS, training_kind
from emocni_cli.workspace.starter_files import HEADERS, field_lines
from tests.cli_asserts import refused
from tests.helpers import Cli

RECORDS = [Partner, Meeting, Consultation, Webinar, Training]
FILES = {"partnerzy.toml": Partner, "spotkania.toml": Meeting, "konsultacje.toml": Consultation}


@pytest.mark.parametrize("model", RECORDS)
def test_every_field_of_a_record_has_its_polish_words_beside_it(model: type) -> None:
    for name, info in model.model_fields.items():
        assert isinstance(info.json_schema_extra, dict) and info.json_schema_extra["label"], name
        assert label(model, name) and csv_header(model, name) and column_header(model, name)


@pytest.mark.parametrize(("file", "model"), [*FILES.items(), ("webinaria.toml", Webinar)])
def test_the_starter_file_explains_every_field_of_its_model(file: str, model: type) -> None:
    text = HEADERS[file]
    for name in model.model_fields:
        assert f"#   {name}" in text or f", {name}" in text, name
        if comment(model, name):
            assert comment(model, name).split("\n")[0] in text


def test_an_optional_field_added_to_the_model_reaches_the_starter_file_and_the_tables() -> None:
    class Bigger(Partner):
        patron: Annotated[Text, about("patron", comment="imię patrona", column="pat.")] = None

    lines = field_lines(Bigger, 19)
    assert lines.endswith("#   patron             imię patrona\n")
    assert (label(Bigger, "patron"), column_header(Bigger, "patron"), csv_header(Bigger, "patron")) == (
        "patron",
        "pat.",
        "patron",
    )


def test_csv_columns_are_the_model_fields_with_their_declared_headers() -> None:
    partner = {c.key: (c.header, c.kind) for c in columns_of(PARTNERS)}
    assert list(partner) == list(Partner.model_fields)
    assert partner["id"] == ("id", "text")
    assert partner["data_przystapienia"] == ("data przystąpienia", "date")
    assert partner["zasoby"] == ("zasoby", "list")
    assert partner["rodzaj"] == ("rodzaj", "choice")
    training = {c.key: (c.header, c.kind) for c in columns_of(training_kind(2019))}
    assert training["godziny"] == ("godziny", "number")
    assert training["obszar"] == ("obszar", "choice")
    assert value_form(Training, "uczestnicy_plan") == "number"


@pytest.mark.parametrize(
    "group", ["partner", "meeting", "consultation", "webinar", "training", "partnership"]
)
def test_every_field_option_sets_a_field_of_its_model(group: str) -> None:
    import importlib

    options = importlib.import_module(f"emocni_cli.cli.commands.{group}").OPTIONS
    for flag, option in options.options.items():
        assert option.field in options.model.model_fields, flag
        assert flag.startswith("--") and option.help


def test_a_value_the_model_refuses_is_named_by_the_option_typed(cli: Cli) -> None:
    result = cli("partner", "add", "Biblioteka", "--type", "biblioteka", "--email", "nie-adres")
    refused(result, EXIT_USAGE, "Opcja --email: „nie-adres” nie wygląda na adres e-mail")


def test_add_and_edit_share_one_declaration_and_an_empty_value_clears(cli: Cli) -> None:
    assert (
        cli(
            "partner", "add", "Biblioteka", "--type", "biblioteka", "--id", "b", "--joined", "16.01.2018"
        ).exit_code
        == 0
    )
    assert "16.01.2018" in cli("partner", "show", "b").stdout
    assert cli("partner", "edit", "b", "--joined", "").exit_code == 0
    assert "16.01.2018" not in cli("partner", "show", "b").stdout
