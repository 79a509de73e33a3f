"""Round eight of attacks on files, signals and sockets: what the preview prints of a hostile request, a briefing
folder renamed while its page is open, and `new` given a title the build would refuse.

The server tests run a real `build.py serve` on a private copy of the project and a free port, and wait on
what it prints or serves, never on a fixed sleep.
"""

from __future__ import annotations

import socket

from test_serve import serving
from test_serve_attack import port_of


def send_raw(url: str, request: bytes) -> bytes:
    """Send `request` to the server as bytes and return the start of its answer."""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=10) as connection:
        connection.sendall(request)
        return connection.recv(100)


def test_a_request_lines_control_characters_reach_the_terminal_escaped(project):
    # A URL that is not UTF-8 after unquoting makes tornado warn, quoting the request line as sent:
    # here with the terminal's 8-bit CSI and OSC controls (OSC 52 writes the clipboard in some terminals).
    hostile = b"GET /%c0%ae\x9b31mFORGED\x9d52;c;cHduZWQ=\x9c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with serving(project) as server:
        assert send_raw(server.url, hostile).startswith(b"HTTP/1.1 400 ")
        server.wait_until(lambda: "FORGED" in server.output, "the server warns about the request")
        warning = next(line for line in server.lines if "FORGED" in line)
        assert "\x9b" not in warning and "\x9d" not in warning and "\x9c" not in warning
        assert "\\x9b31mFORGED\\x9d52;c;cHduZWQ=\\x9c" in warning
