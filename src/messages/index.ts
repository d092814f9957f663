// Messages for the command line and diagnostics, in English and Finnish (issue 6: the command
// line speaks Finnish when the locale says so). Codes of diagnostics never change with language.
import { en, type MessageId } from './en.js';
import { fi } from './fi.js';

export type Locale = 'en' | 'fi';
export type { MessageId };
export type MessageArgs = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageId, string>> = { en, fi };

/** The message `id` in `locale`, with `{name}` placeholders filled from `args`. */
export function t(id: MessageId, args: MessageArgs = {}, locale: Locale = 'en'): string {
  const template = catalogues[locale][id] ?? en[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(args, name) ? String(args[name]) : whole,
  );
}

/** The CLI locale from `--lang` or the environment: Finnish when LC_ALL, LC_MESSAGES or LANG starts with `fi`. */
export function detectLocale(env: Record<string, string | undefined>, flag?: string): Locale {
  if (flag === 'fi' || flag === 'en') return flag;
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
