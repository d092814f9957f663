// The JSON Schemas as the real editor reads them (issue 13 item 3). zod's JSON Schema is right
// for a validator such as ajv, but the YAML language server (VS Code's YAML extension) reads it
// differently, and a board secretary saw false errors, two errors for one mistake and hover
// texts like "lnhs boards/<id>.yaml || …". This pass rewrites the generated schema, keeping what
// it accepts (test/model/json-schema.test.ts checks the example with ajv):
//
// - Year keys (`values: {2024: 12.5}`) are integers in YAML, and the server checks a key against
//   `propertyNames` as the integer it is: "Incorrect type. Expected string" on every year. Keys
//   with a pattern become `patternProperties`, which the server matches on the key's text.
// - `anyOf` alternatives that differ only in type (a due year or date, a vision text or list,
//   a SWOT item text or mapping) become one schema with a type list: the server's hover joins
//   the alternatives' titles with "||", and a bad value got "Expected integer".
// - `format: date` beside the date pattern gave two errors for one bad date: the format goes,
//   the pattern stays, and the field gets one bilingual `errorMessage`, as do times, years, ids,
//   e-mail addresses and enums. A date's two patterns (the calendar date and issue 12's range
//   1900-2200, an `allOf`) become one pattern, the range as a look-ahead: the server reported
//   each part of an `allOf` with its own message.
// - Every field gets a `title` (Finnish, then English in parentheses) so that hover names the
//   field and not the file; dates, times and years get `examples` (offered as completions);
//   SWOT items, goals and actions get `defaultSnippets`.
type Json = Record<string, unknown>;

/** `Suomeksi — In English`, the form of the descriptions (schemas/common.ts `d`). */
const both = (fi: string, en: string) => `${fi} — ${en}`;

/** how a calendar date's pattern begins, after any look-ahead (issue 12's year range) */
const DATE_PATTERN_BODY = '(?:(?:\\d\\d[2468][048]';
const TIME_PATTERN = '^(?:[01]\\d|2[0-3]):[0-5]\\d$';
const YEAR_KEY = '^\\d{4}$';
const BOARD_ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const ITEM_ID = '^[A-Za-z0-9_-]+$';

export const EDITOR_MESSAGES = {
  date: both(
    'Kirjoita päivämäärä muodossa VVVV-KK-PP, esim. 2026-09-20 (ei 20.9.2026).',
    'Write the date as YYYY-MM-DD, e.g. 2026-09-20.',
  ),
  time: both('Kirjoita kellonaika lainausmerkeissä muodossa "TT:MM", esim. "17:30" (ei 17.30).', 'Write the time as "HH:MM" in quotes, e.g. "17:30".'),
  year: both('Kirjoita vuosi neljällä numerolla, esim. 2027.', 'Write the year with four digits, e.g. 2027.'),
  due: both('Kirjoita vuosi (2027) tai päivämäärä (2027-06-30).', 'Write a year (2027) or a date (2027-06-30).'),
  boardId: both(
    'Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja, esim. vapaa-aika.',
    'Use lowercase letters a–z, digits and hyphens, e.g. vapaa-aika.',
  ),
  itemId: both(
    'Tunnuksessa saa olla vain kirjaimia a–z, numeroita, väliviivoja ja alaviivoja, esim. harrastukset.',
    'Use letters a–z, digits, hyphens and underscores, e.g. harrastukset.',
  ),
  yearKeys: both(
    'Kirjoita vuodet avaimiksi ja arvot numeroina, esim. 2024: 12.5.',
    'Write years as keys and numbers as values, e.g. 2024: 12.5.',
  ),
  boardKeys: both(
    'Avaimet ovat lautakuntien tunnuksia (pienet kirjaimet a–z, numerot, väliviivat), esim. vapaa-aika: 41.',
    'Keys are board ids (lowercase a–z, digits, hyphens), e.g. vapaa-aika: 41.',
  ),
  idKeys: both(
    'Avaimet ovat tunnuksia (kirjaimet a–z, numerot, väli- ja alaviivat), esim. harrastukset: Harrastukset.',
    'Keys are ids (letters a–z, digits, hyphens, underscores), e.g. harrastukset: Harrastukset.',
  ),
  text: both('Kirjoita tähän tekstiä; pelkkä numero tai päivämäärä lainausmerkkeihin.', 'Write text here; put a number or a date alone in quotes.'),
  email: both('Kirjoita sähköpostiosoite, esim. sihteeri@kunta.fi.', 'Write an e-mail address, e.g. sihteeri@kunta.fi.'),
  swotItem: both(
    'SWOT-kohta on teksti (- Harrastuksia on paljon) tai text: lisätietoineen (id, theme, note).',
    'A SWOT item is text, or text: with its details (id, theme, note).',
  ),
  vision: both('Kirjoita visio tekstinä tai listana tekstejä (- …).', 'Write the vision as text or as a list of texts (- …).'),
  enum: (values: readonly unknown[]) =>
    both(`Sallitut arvot: ${values.join(', ')}.`, `Allowed values: ${values.join(', ')}.`),
};

