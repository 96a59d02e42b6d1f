"""Two real Syncthing instances on this machine, sharing one folder, for end-to-end tests.

Each has a home of its own, its GUI and REST API on 127.0.0.1 at a free port, and its sync
protocol listening on 127.0.0.1 only. Global and local discovery, relays, NAT traversal, usage
reporting, crash reporting and upgrades are all off: the two know each other's address from
their config.xml, which the test writes, and nothing leaves the machine. The shared folder is
watched for changes (and rescanned every few seconds besides), so a file written on one side
arrives on the other within seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.desktop import require, wait_for

FOLDER_ID = "backmove"
OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "5",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Peer:
    name: str
    home: Path
    folder: Path
    device_id: str
    api_key: str
    gui_port: int
    listen_port: int
    proc: subprocess.Popen[bytes] | None = None

    def rest(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 - loopback
            return json.loads(answer.read())

    def answers(self) -> bool:
        try:
            return self.rest("/rest/system/ping") == {"ping": "pong"}
        except OSError:
            return False

    def connected_to(self, other: Peer) -> bool:
        try:
            connections = self.rest("/rest/system/connections")
        except OSError:
            return False
        assert isinstance(connections, dict)
        return bool(connections["connections"].get(other.device_id, {}).get("connected"))


def _generate(name: str, base: Path) -> Peer:
    home = base / f"syncthing-{name}"
    out = subprocess.run(
        [
            "syncthing",
            "generate",
            f"--home={home}",
            "--no-default-folder",
            "--skip-port-probing",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "HOME": str(base)},
    )
    match = re.search(r"Device ID: ([A-Z0-9-]+)", out.stdout + out.stderr)
    assert match, out.stdout + out.stderr
    folder = base / f"sync-{name}"
    folder.mkdir(mode=0o700)
    return Peer(
        name=name,
        home=home,
        folder=folder,
        device_id=match.group(1),
        api_key=f"backmove-test-{name}-key",
        gui_port=free_port(),
        listen_port=free_port(),
    )


def _configure(me: Peer, other: Peer) -> None:
    """config.xml: loopback only, everything that reaches out switched off, the other peer
    known by address, and the one shared folder."""
    file = me.home / "config.xml"
    tree = ET.parse(file)  # noqa: S314 - the file syncthing just generated
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None
    gui.find("address").text = f"127.0.0.1:{me.gui_port}"  # type: ignore[union-attr]
    gui.find("apikey").text = me.api_key  # type: ignore[union-attr]
    options = root.find("options")
    assert options is not None
    for listen in options.findall("listenAddress"):
        options.remove(listen)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{me.listen_port}"
    for key, value in OFF.items():
        node = options.find(key)
        if node is None:
            node = ET.SubElement(options, key)
        node.text = value
    device = ET.SubElement(
        root,
        "device",
        {"id": other.device_id, "name": other.name, "compression": "metadata"},
    )
    ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.listen_port}"
    ET.SubElement(device, "autoAcceptFolders").text = "false"
    folder = ET.Element(
        "folder",
        {
            "id": FOLDER_ID,
            "label": "backmove",
            "path": str(me.folder),
            "type": "sendreceive",
            "rescanIntervalS": "5",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
            "ignorePerms": "false",
        },
    )
    for peer in (me, other):
        ET.SubElement(folder, "device", {"id": peer.device_id})
    root.insert(0, folder)
    tree.write(file)


@contextlib.contextmanager
def two_peers(base: Path) -> Iterator[tuple[Peer, Peer]]:
    """Two Syncthing instances sharing one folder, connected, each stopped on the way out."""
    require("syncthing")
    a, b = _generate("a", base), _generate("b", base)
    _configure(a, b)
    _configure(b, a)
    env = {
        **os.environ,
        "HOME": str(base),
        "STNOUPGRADE": "1",
        "STNORESTART": "1",
        "STNODEFAULTFOLDER": "1",
        "all_proxy": "",
    }
    logs = []
    try:
        for peer in (a, b):
            log = (base / f"syncthing-{peer.name}.log").open("wb")
            logs.append(log)
            peer.proc = subprocess.Popen(
                [
                    "syncthing",
                    "serve",
                    f"--home={peer.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        for peer in (a, b):
            wait_for(peer.answers, 90, f"Syncthing {peer.name}'s REST API", interval=0.5)
        wait_for(lambda: a.connected_to(b) and b.connected_to(a), 120, "the peers to connect", 0.5)
        yield a, b
    finally:
        for peer in (a, b):
            if peer.proc is not None:
                peer.proc.terminate()
                try:
                    peer.proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    peer.proc.kill()
                    peer.proc.wait(timeout=30)
        for log in logs:
            log.close()
