// The calendar UID's hash (src/render/sha256.ts) against node:crypto's SHA-256.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/render/sha256.js';
import { rng } from '../helpers/rng.js';

const reference = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('equals node:crypto on every length around the block boundaries and on random texts', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex('a'.repeat(n)), `length ${n}`).toBe(reference('a'.repeat(n)));
    const random = rng(7);
    const alphabet = ['a', 'ä', 'Ö', ' ', '"', '€', '😀', '\u0000', '\n', 'Järvilahti'];
    for (let k = 0; k < 500; k++) {
      const len = Math.floor(random() * 120);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(random() * alphabet.length)];
      expect(sha256Hex(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
