#!/usr/bin/env python3
"""The render farm, end to end: the sbatch array script of docs/render-farm.md on a real Slurm.

The test starts a single-node Slurm cluster of its own (Debian's slurm-wlm and munge, on
127.0.0.1, free ports, every file in a temporary folder; /work/shared/docs/test-environment.md
says what made it start), submits scripts/farm/vxstudio-batch.sbatch as a 2-task array over a
4-job batch file rendered with the tiny model, checks every output with ffprobe and each task's
logs, and stops the daemons by their pids whatever happens. When Slurm cannot start, it prints
why (with the daemon's log) and FAILS: a farm test that skips itself proves nothing.

With --check-docs it only checks that the scripts shown in docs/render-farm.md are the files
under scripts/farm/ byte for byte (so the test runs exactly what the documentation shows).
"""
import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ASTRONAUT = Path("/usr/lib/python3/dist-packages/skimage/data/astronaut.png")
SKIP = 77  # ctest's SKIP_RETURN_CODE: only for the missing tiny fixtures, as the C++ tests do
SUBMIT_TIMEOUT_S = 420
DOC_SCRIPTS = ["scripts/farm/vxstudio-batch.sbatch", "scripts/farm/vxstudio-batch-job.yaml"]


class Failure(Exception):
    pass


def log(text):
    print(text, flush=True)


def tail(path, lines=30):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError as e:
        return f"({path}: {e})"


def run(command, timeout=120, **kw):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=timeout, **kw)


# ------------------------------------------------------------------ the documentation's scripts

def check_docs(source: Path):
    """Each script under scripts/farm/ appears in docs/render-farm.md, after a line
    `<!-- file: PATH -->`, as the fenced block that follows, unchanged."""
    doc = (source / "docs/render-farm.md").read_text()
    for relative in DOC_SCRIPTS:
        match = re.search(r"<!-- file: " + re.escape(relative) + r" -->\s*\n```[a-z]*\n(.*?)```",
                          doc, re.S)
        if not match:
            raise Failure(f"docs/render-farm.md does not show {relative} "
                          f"(a `<!-- file: {relative} -->` line before its fenced block)")
        if match.group(1) != (source / relative).read_text():
            raise Failure(f"docs/render-farm.md shows another {relative} than the file; "
                          "copy the file into the document")
    # Every key of the parameter table is in the document's table of job keys.
    table = (source / "core/studio/parameters.cpp").read_text()
    for key in re.findall(r'\{P::\w+, "(\w+)", "--', table):
        if f"| `{key}` |" not in doc:
            raise Failure(f"docs/render-farm.md does not list the job key `{key}`")
    # The manifest's shard count must be its completions: the one number a user edits twice.
    manifest = (source / DOC_SCRIPTS[1]).read_text()
    completions = re.search(r"^\s*completions: (\d+)", manifest, re.M)
    count = re.search(r"name: VX_SHARD_COUNT\s*\n\s*value: \"(\d+)\"", manifest)
    if not completions or not count or completions.group(1) != count.group(1):
        raise Failure("the Indexed Job manifest's VX_SHARD_COUNT differs from its completions")
    log("docs/render-farm.md shows the farm scripts as they are")


# ------------------------------------------------------------------ a single-node Slurm cluster

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """munged, slurmctld and slurmd with private keys, sockets, state, pid and log files."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.conf = folder / "slurm.conf"
        self.env = dict(os.environ, SLURM_CONF=str(self.conf))
        self.pid_files = []  # in start order; stopped in reverse

    def start(self):
        self._start_munge()
        self._write_config()
        f = self.folder
        self._start("slurmctld", ["slurmctld", "-f", str(self.conf)], f / "slurmctld.pid",
                    f / "slurmctld.log")
        self._start("slurmd", ["slurmd", "-f", str(self.conf)], f / "slurmd.pid", f / "slurmd.log")
        self._wait_for_idle_node()

    def _start_munge(self):
        munge = self.folder / "munge"
        munge.mkdir(mode=0o755)
        key = munge / "munge.key"
        made = run(["mungekey", "--create", "--keyfile", str(key)])
        if made.returncode != 0:
            raise Failure(f"mungekey could not make a key: {made.stdout}")
        shutil.chown(munge, "munge", "munge")
        shutil.chown(key, "munge", "munge")
        key.chmod(0o400)
        self.munge_socket = munge / "munge.socket"
        # munged refuses to run as root; it runs as its own user, as the package's service does.
        self._start("munged", ["runuser", "-u", "munge", "--", "munged",
                               f"--key-file={key}", f"--socket={self.munge_socket}",
                               f"--pid-file={munge / 'munged.pid'}",
                               f"--log-file={munge / 'munged.log'}",
                               f"--seed-file={munge / 'munged.seed'}"],
                    munge / "munged.pid", munge / "munged.log")

    def _write_config(self):
        host = socket.gethostname().split(".")[0]
        cpus = os.cpu_count()
        with open("/proc/meminfo") as f:
            mem_kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
        for sub in ("state", "spool"):
            (self.folder / sub).mkdir()
        f = self.folder
        # Two GPUs that are not there: the documented script asks for one GPU per task, and the
        # scheduler needs GPUs to hand out. The jobs themselves render on the CPU.
        (f / "gres.conf").write_text(f"NodeName={host} Name=gpu File=/dev/null\n"
                                     f"NodeName={host} Name=gpu File=/dev/zero\n")
        self.conf.write_text(f"""\
