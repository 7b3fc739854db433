import { describe, expect, it } from '@jest/globals';
import { canonicalDocument, documentHash } from './document-hash.js';

describe('documentHash', () => {
  it('is the SHA-256 (hex) of the JSON with sorted keys', () => {
    // printf '{"a":1,"b":"x"}' | sha256sum
    expect(documentHash({ b: 'x', a: 1 })).toBe(
      'ecf9e98ec0641e23113ff3ce8bdc78d0ddd249886517fd4a7f68cc83d4e65667',
    );
  });

  it('does not depend on key order at any depth', () => {
    const one = { shares: { 'LS-AVO': '2', HALLINTO: '1' }, name: 'Toimitilat' };
    const other = { name: 'Toimitilat', shares: { HALLINTO: '1', 'LS-AVO': '2' } };
    expect(documentHash(one)).toBe(documentHash(other));
  });

  it('ignores undefined fields but not nulls, and keeps array order', () => {
    expect(documentHash({ basis: 'fte', name: undefined })).toBe(documentHash({ basis: 'fte' }));
    expect(documentHash({ basis: 'fte', name: null })).not.toBe(documentHash({ basis: 'fte' }));
    expect(documentHash({ stepOrder: ['TILAT', 'ATK'] })).not.toBe(
      documentHash({ stepOrder: ['ATK', 'TILAT'] }),
    );
  });

  it('tells a decimal string from a number', () => {
    expect(documentHash({ share: '1' })).not.toBe(documentHash({ share: 1 }));
  });
});

describe('canonicalDocument', () => {
  it('sorts keys and drops undefined fields, leaving the values alone', () => {
    const document = canonicalDocument({ shares: { b: '1', a: '2' }, name: undefined, basis: 'fte' });
    expect(JSON.stringify(document)).toBe('{"basis":"fte","shares":{"a":"2","b":"1"}}');
  });
});
