import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { I18n } from '../i18n/i18n';
import { LANGUAGES, LANGUAGE_NAMES, Language } from '../i18n/languages';
import { TranslatePipe } from '../i18n/pipes';

@Component({
  selector: 'app-language-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  template: `
    <button mat-button type="button" [matMenuTriggerFor]="menu">
      <mat-icon>language</mat-icon>
      <span class="cdk-visually-hidden">{{ 'language.label' | t }}: </span>
      <span [attr.lang]="i18n.language()">{{ names[i18n.language()] }}</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      @for (language of languages; track language) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="language === i18n.language()"
          [attr.lang]="language"
          (click)="choose(language)"
        >
          <mat-icon [class.invisible]="language !== i18n.language()">check</mat-icon>
          <span>{{ names[language] }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .invisible {
      visibility: hidden;
    }
  `,
})
export class LanguageSwitcher {
  protected readonly i18n = inject(I18n);
  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;

  protected choose(language: Language): void {
    void this.i18n.use(language);
  }
}
