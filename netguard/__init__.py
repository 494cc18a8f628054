"""Outbound HTTP to addresses a partner or a desk user chose, vetted first.

A webhook target or a link to ingest is hostile until checked: the host is resolved when the
connection is made (not when the address was saved, so a DNS change cannot slip past), and
refused when any address it resolves to is loopback, private, link-local, reserved,
multicast or unspecified (IPv4-mapped IPv6 included). The connection then goes to the
address that was vetted, never to a second lookup. Plain Python, no Django: callers pass the
policy from their settings.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = ["OutboundPolicy", "UnsafeAddress", "open_connection", "vet_address", "vet_url"]


class UnsafeAddress(ValueError):
    """The address may not be called: the message says why, in one line."""


@dataclass(frozen=True)
class OutboundPolicy:
    ports: frozenset[int] = field(default_factory=lambda: frozenset({80, 443}))
    # Only tests turn this on (a loopback receiver); production settings refuse it.
    allow_private: bool = False


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str  # path and query, as sent on the request line
    address: str  # the vetted IP the connection goes to


def vet_address(ip: str, policy: OutboundPolicy) -> None:
    """Refuse an IP address that is not public (unless the policy allows private ones)."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if policy.allow_private:
        return
    if (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
        or not address.is_global
    ):
        raise UnsafeAddress(f"{ip} is not a public address")


def _split(url: str, policy: OutboundPolicy) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeAddress(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeAddress("only http and https URLs are allowed")
    if not parts.hostname:
        raise UnsafeAddress("the URL has no host")
    if parts.username or parts.password:
        raise UnsafeAddress("credentials in the URL are not allowed")
    port = port or (443 if parts.scheme == "https" else 80)
    if port not in policy.ports:
        allowed = ", ".join(str(p) for p in sorted(policy.ports))
        raise UnsafeAddress(f"port {port} is not allowed (allowed: {allowed})")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return parts.scheme, parts.hostname, port, path


def vet_url(url: str, policy: OutboundPolicy, *, resolve: bool = True) -> Target | None:
    """Check a URL's form and, when `resolve`, every address its host resolves to now.

    With `resolve=False` (saving a webhook, say) only the form and a literal IP are checked;
    the lookup happens again at delivery time through `open_connection`.
    """
    scheme, host, port, path = _split(url, policy)
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        vet_address(str(literal), policy)
        return Target(scheme, host, port, path, str(literal))
    name = host.rstrip(".").lower()
    if (name == "localhost" or name.endswith(".localhost")) and not policy.allow_private:
        raise UnsafeAddress(f"{host} is not a public address")
    if not resolve:
        return None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeAddress(f"{host} does not resolve: {exc}") from None
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise UnsafeAddress(f"{host} does not resolve")
    for address in addresses:  # one bad address refuses the host: no picking the good one
        vet_address(address, policy)
    return Target(scheme, host, port, path, addresses[0])


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
        self._address = target.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def open_connection(
    url: str, policy: OutboundPolicy, *, timeout: float
) -> tuple[http.client.HTTPConnection, Target]:
    """A connection to the vetted address of `url` (TLS checked against the host name).

    Redirects are the caller's business: each hop goes through here again.
    """
    target = vet_url(url, policy)
    if target is None:  # cannot happen with resolve=True; keeps the type checker honest
        raise UnsafeAddress(f"{url} could not be vetted")
    if target.scheme == "https":
        return _PinnedHTTPSConnection(target, timeout), target
    return _PinnedHTTPConnection(target, timeout), target
