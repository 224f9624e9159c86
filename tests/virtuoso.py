"""A real Virtuoso for the store tests: the session fixture `virtuoso` installs Debian's
virtuoso-opensource when virtuoso-t is missing, starts a private server on free loopback
ports with its database in a temporary folder, sets a known dba password and yields the
endpoint URLs; the server is killed at the end of the session.

Import it into conftest.py (`from tests.virtuoso import virtuoso`) or a test module."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "dba"
PASSWORD = "kg-test-Secret-7"  # not the default, so a test of a wrong password means something
START_TIMEOUT = 120  # seconds; a fresh database takes a few seconds, a slow CI machine more


@dataclass
class Virtuoso:
    host: str
    http_port: int
    sql_port: int
    user: str
    password: str
    folder: Path

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.http_port}"

    @property
    def sparql_url(self) -> str:  # anonymous read endpoint, SPARQL 1.1 Protocol
        return f"{self.base}/sparql"

    @property
    def sparql_auth_url(self) -> str:  # Digest-authenticated endpoint that accepts updates
        return f"{self.base}/sparql-auth"

    @property
    def gsp_url(self) -> str:  # Graph Store HTTP Protocol, Digest-authenticated
        return f"{self.base}/sparql-graph-crud-auth"

    def isql(self, sql: str) -> str:
        return run_isql(self.sql_port, self.user, self.password, sql)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_installed() -> str:
    found = shutil.which("virtuoso-t")
    if found:
        return found
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        subprocess.run(["apt-get", "update", "-q"], env=env, check=True, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-q", "virtuoso-opensource"], env=env, check=True,
                       capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"VIRTUOSO TESTS SKIPPED: virtuoso-t is not installed and apt-get could not install "
                    f"virtuoso-opensource ({type(exc).__name__}: {str(exc)[:200]})")
    found = shutil.which("virtuoso-t")
    if not found:
        pytest.skip("VIRTUOSO TESTS SKIPPED: virtuoso-opensource installed but virtuoso-t is not on PATH")
    return found


def isql_binary() -> str:
    for name in ("isql-vt", "isql-v", "isql"):
        if shutil.which(name):
            return name
    raise RuntimeError("no isql client (isql-vt) beside virtuoso-t")


def run_isql(port: int, user: str, password: str, sql: str) -> str:
    done = subprocess.run([isql_binary(), str(port), user, password, f"exec={sql}"],
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql failed on {sql!r}: {(done.stdout + done.stderr).strip()[:500]}")
    return done.stdout


INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
"""


def wait_for_http(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # any HTTP answer means the server listens
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"virtuoso did not answer on {url} within {START_TIMEOUT}s: {tail(log)}")


def tail(log: Path) -> str:
    return log.read_text(errors="replace")[-1500:] if log.exists() else "(no log)"


def start(folder: Path) -> tuple[Virtuoso, subprocess.Popen]:
    binary = ensure_installed()
    server = Virtuoso("127.0.0.1", free_port(), free_port(), USER, PASSWORD, folder)
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(d=folder, sql=server.sql_port, http=server.http_port))
    process = subprocess.Popen([binary, "-f", "-c", str(ini)], cwd=folder, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for_http(server.base + "/sparql?query=ASK%7B%7D", process, folder / "virtuoso.log")
        run_isql(server.sql_port, USER, "dba", f"user_set_password('{USER}', '{PASSWORD}')")
    except BaseException:
        stop(process)
        raise
    return server, process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: only this server and its children
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    try:
        server, process = start(tmp_path_factory.mktemp("virtuoso"))
    except RuntimeError as exc:
        pytest.fail(f"Virtuoso is installed but would not start: {exc}")
    try:
        yield server
    finally:
        stop(process)
