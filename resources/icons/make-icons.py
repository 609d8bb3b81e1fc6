#!/usr/bin/env python3
"""Draws Hearth's application icon (a house with a flame inside, on a warm rounded square) as PNGs
and as an SVG of the same shapes.

Standard library only, so it runs anywhere: each pixel is the coverage of 8x8 samples against
simple shapes. Run it from this folder to regenerate hearth-<size>.png and hearth.svg. The build
installs them as the desktop icon (hicolor theme) and compiles the PNGs into the program.
"""
import struct
import zlib

SIZES = (16, 24, 32, 48, 64, 128, 256)
SAMPLES = 8

BACKGROUND = (178, 62, 38)  # terracotta
HOUSE = (255, 246, 232)  # warm white
FLAME = (240, 150, 40)  # amber
FLAME_CORE = (252, 206, 84)  # yellow


def in_rounded_square(x, y, inset=0.04, radius=0.2):
    lo, hi = inset, 1.0 - inset
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def in_house(x, y):
    roof = in_triangle(x, y, (0.5, 0.16), (0.14, 0.48), (0.86, 0.48))
    body = 0.23 <= x <= 0.77 and 0.46 <= y <= 0.84
    return roof or body


def in_flame(x, y, scale=1.0):
    # A teardrop: a circle at the bottom and a pointed top, centred in the house body.
    cx, cy, r = 0.5, 0.70, 0.11 * scale
    if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
        return True
    top = (cx, cy - 0.30 * scale)
    return in_triangle(x, y, top, (cx - r * 0.97, cy - r * 0.25), (cx + r * 0.97, cy - r * 0.25))


def colour_at(x, y):
    if not in_rounded_square(x, y):
        return None
    if in_flame(x, y + 0.02, 0.55):
        return FLAME_CORE
    if in_flame(x, y):
        return FLAME
    if in_house(x, y):
        return HOUSE
    return BACKGROUND


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type: none
        for px in range(size):
            r = g = b = covered = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    colour = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                    if colour:
                        covered += 1
                        r += colour[0]
                        g += colour[1]
                        b += colour[2]
            if covered:
                row += bytes((r // covered, g // covered, b // covered, covered * 255 // (SAMPLES * SAMPLES)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def svg():
    """The same shapes as colour_at(), as vectors on a 256-unit canvas."""
    u = 256

    def hex_colour(c):
        return "#%02x%02x%02x" % c

    def flame(scale, lift, colour):
        cx, cy, r = 0.5 * u, (0.70 - lift) * u, 0.11 * scale * u
        top = (cx, cy - 0.30 * scale * u)
        left = (cx - r * 0.97, cy - r * 0.25)
        right = (cx + r * 0.97, cy - r * 0.25)
        points = " ".join("%g,%g" % (round(x, 3), round(y, 3)) for x, y in (top, left, right))
        return ('  <circle cx="%g" cy="%g" r="%g" fill="%s"/>\n  <polygon points="%s" fill="%s"/>\n'
                % (round(cx, 3), round(cy, 3), round(r, 3), hex_colour(colour), points, hex_colour(colour)))

    inset, radius = 0.04 * u, 0.2 * u
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!-- Hearth\'s application icon, drawn by make-icons.py: do not edit by hand. -->\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n' % (u, u, u, u)
        + '  <rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>\n'
        % (inset, inset, u - 2 * inset, u - 2 * inset, radius, hex_colour(BACKGROUND))
        + '  <polygon points="%g,%g %g,%g %g,%g" fill="%s"/>\n'
        % (0.5 * u, 0.16 * u, 0.14 * u, 0.48 * u, 0.86 * u, 0.48 * u, hex_colour(HOUSE))
        + '  <rect x="%g" y="%g" width="%g" height="%g" fill="%s"/>\n'
        % (0.23 * u, 0.46 * u, 0.54 * u, 0.38 * u, hex_colour(HOUSE))
        + flame(1.0, 0.0, FLAME)
        + flame(0.55, 0.02, FLAME_CORE)
        + "</svg>\n"
    )


if __name__ == "__main__":
    with open("hearth.svg", "w", encoding="utf-8") as out:
        out.write(svg())
    for size in SIZES:
        with open(f"hearth-{size}.png", "wb") as out:
            out.write(png(size, render(size)))
