// A realistic merged plan for the render tests: three boards of a fictional municipality
// (one not yet submitted), shared SWOT items, goals, indicators and a joint meeting.
import type {
  Board,
  Lang,
  MergedItem,
  MergedPlan,
  PlanKind,
  Pos,
  Quadrant,
  SourceRef,
} from '../../src/model/types.js';

const pos = (file: string, line = 1): Pos => ({ file, line, column: 1 });
const src = (board: string, line = 1): SourceRef => ({ board, file: `boards/${board}.yaml`, line, column: 5 });

function board(id: string, name: string, submitted?: string): Board {
  return {
    id,
    name,
    municipality: 'Järvelä',
    contact: { role: 'Lautakunnan sihteeri' },
    ...(submitted ? { submitted } : {}),
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    vision: [],
    goals: [],
    file: `boards/${id}.yaml`,
  };
}

function item(text: string, boards: string[], extra: Partial<MergedItem> = {}): MergedItem {
  return {
    key: extra.id ?? `text:${text.toLowerCase()}`,
    text,
    notes: [],
    boards,
    sources: boards.map((b, i) => src(b, 10 + i)),
    shared: boards.length > 1,
    ...extra,
  };
}

export interface FixtureOptions {
  lang?: Lang;
  kind?: PlanKind;
  /** leave these sections without text */
  emptySections?: string[];
  vision?: boolean;
  meeting?: boolean;
}

export function mergedPlan(options: FixtureOptions = {}): MergedPlan {
  const lang = options.lang ?? 'fi';
  const kind = options.kind ?? 'municipality';
  const sections: MergedPlan['plan']['sections'] = {
    wellbeing_status:
      'Järvelässä asuu noin 2 900 alle 18-vuotiasta. Useimmat lapset ja nuoret voivat hyvin, mutta **yksinäisyys** ja ahdistuneisuus ovat lisääntyneet.\n\n- Kouluterveyskyselyn mukaan harrastus on 86 %:lla.\n- Lastensuojeluilmoitusten määrä on kasvanut.',
    prevention:
      'Ehkäisevää työtä tehdään neuvolassa, varhaiskasvatuksessa, koulussa ja nuorisotyössä. Lisätietoa [THL:n sivuilta](https://thl.fi/).',
    child_welfare_need: 'Avohuollon asiakkuuksia oli 212 vuonna 2024.',
    child_welfare_resources: 'Lastensuojeluun on varattu 4,2 miljoonaa euroa.',
    child_welfare_services: 'Palvelut järjestää Pohjois-Järvelän hyvinvointialue.',
    cooperation: 'Ohjausryhmä kokoontuu neljä kertaa vuodessa.\n\n## Yhteistyörakenteet\n\nNuorten ohjaamo ja perhekeskus.',
    implementation: 'Suunnitelman toteutumista seurataan vuosittain hyvinvointikertomuksen yhteydessä.',
  };
  for (const id of options.emptySections ?? []) delete sections[id as keyof typeof sections];

  const boards = [
    board('perusturva', 'Perusturvalautakunta', '2026-05-12'),
    board('koulutus', 'Koulutuslautakunta', '2026-05-20'),
    board('vapaa-aika', 'Vapaa-aikalautakunta'),
  ];

  const swot: Record<Quadrant, MergedItem[]> = {
    strengths: [
      item('Harrastusmahdollisuuksia on monipuolisesti ja *maksuttomasti*', ['perusturva', 'koulutus', 'vapaa-aika'], {
        id: 'harrastukset',
        theme: 'osallisuus',
      }),
      item('Neuvolan ja varhaiskasvatuksen yhteistyö toimii', ['perusturva', 'koulutus']),
      item('Koulujen oppilashuolto on vakiintunut', ['koulutus'], { notes: ['Kuraattoreita on kolme'] }),
      item('Nuorisotilat ovat nuorten suosimia', ['vapaa-aika']),
    ],
    weaknesses: [
      item('Mielenterveyspalveluihin jonotetaan pitkään', ['perusturva', 'koulutus'], { id: 'mielenterveys' }),
      item('Tieto palveluista ei tavoita perheitä', ['vapaa-aika']),
    ],
    opportunities: [item('Perhekeskuksen kehittäminen', ['perusturva'])],
    threats: [],
  };

  const plan: MergedPlan['plan'] = {
    kind,
    municipalities: kind === 'municipality' ? ['Järvelä'] : ['Järvelä', 'Kivikoski'],
    ...(kind !== 'municipality' ? { county: 'Pohjois-Järvelän hyvinvointialue' } : {}),
    period: { start: 2026, end: 2029 },
    language: lang,
    steeringGroup: [
      { role: 'Puheenjohtaja', organisation: 'Sivistystoimi' },
      { role: 'Sihteeri', name: 'Hyvinvointikoordinaattori', organisation: 'Kunnanvirasto' },
    ],
    ...(options.vision === false ? {} : { vision: 'Järvelässä jokainen lapsi ja nuori tulee kuulluksi ja voi hyvin.' }),
    themes: { osallisuus: 'Osallisuus', mielenterveys: 'Mielenterveys' },
    sections,
    state: 'draft',
    approval: { boards: '2026-10-14', councils: [] },
    chapters: [],
    sources: [],
    file: 'plan.yaml',
  };

  const merged: MergedPlan = {
    plan,
    boards,
    swot,
    visions: [
      { text: 'Jokainen lapsi tulee kuulluksi', boards: ['perusturva', 'koulutus'], sources: [src('perusturva'), src('koulutus')] },
      { text: 'Liikkuva ja harrastava Järvelä', boards: ['vapaa-aika'], sources: [src('vapaa-aika')] },
    ],
    goals: [
      {
        key: 'mielenterveys',
        id: 'mielenterveys',
        title: 'Matalan kynnyksen mielenterveystuki',
        theme: 'mielenterveys',
        boards: ['perusturva', 'koulutus'],
        sources: [src('perusturva'), src('koulutus')],
        actions: [
          {
            text: 'Koulukuraattorin vastaanotto ilman ajanvarausta',
            responsible: 'Opetustoimi',
            due: '2027',
            indicator: 'Jonotusaika (vrk)',
            boards: ['koulutus'],
            sources: [src('koulutus')],
          },
          {
            text: 'Perheneuvolan chat-palvelu',
            responsible: 'Perhekeskus',
            due: '2027-06-30',
            boards: ['perusturva'],
            sources: [src('perusturva')],
          },
        ],
      },
      {
        key: 'text:harrastus',
        title: 'Jokaiselle lapselle harrastus',
        boards: ['vapaa-aika'],
        sources: [src('vapaa-aika')],
        actions: [],
      },
    ],
    indicators: [
      {
        id: 'kiusatut',
        title: 'Koulukiusatuksi kokeneet',
        unit: '%',
        source: 'Kouluterveyskysely',
        values: { '2019': 12.5, '2021': 10.1, '2023': 9.8 },
        pos: pos('indicators.yaml', 3),
      },
      {
        id: 'ilmoitukset',
        title: 'Lastensuojeluilmoitukset',
        unit: 'kpl',
        source: 'Sotkanet',
        values: { '2023': 10450 },
        pos: pos('indicators.yaml', 12),
      },
    ],
  };

  if (options.meeting !== false) {
    merged.meeting = {
      date: '2026-10-14',
      start: '17:00',
      end: '19:30',
      place: 'Kunnantalo, valtuustosali',
      boards: ['perusturva', 'koulutus', 'vapaa-aika'],
      sections: { perusturva: 45, koulutus: 62, 'vapaa-aika': 30 },
      presenters: { perusturva: 'perusturvajohtaja', koulutus: 'sivistysjohtaja', 'vapaa-aika': 'vapaa-aikajohtaja' },
      review: { koulutus: { address: 'PL 10, 99100 Järvelä', email: 'kirjaamo@jarvela.example' } },
      chair: 'Perusturvalautakunnan puheenjohtaja',
      secretary: 'Hyvinvointikoordinaattori',
      standardItems: {},
      items: [
        {
          title: 'Nuorisovaltuuston lausunto',
          description: 'Nuorisovaltuusto on antanut suunnitelmasta lausunnon.',
          proposal: 'Lausunto merkitään tiedoksi.',
          attachments: [{ title: 'Nuorisovaltuuston lausunto', file: 'lausunto.pdf' }],
          preparatory: true,
          pos: pos('meeting.yaml', 20),
        },
        {
          title: 'Koulukuraattoripalvelujen lisäresurssi',
          dno: 'JÄR/77/2026',
          preparer: { title: 'sivistysjohtaja', phone: '040 765 4321', email: 'sivistys@jarvela.example' },
          proposal: 'Koulutuslautakunta esittää lisämäärärahaa kuraattoripalveluihin.',
          attachments: [],
          preparatory: false,
          boards: ['koulutus'],
          duration: 20,
          pos: pos('meeting.yaml', 28),
        },
      ],
      file: 'meeting.yaml',
    };
  }
  return merged;
}

