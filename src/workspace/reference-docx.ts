// The workspace's house style for Word (issue 15): `templates/reference.docx`, whose styles
// (fonts, colours, heading styles) the generated Word files take, as pandoc's reference
// document gives its styles. Only word/styles.xml is read from it. A file that is not a .docx,
// too large, or without styles is a diagnostic; nothing here throws on bad input.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { readLimited, ReadRefusedError } from '../fs/read-limited.js';

export const REFERENCE_DOCX = 'reference.docx';
/** A reference document holds styles, not content: 5 MiB as for every input (SPEC 8). */
const MAX_DOCX_BYTES = 5 * 1024 * 1024;
/** word/styles.xml of a real template is tens of kilobytes; more is not a style sheet */
const MAX_STYLES_BYTES = 5 * 1024 * 1024;
const STYLES = 'word/styles.xml';

export interface ReferenceStyles {
  /** word/styles.xml, when the workspace has a usable reference.docx */
  styles?: string;
  diagnostics: Diagnostic[];
}

/** The styles of `<templatesDir>/reference.docx`; nothing when there is none. */
export async function readReferenceStyles(templatesDir: string | undefined): Promise<ReferenceStyles> {
  if (!templatesDir) return { diagnostics: [] };
  const file = path.join(templatesDir, REFERENCE_DOCX);
  const fail = (init: Omit<Parameters<typeof diagnostic>[0], 'code' | 'file'>): ReferenceStyles => ({
    diagnostics: [diagnostic({ code: 'reference-docx', file, ...init })],
  });

  const exists = await lstat(file).catch(() => undefined);
  if (!exists) return { diagnostics: [] };
  // like a template, the reference document comes from the templates folder only (SPEC 8)
  let real: string;
  try {
    const [root, resolved] = await Promise.all([realpath(templatesDir), realpath(file)]);
    if (!resolved.startsWith(root + path.sep)) return fail({ id: 'referenceDocx.outside' });
    real = resolved;
  } catch {
    return fail({ id: 'referenceDocx.outside' });
  }

  let bytes: Uint8Array;
  try {
    // checked on the open handle: a regular file, at most the limit (issue 12 item 2)
    bytes = await readLimited(real, MAX_DOCX_BYTES, { noFollow: true });
  } catch (error) {
    if (error instanceof ReadRefusedError && error.why === 'too-large') return fail(tooLarge(error.size));
    const detail = error instanceof ReadRefusedError ? `a ${error.kind}, not a file` : (error as { code?: unknown }).code;
    return fail({ id: 'referenceDocx.invalid', args: { detail: typeof detail === 'string' ? detail : 'unreadable' }, hintId: 'referenceDocx.invalid.hint' });
  }
  return parseReferenceDocx(bytes, file);
}

/** word/styles.xml of the bytes of a .docx file, or a diagnostic naming `file`. */
export function parseReferenceDocx(bytes: Uint8Array, file: string): ReferenceStyles {
  const fail = (init: Omit<Parameters<typeof diagnostic>[0], 'code' | 'file'>): ReferenceStyles => ({
    diagnostics: [diagnostic({ code: 'reference-docx', file, ...init })],
  });
  if (bytes.byteLength > MAX_DOCX_BYTES) return fail(tooLarge(bytes.byteLength));
  // a zip file starts with a local file header: PK\3\4
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) {
    return fail({ id: 'referenceDocx.invalid', args: { detail: 'not a zip package' }, hintId: 'referenceDocx.invalid.hint' });
  }
  let styles: Uint8Array | undefined;
  let declared = -1;
  try {
    const files = unzipSync(bytes, {
      // only the styles are inflated, and only when their declared size is within bounds
      filter: (f) => {
        if (f.name !== STYLES) return false;
        declared = f.originalSize;
        return f.originalSize <= MAX_STYLES_BYTES;
      },
    });
    styles = files[STYLES];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ id: 'referenceDocx.invalid', args: { detail }, hintId: 'referenceDocx.invalid.hint' });
  }
  if (declared > MAX_STYLES_BYTES) return fail(tooLarge(declared));
  if (!styles) return fail({ id: 'referenceDocx.noStyles', hintId: 'referenceDocx.invalid.hint' });
  if (styles.byteLength !== declared) {
    return fail({ id: 'referenceDocx.invalid', args: { detail: `${STYLES} is damaged` }, hintId: 'referenceDocx.invalid.hint' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(styles).replace(/^\uFEFF/, '');
  } catch {
    return fail({ id: 'referenceDocx.invalid', args: { detail: `${STYLES} is not UTF-8` }, hintId: 'referenceDocx.invalid.hint' });
  }
  if (!/<w:styles\b[^>]*>/.test(text) || !/<\/w:styles>\s*$/.test(text)) {
    return fail({ id: 'referenceDocx.noStyles', hintId: 'referenceDocx.invalid.hint' });
  }
  return { styles: text, diagnostics: [] };
}

function tooLarge(bytes: number) {
  return {
    id: 'referenceDocx.tooLarge' as const,
    args: { size: (bytes / 1024 / 1024).toFixed(1), max: MAX_DOCX_BYTES / 1024 / 1024 },
    hintId: 'referenceDocx.tooLarge.hint' as const,
  };
}
