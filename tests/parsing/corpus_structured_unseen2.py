"""A second round of whole documents with schema.org event data written by hand the way
further plugins and CMSs emit it: WordPress Events Manager (booking anchor, all-day
event) and Modern Events Calendar (date-only JSON-LD, time in the visible card),
Eventbrite's embed (address as one string with the country, AggregateOffer, online
event), Drupal ``schema_metatag`` with ``smart_date`` (UTC on both sides of both clock
changes), TYPO3 ``tx_news`` (a ``NewsArticle`` about an ``Event``: the news is no event),
Joomla JEvents microdata (``<meta>`` values, a date with a space), a weekly
``eventSchedule`` and ``superEvent`` containers (no date invented, no container as an
event), and names and descriptions in several languages.

Each ``expected`` is what a careful reader of the data notes down, never parser output.
"""

# Data: markup one element a line.
# ruff: noqa: E501

from __future__ import annotations

from corpus_handwritten import Handwritten
from corpus_kit import ev, page
from corpus_structured_unseen import doc

NOW = "2026-03-01T09:00:00+01:00"

# --- 1. WordPress Events Manager: a booking anchor as the offer, an all-day event -------

U_EM = "https://www.wirtschaftsfoerderung-herne.de/veranstaltungen/herner-wirtschaftsgespraeche/"
EM = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Herner Wirtschaftsgespräche: Fachkräfte aus dem Ausland","startDate":"2026-03-18T18:00:00+01:00","endDate":"2026-03-18T20:00:00+01:00","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place","name":"Stadtbibliothek Herne","address":{"@type":"PostalAddress","streetAddress":"Willi-Pohlmann-Platz 1","addressLocality":"Herne","postalCode":"44623","addressRegion":"Nordrhein-Westfalen","addressCountry":"DE"}},"image":["https://www.wirtschaftsfoerderung-herne.de/wp-content/uploads/2026/01/wiges.jpg"],"description":"Wie Betriebe ausländische Fachkräfte gewinnen und halten.","offers":{"@type":"Offer","url":"https://www.wirtschaftsfoerderung-herne.de/events/fachkraefte-aus-dem-ausland/#em-booking","price":"0.00","priceCurrency":"EUR","availability":"https://schema.org/InStock","validFrom":"2026-01-12T00:00:00+01:00"},"organizer":{"@type":"Organization","name":"Wirtschaftsförderung Herne","url":"https://www.wirtschaftsfoerderung-herne.de"},"url":"https://www.wirtschaftsfoerderung-herne.de/events/fachkraefte-aus-dem-ausland/"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Herner Wirtschaftsgespräche: Unternehmertag","startDate":"2026-04-25T00:00:00+02:00","endDate":"2026-04-25T23:59:59+02:00","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place","name":"Akademie Mont-Cenis","address":{"@type":"PostalAddress","streetAddress":"Mont-Cenis-Platz 1","addressLocality":"Herne","postalCode":"44627","addressRegion":"Nordrhein-Westfalen","addressCountry":"DE"}},"url":"https://www.wirtschaftsfoerderung-herne.de/events/unternehmertag/"}</script>"""
EM_BODY = (
    "<h1>Herner Wirtschaftsgespräche</h1>"
    "<p>Die Wirtschaftsförderung Herne lädt Unternehmen zu Gesprächen über den Standort ein.</p>"
    '<div class="em em-view-container" id="em-view-6" data-view="list"><div class="em-events-list-grouped"></div></div>'
)
EM_EXPECTED = page(
    U_EM,
    "Herner Wirtschaftsgespräche",
    None,
    [
        ev(
            "2026-03-18",
            "Herner Wirtschaftsgespräche: Fachkräfte aus dem Ausland",
            "18:00",
            "20:00",
            where=("Stadtbibliothek Herne", "Willi-Pohlmann-Platz 1", "44623", "Herne"),
            summary="Wie Betriebe ausländische Fachkräfte gewinnen und halten.",
            links=(
                (
                    "Details",
                    "https://www.wirtschaftsfoerderung-herne.de/events/fachkraefte-aus-dem-ausland/",
                    None,
                ),
                (
                    "Anmeldung",
                    "https://www.wirtschaftsfoerderung-herne.de/events/fachkraefte-aus-dem-ausland/#em-booking",
                    None,
                ),
            ),
        ),
        # Midnight to 23:59:59: the plugin's "all day", no hours.
        ev(
            "2026-04-25",
            "Herner Wirtschaftsgespräche: Unternehmertag",
            where=("Akademie Mont-Cenis", "Mont-Cenis-Platz 1", "44627", "Herne"),
            links=(
                (
                    "Details",
                    "https://www.wirtschaftsfoerderung-herne.de/events/unternehmertag/",
                    None,
                ),
            ),
        ),
    ],
)

