// The common YAML mistakes of people who are not programmers, found on the lines themselves
// (issue 13 item 4). The YAML parser's own messages are jargon ("Sequence item without -
// indicator", "Nested mappings are not allowed in compact mappings"), in English, and often point
// at the line after the mistake; several mistakes are not even errors to it and silently change
// the data (`-Koulut` joins the next item, `- Huom: tilat` becomes a mapping, ` #` cuts a text).
// Each finding here says what is wrong in plain words, on the right line and column, with the
// line as it should be written.
//
// The checks are deliberately narrow: they look only at plain block YAML as the inputs are
// written (keys, `- ` items, plain values), skip block texts (`|`, `>`), quoted and flow values
// that span lines, and comments, so that a valid file never gets a finding.
import type { DiagnosticInit } from '../diagnostics.js';

export type Finding = Omit<DiagnosticInit, 'file' | 'source'> & { line: number; column: number };

/**
 * Every key the inputs use (SPEC 2). A word before a colon that is not one of these, in a list
 * item or after another key, is text that happens to contain a colon.
 */
const KEYS = new Set([
  'title', 'kind', 'municipalities', 'county', 'period', 'start', 'end', 'language', 'steering_group', 'role', 'name',
  'organisation', 'vision', 'themes', 'sections', 'approval', 'council', 'boards', 'state', 'date', 'board', 'id',
  'municipality', 'contact', 'email', 'submitted', 'swot', 'strengths', 'weaknesses', 'opportunities', 'threats', 'text',
  'theme', 'note', 'goals', 'actions', 'responsible', 'due', 'indicator', 'resources', 'place', 'chair', 'secretary',
  'items', 'preparer', 'presenter', 'description', 'proposal', 'duration', 'indicators', 'unit', 'source', 'region',
  'values', 'baseline', 'target', 'direction', 'year', 'value', 'reported', 'goal', 'action', 'status', 'progress',
  'reporter', 'dno', 'attachments', 'contact_person',
]);

interface Line {
  /** 1-based */
  number: number;
  text: string;
  indent: number;
  /** `- ` items: the column of the content after the dash(es); otherwise = indent */
  content: number;
  /** the key of a `key:` line or a `- key:` item, and where its value starts */
  key?: string;
  value?: string;
  valueColumn?: number;
  /** a `- ` item without a key: its text */
  item?: string;
  itemColumn?: number;
}

const KEY_LINE = /^([\p{L}\p{N}_-]+):(?:[ \t]+(.*))?$/u;

/** The lines of plain block YAML that the checks look at; block texts and open quotes/brackets are skipped. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split('\n');
  let blockIndent = -1; // inside a `|` or `>` text: lines indented deeper than this
  let open: string | undefined; // an open quote or bracket continues on the next lines
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!.replace(/\r$/, '');
    const indent = /^ */.exec(t)![0].length;
    const body = t.slice(indent);
    if (blockIndent >= 0) {
      if (body === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (open) {
      if (closes(t, open)) open = undefined;
      continue;
    }
    if (body === '' || body.startsWith('#') || body.startsWith('\t') || t.startsWith('\t')) continue;
    if (body === '---' || body === '...' || body.startsWith('%')) continue;
    const line: Line = { number: i + 1, text: t, indent, content: indent };
    let rest = body;
    while (/^-( |$)/.test(rest)) {
      const after = /^-( +|$)/.exec(rest)![0].length;
      line.content += after;
      rest = rest.slice(after);
    }
    const key = KEY_LINE.exec(rest) ?? /^([\p{L}\p{N}_-]+):[ \t]+(.*)$/u.exec(rest);
    if (key && (line.content === indent || rest !== '')) {
      line.key = key[1]!;
      line.value = (key[2] ?? '').trimEnd();
      line.valueColumn = line.content + rest.length - (key[2] ?? '').length + 1;
    } else if (line.content > indent) {
      line.item = rest.trimEnd();
      line.itemColumn = line.content + 1;
    }
    out.push(line);
    const value = line.key !== undefined ? line.value! : (line.item ?? rest);
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) blockIndent = indent;
    else {
      const opener = openedAndNotClosed(value);
      if (opener) open = opener;
    }
  }
  return out;
}

