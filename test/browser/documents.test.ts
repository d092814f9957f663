// The documents lnhs publishes, checked in a real browser (issue 3 items 1 and 5): plan.html and
// agenda.html of the example workspace, and of a hostile workspace whose every text field holds
// <script>, onerror= and javascript: payloads, give zero axe violations, run no script and make
// no request.
//
// The renderer is loaded with a dynamic import so that this file reports a missing
// src/render/index.ts as a failed test that says so, rather than breaking the whole suite.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MergedPlan, OutputFile } from '../../src/model/types.js';
import { describeViolations, useBrowser, type PageCheck } from '../helpers/browser.js';
import { testdir } from '../helpers/testdir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDER = path.join(root, 'src/render/index.ts');
const PIPELINE = path.join(root, 'src/pipeline.ts');

const { checkPage } = useBrowser();

type Render = (merged: MergedPlan, options: { formats: ('md' | 'html')[] }) => { files: OutputFile[] } | Promise<{ files: OutputFile[] }>;
type Prepare = (dir: string) => Promise<{ merged?: MergedPlan; diagnostics: { severity: string; message: string; file: string; line: number }[] }>;

/** plan.html and agenda.html of the workspace in `dir`, through the real pipeline. */
async function generate(dir: string): Promise<Map<string, string>> {
  expect(existsSync(RENDER), 'src/render/index.ts does not exist yet: the renderer has not landed').toBe(true);
  const { render } = (await import(/* @vite-ignore */ pathToFileURL(RENDER).href)) as { render: Render };
  const { prepareWorkspace } = (await import(/* @vite-ignore */ pathToFileURL(PIPELINE).href)) as { prepareWorkspace: Prepare };
  const prepared = await prepareWorkspace(dir);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.file}:${d.line} ${d.message}`), 'the workspace must validate').toEqual([]);
  expect(prepared.merged).toBeDefined();
  const { files } = await render(prepared.merged!, { formats: ['md', 'html'] });
  const html = new Map<string, string>();
  for (const f of files) {
    if (f.name.endsWith('.html')) html.set(f.name, typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8'));
  }
  return html;
}

function expectClean(name: string, result: PageCheck): void {
  expect(result.violations, `${name}: axe violations\n${describeViolations(result.violations)}`).toEqual([]);
  expect(result.scripts, `${name}: something ran`).toEqual([]);
  expect(result.requests, `${name}: requests left the file`).toEqual([]);
  expect(result.unsafeMarkup, `${name}: markup that could run or load something`).toEqual([]);
}

describe('the example workspace', () => {
  it('renders plan.html and agenda.html that pass axe, run nothing and request nothing', async () => {
    const pages = await generate(path.join(root, 'plans/example'));
    expect([...pages.keys()].sort()).toEqual(['agenda.html', 'plan.html']);
    for (const [name, html] of pages) expectClean(name, await checkPage(html, { name }));
  });
});

// ---- a hostile workspace ------------------------------------------------------------------------

const P = {
  script: '<script>window.__pwned_script=1</script>',
  img: '<img src=x onerror="window.__pwned_img=1">',
  svg: '"><svg onload="window.__pwned_svg=1">',
  jsLink: '[lue lisää](javascript:window.__pwned_mdlink=1)',
  jsLinkCase: '[lue](  JaVaScRiPt:window.__pwned_mdlink2=1 )',
  htmlLink: '<a href="javascript:window.__pwned_a=1">linkki</a>',
  iframe: '<iframe src="https://example.com/"></iframe>',
  image: '![seuranta](https://example.com/track.png)',
  style: '<style>@import url(https://example.com/x.css);</style>',
  refresh: '<meta http-equiv="refresh" content="0;url=https://example.com/">',
  handlebars: '{{constructor.constructor "window.__pwned_hbs=1"}}',
  entity: '&lt;script&gt;window.__pwned_entity=1&lt;/script&gt;',
} as const;
const ALL = Object.values(P).join(' ');
const q = (s: string) => JSON.stringify(s);

function hostileWorkspace(): string {
  const town = `Järvilahti ${P.script}`;
  const sections = ['wellbeing_status', 'prevention', 'child_welfare_need', 'child_welfare_resources', 'child_welfare_services', 'cooperation', 'implementation']
    .map((id) => `  ${id}: |\n    ## Otsikko ${P.script}\n\n    ${ALL}\n\n    - ${P.img}\n    - ${P.jsLink}\n`)
    .join('');
  const board = (id: string, name: string) => `board:
  id: ${id}
  name: ${q(`${name} ${P.svg}`)}
  municipality: ${q(town)}
contact:
  role: ${q(`sihteeri ${P.img}`)}
  name: ${q(P.htmlLink)}
  email: sihteeri@example.com
submitted: 2026-09-25
swot:
  strengths:
    - id: jaettu
      text: ${q(`Jaettu vahvuus ${P.script} ${P.jsLink}`)}
      theme: teema
      note: ${q(P.img)}
    - ${q(ALL)}
  weaknesses:
    - ${q(`${P.htmlLink} ${P.image}`)}
  opportunities:
    - ${q(P.iframe + P.style)}
  threats:
    - ${q(P.refresh + P.handlebars)}
vision:
  - ${q(`Visio ${P.script} ${P.jsLinkCase}`)}
goals:
  - id: tavoite
    title: ${q(`Tavoite ${P.svg}`)}
    theme: teema
    actions:
      - text: ${q(`Toimi ${P.img} ${P.jsLink}`)}
        responsible: ${q(P.script)}
        due: 2027
        indicator: ${q(P.htmlLink)}
        resources: ${q(P.entity)}
`;
  return testdir({
    'plan.yaml': `title: ${q(`Suunnitelma ${P.script}`)}
kind: joint
municipalities:
  - ${q(town)}
county: ${q(`Hyvinvointialue ${P.img}`)}
period:
  start: 2026
  end: 2029
language: fi
steering_group:
  - role: ${q(`puheenjohtaja ${P.svg}`)}
    name: ${q(P.htmlLink)}
    organisation: ${q(P.iframe)}
vision: ${q(`Visio ${ALL}`)}
themes:
  teema: ${q(`Teema ${P.script}`)}
sections:
${sections}approval:
  council: 2027-01-20
`,
    'boards/a.yaml': board('a', 'Perusturvalautakunta'),
    'boards/b.yaml': board('b', 'Koulutuslautakunta'),
    'meeting.yaml': `title: ${q(`Kokous ${P.script}`)}
date: 2026-12-10
start: "17:00"
end: "19:00"
place: ${q(`Valtuustosali ${P.img} ${P.jsLink}`)}
boards: [a, b]
sections:
  a: 112
  b: 87
chair: ${q(P.svg)}
secretary: ${q(P.htmlLink)}
items:
  - title: ${q(`Lisäasia ${P.script}`)}
    preparer: ${q(P.img)}
    presenter: ${q(P.iframe)}
    description: ${q(ALL)}
    proposal: ${q(`${P.jsLink} ${P.image}`)}
    duration: 15
`,
    'indicators.yaml': `indicators:
  - id: mittari
    title: ${q(`Mittari ${P.script}`)}
    unit: ${q(P.img)}
    source: ${q(P.htmlLink)}
    region: ${q(P.svg)}
    values:
      2023: 1.5
      2024: 2.5
`,
  });
}

describe('a hostile workspace', () => {
  it('shows every payload as text: no script runs, no request leaves, axe finds nothing', async () => {
    const pages = await generate(hostileWorkspace());
    expect([...pages.keys()].sort()).toEqual(['agenda.html', 'plan.html']);
    for (const [name, html] of pages) {
      expect(html, name).not.toMatch(/<script/i);
      expect(html, name).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
      const result = await checkPage(html, { name });
      expectClean(name, result);
      // the payloads reached the reader, as text
      expect(result.text, name).toContain('<script>window.__pwned_script=1</script>');
      expect(result.text, name).toContain('onerror="window.__pwned_img=1"');
    }
  });
});
