// Finnish personal identity code (henkilötunnus): DDMMYYCZZZQ.
// C is the century sign, ZZZ the individual number, Q = DDMMYYZZZ mod 31 indexed into CHECK_CHARS.

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURIES: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
// Case-insensitive on purpose: a lower-cased code still identifies a person.
const CANDIDATE = /(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])/gi;

/** The check character for the nine digits DDMMYYZZZ. */
export function hetuCheckChar(nineDigits: string): string {
  return CHECK_CHARS[parseInt(nineDigits, 10) % 31];
}

/** True if `code` is exactly one valid personal identity code (date, century sign and check character). */
export function isValidHetu(code: string): boolean {
  return code.length === 11 && containsHetu(code);
}

/** True if a valid personal identity code occurs anywhere in `text`, also inside longer text. */
export function containsHetu(text: string): boolean {
  if (text.length < 11) return false;
  const candidates = new RegExp(CANDIDATE);
  let match: RegExpExecArray | null;
  while ((match = candidates.exec(text)) !== null) {
    if (isValidCandidate(match)) return true;
    // An invalid candidate may overlap a valid one that starts one character later.
    candidates.lastIndex = match.index + 1;
  }
  return false;
}

function isValidCandidate([, day, month, year, century, individual, check]: RegExpExecArray): boolean {
  const fullYear = CENTURIES[century.toUpperCase()] + parseInt(year, 10);
  if (!isCalendarDate(fullYear, parseInt(month, 10), parseInt(day, 10))) return false;
  return hetuCheckChar(`${day}${month}${year}${individual}`) === check.toUpperCase();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}
