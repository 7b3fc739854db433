import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, skip } from 'rxjs';

import { Auth } from '../auth/auth';
import { SessionStore } from '../auth/session';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/pipes';
import { LanguageSwitcher } from './language-switcher';
import { SECTIONS } from './sections';

/** Below this width the navigation becomes a drawer opened from the toolbar. */
const NARROW = '(max-width: 959.98px)';

@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    LanguageSwitcher,
    TranslatePipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly sections = SECTIONS;
  protected readonly user = inject(SessionStore).user;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Only meaningful for the drawer on narrow screens; the side navigation is always open. */
  protected readonly drawerOpen = signal(false);
  protected readonly navOpened = computed(() => !this.narrow() || this.drawerOpen());
  protected readonly roleNames = computed(() => {
    const roles = this.user()?.roles ?? [];
    if (roles.length === 0) return this.i18n.t('shell.noRoles');
    return roles.map((role) => this.i18n.tOr(`roles.${role}`, role)).join(', ');
  });

  constructor() {
    // After each in-app navigation, move focus to the new content, as a page load would (WCAG 2.4.3).
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        this.drawerOpen.set(false);
        this.main().nativeElement.focus();
      });
  }

  protected skipToMain(event: Event): void {
    // A plain `#main-content` link would be resolved against <base href> and reload the app.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected logout(): void {
    void this.auth.logout();
  }
}
