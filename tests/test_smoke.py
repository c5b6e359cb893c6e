from tests.conftest import Cli


def test_partner_add_and_list(cli: Cli) -> None:
    result = cli("partner", "add", "Gminny Ośrodek Kultury", "--type", "GOK", "--joined", "16.01.2018")
    assert result.exit_code == 0, result.output
    listed = cli("partner", "list", "--json")
    assert listed.exit_code == 0
    assert '"rodzaj": "dom_kultury"' in listed.stdout
    assert '"data_przystapienia": "2018-01-16"' in listed.stdout
