"""Fetching a link a desk user (or a feed) gave: every hop vetted by netguard.

One GET, with a connect/read timeout, a size cap (the body is read in chunks and dropped past
the cap, never truncated into a document), a content-type check and a bounded number of
redirects, each redirect target vetted again and the connection pinned to the vetted address.
Conditional GET headers (ETag / Last-Modified) are passed through for feeds; a 304 is an
answer, not an error. Plain functions, no database.
"""

from __future__ import annotations

import http.client
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.utils import timezone
from trafilatura.utils import decode_file

from config.outbound import outbound_policy
from netguard import OutboundPolicy, UnsafeAddress, open_connection

__all__ = ["FetchError", "Fetched", "fetch"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "factcheck-desk/0.1 (+ingest)"
CHUNK = 64 * 1024
# A body must arrive within this many timeouts in all.
BODY_TIMEOUTS = 3


class FetchError(ValueError):
    """The link could not be fetched into something storable; the message says why."""


@dataclass
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    fetched_at: datetime
    content_type: str = ""
    charset: str = ""
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset the server declared, else the page's own (a meta
        charset) or a guess (trafilatura's decoder), never a failure."""
        if self.charset:
            try:
                return self.body.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return decode_file(self.body)


def _content_type(value: str) -> tuple[str, str]:
    kind, _, params = value.partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset":
            charset = val.strip().strip('"').lower()
    return kind.strip().lower(), charset


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = HTML_TYPES,
    headers: dict[str, str] | None = None,
    policy: OutboundPolicy | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
) -> Fetched:
    """GET `url` following at most `max_redirects` redirects (each hop vetted).

    Returns the final response (200, or 304 for a conditional GET). Raises FetchError naming
    the reason for an address refused by the policy, a host that cannot be reached, a 4xx or
    5xx, too many redirects, a body over the cap or a content type not in `accept`.
    """
    policy = policy or outbound_policy()
    timeout = timeout if timeout is not None else settings.FACTCHECK_FETCH_TIMEOUT
    max_bytes = max_bytes if max_bytes is not None else settings.FACTCHECK_FETCH_MAX_BYTES
    if max_redirects is None:
        max_redirects = settings.FACTCHECK_FETCH_MAX_REDIRECTS
    request_headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    request_headers.update(headers or {})
    current = url
    for _hop in range(max_redirects + 1):
        try:
            connection, target = open_connection(current, policy, timeout=timeout)
        except UnsafeAddress as exc:
            raise FetchError(f"refused {current}: {exc}") from None
        try:
            try:
                connection.request("GET", target.path, headers=request_headers)
                response = connection.getresponse()
            except TimeoutError:
                raise FetchError(f"unreachable {current}: no answer in {timeout:g} s") from None
            except (OSError, ssl.SSLError, http.client.HTTPException) as exc:
                raise FetchError(f"unreachable {current}: {exc}") from None
            status = response.status
            if status in REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{current} answered {status} without a Location")
                current = urljoin(current, location)
                continue
            fetched = Fetched(
                url=url,
                final_url=current,
                status=status,
                fetched_at=timezone.now(),
                headers={k.lower(): v for k, v in response.getheaders()},
            )
            if status == 304:
                return fetched
            if status >= 400:
                raise FetchError(f"{current} answered HTTP {status} {response.reason}")
            if status != 200:
                raise FetchError(f"{current} answered HTTP {status}, not a page")
            kind, charset = _content_type(response.getheader("Content-Type") or "")
            if kind not in accept:
                raise FetchError(
                    f"{current} is {kind or 'of no stated type'}, not {' or '.join(accept)}"
                )
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{current} is too large ({int(declared)} bytes > {max_bytes})")
            chunks: list[bytes] = []
            size = 0
            # The timeout bounds each wait; this bounds the whole body (a server dripping a
            # byte at a time would otherwise hold the worker for hours).
            allowed = timeout * BODY_TIMEOUTS
            deadline = time.monotonic() + allowed
            try:
                while chunk := response.read1(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"{current} is too large (over {max_bytes} bytes)")
                    if time.monotonic() > deadline:
                        raise FetchError(f"unreachable {current}: the body took over {allowed:g} s")
                    chunks.append(chunk)
            except TimeoutError:
                raise FetchError(f"unreachable {current}: the body stalled") from None
            except (OSError, http.client.HTTPException) as exc:
                raise FetchError(f"unreachable {current}: {exc}") from None
            fetched.content_type, fetched.charset = kind, charset
            fetched.body = b"".join(chunks)
            return fetched
        finally:
            connection.close()
    raise FetchError(f"{url}: more than {max_redirects} redirects")
