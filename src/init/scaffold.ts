// The text of a new workspace (issue 4 item 1): plan.yaml, one boards/<id>.yaml per board,
// meeting.yaml and .gitignore. Every field is explained in Finnish to the board secretary who
// fills the file in; the content itself is left as commented-out examples and empty lists, so
// that a fresh workspace validates with warnings only (missing sections, no vision yet).
// Pure: the caller says where the schemas are and writes the files.
import { SECTION_HEADINGS } from '../model/legal.js';
import { REQUIRED_SECTIONS, SECTION_IDS, type SectionId } from '../model/types.js';
import { boardIdFromName, type BoardAnswer, type InitAnswers } from './answers.js';
import { comment, yamlScalar } from './yaml-text.js';
import { meetingDate, PLACEHOLDER_PLACE, PLACEHOLDER_START } from '../model/meeting-placeholders.js';

export { meetingDate } from '../model/meeting-placeholders.js';

export type SchemaName = 'plan' | 'board' | 'meeting' | 'indicators' | 'monitoring';

export interface ScaffoldFile {
  /** path inside the workspace with forward slashes */
  rel: string;
  content: string;
}

/** `schemaRef(rel, name)`: what to write after `$schema=` in the file `rel`. */
export type SchemaRef = (rel: string, name: SchemaName) => string;

export function scaffoldWorkspace(answers: InitAnswers, schemaRef: SchemaRef): ScaffoldFile[] {
  const files: ScaffoldFile[] = [{ rel: 'plan.yaml', content: planYaml(answers, schemaRef('plan.yaml', 'plan')) }];
  for (const board of answers.boards) {
    const rel = `boards/${board.id}.yaml`;
    files.push({ rel, content: boardYaml(answers, board, schemaRef(rel, 'board')) });
  }
  files.push({ rel: 'meeting.yaml', content: meetingYaml(answers, schemaRef('meeting.yaml', 'meeting')) });
  files.push({ rel: '.gitignore', content: '# lnhs generate kirjoittaa suunnitelman ja esityslistan tänne.\nout/\n' });
  return files;
}

/** What Child Welfare Act 417/2007 12 § asks each section to cover, for the one who writes it. */
const SECTION_GUIDANCE: Record<SectionId, string> = {
  wellbeing_status:
    'Kuvaa lasten ja nuorten kasvuolot ja hyvinvoinnin tila, esim. kouluterveyskyselyn ja Sotkanetin\ntietojen perusteella. Osiossa näytetään myös indicators.yaml-tiedoston indikaattorit.',
  prevention:
    'Kerro, millä toimilla ja palveluilla lasten ja nuorten hyvinvointia edistetään ja ongelmia\nehkäistään (esim. neuvola, varhaiskasvatus, oppilashuolto, nuorisotyö, harrastukset).',
  child_welfare_need:
    'Arvioi lastensuojelun tarve: lastensuojeluilmoitukset, avohuollon asiakkuudet ja sijoitukset\nsekä niiden kehitys.',
  child_welfare_resources: 'Kerro, mitä voimavaroja lastensuojeluun varataan: henkilöstö ja määrärahat suunnitelmakaudella.',
  child_welfare_services:
    'Kuvaa lastensuojelun palvelujärjestelmä: avohuolto, sijaishuolto ja jälkihuolto sekä se, kuka\nne järjestää.',
  cooperation:
    'Kuvaa, miten yhteistyö järjestetään eri viranomaisten sekä lapsille ja nuorille palveluja\ntuottavien yhteisöjen ja laitosten (esim. järjestöt ja seurakunnat) kesken.',
  implementation:
    'Kerro, miten suunnitelma toteutetaan ja miten toteutumista seurataan ja arvioidaan. Osiossa\nnäytetään myös lautakuntien tavoitteista koottu toimenpidetaulukko. Suunnitelma on otettava\nhuomioon talousarviota laadittaessa.',
};

const KIND_FI = {
  municipality: 'kunnan oma suunnitelma',
  county: 'hyvinvointialueen suunnitelma',
  joint: 'kuntien ja hyvinvointialueen yhteinen suunnitelma',
} as const;