# --- 2. Modern Events Calendar: dates only in JSON-LD, the hours in the visible card ------

U_MEC = "https://www.herten.de/wirtschaft/gruenderfruehstueck/"
MEC = """<script type="application/ld+json">
{
    "@context": "http://schema.org",
    "@type": "Event",
    "eventStatus": "https://schema.org/EventScheduled",
    "startDate": "2026-03-24",
    "endDate": "2026-03-24",
    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    "location":
    {
        "@type": "Place",
        "name": "Zeche Ewald, Gründerzentrum",
        "image": "",
        "address": "Doncaster-Platz 5, 45699 Herten"
    },
    "organizer":
    {
        "@type": "Person",
        "name": "Wirtschaftsförderung Herten",
        "url": ""
    },
    "offers":
    {
        "url": "https://www.herten.de/events/gruenderfruehstueck-maerz/",
        "price": "0",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
        "validFrom": "2026-01-20T00:00"
    },
    "performer": "",
    "description": "<p>Gründerinnen und Gründer tauschen sich beim Frühstück aus.</p>",
    "image": "",
    "name": "Gründerfrühstück März",
    "url": "https://www.herten.de/events/gruenderfruehstueck-maerz/"
}
</script>
<script type="application/ld+json">
{
    "@context": "http://schema.org",
    "@type": "Event",
    "eventStatus": "https://schema.org/EventScheduled",
    "startDate": "2026-05-19",
    "endDate": "2026-05-19",
    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    "location":
    {
        "@type": "Place",
        "name": "Zeche Ewald, Gründerzentrum",
        "image": "",
        "address": "Doncaster-Platz 5, 45699 Herten"
    },
    "offers":
    {
        "url": "https://www.herten.de/events/gruenderfruehstueck-mai/",
        "price": "0",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
        "validFrom": "2026-01-20T00:00"
    },
    "performer": "",
    "description": "",
    "image": "",
    "name": "Gründerfrühstück Mai",
    "url": "https://www.herten.de/events/gruenderfruehstueck-mai/"
}
</script>"""
MEC_BODY = """<h1>Gründerfrühstück Herten</h1>
<p>Einmal im Quartal lädt die Wirtschaftsförderung zum Frühstück ins Gründerzentrum.</p>
<div class="mec-wrap mec-skin-list-container"><div class="mec-event-list-classic">
<article class="mec-event-article mec-clear"><div class="mec-event-image"></div>
<h4 class="mec-event-title">Gründerfrühstück März</h4>
<div class="mec-event-date mec-color"><i class="mec-sl-calendar"></i> 24. März 2026</div>
<div class="mec-event-time mec-color"><i class="mec-sl-clock-o"></i> 08:30 - 10:30</div>
<div class="mec-event-detail"><address>Zeche Ewald, Gründerzentrum</address></div>
<a class="mec-booking-button" href="https://www.herten.de/events/gruenderfruehstueck-maerz/">Details</a>
</article>
<article class="mec-event-article mec-clear"><div class="mec-event-image"></div>
<h4 class="mec-event-title">Gründerfrühstück Mai</h4>
<div class="mec-event-date mec-color"><i class="mec-sl-calendar"></i> 19. Mai 2026</div>
<div class="mec-event-time mec-color"><i class="mec-sl-clock-o"></i> 08:30 - 10:30</div>
<div class="mec-event-detail"><address>Zeche Ewald, Gründerzentrum</address></div>
<a class="mec-booking-button" href="https://www.herten.de/events/gruenderfruehstueck-mai/">Details</a>
</article>
</div></div>"""
EWALD = ("Zeche Ewald, Gründerzentrum", "Doncaster-Platz 5", "45699", "Herten")
MEC_EXPECTED = page(
    U_MEC,
    "Gründerfrühstück Herten",
    None,
    [
        ev(
            "2026-03-24",
            "Gründerfrühstück März",
            "08:30",
            "10:30",
            where=EWALD,
            summary="Gründerinnen und Gründer tauschen sich beim Frühstück aus.",
            links=(("Details", "https://www.herten.de/events/gruenderfruehstueck-maerz/", None),),
        ),
        ev(
            "2026-05-19",
            "Gründerfrühstück Mai",
            "08:30",
            "10:30",
            where=EWALD,
            links=(("Details", "https://www.herten.de/events/gruenderfruehstueck-mai/", None),),
        ),
    ],
)

