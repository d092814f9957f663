// Reading where each heading landed in a PDF, and filling the contents page's numbers in
// (issue 14's two-pass print). The PDFs here are written by hand in the shape Skia writes them;
// test/browser/layout.test.ts checks the numbers of real prints.
import { describe, expect, it } from 'vitest';
import { destinationPages, fillContentsPages, hasContentsPages } from '../../src/output/pdf-pages.js';

function pdf(objects: string[]): Uint8Array {
  return new Uint8Array(Buffer.from(`%PDF-1.4\n${objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join('')}%%EOF\n`, 'latin1'));
}

describe('destinationPages', () => {
  it('maps each named destination to its page through a nested page tree', () => {
    const file = pdf([
      '<</Type /Catalog\n/Pages 2 0 R\n/Dests 3 0 R>>',
      '<</Type /Pages\n/Count 3\n/Kids [4 0 R 5 0 R]>>',
      '<</tiivistelma [6 0 R /XYZ 0 700 0]\n/visio [8 0 R /XYZ 0 400.5 0]\n/vahvuudet [7 0 R /XYZ 0 200 0]\n/a#2Db [8 0 R /XYZ 0 100 0]>>',
      '<</Type /Pages\n/Count 2\n/Kids [6 0 R 7 0 R]\n/Parent 2 0 R>>',
      '<</Type /Pages\n/Count 1\n/Kids [8 0 R]\n/Parent 2 0 R>>',
      '<</Type /Page\n/Parent 4 0 R>>',
      '<</Type /Page\n/Parent 4 0 R>>',
      '<</Type /Page\n/Parent 5 0 R\n/Contents 9 0 R>>',
      '<</Filter /FlateDecode\n/Length 10>> stream\n/Type /Page endstream',
    ]);
    expect(Object.fromEntries(destinationPages(file))).toEqual({ tiivistelma: 1, vahvuudet: 2, visio: 3, 'a-b': 3 });
  });

  it('gives an empty map for a PDF without destinations or in a shape it does not know', () => {
    expect(destinationPages(pdf(['<</Type /Catalog\n/Pages 2 0 R>>', '<</Type /Pages\n/Kids [3 0 R]>>', '<</Type /Page>>'])).size).toBe(0);
    expect(destinationPages(new Uint8Array(Buffer.from('not a pdf'))).size).toBe(0);
  });
});

describe('fillContentsPages', () => {
  const toc =
    '<nav id="toc"><ol><li><a href="#visio"><span class="toc-text">Visio &amp; arvot</span><span class="toc-page"></span></a></li>' +
    '<li><a href="#uhat"><span class="toc-text">Uhat</span><span class="toc-page"></span></a></li></ol></nav>' +
    '<p><a href="#visio">Visio</a></p>';

  it('writes two-digit placeholders for the first print, then the pages; an unknown id stays empty', () => {
    expect(hasContentsPages(toc)).toBe(true);
    expect(hasContentsPages('<p>no contents</p>')).toBe(false);
    const first = fillContentsPages(toc, undefined);
    expect(first.match(/<span class="toc-page">00<\/span>/g)).toHaveLength(2);
    const second = fillContentsPages(first, new Map([['visio', 4]]));
    expect(second).toContain('<span class="toc-text">Visio &amp; arvot</span><span class="toc-page">4</span>');
    expect(second).toContain('<span class="toc-text">Uhat</span><span class="toc-page"></span>');
    // a link elsewhere in the page is left alone
    expect(second.endsWith('<p><a href="#visio">Visio</a></p>')).toBe(true);
  });
});
