/**
 * From the detection network's text-probability map to text boxes (DB post-processing, as PaddleOCR
 * does it for straight document text): pixels over a threshold are grouped into connected regions,
 * each region scored by the mean probability of its box and grown back to the full glyph height
 * (the network marks a shrunk core of each line). The regions' orientation gives the page's skew.
 * Pure functions over typed arrays, no image library.
 */

export interface TextBox {
  /** In map pixels. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Mean probability over the box. */
  readonly score: number;
}

export interface DetectOptions {
  /** A pixel is text above this probability. PaddleOCR: 0.3. */
  readonly threshold?: number;
  /** A region whose box scores below this is dropped. PaddleOCR: 0.6. */
  readonly boxThreshold?: number;
  /** How far a region is grown, as in PaddleOCR's unclip ratio (area × ratio / perimeter). */
  readonly unclipRatio?: number;
}

interface Region {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  count: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
}

/** Connected regions (8-neighbourhood) of pixels over `threshold`. */
function regions(prob: Float32Array, width: number, height: number, threshold: number): Region[] {
  const label = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const out: Region[] = [];
  for (let start = 0; start < prob.length; start++) {
    if (label[start] !== 0 || prob[start]! <= threshold) continue;
    const r: Region = { minX: width, maxX: 0, minY: height, maxY: 0, count: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 };
    out.push(r);
    const id = out.length;
    let top = 0;
    stack[top++] = start;
    label[start] = id;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      r.count++;
      r.sx += x;
      r.sy += y;
      r.sxx += x * x;
      r.syy += y * y;
      r.sxy += x * y;
      if (x < r.minX) r.minX = x;
      if (x > r.maxX) r.maxX = x;
      if (y < r.minY) r.minY = y;
      if (y > r.maxY) r.maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if ((dx === 0 && dy === 0) || nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (label[j] === 0 && prob[j]! > threshold) {
            label[j] = id;
            stack[top++] = j;
          }
        }
      }
    }
  }
  return out;
}

/** Orientation of a region's long axis, in degrees (positive: falling to the right, in image coordinates), and its elongation. */
function orientation(r: Region): { degrees: number; elongation: number } {
  const n = r.count;
  const mx = r.sx / n;
  const my = r.sy / n;
  const cxx = r.sxx / n - mx * mx;
  const cyy = r.syy / n - my * my;
  const cxy = r.sxy / n - mx * my;
  const degrees = (0.5 * Math.atan2(2 * cxy, cxx - cyy) * 180) / Math.PI;
  const spread = Math.sqrt((cxx - cyy) ** 2 + 4 * cxy * cxy);
  const major = (cxx + cyy + spread) / 2;
  const minor = Math.max((cxx + cyy - spread) / 2, 1e-6);
  return { degrees, elongation: Math.sqrt(major / minor) };
}

function weightedMedian(values: readonly { value: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, v) => s + v.weight, 0);
  let acc = 0;
  for (const v of sorted) {
    acc += v.weight;
    if (acc >= total / 2) return v.value;
  }
  return 0;
}

/**
 * The page's skew in degrees (positive: lines fall to the right), from the orientation of its long
 * text regions, weighted by size; 0 when there are too few to tell. Only small skews are measured
 * (a scan fed in crooked); a page on its side is not a skew.
 */
export function estimateSkew(prob: Float32Array, width: number, height: number, threshold = 0.3): number {
  const lines = regions(prob, width, height, threshold)
    .filter((r) => r.count >= 40)
    .map((r) => ({ r, o: orientation(r) }))
    .filter(({ o }) => o.elongation >= 6 && Math.abs(o.degrees) <= 15);
  if (lines.length < 2) return 0;
  return weightedMedian(lines.map(({ r, o }) => ({ value: o.degrees, weight: r.count })));
}

/** Text boxes of a probability map, top to bottom, grown back to full glyph size. */
export function textBoxes(prob: Float32Array, width: number, height: number, options: DetectOptions = {}): TextBox[] {
  const threshold = options.threshold ?? 0.3;
  const boxThreshold = options.boxThreshold ?? 0.6;
  const unclip = options.unclipRatio ?? 1.6;
  const boxes: TextBox[] = [];
  for (const r of regions(prob, width, height, threshold)) {
    const w = r.maxX - r.minX + 1;
    const h = r.maxY - r.minY + 1;
    if (Math.min(w, h) < 3 || r.count < 8) continue;
    let sum = 0;
    for (let y = r.minY; y <= r.maxY; y++) for (let x = r.minX; x <= r.maxX; x++) sum += prob[y * width + x]!;
    const score = sum / (w * h);
    if (score < boxThreshold) continue;
    const grow = (w * h * unclip) / (2 * (w + h));
    boxes.push({
      left: Math.max(0, r.minX - grow),
      top: Math.max(0, r.minY - grow),
      right: Math.min(width, r.maxX + 1 + grow),
      bottom: Math.min(height, r.maxY + 1 + grow),
      score,
    });
  }
  return boxes.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * A probability map of a `pageWidth` × `pageHeight` image, turned by `degrees` (clockwise positive)
 * about the page's centre, as `rotate` turns the page: sampled through page coordinates, since the
 * map's grid is not scaled alike in both directions.
 */
export function rotateMap(prob: Float32Array, width: number, height: number, pageWidth: number, pageHeight: number, degrees: number): Float32Array {
  const out = new Float32Array(prob.length);
  const sx = pageWidth / width;
  const sy = pageHeight / height;
  const cx = pageWidth / 2;
  const cy = pageHeight / 2;
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      // The target pixel's centre in page coordinates, turned back to where it came from.
      const px = (u + 0.5) * sx - cx;
      const py = (v + 0.5) * sy - cy;
      const x = Math.floor((cos * px + sin * py + cx) / sx);
      const y = Math.floor((-sin * px + cos * py + cy) / sy);
      if (x >= 0 && x < width && y >= 0 && y < height) out[v * width + u] = prob[y * width + x]!;
    }
  }
  return out;
}