# --- 3. Eventbrite embed: address as one string with the country, AggregateOffer --------

U_EB = "https://www.startpunkt-essen.de/pitch-night/"
EB = """<script type="application/ld+json">{"@context":"http://schema.org","@type":"BusinessEvent","name":"Pitch Night Essen #7","description":"Fünf Start-ups, fünf Minuten, eine Jury aus der Region.","url":"https://www.eventbrite.de/e/pitch-night-essen-7-tickets-812345678901","image":"https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F1%2F2%2F1%2Foriginal.20260110.jpg","startDate":"2026-03-26T18:30:00+01:00","endDate":"2026-03-26T21:30:00+01:00","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","offers":[{"@type":"AggregateOffer","lowPrice":"0.00","highPrice":"0.00","priceCurrency":"EUR","url":"https://www.eventbrite.de/e/pitch-night-essen-7-tickets-812345678901","availability":"InStock","availabilityStarts":"2026-01-15T09:00:00Z","availabilityEnds":"2026-03-26T17:30:00Z","validFrom":"2026-01-15T09:00:00Z"}],"organizer":{"@type":"Organization","name":"Startpunkt Essen","url":"https://www.eventbrite.de/o/startpunkt-essen-3012345678"},"location":{"@type":"Place","name":"Unperfekthaus","address":"Friedrich-Ebert-Straße 18, 45127 Essen, Deutschland"}}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BusinessEvent","name":"Pitch Night Essen #8 (online)","url":"https://www.eventbrite.de/e/pitch-night-essen-8-online-tickets-823456789012","startDate":"2026-06-18T18:30:00+02:00","endDate":"2026-06-18T20:30:00+02:00","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","offers":[{"@type":"AggregateOffer","lowPrice":"0.00","highPrice":"0.00","priceCurrency":"EUR","url":"https://www.eventbrite.de/e/pitch-night-essen-8-online-tickets-823456789012","availability":"InStock"}],"organizer":{"@type":"Organization","name":"Startpunkt Essen","url":"https://www.eventbrite.de/o/startpunkt-essen-3012345678"},"location":{"@type":"VirtualLocation","url":"https://www.eventbrite.de/e/pitch-night-essen-8-online-tickets-823456789012"}}</script>"""
EB_BODY = """<h1>Pitch Night Essen</h1>
<p>Start-ups aus dem Ruhrgebiet stellen sich Investorinnen und Investoren vor. Tickets gibt es über Eventbrite.</p>
<div id="eventbrite-widget-container-812345678901"></div>
<script src="https://www.eventbrite.de/static/widgets/eb_widgets.js"></script>"""
EB_EXPECTED = page(
    U_EB,
    "Pitch Night Essen",
    None,
    [
        ev(
            "2026-03-26",
            "Pitch Night Essen #7",
            "18:30",
            "21:30",
            where=("Unperfekthaus", "Friedrich-Ebert-Straße 18", "45127", "Essen"),
            summary="Fünf Start-ups, fünf Minuten, eine Jury aus der Region.",
            links=(
                (
                    "Details",
                    "https://www.eventbrite.de/e/pitch-night-essen-7-tickets-812345678901",
                    None,
                ),
            ),
        ),
        ev(
            "2026-06-18",
            "Pitch Night Essen #8 (online)",
            "18:30",
            "20:30",
            where="Online",
            links=(
                (
                    "Details",
                    "https://www.eventbrite.de/e/pitch-night-essen-8-online-tickets-823456789012",
                    None,
                ),
            ),
        ),
    ],
)

