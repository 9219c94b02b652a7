#!/usr/bin/env node
// Draws the app's two icons: a shield with a check mark (the compliance service guards and
// confirms). color.png 192x192 in the enterprise's colours, outline.png 32x32 white on
// transparent as Teams requires. Shapes are maths, anti-aliased by 8x8 supersampling.
// Run: node manifest/make-icons.mjs [folder]   (default: rewrites manifest/color.png and outline.png)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './scripts/png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NAVY = [0x0b, 0x3d, 0x5c];   // accent colour, manifest accentColor #0B3D5C
const SKY = [0x00, 0xaf, 0xca];    // sky blue of the state flag
const GOLD = [0xfe, 0xc5, 0x0c];   // gold of the state flag
const WHITE = [0xff, 0xff, 0xff];

// Shield in unit coordinates, centred at x = 0.5: straight sides, then an elliptic curve to the point.
function insideShield(x, y, scale = 1) {
  const cx = 0.5, cy = 0.52;
  const u = (x - cx) / scale, v = (y - cy) / scale;
  const top = -0.36, shoulder = -0.02, bottom = 0.38, half = 0.31;
  if (v < top || v > bottom) return false;
  // A shallow notch in the top edge makes it read as a shield, not a badge.
  if (v < top + 0.05 * (1 - Math.abs(u) / half) ** 2 && Math.abs(u) < half) return false;
  if (v <= shoulder) return Math.abs(u) <= half;
  const t = (v - shoulder) / (bottom - shoulder);
  return Math.abs(u) <= half * Math.sqrt(1 - t * t);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const CHECK = [[0.35, 0.52], [0.46, 0.64], [0.67, 0.40]];
function onCheck(x, y, width) {
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) <= width / 2 || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= width / 2;
}

// paint(x, y) returns [r, g, b, a] for a point; render averages 8x8 samples per pixel.
function render(size, paint) {
  const n = 8, out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
        }
      }
      const i = (py * size + px) * 4, alpha = acc[3] / (n * n);
      // Premultiplied average back to straight alpha; fully transparent pixels stay white so the
      // outline icon holds white or transparent pixels only.
      out.set(alpha === 0 ? [255, 255, 255, 0] : [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3]].map(Math.round).concat(Math.round(alpha * 255)), i);
    }
  }
  return out;
}

const color = render(192, (x, y) => {
  if (onCheck(x, y, 0.085) && insideShield(x, y, 0.86)) return [...WHITE, 1];
  if (insideShield(x, y, 0.86)) return [...SKY, 1];
  if (insideShield(x, y)) return [...GOLD, 1];
  return [...NAVY, 1];
});

// At 32 px a filled shield would be a blob: draw its rim and the check mark instead.
const outline = render(32, (x, y) => {
  const rim = insideShield(x, y, 1.12) && !insideShield(x, y, 0.9);
  return rim || onCheck(x, y, 0.11) ? [...WHITE, 1] : [...WHITE, 0];
});

const folder = process.argv[2] ?? here;
writeFileSync(join(folder, 'color.png'), encodePng(192, 192, color));
writeFileSync(join(folder, 'outline.png'), encodePng(32, 32, outline));
console.log(`wrote ${join(folder, 'color.png')} (192x192) and ${join(folder, 'outline.png')} (32x32)`);
