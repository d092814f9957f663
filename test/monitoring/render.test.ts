// The monitoring report rendered (issue 16 item 2): in the plan's language, through the same
// templates, escaping and page shell as the plan, with trend lines only in the HTML.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/monitoring/report.js';
import { renderReport } from '../../src/render/index.js';
import { entry, monitoredPlan, monitoring } from './fixture.js';

async function rendered(merged = monitoredPlan(), year = 2028) {
  const result = await renderReport(merged, buildReport(merged, year)!, { formats: ['md', 'html'] });
  expect(result.diagnostics).toEqual([]);
  const get = (ext: string) => String(result.files.find((f) => f.name === `report-${year}.${ext}`)?.content);
  return { md: get('md'), html: get('html'), result };
}

describe('renderReport', () => {
  it('writes report-YYYY.md and .html and the Word document\'s metadata dated by the report', async () => {
    const { result } = await rendered();
    expect(result.files.map((f) => f.name)).toEqual(['report-2028.md', 'report-2028.html']);
    expect(result.documents[0]!.name).toBe('report-2028');
    expect(result.documents[0]!.meta).toMatchObject({ language: 'fi-FI', date: '2029-01-31', header: 'Tilanne 31.1.2029' });
  });

  it('shows the summary, each goal\'s actions, overdue, unreported, indicators and changes in Finnish', async () => {
    const { md } = await rendered();
    expect(md).toContain('# Lasten ja nuorten hyvinvointisuunnitelma 2027–2030: seurantaraportti 2028');
    expect(md).toContain('| viivästynyt | 1 |');
    expect(md).toContain('| Matalan kynnyksen mielenterveystuki | 2 | 1 | 65 % |');
    expect(md).toContain('| Perheneuvolan chat-palvelu | Perhekeskus | 30.6.2027 | viivästynyt | 30 % | Rekrytointi kesken. | Perusturvalautakunta (perhekeskuksen johtaja) |');
    expect(md).toMatch(/## Myöhässä olevat toimenpiteet\n\n.*31\.1\.2029.*\n\n\| Toimenpide .*\n.*\n\| Perheneuvolan chat-palvelu \| Perhekeskus \| 30\.6\.2027 \| viivästynyt \|\n\| Maksuttomat iltapäiväkerhot \| Vapaa-aikatoimi \| 2028 \| käynnissä \|\n\n/);
    expect(md).toMatch(/## Toimenpiteet, joista ei ole raportoitu\n\n.*\n\n.*\n.*\n\| Liikkuva lapsuus \| Koulujen liikuntatilat iltakäyttöön \| Tilapalvelut \| Vapaa-aikalautakunta \|/);
    expect(md).toContain('| Koulukiusatuksi kokeneet | 9,1 % (2025) | 8,4 % (2027) | 7,5 % (2029) | pienempi on parempi | kehittyy toivottuun suuntaan |');
    expect(md).toContain('| Lastensuojeluilmoitukset | – | 10\u00a0800 kpl (2024) | – | ei asetettu | ei arvioitavissa |');
    expect(md).toContain('## Muutokset vuoteen 2027 verrattuna');
    expect(md).toContain('| Liikkuva lapsuus | Liikuntaseteli | käynnissä | luovuttu |');
    // the roll-up rule is said in the report itself
    expect(md).toContain('toimenpiteet, joista on luovuttu, jätetään laskusta pois');
    // trend lines are HTML only
    expect(md).not.toContain('<svg');
  });

  it('says so when there is no earlier year to compare with, and when nothing is overdue', async () => {
    const merged = monitoredPlan();
    merged.monitoring = [monitoring(2027, [], '2027-06-01')];
    const { md } = await rendered(merged, 2027);
    expect(md).toContain('## Muutokset edelliseen vuoteen verrattuna\n\nAiemman vuoden seurantatietoja ei ole');
    expect(md).toContain('Myöhässä olevia toimenpiteitä ei ole.');
    expect(md).toContain('**Tilanne 1.6.2027**');
  });

  it('is in Swedish and English with the status names of the plan\'s language', async () => {
    const sv = (await rendered(monitoredPlan('sv'))).md;
    expect(sv).toContain('uppföljningsrapport 2028');
    expect(sv).toContain('| försenad | 1 |');
    expect(sv).toContain('| ej rapporterad | 1 |');
    expect(sv).toContain('lägre är bättre');
    const en = (await rendered(monitoredPlan('en'))).md;
    expect(en).toContain('monitoring report 2028');
    expect(en).toContain('| delayed | 1 |');
    expect(en).toContain('| Koulukiusatuksi kokeneet | 9.1 % (2025) | 8.4 % (2027) | 7.5 % (2029) | lower is better | moving in the intended direction |');
  });

  it('has trend lines, a language and labelled tables in the HTML', async () => {
    const { html } = await rendered();
    expect(html).toMatch(/<html lang="fi">/);
    // two indicators have two or more figures up to 2028 (the third too: 2023 and 2024)
    expect(html.match(/<svg class="trend"/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Koulukiusatuksi kokeneet: lasku, 2021 10,1 → 2027 8,4"');
    expect(html).not.toMatch(/<table(?![^>]*aria-labelledby)/);
    expect(html).toMatch(/<th scope="col">Toimenpide<\/th>/);
  });

  it('shows HTML in a note as text and drops a javascript: link', async () => {
    const merged = monitoredPlan();
    merged.monitoring![1]!.actions[0] = entry('mielenterveys', 'kuraattori', 'done', {
      note: '<img src=x onerror=alert(1)> [lue](javascript:alert(2)) <script>alert(3)</script>',
      reporter: '<b>rehtori</b>',
    });
    const { md, html } = await rendered(merged);
    expect(html).not.toMatch(/<img|<script|<b>|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;rehtori&lt;/b&gt;');
    expect(md).not.toContain('](javascript:');
  });
});
