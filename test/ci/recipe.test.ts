// The CI recipe cannot rot (issue 5 item 4): every `npx lnhs …` command in
// examples/github-actions.yml runs here, in-process, against a copy of plans/example laid out as
// in the workflow's checkout. A renamed option or a changed exit code fails this test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { copyExample, REPO } from './example.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const WORKFLOW_FILE = path.join(REPO, 'examples', 'github-actions.yml');
const workflow = parse(readFileSync(WORKFLOW_FILE, 'utf8')) as Workflow;

/**
 * Split a `run:` line into words the way a POSIX shell would for these simple commands: quotes
 * group, `$VAR` and `${VAR}` are substituted from the workflow's env, `&&`, `||` and `;` separate
 * commands. Anything fancier (pipes, subshells) is refused so the test never guesses.
 */
function shellCommands(line: string, env: Record<string, string>): string[][] {
  const commands: string[][] = [[]];
  let word: string | undefined;
  const flush = () => {
    if (word !== undefined) commands.at(-1)!.push(word);
    word = undefined;
  };
  const variable = (i: number): [string, number] => {
    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(i));
    const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(i));
    const m = braced ?? plain;
    if (!m) throw new Error(`unsupported $ in: ${line}`);
    const value = env[m[1]!];
    if (value === undefined) throw new Error(`$${m[1]} is not in the workflow's env`);
    return [value, i + m[0].length];
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      flush();
      i++;
    } else if (line.startsWith('&&', i) || line.startsWith('||', i) || c === ';') {
      flush();
      commands.push([]);
      i += c === ';' ? 1 : 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      word ??= '';
      i++;
      while (line[i] !== '"') {
        if (i >= line.length) throw new Error(`unclosed quote in: ${line}`);
        if (line[i] === '$') {
          const [value, next] = variable(i);
          word += value;
          i = next;
        } else word += line[i++];
      }
      i++;
    } else if (c === '$') {
      const [value, next] = variable(i);
      word = (word ?? '') + value;
      i = next;
    } else if ('|&<>()`\\'.includes(c)) {
      throw new Error(`shell syntax the recipe test does not handle: ${c} in ${line}`);
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  flush();
  return commands.filter((c) => c.length > 0);
}

/** Every `npx lnhs …` command of the workflow, as lnhs arguments, with the step that runs it. */
function lnhsCommands(): { step: string; argv: string[]; line: string }[] {
  const found: { step: string; argv: string[]; line: string }[] = [];
  for (const job of Object.values(workflow.jobs)) {
    const env = { ...workflow.env, ...job.env };
    for (const step of job.steps) {
      if (typeof step.run !== 'string') continue;
      for (const line of step.run.split('\n')) {
        for (const words of shellCommands(line.trim(), env)) {
          if (words[0] === 'npx' && words[1] === 'lnhs') found.push({ step: step.name ?? line, argv: words.slice(2), line: line.trim() });
        }
      }
    }
  }
  return found;
}

describe('the shell splitting used here', () => {
  it('substitutes quoted and bare variables and splits on &&', () => {
    expect(shellCommands('npx lnhs validate "$PLAN_DIR" --strict && npx lnhs generate ${PLAN_DIR}/x', { PLAN_DIR: 'plans/a b' })).toEqual([
      ['npx', 'lnhs', 'validate', 'plans/a b', '--strict'],
      ['npx', 'lnhs', 'generate', 'plans/a b/x'],
    ]);
    expect(() => shellCommands('npx lnhs validate | tee log', {})).toThrow(/does not handle/);
  });
});

describe('examples/github-actions.yml', () => {
  const commands = lnhsCommands();

  it('validates strictly as annotations, generates into public/ and uploads public/', () => {
    expect(workflow.env?.PLAN_DIR).toBe('plans/example');
    const joined = commands.map((c) => c.argv.join(' '));
    expect(joined).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^validate plans\/example .*--strict/),
        expect.stringMatching(/^generate plans\/example .*--out public\/?/),
      ]),
    );
    expect(commands.find((c) => c.argv[0] === 'validate')!.argv).toEqual(expect.arrayContaining(['--format', 'github']));
    const upload = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.path).toMatch(/^public\/?$/);
  });

  // Each command runs in order in one checkout, as the steps of the job do.
  const { root } = copyExample('plans/example');
  for (const [i, { step, argv, line }] of commands.entries()) {
    const needsChromium = argv[0] === 'generate' && argv.some((a, k) => argv[k - 1] === '--format' && a.split(',').includes('pdf'));
    it(`step ${i + 1}, "${step}": ${line}`, { timeout: needsChromium ? 120_000 : 30_000 }, async () => {
      // PATH so that the PDF step finds Chromium the way the runner does
      const r = await runCli(argv, { cwd: root, env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', CI: 'true' } });
      expect(r.stderr, `${line}\n${r.stderr}`).not.toMatch(/internal error|\n\s+at /);
      expect(r.code, `${line} exited ${r.code}\n${r.stdout}${r.stderr}`).toBe(0);
      // the example is clean even under --strict: no annotation at all
      expect(r.stdout).not.toMatch(/^::(error|warning)/m);
      if (argv[0] === 'generate') {
        const outIndex = argv.indexOf('--out');
        const out = path.join(root, argv[outIndex + 1]!);
        const files = readdirSync(out).sort();
        expect(files).toEqual(expect.arrayContaining(['plan.md', 'plan.html', 'agenda.md', 'agenda.html', 'agenda.ics']));
        if (needsChromium) {
          for (const pdf of ['plan.pdf', 'agenda.pdf']) {
            expect(files).toContain(pdf);
            expect(readFileSync(path.join(out, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
            expect(statSync(path.join(out, pdf)).size).toBeGreaterThan(10_000);
          }
        }
        // nothing outside the output folder and the workspace
        expect(readdirSync(root).sort()).toEqual([...new Set(['plans', argv[outIndex + 1]!.replace(/\/$/, '').split('/')[0]!])].sort());
      }
    });
  }

  it('has at least the validate and the generate step', () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(root)).toBe(true);
  });
});
