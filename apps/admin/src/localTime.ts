/** Restaurant-local wall-clock times in the browser, which may be in another zone. */

/** `YYYY-MM-DDTHH:mm` of an instant at the restaurant, for a datetime-local input. */
export function localInput(tz: string, at = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a restaurant-local `YYYY-MM-DDTHH:mm` names. */
export function instantOf(local: string, tz: string): string {
  const guess = new Date(`${local}:00Z`);
  const shown = new Date(`${localInput(tz, guess)}:00Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime())).toISOString();
}

/** Minutes since local midnight of an instant at the restaurant. */
export function localMinutes(iso: string, tz: string): number {
  const [, hm] = localInput(tz, new Date(iso)).split('T');
  const [h, m] = hm.split(':').map(Number);
  return h * 60 + m;
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
