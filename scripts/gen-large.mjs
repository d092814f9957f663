// A large, valid workspace for the benchmark (issue 7): N boards × M SWOT items each, spread over
// the four quadrants, with Finnish-like texts, goals and actions, a meeting for the agenda, and
// some items shared between boards (the same id and text, or the same text in other spelling),
// so that merging and near-duplicate scoring have real work to do.
//
//   node scripts/gen-large.mjs <dir> [--boards 50] [--items 1000] [--seed 7]
//
// Deterministic: the same arguments write the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const THEMES = {
  osallisuus: 'Osallisuus ja yhteisöllisyys',
  mielenterveys: 'Mielen hyvinvointi',
  perheet: 'Perheiden varhainen tuki',
  harrastukset: 'Harrastukset ja liikkuminen',
  oppiminen: 'Oppiminen ja koulunkäynti',
  turvallisuus: 'Turvallinen kasvuympäristö',
};
const THEME_IDS = Object.keys(THEMES);

const SUBJECTS = [
  'Perhekeskuksen verkosto', 'Koulunuorisotyö', 'Oppilashuolto', 'Varhaiskasvatus', 'Etsivä nuorisotyö',
  'Neuvolapalvelut', 'Kirjaston lapsille suunnattu toiminta', 'Nuorisovaltuusto', 'Kouluterveydenhuolto',
  'Lastensuojelun avohuolto', 'Harrastamisen Suomen malli', 'Kansalaisopisto', 'Seurakunnan nuorisotyö',
  'Liikuntapalvelut', 'Kotoutumisen tuki', 'Perheneuvola', 'Koulukuraattorin työ', 'Nuorten työpaja',
  'Lukion opiskeluhuolto', 'Järjestöjen vertaistuki', 'Kesätyösetelit', 'Koulukuljetukset',
  'Digitaalinen oppimisympäristö', 'Kulttuuripalvelut', 'Lapsiperheiden kotipalvelu',
];
const VERBS = [
  'tavoittaa', 'tukee', 'vahvistaa', 'kokoaa yhteen', 'ei riitä', 'kuormittaa', 'helpottaa',
  'lisää', 'heikentää', 'jää irralliseksi', 'tarjoaa', 'edellyttää', 'parantaa', 'uhkaa',
];
const OBJECTS = [
  'nuoret hyvin', 'perheiden arkea', 'lasten osallisuutta', 'yläkoululaisten mielen hyvinvointia',
  'kotoutuvien perheiden lapsia', 'koulun ja kodin yhteistyötä', 'maksuttomia harrastuksia',
  'ehkäisevien palvelujen resursseja', 'toisen asteen siirtymävaihetta', 'kiusaamisen ehkäisyä',
  'vanhempien jaksamista', 'kylien lapsiperheitä', 'vapaa-ajan kohtaamispaikkoja', 'monialaista yhteistyötä',
  'varhaista tukea', 'opettajien jaksamista', 'liikkumisen määrää', 'yöunen ja ruutuajan tasapainoa',
];
const TAILS = [
  '', '', '', ' kaikissa kouluissa', ' erityisesti kirkonkylän ulkopuolella', ' kouluterveyskyselyn mukaan',
  ' lukuvuoden aikana', ' yhdessä hyvinvointialueen kanssa', ' ilman lisäresursseja', ' etenkin iltaisin',
  ' pienissä kouluissa', ' järjestöjen tuella',
];
const ROLES = ['sivistysjohtaja', 'perusturvajohtaja', 'vapaa-aikajohtaja', 'rehtorit', 'varhaiskasvatusjohtaja', 'nuorisotyön esihenkilö'];

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s) => JSON.stringify(s);

