"""notify.urls.check_url and notify.mail_url: subscriber URLs checked at config time."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from notify.mail_url import parse_email_url
from notify.schemes import APPRISE_SCHEMES
from notify.urls import check_url


@pytest.mark.parametrize(
    "url",
    [
        "mailtos://user:pw@smtp.example.org?to=team@example.org&from=rvr@example.org",
        "mailtos://user%40example.org:p%23w@smtp.example.org:465?mode=ssl",
        "mailto://relay.internal:2525?mode=insecure&from=rvr@example.org&to=a@x.org,b@y.org",
        "mailto://rvr@example.org/team@example.org?smtp=mail.example.org&verify=no&timeout=10",
        "matrixs://bot:pw@matrix.example.org/#fachkraefte",
        "json://hooks.example.org/notify?rto=60",
        "https://discord.com/api/webhooks/123/abc",
        "ntfy://ntfy.example.org/rvr",
        "mailto://rvr:pw@mailhost?to=team@mailhost",  # an intranet relay
    ],
)
def test_usable_urls_pass(url: str) -> None:
    assert check_url(url) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("team@example.org", "not a notification URL (expected scheme://…"),
        ("mailto://", "mailto:// needs the SMTP server's host name"),
        ("mailtos://smtp.example.org", "mailto:// needs from= or a user@host to send from"),
        ("mailtos://u:p@smtp.example.org?mode=tls", "mode='tls' is not one of starttls, ssl"),
        ("mailtos://u:p@smtp.example.org?form=x", "mailtos:// does not know form="),
        ("mailtos://u:p@smtp.example.org?to=nobody", "to= holds something that is not an e-mail"),
        (
            "mailtos://u:pa#SECRET@smtp.example.org",
            "mailtos:// URL has a '#': percent-encode it as %23",
        ),
        ("mailtos://u:p@smtp.example.org:99999", "not a valid e-mail URL (bad port)"),
        ("mailtos://u:p@smtp.example.org?timeout=0", "timeout= must be a number of seconds"),
        ("mailtos://u:p@smtp.example.org?verify=maybe", "verify= must be yes or no"),
        ("nonsense://what", "unknown notification service nonsense://"),
        ("json://", "json:// URL has nothing after the scheme"),
    ],
)
def test_problems_are_named_in_one_line_without_secrets(url: str, problem: str) -> None:
    found = check_url(url)
    assert found is not None and found.startswith(problem), found
    assert "\n" not in found and "SECRET" not in found and ":p@" not in found


def test_an_e_mail_url_reads_like_apprises_syntax() -> None:
    url = parse_email_url(
        "mailtos://alice:p%40ss@smtp.example.org?to=a@x.org&to=b@x.org&cc=c@x.org&name=RVR"
    )
    assert (url.host, url.port, url.mode, url.user, url.password) == (
        "smtp.example.org", 587, "starttls", "alice", "p@ss",
    )  # fmt: skip
    assert str(url.sender) == "RVR <alice@smtp.example.org>"
    assert url.recipients == ("a@x.org", "b@x.org", "c@x.org")
    ssl = parse_email_url("mailtos://a%40example.org:pw@smtp.example.org?mode=ssl")
    assert (ssl.port, ssl.sender.addr_spec, ssl.to) == (465, "a@example.org", ("a@example.org",))
    plain = parse_email_url("mailto://relay.internal?from=rvr@example.org")
    assert (plain.port, plain.mode, plain.user) == (25, "insecure", None)


def test_the_scheme_table_is_apprises_own() -> None:
    # The copy that spares a config check apprise's import must match what the installed
    # apprise declares (its public details()), or config checks would lie.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # apprise's plugins, not ours
        import apprise

        schemas = apprise.Apprise().details()["schemas"]
    declared: set[str] = set()
    for service in schemas:
        for key in ("protocols", "secure_protocols"):
            value = service.get(key) or ()
            declared.update(s.lower() for s in ([value] if isinstance(value, str) else value))
    assert declared == APPRISE_SCHEMES


def test_checking_urls_does_not_import_apprise() -> None:
    code = (
        "import sys\n"
        "from notify.urls import check_url\n"
        "assert check_url('matrixs://u:p@m.example.org/#r') is None\n"
        "assert check_url('mailtos://u:p@s.example.org?to=a@b.org') is None\n"
        "print('apprise' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