const WRITING_GUIDE = `Kirjoitusohjeita:
- Rivi, joka alkaa merkillä #, on kommentti: ohjelma ei lue sitä. Esimerkin saa käyttöön
  poistamalla rivin alusta "# " niin, että sisennys (välilyönnit) säilyy ennallaan.
- Sisennä välilyönneillä, kaksi kutakin tasoa kohden. Älä käytä sarkainta (Tab).
- Jos teksti sisältää kaksoispisteen ja välilyönnin (": ") tai risuaidan (#), tai alkaa
  erikoismerkillä, kirjoita se lainausmerkkeihin: "Tavoite: jokainen lapsi mukaan".
- Pitkän tekstin voi kirjoittaa pystyviivan (|) jälkeen omille riveilleen, sisennettynä.
- Päivämäärät kirjoitetaan muodossa VVVV-KK-PP, esim. 2026-10-14.
- Tarkista tiedosto komennolla lnhs validate. Editori, jossa on YAML-kielipalvelin (esim.
  VS Code ja Red Hatin YAML-laajennus), tarkistaa tiedostoa jo kirjoittaessa ja näyttää ohjeet.`;

function periodText(answers: InitAnswers): string {
  return `${answers.period.start}–${answers.period.end}`;
}

function planYaml(answers: InitAnswers, schema: string): string {
  const required = REQUIRED_SECTIONS[answers.kind];
  const municipality = answers.municipalities[0] ?? 'Kunta';
  const sectionExamples = SECTION_IDS.map((id, index) => {
    const status = required.includes(id)
      ? 'pakollinen'
      : 'ei pakollinen tässä suunnitelmassa: lastensuojelun järjestää hyvinvointialue';
    return [
      `  # ${index + 1}. ${SECTION_HEADINGS.fi[id]} (${status})`,
      comment(SECTION_GUIDANCE[id], '  '),
      `  ${id}: |`,
      `    Kirjoita osion teksti tähän. Tyhjä rivi aloittaa uuden kappaleen.`,
    ].join('\n');
  }).join('\n');

  return `# yaml-language-server: $schema=${schema}
#
# Lasten ja nuorten hyvinvointisuunnitelma ${periodText(answers)}: suunnitelman runko (plan.yaml)
#
# Tämä tiedosto kertoo, kenen suunnitelma on, mille kaudelle se tehdään ja mitä
# lastensuojelulain (417/2007) 12 §:n edellyttämiin osioihin kirjoitetaan. Lautakunnat kirjaavat
# SWOT-analyysinsa, visioehdotuksensa ja tavoitteensa boards/-kansion tiedostoihin; lnhs
# yhdistää ne yhdeksi suunnitelmaksi. Tätä tiedostoa muokkaa kehittämiskoordinaattori.
#
${comment(WRITING_GUIDE)}

# Suunnitelman otsikko (vapaaehtoinen). Ilman otsikkoa käytetään otsikkoa
# "Lasten ja nuorten hyvinvointisuunnitelma ${periodText(answers)}".
# title: ${yamlScalar(`Lasten ja nuorten hyvinvointisuunnitelma ${periodText(answers)} – ${municipality}`)}

# Suunnitelman laji: municipality (kunnan oma suunnitelma), county (hyvinvointialueen
# suunnitelma) tai joint (kuntien ja hyvinvointialueen yhteinen suunnitelma). Laji ratkaisee,
# mitkä lakisääteiset osiot ovat pakollisia (ks. sections alempana).
kind: ${answers.kind}

# Kunnat, joita suunnitelma koskee: vähintään yksi, kukin omalla rivillään viivan perässä.
# Yhteisessä suunnitelmassa luetellaan kaikki mukana olevat kunnat.
municipalities:
${answers.municipalities.map((m) => `  - ${yamlScalar(m)}`).join('\n')}

# Hyvinvointialue, jonka alueella kunta on (vapaaehtoinen).
${answers.county !== undefined ? `county: ${yamlScalar(answers.county)}` : '# county: Järvi-Suomen hyvinvointialue'}

# Suunnitelmakausi: ensimmäinen (start) ja viimeinen (end) vuosi. Suunnitelma tarkistetaan
# vähintään kerran neljässä vuodessa (lastensuojelulaki 12 §), joten kausi on enintään neljä vuotta.
period:
  start: ${answers.period.start}
  end: ${answers.period.end}

# Tuotettavien asiakirjojen kieli: fi (suomi), sv (ruotsi) tai en (englanti).
language: ${answers.language}

# Ohjausryhmän jäsenet (vapaaehtoinen): rooli (role) on pakollinen, nimi (name) ja
# organisaatio (organisation) vapaaehtoisia.
# steering_group:
#   - role: sivistysjohtaja (puheenjohtaja)
#     name: Etunimi Sukunimi
#     organisation: ${yamlScalar(`${municipality}, sivistyspalvelut`)}
#   - role: nuorisovaltuuston edustaja

# Hyväksytty yhteinen visio. Jätä pois, kunnes ohjausryhmä ja lautakunnat ovat sopineet
# visiosta; siihen asti suunnitelmassa näytetään lautakuntien visioehdotukset.
# vision: Jokainen lapsi ja nuori tulee kuulluksi ja saa tukea oikeaan aikaan.

# Teemat (vapaaehtoinen): lyhyt tunnus (pienin kirjaimin, ilman välilyöntejä) ja sen nimi.
# Lautakuntien SWOT-kohdat ja tavoitteet voivat viitata teemaan tunnuksella, esim.
# "theme: mielenterveys".
# themes:
#   osallisuus: Osallisuus ja yhteisöllisyys
#   mielenterveys: Mielen hyvinvointi
#   harrastukset: Harrastukset ja liikkuminen

# Lakisääteiset osiot (lastensuojelulaki 417/2007, 12 §). Tämä on ${KIND_FI[answers.kind]},
# joten pakollisia ovat osiot ${required.join(', ')}.
# Kunkin osion teksti kirjoitetaan osion tunnuksen alle Markdown-muotoisena (esim. **lihavointi**,
# luettelot viivalla). Suunnitelmassa näkyy aina jokainen pakollinen osio; tyhjään osioon
# merkitään, että sisältö puuttuu vielä.
# Kun kirjoitat ensimmäisen osion: poista rivi "sections: {}" ja ota alla olevasta mallista
# käyttöön rivi "sections:" sekä kirjoittamiesi osioiden rivit.
sections: {}
# sections:
${comment(sectionExamples)}

# Hyväksymispäivät (vapaaehtoinen): lautakuntien yhteinen käsittely (boards) ja valtuusto (council).
# approval:
#   boards: ${meetingDate(answers)}
#   council: ${answers.period.start - 1}-12-21
`;
}

