// The workspace's own stylesheet and logo beside its templates (issue 14): read inside the
// templates folder only, within a size limit, and checked for what they claim to be.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { readLimited, ReadRefusedError } from '../fs/read-limited.js';
import { REPLACE_MARK, type HouseStyle } from './html.js';

/** Larger than this, a stylesheet or a logo is refused: a page is not the place for it. */
export const HOUSE_FILE_LIMIT = 1024 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The workspace's house style (issue 14, README "House style"): `templates/style.css` is added
 * after the built-in stylesheet, or replaces it when its first line is `/* lnhs: replace *\/`;
 * `templates/logo.svg` (or `logo.png`) goes on the cover. The logo is embedded as an <img> data
 * URI: an SVG shown as an image runs no script and loads nothing, whatever it holds. A file that
 * cannot be used is a warning, and the page is made without it.
 */
export async function loadHouseStyle(templatesDir: string, diagnostics: Diagnostic[]): Promise<HouseStyle | undefined> {
  let root: string;
  try {
    root = await realpath(templatesDir);
  } catch {
    return undefined;
  }
  const read = async (name: string): Promise<Buffer | undefined> => {
    const file = path.join(templatesDir, name);
    let real: string;
    try {
      real = await realpath(file);
    } catch {
      return undefined; // no such file: nothing to add
    }
    const refuse = (reason: string) => {
      diagnostics.push(
        diagnostic({ severity: 'warning', code: 'template', file, id: 'template.asset', args: { name, reason }, hintId: 'template.asset.hint' }),
      );
      return undefined;
    };
    if (!real.startsWith(root + path.sep)) return refuse('outside the templates folder');
    try {
      // a regular file only, read no further than the limit (a FIFO would hang the run)
      return await readLimited(real, HOUSE_FILE_LIMIT, { noFollow: true });
    } catch (error) {
      if (error instanceof ReadRefusedError)
        return refuse(error.why === 'too-large' ? `${error.size} bytes, more than ${HOUSE_FILE_LIMIT}` : `a ${error.kind}, not a file`);
      return refuse((error as { code?: string }).code ?? String(error));
    }
  };
  const house: HouseStyle = {};
  const css = await read('style.css');
  if (css) {
    const text = css.toString('utf8').replace(/^\uFEFF/, '');
    const first = text.split('\n', 1)[0]!.trim();
    house.css = { text, replace: first === REPLACE_MARK };
  }
  const svg = await read('logo.svg');
  if (svg) {
    const text = svg.toString('utf8');
    if (/<svg[\s>]/.test(text)) house.logo = withRatio(`data:image/svg+xml;base64,${svg.toString('base64')}`, svgRatio(text));
    else
      diagnostics.push(
        diagnostic({ severity: 'warning', code: 'template', file: path.join(templatesDir, 'logo.svg'), id: 'template.asset', args: { name: 'logo.svg', reason: 'not an SVG image' }, hintId: 'template.asset.hint' }),
      );
  }
  const png = house.logo ? undefined : await read('logo.png');
  if (png) {
    if (png.subarray(0, 8).equals(PNG_SIGNATURE)) house.logo = withRatio(`data:image/png;base64,${png.toString('base64')}`, pngRatio(png));
    else
      diagnostics.push(
        diagnostic({ severity: 'warning', code: 'template', file: path.join(templatesDir, 'logo.png'), id: 'template.asset', args: { name: 'logo.png', reason: 'not a PNG image' }, hintId: 'template.asset.hint' }),
      );
  }
  return house.css || house.logo ? house : undefined;
}

function withRatio(uri: string, ratio: number | undefined): NonNullable<HouseStyle['logo']> {
  return ratio !== undefined && Number.isFinite(ratio) && ratio > 0 ? { uri, ratio } : { uri };
}

/** A PNG's width / height from its IHDR chunk (bytes 16–23), or undefined. */
export function pngRatio(png: Buffer): number | undefined {
  if (png.length < 24 || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return width > 0 && height > 0 ? width / height : undefined;
}

/**
 * An SVG's width / height from its root element: `width` and `height` in the same unit, else
 * the `viewBox`; undefined when neither says (the header then assumes 3 : 1).
 */
export function svgRatio(svg: string): number | undefined {
  const tag = /<svg\b([^>]*)>/.exec(svg)?.[1];
  if (tag === undefined) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const value = (name: string) => {
    const m = attr(name);
    return m ? (m[1] ?? m[2] ?? '').trim() : undefined;
  };
  const length = (text: string | undefined) => {
    const m = text === undefined ? null : /^(\d+(?:\.\d+)?)\s*(px|mm|cm|in|pt|pc|)$/.exec(text);
    return m ? { n: Number(m[1]), unit: m[2] } : undefined;
  };
  const w = length(value('width'));
  const h = length(value('height'));
  if (w && h && w.unit === h.unit && w.n > 0 && h.n > 0) return w.n / h.n;
  const box = value('viewBox')?.split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) return box[2]! / box[3]!;
  return undefined;
}
