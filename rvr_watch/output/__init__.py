"""What commands show: tables, CSV and JSON (``tables``), analysts' exports and the
calendar feed (``exports``), a parsed page as text (``page_text``), one line per check
(``check_summary``). Pure; only the CLI prints."""
