import { Decimal } from 'decimal.js';
import { describe, expect, it } from '@jest/globals';

describe('smoke', () => {
  it('adds decimals', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
  });
});
