"""Runs one row of the reliability table and says what went wrong, if anything.

A row passes when the command exits with the expected code, its error output holds the
required fragment, no input changed (SHA-256 before and after), no pickle payload ran, and the
output folder holds either the finished video (exit 0, checked with ffprobe) or nothing at all:
no file under the output name, no hidden partial file.
"""
import hashlib
import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional


@dataclass
class Row:
    name: str
    args: List[str]             # vxstudio-cli arguments
    code: int                   # the expected exit code
    fragment: str               # required (case-insensitive) in what the command prints
    out: Optional[Path] = None  # the output file the command is asked to write
    inputs: List[Path] = field(default_factory=list)  # files that must stay unchanged
    stop: Optional[tuple] = None  # (signal, progress line prefix): send it when that shows
    setup: Optional[Callable[[], None]] = None     # run before (may raise: the row fails)
    teardown: Optional[Callable[[], None]] = None  # run after, even on failure
    marker: Optional[Path] = None  # a file a malicious payload would create
    timeout: float = 120.0


def sha256(path: Path) -> Optional[str]:
    if not path.is_file():  # pipes, folders and absent files have no content to compare
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> set:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def video_streams(path: Path) -> List[str]:
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(path)],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return []
    return [s.get("codec_type", "") for s in json.loads(probe.stdout).get("streams", [])]


def execute(cli: str, row: Row):
    """Runs the command; with row.stop, sends the signal once the named progress line shows."""
    env = dict(os.environ, XDG_STATE_HOME=str(Path(os.environ.get("TMPDIR", "/tmp"))))
    process = subprocess.Popen([cli] + row.args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env=env)
    output, sent, deadline = [], False, time.monotonic() + row.timeout
    try:
        if row.stop:
            for line in process.stdout:
                output.append(line)
                if not sent and line.startswith(row.stop[1]):
                    process.send_signal(row.stop[0])
                    sent = True
                if time.monotonic() > deadline:
                    break
        rest, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
        output.append(rest)
    except subprocess.TimeoutExpired:
        process.kill()
        rest, _ = process.communicate()
        output.append(rest)
        return None, "".join(output), "timed out after %.0f s (a blocking read?)" % row.timeout
    if row.stop and not sent:
        return process.returncode, "".join(output), (
            "the progress line '%s' never showed, no signal was sent" % row.stop[1])
    return process.returncode, "".join(output), None


def run_row(cli: str, row: Row) -> List[str]:
    """The list of problems of one row (empty: it passed)."""
    problems = []
    try:
        if row.setup:
            row.setup()
    except Exception as error:  # a setup that cannot be done fails the row, never skips it
        if row.teardown:
            row.teardown()
        return ["setup failed: %s" % error]
    try:
        before = {p: sha256(p) for p in row.inputs}
        out_folder = row.out.parent if row.out else None
        listing = folder_listing(out_folder) if out_folder else set()
        code, output, error = execute(cli, row)
        if error:
            problems.append(error)
        if code != row.code:
            problems.append("exit code %s, expected %d" % (code, row.code))
        if row.fragment.lower() not in output.lower():
            problems.append("the output lacks %r" % row.fragment)
        if "Exception raised from" in output or "frame #" in output:
            problems.append("a LibTorch stack trace was printed")
        for path, digest in before.items():
            if sha256(path) != digest:
                problems.append("the input %s was modified" % path)
        if row.marker and row.marker.exists():
            problems.append("a pickle payload ran (%s exists)" % row.marker)
        if out_folder:
            left = folder_listing(out_folder) - listing
            partial = sorted(n for n in folder_listing(out_folder) if "vx-partial" in n)
            if partial:
                problems.append("partial files left: %s" % ", ".join(partial))
            expected = {row.out.name} if row.code == 0 else set()
            if row.out.name in left and row.code == 0:
                streams = video_streams(row.out)
                if "video" not in streams or "audio" not in streams:
                    problems.append("the output is not a video with sound: %s" % streams)
            if left - expected:
                problems.append("unexpected files left: %s" % ", ".join(sorted(left - expected)))
            if row.code == 0 and row.out.name not in folder_listing(out_folder):
                problems.append("no output was written")
        if problems:
            problems.append("output:\n    " + output.strip().replace("\n", "\n    ")[-1500:])
    finally:
        if row.teardown:
            row.teardown()
    return problems
