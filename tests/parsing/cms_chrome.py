"""Page chrome of the CMSs the region's sites run on: head, navigation, a hidden consent
banner, sidebar news with dates, footer with "Stand:" and copyright years.

None of it belongs to the series: a parser that reads a date from it, takes the banner
for a cookie wall, or a news teaser for an event fails the property tests.
"""

# The templates keep each CMS's markup lines as the CMS writes them.
# ruff: noqa: E501

from __future__ import annotations

import html
from collections.abc import Callable

Chrome = Callable[[str, str], str]
"""``(page title, main content HTML) -> full document``."""

_NEWS = (
    ("12.01.2026", "Pressemitteilung vom 12.01.2026: Neue Förderrunde für Quartiere"),
    ("08.12.2025", "Regionalkonferenz zieht Bilanz"),
    ("27.11.2025", "Stellenausschreibung: Referentin (m/w/d) – Bewerbungsschluss 31.01.2026"),
)


def _news_items(tag: str = "li") -> str:
    return "".join(
        f'<{tag} class="news-teaser"><span class="date">{d}</span> '
        f'<a href="/aktuelles/{i}">{html.escape(t)}</a></{tag}>'
        for i, (d, t) in enumerate(_NEWS)
    )


def typo3(title: str, main: str) -> str:
    """TYPO3 with frames, a hidden consent banner before the content and news aside."""
    return f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8">
<!-- This website is powered by TYPO3 - inspiring people to share! -->
<title>{html.escape(title)}: Beispielregion</title>
<meta name="generator" content="TYPO3 CMS"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-8a7c-min.css?1767225600">
</head><body class="page-512 pagelevel-3">
<div id="cookieconsent" class="cookie-banner" hidden><div class="cookie-banner__inner">
<p>Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.
Details finden Sie in der <a href="/datenschutz">Datenschutzerklärung</a>.</p>
<button class="btn" data-cookie="accept">Alle akzeptieren</button>
<button class="btn" data-cookie="essential">Nur notwendige Cookies</button></div></div>
<a class="skiplink" href="#main">Zum Inhalt springen</a>
<header class="page-header"><a class="brand" href="/"><img src="/logo.svg" alt="Logo Beispielregion"></a>
<nav class="nav-main" aria-label="Hauptnavigation"><ul><li><a href="/themen">Themen</a>
<ul><li><a href="/themen/bildung">Bildung</a></li><li><a href="/themen/wirtschaft">Wirtschaft</a></li></ul></li>
<li><a href="/politik">Politik</a></li><li><a href="/service">Service</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Brotkrümelnavigation"><ol><li><a href="/">Startseite</a></li>
<li><a href="/themen">Themen</a></li><li aria-current="page">{html.escape(title)}</li></ol></nav>
<main id="main"><!--TYPO3SEARCH_begin-->
<div id="c4711" class="frame frame-default frame-type-container_2cols"><div class="row">
<div class="col-md-8">{main}</div>
<aside class="col-md-4 sidebar"><div class="frame frame-type-news_list"><header><h2>Aktuelles</h2></header>
<ul class="news-list">{_news_items()}</ul></div></aside></div></div>
<!--TYPO3SEARCH_end--></main>
<footer class="page-footer"><p><strong>Beispielregion</strong><br>Kronprinzenstraße 35<br>45128 Essen</p>
<p>Telefon: +49 201 2069-0</p><ul class="nav-footer"><li><a href="/impressum">Impressum</a></li>
<li><a href="/datenschutz">Datenschutz</a></li></ul>
<p class="copyright">© 2026 Beispielregion · Stand: 01.10.2025</p></footer>
<script src="/typo3temp/assets/compressed/merged-1f0c-min.js"></script></body></html>"""


def drupal(title: str, main: str) -> str:
    """Drupal (Olivero-like regions) with a consent dialog after the content."""
    return f"""<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{html.escape(title)} | Hochschule Ruhr West-Beispiel</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x1.css?delta=0&amp;language=de">
</head><body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner"><div class="region region-header">
<nav role="navigation" aria-labelledby="block-main-menu" class="block block-menu"><h2 class="visually-hidden" id="block-main-menu">Hauptnavigation</h2>
<ul class="menu"><li class="menu-item"><a href="/studium">Studium</a></li><li class="menu-item"><a href="/forschung">Forschung</a></li>
<li class="menu-item menu-item--active-trail"><a href="/hochschule">Hochschule</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<article class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{main}</div>
</div></article></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="views-element-container block">
<h2>News</h2><div class="view-content">{_news_items("div")}</div></div></aside></main>
<footer class="site-footer" role="contentinfo"><p>Hochschule Beispiel · Duisburger Straße 100 · 45479 Mülheim an der Ruhr</p>
<p>© 2013–2026 Hochschule Beispiel</p><p>Zuletzt aktualisiert: 03.11.2025</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" style="display: none" role="dialog" aria-hidden="true">
<div class="eu-cookie-compliance-message"><h2>Wir nutzen Cookies</h2><p>Einige sind essenziell, andere helfen uns, diese Website zu verbessern.</p></div>
<div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Akzeptieren</button>
<button type="button" class="decline-button">Ablehnen</button></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"de"}}}}</script>
</body></html>"""


def wordpress(title: str, main: str) -> str:
    """WordPress (block theme) with a Borlabs-style hidden consent box."""
    return f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.7.1">
<title>{html.escape(title)} &#8211; Stadt Beispiel</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">
<link rel="alternate" type="application/rss+xml" title="Stadt Beispiel &raquo; Feed" href="/feed/">
</head><body class="page-template-default page page-id-2931 wp-embed-responsive">
<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-modal="true" style="display: none">
<div class="_brlbs-box"><h3>Datenschutzeinstellungen</h3><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell,
während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p>
<p class="_brlbs-accept"><a href="#" class="_brlbs-btn">Ich akzeptiere</a></p></div></div>
<div class="wp-site-blocks"><header class="wp-block-template-part"><nav class="wp-block-navigation" aria-label="Menü">
<ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/rathaus/">Rathaus</a></li>
<li class="wp-block-navigation-item"><a href="/leben/">Leben in Beispiel</a></li><li class="wp-block-navigation-item"><a href="/termine/">Termine</a></li></ul></nav></header>
<main class="wp-block-group"><div class="entry-content wp-block-post-content">{main}</div></main>
<div class="wp-block-group sidebar"><h2 class="wp-block-heading">Neueste Beiträge</h2>
<ul class="wp-block-latest-posts__list">{_news_items()}</ul></div>
<footer class="wp-block-template-part"><p>© 2026 Stadt Beispiel | <a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a></p></footer></div>
<script id="wp-block-navigation-view-js" src="/wp-includes/js/dist/interactivity.min.js?ver=6.7.1"></script></body></html>"""


