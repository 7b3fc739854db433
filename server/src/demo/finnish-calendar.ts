// Working days in Finland: Monday to Friday except public holidays that fall on a weekday.

/** ISO date "yyyy-mm-dd" of a UTC calendar day; no local time zone is involved. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday (anonymous Gregorian algorithm), as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function shift(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function publicHolidays(year: number): Set<string> {
  const [em, ed] = easter(year);
  const midsummerEve =
    [19, 20, 21, 22, 23, 24, 25].find((d) => new Date(Date.UTC(year, 5, d)).getUTCDay() === 5) ?? 24;
  return new Set([
    isoDate(year, 1, 1),
    isoDate(year, 1, 6),
    shift(year, em, ed, -2), // Good Friday
    shift(year, em, ed, 1), // Easter Monday
    isoDate(year, 5, 1),
    shift(year, em, ed, 39), // Ascension Day
    isoDate(year, 6, midsummerEve),
    isoDate(year, 12, 6),
    isoDate(year, 12, 24),
    isoDate(year, 12, 25),
    isoDate(year, 12, 26),
  ]);
}

/** Every working day of the year, in order, with its ISO date and weekday (1 = Monday). */
export function workingDays(year: number): { date: string; month: number; day: number }[] {
  const holidays = publicHolidays(year);
  const days: { date: string; month: number; day: number }[] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const weekday = d.getUTCDay();
    const date = isoDate(year, d.getUTCMonth() + 1, d.getUTCDate());
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date)) {
      days.push({ date, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
  }
  return days;
}
