// A small inline SVG trend line for an indicator with several years (SPEC 2.4, issue 3).
// Only in the HTML; its text alternative names the direction and the first and last values.
import { escapeHtml, plainText } from './escape.js';

export interface TrendInput {
  /** the values in year order */
  values: readonly number[];
  /** the text alternative, plain text */
  label: string;
}

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

const fixed = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

export function trendSvg({ values, label }: TrendInput): string {
  // a loop, not Math.min(...values) (no spread of an array of any size, issue 12); halves, so that
  // the span of values near ±1.7e308 is still finite and no coordinate becomes NaN
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max / 2 - min / 2;
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const points = values.map((v, i) => {
    const x = PAD + i * step;
    const y = span === 0 || !Number.isFinite(span) ? HEIGHT / 2 : PAD + (1 - (v / 2 - min / 2) / span) * (HEIGHT - 2 * PAD);
    return [fixed(x), fixed(y)] as const;
  });
  const last = points[points.length - 1]!;
  const text = escapeHtml(plainText(label));
  return (
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${text}" focusable="false">` +
    `<title>${text}</title>` +
    `<polyline points="${points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="#0b5394" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>` +
    `<circle cx="${last[0]}" cy="${last[1]}" r="2.5" fill="#0b5394"/>` +
    `</svg>`
  );
}
