import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';

import { Auth } from '../../core/auth/auth';
import { safeReturnUrl } from '../../core/auth/guards';
import { ApiProblem, applyFieldErrors, toApiProblem } from '../../core/errors/api-problem';
import { problemMessage } from '../../core/errors/problem-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/pipes';
import { TranslationKey } from '../../core/i18n/translation';
import { LanguageSwitcher } from '../../core/layout/language-switcher';
import { Alert } from '../../shared/ui/alert';

const NOTICES: Readonly<Record<string, TranslationKey>> = {
  expired: 'login.sessionExpired',
  loggedOut: 'login.loggedOut',
};

@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    Alert,
    LanguageSwitcher,
    TranslatePipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly notice = computed(() => {
    const reason = this.reason();
    return reason ? NOTICES[reason] : undefined;
  });
  protected readonly problemText = computed(() => {
    const problem = this.problem();
    return problem ? problemMessage(problem, this.i18n) : null;
  });

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.pending.set(true);
    try {
      await this.auth.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      const problem = toApiProblem(error);
      applyFieldErrors(this.form, problem);
      this.problem.set(problem);
      this.focusFirstInvalidField();
    } finally {
      this.pending.set(false);
    }
  }

  private focusFirstInvalidField(): void {
    const controls = this.form.controls;
    const name = (Object.keys(controls) as (keyof typeof controls)[]).find((key) => controls[key].invalid);
    if (!name) return;
    this.formElement().nativeElement.querySelector<HTMLElement>(`[formcontrolname="${name}"]`)?.focus();
  }
}
