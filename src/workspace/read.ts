// Reading and decoding an input file (issue 12 item 2): the file must lie inside the workspace
// once every symbolic link is resolved (a link within it is fine), must be a regular file (a FIFO,
// socket, device or folder is a diagnostic, never a hang), and at most 5 MiB; src/fs/read-limited.ts
// checks the open handle and bounds how many files are open at once (EMFILE). Then strict UTF-8,
// a leading byte-order mark removed. A problem is a diagnostic, never an exception.
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticInit } from '../diagnostics.js';
import { READ_LIMIT_BYTES, readLimited, ReadRefusedError } from '../fs/read-limited.js';
import type { MessageId } from '../messages/index.js';

/** Inputs are a few hundred kilobytes at most; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = READ_LIMIT_BYTES;

/** A diagnostic about the file, without the file (the caller knows it). */
export type FileProblem = Omit<DiagnosticInit, 'file'>;

/**
 * The decoded text of `file`, or what is wrong with it. With `rootReal` (the workspace folder's
 * real path), the file's real path must lie inside it: a repository cannot make lnhs read
 * /proc/self/environ or a file of another project through a committed link.
 */
export async function readInput(file: string, rootReal?: string): Promise<{ text: string } | { problem: FileProblem }> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (err) {
    return { problem: await openProblem(file, err) };
  }
  if (rootReal !== undefined && !isInside(real, rootReal)) return { problem: { code: 'outside-workspace', id: 'file.outside', hintId: 'file.outside.hint' } };
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(real, READ_LIMIT_BYTES, { noFollow: true });
  } catch (err) {
    return { problem: await openProblem(file, err) };
  }
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

/** Whether the real path `real` lies inside the real path `rootReal` of a folder. */
export function isInside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
}

/** Why `file` could not be opened or read, as a diagnostic with its own code and message. */
export async function openProblem(file: string, err: unknown): Promise<FileProblem> {
  if (err instanceof ReadRefusedError) {
    if (err.why === 'too-large') return tooLarge(err.size);
    return notAFile(err.kind === 'folder' ? 'file.notFile.folder' : err.kind === 'FIFO' ? 'file.notFile.fifo' : err.kind === 'socket' ? 'file.notFile.socket' : 'file.notFile.device');
  }
  const code = reasonOf(err);
  if (code === 'ELOOP') return notAFile('file.linkLoop');
  // opening a socket fails with ENXIO, and some devices with their own codes: say what it is
  if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EPERM') {
    const st = await stat(file).catch(() => undefined);
    if (st && !st.isFile())
      return notAFile(st.isDirectory() ? 'file.notFile.folder' : st.isFIFO() ? 'file.notFile.fifo' : st.isSocket() ? 'file.notFile.socket' : 'file.notFile.device');
  }
  // ENOENT for a name that readdir listed: a symbolic link to nothing (or deleted meanwhile)
  if (code === 'ENOENT' && (await lstat(file).then((s) => s.isSymbolicLink(), () => false))) return notAFile('file.brokenLink');
  return { code: 'file-unreadable', id: 'file.unreadable', args: { reason: code }, hintId: 'file.unreadable.hint' };
}

function notAFile(id: MessageId): FileProblem {
  return { code: 'not-a-file', id, hintId: 'file.notFile.hint' };
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
