"""Ids of new records: the kind's common abbreviation and what tells the record apart."""

from __future__ import annotations

import re

import pytest

from emocni_cli.model.short_ids import MAX_LEN, nominative, partner_id, title_id

PARTNER_IDS = [
    # the partners of the example gmina (DOMAIN.md), as a person would type them
    ("Gminna Biblioteka Publiczna w Wierzbnie Dolnym", "gbp"),
    ("Urząd Gminy Wierzbno Dolne", "ug"),
    ("Gminny Ośrodek Kultury", "gok"),
    ("Gminny Ośrodek Pomocy Społecznej", "gops"),
    ("Szkoła Podstawowa w Olszynach", "sp-olszyny"),
    ("Ochotnicza Straż Pożarna w Kamionce", "osp-kamionka"),
    ("OSP Kamionka", "osp-kamionka"),
    ("Koło Gospodyń Wiejskich „Wierzbianki”", "kgw-wierzbianki"),
    ("KGW „Wierzbianki” & Przyjaciele", "kgw-wierzbianki"),
    ("Klub Seniora „Złota Jesień”", "klub-zlota-jesien"),
    ("Stowarzyszenie na rzecz Rozwoju Wsi Kamionka", "stow-rozwoju-kamionka"),
    # quotes as people type them
    ("Koło Gospodyń Wiejskich „Lipnowianki”", "kgw-lipnowianki"),
    ('Koło Gospodyń Wiejskich "Lipnowianki"', "kgw-lipnowianki"),
    ("Stowarzyszenie «Razem»", "stow-razem"),
    ("Fundacja „Razem dla Kamionki”", "fund-razem-dla-kamionki"),
    # numbers, patrons, branches
    ("Szkoła Podstawowa nr 2 w Olszynach", "sp2-olszyny"),
    ("Zespół Szkół nr 1 im. Mikołaja Kopernika", "zs1-mikolaja-kopernika"),
    ("Szkoła Podstawowa im. Jana Pawła II", "sp-jana-pawla-ii"),
    ("Szkoła Podstawowa im. Jana Pawła II w Olszynach", "sp-olszyny"),
    ("Parafia św. Wawrzyńca", "parafia-sw-wawrzynca"),
    ("Parafia Rzymskokatolicka p.w. św. Wawrzyńca w Kamionce", "parafia-kamionka"),
    ("Gminna Biblioteka Publiczna w Wierzbnie Dolnym, Filia w Kamionce", "gbp-filia-kamionka"),
    ("Szkoła Podstawowa w Olszynach, filia w Kamionce", "sp-olszyny-kamionka"),
    # one per gmina: its seat says nothing more
    ("Miejsko-Gminny Ośrodek Pomocy Społecznej w Lipnie", "mgops"),
    ("Gminny Ośrodek Pomocy Społecznej (GOPS)", "gops"),
    ("Urząd Miasta i Gminy Lipno", "umig"),
    ("Biblioteka Publiczna Gminy Wierzbno Dolne", "bpg"),
    # places in the locative, back to their names
    ("Uniwersytet Trzeciego Wieku w Lipnie", "utw-lipno"),
    ("Dom Kultury w Górkach Wielkich", "dk-gorki-wielkie"),
    ("Centrum Kultury w Katowicach", "ck-katowice"),
    ("Przedszkole Samorządowe w Tarnowie", "ps-tarnow"),
    ("Świetlica Wiejska w Dębnicy", "swietlica-debnica"),
    ("Koło Gospodyń Wiejskich w Kamionce Dolnej", "kgw-kamionka-dolna"),
    ("Zespół Szkolno-Przedszkolny w Woli Górnej", "zsp-woli-gornej"),  # Wola or Wolia: kept
    ("Szkoła Podstawowa w Starej Wsi", "sp-starej-wsi"),  # Wieś: kept as written
    ("SZKOŁA PODSTAWOWA W OLSZYNACH", "sp-olszyny"),
    # too long: the place wins, then a cut at a word boundary
    ("Stowarzyszenie Przyjaciół Szkoły w Olszynach", "stow-olszyny"),
    ("Lokalna Grupa Działania „Razem ku Przyszłości Ziemi Lipnowskiej”", "lgd-razem-ku-przyszlosci"),
    # no known kind: every word kept, as before
    ("Ośrodek Kultury w Kamionce", "osrodek-kultury-kamionka"),
    ("Instytucja A", "instytucja-a"),
    ("Instytucja nr 7", "instytucja-nr-7"),
    ("Firma Komputerowa „Bajt”", "firma-komputerowa-bajt"),
    ("Koło Łowieckie „Darz Bór”", "kolo-lowieckie-darz-bor"),
    ("Towarzystwo Przyjaciół Ziemi „Nadbużańskie Zakątki”", "nadbuzanskie-zakatki"),
    ("„Razem dla Kamionki”", "razem-dla-kamionki"),
]


@pytest.mark.parametrize(("name", "expected"), PARTNER_IDS)
def test_partner_id(name: str, expected: str) -> None:
    assert partner_id(name) == expected


def test_every_id_is_short() -> None:
    long_name = "Stowarzyszenie Miłośników Ziemi Wierzbieńskiej i Okolicznych Miejscowości"
    assert len(partner_id(long_name)) <= MAX_LEN
    assert partner_id(long_name) == "stow-milosnikow-ziemi"
    assert partner_id("Konstantynopolitańczykowianeczka") == "konstantynopolitanczykow"
    assert partner_id("„ ”") == "partner"


@pytest.mark.parametrize(
    ("locative", "name"),
    [
        ("kamionce", "kamionka"),
        ("olszynach", "olszyny"),
        ("górkach", "górki"),
        ("tarnowie", "tarnów"),
        ("lipnie", "lipno"),
        ("wierzbnie dolnym", "wierzbno dolne"),
        ("starej kamionce", "stara kamionka"),
        # ambiguous endings stay as written: Olsztyn or Olsztyna, Wola or Wolia, Nowy Targ or Targo
        ("olsztynie", "olsztynie"),
        ("woli górnej", "woli górnej"),
        ("nowym targu", "nowym targu"),
        ("bydgoszczy", "bydgoszczy"),
    ],
)
def test_a_place_is_named_back_only_when_its_ending_is_certain(locative: str, name: str) -> None:
    assert nominative(locative.split()) == name.split()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Plan bez tajemnic, czyli jak sprawnie opracować trzyletni plan szkoleń", "plan-bez-tajemnic"),
        ("Webinarium wprowadzające do cyklu „Mocni w partnerstwie”", "webinarium-wprowadzajace"),
        ("E-urząd bez tajemnic: profil zaufany i wnioski przez internet", "e-urzad-bez-tajemnic"),
        ("Bezpieczeństwo w sieci", "bezpieczenstwo-w-sieci"),
        ("Jak nie dać się oszukać w sieci", "jak-nie-dac-sie-oszukac"),
        ("Trwałość: jak utrzymać partnerstwo", "trwalosc-jak-utrzymac"),
    ],
)
def test_title_id(title: str, expected: str) -> None:
    assert title_id(title) == expected


@pytest.mark.parametrize(
    "name",
    ["C_İA w ", '1_OSP :OSP w–C"Klub', "😀 Koło „” w", "x" * 10_000, "w " * 500, "nr 7", "„„„a", "ﬁrma ß"],
)
def test_any_name_gives_a_plain_short_id(name: str) -> None:
    for made in (partner_id(name), title_id(name)):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", made) and len(made) <= MAX_LEN, made
