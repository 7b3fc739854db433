import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';

import { DEFAULT_LANGUAGE, Language, isLanguage } from './languages';
import { LOCALES } from './locales';
import { Dictionary, Messages, TranslationKey, TranslationParams, flatten, interpolate } from './translation';

const STORAGE_KEY = 'tuotteisto.language';

// Each language is its own lazy chunk; the type annotation makes a key missing from sv or en a compile error.
const LOADERS: Readonly<Record<Language, () => Promise<Dictionary>>> = {
  fi: () => import('../../../locale/fi.json').then((m) => m.default),
  sv: () => import('../../../locale/sv.json').then((m) => m.default),
  en: () => import('../../../locale/en.json').then((m) => m.default),
};

/**
 * The user's language: messages, the `lang` of the page and the locale of numbers and dates.
 * Switching loads the dictionary, then swaps it in one signal write, so the page never shows a mix.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly cache = new Map<Language, Messages>();
  private readonly state = signal<{ language: Language; messages: Messages }>({
    language: DEFAULT_LANGUAGE,
    messages: new Map(),
  });
  private latestRequest = 0;

  readonly language = computed(() => this.state().language);
  readonly localeId = computed(() => LOCALES[this.state().language].id);

  /** Loads the language chosen last time on this browser, Finnish otherwise. Run before the first render. */
  init(): Promise<void> {
    return this.use(this.storedLanguage() ?? DEFAULT_LANGUAGE);
  }

  async use(language: Language): Promise<void> {
    const request = ++this.latestRequest;
    const messages = await this.load(language);
    if (request !== this.latestRequest) return; // a later choice won the race
    this.state.set({ language, messages });
    this.document.documentElement.lang = language;
    this.store(language);
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    return this.lookup(key, params) ?? key;
  }

  /** For keys made at run time, such as role names sent by the server: unknown keys give the fallback. */
  tOr(key: string, fallback: string, params?: TranslationParams): string {
    return this.lookup(key, params) ?? fallback;
  }

  private lookup(key: string, params?: TranslationParams): string | undefined {
    const template = this.state().messages.get(key);
    return template === undefined ? undefined : interpolate(template, params);
  }

  private async load(language: Language): Promise<Messages> {
    let messages = this.cache.get(language);
    if (!messages) {
      messages = flatten(await LOADERS[language]());
      this.cache.set(language, messages);
    }
    return messages;
  }

  private storedLanguage(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      return null; // storage can be disabled by browser policy
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // The choice then lasts for this page load only.
    }
  }
}
