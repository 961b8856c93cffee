// Writes the add-in icons (assets/icon-<size>.png) without network or image libraries: an Office-green rounded
// square with a white target (campaign = aim at a segment), antialiased by supersampling, encoded as RGBA PNG with
// node:zlib only. Output is deterministic, so re-running it leaves git clean. Usage: `node scripts/makeIcons.mjs`.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46]; // Excel/Office green #217346
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8; // per axis; 64 samples per pixel is plenty for smooth edges at 16 px

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

/** True when (x, y) lies inside the rounded square [0, s]² with corner radius r. */
function inRoundedSquare(x, y, s, r) {
  const cx = Math.min(Math.max(x, r), s - r);
  const cy = Math.min(Math.max(y, r), s - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** True when (x, y) is on the white glyph: an outer ring and a centre dot. */
function inTarget(x, y, s) {
  const d = Math.hypot(x - s / 2, y - s / 2);
  const ringOuter = 0.37 * s;
  const ringInner = 0.27 * s;
  const dot = 0.13 * s;
  return (d <= ringOuter && d >= ringInner) || d <= dot;
}

/** RGBA pixels, row by row, each row prefixed with PNG filter type 0 (None). */
function render(s) {
  const radius = 0.2 * s;
  const rowBytes = 1 + s * 4;
  const raw = Buffer.alloc(rowBytes * s);
  for (let py = 0; py < s; py++) {
    raw[py * rowBytes] = 0;
    for (let px = 0; px < s; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (!inRoundedSquare(x, y, s, radius)) continue;
          const colour = inTarget(x, y, s) ? WHITE : GREEN;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const o = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = covered ? Math.round(sum[c] / covered) : 0;
      raw[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function png(s) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(render(s), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, png(size));
  console.log(`wrote ${file}`);
}
