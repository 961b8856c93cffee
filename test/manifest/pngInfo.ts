// Reads and checks a PNG file the way a strict decoder would: signature, chunk CRCs, IHDR first, IDAT present and
// inflating to exactly the bytes the header promises, IEND last. Enough to trust "this is a W×H PNG" offline.
import { inflateSync } from "node:zlib";

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Samples per pixel for each PNG colour type (greyscale, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Parses a PNG and returns its header; throws with the reason when the file is not a valid PNG. */
export function readPng(file: Buffer): PngInfo {
  if (file.length < SIGNATURE.length || !file.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error("missing PNG signature");
  }
  const chunks: { type: string; data: Buffer }[] = [];
  let offset = SIGNATURE.length;
  while (offset < file.length) {
    if (offset + 12 > file.length) throw new Error(`truncated chunk at byte ${offset}`);
    const length = file.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > file.length) throw new Error(`chunk at byte ${offset} runs past the end of the file`);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.subarray(0, 4).toString("latin1");
    if (crc32(typeAndData) !== file.readUInt32BE(offset + 8 + length)) throw new Error(`bad CRC in ${type} chunk`);
    chunks.push({ type, data: typeAndData.subarray(4) });
    offset = end;
  }
  const [first] = chunks;
  if (first?.type !== "IHDR" || first.data.length !== 13) throw new Error("first chunk is not a 13-byte IHDR");
  if (chunks[chunks.length - 1]?.type !== "IEND") throw new Error("last chunk is not IEND");
  const info: PngInfo = {
    width: first.data.readUInt32BE(0),
    height: first.data.readUInt32BE(4),
    bitDepth: first.data[8] ?? 0,
    colourType: first.data[9] ?? 0,
  };
  const interlace = first.data[12];
  const channels = CHANNELS[info.colourType];
  if (channels === undefined) throw new Error(`unknown colour type ${info.colourType}`);
  if (info.width === 0 || info.height === 0) throw new Error("zero width or height");
  const idat = chunks.filter((chunk) => chunk.type === "IDAT").map((chunk) => chunk.data);
  if (idat.length === 0) throw new Error("no IDAT chunk");
  const pixels = inflateSync(Buffer.concat(idat));
  if (interlace === 0) {
    const expected = info.height * (1 + Math.ceil((info.width * channels * info.bitDepth) / 8));
    if (pixels.length !== expected) throw new Error(`image data is ${pixels.length} bytes, header implies ${expected}`);
  }
  return info;
}
