import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';

/** One request the demo spread makes through the public API. */
export interface PlannedDemoBooking {
  /** `booking`: POST /v1/bookings (confirmed, or manual review for a large party); `hold`: POST /v1/holds, left open. */
  readonly kind: 'booking' | 'hold';
  /** Start as an ISO instant with the restaurant's offset. */
  readonly startsAt: string;
  readonly partySize: number;
  readonly guestName: string;
  /** Derived from the day and the slot, so a second run asks for the very same bookings. */
  readonly idempotencyKey: string;
  /** Checked in once confirmed: the party is already here, so the floor has someone seated. */
  readonly seatOnArrival: boolean;
}

export interface DemoSpreadInput {
  readonly now: Date;
  readonly timezone: string;
  /** Minutes after local midnight. */
  readonly opensAt: number;
  readonly closesAt: number;
  readonly slotMinutes: number;
  /** Today and this many days after it. */
  readonly daysAhead: number;
  /** Party sizes above this go to manual review. */
  readonly autoConfirmMaxPartySize: number;
  /** Nothing starts sooner than this after `now` (the restaurant's minimum notice). */
  readonly minNoticeMinutes: number;
}

/** Today's confirmable bookings starting this soon after `now` are seated at once (early arrivals). */
const SEAT_WITHIN_MINUTES = 60;
const MAX_SEATED = 3;

const NAMES = [
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Donald Knuth',
  'Margaret Hamilton',
  'Ken Thompson',
  'Frances Allen',
  'John Backus',
  'Radia Perlman',
  'Tony Hoare',
];

/** A number in [0, 1) from `seed`: the same seed always gives the same spread. */
function unit(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * What the demo restaurant's first look books: per day, a party every second or third slot, more
 * in the evening; mostly twos and fours, a large party now and then (manual review), and on each
 * day one hold left open; today's next few slots get a party seated as soon as it is confirmed. Pure: the same day and hours give the same plan, and keys repeat.
 */
export function planDemoBookings(input: DemoSpreadInput): PlannedDemoBooking[] {
  const plan: PlannedDemoBooking[] = [];
  const today = DateTime.fromJSDate(input.now, { zone: input.timezone }).startOf('day');
  const earliest = input.now.getTime() + input.minNoticeMinutes * 60_000;
  const seatBefore = input.now.getTime() + SEAT_WITHIN_MINUTES * 60_000;
  let seated = 0;
  for (let d = 0; d <= input.daysAhead; d++) {
    const day = today.plus({ days: d });
    const date = day.toISODate()!;
    let holdPlaced = false;
    for (let m = input.opensAt; m + 90 <= input.closesAt; m += input.slotMinutes) {
      const start = day.plus({ minutes: m });
      if (start.toMillis() < earliest) continue;
      const seed = `${date}:${m}`;
      const evening = m >= 18 * 60;
      // Today's next slots always get a party, seated at once: the floor is never empty at first look.
      const seatOnArrival = d === 0 && seated < MAX_SEATED && start.toMillis() <= seatBefore;
      if (seatOnArrival) seated++;
      else if (unit(`${seed}:book`) > (evening ? 0.55 : 0.3)) continue;
      const roll = unit(`${seed}:size`);
      const large = !seatOnArrival && roll > 0.94;
      const partySize = large
        ? input.autoConfirmMaxPartySize + 2
        : roll < 0.45
          ? 2
          : roll < 0.7
            ? 4
            : roll < 0.85
              ? 3
              : 6;
      const hold: boolean = !seatOnArrival && !holdPlaced && evening && !large && unit(`${seed}:hold`) < 0.3;
      holdPlaced ||= hold;
      plan.push({
        kind: hold ? 'hold' : 'booking',
        startsAt: start.toISO({ suppressMilliseconds: true })!,
        partySize,
        guestName: NAMES[Math.floor(unit(`${seed}:name`) * NAMES.length)],
        idempotencyKey: `demo-spread:${date}:${String(m).padStart(4, '0')}`,
        seatOnArrival,
      });
    }
  }
  return plan;
}
