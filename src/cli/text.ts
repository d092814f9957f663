// Short messages of the commands themselves (not diagnostics), in English and Finnish.
import type { Locale } from '../messages/index.js';

const en = {
  'validate.ok': '{dir}: no problems found ({boards} boards).',
  'validate.fileOk': '{file}: no problems found ({kind} file, checked on its own: no workspace with plan.yaml above it).',
  'validate.fileOkWorkspace': '{file}: no problems found ({kind} file, checked with the workspace {dir}).',
  'generate.failed': 'Nothing was written: fix the problems above and run again.',
  'generate.wrote': 'Wrote {files} to {dir}',
  'generate.checkOk': 'All outputs in {dir} are up to date.',
  'generate.checkChanged': 'These outputs in {dir} are out of date: {files}. Run `lnhs {command}` and commit them.',
  'generate.noMeeting': 'No meeting.yaml: the agenda was not rendered.',
  'generate.checkIgnored':
    'These outputs in {dir} differ from the files on disk: {files}. But {dir}/ is ignored by git ({gitignore}), so a fresh clone (as in CI) has no outputs to compare: use `lnhs validate --strict` to check the inputs, and `lnhs {verb} --out <folder>` to publish; keep --check for a folder of drafts that is committed.',
  'generate.badFormat': 'unknown format "{value}"; use md, html, pdf, docx (and text, json or github for diagnostics)',
  'generate.noDocument': 'nothing to render: --only agenda needs meeting.yaml',
  'generate.pdfPrinting': 'Printing PDF with {chrome}…',
  'generate.writeFailed': 'lnhs: could not write the outputs to {dir} ({reason}); the previous outputs are unchanged.',
  'generate.emptyOut': '--out needs a folder; an empty one is not the current folder',
  'report.badYear': '--year must be a year like 2028, got "{value}"',
  'report.noMonitoring': '{dir} has no monitoring files (monitoring/<year>.yaml), so there is nothing to report yet.',
  'report.noMonitoringHint': 'Create the year\'s file with `{command}`; the responsible parties then fill in their statuses.',
  'report.noYear': 'there is no monitoring file for {year} (monitoring/{year}.yaml); the workspace has monitoring for {years}.',
  'report.noYearHint': 'Create it with `{command}`, or give one of those years with --year.',
  'suggest.none': 'No near-duplicates found.',
  'suggest.across':
    '{count} pair(s) marked ↔ are across quadrants: one id cannot join them. Decide in which quadrant the item belongs, and agree on one wording there.',
  // SPEC 3: equal ids with different texts are an error, so the advice is one id and one text
  'suggest.howTo': 'To merge a pair, agree on one wording and give both items the same `id` and that same `text` in their board files, for example:',
  'suggest.quadrant.strengths': 'strengths',
  'suggest.quadrant.weaknesses': 'weaknesses',
  'suggest.quadrant.opportunities': 'opportunities',
  'suggest.quadrant.threats': 'threats',
} as const;

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'validate.ok': '{dir}: ei ongelmia (lautakuntia {boards}).',
  'validate.fileOk': '{file}: ei ongelmia ({kind}-tiedosto tarkistettu yksinään: sen yläpuolella ei ole työtilaa, jossa on plan.yaml).',
  'validate.fileOkWorkspace': '{file}: ei ongelmia ({kind}-tiedosto tarkistettu yhdessä työtilan {dir} kanssa).',
  'generate.failed': 'Mitään ei kirjoitettu: korjaa yllä olevat ongelmat ja aja komento uudelleen.',
  'generate.wrote': 'Kirjoitettiin {files} kansioon {dir}',
  'generate.checkOk': 'Kaikki kansion {dir} tulosteet ovat ajan tasalla.',
  'generate.checkChanged': 'Nämä kansion {dir} tulosteet eivät ole ajan tasalla: {files}. Aja `lnhs {command}` ja tallenna ne.',
  'generate.noMeeting': 'meeting.yaml puuttuu: esityslistaa ei tuotettu.',
  'generate.checkIgnored':
    'Nämä kansion {dir} tulosteet poikkeavat levyllä olevista: {files}. Kansio {dir}/ on kuitenkin gitin ohittama ({gitignore}), joten tuoreessa kloonissa (kuten CI:ssä) ei ole tulosteita, joihin verrata: tarkista syötteet komennolla `lnhs validate --strict` ja julkaise komennolla `lnhs {verb} --out <folder>`; käytä --check-valitsinta luonnoskansiolle, joka tallennetaan versionhallintaan.',
  'generate.badFormat': 'tuntematon muoto "{value}"; käytä md, html, pdf, docx (sekä text, json tai github ilmoituksille)',
  'generate.noDocument': 'ei tuotettavaa: --only agenda tarvitsee meeting.yaml-tiedoston',
  'generate.pdfPrinting': 'Tulostetaan PDF selaimella {chrome}…',
  'generate.writeFailed': 'lnhs: tulosteita ei voitu kirjoittaa kansioon {dir} ({reason}); aiemmat tulosteet ovat ennallaan.',
  'generate.emptyOut': '--out tarvitsee kansion; tyhjä arvo ei tarkoita nykyistä kansiota',
  'report.badYear': '--year tarvitsee vuoden, esim. 2028, saatiin "{value}"',
  'report.noMonitoring': 'Työtilassa {dir} ei ole seurantatiedostoja (monitoring/<vuosi>.yaml), joten raportoitavaa ei vielä ole.',
  'report.noMonitoringHint': 'Luo vuoden tiedosto komennolla `{command}`; vastuutahot täyttävät siihen toimenpiteidensä tilan.',
  'report.noYear': 'vuodelle {year} ei ole seurantatiedostoa (monitoring/{year}.yaml); työtilassa on seurantatiedot vuosilta {years}.',
  'report.noYearHint': 'Luo se komennolla `{command}` tai anna --year-valitsimella jokin noista vuosista.',
  'suggest.none': 'Lähes samanlaisia kohtia ei löytynyt.',
  'suggest.across':
    '↔-merkityt parit ({count}) ovat nelikentän eri osissa: yhteinen tunnus ei yhdistä niitä. Sopikaa, kumpaan osaan kohta kuuluu, ja sopikaa siinä osassa yhdestä sanamuodosta.',
  'suggest.howTo': 'Yhdistä pari sopimalla yhdestä sanamuodosta ja antamalla molemmille kohdille lautakuntien tiedostoissa sama `id` ja sama `text`, esimerkiksi:',
  'suggest.quadrant.strengths': 'vahvuudet',
  'suggest.quadrant.weaknesses': 'heikkoudet',
  'suggest.quadrant.opportunities': 'mahdollisuudet',
  'suggest.quadrant.threats': 'uhat',
};

/** Both catalogues, for the test that keeps them complete (issue 6 item 2). */
export const cliTextCatalogues = { en, fi };

export function cliText(key: Key, locale: Locale, args: Record<string, string | number> = {}): string {
  const template = (locale === 'fi' ? fi : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
