import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline, mdText } from '../../src/render/escape.js';
import { formatter } from '../../src/render/format.js';
import { markdownToHtml } from '../../src/render/markdown.js';

const inline = (md: string) => markdownToHtml(md).html.trim();

describe('escaping input for Markdown', () => {
  it('mdText: nothing is Markdown', () => {
    expect(mdText('*a* _b_ [c](https://x.fi) <b> `d` | ~e~')).toBe('\\*a\\* \\_b\\_ \\[c\\](https://x.fi) \\<b\\> \\`d\\` \\| \\~e\\~');
    expect(inline(mdText('*a* <b>x</b>'))).toBe('<p>*a* &lt;b&gt;x&lt;/b&gt;</p>');
    expect(mdText('  monta\n rivia\t ')).toBe('monta rivia');
    expect(mdText(undefined)).toBe('');
  });

  it('mdText and mdInline: a value cannot start a block', () => {
    for (const f of [mdText, mdInline]) {
      expect(inline(f('# otsikko'))).toBe('<p># otsikko</p>');
      expect(inline(f('- lista'))).toBe('<p>- lista</p>');
      expect(inline(f('1. lista'))).toBe('<p>1. lista</p>');
      expect(inline(f('> lainaus'))).toBe('<p>&gt; lainaus</p>');
      expect(inline(f('---'))).toBe('<p>---</p>');
      expect(inline(`teksti\n${f('===')}`)).toBe('<p>teksti\n===</p>');
    }
  });

  it('mdInline: emphasis and links stay, HTML and images do not', () => {
    expect(inline(mdInline('*tärkeä* ja **hyvin** [linkki](https://x.fi)'))).toBe(
      '<p><em>tärkeä</em> ja <strong>hyvin</strong> <a href="https://x.fi">linkki</a></p>',
    );
    expect(inline(mdInline('<b>x</b> ![k](https://x.fi/k.png) &lt;'))).toBe(
      '<p>&lt;b&gt;x&lt;/b&gt; !<a href="https://x.fi/k.png">k</a> &amp;lt;</p>',
    );
    // a trailing backslash cannot escape what follows, e.g. a table pipe
    expect(mdInline('a\\')).toBe('a\\\\');
    expect(mdInline('a | b')).toBe('a \\| b');
    // the renderer's marker characters cannot come from input
    expect(mdInline('x\uE0000\uE001y')).toBe('x0y');
  });

  it('mdBlock: prose keeps paragraphs, lists and quotes; headings move below the base level', () => {
    const block = mdBlock('# Yksi\n\nTeksti <script>x</script>\n\n### Kolme\n\n- a\n- b\n\n> lainaus > ei\n\n```\n<raw> kept in code\n```', 3);
    expect(block).toBe('### Yksi\n\nTeksti \\<script\\>x\\</script\\>\n\n#### Kolme\n\n- a\n- b\n\n> lainaus \\> ei\n\n```\n<raw> kept in code\n```');
    const html = inline(block);
    expect(html).toContain('<h3 id="yksi">Yksi</h3>');
    expect(html).toContain('<h4 id="kolme">Kolme</h4>');
    expect(html).toContain('<pre><code>&lt;raw&gt; kept in code\n</code></pre>');
    expect(html).not.toContain('<script');
    expect(mdBlock('Otsikko\n===\n\nTeksti')).toBe('Otsikko\n\\===\n\nTeksti');
    expect(mdBlock('rivi  \ntoinen')).toBe('rivi\\\ntoinen');
    expect(mdBlock('\r\n\r\nx\r\n\r\n')).toBe('x');
  });
});

describe('formats', () => {
  it('dates', () => {
    expect(formatter('fi').date('2026-10-14')).toBe('14.10.2026');
    expect(formatter('sv').date('2026-11-22')).toBe('22.11.2026');
    expect(formatter('en').date('2026-10-14')).toBe('14 October 2026');
    expect(formatter('fi').date('2026-09-01')).toBe('1.9.2026');
    expect(formatter('fi').weekdayDate('2026-10-14')).toBe('keskiviikko 14.10.2026');
    expect(formatter('en').weekdayDate('2026-10-18')).toBe('Sunday 18 October 2026');
  });

  it('times', () => {
    expect(formatter('fi').timeRange('17:00', '19:30')).toBe('klo 17.00–19.30');
    expect(formatter('sv').timeRange('09:00')).toBe('kl. 9.00');
    expect(formatter('en').timeRange('09:00', '17:00')).toBe('09:00–17:00');
  });

  it('numbers', () => {
    expect(formatter('fi').number(12.5)).toBe('12,5');
    expect(formatter('sv').number(-3.25)).toBe('\u22123,25');
    expect(formatter('en').number(12.5)).toBe('12.5');
    expect(formatter('fi').number(1234)).toBe('1234');
    expect(formatter('fi').number(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatter('en').number(12345)).toBe('12,345');
  });

  it('lists and due values', () => {
    expect(formatter('fi').list(['A', 'B', 'C'])).toBe('A, B ja C');
    expect(formatter('sv').list(['A', 'B'])).toBe('A och B');
    expect(formatter('en').list(['A'])).toBe('A');
    expect(formatter('fi').due('2027')).toBe('2027');
    expect(formatter('fi').due('2027-06-30')).toBe('30.6.2027');
  });
});
