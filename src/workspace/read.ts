// Reading and decoding an input file: its size checked before and after reading, then strict
// UTF-8 (a leading byte-order mark removed). A problem is a diagnostic, never an exception.
import { readFile, stat } from 'node:fs/promises';
import type { DiagnosticInit } from '../diagnostics.js';

/** Inputs are a few hundred kilobytes at most; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A diagnostic about the file, without the file (the caller knows it). */
export type FileProblem = Omit<DiagnosticInit, 'file'>;

/** The decoded text of `file`, or what is wrong with it. */
export async function readInput(file: string): Promise<{ text: string } | { problem: FileProblem }> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) return { problem: tooLarge(size) };
    bytes = await readFile(file);
  } catch (err) {
    return { problem: { code: 'file-unreadable', id: 'file.unreadable', args: { reason: reasonOf(err) }, hintId: 'file.unreadable.hint' } };
  }
  // the file may have grown between stat and read
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: tooLarge(bytes.byteLength) };

  const decoded = decodeUtf8(bytes);
  if (typeof decoded === 'string') return { text: decoded };
  return {
    problem: {
      code: 'encoding',
      id: 'file.encoding',
      args: { byte: decoded.byte },
      hintId: 'file.encoding.hint',
      line: decoded.line,
      column: decoded.column,
      source: decoded.source,
    },
  };
}

function tooLarge(size: number): FileProblem {
  return {
    code: 'file-too-large',
    id: 'file.tooLarge',
    args: { size: (size / (1024 * 1024)).toFixed(1) },
    hintId: 'file.tooLarge.hint',
  };
}

/** The code of a system error (`ENOENT`), else its message. */
export function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

// ---- decoding ---------------------------------------------------------------------------------

interface EncodingProblem {
  byte: string;
  line: number;
  column: number;
  source: string;
}

/**
 * The text without its byte-order mark, or where the first byte that is not UTF-8 is. The fatal
 * decoder does the work; only on failure do we scan for the position it does not report.
 */
export function decodeUtf8(bytes: Uint8Array): string | EncodingProblem {
  try {
    // ignoreBOM: false (the default) removes a leading BOM
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    let lineEnd = bytes.indexOf(0x0a, offset);
    if (lineEnd < 0) lineEnd = bytes.length;
    const lenient = new TextDecoder('utf-8');
    const before = lenient.decode(bytes.subarray(lineStart, offset));
    return {
      byte: bytes[offset]!.toString(16).toUpperCase().padStart(2, '0'),
      line,
      column: before.length + 1,
      source: lenient.decode(bytes.subarray(lineStart, lineEnd)).replace(/\r$/, ''),
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = b[i + k];
      if (cont === undefined || cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
