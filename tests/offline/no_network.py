"""Run a Python script or module with every socket operation forbidden (an audit hook).

    python tests/offline/no_network.py -m ipm_viewer --selftest
    python tests/offline/no_network.py tests/offline/gui_session.py

Creating a socket, connecting, binding, sending or a DNS look-up ends the process at once with
exit code 97 and says which; nothing in the program can catch it.
"""

from __future__ import annotations

import os
import runpy
import sys

NETWORK_EXIT = 97


def _forbid_sockets(event: str, args: tuple[object, ...]) -> None:
    if event.startswith("socket."):  # socket.__new__, .connect, .getaddrinfo, .gethostbyname...
        sys.stderr.write(f"NETWORK ACCESS: {event} {args!r}\n")
        sys.stderr.flush()
        os._exit(NETWORK_EXIT)


def main() -> None:
    sys.addaudithook(_forbid_sockets)
    if sys.argv[1] == "-m":
        sys.argv = [sys.argv[2], *sys.argv[3:]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
