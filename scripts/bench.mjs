// `npm run bench` (issue 7, SPEC 9): a benchmark, not a timed test. Every figure is measured in
// cold processes beside its reference in the same run, and the ratio is taken round by round
// (each round runs every command once, in a rotating order), so that load from other processes on
// a shared machine falls on the figure and its reference alike and cancels out of the ratio.
//
//   node scripts/bench.mjs [--runs 21] [--large-runs 5] [--no-large] [--no-install] [--write]
//                          [--nodes 20,22,24]
//
// --write puts the table and the command into docs/performance.md (between the bench markers);
// --no-install never installs a missing pandoc (its rows then say it is absent); --nodes chooses
// the Node versions of the example's figures (default: every tested one, scripts/node-versions.mjs;
// one that is not installed is a row saying so). The Node that runs the bench comes first and is
// the one of the large workspaces and the lazy loading.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './gen-large.mjs';
import { TESTED_MAJORS, toolNode } from './node-versions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 21);
const LARGE_RUNS = option('--large-runs', 5);
const LARGE = !args.includes('--no-large');
const WRITE = args.includes('--write');
const INSTALL = !args.includes('--no-install');
const nodesArg = args.indexOf('--nodes');
const MAJORS = nodesArg >= 0 ? args[nodesArg + 1].split(',').map(Number) : TESTED_MAJORS;

const node = process.execPath;
const bin = path.join(root, 'bin', 'lnhs.cjs');
const example = path.join(root, 'plans', 'example');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('bench: dist/cli.cjs is missing; run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// ---- helpers ------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time of one cold process, in ms; fails loudly when the command fails. */
function timeOnce(cmd, argv, { expect = 0, ...options } = {}) {
  if (options.env) options = { ...options, env: { ...process.env, ...options.env } };
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== expect) {
    throw new Error(`bench: \`${[cmd, ...argv].join(' ')}\` exited ${r.status ?? r.signal}:\n${r.stderr}`);
  }
  return ms;
}

/**
 * Rounds of every case, each round in a rotated order; per case the median time, and per case
 * the median of its round-by-round ratio to the reference case.
 */
function measure(cases, rounds, reference) {
  const times = new Map(cases.map((c) => [c.name, []]));
  // warm the file cache (and, on Node 22+, fill Node's compile cache, as any first run does)
  for (const c of cases) timeOnce(c.cmd, c.argv, c.options);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(r + k) % cases.length];
      times.get(c.name).push(timeOnce(c.cmd, c.argv, c.options));
    }
    process.stderr.write(`\r  round ${r + 1}/${rounds}`);
  }
  process.stderr.write('\n');
  const result = new Map();
  for (const c of cases) {
    const mine = times.get(c.name);
    const ref = reference ? times.get(reference) : undefined;
    result.set(c.name, {
      median: median(mine),
      ratio: ref ? median(mine.map((t, i) => t / ref[i])) : undefined,
    });
  }
  return result;
}