function sentence(r, n) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)} (${n}).`;
}

/**
 * Write the workspace into `dir` (emptied first). Returns counts for the report.
 * @param {string} dir
 * @param {{ boards?: number, items?: number, seed?: number }} [options]
 */
export function generateWorkspace(dir, options = {}) {
  const boards = options.boards ?? 50;
  const items = options.items ?? 1000;
  const r = rng(options.seed ?? 7);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'boards'), { recursive: true });

  // A pool of items that several boards raise: the same id and text, or the same text written
  // differently (case, spacing, punctuation), which merging treats as one.
  const shared = Array.from({ length: 200 }, (_, i) => ({
    id: `yhteinen-${i + 1}`,
    text: sentence(r, `y${i + 1}`),
    quadrant: QUADRANTS[i % 4],
  }));

  const municipality = 'Suurlahti';
  const boardIds = Array.from({ length: boards }, (_, b) => `lautakunta-${String(b + 1).padStart(3, '0')}`);
  let total = 0;

  for (let b = 0; b < boards; b++) {
    const id = boardIds[b];
    const lines = [
      `# Lautakunnan ${b + 1} SWOT-työpajan tulokset (generoitu suorituskykytestiä varten).`,
      '',
      'board:',
      `  id: ${id}`,
      `  name: ${q(`Lautakunta ${b + 1}`)}`,
      `  municipality: ${municipality}`,
      '',
      'contact:',
      '  role: sihteeri',
      `  email: lautakunta${b + 1}@suurlahti.example`,
      '',
      'submitted: 2026-09-25',
      '',
      'swot:',
    ];
    const perQuadrant = QUADRANTS.map((_, k) => Math.floor(items / 4) + (k < items % 4 ? 1 : 0));
    QUADRANTS.forEach((quadrant, k) => {
      lines.push(`  ${quadrant}:`);
      const usedShared = new Set();
      for (let i = 0; i < perQuadrant[k]; i++) {
        total++;
        const roll = r();
        if (roll < 0.08) {
          // a shared item, with its id
          const s = shared[(Math.floor(r() * 50) * 4 + k) % shared.length];
          if (usedShared.has(s.id)) {
            lines.push(`    - ${q(sentence(r, `${b}-${k}-${i}`))}`);
            continue;
          }
          usedShared.add(s.id);
          lines.push(`    - id: ${s.id}`, `      text: ${q(s.text)}`, `      theme: ${THEME_IDS[k % THEME_IDS.length]}`);
        } else if (roll < 0.14) {
          // a shared text without an id, spelt a little differently
          const s = shared[(Math.floor(r() * 50) * 4 + k) % shared.length];
          const variant = r() < 0.5 ? s.text.toLowerCase() : s.text.replace(/ /g, '  ').replace(/\.$/, '');
          lines.push(`    - ${q(variant)}`);
        } else if (roll < 0.35) {
          lines.push(
            `    - id: l${b + 1}-${k}-${i}`,
            `      text: ${q(sentence(r, `${b}-${k}-${i}`))}`,
            `      theme: ${THEME_IDS[Math.floor(r() * THEME_IDS.length)]}`,
          );
          if (r() < 0.3) lines.push(`      note: ${q('Nousi esiin työpajassa; ' + sentence(r, `n${i}`).toLowerCase())}`);
        } else {
          lines.push(`    - ${q(sentence(r, `${b}-${k}-${i}`))}`);
        }
      }
    });
    lines.push('', 'vision:', `  - ${q('Jokaisella lapsella ja nuorella on turvallinen aikuinen ja kaveri lautakunnan ' + (b + 1) + ' palveluissa.')}`);
    lines.push('', 'goals:');
    for (let g = 0; g < 10; g++) {
      const shareGoal = g < 2; // the first two goals are the same in every board: merged into one each
      lines.push(
        `  - id: ${shareGoal ? `yhteinen-tavoite-${g + 1}` : `tavoite-${b + 1}-${g + 1}`}`,
        `    title: ${q(shareGoal ? `Yhteinen tavoite ${g + 1}: lasten ja nuorten mielen hyvinvointia tuetaan varhain` : `Tavoite ${g + 1}: ${sentence(r, `t${b}-${g}`)}`)}`,
        `    theme: ${THEME_IDS[g % THEME_IDS.length]}`,
        '    actions:',
      );
      for (let a = 0; a < 3; a++) {
        lines.push(
          `      - text: ${q(`Toimenpide ${a + 1}: ${sentence(r, `a${b}-${g}-${a}`)}`)}`,
          `        responsible: ${ROLES[Math.floor(r() * ROLES.length)]}`,
          `        due: ${2027 + a}`,
        );
        if (a === 0) lines.push(`        indicator: ${q('Kouluterveyskyselyn osuus, %')}`);
      }
    }
    writeFileSync(path.join(dir, 'boards', `${id}.yaml`), lines.join('\n') + '\n');
  }

  const section = (name) => `  ${name}: |\n    ${'Suunnitelman luku, joka kuvaa tilannetta ja toimia. '.repeat(6).trim()}\n`;
  writeFileSync(
    path.join(dir, 'plan.yaml'),
    [
      'title: Suurlahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030',
      'kind: municipality',
      'municipalities:',
      `  - ${municipality}`,
      'county: Suur-Suomen hyvinvointialue',
      'period:',
      '  start: 2027',
      '  end: 2030',
      'language: fi',
      'steering_group:',
      '  - role: sivistysjohtaja (puheenjohtaja)',
      '    organisation: Suurlahden kunta',
      'vision: >-',
      '  Suurlahdella jokainen lapsi ja nuori tulee kuulluksi ja saa tukea oikeaan aikaan.',
      'themes:',
      ...Object.entries(THEMES).map(([k, v]) => `  ${k}: ${v}`),
      'sections:',
      ...[
        'wellbeing_status',
        'prevention',
        'child_welfare_need',
        'child_welfare_resources',
        'child_welfare_services',
        'cooperation',
        'implementation',
      ].map(section),
      'approval:',
      '  boards: 2026-12-10',
      '  council: 2027-01-25',
    ].join('\n') + '\n',
  );

  writeFileSync(
    path.join(dir, 'meeting.yaml'),
    [
      'date: 2026-12-10',
      'start: "17:00"',
      'end: "19:30"',
      'place: Suurlahden kunnantalo, valtuustosali',
      'boards:',
      ...boardIds.map((id) => `  - ${id}`),
      'sections:',
      ...boardIds.map((id, i) => `  ${id}: ${10 + i}`),
      'chair: puheenjohtaja',
      'secretary: hyvinvointikoordinaattori',
    ].join('\n') + '\n',
  );
  return { boards, items: total };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!dir) {
    console.error('usage: node scripts/gen-large.mjs <dir> [--boards 50] [--items 1000] [--seed 7]');
    process.exit(2);
  }
  const { boards, items } = generateWorkspace(dir, { boards: flag('--boards', 50), items: flag('--items', 1000), seed: flag('--seed', 7) });
  console.error(`wrote ${dir}: ${boards} boards, ${items} SWOT items`);
}
