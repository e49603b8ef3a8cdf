"""Writes the images the vx_media image-loader tests read (generated, never committed).

Usage: media_make_test_images.py OUTDIR [--huge]

astronaut.{png,bmp,webp,jpg}, astronaut.rgb and astronaut-jpg.rgb (the raw RGB bytes Pillow
decodes from the PNG and from the JPEG: the references the C++ loader is compared with); grey, 16-bit, alpha and EXIF-rotated variants;
8000x8000 JPEG and PNG (only with --huge: they take seconds); and broken files (truncated, corrupt, text named .png).
"""
import io
import os
import struct
import sys
import zlib

import numpy as np
from PIL import Image

ASTRONAUT = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png"


def write_png16(path, array):
    """A 16-bit PNG (grey [H,W] or RGB [H,W,3] uint16), written by hand: Pillow cannot."""
    height, width = array.shape[:2]
    colour_type = 0 if array.ndim == 2 else 2
    raw = b"".join(b"\x00" + array[y].astype(">u2").tobytes() for y in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 16, colour_type, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main(out, huge):
    os.makedirs(out, exist_ok=True)
    astronaut = Image.open(ASTRONAUT).convert("RGB")
    rgb = np.asarray(astronaut)
    with open(os.path.join(out, "astronaut.rgb"), "wb") as f:
        f.write(rgb.tobytes())
    astronaut.save(os.path.join(out, "astronaut.png"))
    astronaut.save(os.path.join(out, "astronaut.bmp"))
    astronaut.save(os.path.join(out, "astronaut.webp"), lossless=True)
    astronaut.save(os.path.join(out, "astronaut.jpg"), quality=95)
    with open(os.path.join(out, "astronaut-jpg.rgb"), "wb") as f:
        f.write(np.asarray(Image.open(os.path.join(out, "astronaut.jpg")).convert("RGB")).tobytes())

    # Odd size, grey.
    astronaut.convert("L").crop((0, 0, 301, 203)).save(os.path.join(out, "grey.png"))
    astronaut.convert("L").save(os.path.join(out, "grey.jpg"), quality=95)

    # 16-bit: value v8*257, so an exact 8-bit conversion gives v8 back.
    write_png16(os.path.join(out, "rgb16.png"), rgb.astype(np.uint16) * 257)
    write_png16(os.path.join(out, "grey16.png"), rgb[:, :, 1].astype(np.uint16) * 257)

    # Alpha: left third transparent over black, middle third half transparent red, right third
    # opaque green.
    rgba = np.zeros((60, 90, 4), np.uint8)
    rgba[:, 30:60] = (255, 0, 0, 128)
    rgba[:, 60:] = (0, 255, 0, 255)
    Image.fromarray(rgba, "RGBA").save(os.path.join(out, "alpha.png"))
    Image.fromarray(rgba, "RGBA").save(os.path.join(out, "alpha.webp"), lossless=True)

    # EXIF orientation 6 ("rotate 90 degrees clockwise to display"): stored landscape 96x64
    # with a red block at the stored top-left corner.
    stored = np.full((64, 96, 3), 200, np.uint8)
    stored[:16, :24] = (255, 0, 0)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(stored).save(os.path.join(out, "exif6.jpg"), quality=95, exif=exif.tobytes())

    if huge:
        write_huge(out)

    write_broken(out)


def write_huge(out):
    """8000x8000, smooth so it encodes quickly and small: R ramps along x, G along y, B = 90."""
    ramp = np.linspace(0, 255, 8000).astype(np.uint8)
    big = np.stack(np.broadcast_arrays(ramp[None, :], ramp[:, None], np.full((1, 1), 90, np.uint8)), -1)
    Image.fromarray(np.ascontiguousarray(big)).save(os.path.join(out, "big.jpg"), quality=85)
    Image.fromarray(np.ascontiguousarray(big)).save(os.path.join(out, "big.png"), compress_level=1)


def write_broken(out):
    for name in ("astronaut.jpg", "astronaut.png", "astronaut.webp", "astronaut.bmp"):
        data = open(os.path.join(out, name), "rb").read()
        stem, ext = os.path.splitext(name)
        with open(os.path.join(out, "truncated" + ext), "wb") as f:
            f.write(data[: len(data) // 2])
    rng = np.random.default_rng(7)
    with open(os.path.join(out, "corrupt.jpg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0" + rng.integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with open(os.path.join(out, "corrupt.png"), "wb") as f:
        data = bytearray(open(os.path.join(out, "astronaut.png"), "rb").read())
        data[200:4000] = rng.integers(0, 256, 3800, dtype=np.uint8).tobytes()
        f.write(bytes(data))
    with open(os.path.join(out, "text.png"), "w") as f:
        f.write("This is not a picture.\n")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != "--huge"):
        sys.exit(__doc__)
    main(sys.argv[1], len(sys.argv) == 3)
