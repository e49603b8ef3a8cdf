#!/usr/bin/env python3
"""The reliability table: bad inputs and faults through vxstudio-cli, one row each.

Usage: reliability_table.py --cli PATH --model-python PYTHON [--only SUBSTRING] [--keep]

Every row names its input, its command, the exit code and a fragment of the message it must
give; runner.run_row checks, besides, that no input was modified and that no output (finished
or partial) is left when the command fails. A row whose setup cannot be done (e.g. mounting a
small tmpfs) fails with the reason: nothing is skipped.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixtures  # noqa: E402
from runner import Row, run_row  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

# The numeric options of preview and render, with a value inside their range.
PERFORMANCE_OPTIONS = ["--motion", "--yaw", "--pitch", "--roll", "--tempo", "--speech-follow",
                       "--blink-rate", "--blink-duration", "--blink-at", "--expression",
                       "--identity", "--size", "--crf", "--fps", "--motion-seed"]
RENDER_ONLY_OPTIONS = ["--steps", "--guidance", "--seed"]
BAD_NUMBERS = {"nan": "not a finite number", "inf": "not a finite number",
               "-inf": "not a finite number", "-1": "", "1e30": ""}


class Table:
    def __init__(self, work: Path, model_python: str):
        self.work = work
        self.images = fixtures.make_images(work / "images")
        self.audio = fixtures.make_recordings(work / "audio")
        self.models = self.make_models(model_python)
        self.rows = []
        self.count = 0

    def make_models(self, python: str) -> Path:
        subprocess.run([python, str(REPO / "scripts/make-tiny-model.py"), str(self.work / "tiny")],
                       check=True, stdout=subprocess.DEVNULL)
        return self.work / "tiny/model_ckpts"

    def out(self, name="video.mp4") -> Path:
        self.count += 1
        folder = self.work / ("out-%03d" % self.count)
        folder.mkdir()
        return folder / name

    def add(self, name, args, code, fragment, out=None, inputs=(), **kw):
        every = [self.images["face.png"], self.audio["voice.wav"]] + list(inputs)
        self.rows.append(Row(name, [str(a) for a in args], code, fragment, out, every, **kw))

    def preview(self, name, code, fragment, image=None, audio=None, out=None, extra=(), **kw):
        out = self.out() if out is None else out
        image = image or self.images["face.png"]
        audio = audio or self.audio["voice.wav"]
        args = ["preview", "--image", image, "--audio", audio, "--out", out, "--size", "64"]
        self.add(name, args + list(extra), code, fragment, out, [image, audio], **kw)

    def render(self, name, code, fragment, models=None, out=None, extra=(), **kw):
        out = self.out() if out is None else out
        args = ["render", "--image", self.images["face.png"], "--audio", self.audio["short.wav"],
                "--models", models or self.models, "--out", out, "--size", "64", "--steps", "1",
                "--device", "cpu"]
        self.add(name, args + list(extra), code, fragment, out, [self.audio["short.wav"]], **kw)

    # ------------------------------------------------------------ rows

    def image_rows(self):
        i = self.images
        self.preview("image: a good PNG (baseline)", 0, "wrote")
        for name in ["face.jpg", "face.webp", "cmyk.jpg", "rgb48.png", "gray.png", "alpha.png",
                     "exif-rotated.jpg"]:
            self.preview("image: " + name, 0, "wrote", image=i[name])
        self.preview("image: zero bytes", 2, "empty", image=i["empty.png"])
        self.preview("image: truncated PNG", 2, "truncated", image=i["truncated.png"])
        self.preview("image: truncated JPEG", 2, "truncated", image=i["truncated.jpg"])
        self.preview("image: huge dimensions", 2, "too large", image=i["huge.png"])
        self.preview("image: animated WebP", 2, "animated WebP", image=i["animated.webp"])
        self.preview("image: animated GIF", 2, "not a JPEG, PNG, BMP or WebP",
                     image=i["animated.gif"])
        self.preview("image: text named .png", 2, "not a JPEG, PNG", image=i["text.png"])
        self.preview("image: no face", 2, "no face found", image=i["no-face.png"])
        self.preview("image: two faces", 0, "2 faces found", image=i["two-faces.png"])
        self.preview("image: missing", 2, "does not exist", image=self.work / "absent.png")
        self.preview("image: a folder", 2, "not a regular file", image=self.work / "images")
        self.preview("image: a named pipe", 2, "not a regular file", image=self.audio["pipe.wav"],
                     timeout=30)

    def recording_rows(self):
        a = self.audio
        self.preview("audio: zero bytes", 2, "empty", audio=a["empty.wav"])
        self.preview("audio: truncated WAV", 2, "truncated", audio=a["truncated.wav"])
        self.preview("audio: corrupt", 2, "not a readable audio", audio=a["corrupt.wav"])
        self.preview("audio: text named .wav", 2, "not a readable audio", audio=a["text.wav"])
        self.preview("audio: silent", 2, "silent", audio=a["silent.wav"])
        self.preview("audio: very short (20 ms)", 0, "wrote", audio=a["very-short.wav"])
        self.preview("audio: very long (over an hour)", 2, "longer than the maximum",
                     audio=a["very-long.wav"])
        self.preview("audio: 8 kHz mono", 0, "wrote", audio=a["mono-8k.wav"])
        self.preview("audio: 11025 Hz 8-bit", 0, "wrote", audio=a["u8-11k.wav"])
        self.preview("audio: 96 kHz six channels float", 0, "wrote",
                     audio=a["six-channels-96k.wav"])
        self.preview("audio: NaN samples", 2, "not numbers", audio=a["nan.wav"])
        self.preview("audio: infinite samples", 2, "not numbers", audio=a["inf.wav"])
        self.preview("audio: video without sound", 2, "no audio track", audio=a["video-only.mp4"])
        self.preview("audio: video with sound", 0, "wrote", audio=a["talk.mp4"])
        self.preview("audio: missing", 2, "does not exist", audio=self.work / "absent.wav")
        self.preview("audio: a named pipe nobody writes", 2, "not a regular file",
                     audio=a["pipe.wav"], timeout=30)
        fed = self.work / "fed.wav"

        def feed():
            os.mkfifo(fed)

            def writer():  # opens the pipe for writing and feeds it the recording
                try:
                    with open(fed, "wb") as pipe:
                        pipe.write(a["voice.wav"].read_bytes())
                except OSError:
                    pass
            threading.Thread(target=writer, daemon=True).start()

        def unfeed():
            try:  # unblock the writer if the command never opened the pipe
                descriptor = os.open(fed, os.O_RDONLY | os.O_NONBLOCK)
                os.close(descriptor)
            except OSError:
                pass
            fed.unlink(missing_ok=True)
        self.preview("audio: a named pipe that is fed", 2, "not a regular file", audio=fed,
                     setup=feed, teardown=unfeed, timeout=30)

    def model_rows(self):
        good = self.models
        self.render("model: the tiny model (baseline)", 0, "wrote", timeout=300)
        self.render("model: missing folder", 3, "is not a folder", models=self.work / "no-models")
        unet = "v-express/denoising_unet.bin"
        data = (good / unet).read_bytes()
        variants = {
            "truncated checkpoint": ({unet: data[: len(data) // 2]}, 3, "denoising_unet.bin"),
            "random checkpoint": ({unet: os.urandom(4096)}, 3, "denoising_unet.bin"),
            "wrong shapes": ({unet: (good / "v-express/reference_net.bin").read_bytes()}, 3,
                             "denoising_unet.bin"),
            "config not JSON": ({"stable-diffusion-v1-5/unet/config.json": b"{ not json"}, 3,
                                "config.json"),
        }
        config = (good / "stable-diffusion-v1-5/unet/config.json").read_text()
        for label, channels in [("1e9", "1000000000"), ("100000", "100000")]:
            variants["absurd channel count " + label] = (
                {"stable-diffusion-v1-5/unet/config.json":
                 config.replace('"block_out_channels": [\n    32,',
                                '"block_out_channels": [\n    %s,' % channels).encode()},
                3, "out of range")
        variants["negative channel count"] = (
            {"stable-diffusion-v1-5/unet/config.json":
             config.replace('"block_out_channels": [\n    32,',
                            '"block_out_channels": [\n    -32,').encode()}, 3, "config.json")
        hyper = (good / "hyperparameters.json").read_text()
        variants["absurd hyperparameter"] = (
            {"hyperparameters.json": hyper.replace('"dim": 64', '"dim": 1e9', 1).encode()}, 3,
            "out of range")
        for label, (replace, code, fragment) in variants.items():
            folder = fixtures.model_variant(good, self.work / ("model-" + label.replace(" ", "-")),
                                            replace)
            self.render("model: " + label, code, fragment, models=folder)
        for label, payload in fixtures.malicious_pickles(self.work / "pwned").items():
            for wrapping, data in [("raw", payload), ("zip", fixtures.zipped_pickle(payload))]:
                folder = fixtures.model_variant(
                    good, self.work / ("model-pickle-%s-%s" % (label, wrapping)), {unet: data})
                self.render("model: malicious pickle %s (%s)" % (label, wrapping), 3,
                            "denoising_unet.bin", models=folder, marker=self.work / "pwned")
        case = self.work / "bad-case.safetensors"
        case.write_bytes(b"\x08\0\0\0\0\0\0\0{}garbage")
        self.add("parity: a damaged case file", ["parity", "--models", good, "--case", case], 2,
                 "not a usable case file", inputs=[case])

    def option_rows(self):
        for option in PERFORMANCE_OPTIONS:
            for value, fragment in BAD_NUMBERS.items():
                self.preview("option: %s %s" % (option, value), 2, fragment or option,
                             extra=[option, value])
        for option in RENDER_ONLY_OPTIONS:
            for value in ["nan", "inf", "-1", "1e30"]:
                self.render("option: render %s %s" % (option, value), 2, option,
                            extra=[option, value])
        self.preview("option: --size 0", 2, "out of range", extra=["--size", "0"])
        self.preview("option: --size 65 (odd)", 2, "not a multiple of 8", extra=["--size", "65"])
        self.preview("option: --size 2048 (above 1024)", 2, "out of range",
                     extra=["--size", "2048"])
        self.preview("option: --fps 0", 2, "out of range", extra=["--fps", "0"])
        self.preview("option: --tempo 0", 2, "out of range", extra=["--tempo", "0"])
        self.render("option: render --steps 0", 2, "out of range", extra=["--steps", "0"])
        self.render("option: render --steps 2.5", 2, "not a whole number", extra=["--steps", "2.5"])
        self.render("option: render --blink-seed -1", 2, "out of range",
                    extra=["--blink-seed", "-1"])
        self.preview("option: --expression 0 (allowed)", 0, "wrote", extra=["--expression", "0"])
        self.render("option: render --seed 2^64", 2, "out of range",
                    extra=["--seed", "18446744073709551616"])
        self.preview("option: blink after the end", 0, "after the end of the recording",
                     extra=["--blink-at", "500"])

    def output_rows(self):
        a, i = self.audio, self.images
        self.preview("output: the recording itself", 2, "also an input", out=a["talk.mp4"],
                     audio=a["talk.mp4"])
        spelled = a["talk.mp4"].parent / ".." / a["talk.mp4"].parent.name / "." / "talk.mp4"
        self.preview("output: the recording spelled differently", 2, "also an input",
                     out=spelled, audio=a["talk.mp4"])
        link = self.work / "hard-link.mp4"
        os.link(a["talk.mp4"], link)
        self.preview("output: a hard link to the recording", 2, "also an input", out=link,
                     audio=a["talk.mp4"])
        symlink = self.work / "sym-link.mp4"
        symlink.symlink_to(a["talk.mp4"])
        self.preview("output: a symbolic link to the recording", 2, "also an input",
                     out=symlink, audio=a["talk.mp4"])
        self.preview("output: the recording (voice.wav)", 2, "names no container",
                     out=a["voice.wav"])
        self.preview("output: the photo", 2, "names no container", out=i["face.png"])
        folder = self.out().parent
        self.preview("output: a folder", 4, "is a folder", out=folder)
        self.preview("output: a missing folder", 4, "does not exist",
                     out=self.work / "no-such-folder" / "video.mp4")
        self.preview("output: .avi", 2, ".mp4, .m4v or .mov", out=self.out("video.avi"))
        self.preview("output: .wav", 2, ".mp4, .m4v or .mov", out=self.out("video.wav"))
        self.preview("output: no extension", 2, ".mp4, .m4v or .mov", out=self.out("video"))
        self.preview("output: .mov", 0, "wrote", out=self.out("video.mov"))
        self.preview("output: .MP4 in capitals", 0, "wrote", out=self.out("video.MP4"))
        empty = ["preview", "--image", i["face.png"], "--audio", a["voice.wav"], "--out", ""]
        self.add("output: empty name", empty, 2, "no output file was given")
        for label, options in [("read-only", "ro,size=1m"), ("full", "size=64k")]:
            mount = self.work / ("mount-" + label)
            mount.mkdir()

            def do_mount(mount=mount, options=options):
                subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
                               check=True, capture_output=True)

            def do_unmount(mount=mount):
                subprocess.run(["umount", str(mount)], capture_output=True)
            out = mount / "video.mp4"
            self.preview("output: a %s file system" % label, 4, "video.mp4", out=out,
                         extra=["--audio", a["minute.wav"]] if label == "full" else [],
                         setup=do_mount, teardown=do_unmount)
            if label == "full":  # --audio given twice: keep only the long one
                args = self.rows[-1].args
                first = args.index("--audio")
                del args[first:first + 2]

    def signal_rows(self):
        long_audio = self.audio["minute.wav"]
        for sig, code in [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)]:
            for stage in ["portrait", "audio", "preview"]:
                self.preview("signal: %s during %s" % (sig.name, stage), code, "cancel",
                             audio=long_audio, stop=(sig, stage))
            self.render("signal: %s during render's model loading" % sig.name, code, "cancel",
                        stop=(sig, "models"), timeout=300)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--model-python", default=sys.executable)
    parser.add_argument("--only", default="")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vx-reliability-"))
    try:
        table = Table(work, options.model_python)
        for part in [table.image_rows, table.recording_rows, table.model_rows, table.option_rows,
                     table.output_rows, table.signal_rows]:
            part()
        rows = [r for r in table.rows if options.only in r.name]
        start = time.monotonic()
        lock = threading.Lock()

        def one(row):
            t = time.monotonic()
            problems = run_row(options.cli, row)
            with lock:
                status = "FAIL" if problems else "ok"
                print("%-4s %5.1fs  %s" % (status, time.monotonic() - t, row.name), flush=True)
                for p in problems:
                    print("       " + p, flush=True)
            return bool(problems)
        # Most rows are a process start and a quick refusal: two at a time. The signal rows
        # time their signal on the progress lines and run alone, so a busy machine cannot
        # shift them.
        timed = [r for r in rows if r.stop]
        with ThreadPoolExecutor(max_workers=options.jobs) as pool:
            failed = sum(pool.map(one, [r for r in rows if not r.stop]))
        failed += sum(one(r) for r in timed)
        print("%d rows, %d failed, %.0f s" % (len(rows), failed, time.monotonic() - start))
        return 1 if failed or not rows else 0
    finally:
        if not options.keep:
            for mount in work.glob("mount-*"):
                subprocess.run(["umount", str(mount)], capture_output=True)
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept", work)


if __name__ == "__main__":
    sys.exit(main())