/** The quote or bracket a value opens and does not close on its line. */
function openedAndNotClosed(value: string): string | undefined {
  const first = value[0];
  if (first === '"' || first === "'") return closes(value.slice(1), first) ? undefined : first;
  if (first === '[' || first === '{') {
    let depth = 0;
    let quote: string | undefined;
    for (const c of value) {
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      else if (c === '#' && depth > 0) break;
    }
    return depth > 0 ? ']' : undefined;
  }
  return undefined;
}

/** Whether a closing `quote` (or the end of the flow collection) is on this line. */
function closes(text: string, quote: string): boolean {
  if (quote === ']') return /[\]}]/.test(text);
  if (quote === "'") return /(^|[^'])'(?!')/.test(text.replace(/''/g, ''));
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return true;
  }
  return false;
}

/** A plain (unquoted, not flow, not block) value. */
function isPlain(value: string): boolean {
  return value !== '' && !/^["'[{|>&*!%@`]/.test(value);
}

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Mistakes that change what the file means without being YAML errors, and YAML errors that have
 * a plain explanation. Errors first in line order, then warnings.
 */
export function findMistakes(text: string): Finding[] {
  const found: Finding[] = [];
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const prefix = line.text.slice(0, line.content);
    const rest = line.text.slice(line.content);

    // `-Koulut ovat lähellä`: without the space it is not a list item but text, which joins the
    // line above or below it
    const dash = /^(-+)([\p{L}"'])/u.exec(rest);
    if (dash && line.key === undefined && (line.indent === line.content || /^-/.test(rest))) {
      found.push({
        code: 'yaml-dash-space',
        id: 'yaml.dashSpace',
        args: { example: `${prefix}${dash[1]} ${rest.slice(dash[1]!.length)}` },
        hintId: 'yaml.example.hint',
        line: line.number,
        column: line.content + dash[1]!.length + 1,
      });
      continue;
    }

    // `id:perhekeskus` or `submitted:2026-09-20`: a known key without the space after its colon
    const glued = /^([a-z_]+):([^\s/:][^]*)$/.exec(rest);
    if (glued && KEYS.has(glued[1]!) && line.key === undefined) {
      found.push({
        code: 'yaml-colon-space',
        id: 'yaml.colonSpace',
        args: { key: glued[1]!, example: `${prefix}${glued[1]}: ${glued[2]}` },
        hintId: 'yaml.example.hint',
        line: line.number,
        column: line.content + glued[1]!.length + 2,
      });
      continue;
    }

    // `- Huom: nuorten tilat…` or `vision: Tavoite: kaikki mukaan`: a colon and a space in
    // unquoted text make a key of the words before it
    // (in a list item only when the words look like text: a capital, a letter beyond a–z; a
    // lowercase unknown key is more likely a typo, which the schema check names)
    const inItem = line.key !== undefined && line.content > line.indent && !KEYS.has(line.key) && !/^[a-z0-9_-]+$/.test(line.key);
    const inValue = line.key !== undefined && line.value !== undefined && isPlain(line.value) && /:( |$)/.test(stripComment(line.value));
    if (inItem || inValue) {
      const text = inItem ? rest.trimEnd() : line.value!;
      const before = inItem ? prefix : line.text.slice(0, line.valueColumn! - 1);
      const column = inItem ? line.content + line.key!.length + 1 : line.valueColumn! + stripComment(line.value!).search(/:( |$)/);
      found.push({
        code: 'yaml-colon-text',
        id: 'yaml.colonText',
        args: { example: `${before}${quoted(stripComment(text))}` },
        hintId: 'yaml.quote.hint',
        line: line.number,
        column,
      });
      continue;
    }

    // `- liian vähän #nuorisotilat ja kirjasto`: ` #` starts a comment, and the rest of the
    // text is cut off without a word. A `# comment` with a space after # is taken as meant.
    const value = line.key !== undefined ? line.value! : line.item;
    const valueColumn = line.key !== undefined ? line.valueColumn! : line.itemColumn;
    if (value !== undefined && valueColumn !== undefined && isPlain(value)) {
      const hash = /\s#(?=\S)/.exec(value);
      if (hash) {
        const kept = value.slice(0, hash.index).trimEnd();
        found.push({
          severity: 'warning',
          code: 'yaml-hash-cut',
          id: 'yaml.hashCut',
          args: { kept, cut: value.slice(hash.index + 1), example: `${line.text.slice(0, valueColumn - 1)}${quoted(value)}` },
          hintId: 'yaml.quote.hint',
          line: line.number,
          column: valueColumn + hash.index + 1,
        });
      }
    }

    // `    - a` then `     - b`: a `- ` line deeper than a plain item above it is no item of its
    // own but more of that item's text, read as "a - b" without any error
    const previous = all[i - 1];
    if (previous?.item !== undefined && isPlain(previous.item) && line.content > line.indent && line.indent > previous.indent) {
      found.push({
        code: 'yaml-indent',
        id: 'yaml.dashJoins',
        args: { joined: `${stripComment(previous.item)} ${line.text.slice(line.indent).trimEnd()}`, example: `${' '.repeat(previous.indent)}${line.text.slice(line.indent).trimEnd()}` },
        hintId: 'yaml.example.hint',
        line: line.number,
        column: line.indent + 1,
      });
      continue;
    }

    // a line of text at the level of the list items above it, but without `- `
    if (
      line.key === undefined &&
      line.item === undefined &&
      !/^[-[{"'#|>&*!]/.test(rest) &&
      previous &&
      previous.content > previous.indent &&
      line.indent <= previous.indent
    ) {
      found.push({
        code: 'yaml-no-dash',
        id: 'yaml.noDash',
        args: { example: `${' '.repeat(previous.indent)}- ${rest.trimEnd()}` },
        hintId: 'yaml.example.hint',
        line: line.number,
        column: line.indent + 1,
      });
    }
  }
  return found;
}

/** The value without a trailing ` # comment`. */
function stripComment(value: string): string {
  const hash = /\s#/.exec(value);
  return hash ? value.slice(0, hash.index).trimEnd() : value;
}

/**
 * Where the indentation goes wrong, for the parser's indentation errors ("All mapping items must
 * start at the same column", "Implicit keys need to be on a single line"), which often name the
 * line before: the first line whose indentation fits no open level, with the level it fits best.
 */
export function badIndentation(text: string): Finding | undefined {
  const all = lines(text);
  // indentation of each open level: a key line opens a deeper level when it ends with `key:`
  const levels: number[] = [0];
  let expectDeeper = false;
  for (const line of all) {
    const top = levels[levels.length - 1]!;
    if (expectDeeper) {
      if (line.indent > top || (line.indent === top && line.content > line.indent)) {
        levels.push(line.indent);
      } else expectDeeper = false;
    }
    if (!expectDeeper) {
      let popped: number | undefined;
      while (levels.length > 1 && levels[levels.length - 1]! > line.indent) popped = levels.pop();
      const below = levels[levels.length - 1]!;
      // the level it is nearest to; between two, the deeper one, which continues the lines above
      const level = popped !== undefined && popped - line.indent <= line.indent - below ? popped : below;
      if (line.indent !== below) {
        const rest = line.text.slice(line.indent);
        return {
          code: 'yaml-indent',
          id: 'yaml.indent',
          args: { found: line.indent, expected: level, example: `${' '.repeat(level)}${rest.trimEnd()}` },
          hintId: 'yaml.example.hint',
          line: line.number,
          column: line.indent + 1,
        };
      }
    }
    expectDeeper = false;
    // `key:` with nothing after it opens a level below; so does `- key:` (its siblings align
    // with the key, two columns in)
    // (an anchor or a tag alone, `base: &base`, also leaves the value to the lines below)
    const opens = line.value === '' || /^[&!]\S*$/.test(line.value ?? '-');
    if (line.key !== undefined && opens) expectDeeper = true;
    if (line.content > line.indent && line.key !== undefined) {
      levels.push(line.content);
      if (opens) expectDeeper = true;
    }
  }
  return undefined;
}

/**
 * The text of an unclosed quote's line with the quote closed at its end, for the parser's
 * "Missing closing quote" (whose place the load stage already moves to the opening quote).
 */
export function closedQuote(lineText: string, column: number): string {
  const quote = lineText[column - 1] === "'" ? "'" : '"';
  const comment = /\s#\s.*$/.exec(lineText.slice(column));
  const body = comment ? lineText.slice(0, column + comment.index) : lineText;
  return `${body.trimEnd()}${quote}${comment ? comment[0] : ''}`;
}
