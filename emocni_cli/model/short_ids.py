"""Short ids for new records, as people in a gmina would write them on a folder: the kind's
common abbreviation and what tells the record apart — a name in quotes, a place, a number.

    Koło Gospodyń Wiejskich „Wierzbianki”   -> kgw-wierzbianki
    Szkoła Podstawowa nr 2 w Olszynach      -> sp2-olszyny
    Gminny Ośrodek Pomocy Społecznej        -> gops
    Stowarzyszenie na rzecz Rozwoju Wsi Kamionka -> stow-rozwoju-kamionka

A place after "w" is in the locative ("w Kamionce"); it is turned back into its name only by the
endings that are unambiguous, and kept as written otherwise. Pure functions: no files, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from emocni_cli.model.vocabularies import LINKING_WORDS, fold, join_within

MAX_LEN = 24

# Folded name of a kind of institution -> its common abbreviation ("-" joins words of one that
# has none, e.g. klub-seniora). Matched at the start of a name, the longest first.
_KINDS = {
    "kolo gospodyn wiejskich": "kgw",
    "ochotnicza straz pozarna": "osp",
    "szkola podstawowa": "sp",
    "publiczna szkola podstawowa": "psp",
    "niepubliczna szkola podstawowa": "nsp",
    "zespol szkol": "zs",
    "zespol szkolno przedszkolny": "zsp",
    "liceum ogolnoksztalcace": "lo",
    "przedszkole": "przedszkole",
    "przedszkole publiczne": "pp",
    "publiczne przedszkole": "pp",
    "przedszkole samorzadowe": "ps",
    "samorzadowe przedszkole": "ps",
    "gminne przedszkole": "gp",
    "osrodek pomocy spolecznej": "ops",
    "gminny osrodek pomocy spolecznej": "gops",
    "miejski osrodek pomocy spolecznej": "mops",
    "miejsko gminny osrodek pomocy spolecznej": "mgops",
    "centrum uslug spolecznych": "cus",
    "gminne centrum uslug spolecznych": "gcus",
    "biblioteka": "biblioteka",
    "biblioteka publiczna": "bp",
    "biblioteka publiczna gminy": "bpg",
    "biblioteka publiczna miasta i gminy": "bpmig",
    "gminna biblioteka publiczna": "gbp",
    "miejska biblioteka publiczna": "mbp",
    "miejsko gminna biblioteka publiczna": "mgbp",
    "dom kultury": "dk",
    "gminny dom kultury": "gdk",
    "mlodziezowy dom kultury": "mdk",
    "centrum kultury": "ck",
    "gminne centrum kultury": "gck",
    "gminne centrum kultury i sportu": "gckis",
    "gminny osrodek kultury": "gok",
    "gminny osrodek kultury i sportu": "gokis",
    "gminny osrodek kultury sportu i rekreacji": "goksir",
    "miejski osrodek kultury": "mok",
    "miejsko gminny osrodek kultury": "mgok",
    "gminny osrodek sportu i rekreacji": "gosir",
    "osrodek sportu i rekreacji": "osir",
    "gminne centrum informacji": "gci",
    "urzad gminy": "ug",
    "urzad miasta": "um",
    "urzad miejski": "um",
    "urzad miasta i gminy": "umig",
    "uniwersytet trzeciego wieku": "utw",
    "klub seniora": "klub-seniora",
    "klub sportowy": "ks",
    "ludowy klub sportowy": "lks",
    "gminny klub sportowy": "gks",
    "uczniowski klub sportowy": "uks",
    "stowarzyszenie": "stow",
    "fundacja": "fund",
    "lokalna grupa dzialania": "lgd",
    "srodowiskowy dom samopomocy": "sds",
    "warsztaty terapii zajeciowej": "wtz",
    "polski zwiazek emerytow rencistow i inwalidow": "pzerii",
    "parafia": "parafia",
    "parafia rzymskokatolicka": "parafia",
    "swietlica": "swietlica",
    "swietlica wiejska": "swietlica",
    "swietlica srodowiskowa": "swietlica",
}
_LONGEST_KIND = max(len(name.split()) for name in _KINDS)

# Named after the gmina or the town, there is one of them there: the place of its seat says nothing
# more ("gbp", not "gbp-wierzbno-dolne"); a branch elsewhere keeps its place ("gbp-filia-kamionka").
_ONE_PER_GMINA = frozenset(
    abbr
    for name, abbr in _KINDS.items()
    if name.split()[0] in ("gminny", "gminna", "gminne", "miejski", "miejska", "miejsko", "urzad")
    or name.endswith("gminy")
)

# Words after which a place is named as it is called ("Stowarzyszenie Rozwoju Wsi Kamionka").
_PLACE_AS_NAMED = frozenset(("wsi", "gminy", "miasta", "solectwa"))
_PLACE_IN = frozenset(("w", "we"))  # then the place is in the locative: "w Kamionce"
_PATRON = frozenset(("im", "imienia", "pw"))  # "im. Jana Pawła II", "pw. św. Wawrzyńca"
_DROPPED = LINKING_WORDS | {"rzecz", "nr"}

_QUOTED = re.compile(r"[„\"«»“”]\s*([^„\"«»“”]+?)\s*[”\"»«“]")
_TOKENS = re.compile(r"[,;:()–—]|[^\W_]+")
_SEPARATORS = frozenset(",;:()–—")


@dataclass
class _Part:
    """One stretch of a name: what it is and its words (lower case, as written)."""

    what: str  # "rest", "place" (as named), "locative" (after "w") or "patron"
    words: list[str] = field(default_factory=list)


def _kind(folded: list[str]) -> tuple[str, int]:
    """The abbreviation of the kind a name starts with and how many words it takes; ("", 0)."""
    for size in range(min(_LONGEST_KIND, len(folded)), 0, -1):
        abbr = _KINDS.get(" ".join(folded[:size]))
        if abbr:
            return abbr, size
    return "", 0


def _typed_abbreviation(word: str, name: str) -> str:
    """'OSP' in 'OSP Kamionka': an abbreviation people type in capitals (not a name in capitals)."""
    letters = re.sub(r"\d", "", word)
    if 2 <= len(letters) <= 7 and word.isupper() and any(c.islower() for c in name):
        return "".join(_folded([word]))
    return ""


def _parts(words: list[str], start: str, dropped: frozenset[str]) -> list[_Part]:
    """The words of a name (after its kind) split into stretches: places, a patron, the rest
    (without the dropped words)."""
    parts = [_Part(start)]
    for word in words:
        low = word.lower()
        if word in _SEPARATORS:
            parts.append(_Part("rest"))
        elif low in _PLACE_IN:
            parts.append(_Part("locative"))
        elif low in _PLACE_AS_NAMED and parts[-1].what == "rest":
            parts.append(_Part("place"))
        elif low in _PATRON:
            parts.append(_Part("patron"))
        elif parts[-1].what != "rest" or low not in dropped:
            parts[-1].words.append(low)
    return [part for part in parts if part.words]


# Locative endings that tell the name's ending and its gender ("w Kamionce" -> Kamionka, feminine);
# the first that fits is used. Anything else (-nie after a vowel, -u, -i, -ie …) is ambiguous.
_NOUNS = (
    (re.compile(r"(?<=[kg])ach$"), "i", "plural"),  # w Górkach -> Górki
    (re.compile(r"(?<=c|z|ż|l|j)ach$"), "e", "plural"),  # w Katowicach -> Katowice
    (re.compile(r"ach$"), "y", "plural"),  # w Olszynach -> Olszyny
    (re.compile(r"owie$"), "ów", "masculine"),  # w Tarnowie -> Tarnów
    (re.compile(r"ce$"), "ka", "feminine"),  # w Kamionce -> Kamionka
    (re.compile(r"dze$"), "ga", "feminine"),  # w Pradze -> Praga
    (re.compile(r"(?<!cz)(?<=c)y$"), "a", "feminine"),  # w Dębnicy -> Dębnica
    (re.compile(r"(?<=[bcdfghjklłmnprstwzźż])nie$"), "no", "neuter"),  # w Lipnie -> Lipno
)
_ADJECTIVES = {  # an adjective agreeing with the noun: its locative ending -> its name's ending
    "feminine": (("iej", "ia"), ("ej", "a")),  # w Kamionce Dolnej -> Kamionka Dolna
    "masculine": (("im", "i"), ("ym", "y")),
    "neuter": (("im", "ie"), ("ym", "e")),  # w Wierzbnie Dolnym -> Wierzbno Dolne
    "plural": (("ich", "ie"), ("ych", "e")),  # w Górkach Wielkich -> Górki Wielkie
}


def _noun(word: str) -> tuple[str, str] | None:
    for ending, replacement, gender in _NOUNS:
        if ending.search(word):
            return ending.sub(replacement, word), gender
    return None


def nominative(words: list[str]) -> list[str]:
    """The name of a place from its locative ("kamionce dolnej" -> "kamionka dolna"): converted
    only when every word's ending is unambiguous and of one gender, else kept as written."""
    nouns = [_noun(word) for word in words]
    genders = {found[1] for found in nouns if found}
    if len(genders) != 1:
        return words
    (gender,) = genders
    result = []
    for word, found in zip(words, nouns, strict=True):
        if found:
            result.append(found[0])
            continue
        ending = next((pair for pair in _ADJECTIVES[gender] if word.endswith(pair[0])), None)
        if ending is None:
            return words
        result.append(word[: -len(ending[0])] + ending[1])
    return result


