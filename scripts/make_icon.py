#!/usr/bin/env python3
"""Writes assets/icon-512.png, the PNG twin of assets/icon.svg (two skill bars and an arrow),
for browsers and install prompts that want a bitmap. Standard library only."""
import struct
import zlib
from pathlib import Path

N = 512
BLUE, WHITE, GOLD = (0x0B, 0x4F, 0x8A), (0xFF, 0xFF, 0xFF), (0xFF, 0xBF, 0x47)
px = [[BLUE] * N for _ in range(N)]


def rect(x0, y0, x1, y1, colour):
    for y in range(max(0, y0), min(N, y1)):
        for x in range(max(0, x0), min(N, x1)):
            px[y][x] = colour


def outline(x0, y0, x1, y1, w, colour):
    rect(x0, y0, x1, y0 + w, colour)
    rect(x0, y1 - w, x1, y1, colour)
    rect(x0, y0, x0 + w, y1, colour)
    rect(x1 - w, y0, x1, y1, colour)


outline(88, 128, 424, 200, 16, WHITE)
rect(88, 128, 296, 200, WHITE)
outline(88, 232, 424, 304, 16, WHITE)
rect(88, 232, 216, 304, WHITE)
rect(100, 364, 392, 388, GOLD)
for i in range(40):  # the arrow head
    rect(360 + i, 336 + i, 384 + i, 340 + i, GOLD)
    rect(360 + i, 412 - i, 384 + i, 416 - i, GOLD)

raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
out = Path(__file__).resolve().parent.parent / "assets" / "icon-512.png"
out.write_bytes(png)
print(f"{out}: {len(png)} bytes")
