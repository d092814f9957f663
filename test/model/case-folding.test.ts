// normalizeText folds case with toLowerCase() instead of toLocaleLowerCase('fi') (issue 7: it went
// through ICU for every text). That is the same only because Unicode's language-specific lowercase
// rules (SpecialCasing.txt) cover Turkish, Azeri and Lithuanian alone; this checks it for Finnish
// and Swedish over every code point and over the contexts those rules look at.
import { describe, expect, it } from 'vitest';

describe('toLowerCase() folds Finnish and Swedish text as the locale does', () => {
  it('for every code point', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const plain = s.toLowerCase();
      if (plain !== s.toLocaleLowerCase('fi') || plain !== s.toLocaleLowerCase('sv')) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('in the contexts of the special rules: final sigma, dotted I, combining marks', () => {
    const samples = ['ΟΔΟΣ', 'ΣΑΣ ΣΑΣ.', 'İstanbul', 'I\u0307', 'Ì', 'J\u0301\u0307', 'ÄÖÅ äöå', 'Ǆ ǅ', 'ẞ', 'ΌΣΟΣ'];
    for (const s of samples) {
      expect(s.toLowerCase(), s).toBe(s.toLocaleLowerCase('fi'));
      expect(s.toLowerCase(), s).toBe(s.toLocaleLowerCase('sv'));
    }
    // the control: the check would see a language rule where there is one
    expect('I'.toLocaleLowerCase('tr')).not.toBe('I'.toLowerCase());
  });
});
