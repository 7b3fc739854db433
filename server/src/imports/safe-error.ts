// Database errors can quote the value they choke on (`invalid input syntax for type date: "…"`), and an
// import's values may be personal data: logs get the error's kind, code and message without quotes.

/** The error's name, code, message with quoted values masked, and stack frames. */
export function describeSafely(error: unknown): string {
  if (!(error instanceof Error)) return 'a non-Error value was thrown';
  const code = (error as { code?: unknown }).code;
  const message = error.message.replace(/"[^"]*"|'[^']*'/g, '"…"');
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return [`${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${message}`, ...frames].join('\n');
}
