export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each language is offered under its own name, whatever the current language is. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
