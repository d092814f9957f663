// Help texts of the command line in English and Finnish (issue 6). Every command has an example.
import type { Locale } from '../messages/index.js';

const en = {
  program: "Prepare a municipality's child and youth welfare plan (lasten ja nuorten hyvinvointisuunnitelma) from the boards' YAML files.",
  'program.after': `
Examples:
  $ lnhs init plans/2027 --yes --municipality Järvilahti --period 2027-2030 --board perusturva:Perusturvalautakunta
  $ lnhs validate plans/example
  $ lnhs generate plans/example --format md,html,pdf

Exit codes: 0 ok, 1 problems in the inputs, 2 wrong usage, 70 internal error.
Documentation: README.md`,
  'opt.version': 'print the version',
  'opt.help': 'show help for a command',
  'opt.quiet': 'print no progress messages',
  'opt.noColor': 'no colours in the output',
  'opt.lang': 'language of messages: fi or en (default from LANG / LC_ALL)',
  'opt.strict': 'treat warnings as errors (exit 1)',
  'opt.diagFormat': 'diagnostics format',
  'opt.format': 'output format',
  'arg.dir': 'workspace folder (default: the current folder)',
  'opt.schema': 'what the $schema line points at: the published, versioned URL (works wherever the file is sent) or a local path',
  board: 'add a board to the workspace in the middle of the round, or remove one',
  'board.add': 'write boards/<id>.yaml and add the board to meeting.yaml\'s boards and sections',
  'board.remove': 'remove boards/<id>.yaml (only an empty one without --force) and take the board out of meeting.yaml',
  'board.id': 'board id: lowercase letters a–z, digits and hyphens, e.g. vapaa-aika',
  'board.name': 'the board\'s name, e.g. "Vapaa-aikalautakunta"',
  'board.force': 'remove the file even when something is written in it',
  'board.example': `
Examples:
  $ lnhs board add tekninen "Tekninen lautakunta" plans/2027
  $ lnhs board remove tekninen plans/2027`,
  monitoring: 'the yearly follow-up of the plan\'s actions (monitoring/<year>.yaml)',
  'monitoring.init': 'write monitoring/<year>.yaml with every action of the plan, not started, for the responsible parties to fill in',
  'monitoring.year': 'the year to follow up, inside the plan period',
  'monitoring.force': 'overwrite the year\'s file if it exists',
  'monitoring.example': `
Example:
  $ lnhs monitoring init --year 2027 plans/example`,
  init: 'create a workspace: plan.yaml, a file per board, meeting.yaml',
  'init.yes': 'ask nothing; take the answers from the flags',
  'init.municipality': 'a municipality of the plan (repeat for a joint plan)',
  'init.kind': 'plan kind',
  'init.period': 'plan period, e.g. 2027-2030',
  'init.language': 'language of the documents',
  'init.board': 'a board as id:Name, e.g. perusturva:Perusturvalautakunta (repeatable)',
  'init.county': 'the wellbeing services county',
  'init.force': 'overwrite existing files',
  'init.example': `
Example:
  $ lnhs init plans/2027 --yes --municipality Järvilahti --period 2027-2030 \\
      --board perusturva:Perusturvalautakunta --board koulutus:Koulutuslautakunta`,
  validate: 'check every input file, or one file on its own, and print the problems found',
  'validate.path': 'workspace folder, or one input file (default: the current folder)',
  'validate.example': `
Examples:
  $ lnhs validate plans/example
  $ lnhs validate boards/sivistys.yaml                      # one file, e.g. sent by e-mail
  $ lnhs validate plans/example --strict --format github   # in CI`,
  status: 'show which boards have submitted, item counts, what is missing, and who has not reported this year\'s monitoring',
  'status.example': `
Example:
  $ lnhs status plans/example`,
  merge: 'print the merged SWOT with the source of every item',
  'merge.suggest': 'list near-duplicate items across boards with a similarity score',
  'merge.threshold': 'minimum similarity for --suggest, 0–1 (default 0.6)',
  'merge.example': `
Examples:
  $ lnhs merge plans/example --format json
  $ lnhs merge plans/example --suggest --threshold 0.5`,
  generate: 'render the plan and the meeting agenda into the output folder',
  'generate.out': 'output folder (default: <dir>/out)',
  'generate.only': 'render only one document',
  'generate.format': 'comma-separated: md, html, pdf, docx; and text, json or github for diagnostics',
  'generate.check': 'write nothing; exit 1 if any output would change',
  'generate.example': `
Examples:
  $ lnhs generate plans/example
  $ lnhs generate plans/example --format md,html,pdf --out public/
  $ lnhs generate plans/example --format docx   # plan.docx and agenda.docx for Word
  $ lnhs generate plans/example --check      # CI: are the committed drafts current?`,
  report: 'write the yearly monitoring report of the plan (report-YYYY.md, .html) into the output folder',
  'report.year': 'the year to report on (default: the latest monitoring/<year>.yaml)',
  'report.example': `
Examples:
  $ lnhs report plans/example                     # the latest year
  $ lnhs report plans/example --year 2027 --format md,html,pdf,docx
  $ lnhs report plans/example --check             # CI: is the committed report current?`,
  diff: 'show what changed between two workspaces (e.g. two plan periods)',
  'diff.old': 'the earlier workspace',
  'diff.new': 'the later workspace',
  'diff.example': `
Example:
  $ lnhs diff plans/2023 plans/2027`,
  templates: 'list or copy the built-in templates',
  'templates.list': 'list the built-in templates and partials',
  'templates.eject': "copy the built-in templates into the workspace's templates/ for editing",
  'templates.only': 'copy only this template',
  'templates.force': 'overwrite templates already in the workspace',
  'templates.example': `
Example:
  $ lnhs templates eject plans/example --only plan.md.hbs`,
  schema: 'print or write the JSON Schemas of the input files',
  'schema.name': 'plan, board, meeting, indicators or monitoring (default: all)',
  'schema.out': 'write the schema files into this folder',
  'schema.example': `
Examples:
  $ lnhs schema board
  $ lnhs schema --out schema/`,
  indicators: 'wellbeing indicators',
  'indicators.import': 'turn a Sotkanet JSON export into indicators.yaml',
  'indicators.file': 'the Sotkanet JSON export',
  'indicators.metadata': 'Sotkanet indicator metadata (JSON) for the titles',
  'indicators.region': 'keep only this region id',
  'indicators.force': 'overwrite an existing indicators.yaml',
  'indicators.example': `
Example:
  $ lnhs indicators import sotkanet.json plans/example --metadata indicators-meta.json`,
  'usage.hint': "Run 'lnhs --help' for usage.",
  internal: 'lnhs: internal error: {detail}. This is a bug; please report it with the command you ran (set LNHS_DEBUG=1 for details).',
};

