import { describe, expect, it } from '@jest/globals';
import { sniffDelimiter } from './sniff-delimiter.js';

describe('sniffDelimiter', () => {
  it.each([
    ['4100;1200,50', ';'],
    ['Pvm;Työntekijä;Kustannuspaikka', ';'],
    ['"Rapo 00 - Avain, koodi",Budjetti eur,Toteuma eur', ','],
    ['Tili\tSumma,euroa', '\t'],
    ['"a;b;c",d,e', ','],
    ['2011;TP;"Palkat, lomat";"318 640,12"', ';'],
    ['Tili', ';'],
    ['', ';'],
  ])('finds the delimiter of %j', (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter);
  });
});
