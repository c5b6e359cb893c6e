"""Workspaces with records in them, for the tests that need more than the empty one `emocni init`
makes. A workspace is built as a person builds it — by running emocni commands — and a test module
asks for the records it needs by listing them in FILLED (the `filled` fixture of conftest.py runs
them). The plan files of the document tests are written whole, as a person would type them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from tests.cli_asserts import ok, sh
from tests.helpers import Cli

Step = str | Sequence[str]  # a command line as typed, or its arguments one by one

# steps several modules share
GBP = "partner add 'Gminna Biblioteka Publiczna' --type biblioteka --id gbp"
GOK = "partner add 'Gminny Ośrodek Kultury' --type GOK --id gok"
FIRST_MEETING = "meeting add --date 21.11.2017 --kind inicjujace --held -a gbp -a gok"
PHONE_CALL = "consultation add --form telefon --date 14.05.2018 --duration 1h"


def build(cli: Cli, steps: Iterable[Step]) -> Cli:
    """Run every step in the workspace of cli; each one must succeed."""
    for step in steps:
        ok(sh(cli, step) if isinstance(step, str) else cli(*step))
    return cli


# --- the plan files of the document tests ------------------------------------------------------

PARTNERS = """
[[partner]]
id = "gbp"
nazwa = "Gminna Biblioteka Publiczna"
rodzaj = "biblioteka"
rola = "lider, koordynacja szkoleń"
zasoby = ["czytelnia z 6 komputerami", "promocja na Facebooku"]

[[partner]]
id = "kgw"
nazwa = "KGW „Wierzbianki” & Przyjaciele"
rodzaj = "kgw"
rola = "rekrutacja kobiet 50+"

[[partner]]
id = "gops"
nazwa = "Gminny Ośrodek Pomocy Społecznej"
rodzaj = "gops"
zasoby = ["transport <bus 9-osobowy>"]
"""

SECTION = (
    "Sekcja {key}: tekst z wieloma słowami, żeby sekcja nie była za krótka do wysłania animatorowi. " * 3
)

GENERAL = """
diagnoza = \"\"\"
Ankieta: 112 kwestionariuszy & wiedza partnerów.
Bariery:
- brak sprzętu <w domu>,
- obawa przed „zepsuciem” komputera.
Dane GUS i GOPS.
\"\"\"
wskazniki = "300 mieszkańców, 24 szkolenia, 3 trenerów lokalnych — liczby sprawdzimy co roku w ankiecie."
{others}

[akceptacja]
przekazano_animatorowi = 2018-06-12
zaakceptowano = 2018-06-20
wgrano_na_platforme = 2018-06-22
uwagi_animatora = "Plan kompletny."
"""

OTHER_SECTIONS = [
    "cele",
    "grupy_docelowe",
    "obszary",
    "formy",
    "zasoby_partnerow",
    "promocja_rekrutacja",
    "koordynacja_monitoring",
    "ryzyka_trwalosc",
    "rekomendacje",
]

ANNUAL = """
[[szkolenie]]
id = "2019-01"
tytul = "Bankowość internetowa & płatności <BLIK>"
obszar = "finanse"
grupa_docelowa = "dorośli 50+"
godziny = 12
termin = "2019-03"
miejsce = "Biblioteka"
partner = "kgw"
trener = "Krzysztof Wróbel"
uczestnicy_plan = 12
status = "zrealizowane"
uczestnicy_faktycznie = 11
rekrutacja = "KGW \\"Wierzbianki\\""

[[szkolenie]]
id = "2019-02"
tytul = "Rozmowy wideo z rodziną"
obszar = "relacje"
forma = "mieszane"
godziny = 7.5
termin = "2019-04-09"
miejsce = "Remiza OSP"
partner = "gops"
uczestnicy_plan = 10
dostepnosc = "tłumacz PJM"

[[szkolenie]]
id = "2019-03"
tytul = "Odwołane szkolenie"
godziny = 6
termin = "listopad 2019"
miejsce = "GOK"
uczestnicy_plan = 8
status = "odwolane"
"""


def write_plans(folder: Path) -> Path:
    """Partners, a complete accepted general part and the 2019 plan, into the workspace folder."""
    with (folder / "partnerzy.toml").open("a", encoding="utf-8") as fh:
        fh.write(PARTNERS)
    others = "\n".join(f'{key} = "{SECTION.format(key=key)}"' for key in OTHER_SECTIONS)
    (folder / "plan-ogolny.toml").write_text(GENERAL.replace("{others}", others), encoding="utf-8")
    (folder / "plan-2019.toml").write_text(ANNUAL, encoding="utf-8")
    return folder
