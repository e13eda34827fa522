#!/usr/bin/env node
// @ts-nocheck
// Draws the add-in's icons into assets/: `node scripts/make-icons.mjs`.
//
// The motif: a deep-blue (#1F4E78) rounded square holding a scorecard bar chart, three ascending
// bars (amber, green, white) on a white baseline. Each size has its own hand-placed geometry on
// whole pixels, so the 16 and 32 px icons stay crisp instead of being a large drawing scaled down;
// shapes are anti-aliased by supersampling each pixel. The PNGs are committed; rerun this after
// changing the drawing.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const BLUE = [0x1f, 0x4e, 0x78];
const AMBER = [0xff, 0xc0, 0x00];
const GREEN = [0x92, 0xd0, 0x50];
const WHITE = [0xff, 0xff, 0xff];

/**
 * Geometry per size, in pixels: the background's corner radius, the bars' left edges, width,
 * bottom and tops, the baseline (null for none) and the bars' top-corner radius.
 */
const LAYOUTS = {
  16: {
    radius: 3,
    barX: [3, 7, 11],
    barW: 2,
    barBottom: 12,
    barTops: [8, 5, 2],
    baseline: { x: 2, y: 12, h: 1 },
    barRadius: 0,
  },
  32: {
    radius: 6,
    barX: [5, 13, 21],
    barW: 6,
    barBottom: 25,
    barTops: [18, 12, 6],
    baseline: { x: 4, y: 25, h: 2 },
    barRadius: 1,
  },
  64: {
    radius: 12,
    barX: [13, 27, 41],
    barW: 10,
    barBottom: 49,
    barTops: [36, 25, 13],
    baseline: { x: 10, y: 49, h: 3 },
    barRadius: 2,
  },
  80: {
    radius: 15,
    barX: [16, 34, 52],
    barW: 12,
    barBottom: 61,
    barTops: [45, 31, 16],
    baseline: { x: 13, y: 61, h: 3 },
    barRadius: 2.5,
  },
};

/** Larger sizes: the 80 px design scaled, rounded to whole pixels. */
function layoutFor(size) {
  if (LAYOUTS[size]) return LAYOUTS[size];
  const k = size / 80;
  const base = LAYOUTS[80];
  const r = (v) => Math.round(v * k);
  return {
    radius: r(base.radius),
    barX: base.barX.map(r),
    barW: r(base.barW),
    barBottom: r(base.barBottom),
    barTops: base.barTops.map(r),
    baseline: { x: r(base.baseline.x), y: r(base.baseline.y), h: r(base.baseline.h) },
    barRadius: base.barRadius * k,
  };
}

/** Is the point inside the rectangle [x0,x1]x[y0,y1] with the given corner radii (tl, tr, br, bl)? */
function inRoundRect(px, py, x0, y0, x1, y1, [tl, tr, br, bl]) {
  if (px < x0 || px > x1 || py < y0 || py > y1) return false;
  const corner = (cx, cy, r) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  if (tl > 0 && px < x0 + tl && py < y0 + tl) return corner(x0 + tl, y0 + tl, tl);
  if (tr > 0 && px > x1 - tr && py < y0 + tr) return corner(x1 - tr, y0 + tr, tr);
  if (br > 0 && px > x1 - br && py > y1 - br) return corner(x1 - br, y1 - br, br);
  if (bl > 0 && px < x0 + bl && py > y1 - bl) return corner(x0 + bl, y1 - bl, bl);
  return true;
}

function shapesFor(size) {
  const L = layoutFor(size);
  const shapes = [{ color: BLUE, rect: [0, 0, size, size], radii: [L.radius, L.radius, L.radius, L.radius] }];
  const colors = [AMBER, GREEN, WHITE];
  L.barX.forEach((x, i) => {
    const r = L.barRadius;
    shapes.push({ color: colors[i], rect: [x, L.barTops[i], x + L.barW, L.barBottom], radii: [r, r, 0, 0] });
  });
  if (L.baseline) {
    const { x, y, h } = L.baseline; // symmetric: from x to size - x
    shapes.push({ color: WHITE, rect: [x, y, size - x, y + h], radii: [0, 0, 0, 0] });
  }
  return shapes;
}

/** Renders the icon: each pixel's coverage by each shape from an n x n grid of samples. */
function render(size) {
  const n = size <= 32 ? 16 : 8;
  const shapes = shapesFor(size);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // premultiplied accumulation of "source over" for each shape, averaged over the samples
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = x + (sx + 0.5) / n;
          const py = y + (sy + 0.5) / n;
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0;
          for (const s of shapes) {
            const [x0, y0, x1, y1] = s.rect;
            if (inRoundRect(px, py, x0, y0, x1, y1, s.radii)) {
              [cr, cg, cb] = s.color;
              ca = 1;
            }
          }
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (y * size + x) * 4;
      const samples = n * n;
      const alpha = a / samples;
      png.data[i + 3] = Math.round(alpha * 255);
      png.data[i] = alpha > 0 ? Math.round(r / a) : 0;
      png.data[i + 1] = alpha > 0 ? Math.round(g / a) : 0;
      png.data[i + 2] = alpha > 0 ? Math.round(b / a) : 0;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const outDir = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "assets");
mkdirSync(outDir, { recursive: true });
const files = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["logo-filled.png", 300],
];
for (const [name, size] of files) {
  writeFileSync(join(outDir, name), render(size));
  console.log(`assets/${name} (${size}x${size})`);
}