ClusterName=vxfarmtest
SlurmctldHost={host}(127.0.0.1)
SlurmctldPort={free_port()}
SlurmdPort={free_port()}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket={self.munge_socket}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
GresTypes=gpu
StateSaveLocation={f / 'state'}
SlurmdSpoolDir={f / 'spool'}
SlurmctldPidFile={f / 'slurmctld.pid'}
SlurmdPidFile={f / 'slurmd.pid'}
SlurmctldLogFile={f / 'slurmctld.log'}
SlurmdLogFile={f / 'slurmd.log'}
NodeName={host} NodeAddr=127.0.0.1 CPUs={cpus} RealMemory={mem_kib // 1024 * 9 // 10} Gres=gpu:2 State=UNKNOWN
PartitionName=farmtest Nodes=ALL Default=YES MaxTime=INFINITE State=UP
""")

    def _start(self, name, command, pid_file: Path, log_file: Path):
        # Listed before it starts, so that stop() ends it even when it starts too late.
        self.pid_files.append((name, pid_file, log_file))
        started = run(command, env=self.env, timeout=60)
        # The daemons fork into the background; the pid file says they got that far.
        deadline = time.monotonic() + 20
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if started.returncode != 0 or not pid_file.exists():
            raise Failure(f"{name} did not start (exit {started.returncode}): {started.stdout}\n"
                          f"--- {log_file}:\n{tail(log_file)}")

    def _wait_for_idle_node(self):
        deadline = time.monotonic() + 60
        state = ""
        while time.monotonic() < deadline:
            info = run(["sinfo", "-h", "-o", "%T"], env=self.env, timeout=30)
            state = info.stdout.strip()
            if info.returncode == 0 and state == "idle":
                log("slurm: one idle node")
                return
            time.sleep(1)
        raise Failure(f"the Slurm node did not become idle within 60 s (sinfo: {state!r})\n" +
                      self.logs())

    def logs(self):
        return "\n".join(f"--- {name} log {log_file}:\n{tail(log_file)}"
                         for name, _, log_file in self.pid_files)

    def stop(self):
        for name, pid_file, _ in reversed(self.pid_files):
            try:
                pid = int(pid_file.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.2)
            else:
                log(f"{name} ({pid}) ignored SIGTERM; killing it")
                os.kill(pid, signal.SIGKILL)


# ------------------------------------------------------------------ the farm run

def make_inputs(work: Path, model_python: str, source: Path):
    fixtures = Path(os.environ.get("VX_FIXTURES_DIR", source / "../shared/fixtures/vexpress-tiny"))
    if not fixtures.is_dir():
        log(f"SKIP: tiny V-Express fixtures not found at {fixtures} (set VX_FIXTURES_DIR)")
        sys.exit(SKIP)
    shutil.copy(ASTRONAUT, work / "face.png")
    voice = run(["espeak-ng", "-w", str(work / "voice.wav"), "Four talks on two nodes."])
    if voice.returncode != 0:
        raise Failure(f"espeak-ng is needed: {voice.stdout}")
    model = run([model_python, str(source / "scripts/make-tiny-model.py"), str(work / "tiny"),
                 str(fixtures)], timeout=300)
    if model.returncode != 0:
        raise Failure(f"make-tiny-model.py failed: {model.stdout}")
    jobs = ",\n".join(
        f'    {{"image": "face.png", "audio": "voice.wav", "output": "renders/talk-{i}.mp4", '
        f'"seed": {i}}}' for i in range(4))
    (work / "jobs.json").write_text(
        '{"version": 1,\n "defaults": {"models": "tiny/model_ckpts", "device": "cpu", '
        '"steps": 1, "resolutionPx": 64},\n "jobs": [\n' + jobs + "\n]}\n")


def wait_for_array(cluster: Cluster, job_id: str):
    deadline = time.monotonic() + SUBMIT_TIMEOUT_S
    while time.monotonic() < deadline:
        queue = run(["squeue", "-h", "-j", job_id, "-o", "%i %T %R"], env=cluster.env)
        if queue.returncode == 0 and not queue.stdout.strip():
            return
        time.sleep(2)
    run(["scancel", job_id], env=cluster.env)
    raise Failure(f"the array job {job_id} did not end within {SUBMIT_TIMEOUT_S} s:\n"
                  f"{queue.stdout}\n" + cluster.logs())


def check_results(cluster: Cluster, work: Path, submit_dir: Path, job_id: str):
    shown = run(["scontrol", "show", "job", job_id], env=cluster.env)
    tasks = re.findall(r"ArrayTaskId=(\d+).*?JobState=(\w+).*?ExitCode=(\d+:\d+)", shown.stdout,
                       re.S)
    problems = []
    if sorted(t[0] for t in tasks) != ["0", "1"]:
        problems.append(f"expected array tasks 0 and 1, scontrol shows: {shown.stdout}")
    for task, state, code in tasks:
        if state != "COMPLETED" or code != "0:0":
            problems.append(f"task {task}: {state}, exit {code}")
    for task in ("0", "1"):
        out = submit_dir / f"vxstudio-batch-{job_id}_{task}.out"
        cli_log = submit_dir / f"vxstudio-batch-{job_id}_{task}.log"
        for path in (out, cli_log):
            if not path.is_file() or path.stat().st_size == 0:
                problems.append(f"task {task}: no log {path.name}")
        if out.is_file():
            text = out.read_text(errors="replace")
            log(f"--- {out.name}:\n{tail(out, 12)}")
            if f"task {task} of 2" not in text:
                problems.append(f"{out.name} does not say 'task {task} of 2'")
            # Every other job: task 0 renders jobs 0 and 2, task 1 jobs 1 and 3.
            for job in (int(task), int(task) + 2):
                if not re.search(rf"\n{job} +[0-9.]+ s +\S*talk-{job}\.mp4 +done", text):
                    problems.append(f"{out.name} does not list job {job} as done")
    for i in range(4):
        video = work / "renders" / f"talk-{i}.mp4"
        probe = run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,duration",
                     "-of", "csv=p=0", str(video)])
        if probe.returncode != 0 or "h264" not in probe.stdout or "aac" not in probe.stdout:
            problems.append(f"{video.name}: not a video with H.264 and AAC: {probe.stdout}")
        if (work / "renders" / f"talk-{i}.mp4.lock").exists():
            problems.append(f"{video.name}: its lock file was left behind")
    if problems:
        raise Failure("\n".join(problems))


def farm(args, work: Path):
    source = Path(args.source)
    make_inputs(work, args.model_python, source)
    submit_dir = work / "submit"
    submit_dir.mkdir()
    cluster = Cluster(work / "slurm")
    (work / "slurm").mkdir()
    try:
        cluster.start()
        env = dict(cluster.env, VXSTUDIO_CLI=str(Path(args.cli).resolve()))
        # The documented submit command; this node has too few cores and too little memory for
        # the script's --cpus-per-task and --mem, which the command line overrides as a site would.
        started = time.monotonic()
        submit = run(["sbatch", "--parsable", "--array=0-1", "--cpus-per-task=1", "--mem=2G",
                      str(source / DOC_SCRIPTS[0]), str(work / "jobs.json")],
                     env=env, cwd=submit_dir)
        if submit.returncode != 0:
            raise Failure(f"sbatch refused the script: {submit.stdout}\n" + cluster.logs())
        job_id = submit.stdout.strip().split(";")[0]
        log(f"slurm: array job {job_id} submitted")
        wait_for_array(cluster, job_id)
        log(f"slurm: array job {job_id} ended after {time.monotonic() - started:.1f} s")
        check_results(cluster, work, submit_dir, job_id)
    finally:
        cluster.stop()
    log("4 jobs rendered by 2 Slurm array tasks; every output checked with ffprobe")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", required=True, help="the repository root")
    parser.add_argument("--cli", help="the built vxstudio-cli")
    parser.add_argument("--model-python", help="a Python with torch for make-tiny-model.py")
    parser.add_argument("--check-docs", action="store_true",
                        help="only check that the document shows the scripts as they are")
    args = parser.parse_args()
    try:
        check_docs(Path(args.source))
        if args.check_docs:
            return 0
        if os.geteuid() != 0:
            raise Failure("the Slurm farm test must run as root: it starts munged (as the munge "
                          "user), slurmctld and slurmd")
        missing = [tool for tool in ("munged", "mungekey", "slurmctld", "slurmd", "sbatch",
                                     "squeue", "sinfo", "scontrol", "ffprobe", "espeak-ng")
                   if not shutil.which(tool)]
        if missing:
            raise Failure(f"missing {', '.join(missing)}: install the test packages "
                          "(scripts/install-deps.sh test: slurm-wlm, munge, ffmpeg, espeak-ng)")
        work = Path(tempfile.mkdtemp(prefix="vx-farm-"))
        work.chmod(0o755)  # munged, as the munge user, reaches its folder inside
        try:
            farm(args, work)
        finally:
            if os.environ.get("VX_KEEP_FARM_FOLDER"):
                log(f"kept {work}")
            else:
                shutil.rmtree(work, ignore_errors=True)
    except Failure as e:
        print(f"FAIL: {e}", file=sys.stderr, flush=True)
        return 1
    except subprocess.TimeoutExpired as e:
        print(f"FAIL: {e.cmd[0]} did not answer within {e.timeout} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
