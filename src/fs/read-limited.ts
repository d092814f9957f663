// Reading one file that an input names, so that no file can hang or exhaust `lnhs` (issue 12):
// only a regular file is read (a FIFO, socket, device or folder is refused, never waited on),
// never more than a limit, and never more files at once than a small bound (EMFILE).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** The 5 MiB of SPEC 8: every file that lnhs reads (inputs, templates, import JSON). */
export const READ_LIMIT_BYTES = 5 * 1024 * 1024;

export class ReadRefusedError extends Error {
  override name = 'ReadRefusedError';
  constructor(
    readonly path: string,
    /** `not-a-file`: a folder, FIFO, socket or device; `too-large`: over the limit */
    readonly why: 'not-a-file' | 'too-large',
    readonly size: number,
    readonly kind: string,
  ) {
    super(why === 'too-large' ? `${path} is larger than the limit` : `${path} is a ${kind}, not a file`);
  }
}

// O_NONBLOCK: opening a FIFO for reading waits for a writer; with it, the open returns and the
// fstat below refuses the FIFO. It does not change how a regular file is read.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The kind of a non-regular file, for messages. */
function kindOf(st: import('node:fs').Stats): string {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'special file';
}

// At most this many files are open at once: a workspace of thousands of boards read in parallel
// would otherwise fail some of them with EMFILE.
const MAX_OPEN = 64;
let openNow = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (openNow >= MAX_OPEN) await new Promise<void>((resolve) => waiting.push(resolve));
  openNow++;
  return () => {
    openNow--;
    waiting.shift()?.();
  };
}

/**
 * The bytes of `file` if it is a regular file of at most `limit` bytes; a ReadRefusedError if
 * it is something else or larger, and the file system's own error (ENOENT, EACCES, ELOOP…)
 * otherwise. The check is made on the open handle, so the file cannot be swapped in between.
 */
export async function readLimited(file: string, limit: number = READ_LIMIT_BYTES, options: { noFollow?: boolean } = {}): Promise<Buffer> {
  const release = await slot();
  try {
    // noFollow: `file` is a real path already checked to lie inside the workspace; a link put in
    // its place since then fails with ELOOP instead of being followed
    const handle = await open(file, options.noFollow ? FLAGS | constants.O_NOFOLLOW : FLAGS);
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new ReadRefusedError(file, 'not-a-file', 0, kindOf(st));
      if (st.size > limit) throw new ReadRefusedError(file, 'too-large', st.size, 'file');
      // read one byte more than the limit: a file that grew after the fstat is caught too
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buffer = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total) || 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) throw new ReadRefusedError(file, 'too-large', total, 'file');
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } finally {
    release();
  }
}

/** Strict UTF-8 text of `file` (a BOM removed); undefined when the bytes are not UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
