// Strings of `lnhs init`: its prompts, usage errors and progress lines, in English and Finnish
// (issue 4 item 1). Kept beside the command rather than in src/messages because no diagnostic
// uses them. The files `init` writes are always commented in Finnish, whatever the locale.
import type { Locale } from '../messages/index.js';

const en = {
  // prompts
  'ask.municipalities': 'Municipalities of the plan (separate several with commas)',
  'ask.kind': 'Kind of plan',
  'ask.kind.municipality': 'municipality (kunta) – the municipality\'s own plan',
  'ask.kind.county': 'county (hyvinvointialue) – the wellbeing services county\'s plan',
  'ask.kind.joint': 'joint (yhteinen) – municipalities and the county together',
  'ask.county': 'Wellbeing services county (optional, Enter to skip)',
  'ask.period': 'Plan period (YYYY-YYYY)',
  'ask.language': 'Language of the generated documents',
  'ask.boards': 'Boards that take part (space selects, Enter confirms)',
  'ask.boards.other': 'Another board…',
  'ask.boards.none': 'Pick at least one board.',
  'ask.board': 'Board as id:Name, e.g. tekninen:Tekninen lautakunta',
  'ask.board.more': 'Add one more board?',
  // validation of answers and flags
  'invalid.municipality': 'Give at least one municipality name.',
  'invalid.text': '"{value}" contains control characters or line breaks.',
  'invalid.period': '"{value}" is not a period; write the first and last year, e.g. {example}.',
  'invalid.periodOrder': 'The period {value} ends before it starts.',
  'invalid.kind': 'unknown plan kind "{value}"; use municipality, county or joint (kunta, hyvinvointialue, yhteinen).',
  'invalid.language': 'unknown language "{value}"; use fi, sv or en.',
  'invalid.board': '"{value}" is not a board; write id:Name, e.g. tekninen:Tekninen lautakunta (the id in lower case a–z, 0–9 and -).',
  'invalid.boardDuplicate': 'The board id "{id}" is given twice.',
  // usage errors
  'usage.missing.noTty': 'init: missing {flags} (no terminal for prompts; use --yes with flags)',
  'usage.missing.yes': 'init: missing {flags} (--yes does not ask; give them as flags)',
  'usage.flag': 'init: {flag}: {message}',
  // results
  'exists': 'lnhs init: these files exist already and were not changed:',
  'exists.hint': 'Nothing was written. Use --force to overwrite them, or choose another folder.',
  'cancelled': 'lnhs init: cancelled; nothing was written.',
  'writeFailed': 'lnhs init: cannot write {file}: {reason}. Nothing was written.',
  'wrote': 'Created the workspace {dir}:',
  'next': 'Next steps:',
  'next.boards': 'Send each board secretary their file ({files}) to fill in: SWOT, vision proposals and goals.',
  'next.plan': 'Write the legal sections in {file} and fix the date and place in {meeting}.',
  'next.validate': 'Check the inputs: lnhs validate {dir}',
  'next.status': 'Follow who has answered: lnhs status {dir}',
} as const;

export type InitMessageId = keyof typeof en;

const fi: Record<InitMessageId, string> = {
  'ask.municipalities': 'Suunnitelman kunnat (erota useampi pilkulla)',
  'ask.kind': 'Suunnitelman laji',
  'ask.kind.municipality': 'kunta – kunnan oma suunnitelma',
  'ask.kind.county': 'hyvinvointialue – hyvinvointialueen suunnitelma',
  'ask.kind.joint': 'yhteinen – kuntien ja hyvinvointialueen yhteinen suunnitelma',
  'ask.county': 'Hyvinvointialue (vapaaehtoinen, Enter ohittaa)',
  'ask.period': 'Suunnitelmakausi (VVVV-VVVV)',
  'ask.language': 'Tuotettavien asiakirjojen kieli',
  'ask.boards': 'Mukana olevat lautakunnat (välilyönti valitsee, Enter hyväksyy)',
  'ask.boards.other': 'Muu lautakunta…',
  'ask.boards.none': 'Valitse vähintään yksi lautakunta.',
  'ask.board': 'Lautakunta muodossa tunnus:Nimi, esim. tekninen:Tekninen lautakunta',
  'ask.board.more': 'Lisätäänkö vielä yksi lautakunta?',
  'invalid.municipality': 'Anna vähintään yhden kunnan nimi.',
  'invalid.text': '"{value}" sisältää ohjausmerkkejä tai rivinvaihtoja.',
  'invalid.period': '"{value}" ei ole suunnitelmakausi; kirjoita ensimmäinen ja viimeinen vuosi, esim. {example}.',
  'invalid.periodOrder': 'Kausi {value} päättyy ennen kuin se alkaa.',
  'invalid.kind': 'tuntematon suunnitelman laji "{value}"; käytä municipality, county tai joint (kunta, hyvinvointialue, yhteinen).',
  'invalid.language': 'tuntematon kieli "{value}"; käytä fi, sv tai en.',
  'invalid.board': '"{value}" ei ole lautakunta; kirjoita tunnus:Nimi, esim. tekninen:Tekninen lautakunta (tunnuksessa pienet kirjaimet a–z, numerot ja -).',
  'invalid.boardDuplicate': 'Lautakunnan tunnus "{id}" on annettu kahdesti.',
  'usage.missing.noTty': 'init: puuttuu {flags} (ei päätettä kysymyksille; käytä --yes ja valitsimia)',
  'usage.missing.yes': 'init: puuttuu {flags} (--yes ei kysy mitään; anna ne valitsimina)',
  'usage.flag': 'init: {flag}: {message}',
  'exists': 'lnhs init: nämä tiedostot ovat jo olemassa, eikä niitä muutettu:',
  'exists.hint': 'Mitään ei kirjoitettu. Korvaa ne valitsimella --force tai valitse toinen kansio.',
  'cancelled': 'lnhs init: keskeytetty; mitään ei kirjoitettu.',
  'writeFailed': 'lnhs init: tiedostoa {file} ei voi kirjoittaa: {reason}. Mitään ei kirjoitettu.',
  'wrote': 'Luotiin työtila {dir}:',
  'next': 'Seuraavaksi:',
  'next.boards': 'Lähetä kunkin lautakunnan sihteerille oma tiedostonsa ({files}) täytettäväksi: SWOT, visioehdotukset ja tavoitteet.',
  'next.plan': 'Kirjoita lakisääteiset osiot tiedostoon {file} ja korjaa kokouksen päivä ja paikka tiedostoon {meeting}.',
  'next.validate': 'Tarkista aineisto: lnhs validate {dir}',
  'next.status': 'Seuraa, ketkä ovat vastanneet: lnhs status {dir}',
};

/** The `init` message `id` in `locale`, with `{name}` placeholders filled from `args`. */
export function initText(id: InitMessageId, locale: Locale, args: Record<string, string | number> = {}): string {
  const template = (locale === 'fi' ? fi : en)[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
