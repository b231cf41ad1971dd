#!/usr/bin/env python3
"""tools/report/pngstat.py FILE...: for each PNG print its width, height,
the number of distinct colours and the share of pixels that are not
(near) white, so a test can tell a drawn chart or page from a blank one.
Reads 8-bit non-interlaced PNGs (what gnuplot's pngcairo and Chromium
write) with the standard library only."""
import struct
import sys
import zlib


def pixels(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('%s: not a PNG' % path)
    pos, idat, palette = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'PLTE':
            palette = [tuple(body[i:i + 3]) for i in range(0, len(body), 3)]
        elif kind == b'IDAT':
            idat.append(body)
        pos += 12 + length
    if depth != 8 or interlace:
        raise ValueError('%s: only 8-bit non-interlaced PNGs' % path)
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(b''.join(idat))
    stride = width * channels
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, ctype, channels, palette, rows


def main():
    for path in sys.argv[1:]:
        width, height, ctype, channels, palette, rows = pixels(path)
        colours, nonwhite = set(), 0
        for line in rows:
            for x in range(0, len(line), channels):
                px = line[x:x + channels]
                if ctype == 3:
                    rgb = palette[px[0]]
                elif ctype in (0, 4):
                    rgb = (px[0],) * 3
                else:
                    rgb = tuple(px[:3])
                if ctype in (4, 6) and px[-1] == 0:
                    rgb = (255, 255, 255)        # transparent counts as background
                colours.add(rgb)
                if min(rgb) < 240:
                    nonwhite += 1
        print('%s %d %d %d %.4f' % (path, width, height, len(colours), nonwhite / float(width * height)))


if __name__ == '__main__':
    main()