# --- 4. Drupal schema_metatag + smart_date: UTC on both sides of both clock changes -----

U_DRU = "https://www.bottrop.de/wirtschaft/innovation-city-werkstatt"
DRU = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Event","name":"Werkstatt Wärmepumpe","startDate":"2026-03-28T09:00:00Z","endDate":"2026-03-28T12:00:00Z","location":{"@type":"Place","name":"Innovation City Zentrum","address":{"@type":"PostalAddress","streetAddress":"Gladbecker Straße 6","postalCode":"46236","addressLocality":"Bottrop","addressCountry":"DE"}}},{"@type":"Event","name":"Werkstatt Photovoltaik","startDate":"2026-03-29T09:00:00Z","endDate":"2026-03-29T12:00:00Z","location":{"@type":"Place","name":"Innovation City Zentrum","address":{"@type":"PostalAddress","streetAddress":"Gladbecker Straße 6","postalCode":"46236","addressLocality":"Bottrop","addressCountry":"DE"}}},{"@type":"Event","name":"Werkstatt Fassadendämmung","startDate":"2026-10-24T08:00:00+0000","endDate":"2026-10-24T11:00:00+0000","location":{"@type":"Place","name":"Innovation City Zentrum","address":{"@type":"PostalAddress","streetAddress":"Gladbecker Straße 6","postalCode":"46236","addressLocality":"Bottrop","addressCountry":"DE"}}},{"@type":"Event","name":"Werkstatt Förderprogramme","startDate":"2026-10-25T08:00:00Z","endDate":"2026-10-25T10:00:00Z","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode"},{"@type":"Event","name":"Werkstatt Speicher","startDate":"2026-11-14T09:00:00Z","endDate":"2026-11-14T11:00:00Z","location":{"@type":"VirtualLocation","url":"https://bottrop.webex.com/meet/innovationcity"}}]}</script>"""
DRU_BODY = """<h1>Innovation City Werkstatt</h1>
<p>Hausbesitzerinnen und Hausbesitzer lernen, wie sie ihr Haus modernisieren.</p>
<div class="view-content">
<div class="views-row"><h3>Werkstatt Wärmepumpe</h3><div class="field--name-field-when"><time datetime="2026-03-28T09:00:00Z" class="datetime">Sa, 28.03.2026 - 10:00</time> - <time datetime="2026-03-28T12:00:00Z" class="datetime">13:00</time></div></div>
<div class="views-row"><h3>Werkstatt Photovoltaik</h3><div class="field--name-field-when"><time datetime="2026-03-29T09:00:00Z" class="datetime">So, 29.03.2026 - 11:00</time> - <time datetime="2026-03-29T12:00:00Z" class="datetime">14:00</time></div></div>
<div class="views-row"><h3>Werkstatt Fassadendämmung</h3><div class="field--name-field-when"><time datetime="2026-10-24T08:00:00Z" class="datetime">Sa, 24.10.2026 - 10:00</time> - <time datetime="2026-10-24T11:00:00Z" class="datetime">13:00</time></div></div>
<div class="views-row"><h3>Werkstatt Förderprogramme</h3><div class="field--name-field-when"><time datetime="2026-10-25T08:00:00Z" class="datetime">So, 25.10.2026 - 09:00</time> - <time datetime="2026-10-25T10:00:00Z" class="datetime">11:00</time></div></div>
<div class="views-row"><h3>Werkstatt Speicher</h3><div class="field--name-field-when"><time datetime="2026-11-14T09:00:00Z" class="datetime">Sa, 14.11.2026 - 10:00</time> - <time datetime="2026-11-14T11:00:00Z" class="datetime">12:00</time></div></div>
</div>"""
ICZ = ("Innovation City Zentrum", "Gladbecker Straße 6", "46236", "Bottrop")
DRU_EXPECTED = page(
    U_DRU,
    "Innovation City Werkstatt",
    None,
    [
        ev("2026-03-28", "Werkstatt Wärmepumpe", "10:00", "13:00", where=ICZ),
        ev("2026-03-29", "Werkstatt Photovoltaik", "11:00", "14:00", where=ICZ),
        ev("2026-10-24", "Werkstatt Fassadendämmung", "10:00", "13:00", where=ICZ),
        ev("2026-10-25", "Werkstatt Förderprogramme", "09:00", "11:00", where="Online"),
        ev("2026-11-14", "Werkstatt Speicher", "10:00", "12:00", where="Online"),
    ],
)

