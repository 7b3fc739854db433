import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { resetBrowserState, useLanguage } from '../../../testing/helpers';
import { formatDateTime, formatDay, formatDecimal, formatMoney } from './format';
import { DayPipe, DecimalNumberPipe, MoneyPipe } from './pipes';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatMoney', () => {
  it('writes euros the Finnish way, with no-break spaces', () => {
    expect(formatMoney('1234.5', 'fi')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(formatMoney(1234.5, 'fi')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(formatMoney('-1234567.89', 'fi')).toBe(`${MINUS}1${NBSP}234${NBSP}567,89${NBSP}€`);
    expect(formatMoney('0', 'fi')).toBe(`0,00${NBSP}€`);
  });

  it('uses the Finland variant of Swedish and English', () => {
    expect(formatMoney('1234.5', 'sv')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(formatMoney('1234.5', 'en')).toBe(`1${NBSP}234,50${NBSP}€`);
  });

  it('keeps every cent of a large decimal string', () => {
    expect(formatMoney('987654321012.34', 'fi')).toBe(`987${NBSP}654${NBSP}321${NBSP}012,34${NBSP}€`);
  });

  it('rounds half away from zero to the cent', () => {
    expect(formatMoney('0.125', 'fi')).toBe(`0,13${NBSP}€`);
    expect(formatMoney('2.675', 'fi')).toBe(`2,68${NBSP}€`); // 2.675 is 2.67499… as a binary float
  });

  it('prints nothing for a missing amount and refuses one that is not a number', () => {
    expect(formatMoney(null, 'fi')).toBe('');
    expect(formatMoney(undefined, 'fi')).toBe('');
    expect(formatMoney('', 'fi')).toBe('');
    expect(() => formatMoney('12,50', 'fi')).toThrow(/Not a decimal/);
  });
});

describe('formatDecimal', () => {
  it('groups and separates per language', () => {
    expect(formatDecimal('1234567.5', 'fi', '1.1-1')).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatDecimal(0.5, 'sv')).toBe('0,5');
    expect(formatDecimal(1234.25, 'en')).toBe(`1${NBSP}234,25`);
  });
});

describe('formatDay', () => {
  it('writes 3.1.2011 in Finnish and Swedish and 03/01/2011 in English', () => {
    expect(formatDay('2011-01-03', 'fi')).toBe('3.1.2011');
    expect(formatDay('2011-01-03', 'sv')).toBe('3.1.2011');
    expect(formatDay('2011-01-03', 'en')).toBe('03/01/2011');
  });

  it('never shifts a date-only value by the time zone', () => {
    expect(formatDay('2024-01-01', 'fi')).toBe('1.1.2024');
    expect(formatDay('2024-12-31', 'fi')).toBe('31.12.2024');
    expect(formatDay(new Date(2011, 0, 3), 'fi')).toBe('3.1.2011');
  });

  it('adds the time of day for a moment', () => {
    const moment = new Date(2011, 0, 3, 14, 5);
    expect(formatDateTime(moment, 'fi')).toBe('3.1.2011 14.05');
    expect(formatDateTime(moment, 'sv')).toBe('3.1.2011 14:05');
    expect(formatDateTime(moment, 'en')).toBe('03/01/2011 14.05'); // en-FI keeps the Finnish clock
  });

  it('prints nothing for a missing date', () => {
    expect(formatDay(null, 'fi')).toBe('');
    expect(formatDateTime(undefined, 'en')).toBe('');
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DayPipe, DecimalNumberPipe],
  template: `<span class="money">{{ '1234.5' | money }}</span>
    <span class="day">{{ '2011-01-03' | day }}</span>
    <span class="hours">{{ 1520.25 | decimal: '1.1-1' }}</span>`,
})
class Figures {}

describe('format pipes', () => {
  beforeEach(resetBrowserState);

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Figures);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent;

  it('render in Finnish', async () => {
    await useLanguage('fi');
    const root = await render();
    expect(text(root, '.money')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(text(root, '.day')).toBe('3.1.2011');
    expect(text(root, '.hours')).toBe(`1${NBSP}520,3`);
  });

  it('render in Swedish', async () => {
    await useLanguage('sv');
    const root = await render();
    expect(text(root, '.money')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(text(root, '.day')).toBe('3.1.2011');
  });

  it('render in English', async () => {
    await useLanguage('en');
    const root = await render();
    expect(text(root, '.money')).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(text(root, '.day')).toBe('03/01/2011');
  });

  it('follow a language switch in a rendered page', async () => {
    const i18n = await useLanguage('fi');
    const fixture = TestBed.createComponent(Figures);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, '.day')).toBe('3.1.2011');
    await i18n.use('en');
    await fixture.whenStable();
    expect(text(root, '.day')).toBe('03/01/2011');
  });
});
