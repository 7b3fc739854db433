/** The organization's calendar: "today" is the date in Finland, whatever the server's time zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Helsinki';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2024-01-05" */
export function businessDate(at: Date = new Date()): string {
  return format.format(at);
}
