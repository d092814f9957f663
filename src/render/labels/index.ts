// The document label catalogues (issue 6): one per language, same keys, `{name}` placeholders.
// Every word the generated documents add around the inputs comes from here.
import type { Lang } from '../../model/types.js';
import { en } from './en.js';
import { fi, type LabelKey } from './fi.js';
import { sv } from './sv.js';

export type { LabelKey };
export type Labels = Readonly<Record<LabelKey, string>>;

export const LABELS: Readonly<Record<Lang, Labels>> = { fi, sv, en };

export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(fi, key);
}

/** The label `key` in `lang` with `{name}` placeholders filled from `args` (as given: callers escape). */
export function label(lang: Lang, key: LabelKey, args: Record<string, string | number> = {}): string {
  return fill(LABELS[lang][key], args);
}

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(args, name) ? String(args[name]) : whole,
  );
}
