// Links in the Markdown outputs follow the same rule as the HTML (SPEC 8, issue 12): a link
// keeps its target only when it is http, https or mailto; any other target (`javascript:`,
// `data:`, `vbscript:` in any casing, after spaces or U+00A0, relative paths) leaves the link's
// text alone. plan.md and agenda.md are published too, and a Markdown viewer would follow them.
//
// Input text reaches the Markdown through escape.ts: `<` is always escaped there, so autolinks
// (`<javascript:…>`) and pointy destinations (`[a](<javascript:…>)`) cannot form; what is left
// are inline links `[text](target)` and, in prose, reference definitions `[label]: target`. This
// module finds both as CommonMark reads them and rewrites the unsafe ones. Because plan.html is
// rendered from the same Markdown, the HTML shows exactly what the Markdown shows.

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Whether a link target may be kept: http, https and mailto only (SPEC 8). */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

// CommonMark: a backslash escapes ASCII punctuation only
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** The target as a renderer reads it: backslash escapes removed. */
function destination(raw: string): string {
  return raw.replace(ESCAPED, '$1');
}

// Enough of a target to tell its scheme: `mailto:` and `https://` with room for escapes and spaces.
const PREFIX = 48;
// How far an unsafe link's end is looked for; past it the link is broken up instead.
const MAX_LINK = 16 * 1024;

/**
 * Whether the inline link target that starts after `src[open]` (`(`) is safe. Only its first
 * characters are looked at, so this is constant time per `](`.
 */
function safeTargetAt(src: string, open: number): boolean {
  let i = open + 1;
  while (i < src.length && i < open + PREFIX && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++;
  let prefix = src.slice(i, i + PREFIX);
  if (prefix.startsWith('<') || prefix.startsWith('\\<')) prefix = prefix.replace(/^\\?</, '');
  return isSafeHref(destination(prefix).split(/[\s)]/)[0]!);
}

/** The index after the `)` that ends the inline link whose `(` is at `open`, or undefined. */
function linkEnd(src: string, open: number): number | undefined {
  const limit = Math.min(src.length, open + MAX_LINK);
  let i = open + 1;
  while (i < limit && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++;
  // the target: balanced parentheses, up to whitespace
  let depth = 0;
  for (; i < limit; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === ' ' || c === '\t' || c === '\n') break;
  }
  // an optional title in "", '' or (), then `)`
  while (i < limit && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++;
  const quote = src[i];
  if (quote === '"' || quote === "'" || quote === '(') {
    const closing = quote === '(' ? ')' : quote;
    for (i++; i < limit && src[i] !== closing; i++) if (src[i] === '\\') i++;
    i++;
    while (i < limit && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++;
  }
  return src[i] === ')' && i < limit ? i + 1 : undefined;
}

/**
 * Inline links with an unsafe target replaced by their text: `[x](javascript:…)` → `x`. Brackets
 * are matched as CommonMark does (innermost first, backslash escapes skipped). Code spans are
 * NOT skipped: whether two backticks pair depends on the block structure around them (a list
 * line, a table cell or a blank line ends a paragraph and with it any code span), and a guess
 * there let "`\n* [a](javascript:…)`" through as a live link (issue 12, found by the property
 * test). An unsafe link written inside code therefore shows its text alone there too.
 * Linear in the length of the text (issue 12): a safe target is decided from its first
 * characters, and an unsafe link is skipped once read; one whose end is not found within
 * 16 KiB is broken up (`]\(`), so that no renderer can make it a link.
 */
export function neutralizeInlineLinks(text: string): string {
  if (!text.includes('](')) return text;
  const opens: number[] = [];
  // [from, to, replacement] edits, in order
  const edits: [number, number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') opens.push(i);
    else if (c === ']' && opens.length > 0) {
      const open = opens.pop()!;
      if (text[i + 1] !== '(' || safeTargetAt(text, i + 1)) continue;
      const end = linkEnd(text, i + 1);
      if (end === undefined) {
        edits.push([i + 1, i + 1, '\\']);
        continue;
      }
      edits.push([open, open + 1, ''], [i, end, '']);
      // a link contains no other link: brackets opened inside it are done with
      while (opens.length > 0 && opens[opens.length - 1]! > open) opens.pop();
      i = end - 1;
    }
  }
  if (edits.length === 0) return text;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, replacement] of edits) {
    if (from < at) continue;
    out += text.slice(at, from) + replacement;
    at = to;
  }
  return out + text.slice(at);
}

// `[label]: target "title"`, indented at most three spaces (CommonMark 4.7)
const DEFINITION = /^ {0,3}\[((?:[^\\\]]|\\.){1,999})\]:[ \t]*(\S*)/;

/**
 * A reference definition line with an unsafe target, or undefined. Its label is then defined
 * by nothing, so `[text][label]` stays text, as the HTML shows it.
 */
export function isUnsafeDefinition(line: string): boolean {
  const m = DEFINITION.exec(line);
  if (!m) return false;
  let target = m[2]!;
  if (target.startsWith('<')) target = target.slice(1, target.endsWith('>') ? -1 : undefined);
  return !isSafeHref(destination(target));
}
