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