/** Snippets offered where a new list entry is written. */
const SNIPPETS = {
  swotItem: [
    {
      label: 'SWOT-kohta tunnuksella (item with id)',
      description: both('Kohta, jolla on tunnus ja teema.', 'An item with an id and a theme.'),
      body: { text: '$1', id: '$2', theme: '$3' },
    },
  ],
  goal: [
    {
      label: 'Tavoite toimenpiteineen (goal with an action)',
      description: both('Tavoite, tunnus ja ensimmäinen toimenpide.', 'A goal, its id and a first action.'),
      body: { id: '$1', title: '$2', actions: [{ text: '$3', responsible: '$4', due: '^${5:2027}' }] },
    },
  ],
  action: [
    {
      label: 'Toimenpide (action)',
      description: both('Toimenpide, vastuutaho ja aikataulu.', 'An action, who is responsible, and when.'),
      body: { text: '$1', responsible: '$2', due: '^${3:2027}' },
    },
  ],
};

export function forEditors(schema: Json): Json {
  return visit(schema, undefined) as Json;
}

function visit(node: unknown, key: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => visit(n, undefined));
  if (!isObject(node)) return node;
  let out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, visit(s, name)]));
    } else if (k === 'enum' || k === 'required' || k === 'examples' || k === 'default' || k === 'const') {
      out[k] = v;
    } else {
      out[k] = visit(v, undefined);
    }
  }
  out = foldPatterns(out);
  out = typeList(out);
  out = patternKeys(out);
  out = messages(out);
  const title = titleOf(out);
  if (title && key !== undefined) out = { title, ...out };
  else if (title && out.title === undefined && out.$schema === undefined) out = { title, ...out };
  return out;
}

// ---- allOf of patterns → one pattern ---------------------------------------------------------

const PATTERN_PART = new Set(['pattern', 'errorMessage', 'examples', 'title', 'description', 'markdownDescription']);

/** `allOf: [{pattern: A}, {pattern: ^B}]` → `pattern: ^(?=B)A…`: one check, one message. */
function foldPatterns(node: Json): Json {
  const parts = node.allOf;
  if (node.pattern !== undefined || !Array.isArray(parts) || parts.length < 2) return node;
  if (!parts.every((p) => isObject(p) && typeof p.pattern === 'string' && Object.keys(p).every((k) => PATTERN_PART.has(k)))) return node;
  const [first, ...others] = (parts as Json[]).map((p) => p.pattern as string);
  // every part is anchored at the start (zod's regexes are); a part that is not is left alone
  if (![first, ...others].every((p) => p!.startsWith('^'))) return node;
  const { allOf: _, ...rest } = node;
  return { ...rest, pattern: '^' + others.map((p) => `(?=${p.slice(1)})`).join('') + first!.slice(1) };
}

// ---- anyOf → type list ------------------------------------------------------------------------

const KEEP_FROM_ALTERNATIVE = new Set(['type', 'pattern', 'minimum', 'maximum', 'minLength', 'items', 'properties', 'required', 'additionalProperties', 'title', 'description', 'markdownDescription', 'errorMessage', 'examples', 'defaultSnippets']);

/** `anyOf` of alternatives with different types, or the same type and combinable patterns, as one schema. */
function typeList(node: Json): Json {
  const alternatives = node.anyOf;
  if (!Array.isArray(alternatives) || alternatives.length < 2 || !alternatives.every(isObject)) return node;
  const types: string[] = [];
  const merged: Json = {};
  const patterns: string[] = [];
  for (const alt of alternatives as Json[]) {
    if (typeof alt.type !== 'string') return node;
    for (const k of Object.keys(alt)) if (!KEEP_FROM_ALTERNATIVE.has(k) && k !== 'format') return node;
    if (!types.includes(alt.type)) types.push(alt.type);
    for (const [k, v] of Object.entries(alt)) {
      // the alternative's own messages, examples and labels are made again for the whole
      if (['type', 'format', 'title', 'description', 'markdownDescription', 'errorMessage', 'examples', 'defaultSnippets'].includes(k)) continue;
      if (k === 'pattern') {
        patterns.push(v as string);
        continue;
      }
      if (merged[k] !== undefined && JSON.stringify(merged[k]) !== JSON.stringify(v)) return node;
      merged[k] = v;
    }
  }
  // a pattern constrains strings only; two string alternatives with patterns become one pattern
  if (patterns.length > 0 && (alternatives as Json[]).some((a) => a.type === 'string' && a.pattern === undefined)) return node;
  const { anyOf: _, ...rest } = node;
  const out: Json = { ...rest, type: types, ...merged };
  if (patterns.length === 1) out.pattern = patterns[0];
  if (patterns.length > 1) out.pattern = patterns.map((p) => `(?:${p})`).join('|');
  return out;
}

