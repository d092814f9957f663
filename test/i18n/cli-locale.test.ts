// A Finnish-speaking command line (issue 6 item 3): messages, hints, severity words and help in
// Finnish when LC_ALL, LC_MESSAGES or LANG starts with `fi`, or with `--lang fi`; English
// otherwise. The `[code]` of a diagnostic is the same in every language.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpCatalogues } from '../../src/cli/help.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STACK_TRACE = /\n\s+at /;

let dir: string;

/** plans/example with a misspelt key (an error) and a legal section without text (a warning). */
beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-i18n-')), 'example');
  cpSync(path.join(ROOT, 'plans/example'), dir, { recursive: true, filter: (s) => path.basename(s) !== 'out' });
  const board = path.join(dir, 'boards/sivistys.yaml');
  writeFileSync(board, readFileSync(board, 'utf8').replace('  strengths:', '  strenghts:'));
  const plan = path.join(dir, 'plan.yaml');
  const text = readFileSync(plan, 'utf8');
  const without = text.replace(/  cooperation: \|\n(?:    .*\n|\n)*?(?=  implementation:)/, '');
  if (without === text) throw new Error('plan.yaml has no cooperation section to remove');
  writeFileSync(plan, without);
});
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const FINNISH: [string, Record<string, string>, string[]][] = [
  ['LANG=fi_FI.UTF-8', { LANG: 'fi_FI.UTF-8' }, []],
  ['LANG=fi_FI', { LANG: 'fi_FI' }, []],
  ['LANG=fi', { LANG: 'fi' }, []],
  ['LC_ALL=fi_FI.UTF-8 (LANG=C)', { LC_ALL: 'fi_FI.UTF-8', LANG: 'C' }, []],
  ['LC_MESSAGES=fi_FI.UTF-8 (LANG=en_US.UTF-8)', { LC_MESSAGES: 'fi_FI.UTF-8', LANG: 'en_US.UTF-8' }, []],
  ['--lang fi (LANG=C)', { LANG: 'C' }, ['--lang', 'fi']],
  ['--lang=fi (LANG=en_GB.UTF-8)', { LANG: 'en_GB.UTF-8' }, ['--lang=fi']],
];

const ENGLISH: [string, Record<string, string>, string[]][] = [
  ['LANG=C', { LANG: 'C' }, []],
  ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }, []],
  ['no locale at all', { LANG: '' }, []],
  ['LANG=sv_FI.UTF-8 (Swedish is not a CLI language)', { LANG: 'sv_FI.UTF-8' }, []],
  ['LC_ALL=C wins over LANG=fi_FI.UTF-8', { LC_ALL: 'C', LANG: 'fi_FI.UTF-8' }, []],
  ['--lang en wins over LANG=fi_FI.UTF-8', { LANG: 'fi_FI.UTF-8' }, ['--lang', 'en']],
];

describe('validate speaks Finnish when the locale says so', () => {
  it.each(FINNISH)('%s', async (_name, env, flags) => {
    const r = await runCli(['validate', ...flags, dir], { env });
    expect(r.code).toBe(1);
    const out = r.stderr + r.stdout;
    // the error: Finnish message, hint and severity word; the code unchanged
    expect(out).toMatch(/boards\/sivistys\.yaml:\d+:3 {2}virhe {2}Tuntematon avain `strenghts`\. {2}\[unknown-key\]/);
    expect(out).toContain('vihje: Tarkoititko `strengths`?');
    // the warning
    expect(out).toMatch(/plan\.yaml:\d+:1 {2}varoitus {2}Lakisääteisessä osiossa `cooperation` \(Yhteistyön järjestäminen\) ei ole tekstiä\. {2}\[missing-section\]/);
    expect(out).toContain('vihje: Lastensuojelulain 12 §');
    // no English left in the report
    expect(out).not.toMatch(/\b(error|warning|hint|Unknown key|Did you mean|has no text)\b/);
    expect(out).not.toMatch(STACK_TRACE);
  });

  it('--format json keeps the codes and severities as data, messages in Finnish', async () => {
    const r = await runCli(['validate', '--format', 'json', dir], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { diagnostics: { severity: string; code: string; message: string; hint?: string }[] };
    const byCode = Object.fromEntries(parsed.diagnostics.map((d) => [d.code, d]));
    expect(byCode['unknown-key']).toMatchObject({ severity: 'error', message: 'Tuntematon avain `strenghts`.', hint: 'Tarkoititko `strengths`?' });
    expect(byCode['missing-section']).toMatchObject({ severity: 'warning' });
  });

  it('--format github keeps the annotation syntax, with the Finnish message', async () => {
    const r = await runCli(['validate', '--format', 'github', dir], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=[^,]*boards\/sivistys\.yaml,line=\d+,col=3[^:]*::Tuntematon avain `strenghts`\./m);
    expect(r.stdout).toMatch(/^::warning file=[^,]*plan\.yaml,line=\d+,col=1[^:]*::Lakisääteisessä osiossa/m);
  });

  it('a bad input of the loader is Finnish too (an empty file)', async () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-i18n-')), 'example');
    cpSync(path.join(ROOT, 'plans/example'), copy, { recursive: true, filter: (s) => path.basename(s) !== 'out' });
    writeFileSync(path.join(copy, 'boards/sivistys.yaml'), '');
    const r = await runCli(['generate', copy], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/boards\/sivistys\.yaml:1:1 {2}virhe {2}Tiedosto on tyhjä\. {2}\[empty-file\]/);
    expect(r.stderr).toContain('Mitään ei kirjoitettu');
    rmSync(path.dirname(copy), { recursive: true, force: true });
  });
});

