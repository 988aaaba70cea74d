"""The introductory text of each corpus series (by series title), in place of the
renderers' generic intro. Several carry dates that are not events (deadlines, press
dates, "Stand"), as real pages do."""

# Data: one intro a series, as the page words it.
# ruff: noqa: E501

from __future__ import annotations

INTROS: dict[str, str] = {
    "Energie-Scouts Werkstatt 2026": "<p>Auszubildende aus Mitgliedsunternehmen werden in drei Werkstätten zu Energie-Scouts qualifiziert und setzen anschließend ein eigenes Effizienzprojekt im Betrieb um.</p><p>Anmeldeschluss für Betriebe: 31. Januar 2026</p>",
    "Energie-Scouts Werkstatt 2025: Rückblick": "<p>Hier finden Sie die Stationen des Jahrgangs 2025 der Energie-Scouts.</p>",
    "Meisterwerkstatt digital": "<p>Abends, kompakt und praxisnah: In der Meisterwerkstatt digital zeigen Betriebe und Fachleute, wie Digitalisierung im Handwerksalltag gelingt.</p><p>Die Teilnahme ist für Mitgliedsbetriebe kostenfrei.</p>",
    "Ringvorlesung „Transformation gestalten“": "<p>Die Ringvorlesung lädt Studierende und die interessierte Öffentlichkeit ein, mit Forschenden über den Wandel der Region zu diskutieren. Eine Anmeldung ist nicht erforderlich.</p>",
    "Ringvorlesung „Transformation gestalten“ – Archiv": "<p>Vorträge vergangener Semester. Aufzeichnungen finden Sie in der Mediathek.</p>",
    "Lecture Series: Energy Transition in the Ruhr": "<p>Researchers from the Ruhr universities present their work on the energy transition. All lectures are held in English and are open to the public.</p>",
    "Lecture Series “Shaping Transformation”": "<p>The lecture series invites students and the public to discuss the region’s transformation with researchers. No registration required.</p>",
    "Logistik-Kolloquium 2026": "<p>Im Logistik-Kolloquium berichten Wissenschaft und Praxis aus aktuellen Projekten. Gäste sind herzlich willkommen.</p>",
    "Summer School Logistik 2026": "<p>Die Summer School richtet sich an Masterstudierende und Fachkräfte aus Unternehmen. Bewerbungsschluss ist der 15. Mai 2026.</p>",
    "Bochumer Stadtdialoge": "<p>Wie soll Bochum in zehn Jahren aussehen? In den Stadtdialogen diskutieren Bürgerinnen und Bürger mit Politik und Verwaltung.</p><p>Pressemitteilung vom 8. Januar 2026: Stadtdialoge gehen in die nächste Runde.</p>",
    "Quartiersdialog Herne-Mitte": "<p>Im Quartiersdialog entwickeln Anwohnende, Geschäftsleute und Stadt gemeinsam Ideen für die Innenstadt.</p>",
    "Quartiersdialog Herne-Mitte: Rückschau": "<p>Die bisherigen Treffen des Quartiersdialogs im Überblick.</p>",
    "Kreisdialog Bildung": "<p>Der Kreisdialog Bildung bringt die Akteure der Bildungslandschaft im Kreis Unna zusammen – von der Kita bis zur Berufsausbildung.</p><p>Stand: 12.01.2026</p>",
    "Kreisdialog Bildung – Dokumentation": "<p>Präsentationen und Ergebnisse der bisherigen Kreisdialoge.</p>",
    "Zukunftsforum Niederrhein": "<p>Das Zukunftsforum fragt, wie der ländliche Raum am Niederrhein Klimawandel und Fachkräftemangel begegnen kann.</p>",
    "Fachtage Pflege 2026": "<p>Die Fachtage Pflege des Ennepe-Ruhr-Kreises bieten Raum für Austausch zwischen Pflegepraxis, Beratung und Verwaltung.</p><p>Anmeldung bis jeweils zwei Wochen vor dem Fachtag.</p>",
    "Regionalforen Arbeitsschutz Ruhr": "<p>In den Regionalforen informiert die Arbeitsschutzverwaltung Betriebe über aktuelle Schwerpunkte. Die Teilnahme ist kostenfrei.</p>",
    "Regionalforen Arbeitsschutz Ruhr – Archiv": "<p>Unterlagen zu vergangenen Regionalforen erhalten Sie auf Anfrage.</p>",
    "Werkstattgespräche Regionalplan": "<p>Zur Fortschreibung des Regionalplans lädt die Bezirksregierung zu Werkstattgesprächen ein. Beteiligungsfrist für schriftliche Stellungnahmen: 30.04.2026.</p>",
    "Gründerabende 2026": "<p>Monatliche Informationsabende für Gründerinnen und Gründer.</p>",
    "Transferabende an der HRW": "<p>Forschung zum Anfassen für Unternehmen aus der Region.</p>",
    "Gelsenkirchener Stadtgespräche": "<p>Einmal im Quartal lädt die Oberbürgermeisterin zu einem offenen Gespräch über die Zukunft der Stadt ein.</p>",
    "Invest in the Ruhr – Breakfast Series": "<p>Early morning briefings for investors on the region’s markets. Seats are limited; registration closes two days before each date.</p>",
    "Sommerakademie Ehrenamt 2026": "<p>Zwei- und dreitägige Seminare für Engagierte in Vereinen und Initiativen. Übernachtung ist nicht vorgesehen.</p>",
    "Digital-Sprechstunde": "<p>Jeden ersten Freitag im Monat: 45 Minuten Impuls und Fragen in der Mittagspause.</p>",
    "Bildungskonferenz Vest 2026": "<p>Die Bildungskonferenz des Kreises Recklinghausen richtet sich an alle, die in Schule und Jugendhilfe arbeiten.</p><p>Zuletzt aktualisiert am 19.01.2026</p>",
    "Fachkräftedialog Ruhr": "<p>Im Fachkräftedialog tauschen sich Arbeitgeber und Arbeitsagenturen der Region über Wege zur Fachkräftesicherung aus.</p>",
    "Zukunftswerkstatt Innenstadt": "<p>Wie soll die Oberhausener Innenstadt in Zukunft aussehen? Bringen Sie Ihre Ideen ein – ohne Anmeldung.</p>",
    "Fachkräfte-Reihe 2025": "<p>Transformation zur grünsten Industrieregion der Welt – das ist das selbst gesteckte Ziel für das Ruhrgebiet. Die gemeinsame Veranstaltungsreihe von RVR, IHKs und Handwerk beleuchtet Herausforderungen und Chancen für die Berufsbildung.</p>",
    "Fachkräfte-Reihe 2026": "<p>Auch 2026 setzt die Fachkräfte-Reihe ihre Werkstätten fort – mit neuen Themen und Orten im ganzen Ruhrgebiet.</p><p>Anmeldeschluss für die Werkstatt im März: 26. Februar 2026</p>",
    "Skilled Workers Series 2026": "<p>The series continues in 2026 with workshops across the Ruhr region. Registration closes two weeks before each date.</p>",
    "Fachkräfte-Reihe: Archiv": "<p>Alle Veranstaltungen der Fachkräfte-Reihe 2025 und 2026 im Überblick.</p>",
}
