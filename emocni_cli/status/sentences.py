"""The Polish wording of the status report: item titles, evidence, gaps, next steps, warnings."""

from __future__ import annotations

from collections.abc import Sequence

from emocni_cli.model import vocabularies as vocab
from emocni_cli.model.records import Consultation, Meeting, Webinar
from emocni_cli.model.values import format_date, format_minutes
from emocni_cli.polish import plural

NAMES_SHOWN = 10  # partner names listed in one evidence line before "… i jeszcze N"

TITLES: dict[str, str] = {
    "partnerstwo": "Powołanie partnerstwa",
    "spotkania": "Spotkania partnerstwa (w tym inicjujące)",
    "plan_ogolny": "Część ogólna planu (z rekomendacjami)",
    "plany_roczne": "Część szczegółowa (roczne plany)",
    "wizyty": "Dwa spotkania konsultacyjne z animatorem",
    "doradztwo": "Doradztwo online / telefoniczne",
    "webinaria": "Udział w webinariach „Mocni w partnerstwie”",
}

# 1. partnership
EV_FOUNDED = "partnerstwo zawiązane {date}{document}"
EV_JOINED = "partnerzy należący do partnerstwa: {n} (wymagane: {need}) — {names}"
EV_LEFT = "wystąpili z partnerstwa (nie liczą się do minimum): {names}"
PL_FOUNDED = "zawiązanie partnerstwa {date}"
PL_JOINS = "przystąpienie {date}: {names}"
MS_FOUNDED = "data zawiązania partnerstwa"
MS_FOUNDED_LATER = "zawiązanie partnerstwa (zapisane na {date})"
MS_PARTNERS = "partnerzy: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_NO_PARTNERS = (
    "Zapisz instytucje, które przystąpiły do partnerstwa: "
    'emocni partner add "Nazwa" --type biblioteka --joined DATA'
)
NX_UNDATED = "Uzupełnij datę przystąpienia partnera „{name}”: emocni partner edit {id} --joined DATA"
NX_WAIT_JOINS = "Doprowadź do przystąpienia partnerów zaplanowanego na {date} i sprawdź, czy data się zgadza."
NX_MORE_PARTNERS = (
    'Pozyskaj jeszcze {n} {noun} i zapisz {them}: emocni partner add "Nazwa" --type RODZAJ --joined DATA'
)
NX_WAIT_FOUNDED = "Doprowadź do zawiązania partnerstwa {date} i sprawdź, czy data się zgadza."
NX_FOUNDED = (
    "Wpisz datę zawiązania partnerstwa (np. podpisania porozumienia): emocni partnership edit --founded DATA"
)
WR_UNDATED = (
    "Partner „{name}” nie ma daty przystąpienia, więc nie liczy się do minimum — "
    "uzupełnij: emocni partner edit {id} --joined DATA"
)

# 2. meetings
MS_INITIATING = "odbyte spotkanie inicjujące"
MS_MEETINGS = "odbyte spotkania: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_INITIATING_PLANNED = "Przeprowadź spotkanie inicjujące {date}, a potem zapisz: emocni meeting held {id}"
NX_INITIATING = (
    "Zaplanuj spotkanie inicjujące i zaproś lokalne instytucje: "
    "emocni meeting add --date DATA --kind inicjujace"
)
NX_MEETING_PLANNED = "Przeprowadź zaplanowane spotkanie {date}, a potem zapisz: emocni meeting held {id}"
NX_MEETING = "Zaplanuj kolejne spotkanie partnerstwa: emocni meeting add --date DATA --kind robocze"
NX_MEETING_OVERDUE = "Jeśli spotkanie {date} się odbyło, zapisz to: emocni meeting held {id}"
WR_MEETING_OVERDUE = (
    "Spotkanie {date} ({kind}) ma datę w przeszłości i status „planowane” — czy to spotkanie się "
    "odbyło? Jeśli tak: emocni meeting held {id}; jeśli nie: emocni meeting edit {id} --status odwolane"
)
WR_MEETING_RECORD = (
    "Odbyte spotkanie {date}: nie zapisano {what} — uzupełnij: emocni meeting edit {id} {opts}"
)
MEETING_GAPS = {
    "attendees": ("obecnych", '--attendee ID_PARTNERA --guest "GOŚĆ" --people LICZBA'),
    "notes": ("notatki", '--notes "…"'),
}

