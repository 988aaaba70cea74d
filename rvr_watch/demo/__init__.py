"""``rvr-watch demo``: bundled page versions (``pages/``) replayed offline (``replay``)."""