# --- 5. TYPO3 tx_news: a NewsArticle about an Event; related news as microdata ----------

U_NEWS = "https://www.emscher-lippe.ihk.de/news/fachkraeftetag-2026-anmeldung-gestartet"
NEWS = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fachkräftetag Emscher-Lippe 2026: Anmeldung gestartet","datePublished":"2026-02-10T09:00:00+01:00","dateModified":"2026-02-12T14:30:00+01:00","author":{"@type":"Organization","name":"IHK Nord Westfalen"},"publisher":{"@type":"Organization","name":"IHK Nord Westfalen","logo":{"@type":"ImageObject","url":"https://www.emscher-lippe.ihk.de/logo.svg"}},"mainEntityOfPage":"https://www.emscher-lippe.ihk.de/news/fachkraeftetag-2026-anmeldung-gestartet","about":{"@type":"Event","name":"Fachkräftetag Emscher-Lippe 2026","startDate":"2026-04-29T09:30:00+02:00","endDate":"2026-04-29T15:00:00+02:00","location":{"@type":"Place","name":"Ruhr Congress Bochum","address":{"@type":"PostalAddress","streetAddress":"Stadionring 20","postalCode":"44791","addressLocality":"Bochum"}},"offers":{"@type":"Offer","url":"https://www.emscher-lippe.ihk.de/veranstaltungen/fachkraeftetag-2026/anmeldung","price":"0","priceCurrency":"EUR"}}}</script>"""
NEWS_BODY = """<h1>Fachkräftetag Emscher-Lippe 2026: Anmeldung gestartet</h1>
<div class="news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<p class="news-date"><time itemprop="datePublished" datetime="2026-02-10">10.02.2026</time></p>
<div itemprop="articleBody"><p>Ab sofort können sich Unternehmen für den Fachkräftetag anmelden. Vorträge und Workshops zeigen, wie Betriebe Nachwuchs gewinnen.</p>
<p><a href="https://www.emscher-lippe.ihk.de/veranstaltungen/fachkraeftetag-2026/anmeldung">Zur Anmeldung</a></p></div>
</div>
<div class="news-related"><h2>Weitere Meldungen</h2>
<div class="article" itemscope itemtype="http://schema.org/Article"><time itemprop="datePublished" datetime="2026-01-22">22.01.2026</time> <h3 itemprop="headline">Ausbildungsbilanz 2025 vorgestellt</h3></div>
<div class="article" itemscope itemtype="http://schema.org/NewsArticle"><time itemprop="datePublished" datetime="2026-01-08">08.01.2026</time> <h3 itemprop="headline">Neujahrsempfang der IHK</h3></div>
</div></div>"""
NEWS_EXPECTED = page(
    U_NEWS,
    "Fachkräftetag Emscher-Lippe 2026: Anmeldung gestartet",
    None,
    [
        ev(
            "2026-04-29",
            "Fachkräftetag Emscher-Lippe 2026",
            "09:30",
            "15:00",
            where=("Ruhr Congress Bochum", "Stadionring 20", "44791", "Bochum"),
            links=(
                (
                    "Zur Anmeldung",
                    "https://www.emscher-lippe.ihk.de/veranstaltungen/fachkraeftetag-2026/anmeldung",
                    None,
                ),
            ),
        ),
    ],
)

# --- 6. Joomla JEvents: microdata with <meta> values, a date with a space ---------------

