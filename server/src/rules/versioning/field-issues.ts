/** Field path → message, paths relative to the document (`shares.HR`; '' is the document itself). */
export type FieldIssues = Record<string, string>;

export function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The issues as the API reports them: every path under `document`. */
export function underDocument(issues: FieldIssues): FieldIssues {
  return Object.fromEntries(
    Object.entries(issues).map(([path, message]) => [path ? `document.${path}` : 'document', message]),
  );
}
