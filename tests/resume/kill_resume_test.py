#!/usr/bin/env python3
"""Resumable renders, end to end, through the real vxstudio-cli and the tiny model.

1. An uninterrupted render is the reference.
2. The same render is killed with SIGKILL five times at random points (before the first step is
   saved, after a random number of denoising steps, after a random number of written frames),
   each time continued with `render --resume`, until it finishes; its frames must equal the
   reference's. Between kills, a render without --resume and one with a changed setting must be
   refused (exit 2) without touching the saved state.
3. The disk (a small tmpfs) fills up mid-render: exit 4, a message naming the folder, the
   state intact, no partial video; once the space is freed, --resume finishes it with the
   reference's frames.
The kill points come from a seeded generator (printed, and settable with --seed) so a failure can
be replayed.
"""
import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ASTRONAUT = Path("/usr/lib/python3/dist-packages/skimage/data/astronaut.png")
SKIP = 77
STEPS = 4
POLL_S = 0.01


class Failure(Exception):
    pass


def log(text):
    print(text, flush=True)


class Render:
    def __init__(self, cli, models, speech, work):
        self.cli, self.models, self.speech, self.work = cli, models, speech, work

    def args(self, out, extra=()):
        return [self.cli, "render", "--image", str(ASTRONAUT), "--audio", str(self.speech),
                "--models", str(self.models), "--out", str(out), "--size", "64", "--steps",
                str(STEPS), "--device", "cpu", *extra]

    def run(self, out, extra=(), timeout=600):
        return subprocess.run(self.args(out, extra), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=timeout)


def state_folder(out):
    return Path(str(out) + ".vxrender")


def saved_progress(out):
    """(steps done, frames written) of the state beside `out`; (0, 0) when there is none."""
    folder = state_folder(out)
    try:
        steps = json.loads((folder / "state.json").read_text())["stepsDone"]
    except (OSError, ValueError, KeyError):
        return 0, 0
    frames = folder / "frames"
    count = len(list(frames.glob("*.png"))) if frames.is_dir() else 0
    return steps, count


def frames_of(video):
    """Every decoded frame of a video as raw RGB bytes (ffmpeg)."""
    done = subprocess.run(["ffmpeg", "-v", "error", "-i", str(video), "-f", "rawvideo",
                           "-pix_fmt", "rgb24", "-"], stdout=subprocess.PIPE, check=True)
    return done.stdout


def require_same_frames(video, reference, what):
    got, want = frames_of(video), frames_of(reference)
    if len(got) != len(want):
        raise Failure(f"{what}: {len(got)} bytes of frames, the reference has {len(want)}")
    worst = max((abs(a - b) for a, b in zip(got, want)), default=0)
    if worst > 0:
        raise Failure(f"{what}: frames differ from the uninterrupted render (max {worst} levels)")
    same_file = Path(video).read_bytes() == Path(reference).read_bytes()
    log(f"  {what}: every frame equals the uninterrupted render's"
        f" (file {'byte-identical' if same_file else 'differs in its container bytes'})")


def require_clean_folder(out):
    leftovers = [p.name for p in Path(out).parent.iterdir() if "vx-partial" in p.name]
    if leftovers:
        raise Failure("partial files left beside the output: " + ", ".join(leftovers))
    if state_folder(out).exists():
        raise Failure(f"the finished render left its state {state_folder(out)}")