/** One board's file, as `init` writes it; also for `lnhs board add` (issue 13 item 6). */
export function scaffoldBoard(answers: InitAnswers, board: BoardAnswer, schema: string): string {
  return boardYaml(answers, board, schema);
}

function boardYaml(answers: InitAnswers, board: BoardAnswer, schema: string): string {
  const municipality = answers.municipalities[0] ?? 'Kunta';
  const domain = boardIdFromName(municipality) || 'kunta';
  const several = answers.municipalities.length > 1;
  return `# yaml-language-server: $schema=${schema}
#
# ${board.name}: aineisto lasten ja nuorten hyvinvointisuunnitelmaan ${periodText(answers)}
#
# Lautakunnan sihteerille: kirjaa tähän tiedostoon lautakunnan työpajan tulokset eli
# - SWOT-analyysi lasten, nuorten ja perheiden palveluista (swot),
# - visioehdotukset (vision) ja
# - tavoitteet ja toimenpiteet (goals).
# Ohjausryhmä yhdistää kaikkien lautakuntien tiedostot yhdeksi suunnitelmaksi. Kun aineisto
# on valmis, kirjoita toimituspäivä kohtaan submitted.
#
${comment(WRITING_GUIDE)}
#
# SWOT-kohdan voi kirjoittaa kahdella tavalla:
# - pelkkänä tekstinä:
#     - Koulunuorisotyö tavoittaa nuoret hyvin
# - tai tarkemmin, jolloin mukana on teksti (text) ja lisäksi tunnus (id), teema (theme) tai
#   huomautus (note):
#     - id: koulunuorisotyo
#       text: Koulunuorisotyö tavoittaa nuoret hyvin
#       theme: harrastukset
#       note: Kouluterveyskysely 2025
# Sama tunnus (id) usean lautakunnan tiedostossa tarkoittaa samaa asiaa: suunnitelmassa se
# näkyy kerran, ja sen kohdalla mainitaan kaikki lautakunnat, jotka nostivat sen. Saman
# tunnuksen tekstin on silloin oltava kaikissa tiedostoissa sama. Tunnus kirjoitetaan pienin
# kirjaimin ilman välilyöntejä ja ääkkösiä (a–z, 0–9 ja -). Ilman tunnusta kohdat yhdistetään,
# kun niiden tekstit ovat samat. Teema on jokin plan.yaml-tiedoston themes-kohdan tunnuksista.

# Lautakunnan tiedot. Tunnus (id) on sama kuin tiedoston nimi ilman .yaml-päätettä;
# älä muuta sitä. Nimi (name) näkyy suunnitelmassa ja esityslistalla.
board:
  id: ${board.id}
  name: ${yamlScalar(board.name)}
  # Kunta, jonka lautakunta tämä on: yksi plan.yaml-tiedoston kunnista (vapaaehtoinen${several ? '; yhteisessä suunnitelmassa hyödyllinen' : ''}).
  # municipality: ${yamlScalar(municipality)}

# Yhteyshenkilö (vapaaehtoinen): rooli (role) on pakollinen, nimi (name) ja sähköposti (email)
# vapaaehtoisia.
# contact:
#   role: lautakunnan sihteeri
#   name: Etunimi Sukunimi
#   email: etunimi.sukunimi@${domain}.fi

# Päivä, jona lautakunta toimitti aineistonsa (VVVV-KK-PP). Niin kauan kuin päivä puuttuu,
# lnhs status näyttää, ettei lautakunta ole vielä vastannut.
# submitted: ${answers.period.start - 1}-10-14

# SWOT-analyysi. Jokainen neljästä listasta saa olla tyhjä ([]). Kun lisäät kohtia, korvaa []
# allekkaisilla riveillä, joista kukin alkaa viivalla ja välilyönnillä, kuten esimerkeissä.
swot:
  # Vahvuudet: mikä toimii nyt hyvin lasten, nuorten ja perheiden palveluissa?
  # strengths:
  #   - Koulunuorisotyö tavoittaa nuoret hyvin
  #   - id: harrastus-koulupaivana
  #     text: Maksuttomia harrastuksia on tarjolla koulupäivän yhteydessä
  strengths: []
  # Heikkoudet: missä palvelut eivät nyt riitä tai toimi?
  # weaknesses:
  #   - Mielenterveyspalveluihin joutuu jonottamaan liian kauan
  weaknesses: []
  # Mahdollisuudet: mikä tuleva muutos tai yhteistyö voisi parantaa tilannetta?
  # opportunities:
  #   - Järjestöjen ja seurakunnan vapaaehtoistoimintaa voidaan hyödyntää enemmän
  opportunities: []
  # Uhat: mikä voi heikentää lasten ja nuorten hyvinvointia tulevina vuosina?
  # threats:
  #   - Ammattilaisten vaihtuvuus heikentää yhteistyön jatkuvuutta
  threats: []

# Visioehdotus: millainen on lasten ja nuorten hyvä arki kunnassa suunnitelmakauden lopussa?
# Yksi ehdotus tekstinä (vision: Teksti) tai useampi listana kuten alla. Ohjausryhmä kokoaa
# ehdotuksista yhteisen vision, joka kirjataan plan.yaml-tiedostoon.
# vision:
#   - Jokaisella lapsella ja nuorella on turvallinen aikuinen ja mieluisa harrastus.

# Tavoitteet ja toimenpiteet suunnitelman toimenpideosaan. Tavoitteelle kirjoitetaan otsikko
# (title) ja toimenpiteet (actions); tunnus (id) ja teema (theme) ovat vapaaehtoisia. Saman
# tunnuksen tavoitteet eri lautakunnilta yhdistetään ja niiden toimenpiteet kootaan yhteen.
# Toimenpiteelle kirjoitetaan teksti (text) ja tarvittaessa vastuutaho (responsible),
# aikataulu (due: vuosi, esim. ${answers.period.start + 1}, tai päivämäärä VVVV-KK-PP), mittari (indicator)
# ja resurssit (resources).
# goals:
#   - id: matala-kynnys
#     title: Matalan kynnyksen tukea lähelle arkea
#     actions:
#       - text: Koulukuraattorin avoimet vastaanotot jokaiseen kouluun
#         responsible: Opiskeluhuolto
#         due: ${answers.period.start + 1}
#         indicator: Kuraattorille pääsee viikon kuluessa
#         resources: 0,5 henkilötyövuotta
`;
}