def _folded(words: list[str]) -> list[str]:
    return [part for word in words for part in fold(word).split("_") if part]


def _fit(abbr: str, options: list[list[str]]) -> str:
    """abbr and the first list of words that fits in MAX_LEN (the last one cut to fit). A long
    abbreviation of several words keeps only its first when the whole does not fit."""
    for words in options:
        for prefix in dict.fromkeys((abbr, abbr.split("-")[0])):
            whole = "-".join(w for w in (prefix, *words) if w)
            if len(whole) <= MAX_LEN:
                return whole
    prefix = abbr.split("-")[0]
    return join_within([w for w in (prefix, *options[-1]) if w], MAX_LEN)


def partner_id(name: str) -> str:
    """The id of a new partner from its name (see the module's docstring for examples)."""
    quoted = _QUOTED.search(name)
    rest = _QUOTED.sub(" ", name) if quoted else name
    words = _TOKENS.findall(re.sub(r"(?i)\bp\.\s*w\.", "pw", rest))
    names = [i for i, w in enumerate(words) if w not in _SEPARATORS]
    abbr, size = _kind(_folded([words[i] for i in names[:_LONGEST_KIND]]))
    if not abbr and names:
        abbr, size = _typed_abbreviation(words[names[0]], name), 1
    after = words[names[size - 1] + 1 :] if abbr else words
    if abbr and (number := re.search(r"\bnr\.?\s*(\d+)", rest, re.IGNORECASE)):
        after = [w for w in after if w != number[1]]
        abbr = f"{abbr}{number[1]}"  # SP nr 2 -> sp2
    last_of_kind = fold(words[names[size - 1]]) if abbr and size else ""
    # a name of no known kind keeps its words ("Instytucja A"): only the kind says they are filler
    dropped = _DROPPED if abbr else frozenset()
    parts = _parts(after, "place" if last_of_kind in _PLACE_AS_NAMED else "rest", dropped)
    places = [p for p in parts if p.what in ("place", "locative")]
    if abbr.split("-")[0] in _ONE_PER_GMINA and places:
        parts.remove(places.pop(0))
    for part in parts:
        if part.what == "locative":
            part.words = nominative(part.words)
    told = [p for p in parts if p.what != "patron"]
    every = [w for w in _folded([w for p in told for w in p.words]) if w != abbr]
    if quoted:
        name_in_quotes = _folded(quoted[1].split())
        # of no known kind, the words before the quotes say what it is ("Koło Łowieckie „Darz Bór”")
        options = [name_in_quotes] if abbr else [every + name_in_quotes, name_in_quotes]
    elif told:
        options = [every, _folded([w for p in places for w in p.words]) or every]
    else:
        options = [_folded([w for p in parts for w in p.words])]
    return _fit(abbr, options) or "partner"


def title_id(title: str) -> str:
    """The id of a new webinar from its title: its first phrase when it says enough ('Plan bez
    tajemnic, czyli jak…' -> 'plan-bez-tajemnic'), cut at a word boundary to MAX_LEN."""
    first = re.split(r"[,:;(–—]| - ", title, maxsplit=1)[0]
    words = _folded(first.split())
    if len(words) < 2:
        words = _folded(title.split())
    return join_within(words, MAX_LEN) or "webinarium"
