import type fiDictionary from '../../../locale/fi.json';

/** Finnish is the source language: its dictionary defines which keys exist. */
export type Dictionary = typeof fiDictionary;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. `'login.title'`: a typo is a compile error, in templates too. */
export type TranslationKey = Leaves<Dictionary>;

export type TranslationParams = Readonly<Record<string, string | number>>;

export type Messages = ReadonlyMap<string, string>;

export function flatten(dictionary: object, prefix = '', into = new Map<string, string>()): Messages {
  for (const [key, value] of Object.entries(dictionary)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value as object, `${path}.`, into);
  }
  return into;
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