# 3. general part of the plan
EV_SECTIONS = "sekcje gotowe: {have} z {total}"
EV_SENT = "przekazano animatorowi {date}"
EV_ACCEPTED = "zaakceptowano {date}"
EV_UPLOADED = "wgrano na platformę e-Mocni {date}"
MS_NO_PLAN = "plik plan-ogolny.toml (część ogólna planu)"
MS_SECTIONS = "puste sekcje: {titles} (szczegóły: emocni plan check)"
MS_SENT = "przekazanie planu animatorowi"
MS_ACCEPTED = "data akceptacji przez animatora"
MS_UPLOADED = "data wgrania na platformę e-Mocni"
NX_PLAN_INIT = (
    "Rozpocznij część ogólną planu: emocni plan init, potem uzupełnij sekcje (emocni plan set …); "
    "jeśli plan powstał w oficjalnej formatce, zapisz jego kroki: emocni plan mark sent --date DATA"
)
NX_SECTIONS = (
    'Uzupełnij sekcję „{title}” ({problem}): emocni plan set {key} --file PLIK (albo --text "…"); '
    "jeśli plan powstał w oficjalnej formatce, przekaż go animatorowi: emocni plan mark sent --date DATA"
)
NT_SECTIONS = (
    "w emocni puste lub krótkie sekcje: {titles} — to tylko rada (treść może być w oficjalnej "
    "formatce; ocenia ją animator), szczegóły: emocni plan check"
)
NX_SEND = "Przekaż część ogólną animatorowi do akceptacji i zapisz: emocni plan mark sent --date DATA"
NX_ACCEPT = "Po akceptacji animatora zapisz jej datę: emocni plan mark accepted --date DATA"
NX_UPLOAD = "Wgraj część ogólną na platformę e-Mocni i zapisz: emocni plan mark uploaded --date DATA"
WR_NOT_UPLOADED = (
    "Część ogólna planu została zaakceptowana {date}, ale nie zapisano jej wgrania na platformę "
    "e-Mocni — wgraj ją i zapisz: emocni plan mark uploaded --date DATA"
)

# 4. annual plans
EV_ANNUAL = "plan {year}: {n} {noun}{extra}"
EV_ANNUAL_DONE = ", zrealizowane: {done}"
EV_ANNUAL_ADOPTED = " (przyjęty {date})"
PL_ANNUAL_ADOPTION = "{text} — do przyjęcia {date}"
NX_ANNUAL_ADOPTION = (
    "Przyjmij plan na {year} na spotkaniu partnerstwa ({date}), a potem zapisz: emocni plan adopt {year}"
)
MS_ANNUAL = "plan roczny {year} (plik plan-{year}.toml) z co najmniej jednym szkoleniem"
MS_ANNUAL_ADOPTION = "przyjęcie planu {year} (zapisane na {date})"
MS_ANNUAL_CANCELLED = "plan {year}: wszystkie szkolenia są odwołane — potrzebne co najmniej jedno nieodwołane"
PL_ANNUAL_UNADOPTED = "{text} — do przyjęcia przez partnerstwo"
MS_ANNUAL_UNADOPTED = "przyjęcie planu {year} przez partnerstwo"
NX_ANNUAL_UNADOPTED = (
    "Przyjmijcie plan na {year} na spotkaniu partnerstwa, a potem zapisz: "
    "emocni plan adopt {year} --date DATA"
)
NT_DONE_UNDATED = (
    "szkolenia zrealizowane bez zapisanej daty ({ids}) liczą się od końca terminu — "
    "zapisz datę: emocni training edit ID --done-on DATA"
)
WR_TRAINING_OVERDUE = (
    "Szkolenie {title} (termin: {term}) ma termin w przeszłości i status „planowane” — czy to szkolenie "
    "się odbyło? Jeśli tak: emocni training done {id} --participants LICZBA --date DATA; jeśli nie: "
    "emocni training edit {id} --status odwolane"
)
NX_ANNUAL = 'Dodaj szkolenia do planu na {year}: emocni training add --year {year} --title "…"'
WR_NEXT_YEAR = (
    "Do końca roku zostało mniej niż 3 miesiące, a nie ma planu rocznego na {year} — "
    'dodaj szkolenia: emocni training add --year {year} --title "…"'
)

