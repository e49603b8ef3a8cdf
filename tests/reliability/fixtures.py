"""The inputs of the reliability table: good and bad images, recordings and model folders.

Every file is made here, from the astronaut photo of python3-skimage, espeak-ng speech, FFmpeg
and the tiny V-Express fixture, so the table needs nothing downloaded.
"""
import io
import math
import os
import pickle
import shutil
import struct
import subprocess
import wave
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

ASTRONAUT = Path("/usr/lib/python3/dist-packages/skimage/data/astronaut.png")


def run(command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


# ---------------------------------------------------------------- images

def portrait(folder: Path) -> Image.Image:
    """The astronaut at 256x256: a single face, small enough for fast rows."""
    return Image.open(ASTRONAUT).convert("RGB").resize((256, 256), Image.LANCZOS)


def huge_png(path: Path, side: int = 60000) -> None:
    """A valid, complete 1-bit PNG of side x side pixels (a few hundred KB compressed)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    row = b"\0" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row * 1000) for _ in range(side // 1000))
    body += packer.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" +
                     chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)) +
                     chunk(b"IDAT", body) + chunk(b"IEND", b""))


def make_images(folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    face = portrait(folder)
    paths = {}

    def save(name, image, **kw):
        paths[name] = folder / name
        image.save(paths[name], **kw)

    save("face.png", face)
    save("face.jpg", face, quality=92)
    save("face.webp", face, quality=90)
    save("cmyk.jpg", face.convert("CMYK"), quality=92)
    save("gray.png", face.convert("L"))
    rgba = face.convert("RGBA")
    rgba.putalpha(Image.linear_gradient("L").resize(face.size))
    save("alpha.png", rgba)
    # EXIF orientation 6: the pixels are stored turned, the viewer turns them upright.
    exif = Image.Exif()
    exif[0x0112] = 6
    save("exif-rotated.jpg", face.transpose(Image.ROTATE_90), exif=exif.tobytes(), quality=92)
    frames = [face, face.transpose(Image.FLIP_LEFT_RIGHT)]
    paths["animated.gif"] = folder / "animated.gif"
    frames[0].save(paths["animated.gif"], save_all=True, append_images=frames[1:], duration=200)
    paths["animated.webp"] = folder / "animated.webp"
    frames[0].save(paths["animated.webp"], save_all=True, append_images=frames[1:], duration=200)
    rng = np.random.default_rng(1)
    save("no-face.png", Image.fromarray(
        (rng.random((256, 256, 3)) * 40 + 100).astype(np.uint8)))
    pair = Image.new("RGB", (512, 256))
    pair.paste(face, (0, 0))
    pair.paste(face, (256, 0))
    save("two-faces.png", pair)
    paths["rgb48.png"] = folder / "rgb48.png"
    run(["ffmpeg", "-v", "error", "-y", "-i", str(paths["face.png"]), "-pix_fmt", "rgb48be",
         str(paths["rgb48.png"])])
    paths["empty.png"] = folder / "empty.png"
    paths["empty.png"].write_bytes(b"")
    data = paths["face.png"].read_bytes()
    paths["truncated.png"] = folder / "truncated.png"
    paths["truncated.png"].write_bytes(data[: len(data) // 2])
    jpeg = paths["face.jpg"].read_bytes()
    paths["truncated.jpg"] = folder / "truncated.jpg"
    paths["truncated.jpg"].write_bytes(jpeg[: len(jpeg) // 2])
    paths["text.png"] = folder / "text.png"
    paths["text.png"].write_text("this is not a picture\n")
    paths["huge.png"] = folder / "huge.png"
    huge_png(paths["huge.png"])
    return paths


# ---------------------------------------------------------------- recordings

def write_wav(path: Path, samples: np.ndarray, rate: int, sample_width: int = 2) -> None:
    """Integer PCM WAV; samples are floats in [-1, 1], shape (n,) or (n, channels)."""
    if samples.ndim == 1:
        samples = samples[:, None]
    if sample_width == 1:
        data = np.clip(samples * 127 + 128, 0, 255).astype(np.uint8)
    else:
        data = np.clip(samples * 32767, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(samples.shape[1])
        w.setsampwidth(sample_width)
        w.setframerate(rate)
        w.writeframes(data.tobytes())


def write_float_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    """IEEE float WAV (format 3), which can hold NaN and infinity."""
    if samples.ndim == 1:
        samples = samples[:, None]
    channels = samples.shape[1]
    data = samples.astype("<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, channels, rate, rate * 4 * channels, 4 * channels, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + \
        struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


def speech(folder: Path) -> Path:
    path = folder / "voice.wav"
    run(["espeak-ng", "-w", str(path), "Hello there. This is a short test of the voice."])
    return path


def read_wav(path: Path):
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32)
    return data / 32768.0, rate


def make_recordings(folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"voice.wav": speech(folder)}
    voice, rate = read_wav(paths["voice.wav"])

    def path(name):
        paths[name] = folder / name
        return paths[name]

    # A minute of speech: long enough that a signal lands while frames are being made.
    write_wav(path("minute.wav"), np.tile(voice, int(math.ceil(60 * rate / len(voice)))), rate)
    # One second: the shortest recording a render of the tiny model is quick with.
    write_wav(path("short.wav"), voice[:rate], rate)
    path("empty.wav").write_bytes(b"")
    whole = paths["voice.wav"].read_bytes()
    path("truncated.wav").write_bytes(whole[: len(whole) // 2])
    path("corrupt.wav").write_bytes(b"RIFF" + os.urandom(4000))
    path("text.wav").write_text("not a recording\n")
    write_wav(path("silent.wav"), np.zeros(rate * 2, np.float32), rate)
    write_wav(path("very-short.wav"), voice[: rate // 50], rate)
    # Longer than the hour the decoder accepts (8 kHz 8-bit keeps it near 29 MB).
    t = np.arange(8000 * 3605, dtype=np.float32) / 8000
    write_wav(path("very-long.wav"), 0.3 * np.sin(2 * np.pi * 220 * t), 8000, sample_width=1)
    n8 = np.interp(np.linspace(0, len(voice) - 1, len(voice) * 8000 // rate),
                   np.arange(len(voice)), voice)
    write_wav(path("mono-8k.wav"), n8, 8000)
    write_wav(path("u8-11k.wav"), np.interp(np.linspace(0, len(voice) - 1, len(voice) // 2),
                                            np.arange(len(voice)), voice), 11025, sample_width=1)
    six = np.stack([voice] * 6, axis=1)
    path("six-channels-96k.wav")
    run(["ffmpeg", "-v", "error", "-y", "-i", str(paths["voice.wav"]), "-ac", "6", "-ar", "96000",
         "-c:a", "pcm_f32le", str(paths["six-channels-96k.wav"])])
    del six
    bad = voice.copy()
    bad[len(bad) // 3] = np.nan
    write_float_wav(path("nan.wav"), bad, rate)
    bad = voice.copy()
    bad[len(bad) // 2] = np.inf
    write_float_wav(path("inf.wav"), bad, rate)
    run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=64x64:rate=10",
         "-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(path("video-only.mp4"))])
    run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=64x64:rate=10",
         "-i", str(paths["voice.wav"]), "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         "-c:a", "aac", str(path("talk.mp4"))])
    os.mkfifo(path("pipe.wav"))
    return paths


# ---------------------------------------------------------------- model folders

class _Command:
    """Pickles as a call of `function(*args)`: what a malicious checkpoint holds."""

    def __init__(self, function, *args):
        self.function, self.args = function, args

    def __reduce__(self):
        return self.function, self.args


def malicious_pickles(marker: Path) -> dict:
    """Pickles that would create `marker` if anything unpickled them with Python's rules."""
    import builtins
    import subprocess as sp
    touch = f"open({str(marker)!r}, 'w').write('ran')"
    return {
        "os-system": pickle.dumps(_Command(os.system, f"touch {marker}"), protocol=2),
        "builtins-exec": pickle.dumps(_Command(builtins.exec, touch), protocol=4),
        "builtins-eval": pickle.dumps(_Command(builtins.eval, touch), protocol=2),
        "subprocess-popen": pickle.dumps(_Command(sp.Popen, ["touch", str(marker)]), protocol=2),
    }


def zipped_pickle(payload: bytes) -> bytes:
    """A PyTorch zip checkpoint (archive/data.pkl) holding `payload`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", payload)
        archive.writestr("archive/version", "3\n")
    return buffer.getvalue()


def model_variant(good: Path, folder: Path, replace: dict) -> Path:
    """A copy of the model folder `good` made of symbolic links, with the files named in
    `replace` (relative path -> bytes) written as real files."""
    if folder.exists():
        shutil.rmtree(folder)
    for source in good.rglob("*"):
        target = folder / source.relative_to(good)
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(source)
    for relative, data in replace.items():
        target = folder / relative
        if target.is_symlink():
            target.unlink()
        target.write_bytes(data)
    return folder
