import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export type AlertKind = 'info' | 'error';

/** A message box. Announcing it is up to the caller (e.g. inside an `aria-live` region). */
@Component({
  selector: 'app-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  host: { '[class]': 'kind()' },
  template: `
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    <div class="text"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin-bottom: 16px;
      padding: 12px 16px;
      border-radius: 8px;
      border: 1px solid transparent;
    }
    :host(.info) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: var(--mat-sys-error);
    }
    .text {
      flex: 1;
      padding-top: 2px;
    }
  `,
})
export class Alert {
  readonly kind = input<AlertKind>('info');
  protected readonly icon = computed(() => (this.kind() === 'error' ? 'error' : 'info'));
}
