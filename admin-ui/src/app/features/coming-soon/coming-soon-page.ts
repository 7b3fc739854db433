import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/pipes';
import { TranslationKey } from '../../core/i18n/translation';
import { PageHeader } from '../../shared/ui/page-header';

/** Stands in for a section whose API has not landed yet: its title and a note, and nothing invented. */
@Component({
  selector: 'app-coming-soon-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, TranslatePipe],
  template: `
    <app-page-header [title]="heading() | t" />
    <p>{{ 'comingSoon.text' | t }}</p>
  `,
})
export class ComingSoonPage {
  /** Route data, bound by the router. */
  readonly heading = input.required<TranslationKey>();
}
