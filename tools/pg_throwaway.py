"""A throwaway PostgreSQL server for the tests and benchmarks: initdb in a temporary folder, pg_ctl start on a
Unix socket there (no TCP port), and every file removed when it stops.

    python tools/pg_throwaway.py      # starts one, prints its URL, stops on Ctrl-C

Debian's `postgresql` package provides the server (`tools/test.sh` installs it where it is missing). initdb
refuses to run as root, so as root the server runs as the `postgres` user, in a folder it owns.
"""
from __future__ import annotations

import getpass
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_SECONDS = 60


class NoServer(Exception):
    """PostgreSQL cannot be started here (not installed, or it failed to start); the message says why."""


def binaries() -> Path:
    """The folder of the newest installed PostgreSQL's initdb and pg_ctl."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    on_path = shutil.which("initdb")
    if not found and not on_path:
        raise NoServer("PostgreSQL is not installed (apt-get install postgresql, or run tools/test.sh)")
    return Path(found[-1] if found else on_path).parent


@contextmanager
def server() -> Iterator[str]:
    """A running server; yields the URL of its `postgres` database, whose user may create databases."""
    bin_dir = binaries()
    as_root = os.geteuid() == 0
    user = "postgres" if as_root else getpass.getuser()
    folder = Path(tempfile.mkdtemp(prefix="diplo-pg-"))
    run = ["runuser", "-u", user, "--"] if as_root else []
    try:
        if as_root:
            shutil.chown(folder, user)
            folder.chmod(0o700)
        data = folder / "data"
        _run("initdb", run + [str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"])
        options = f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        _run("pg_ctl start", run + [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options,
                    "-w", "-t", str(START_SECONDS), "start"])
        try:
            yield f"postgresql://{user}@/postgres?host={folder}"
        finally:
            subprocess.run(run + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(name: str, command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise NoServer(f"{name} failed: {(done.stderr or done.stdout).strip()[-500:]}")


def database_url(server_url: str, name: str) -> str:
    """The URL of database `name` on the server of `server_url`, created empty (dropped first if it exists)."""
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return server_url.replace("/postgres?", f"/{name}?", 1)


if __name__ == "__main__":
    try:
        with server() as url:
            print(url, flush=True)
            try:
                input("Enter or Ctrl-C stops the server.\n")
            except (KeyboardInterrupt, EOFError):
                pass
    except NoServer as error:
        sys.exit(f"error: {error}")
