"""rvr-watch: watches the RVR Fachkräfte-Reihe page and tells subscribers about new dates."""

__version__ = "0.1.0"
HOMEPAGE = "https://github.com/rvr-watch/rvr-watch"
