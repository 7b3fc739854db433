import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { parseReferencePrices } from './reference-price-csv.js';

const products = new Set(['LS-AVO', 'TOTU']);
const file = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

describe('reference price files', () => {
  it('reads Tuote;Vuosi;Lähde;Hinta with decimal commas, in any column order, with a note', () => {
    const lines = parseReferencePrices(
      file(
        'Lähde;Tuote;Vuosi;Hinta;Huomautus\r\nKuopio;LS-AVO;2025;84,20;vertailu\r\nOulu;TOTU;2025;1 070,5;\r\n',
      ),
      products,
    );
    expect(lines).toEqual([
      { line: 2, productCode: 'LS-AVO', year: 2025, source: 'Kuopio', price: '84.20', note: 'vertailu' },
      { line: 3, productCode: 'TOTU', year: 2025, source: 'Oulu', price: '1070.5', note: null },
    ]);
  });

  it('reads a Windows-1252 file from older Excel', () => {
    const bytes = iconv.encode('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;Hämeenlinna;80,00\r\n', 'win1252');
    expect(parseReferencePrices(bytes, products)[0]).toMatchObject({ source: 'Hämeenlinna', price: '80.00' });
  });

  it('rejects the whole file, naming the line and column', () => {
    const bad = (text: string) => () => parseReferencePrices(file(text), products);
    expect(bad('Tuote;Vuosi;Hinta\r\n')).toThrow('Line 1, column Lähde');
    expect(bad('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;A;1,00\r\nXX;2025;A;1,00\r\n')).toThrow(
      "Line 3, column Tuote: 'XX' is not in the service product catalog",
    );
    expect(bad('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;25;A;1,00\r\n')).toThrow('Line 2, column Vuosi');
    expect(bad('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;A;-1\r\n')).toThrow('Line 2, column Hinta');
    expect(bad('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;A;1,005\r\n')).toThrow('Line 2, column Hinta');
    expect(bad('Tuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;;1\r\n')).toThrow('Line 2, column Lähde: is empty');
  });
});
