import { Pipe, PipeTransform, inject } from '@angular/core';

import { DateInput, DecimalInput, formatDateTime, formatDay, formatDecimal, formatMoney } from './format';
import { I18n } from './i18n';
import { TranslationKey, TranslationParams } from './translation';

// These pipes are impure on purpose: they read the language signal, so a switch re-renders them
// without a reload. Each call is a map lookup or one format call.

/** `{{ 'login.title' | t }}` or `{{ 'errors.correlationId' | t: { id } }}` */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}

/** `{{ '1234.5' | money }}` → `1 234,50 €` */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: DecimalInput, currencyCode = 'EUR'): string {
    return formatMoney(value, this.i18n.language(), currencyCode);
  }
}

/** `{{ hours | decimal: '1.1-1' }}` → `1 234,5` */
@Pipe({ name: 'decimal', pure: false })
export class DecimalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: DecimalInput, digits?: string): string {
    return formatDecimal(value, this.i18n.language(), digits);
  }
}

/** `{{ '2011-01-03' | day }}` → `3.1.2011` */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: DateInput): string {
    return formatDay(value, this.i18n.language());
  }
}

/** `{{ run.startedAt | dateTime }}` → `3.1.2011 14.05` */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: DateInput): string {
    return formatDateTime(value, this.i18n.language());
  }
}