# 5. consultation visits
EV_VISIT = "wizyta {nr}: {what}"
EV_VISIT_EXTRA = "wizyta {nr} (dodatkowa, nie liczy się do minimum): {what}"
MS_VISIT = "wizyta {nr} w gminie (ok. 4 h)"
NX_VISIT = (
    "Umów z animatorem termin wizyty {nr} i zapisz: "
    "emocni consultation add --form wizyta --visit {nr} --date DATA --duration 4h"
)
NX_VISIT_PLANNED = "Przeprowadź wizytę {nr} ({date}), a potem zapisz: emocni consultation edit {id} --held"
NX_CONSULTATION_OVERDUE = (
    "Jeśli konsultacja {date} się odbyła, zapisz to: emocni consultation edit {id} --held"
)
WR_CONSULTATION_OVERDUE = (
    "Konsultacja {date} ({form}) ma datę w przeszłości i status „planowane” — czy ta konsultacja "
    "się odbyła? Jeśli tak: emocni consultation edit {id} --held; jeśli nie: "
    "emocni consultation edit {id} --status odwolane"
)

# 6. remote advice
EV_REMOTE_HOURS = "wykorzystano {used} z {budget} ({rest})"
REST_LEFT = "zostało {hours}"
REST_OVER = "przekroczono o {hours}"
MS_REMOTE = "co najmniej jedna odbyta konsultacja telefoniczna lub online"
NX_REMOTE = (
    "Umów z animatorem konsultację telefoniczną lub online i zapisz ją: "
    "emocni consultation add --form telefon --date DATA --duration 1h --held"
)
NX_REMOTE_PLANNED = "Odbądź konsultację {date}, a potem zapisz: emocni consultation edit {id} --held"
WR_REMOTE_OVER = (
    "Doradztwo telefoniczne / online: wykorzystano {used}, o {over} więcej niż budżet {budget} — "
    "uzgodnij dalsze konsultacje z animatorem"
)
WR_REMOTE_NO_TIME = (
    "Konsultacja {date} ({form}) nie ma czasu trwania, więc nie jest wliczona do budżetu — "
    "uzupełnij: emocni consultation edit {id} --duration 1h"
)

# 7. webinars
MS_WEBINARS = "webinaria cyklu z udziałem: {have} z wymaganych {need} — potrzeba jeszcze {n}"
NX_WEBINAR = (
    "Weź udział w kolejnym webinarium z cyklu „Mocni w partnerstwie” (zapowiedzi na stronie projektu; "
    'nagranie też się liczy) i zapisz: emocni webinar add "Tytuł" --date DATA --held'
)
NX_WEBINAR_PLANNED = (
    "Zaplanowane {date}: {title} — weź udział, a potem zapisz: emocni webinar held {id} "
    "(jeśli się nie uda, obejrzyj nagranie: emocni webinar held {id} --recording --date DATA)"
)
NX_WEBINAR_OVERDUE = "Jeśli udział był ({date}: {title}), zapisz go: emocni webinar held {id}"
WR_WEBINAR_OVERDUE = (
    "Webinarium {date} ({title}) ma datę w przeszłości i status „planowane” — czy to webinarium się "
    "odbyło i czy gmina wzięła w nim udział? Jeśli tak: emocni webinar held {id} (nagranie: --recording); "
    "jeśli nie: emocni webinar edit {id} --status odwolane"
)


def remote_rest(left: int) -> str:
    """What is left of the remote-advice budget (minutes): 'zostało 3 h', or 'przekroczono o 1 h 30 min'."""
    return (REST_LEFT if left >= 0 else REST_OVER).format(hours=format_minutes(abs(left)))


# --- one record in one line -----------------------------------------------------------------


def names_list(names: Sequence[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += f" … i jeszcze {len(names) - NAMES_SHOWN}"
    return shown


def joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def meeting_text(m: Meeting) -> str:
    people = f"{m.liczba_osob} {plural(m.liczba_osob, 'osoba', 'osoby', 'osób')}" if m.liczba_osob else None
    return joined(format_date(m.data), vocab.MEETING_KINDS.label(m.rodzaj), m.tytul, m.miejsce, people)


def consultation_text(c: Consultation) -> str:
    label = vocab.CONSULTATION_FORMS.label(c.forma) if c.forma != "wizyta" else None
    return joined(format_date(c.data), label, format_minutes(c.czas) if c.czas else None, c.miejsce, c.temat)


def visit_text(nr: int, c: Consultation, counted: bool) -> str:
    """'wizyta 1: 06.03.2018 · 4 h', or for visit 3 and further, marked as extra (not counted)."""
    return (EV_VISIT if counted else EV_VISIT_EXTRA).format(nr=nr, what=consultation_text(c))


def quoted(title: str) -> str:
    return title if "„" in title else f"„{title}”"  # no quotes inside quotes


def webinar_text(w: Webinar) -> str:
    return joined(format_date(w.data), quoted(w.tytul), vocab.WEBINAR_PARTICIPATION.label(w.udzial))