describe('validate speaks English otherwise', () => {
  it.each(ENGLISH)('%s', async (_name, env, flags) => {
    const r = await runCli(['validate', ...flags, dir], { env });
    expect(r.code).toBe(1);
    const out = r.stderr + r.stdout;
    expect(out).toMatch(/boards\/sivistys\.yaml:\d+:3 {2}error {2}Unknown key `strenghts`\. {2}\[unknown-key\]/);
    expect(out).toContain('hint: Did you mean `strengths`?');
    expect(out).toMatch(/plan\.yaml:\d+:1 {2}warning {2}The legal section `cooperation`/);
    expect(out).not.toMatch(/\b(virhe|varoitus|vihje|Tuntematon)\b/);
  });
});

describe('help in Finnish', () => {
  it.each(FINNISH)('lnhs --help with %s', async (_name, env, flags) => {
    const r = await runCli([...flags, '--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Laadi kunnan lasten ja nuorten hyvinvointisuunnitelma');
    expect(r.stdout).toContain('tarkista kaikki syötetiedostot');
    expect(r.stdout).toContain('Esimerkkejä:');
    expect(r.stdout).toContain('Paluukoodit: 0 kunnossa');
    expect(r.stdout).not.toContain('Exit codes');
  });

  it.each(['init', 'validate', 'status', 'merge', 'generate', 'diff', 'schema', 'templates', 'indicators'] as const)(
    'lnhs %s --help has a Finnish description and example',
    async (cmd) => {
      const r = await runCli([cmd, '--help'], { env: { LANG: 'fi_FI.UTF-8' } });
      expect(r.code).toBe(0);
      // commander wraps long lines: compare with the white space collapsed
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(helpCatalogues.fi[cmd]);
      if (cmd !== 'templates' && cmd !== 'indicators') {
        expect(r.stdout).toMatch(/Esimerkk(i|ejä):\n\s+\$ lnhs /);
        expect(r.stdout).not.toMatch(/\bExamples?:/);
      }
    },
  );

  it('English help without a Finnish locale', async () => {
    const r = await runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Prepare a municipality's child and youth welfare plan");
    expect(r.stdout).toContain('Exit codes');
    expect(r.stdout).not.toContain('Esimerkkejä');
  });

  it('a usage error points to the Finnish help', async () => {
    const r = await runCli(['frobnicate'], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Katso käyttöohje: 'lnhs --help'.");
  });
});

describe('command texts in Finnish', () => {
  it('generate reports what it wrote in Finnish', async () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-i18n-')), 'example');
    cpSync(path.join(ROOT, 'plans/example'), copy, { recursive: true, filter: (s) => path.basename(s) !== 'out' });
    const r = await runCli(['generate', copy], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Kirjoitettiin plan\.md, .* kansioon /m);
    const check = await runCli(['generate', '--check', copy], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(check.stderr).toContain('ovat ajan tasalla');
    rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  it('validate on a clean workspace says so in Finnish', async () => {
    const r = await runCli(['validate', path.join(ROOT, 'plans/example')], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toContain('ei ongelmia (lautakuntia 3)');
  });
});

describe('Finnish grammar and commander\'s own words', () => {
  it('the summary inflects the count: "1 virhe, 1 varoitus" (src/diagnostics.ts formatSummary)', async () => {
    const r = await runCli(['validate', dir], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.stderr + r.stdout).toMatch(/^1 virhe, 1 varoitus$/m);
  });

  it("commander's own headings are Finnish too: Käyttö, Valitsimet, Komennot (src/cli/main.ts configureHelp)", async () => {
    const r = await runCli(['--help'], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.stdout).not.toMatch(/^(Usage|Options|Commands|Arguments):/m);
    expect(r.stdout).toMatch(/^Käyttö: lnhs/m);
    expect(r.stdout).toMatch(/^Valitsimet:/m);
    expect(r.stdout).toMatch(/^Komennot:/m);
    const sub = await runCli(['validate', '--help'], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(sub.stdout.replace(/\s+/g, " ")).toContain("(vaihtoehdot: \"text\", \"json\", \"github\", oletus: \"text\")");
  });
});