/** A preload that writes the process's peak resident memory (kB) to a file when it exits. */
const rssPreload = path.join(tmp, 'maxrss.mjs');
writeFileSync(
  rssPreload,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => writeFileSync(process.env.LNHS_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
);

/** Wall time (ms) and peak memory (MB) of one cold `lnhs` process. */
function timeAndMemory(argv) {
  const rssFile = path.join(tmp, 'rss.txt');
  rmSync(rssFile, { force: true });
  const ms = timeOnce(node, ['--import', rssPreload, bin, ...argv], { env: { ...process.env, LNHS_BENCH_RSS: rssFile } });
  return { ms, mb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function findPandoc() {
  const has = () => spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
  if (has()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !INSTALL) return false;
  console.error('bench: pandoc is missing; installing it with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'pandoc'], { stdio: 'inherit', env });
  return has();
}

// ---- the example workspace --------------------------------------------------------------------

const rows = [];
const row = (figure, value, reference, ratio, target, met) => rows.push({ figure, value, reference, ratio, target, met });
const ms = (x) => `${x.toFixed(0)} ms`;

const pandoc = findPandoc();
const planMd = path.join(tmp, 'plan.md');
timeOnce(node, [bin, 'generate', example, '--out', tmp, '--quiet']);
const pandocCase = { name: 'pandoc', cmd: 'pandoc', argv: ['-s', planMd, '-o', path.join(tmp, 'pandoc.html')] };
const generateArgv = [bin, 'generate', example, '--out', path.join(tmp, 'out'), '--quiet'];

// The Node versions: this one first, then the other tested ones (SPEC 9: Node 20 is past its end of
// life, users run 22 and 24). Each is measured against its own `node -e ''` and, in the same
// rounds, against pandoc.
const current = Number(process.versions.node.split('.')[0]);
const versions = [current, ...MAJORS.filter((m) => m !== current)].map((major) => {
  const cmd = major === current ? node : toolNode(major);
  return { major, cmd, present: major === current || existsSync(cmd) };
});
// SPEC 9's targets for generate against `node -e ''`, per major
const TARGET = { 20: 2, 24: 2.5 };

for (const v of versions) {
  if (!v.present) {
    row(`Node ${v.major}`, 'absent', '', '', '', `not measured: \`npm ci --prefix tools/node-versions\``);
    continue;
  }
  const version = v.cmd === node ? process.version : execFileSync(v.cmd, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  const compileCache = spawnSync(v.cmd, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() === 'function';
  const label = `Node ${version.slice(1)}`;
  const cases = [
    { name: 'node', cmd: v.cmd, argv: ['-e', ''] },
    // on 22 and 24, Node's compile cache explicitly: the bin takes the V8 code cache when one
    // for this V8 exists, which the run below makes
    { name: 'generate', cmd: v.cmd, argv: generateArgv, ...(compileCache ? { options: { env: { LNHS_LOADER: 'compile' } } } : {}) },
  ];
  if (v.cmd === node) {
    cases.push({ name: 'help', cmd: node, argv: [bin, '--help'] }, { name: 'validate', cmd: node, argv: [bin, 'validate', example, '--quiet'] });
  }
  if (compileCache) {
    // the other loader bin/lnhs.cjs could use here: the V8 code cache saved beside each bundle,
    // made with this Node as `npm ci` would make it when building with it (issue 17: the bin uses
    // whichever measures better)
    execFileSync(v.cmd, [path.join(root, 'scripts', 'code-cache.mjs')], { cwd: root, stdio: 'pipe' });
    cases.push({ name: 'generate-vm', cmd: v.cmd, argv: generateArgv, options: { env: { LNHS_LOADER: 'vm' } } });
  }
  if (pandoc) cases.push(pandocCase);

  console.error(`bench: plans/example on ${label}, ${RUNS} rounds of ${cases.map((c) => c.name).join(', ')}`);
  const small = measure(cases, RUNS, 'node');
  const ref = small.get('node');
  const gen = small.get('generate');
  const target = TARGET[v.major];
  const loader = compileCache ? "Node's compile cache" : "the build's V8 code cache";
  row(`${label}: \`node -e ''\``, ms(ref.median), '', '1.00', 'reference', '');
  if (small.has('help')) {
    row(`${label}: \`lnhs --help\``, ms(small.get('help').median), "`node -e ''`", small.get('help').ratio.toFixed(2), '', '');
    row(`${label}: \`lnhs validate plans/example\``, ms(small.get('validate').median), "`node -e ''`", small.get('validate').ratio.toFixed(2), '', '');
  }
  row(
    `${label}: \`lnhs generate plans/example\` (md + html; ${loader})`,
    ms(gen.median),
    "`node -e ''`",
    gen.ratio.toFixed(2),
    target ? `≤ ${target}` : '',
    target ? (gen.ratio <= target ? 'yes' : 'no') : '',
  );
  if (small.has('generate-vm')) {
    const vm = small.get('generate-vm');
    row(`${label}: \`lnhs generate plans/example\` (the V8 code cache instead)`, ms(vm.median), "`node -e ''`", vm.ratio.toFixed(2), '', '');
  }
  if (pandoc) {
    // generate / pandoc, round by round: both measured against the same reference
    const p = small.get('pandoc');
    const vsPandoc = gen.ratio / p.ratio;
    row(`${label}: \`pandoc -s plan.md -o plan.html\``, ms(p.median), "`node -e ''`", p.ratio.toFixed(2), '', '');
    row(`${label}: \`lnhs generate plans/example\` vs pandoc`, ms(gen.median), ms(p.median), vsPandoc.toFixed(2), '< 1', vsPandoc < 1 ? 'yes' : 'no');
  } else {
    row(`${label}: \`pandoc -s plan.md\``, 'absent', '', '', '< 1', 'not measured');
  }
}

// ---- lazy loading -----------------------------------------------------------------------------

const loads = spawnSync(node, [path.join(root, 'test', 'lazy-loading', 'loaded-modules.mjs'), '--help', 'validate'], {
  cwd: root,
  encoding: 'utf8',
});
if (loads.status === 0) {
  const found = JSON.parse(loads.stdout);
  for (const [command, heavy] of Object.entries(found)) {
    row(`\`lnhs ${command}\` loads prompt, browser or PDF code`, heavy.length ? heavy.join(', ') : 'none', '', '', 'none', heavy.length ? 'no' : 'yes');
  }
} else {
  row('lazy loading', `check failed: ${loads.stderr.trim().split('\n')[0]}`, '', '', 'none', 'no');
}

// ---- large workspaces ---------------------------------------------------------------------------

if (LARGE) {
  const ws50 = path.join(tmp, 'ws50');
  const ws100 = path.join(tmp, 'ws100');
  console.error('bench: writing the 50 × 1,000 and 100 × 1,000 workspaces');
  generateWorkspace(ws50, { boards: 50, items: 1000 });
  generateWorkspace(ws100, { boards: 100, items: 1000 });
  const large = [
    { name: 'validate 50', argv: ['validate', ws50, '--quiet'] },
    { name: 'merge 50', argv: ['merge', ws50, '--format', 'json', '--quiet'] },
    { name: 'merge --suggest 50', argv: ['merge', ws50, '--suggest', '--quiet'] },
    { name: 'generate 50', argv: ['generate', ws50, '--out', path.join(tmp, 'out50'), '--quiet'] },
    { name: 'generate 100', argv: ['generate', ws100, '--out', path.join(tmp, 'out100'), '--quiet'] },
  ];
  const results = new Map(large.map((c) => [c.name, []]));
  console.error(`bench: large workspaces, ${LARGE_RUNS} rounds of ${large.map((c) => c.name).join(', ')}`);
  for (let r = 0; r < LARGE_RUNS; r++) {
    for (let k = 0; k < large.length; k++) {
      const c = large[(r + k) % large.length];
      results.get(c.name).push(timeAndMemory(c.argv));
    }
    process.stderr.write(`\r  round ${r + 1}/${LARGE_RUNS}`);
  }
  process.stderr.write('\n');
  const t = (name) => median(results.get(name).map((x) => x.ms));
  const mem = (name) => Math.max(...results.get(name).map((x) => x.mb));
  const paired = median(results.get('generate 100').map((x, i) => x.ms / results.get('generate 50')[i].ms));
  const mb = (x) => `${x.toFixed(0)} MB`;
  row('50 × 1,000: `lnhs validate`', ms(t('validate 50')), '', '', '', '');
  row('50 × 1,000: `lnhs merge --format json`', ms(t('merge 50')), '', '', '', '');
  row('50 × 1,000: `lnhs merge --suggest`', ms(t('merge --suggest 50')), '', '', '', '');
  row('50 × 1,000: `lnhs generate` (validate + merge + render + write)', ms(t('generate 50')), '', '', '< 2000 ms', t('generate 50') < 2000 ? 'yes' : 'no');
  row('50 × 1,000: peak memory of the above', mb(mem('generate 50')), '', '', '< 500 MB', mem('generate 50') < 500 ? 'yes' : 'no');
  const peakAll = Math.max(...large.filter((c) => c.name.endsWith(' 50')).map((c) => mem(c.name)));
  row('50 × 1,000: peak memory of any command', mb(peakAll), '', '', '< 500 MB', peakAll < 500 ? 'yes' : 'no');
  row('100 × 1,000: `lnhs generate`', ms(t('generate 100')), '50 × 1,000', paired.toFixed(2), '≤ 2.2', paired <= 2.2 ? 'yes' : 'no');
  row('100 × 1,000: peak memory', mb(mem('generate 100')), '', '', '', '');
}

// ---- pathological text (issue 12) ---------------------------------------------------------------

if (LARGE) {
  // one board whose item is Markdown built to make marked quadratic (`_a*`, links, emphasis),
  // 500 KB and 10 times that (just under the 5 MiB limit): the time must grow about linearly
  const unit = '_a*b [c](d) **e** _f_ ';
  const board = (bytes) =>
    'board:\n  id: patologinen\n  name: Patologinen lautakunta\nswot:\n  strengths:\n    - ' +
    JSON.stringify(unit.repeat(Math.floor(bytes / unit.length))) +
    '\n  weaknesses: [a]\n  opportunities: [b]\n  threats: [c]\nvision: v\ngoals: []\n';
  const sizes = [500_000, 5_000_000];
  const times = [];
  for (const size of sizes) {
    const ws = path.join(tmp, `patho-${size}`);
    cpSync(example, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    writeFileSync(path.join(ws, 'boards', 'patologinen.yaml'), board(size));
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(timeOnce(node, [bin, 'generate', ws, '--out', path.join(tmp, `patho-out-${size}`), '--quiet']));
    times.push(median(runs));
  }
  const ratio = times[1] / times[0];
  row('pathological Markdown, 500 KB board: `lnhs generate`', ms(times[0]), '', '', '', '');
  row('pathological Markdown, 5 MB board: `lnhs generate`', ms(times[1]), '500 KB', ratio.toFixed(2), '≤ 10', ratio <= 10 ? 'yes' : 'no');
}

if (LARGE) {
  // one board whose one line is a flow mapping of unknown keys, 470 KB and 10 times that: every
  // key is a diagnostic, so the time must grow about linearly (issue 12: 400 000 keys took 42 s
  // and 1.3 GB, the line was scanned once per diagnostic)
  const board = (keys) =>
    '{board: {id: avaimet, name: Avainlautakunta}, ' + Array.from({ length: keys }, (_, i) => `k${i}: 1`).join(', ') + '}\n';
  const counts = [40_000, 400_000];
  const times = [];
  for (const keys of counts) {
    const ws = path.join(tmp, `keys-${keys}`);
    cpSync(example, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    writeFileSync(path.join(ws, 'boards', 'avaimet.yaml'), board(keys));
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(timeOnce(node, [bin, 'validate', ws, '--quiet'], { expect: 1 }));
    times.push(median(runs));
  }
  const ratio = times[1] / times[0];
  row('40,000 unknown keys on one line (470 KB): `lnhs validate`', ms(times[0]), '', '', '', '');
  row('400,000 unknown keys on one line (4.7 MB): `lnhs validate`', ms(times[1]), '40,000', ratio.toFixed(2), '≤ 10', ratio <= 10 ? 'yes' : 'no');
}

// ---- report -------------------------------------------------------------------------------------

const header = ['figure', 'value', 'reference', 'ratio', 'target', 'met?'];
const table = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${[r.figure, r.value, r.reference, r.ratio, r.target, r.met].join(' | ')} |`),
].join('\n');

const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');
const pandocVersion = pandoc ? execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] : 'absent';
const machine =
  `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `${versions.filter((v) => v.present).map((v) => (v.cmd === node ? `Node ${process.version}` : `Node ${v.major}`)).join(', ')}, ${pandocVersion}; ` +
  `load average at the end ${load}`;
const command = `node scripts/bench.mjs --runs ${RUNS} --large-runs ${LARGE_RUNS}${LARGE ? '' : ' --no-large'}${nodesArg >= 0 ? ` --nodes ${MAJORS.join(',')}` : ''}`;
console.log(table);
console.log(`\n${machine}\nmedians of ${RUNS} rounds (example) and ${LARGE_RUNS} rounds (large); ratios taken round by round`);

if (WRITE) {
  const file = path.join(root, 'docs', 'performance.md');
  const block = [
    '<!-- bench:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run build && ${command} --write\` on ${machine}.`,
    `Medians of ${RUNS} rounds (example) and ${LARGE_RUNS} rounds (large workspaces); each ratio is the median of`,
    'the round-by-round ratios to its reference; memory is the largest peak resident set of the rounds.',
    '',
    table,
    '<!-- bench:end -->',
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
  const updated = text.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, block);
  writeFileSync(file, updated === text && !text.includes('<!-- bench:start -->') ? text + '\n' + block + '\n' : updated);
  console.error(`bench: wrote ${path.relative(process.cwd(), file)}`);
}