function meetingYaml(answers: InitAnswers, schema: string): string {
  const ids = answers.boards.map((b) => b.id);
  return `# yaml-language-server: $schema=${schema}
#
# Lautakuntien yhteinen kokous, jossa suunnitelma käsitellään (meeting.yaml)
#
# lnhs generate tekee tästä tiedostosta kokouksen esityslistan (agenda.md, agenda.html) ja
# kalenterimerkinnän (agenda.ics). Kukin lautakunta päättää suunnitelmasta oman pykälänsä (§)
# alla, ja suunnitelma lähetetään valtuuston hyväksyttäväksi.
# Päivä, kellonaika ja paikka ovat valmiina vain malliksi: korjaa ne.
#
${comment(WRITING_GUIDE)}

# Kokouksen otsikko (vapaaehtoinen). Ilman otsikkoa se muodostetaan lautakuntien nimistä,
# esim. "Perusturva-, koulutus- ja vapaa-aikalautakunnan yhteinen kokous".
# title: Lautakuntien yhteinen kokous

# Kokouspäivä (pakollinen), muodossa VVVV-KK-PP.
date: ${meetingDate(answers)}
# Alkamisaika (pakollinen) ja päättymisaika (vapaaehtoinen), lainausmerkeissä muodossa "HH:MM".
start: "${PLACEHOLDER_START}"
# end: "19:00"
# Kokouspaikka (pakollinen).
place: ${PLACEHOLDER_PLACE}

# Kokoukseen osallistuvat lautakunnat tunnuksin (boards/-kansion tiedostojen nimet ilman
# .yaml-päätettä). Oletuksena kaikki lautakunnat.
# boards:
${ids.map((id) => `#   - ${id}`).join('\n')}

# Pykälänumerot: kunkin lautakunnan ensimmäinen pykälä (§) tässä kokouksessa. Jokainen
# lautakunta numeroi asiansa itse, ja numerointi jatkuu koko vuoden.
# sections:
${ids.map((id, i) => `#   ${id}: ${101 + 10 * i}`).join('\n')}

# Esittelijät (presenters): kunkin lautakunnan esittelijä, tavallisesti toimialajohtaja.
# Esittelijä on viranhaltija (kuntalaki 90 §).
# presenters:
${ids.map((id) => `#   ${id}: toimialajohtaja`).join('\n')}

# Oikaisuvaatimusten vastaanottaja (review) muutoksenhakuohjeeseen: osoite (address),
# sähköposti (email) ja tarvittaessa viranomainen (authority; oletuksena lautakunta).
# review:
${ids.map((id) => `#   ${id}:\n#     address: PL 1, 00100 Kunta\n#     email: kirjaamo@kunta.fi`).join('\n')}

# Päivä, jona pöytäkirja on nähtävänä yleisessä tietoverkossa (kuntalaki 140 §).
# minutes_online: 2026-12-17

# Puheenjohtaja (chair) ja sihteeri (secretary).
# chair: Etunimi Sukunimi
# secretary: Etunimi Sukunimi

# Vakioasioiden lisätiedot (standard_items: opening, minutes, order, swot, vision, plan,
# closing): diaarinumero (dno), valmistelija (preparer), liitteet (attachments) ja tarvittaessa
# oma päätösehdotus (proposal). Suunnitelma on suunnitelma-asian Liite 1.
# standard_items:
#   plan:
#     dno: 123/2026
#     preparer:
#       title: hyvinvointikoordinaattori
#       phone: 040 123 4567
#       email: hyvinvointi@kunta.fi

# Muut käsiteltävät asiat; ne tulevat esityslistalla suunnitelma-asioiden jälkeen. Asialle
# kirjoitetaan otsikko (title) ja tarvittaessa diaarinumero (dno), valmistelija (preparer),
# selostus (description), päätösehdotus (proposal), liitteet (attachments), käsittelevät
# lautakunnat (boards; oletuksena kaikki), arvioitu kesto minuutteina (duration) ja
# preparatory: true, jos päätös koskee vain valmistelua (siitä ei saa hakea muutosta).
# items:
#   - title: Nuorisovaltuuston kuuleminen
#     preparer: hyvinvointikoordinaattori
#     description: Nuorisovaltuusto esittelee kyselynsä tulokset.
#     proposal: Lautakunnat merkitsevät tulokset tiedoksi.
#     preparatory: true
#     duration: 20
`;
}
