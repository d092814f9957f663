import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/model/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['Hyvä koulu', 'hyvä koulu'],
    ['  Hyvä \t  koulu\n', 'hyvä koulu'],
    ['HYVÄ KOULU', 'hyvä koulu'],
    ['Hyvä koulu.', 'hyvä koulu'],
    ['Hyvä koulu!?', 'hyvä koulu'],
    ['Hyvä koulu …', 'hyvä koulu'],
    ['Hyvä koulu;:, ', 'hyvä koulu'],
    ['*Hyvä* koulu', 'hyvä koulu'],
    ['**Hyvä** koulu', 'hyvä koulu'],
    ['_Hyvä_ koulu', 'hyvä koulu'],
    ['Hyvä *koulu*, ja kirjasto', 'hyvä koulu, ja kirjasto'],
    ['*Hyvä koulu.*', 'hyvä koulu'],
    ['Hyv\u00a0koulu', 'hyv koulu'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('treats a decomposed ä (NFD) like the composed one (NFC)', () => {
    const nfd = 'Pa\u0308iva\u0308koti'; // "Päiväkoti" with combining diaeresis
    expect(nfd).not.toBe('Päiväkoti');
    expect(normalizeText(nfd)).toBe(normalizeText('Päiväkoti'));
  });

  it('keeps punctuation inside the text and underscores inside words', () => {
    expect(normalizeText('Ryhmät: pienet, isot.')).toBe('ryhmät: pienet, isot');
    expect(normalizeText('tiedosto_nimi')).toBe('tiedosto_nimi');
  });
});

describe('case folding', () => {
  it('plain toLowerCase folds every character as Finnish and Swedish rules do', () => {
    // normalizeText uses toLowerCase() for speed; this pins that it equals the locale-aware form
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      const folded = ch.toLowerCase();
      if (folded !== ch.toLocaleLowerCase('fi') || folded !== ch.toLocaleLowerCase('sv')) {
        throw new Error(`U+${cp.toString(16)} folds differently`);
      }
    }
    expect(normalizeText('ÄITI ÖISIN Å')).toBe('äiti öisin å');
  });
});

// normalizeText skips each step that would change nothing (issue 7); this is the plain chain of
// steps it must always equal.
describe('normalizeText equals the plain chain of its steps', () => {
  const reference = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, '')
      .replace(/\s+/gu, ' ')
      .replace(/[\s.!?,;:\u2026]+$/u, '')
      .trim();

  it('for every character below U+0300 (which the NFC step skips)', () => {
    for (let cp = 0; cp < 0x300; cp++) {
      const s = `A${String.fromCodePoint(cp)}b`;
      expect(normalizeText(s), cp.toString(16)).toBe(reference(s));
    }
  });

  it('for random texts of letters, marks, spaces, emphasis and punctuation', async () => {
    const { rng } = await import('../helpers/rng.js');
    const random = rng(2026);
    const pieces = ['a', 'Ä', 'ö', 'a\u0308', '\u0300', 'Å', '\u212b', '\u0340', 'İ', 'Σ', '😀', '*', '**', '_', ' ', '  ',
      '\u00a0', '\t', '\n', '\u2028', '.', '!', '?', ',', ';', ':', '\u2026', 'koulu', 'KOULU', '2', '-'];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = Math.floor(random() * 12);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(random() * pieces.length)];
      expect(normalizeText(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
