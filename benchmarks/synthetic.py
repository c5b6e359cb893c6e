"""A synthetic, valid emocni workspace of N records (default 10,000 — about 100× a busy gmina).

Usage:  python benchmarks/synthetic.py FOLDER [--records N]

A busy gmina keeps about 100 records: 10 partners, 15 meetings, 10 consultations, 5 webinars and
60 trainings over three annual plans. The generator keeps those proportions, so every code path of
`emocni status` (and of the other read-only commands) gets its share. Files are written with tomli-w,
without going through emocni, so that generating is fast and independent of the code under test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

import tomli_w

START_YEAR = 2018
# Records of each kind per 100, as in a busy gmina.
SHARES = {"partner": 10, "spotkanie": 15, "konsultacja": 10, "webinarium": 5, "szkolenie": 60}
KINDS = ["szkola", "biblioteka", "dom_kultury", "ops", "kgw", "osp", "stowarzyszenie", "klub_seniora"]
MEETING_KINDS = ["robocze", "planistyczne", "podsumowujace", "podpisanie_porozumienia"]
AREAS = ["finanse", "zdrowie", "edukacja", "sprawy_codzienne", "relacje", "hobby"]
FIRST_DAY = dt.date(2017, 11, 1)


def _day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange(0, 3 * 365))


def _counts(records: int) -> dict[str, int]:
    counts = {kind: records * share // 100 for kind, share in SHARES.items()}
    counts["szkolenie"] += records - sum(counts.values())
    return counts


def _partners(n: int, rng: random.Random) -> list[dict]:
    return [
        {
            "id": f"p{i}",
            "nazwa": f"Instytucja partnerska nr {i}",
            "rodzaj": KINDS[i % len(KINDS)],
            "osoba_kontaktowa": f"Osoba Kontaktowa {i}",
            "data_przystapienia": _day(rng),
            "zasoby": ["sala na 20 osób", "komputery"],
        }
        for i in range(n)
    ]


def _meetings(n: int, partners: int, rng: random.Random) -> list[dict]:
    out = []
    for i in range(n):
        day = FIRST_DAY if i == 0 else _day(rng)  # the initiating meeting comes first
        out.append(
            {
                "id": f"m{i}",
                "data": day,
                "rodzaj": "inicjujace" if i == 0 else MEETING_KINDS[i % len(MEETING_KINDS)],
                # Some past meetings are left "planowane": they exercise the warnings.
                "status": "planowane" if i % 10 == 5 else "odbyte",
                "miejsce": "Gminna Biblioteka Publiczna",
                "obecni": [f"p{rng.randrange(partners)}" for _ in range(3)] if partners else [],
                "liczba_osob": 12,
                "notatki": "Omówiono diagnozę potrzeb i harmonogram.",
            }
        )
    return out


def _consultations(n: int, rng: random.Random) -> list[dict]:
    out = [
        {"id": f"wizyta-{nr}", "data": _day(rng), "forma": "wizyta", "wizyta_nr": nr, "czas": "4h"}
        | {"status": "odbyte"}
        for nr in (1, 2)[:n]
    ]
    for i in range(n - len(out)):
        out.append(
            {
                "id": f"k{i}",
                "data": _day(rng),
                "forma": "online" if i % 2 else "telefon",
                "czas": "1h30m" if i % 3 else "45m",
                "status": "odbyte" if i % 7 else "planowane",
                "temat": "Plan szkoleń",
            }
        )
    return out


def _webinars(n: int, rng: random.Random) -> list[dict]:
    return [
        {
            "id": f"w{i}",
            "tytul": f"Mocni w partnerstwie, odcinek {i}",
            "data": _day(rng),
            "udzial": "nagranie" if i % 4 == 0 else "na_zywo",
            "cykl": i % 5 != 0,
        }
        for i in range(n)
    ]


def _trainings(n: int, partners: int, year: int, offset: int) -> list[dict]:
    return [
        {
            "id": f"s{offset + i}",
            "tytul": f"Szkolenie nr {offset + i}",
            "obszar": AREAS[i % len(AREAS)],
            "grupa_docelowa": "dorośli 50+",
            "godziny": 12,
            "termin": f"{year}-{i % 12 + 1:02d}",
            **({"partner": f"p{i % partners}"} if partners else {}),
            "uczestnicy_plan": 12,
        }
        for i in range(n)
    ]


SETTINGS = {
    "wersja_schematu": 1,
    "gmina": {"nazwa": "Syntetyczna", "powiat": "testowy", "wojewodztwo": "mazowieckie"},
    "partnerstwo": {"nazwa": "Partnerstwo testowe", "data_zawiazania": dt.date(2018, 1, 16)},
    "emocarz": {"imie_nazwisko": "Anna Testowa"},
    "animator": {"imie_nazwisko": "Jan Testowy"},
    "plan": {"rok_poczatkowy": START_YEAR},
    "wymagania": {"min_partnerow": 3, "min_spotkan": 2, "min_webinariow": 2, "budzet_zdalny_h": 8},
}

GENERAL_PLAN = {
    "diagnoza": "Ankieta wśród mieszkańców, wiedza partnerów i dane GUS. " * 8,
    "cele": "Przeszkolić 300 mieszkańców w korzystaniu z usług cyfrowych.",
    "wskazniki": "300 przeszkolonych osób, 40 szkoleń.",
    "grupy_docelowe": "Seniorzy, rodzice, rolnicy, osoby z niepełnosprawnościami.",
    "obszary": "Finanse, zdrowie, sprawy codzienne.",
    "formy": "Szkolenia stacjonarne po 12 godzin, konsultacje indywidualne.",
    "zasoby_partnerow": "Sale, komputery, trenerzy i wolontariusze partnerów.",
    "promocja_rekrutacja": "Plakaty, parafie, GOPS i koła gospodyń wiejskich.",
    "koordynacja_monitoring": "Spotkania partnerstwa co kwartał, listy obecności.",
    "ryzyka_trwalosc": "Rotacja trenerów; trwałość dzięki bibliotece.",
    "rekomendacje": "Kontynuować szkolenia w bibliotece i w świetlicach wiejskich. " * 3,
    "akceptacja": {
        "przekazano_animatorowi": dt.date(2018, 6, 10),
        "zaakceptowano": dt.date(2018, 6, 20),
        "wgrano_na_platforme": dt.date(2018, 6, 22),
    },
}


def generate(folder: Path, records: int = 10_000, seed: int = 2018) -> dict[str, int]:
    """Write the workspace into folder (created if needed); returns the record counts by kind."""
    rng = random.Random(seed)
    counts = _counts(records)
    folder.mkdir(parents=True, exist_ok=True)
    partners = counts["partner"]
    files = {
        "emocni.toml": SETTINGS,
        "partnerzy.toml": {"partner": _partners(partners, rng)},
        "spotkania.toml": {"spotkanie": _meetings(counts["spotkanie"], partners, rng)},
        "konsultacje.toml": {"konsultacja": _consultations(counts["konsultacja"], rng)},
        "webinaria.toml": {"webinarium": _webinars(counts["webinarium"], rng)},
        "plan-ogolny.toml": GENERAL_PLAN,
    }
    per_year, extra = divmod(counts["szkolenie"], 3)
    offset = 0
    for index, year in enumerate(range(START_YEAR, START_YEAR + 3)):
        n = per_year + (1 if index < extra else 0)
        files[f"plan-{year}.toml"] = {"szkolenie": _trainings(n, partners, year, offset)}
        offset += n
    for name, data in files.items():
        (folder / name).write_text(tomli_w.dumps(data), encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    counts = generate(args.folder, args.records)
    print(f"{sum(counts.values())} records in {args.folder}: {counts}")


if __name__ == "__main__":
    main()
