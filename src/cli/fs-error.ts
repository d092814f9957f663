// A file-system error is the environment's problem (a folder in the way, no permission, a full
// disk, a read-only mount), not a bug: one line and exit 1, never exit 70 or a stack trace
// (SPEC 6, issue 12 item 5). Every command's errors pass through `fsErrorLine`.
import path from 'node:path';
import type { Locale } from '../messages/index.js';

const REASONS: Record<Locale, Record<string, string>> = {
  en: {
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'exists already',
    EPERM: 'operation not permitted',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'does not exist',
    ELOOP: 'is a symbolic link, or a loop of them',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files in the system',
    EBUSY: 'is in use',
    EIO: 'input/output error',
    EXDEV: 'is on another file system',
    ENAMETOOLONG: 'name too long',
  },
  fi: {
    EISDIR: 'on kansio',
    ENOTDIR: 'polun osa ei ole kansio',
    EEXIST: 'on jo olemassa',
    EPERM: 'toiminto ei ole sallittu',
    EACCES: 'ei käyttöoikeutta',
    EROFS: 'vain luku -tiedostojärjestelmä',
    ENOSPC: 'laitteella ei ole tilaa',
    EDQUOT: 'levykiintiö on täynnä',
    ENOENT: 'ei ole olemassa',
    ELOOP: 'on symbolinen linkki tai linkkien silmukka',
    EMFILE: 'liian monta avointa tiedostoa',
    ENFILE: 'järjestelmässä on liian monta avointa tiedostoa',
    EBUSY: 'on käytössä',
    EIO: 'siirräntävirhe',
    EXDEV: 'on eri tiedostojärjestelmässä',
    ENAMETOOLONG: 'nimi on liian pitkä',
  },
};

/** The error's code when it is one of the file system's (`EISDIR`), else undefined. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** `out/plan.md: is a folder (EISDIR)`, or undefined for an error that is not the file system's. */
export function fsErrorLine(error: unknown, cwd: string, locale: Locale): string | undefined {
  const code = fsErrorCode(error);
  if (!code) return undefined;
  const e = error as { path?: unknown; target?: unknown; reason?: unknown };
  const where = typeof e.target === 'string' ? e.target : typeof e.path === 'string' ? e.path : undefined;
  const reason = typeof e.reason === 'string' && locale === 'en' ? e.reason : (REASONS[locale][code] ?? REASONS.en[code] ?? code.toLowerCase());
  // relative to the current folder when below it, else as it is
  const relative = where === undefined ? undefined : path.relative(cwd, where);
  const shown = where === undefined ? undefined : relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : where;
  return shown ? `${shown}: ${reason} (${code})` : `${reason} (${code})`;
}
