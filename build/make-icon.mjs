// Draws the app icon (build/icons/512x512.png and 256x256.png) with nothing but Node:
// a red rounded square with two interlocking gold rings — a village and an enterprise,
// joined. Rerun after changing the drawing: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const RED = [200, 16, 46];
const GOLD = [255, 204, 0];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distances in units of the icon size (0..1); coverage from distance gives anti-aliasing.
const roundedSquare = (x, y) => {
  const r = 0.18;
  const qx = Math.abs(x - 0.5) - (0.46 - r);
  const qy = Math.abs(y - 0.5) - (0.46 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (cx, cy) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - 0.17) - 0.045;

function draw(size) {
  const cover = (d) => Math.min(1, Math.max(0, 0.5 - d * size));
  const left = ring(0.39, 0.5);
  const right = ring(0.61, 0.5);
  return png(size, (px, py) => {
    const x = px / size;
    const y = py / size;
    const base = cover(roundedSquare(x, y));
    const gold = Math.max(cover(left(x, y)), cover(right(x, y)));
    const rgb = RED.map((c, i) => Math.round(c * (1 - gold) + GOLD[i] * gold));
    return [...rgb, Math.round(base * 255)];
  });
}

for (const size of [512, 256]) {
  writeFileSync(fileURLToPath(new URL(`./icons/${size}x${size}.png`, import.meta.url)), draw(size));
}