// ---- keys with a pattern ----------------------------------------------------------------------

function patternKeys(node: Json): Json {
  const names = node.propertyNames;
  if (!isObject(names) || typeof names.pattern !== 'string' || node.properties !== undefined) return node;
  const { propertyNames: _, additionalProperties, ...rest } = node;
  // the server reports a key that fits no pattern with the object's own errorMessage
  const keyMessage =
    names.pattern === YEAR_KEY ? EDITOR_MESSAGES.yearKeys : names.pattern === BOARD_ID ? EDITOR_MESSAGES.boardKeys : EDITOR_MESSAGES.idKeys;
  return {
    ...rest,
    patternProperties: { [names.pattern]: additionalProperties ?? {} },
    additionalProperties: false,
    errorMessage: keyMessage,
  };
}

// ---- one message per mistake ------------------------------------------------------------------

function messages(node: Json): Json {
  const out = { ...node };
  const type = out.type;
  const pattern = typeof out.pattern === 'string' ? out.pattern : undefined;
  if (Array.isArray(type) && type.includes('integer') && type.includes('string') && pattern?.includes(DATE_PATTERN_BODY)) {
    out.errorMessage = EDITOR_MESSAGES.due;
    out.examples = [2027, '2027-06-30'];
  } else if (Array.isArray(type) && type.includes('object') && type.includes('string')) {
    out.errorMessage = EDITOR_MESSAGES.swotItem;
    out.defaultSnippets = SNIPPETS.swotItem;
  } else if (Array.isArray(type) && type.includes('array') && type.includes('string')) {
    out.errorMessage = EDITOR_MESSAGES.vision;
  } else if (pattern?.startsWith('^') && pattern.replace(/^\^(?:\(\?=(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*/, '').startsWith(DATE_PATTERN_BODY)) {
    delete out.format;
    out.errorMessage = EDITOR_MESSAGES.date;
    out.examples = ['2026-09-20'];
  } else if (pattern === TIME_PATTERN) {
    delete out.format;
    out.errorMessage = EDITOR_MESSAGES.time;
    out.examples = ['17:30'];
  } else if (out.format === 'email') {
    delete out.format;
    out.errorMessage = EDITOR_MESSAGES.email;
  } else if (pattern === BOARD_ID) {
    out.errorMessage = EDITOR_MESSAGES.boardId;
  } else if (pattern === ITEM_ID) {
    out.errorMessage = EDITOR_MESSAGES.itemId;
  } else if (type === 'integer' && out.minimum === 1900 && out.maximum === 2200) {
    out.errorMessage = EDITOR_MESSAGES.year;
    out.examples = [2027];
  } else if (Array.isArray(out.enum)) {
    out.errorMessage = EDITOR_MESSAGES.enum(out.enum);
  } else if (type === 'string' && pattern === undefined && out.format === undefined) {
    out.errorMessage = EDITOR_MESSAGES.text;
  } else if (type === 'object' && isObject(out.properties)) {
    // where a new goal or action is written
    const keys = Object.keys(out.properties);
    if (keys.includes('title') && keys.includes('actions')) out.defaultSnippets = SNIPPETS.goal;
    else if (keys.includes('text') && keys.includes('responsible') && keys.includes('due')) out.defaultSnippets = SNIPPETS.action;
  }
  return out;
}

// ---- titles -----------------------------------------------------------------------------------

/** `Aikataulu: vuosi (2027) tai … — When: a year …` → `Aikataulu (when)`. */
function titleOf(node: Json): string | undefined {
  if (typeof node.description !== 'string') return undefined;
  const [fi, en] = node.description.split(' — ');
  if (!fi || !en) return undefined;
  const short = (s: string) => /^(.*?)(?::\s|;|\s\(|,\s|\.(?:\s|$)|$)/.exec(s)![1]!.trim();
  const enShort = short(en).replace(/^(?:the|a|an)\s+/i, '');
  return `${short(fi)} (${enShort.charAt(0).toLowerCase()}${enShort.slice(1)})`;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
