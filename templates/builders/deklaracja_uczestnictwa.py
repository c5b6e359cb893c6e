"""Builds deklaracja-uczestnictwa.docx, a resident's declaration of taking part in a training,
with the consent to health data and the data-protection clause (A4 portrait), to print and sign.

python -m templates.builders.deklaracja_uczestnictwa [FOLDER] — then render the example and look
at every page (templates/README.md). Every placeholder is documented in templates/README.md.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from templates.builders import blocks, layout, paperwork, training_papers

FILE = "deklaracja-uczestnictwa.docx"
BOX = "☐"
DOTS = layout.DOTS
SHORT_DOTS = layout.DOTS[:8]

CLAUSE = [
    f"Administratorem Pani / Pana danych osobowych jest {training_papers.ADMINISTRATOR}"
    "{% if emocarz.email %} (kontakt: {{ emocarz.email }}){% endif %}.",
    "Dane są przetwarzane w celu organizacji szkolenia, potwierdzenia udziału w nim (lista obecności, "
    "zaświadczenie) oraz rozliczenia i sprawozdawczości "
    + training_papers.PROJECT_OF_TRAINING.replace("w projekcie", "projektu")
    + " — na podstawie art. 6 ust. 1 lit. c i e RODO, a informacje o niepełnosprawności i szczególnych "
    "potrzebach (dane o zdrowiu) — wyłącznie na podstawie zgody (art. 9 ust. 2 lit. a RODO).",
    "Odbiorcami danych mogą być operator projektu, instytucje kontrolujące projekt oraz osoby i "
    "podmioty, które pomagają w jego realizacji (np. trener prowadzący szkolenie) — tylko w zakresie "
    "potrzebnym do realizacji i rozliczenia projektu.",
    "Dane będą przechowywane przez okres wymagany dla dokumentacji projektu, a potem usunięte; "
    "w zestawieniach zostaną tylko liczby (ile osób, w jakim wieku, ile kobiet, ile osób "
    "z niepełnosprawnościami), bez imion i nazwisk.",
    "Ma Pani / Pan prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia "
    "przetwarzania, prawo sprzeciwu i prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych "
    "Osobowych. Zgodę na przetwarzanie danych o zdrowiu można wycofać w każdej chwili, bez wpływu "
    "na zgodność z prawem przetwarzania przed jej wycofaniem.",
    "Podanie imienia i nazwiska, roku urodzenia i miejscowości zamieszkania jest warunkiem udziału "
    "w szkoleniu; pozostałe dane są dobrowolne. Dane nie służą do zautomatyzowanego podejmowania "
    "decyzji ani profilowania.",
]


def _form_table(doc: DocxDocument, width: float, rows: list[tuple[str, str]], height: float) -> None:
    table = blocks.add_table(doc, [55, width - 55], rows=len(rows))
    blocks.label_value_rows(table, rows)
    for index in range(len(rows)):
        paperwork.min_height(table, index, height)


def document() -> DocxDocument:
    doc, width = paperwork.new_document(
        "Gmina {{ gmina.nazwa }} · Deklaracja uczestnictwa w szkoleniu",
        "Deklaracja uczestnictwa w szkoleniu — Gmina {{ gmina.nazwa }}",
    )
    blocks.title_block(
        doc,
        "Deklaracja uczestnictwa w szkoleniu",
        "Gminne partnerstwo na rzecz edukacji cyfrowej · Gmina {{ gmina.nazwa }}",
    )
    blocks.heading(doc, "Szkolenie")
    _form_table(
        doc,
        width,
        [
            ("Tytuł szkolenia", "{{ szkolenie.tytul }}"),
            ("Termin", "{{ szkolenie.termin }}"),
            ("Miejsce", "{{ szkolenie.miejsce }}"),
        ],
        8,
    )
    blocks.heading(doc, "Dane uczestniczki / uczestnika")
    _form_table(
        doc,
        width,
        [
            ("Imię i nazwisko", ""),
            ("Rok urodzenia", ""),
            ("Płeć (nieobowiązkowo)", f"{BOX} kobieta      {BOX} mężczyzna"),
            ("Miejscowość zamieszkania", ""),
            ("Telefon lub e-mail (nieobowiązkowo)", ""),
        ],
        9,
    )
    blocks.heading(doc, "Dostępność szkolenia (nieobowiązkowo)")
    doc.add_paragraph(
        f"Czy ma Pani / Pan niepełnosprawność?      {BOX} tak      {BOX} nie      {BOX} wolę nie podawać"
    )
    doc.add_paragraph(
        "Czego Pani / Pan potrzebuje, aby wziąć udział w szkoleniu (np. tłumacz PJM, materiały "
        "w powiększonym druku, sala bez schodów)? " + DOTS + DOTS
    )
    blocks.heading(doc, "Oświadczenia")
    paperwork.numbered(
        doc,
        [
            "Deklaruję udział w szkoleniu wymienionym powyżej, organizowanym przez gminne partnerstwo "
            "na rzecz edukacji cyfrowej w gminie {{ gmina.nazwa }} "
            + training_papers.PROJECT_OF_TRAINING
            + ".",
            "Oświadczam, że mam ukończone 18 lat, mieszkam w gminie {{ gmina.nazwa }}, a dane podane "
            "w deklaracji są zgodne z prawdą.",
            "Zapoznałam / zapoznałem się z informacją o przetwarzaniu danych osobowych (na odwrocie).",
        ],
    )
    consent = doc.add_paragraph(
        f"{BOX} Wyrażam zgodę na przetwarzanie informacji o mojej niepełnosprawności i szczególnych "
        "potrzebach w celu dostosowania szkolenia do tych potrzeb oraz sprawozdawczości projektu "
        "w formie liczb zbiorczych (art. 9 ust. 2 lit. a RODO)."
    )
    consent.paragraph_format.space_before = Pt(4)
    place = doc.add_paragraph("{{ gmina.nazwa }}, dnia " + DOTS)
    place.paragraph_format.space_before = Pt(10)
    blocks.signatures(doc, width, [None, ("{{ '' }}", "czytelny podpis uczestniczki / uczestnika")])
    office = doc.add_paragraph(
        f"Wypełnia e-Mocarz ({{{{ emocarz.imie_nazwisko }}}}): nr uczestnika {SHORT_DOTS} · "
        f"przyjęto dnia {SHORT_DOTS} · podpis {SHORT_DOTS}",
        style="Tabela mała",
    )
    office.paragraph_format.space_before = Pt(10)
    # on the back of the page: the person keeps the clause, the organiser keeps the signed front
    doc.add_paragraph("Informacja o przetwarzaniu danych osobowych (RODO)", style="Heading 1")
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    for number, text in enumerate(CLAUSE, start=1):
        paragraph = doc.add_paragraph(f"{number}. {text}", style="Projekt")
        paragraph.paragraph_format.space_after = Pt(3)
    return doc


if __name__ == "__main__":
    layout.main({FILE: document})
