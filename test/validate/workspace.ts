// A small valid workspace to start tests from; each test changes only what it is about.
import { loadWorkspace } from '../../src/workspace/load.js';
import { validate } from '../../src/validate/index.js';
import { testdir } from '../helpers/testdir.js';

export const PLAN = `# yaml-language-server: $schema=../../schema/plan.schema.json
title: Lasten ja nuorten hyvinvointisuunnitelma 2026–2029
municipalities:
  - Akaa
period:
  start: 2026
  end: 2029
vision: Akaassa jokainen lapsi ja nuori kokee olevansa arvokas.
themes:
  harrastukset: Harrastukset ja vapaa-aika
  mielenterveys: Mielenterveys
sections:
  wellbeing_status: Lasten ja nuorten hyvinvoinnin tila.
  prevention: Ehkäisevät palvelut.
  cooperation: Yhteistyö.
  implementation: Toteutus ja seuranta.
`;

export const PERUSTURVA = `board:
  id: perusturva
  name: Perusturvalautakunta
  municipality: Akaa
submitted: 2026-03-15
swot:
  strengths:
    - Neuvolapalvelut ovat hyvät
    - text: Harrastusmahdollisuuksia on paljon
      id: S-harrastukset
      theme: harrastukset
  weaknesses:
    - Lastensuojelun jonot
vision: Lapsi ensin.
goals:
  - id: G1
    title: Matalan kynnyksen tuki
    theme: mielenterveys
    actions:
      - text: Perhekeskus
        responsible: Perusturva
        due: 2027
`;

export const KOULUTUS = `board:
  id: koulutus
  name: Koulutuslautakunta
swot:
  strengths:
    - text: Harrastusmahdollisuuksia on paljon!
      id: S-harrastukset
vision:
  - Jokainen oppii.
  - Kukaan ei jää yksin.
`;

export const MEETING = `date: 2026-10-14
start: 17:00
end: "19:30"
place: Valtuustosali
sections:
  perusturva: 45
  koulutus: 12
items:
  - title: Talousarvio
    boards: [koulutus]
    duration: 20
`;

export const INDICATORS = `indicators:
  - id: kouluterveys-ahdistus
    title: Kohtalainen tai vaikea ahdistuneisuus
    unit: "%"
    values:
      2025: 17.1
      2021: 15.0
      2023: 16.4
`;

export type Files = Record<string, string | Buffer>;

/** The valid workspace's files, with `changes` applied (a value of `null` removes the file). */
export function files(changes: Record<string, string | Buffer | null> = {}): Files {
  const all: Record<string, string | Buffer | null> = {
    'plan.yaml': PLAN,
    'boards/perusturva.yaml': PERUSTURVA,
    'boards/koulutus.yaml': KOULUTUS,
    ...changes,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string | Buffer] => e[1] !== null));
}

/** Load and validate a workspace made of `files`. */
export async function check(all: Files) {
  const dir = testdir(all);
  const loaded = await loadWorkspace(dir);
  const result = validate(loaded);
  return { dir, loaded, ...result };
}

/** The diagnostics as `code file:line:col` strings with the file relative to the workspace. */
export function summary(diagnostics: { code: string; file: string; line: number; column: number }[], dir: string): string[] {
  return diagnostics.map((d) => `${d.code} ${d.file.slice(dir.length + 1).split('\\').join('/')}:${d.line}:${d.column}`);
}