export type HelpKey = keyof typeof en;

const fi: Record<HelpKey, string> = {
  program: 'Laadi kunnan lasten ja nuorten hyvinvointisuunnitelma lautakuntien YAML-tiedostoista.',
  'program.after': `
Esimerkkejä:
  $ lnhs init plans/2027 --yes --municipality Järvilahti --period 2027-2030 --board perusturva:Perusturvalautakunta
  $ lnhs validate plans/example
  $ lnhs generate plans/example --format md,html,pdf

Paluukoodit: 0 kunnossa, 1 syötteissä ongelmia, 2 väärä käyttö, 70 sisäinen virhe.
Ohjeet: README.md`,
  'opt.version': 'näytä versio',
  'opt.help': 'näytä komennon ohje',
  'opt.quiet': 'älä tulosta edistymisviestejä',
  'opt.noColor': 'ei värejä tulosteessa',
  'opt.lang': 'viestien kieli: fi tai en (oletus LANG- / LC_ALL-muuttujasta)',
  'opt.strict': 'käsittele varoitukset virheinä (paluukoodi 1)',
  'opt.diagFormat': 'ilmoitusten muoto',
  'opt.format': 'tulosteen muoto',
  'arg.dir': 'työtilan kansio (oletus: nykyinen kansio)',
  'opt.schema': 'mihin $schema-rivi osoittaa: julkaistuun, versioituun osoitteeseen (toimii, minne tiedosto lähetetäänkin) vai paikalliseen polkuun',
  board: 'lisää työtilaan lautakunta kesken kierroksen tai poista lautakunta',
  'board.add': 'kirjoita boards/<tunnus>.yaml ja lisää lautakunta meeting.yaml-tiedoston kohtiin boards ja sections',
  'board.remove': 'poista boards/<tunnus>.yaml (ilman --force vain tyhjä) ja ota lautakunta pois meeting.yaml-tiedostosta',
  'board.id': 'lautakunnan tunnus: pienet kirjaimet a–z, numerot ja väliviivat, esim. vapaa-aika',
  'board.name': 'lautakunnan nimi, esim. "Vapaa-aikalautakunta"',
  'board.force': 'poista tiedosto, vaikka siihen on kirjoitettu jotakin',
  'board.example': `
Esimerkkejä:
  $ lnhs board add tekninen "Tekninen lautakunta" plans/2027
  $ lnhs board remove tekninen plans/2027`,
  monitoring: 'suunnitelman toimenpiteiden vuosiseuranta (monitoring/<vuosi>.yaml)',
  'monitoring.init': 'kirjoita monitoring/<vuosi>.yaml, jossa on jokainen suunnitelman toimenpide tilassa ei aloitettu vastuutahojen täytettäväksi',
  'monitoring.year': 'seurattava vuosi suunnitelmakauden sisältä',
  'monitoring.force': 'korvaa vuoden tiedosto, jos se on jo olemassa',
  'monitoring.example': `
Esimerkki:
  $ lnhs monitoring init --year 2027 plans/example`,
  init: 'luo työtila: plan.yaml, tiedosto kullekin lautakunnalle, meeting.yaml',
  'init.yes': 'älä kysy mitään; ota vastaukset valitsimista',
  'init.municipality': 'suunnitelman kunta (toista yhteisessä suunnitelmassa)',
  'init.kind': 'suunnitelman laji',
  'init.period': 'suunnitelmakausi, esim. 2027-2030',
  'init.language': 'asiakirjojen kieli',
  'init.board': 'lautakunta muodossa tunnus:Nimi, esim. perusturva:Perusturvalautakunta (toistettava)',
  'init.county': 'hyvinvointialue',
  'init.force': 'korvaa olemassa olevat tiedostot',
  'init.example': `
Esimerkki:
  $ lnhs init plans/2027 --yes --municipality Järvilahti --period 2027-2030 \\
      --board perusturva:Perusturvalautakunta --board koulutus:Koulutuslautakunta`,
  validate: 'tarkista kaikki syötetiedostot tai yksi tiedosto ja näytä löydetyt ongelmat',
  'validate.path': 'työtilan kansio tai yksi syötetiedosto (oletus: nykyinen kansio)',
  'validate.example': `
Esimerkkejä:
  $ lnhs validate plans/example
  $ lnhs validate boards/sivistys.yaml                      # yksi tiedosto, esim. sähköpostin liite
  $ lnhs validate plans/example --strict --format github   # CI:ssä`,
  status: 'näytä, mitkä lautakunnat ovat toimittaneet aineistonsa, SWOT-kohtien määrät, mitä puuttuu ja kuka ei ole vielä raportoinut vuoden seurantaa',
  'status.example': `
Esimerkki:
  $ lnhs status plans/example`,
  merge: 'tulosta yhdistetty SWOT ja kunkin kohdan lähde',
  'merge.suggest': 'listaa lautakuntien lähes samanlaiset kohdat samankaltaisuuspisteineen',
  'merge.threshold': '--suggest-valitsimen pienin samankaltaisuus, 0–1 (oletus 0.6)',
  'merge.example': `
Esimerkkejä:
  $ lnhs merge plans/example --format json
  $ lnhs merge plans/example --suggest --threshold 0.5`,
  generate: 'tuota suunnitelma ja kokouksen esityslista tulostekansioon',
  'generate.out': 'tulostekansio (oletus: <kansio>/out)',
  'generate.only': 'tuota vain yksi asiakirja',
  'generate.format': 'pilkuin eroteltuna: md, html, pdf, docx; sekä text, json tai github ilmoituksille',
  'generate.check': 'älä kirjoita mitään; paluukoodi 1, jos jokin tuloste muuttuisi',
  'generate.example': `
Esimerkkejä:
  $ lnhs generate plans/example
  $ lnhs generate plans/example --format md,html,pdf --out public/
  $ lnhs generate plans/example --format docx   # plan.docx ja agenda.docx Wordiin
  $ lnhs generate plans/example --check      # CI: ovatko tallennetut luonnokset ajan tasalla?`,
  report: 'tuota suunnitelman vuosittainen seurantaraportti (report-VVVV.md, .html) tulostekansioon',
  'report.year': 'raportoitava vuosi (oletus: viimeisin monitoring/<vuosi>.yaml)',
  'report.example': `
Esimerkkejä:
  $ lnhs report plans/example                     # viimeisin vuosi
  $ lnhs report plans/example --year 2027 --format md,html,pdf,docx
  $ lnhs report plans/example --check             # CI: onko tallennettu raportti ajan tasalla?`,
  diff: 'näytä, mikä muuttui kahden työtilan välillä (esim. kaksi suunnitelmakautta)',
  'diff.old': 'aiempi työtila',
  'diff.new': 'uudempi työtila',
  'diff.example': `
Esimerkki:
  $ lnhs diff plans/2023 plans/2027`,
  templates: 'listaa tai kopioi sisäänrakennetut mallipohjat',
  'templates.list': 'listaa sisäänrakennetut mallipohjat ja osapohjat',
  'templates.eject': 'kopioi mallipohjat työtilan templates/-kansioon muokattaviksi',
  'templates.only': 'kopioi vain tämä mallipohja',
  'templates.force': 'korvaa työtilassa jo olevat mallipohjat',
  'templates.example': `
Esimerkki:
  $ lnhs templates eject plans/example --only plan.md.hbs`,
  schema: 'tulosta tai kirjoita syötetiedostojen JSON Schema -skeemat',
  'schema.name': 'plan, board, meeting, indicators tai monitoring (oletus: kaikki)',
  'schema.out': 'kirjoita skeematiedostot tähän kansioon',
  'schema.example': `
Esimerkkejä:
  $ lnhs schema board
  $ lnhs schema --out schema/`,
  indicators: 'hyvinvointi-indikaattorit',
  'indicators.import': 'muunna Sotkanetin JSON-vienti indicators.yaml-tiedostoksi',
  'indicators.file': 'Sotkanetin JSON-vienti',
  'indicators.metadata': 'Sotkanetin indikaattorien kuvailutiedot (JSON) otsikoita varten',
  'indicators.region': 'ota mukaan vain tämä aluetunnus',
  'indicators.force': 'korvaa olemassa oleva indicators.yaml',
  'indicators.example': `
Esimerkki:
  $ lnhs indicators import sotkanet.json plans/example --metadata indicators-meta.json`,
  'usage.hint': "Katso käyttöohje: 'lnhs --help'.",
  internal: 'lnhs: sisäinen virhe: {detail}. Tämä on ohjelmavirhe; ilmoita siitä ja kerro ajamasi komento (LNHS_DEBUG=1 näyttää lisätiedot).',
};

export function help(key: HelpKey, locale: Locale): string {
  return (locale === 'fi' ? fi : en)[key];
}

export const helpCatalogues = { en, fi };