def kill_when(render, out, ready, delay_s, timeout=600):
    """Starts `render --resume`, waits until ready(steps, frames) holds (or for `delay_s` after
    the process started when ready is None), then SIGKILLs it. Returns True when it was killed,
    False when the render finished first."""
    process = subprocess.Popen(render.args(out, ["--resume"]), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    start = time.monotonic()
    try:
        while process.poll() is None:
            if time.monotonic() - start > timeout:
                raise Failure("a render did not finish in time")
            now = time.monotonic() - start
            if (ready is None and now >= delay_s) or (ready is not None and
                                                        ready(*saved_progress(out))):
                if ready is not None:
                    time.sleep(delay_s)
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    return True
            time.sleep(POLL_S)
    finally:
        output = process.stdout.read()
        process.stdout.close()
    if process.returncode != 0:
        raise Failure(f"a resumed render failed ({process.returncode}):\n{output[-3000:]}")
    return False


def refusals_keep_the_state(render, out):
    before = sorted(p.name for p in state_folder(out).rglob("*"))
    plain = render.run(out)
    if plain.returncode != 2 or "--resume" not in plain.stdout:
        raise Failure(f"a render over a saved state was not refused with exit 2 naming --resume "
                      f"({plain.returncode}):\n{plain.stdout[-2000:]}")
    changed = render.run(out, ["--resume", "--seed", "7"])
    if changed.returncode != 2 or "changed" not in changed.stdout:
        raise Failure(f"resuming with another seed was not refused with exit 2 ({changed.returncode}):"
                      f"\n{changed.stdout[-2000:]}")
    after = sorted(p.name for p in state_folder(out).rglob("*"))
    if before != after:
        raise Failure("a refused render changed the saved state")
    log("  refused: a plain render over the state (exit 2), a changed seed (exit 2); state kept")


def kill_and_resume(render, reference, rng):
    out = render.work / "killed" / "talk.mp4"
    out.parent.mkdir()
    frames_total = len(frames_of(reference)) // (64 * 64 * 3)
    first_frames = rng.randint(1, frames_total // 2)
    later_frames = rng.randint(first_frames + 1, frames_total - 6)
    step_a = rng.randint(1, STEPS - 1)
    plan = [
        ("before any step is saved", None, rng.uniform(0.3, 2.0)),
        (f"after step {step_a}", lambda s, f: s >= step_a, rng.uniform(0.0, 0.3)),
        (f"after step {STEPS}", lambda s, f: s >= STEPS, rng.uniform(0.0, 0.1)),
        (f"after {first_frames} frames", lambda s, f: f >= first_frames, rng.uniform(0.0, 0.1)),
        (f"after {later_frames} frames", lambda s, f: f >= later_frames, 0.0),
    ]
    kills = 0
    for label, ready, delay in plan:
        if kill_when(render, out, ready, delay):
            kills += 1
            steps, frames = saved_progress(out)
            log(f"  SIGKILL {label} (+{delay:.2f} s): state has {steps} steps, {frames} frames")
            if kills == 2:
                refusals_keep_the_state(render, out)
        else:
            log(f"  the render finished before the kill {label}")
            break
    if kills < 5:
        raise Failure(f"only {kills} of 5 kills hit a running render")
    finished = render.run(out, ["--resume"])
    if finished.returncode != 0 or "resuming" not in finished.stdout:
        raise Failure(f"the last --resume did not resume and finish ({finished.returncode}):\n"
                      f"{finished.stdout[-3000:]}")
    require_clean_folder(out)
    require_same_frames(out, reference, "killed 5 times and resumed")


def fill_disk(folder):
    """Writes a filler file until the file system is full (another program taking the space)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        block = b"\0" * 4096
        while True:
            try:
                if os.write(fd, block) <= 0:
                    break
            except OSError:
                break
    finally:
        try:
            os.close(fd)
        except OSError:
            pass
    return filler


def full_disk_then_resume(render, reference):
    """The disk fills up while the render runs (after its pre-flight found enough space)."""
    mount = render.work / "small-disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
    try:
        out = mount / "talk.mp4"
        process = subprocess.Popen(render.args(out), stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        while process.poll() is None and saved_progress(out)[0] < 2:
            time.sleep(POLL_S)
        filler = fill_disk(mount)
        output = process.communicate(timeout=600)[0]
        if process.returncode != 4 or str(mount) not in output:
            raise Failure(f"a full disk did not give exit 4 naming the folder "
                          f"({process.returncode}):\n{output[-3000:]}")
        steps, frames = saved_progress(out)
        if steps < 2:
            raise Failure(f"the full disk lost saved work: the state has {steps} steps")
        if out.exists() or any("vx-partial" in p.name for p in mount.iterdir()):
            raise Failure("the full disk left a video or a partial file")
        log(f"  disk filled mid-render: exit 4, state intact ({steps} steps, {frames} frames)")
        filler.unlink()
        resumed = render.run(out, ["--resume"])
        if resumed.returncode != 0 or "resuming" not in resumed.stdout:
            raise Failure(f"--resume after freeing space failed ({resumed.returncode}):\n"
                          f"{resumed.stdout[-3000:]}")
        require_clean_folder(out)
        require_same_frames(out, reference, "resumed after a full disk")
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--model-python", default=sys.executable)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    if not (Path(options.fixtures) / "model_ckpts").is_dir():
        log(f"SKIP: the tiny fixtures are not at {options.fixtures}")
        return SKIP
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    log(f"kill points from seed {seed} (rerun with --seed {seed})")
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="vx-resume-") as temporary:
        work = Path(temporary)
        subprocess.run([options.model_python, str(Path(options.source) / "scripts" /
                                                  "make-tiny-model.py"), str(work / "tiny"),
                        options.fixtures], check=True, stdout=subprocess.DEVNULL)
        speech = work / "speech.wav"
        subprocess.run(["espeak-ng", "-w", str(speech),
                        "Resume after any interruption, and get the same video."], check=True)
        render = Render(options.cli, work / "tiny" / "model_ckpts", speech, work)
        reference = work / "reference.mp4"
        started = time.monotonic()
        done = render.run(reference)
        if done.returncode != 0:
            raise Failure(f"the uninterrupted render failed:\n{done.stdout[-3000:]}")
        log(f"uninterrupted render: {time.monotonic() - started:.1f} s")
        require_clean_folder(reference)
        kill_and_resume(render, reference, rng)
        full_disk_then_resume(render, reference)
    log("PASS")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as e:
        log(f"FAIL: {e}")
        sys.exit(1)