def neos(title: str, main: str) -> str:
    """Neos with a Klaro consent manager (its container empty until JavaScript runs)."""
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><title>{html.escape(title)} - Kreis Beispiel</title>
<meta name="generator" content="Neos"><link rel="stylesheet" href="/_Resources/Static/Packages/Kreis.Site/Styles/main.css?bust=5c1e2a">
<script defer data-config="klaroConfig" src="/_Resources/Static/Packages/Sandstorm.CookiePunch/klaro.js"></script>
</head><body><div id="klaro"></div>
<header class="header"><nav class="main-nav" aria-label="Hauptmenü"><ul><li><a href="/buergerservice">Bürgerservice</a></li>
<li class="active"><a href="/kreis-verwaltung">Kreis &amp; Verwaltung</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></header>
<div class="neos-contentcollection main-content"><main>{main}</main></div>
<aside class="teaser-box"><h3>Pressemitteilungen</h3><div class="news">{_news_items("p")}</div></aside>
<footer class="footer"><div class="neos-contentcollection"><p>Kreis Beispiel · Der Landrat · Hohe Straße 1 · 59174 Kamen</p>
<p>© Kreis Beispiel 2026</p></div></footer></body></html>"""


def gsb(title: str, main: str) -> str:
    """Government Site Builder (federal/state CMS) with its typical classes and a hidden banner."""
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><meta name="generator" content="Government Site Builder">
<title>{html.escape(title)}</title><link rel="stylesheet" href="/SiteGlobals/Frontend/css/main.css?__blob=normal&amp;v=12">
</head><body class="gsb"><div id="wrapperOuter"><div id="wrapperInner">
<p class="navSkip"><a href="#content">Zum Inhalt</a></p>
<div id="cookiebanner" class="cookiebanner" aria-hidden="true" hidden><p>Diese Website verwendet ausschließlich technisch notwendige Cookies.</p>
<a href="/DE/Service/Datenschutz/datenschutz_node.html">Mehr erfahren</a> <button>OK</button></div>
<div id="navPrimary"><ul><li><a href="/DE/Home/home_node.html">Startseite</a></li><li><a href="/DE/Themen/themen_node.html">Themen</a></li>
<li><a href="/DE/Service/service_node.html">Service</a></li></ul></div>
<div id="wrapperContent"><div id="content"><div class="article"><div class="sectionRelated"></div>{main}</div></div>
<div id="navSecondary"><h2>Meldungen</h2><ul class="links">{_news_items()}</ul></div></div>
<div id="footer"><p>© Landesamt Beispiel 2026</p><p class="metadata">Stand: 24.10.2025</p>
<ul><li><a href="/DE/Service/Impressum/impressum_node.html">Impressum</a></li></ul></div></div></div></body></html>"""


def complianz(title: str, main: str) -> str:
    """WordPress with a Complianz consent banner that is *not* hidden in the markup (CSS and
    JavaScript show or hide it): the content is all there, so this is no cookie wall."""
    return f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>{html.escape(title)} – Stadt Beispiel</title>
<link rel="stylesheet" href="/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1736512345">
</head><body class="page-template-default">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Cookie-Zustimmung verwalten</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>Um Ihnen ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies. Wenn Sie nicht zustimmen, können bestimmte Merkmale und Funktionen beeinträchtigt werden.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button>
<button class="cmplz-btn cmplz-view-preferences">Einstellungen ansehen</button></div>
<div class="cmplz-links"><a href="/datenschutz/" class="cmplz-link privacy-statement">Datenschutzerklärung</a> <a href="/impressum/" class="cmplz-link impressum">Impressum</a></div></div></div>
<header class="site-header"><nav aria-label="Hauptmenü"><ul><li><a href="/rathaus/">Rathaus</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<main id="primary" class="site-main"><article class="page type-page"><div class="entry-content">{main}</div></article></main>
<aside class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>{_news_items()}</ul></section></aside>
<footer class="site-footer"><p>© 2026 Stadt Beispiel</p></footer></body></html>"""


CHROMES: dict[str, Chrome] = {
    "typo3": typo3,
    "drupal": drupal,
    "wordpress": wordpress,
    "neos": neos,
    "gsb": gsb,
    "complianz": complianz,
}