U_JEV = "https://www.bottrop.de/index.php/wirtschaft/unternehmerabende"
JEV_BODY = """<h1>Unternehmerabende Bottrop</h1>
<p>Die Wirtschaftsförderung Bottrop lädt zu Abenden mit Vortrag und Austausch.</p>
<div id="jevents_body"><div class="jev_listview"><ul class="ev_ul">
<li class="ev_td_li" itemscope itemtype="http://schema.org/Event">
<meta itemprop="startDate" content="2026-03-19 17:30:00"><meta itemprop="endDate" content="2026-03-19 19:30:00">
<span itemprop="location" itemscope itemtype="http://schema.org/Place"><meta itemprop="name" content="Rathaus Bottrop, Kammerkonzertsaal"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><meta itemprop="streetAddress" content="Ernst-Wilczok-Platz 1"><meta itemprop="postalCode" content="46236"><meta itemprop="addressLocality" content="Bottrop"></span></span>
<a class="ev_link_row" href="/index.php/wirtschaft/unternehmerabende/eventdetail/412/-/nachfolge-regeln" itemprop="url"><span itemprop="name">Nachfolge regeln</span></a> :: Donnerstag, 19. März 2026 17:30 - 19:30
</li>
<li class="ev_td_li" itemscope itemtype="http://schema.org/Event">
<meta itemprop="startDate" content="2026-05-21T17:30:00+02:00"><meta itemprop="endDate" content="2026-05-21T19:30:00+02:00">
<span itemprop="location" itemscope itemtype="http://schema.org/Place"><meta itemprop="name" content="Rathaus Bottrop, Kammerkonzertsaal"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><meta itemprop="streetAddress" content="Ernst-Wilczok-Platz 1"><meta itemprop="postalCode" content="46236"><meta itemprop="addressLocality" content="Bottrop"></span></span>
<a class="ev_link_row" href="/index.php/wirtschaft/unternehmerabende/eventdetail/413/-/kuenstliche-intelligenz-im-betrieb" itemprop="url"><span itemprop="name">Künstliche Intelligenz im Betrieb</span></a> :: Donnerstag, 21. Mai 2026 17:30 - 19:30
</li>
</ul></div></div>"""
RATHAUS_BOT = ("Rathaus Bottrop, Kammerkonzertsaal", "Ernst-Wilczok-Platz 1", "46236", "Bottrop")
JEV_EXPECTED = page(
    U_JEV,
    "Unternehmerabende Bottrop",
    None,
    [
        ev(
            "2026-03-19",
            "Nachfolge regeln",
            "17:30",
            "19:30",
            where=RATHAUS_BOT,
            links=(
                (
                    "Nachfolge regeln",
                    "https://www.bottrop.de/index.php/wirtschaft/unternehmerabende/eventdetail/412/-/nachfolge-regeln",
                    None,
                ),
            ),
        ),
        ev(
            "2026-05-21",
            "Künstliche Intelligenz im Betrieb",
            "17:30",
            "19:30",
            where=RATHAUS_BOT,
            links=(
                (
                    "Künstliche Intelligenz im Betrieb",
                    "https://www.bottrop.de/index.php/wirtschaft/unternehmerabende/eventdetail/413/-/kuenstliche-intelligenz-im-betrieb",
                    None,
                ),
            ),
        ),
    ],
)

# --- 7. A weekly eventSchedule and superEvent containers ---------------------------------