/** Every kind of hostile text, in every field the documents show. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![pic](http://evil.example/track.png)',
  '<a href="javascript:alert(2)">y</a>',
  '[z](JAVASCRIPT:alert(3))',
  '[w](&#106;avascript:alert(4))',
  '<svg onload=alert(5)>',
  '<!-- c --><iframe src="http://evil.example"></iframe>',
  '`<script>`',
].join(' ');

export function hostilePlan(): MergedPlan {
  const merged = mergedPlan({ kind: 'joint' });
  const h = HOSTILE;
  merged.plan.title = `Suunnitelma ${h}`;
  merged.plan.municipalities = [`Järvelä ${h}`];
  merged.plan.county = h;
  merged.plan.vision = h;
  merged.plan.steeringGroup = [{ role: h, name: h, organisation: h }];
  merged.plan.themes = { osallisuus: h };
  for (const id of Object.keys(merged.plan.sections) as (keyof typeof merged.plan.sections)[])
    merged.plan.sections[id] = `${h}\n\n<script>\nalert(1)\n</script>\n\n# ${h}\n\n> ${h}\n\n| a | b |\n|---|---|\n| ${h.replace(/\|/g, '')} | x |`;
  for (const b of merged.boards) b.name = `${b.name} ${h}`;
  for (const q of Object.values(merged.swot)) for (const i of q) (i.text = h), (i.notes = [h]);
  merged.swot.threats.push(item(h, ['perusturva', 'koulutus']));
  merged.visions.push({ text: h, boards: ['koulutus'], sources: [] });
  for (const g of merged.goals) {
    g.title = h;
    for (const a of g.actions) Object.assign(a, { text: h, responsible: h, indicator: h, due: h });
  }
  for (const i of merged.indicators) Object.assign(i, { title: h, unit: h, source: h, region: h });
  const m = merged.meeting!;
  Object.assign(m, { title: h, place: h, chair: h, secretary: h });
  for (const it of m.items) Object.assign(it, { title: h, preparer: h, presenter: h, description: h, proposal: h });
  return merged;
}
