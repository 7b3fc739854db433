import { registerLocaleData } from '@angular/common';
import localeEnFi from '@angular/common/locales/en-FI';
import localeFi from '@angular/common/locales/fi';
import localeSvFi from '@angular/common/locales/sv-FI';

import { Language } from './languages';

export interface LocaleSpec {
  /** Angular locale id whose CLDR data formats numbers, money and dates. */
  readonly id: string;
  /** Pattern for a calendar date (Angular `formatDate` syntax). */
  readonly datePattern: string;
}

// Our users work in Finland whatever language they read, so every language uses its Finnish regional
// variant: money reads `1 234,50 €` in all three. Swedish uses `3.1.2011` as Finland-Swedish does
// (Angular's sv-FI data still has Sweden's ISO dates; current CLDR agrees with us).
export const LOCALES: Readonly<Record<Language, LocaleSpec>> = {
  fi: { id: 'fi', datePattern: 'd.M.y' },
  sv: { id: 'sv-FI', datePattern: 'd.M.y' },
  en: { id: 'en-FI', datePattern: 'dd/MM/y' },
};

registerLocaleData(localeFi);
registerLocaleData(localeSvFi);
registerLocaleData(localeEnFi);
