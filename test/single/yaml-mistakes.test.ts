// The common YAML mistakes of a board secretary (issue 13 item 4): each gets a plain explanation
// in Finnish (and English), on the right line and column, with the line as it should be written;
// the parser's own English jargon never shows under a Finnish locale.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

interface Json {
  diagnostics: { severity: string; code: string; line: number; column: number; message: string; hint?: string }[];
}

const HEAD = 'board:\n  id: opetus\n  name: Opetuslautakunta\n';

async function check(body: string, lang: 'fi' | 'en' = 'fi', header = HEAD) {
  const dir = testdir({ 'opetus.yaml': header + body });
  const r = await runCli(['validate', 'opetus.yaml', '--format', 'json', '--lang', lang], { cwd: dir });
  return { code: r.code, list: (JSON.parse(r.stdout) as Json).diagnostics };
}

describe('common YAML mistakes, explained', () => {
  it('a colon in unquoted text: put the text in quotes', async () => {
    const { code, list } = await check('swot:\n  strengths:\n    - Huom: nuorten tilat ovat hyvät\n');
    expect(code).toBe(1);
    expect(list).toEqual([
      expect.objectContaining({ code: 'yaml-colon-text', line: 6, column: 11 }),
    ]);
    expect(list[0]!.message).toMatch(/^Tekstissä on kaksoispiste ja välilyönti/);
    expect(list[0]!.hint).toBe('Kirjoita teksti lainausmerkkeihin: `    - "Huom: nuorten tilat ovat hyvät"`');
  });

  it('a colon in a value after a key', async () => {
    const { list } = await check('vision: Visio: kaikki mukaan\n', 'en');
    expect(list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-colon-text', 4, 14]]);
    expect(list[0]!.hint).toBe('Put the text in quotes: `vision: "Visio: kaikki mukaan"`');
  });

  it('a # inside unquoted text: a warning that shows what was cut', async () => {
    const { code, list } = await check('swot:\n  weaknesses:\n    - Tiloja on liian vähän #nuorisotilat ja kirjasto\n');
    expect(code).toBe(0);
    expect(list).toEqual([expect.objectContaining({ severity: 'warning', code: 'yaml-hash-cut', line: 6, column: 29 })]);
    expect(list[0]!.message).toContain('"#nuorisotilat ja kirjasto"');
    expect(list[0]!.message).toContain('"Tiloja on liian vähän"');
    expect(list[0]!.hint).toContain('`    - "Tiloja on liian vähän #nuorisotilat ja kirjasto"`');
  });

  it('a list item without "- "', async () => {
    const { list } = await check('swot:\n  strengths:\n    - Koulut ovat lähellä\n    Kerhoja on paljon\n');
    expect(list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-no-dash', 7, 5]]);
    expect(list[0]!.hint).toBe('Kirjoita näin: `    - Kerhoja on paljon`');
    expect(list[0]!.message).not.toMatch(/indicator|Sequence/);
  });

  it('no space after "-", and no space after ":"', async () => {
    const dash = await check('swot:\n  strengths:\n    -Koulut ovat lähellä\n    - Toinen\n');
    expect(dash.list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-dash-space', 6, 6]]);
    expect(dash.list[0]!.hint).toBe('Kirjoita näin: `    - Koulut ovat lähellä`');
    const colon = await check('submitted:2026-09-20\n');
    expect(colon.list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-colon-space', 4, 11]]);
    expect(colon.list[0]!.hint).toBe('Kirjoita näin: `submitted: 2026-09-20`');
  });

  it('bad indentation, on the line that is wrong (not the one before), with the line re-indented', async () => {
    const { list } = await check('swot:\n  strengths:\n    - a\n   - b\n', 'fi', 'board:\n  id: opetus\n   name: Opetus\n');
    expect(list[0]).toMatchObject({ code: 'yaml-indent', line: 3, column: 4 });
    expect(list[0]!.hint).toBe('Kirjoita näin: `  name: Opetus`');
    expect(list.every((d) => !/mapping|column|implicit/i.test(d.message))).toBe(true);
  });

  it('a list item indented deeper than the plain item above it, which silently joins its text', async () => {
    const { code, list } = await check('swot:\n  strengths:\n    - Koulut ovat lähellä\n     - Kerhoja on paljon\n');
    expect(code).toBe(1);
    expect(list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-indent', 7, 6]]);
    expect(list[0]!.message).toContain('"Koulut ovat lähellä - Kerhoja on paljon"');
    expect(list[0]!.hint).toBe('Kirjoita näin: `    - Kerhoja on paljon`');
    // a list under a key of an item is no such mistake
    const nested = await check('goals:\n  - title: Tavoite\n    actions:\n      - text: Toimenpide\n        responsible: sivistystoimi\n        due: 2027\n');
    expect(nested.list.filter((d) => d.code === 'yaml-indent')).toEqual([]);
  });

  it('tabs, with the line indented by spaces at the level the line above opens', async () => {
    const { list } = await check('swot:\n\tstrengths: []\n');
    expect(list.map((d) => [d.code, d.line])).toEqual([['yaml-tab', 5]]);
    expect(list[0]!.message).toMatch(/sarkain/);
    expect(list[0]!.hint).toBe('Korvaa sarkain välilyönneillä, esimerkiksi: `  strengths: []`');
    // an item after an item stays at its place; a key after `- key: value` goes under that key
    const item = await check('swot:\n  strengths:\n    - Koulut ovat lähellä\n\t- Kerhoja on paljon\n', 'en');
    expect(item.list.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-tab', 7, 1]]);
    expect(item.list[0]!.hint).toBe('Replace the tab with spaces, for example: `    - Kerhoja on paljon`');
    const key = await check('swot:\n  strengths:\n    - text: Koulut ovat lähellä\n\t\ttheme: oppiminen\n', 'en');
    expect(key.list.map((d) => [d.code, d.line])).toEqual([['yaml-tab', 7]]);
    expect(key.list[0]!.hint).toBe('Replace the tab with spaces, for example: `      theme: oppiminen`');
  });

  it('an unclosed quote, at the quote, with the line closed', async () => {
    const { list } = await check('vision: "Jokainen lapsi\ngoals: []\n');
    expect(list[0]).toMatchObject({ code: 'yaml-unclosed-quote', line: 4, column: 9 });
    expect(list[0]!.hint).toBe('Kirjoita näin: `vision: "Jokainen lapsi"`');
  });

  it('a date and a time written the Finnish way', async () => {
    const date = await check('submitted: 20.9.2026\n');
    expect(date.list).toEqual([expect.objectContaining({ code: 'invalid-date', line: 4, column: 12 })]);
    expect(date.list[0]!.message).toBe('`20.9.2026` on kirjoitettu suomalaiseen tapaan; kirjoita 2026-09-20.');
    const en = await check('submitted: 20.9.2026\n', 'en');
    expect(en.list[0]!.message).toBe('`20.9.2026` is written the Finnish way; write 2026-09-20.');

    const dir = testdir({ 'meeting.yaml': 'date: 2026-11-18\nstart: 17.30\nplace: Sali\n' });
    const r = await runCli(['validate', 'meeting.yaml', '--format', 'json'], { cwd: dir });
    const time = (JSON.parse(r.stdout) as Json).diagnostics;
    expect(time).toEqual([expect.objectContaining({ code: 'invalid-time', line: 2, column: 8 })]);
    expect(time[0]!.message).toBe('`17.30` is read as the number 17.3, not a time; write "17:30".');
  });

  it('never shows the parser\'s English under a Finnish locale', async () => {
    // a mistake the checks do not know: a flow mapping that is not closed
    const { list } = await check('swot: {strengths: [a\n');
    expect(list.length).toBeGreaterThan(0);
    for (const d of list) expect(d.message, d.message).not.toMatch(/[Ff]low|[Mm]issing|must|expected/);
  });
});
