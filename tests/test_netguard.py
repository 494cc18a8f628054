"""The outbound guard: what a partner-chosen address may and may not reach."""

import http.server
import socket
import threading

import pytest

from netguard import OutboundPolicy, UnsafeAddress, open_connection, vet_url

STRICT = OutboundPolicy()


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1/",
        "http://localhost/admin/",
        "http://[::1]/",
        "http://10.0.0.1/",
        "http://0.0.0.0/",
        "http://192.168.1.10/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
    ],
)
def test_internal_addresses_are_refused(url):
    with pytest.raises(UnsafeAddress):
        vet_url(url, STRICT)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/", "only http and https"),
        ("http://93.184.215.14:6379/", "port 6379 is not allowed"),
        ("http://user:pw@93.184.215.14/", "credentials"),
        ("http:///nohost", "no host"),
    ],
)
def test_malformed_or_unusual_urls_are_refused_with_a_reason(url, reason):
    with pytest.raises(UnsafeAddress, match=reason):
        vet_url(url, STRICT)


def test_a_public_literal_address_on_an_allowed_port_passes():
    target = vet_url("https://93.184.215.14/hook?x=1", STRICT)
    assert (target.address, target.port, target.path) == ("93.184.215.14", 443, "/hook?x=1")


def test_a_name_is_refused_when_any_of_its_addresses_is_internal(monkeypatch):
    # DNS answers a public and a private address: picking the public one would let a
    # rebinding attacker choose; the host is refused.
    answers = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 80)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: answers)
    with pytest.raises(UnsafeAddress, match=r"10\.1\.2\.3 is not a public address"):
        vet_url("http://hooks.example.org/", STRICT)


@pytest.fixture
def loopback_server():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"hello " + self.headers["Host"].encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_loopback_receiver_is_reached_only_when_the_policy_allows_it(loopback_server):
    url = f"http://localhost:{loopback_server}/"
    with pytest.raises(UnsafeAddress):
        open_connection(url, OutboundPolicy(ports=frozenset({loopback_server})), timeout=2)

    policy = OutboundPolicy(ports=frozenset({loopback_server}), allow_private=True)
    connection, target = open_connection(url, policy, timeout=2)
    connection.request("GET", target.path)
    response = connection.getresponse()
    assert response.status == 200
    assert response.read() == f"hello localhost:{loopback_server}".encode()
    connection.close()