U_SCHED = "https://www.gruendungswochen.ruhr/programm/"
SCHED = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Event","name":"Offene Gründungssprechstunde","startDate":"2026-03-03T16:00:00+01:00","endDate":"2026-03-03T18:00:00+01:00",
 "eventSchedule":{"@type":"Schedule","byDay":"https://schema.org/Tuesday","repeatFrequency":"P1W","startDate":"2026-03-03","endDate":"2026-06-30","startTime":"16:00:00","endTime":"18:00:00","scheduleTimezone":"Europe/Berlin"},
 "location":{"@type":"Place","name":"Gründerzentrum Kulturbrauerei","address":{"@type":"PostalAddress","streetAddress":"Harkortstraße 33","postalCode":"45145","addressLocality":"Essen"}},
 "superEvent":{"@type":"Event","name":"Gründungswochen Ruhr 2026","startDate":"2026-03-01","endDate":"2026-06-30","location":{"@type":"Place","name":"Metropole Ruhr"}}},
{"@type":"Event","name":"Finanzierungsforum","startDate":"2026-04-16T14:00:00+02:00","endDate":"2026-04-16T18:00:00+02:00",
 "location":{"@type":"Place","name":"Gründerzentrum Kulturbrauerei","address":{"@type":"PostalAddress","streetAddress":"Harkortstraße 33","postalCode":"45145","addressLocality":"Essen"}},
 "superEvent":{"@type":"Festival","name":"Gründungswochen Ruhr 2026","startDate":"2026-03-01T00:00:00+01:00","endDate":"2026-06-30T23:59:00+02:00"}},
{"@type":"Event","name":"Monatlicher Gründerstammtisch","eventSchedule":{"@type":"Schedule","byMonthDay":1,"repeatFrequency":"P1M","startTime":"19:00","endTime":"21:00"},
 "location":{"@type":"Place","name":"Café Extrablatt am Kennedyplatz","address":"Kennedyplatz 7, 45127 Essen"}}
]}</script>"""
SCHED_BODY = """<h1>Gründungswochen Ruhr – Programm</h1>
<p>Von März bis Juni laden Hochschulen, Kammern und Wirtschaftsförderungen zu Sprechstunden und Foren ein.</p>
<div id="programm-app" data-source="/api/programm.json"></div>"""
KUBRA = ("Gründerzentrum Kulturbrauerei", "Harkortstraße 33", "45145", "Essen")
SCHED_EXPECTED = page(
    U_SCHED,
    "Gründungswochen Ruhr – Programm",
    None,
    [
        # The first Tuesday is stated; the weekly dates after it are not written out.
        ev("2026-03-03", "Offene Gründungssprechstunde", "16:00", "18:00", where=KUBRA),
        ev("2026-04-16", "Finanzierungsforum", "14:00", "18:00", where=KUBRA),
        # The stammtisch states no date at all; the Gründungswochen are the frame, not a date.
    ],
)

# --- 8. Several languages: language-tagged names and descriptions, @language contexts ----

U_LANG = "https://www.tu-dortmund.de/transfer/career-days/"
LANG = """<script type="application/ld+json">{"@context":["https://schema.org",{"@language":"de"}],"@graph":[
{"@type":"EducationEvent","name":[{"@language":"en","@value":"Career Day: Engineering"},{"@language":"de","@value":"Karrieretag Ingenieurwesen"}],
 "description":[{"@language":"en","@value":"Companies meet students."},{"@language":"de","@value":"Unternehmen treffen Studierende."}],
 "startDate":"2026-04-22T10:00:00+02:00","endDate":"2026-04-22T16:00:00+02:00",
 "location":{"@type":"Place","name":[{"@language":"en","@value":"Auditorium Building II"},{"@language":"de","@value":"Hörsaalgebäude II"}],"address":{"@type":"PostalAddress","streetAddress":"Otto-Hahn-Straße 4","postalCode":"44227","addressLocality":"Dortmund"}}},
{"@type":"EducationEvent","name":[{"@language":"en-GB","@value":"Career Day: Computer Science"},{"@language":"de-DE","@value":"Karrieretag Informatik"}],
 "startDate":"2026-05-20T10:00:00+02:00","endDate":"2026-05-20T16:00:00+02:00",
 "location":{"@type":"Place","name":"Informatikgebäude","address":{"@type":"PostalAddress","streetAddress":"Otto-Hahn-Straße 14","postalCode":"44227","addressLocality":"Dortmund"}}},
{"@type":"EducationEvent","name":[{"@language":"EN","@value":"Career Day: Chemistry"},{"@language":"DE","@value":"Karrieretag Chemie"}],
 "startDate":"2026-06-17","doorTime":"09:30",
 "location":{"@type":"Place","name":"Chemiegebäude","address":{"@type":"PostalAddress","streetAddress":"Otto-Hahn-Straße 6","postalCode":"44227","addressLocality":"Dortmund"}}}
]}</script>"""
LANG_BODY = """<h1>Karrieretage</h1>
<p>Die TU Dortmund bringt Unternehmen und Studierende zusammen. <span lang="en">Career days for students of all faculties.</span></p>"""
LANG_EXPECTED = page(
    U_LANG,
    "Karrieretage",
    None,
    [
        ev(
            "2026-04-22",
            "Karrieretag Ingenieurwesen",
            "10:00",
            "16:00",
            where=("Hörsaalgebäude II", "Otto-Hahn-Straße 4", "44227", "Dortmund"),
            summary="Unternehmen treffen Studierende.",
        ),
        ev(
            "2026-05-20",
            "Karrieretag Informatik",
            "10:00",
            "16:00",
            where=("Informatikgebäude", "Otto-Hahn-Straße 14", "44227", "Dortmund"),
        ),
        # Date only; doors at 9:30 are admission, not the start.
        ev(
            "2026-06-17",
            "Karrieretag Chemie",
            where=("Chemiegebäude", "Otto-Hahn-Straße 6", "44227", "Dortmund"),
        ),
    ],
)

STRUCTURED_UNSEEN2: dict[str, Handwritten] = {
    "unseen-s2-wp-events-manager": Handwritten(
        "WordPress Events Manager: one script per event, the booking form (#em-booking) as the offer, an all-day event written 00:00–23:59:59",
        None,
        U_EM,
        NOW,
        doc("Herner Wirtschaftsgespräche – Wirtschaftsförderung Herne", EM, EM_BODY),
        EM_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-modern-events-calendar": Handwritten(
        "Modern Events Calendar: date-only JSON-LD with an address string, the hours only in the visible classic list",
        None,
        U_MEC,
        NOW,
        doc("Gründerfrühstück – Stadt Herten", MEC, MEC_BODY),
        MEC_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-eventbrite-embed": Handwritten(
        "Eventbrite embed: address as one string ending in the country, AggregateOffer to the same page as url, an online event with a nameless VirtualLocation",
        None,
        U_EB,
        NOW,
        doc("Pitch Night Essen – Startpunkt Essen", EB, EB_BODY),
        EB_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-drupal-smart-date-utc": Handwritten(
        "Drupal schema_metatag + smart_date: UTC (Z, +0000) on both sides of both clock changes, attendance mode only, VirtualLocation with a url",
        None,
        U_DRU,
        NOW,
        doc("Innovation City Werkstatt | Stadt Bottrop", DRU, DRU_BODY),
        DRU_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-typo3-news-about-event": Handwritten(
        "TYPO3 tx_news: a NewsArticle about an Event, related news as microdata Articles: only the event is one",
        None,
        U_NEWS,
        NOW,
        doc("Fachkräftetag 2026: Anmeldung gestartet – IHK Nord Westfalen", NEWS, NEWS_BODY),
        NEWS_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-joomla-jevents-microdata": Handwritten(
        "Joomla JEvents microdata: values in <meta content>, a start written with a space and no offset, the title as the url's link text",
        None,
        U_JEV,
        NOW,
        doc("Unternehmerabende – Stadt Bottrop", "", JEV_BODY),
        JEV_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-weekly-schedule-and-super-events": Handwritten(
        "a weekly eventSchedule (byDay, P1W) beside a stated first date, superEvent containers (Event, Festival) with month-long ranges, a monthly schedule without any date",
        None,
        U_SCHED,
        NOW,
        doc("Programm – Gründungswochen Ruhr 2026", SCHED, SCHED_BODY),
        SCHED_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
    "unseen-s2-language-tagged-values": Handwritten(
        "names, descriptions and a place name as language-tagged lists with English first (de, de-DE, DE), @language in the context, a date-only start with doorTime",
        None,
        U_LANG,
        NOW,
        doc("Karrieretage – TU Dortmund", LANG, LANG_BODY),
        LANG_EXPECTED,
        parser="schema-events",
        partner=True,
    ),
}
