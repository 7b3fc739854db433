import { BUSINESS_TIME_ZONE } from '../rules/versioning/business-date.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  timeZoneName: 'longOffset',
});

/**
 * The instant a `from` bound starts: a date-time as given, a date at midnight in Finland (the users'
 * calendar, whatever the server's zone).
 */
export function startOf(value: string): Date {
  return DATE_ONLY.test(value) ? finnishMidnight(value) : new Date(value);
}

/** The exclusive end of a `to` bound: a date includes its whole Finnish day. */
export function endOf(value: string): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const next = new Date(`${value}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return finnishMidnight(next.toISOString().slice(0, 10));
}

function finnishMidnight(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // Finland changes clocks at 03:00/04:00, never at midnight: the offset at UTC midnight is the day's.
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetFormat.format(utcMidnight));
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}
