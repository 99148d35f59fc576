import { estimateWait, type FloorTable, type MeasuredStay, type SeatedParty } from '@tablekeeper/domain';
import { DEMO_TABLES } from '../../prisma/demo-restaurant';

/**
 * A simulated evening of walk-ins, to measure the wait quote against the time each party was
 * actually seated. Parties arrive at random (faster than the floor turns early on, so a queue
 * builds, then slower), stay a random time around a size-dependent mean that the quote does not
 * know (it only sees the stays that finished), and are seated by the host's rule: whenever a table
 * is free, the first party in the queue that fits it. Minute by minute, seeded, deterministic.
 */
export interface SimulationOptions {
  readonly seed: number;
  readonly minutes: number;
  /** Parties per minute in the first `rushMinutes`, then `lateRate`. */
  readonly rushRate: number;
  readonly rushMinutes: number;
  readonly lateRate: number;
  readonly defaultStayMinutes: number;
}

export const EVENING: SimulationOptions = {
  seed: 1,
  minutes: 300,
  rushRate: 0.32,
  rushMinutes: 180,
  lateRate: 0.12,
  defaultStayMinutes: 90,
};

/** True mean stay by size band, minutes: what the quote has to learn. */
const TRUE_MEAN: Record<number, number> = { 2: 70, 4: 95, 6: 115, 8: 125 };

export interface QuotedParty {
  readonly arrivedAt: number;
  readonly partySize: number;
  readonly partiesAhead: number;
  /** Minutes from arrival, as quoted. */
  readonly quotedWait: number;
  readonly earliest: number;
  readonly latest: number;
  /** Minutes from arrival, as it happened. */
  readonly actualWait: number;
}

export interface SimulationResult {
  readonly parties: readonly QuotedParty[];
  /** Mean absolute error of the quote, minutes: over every party, and over parties that waited. */
  readonly meanAbsoluteError: number;
  readonly meanAbsoluteErrorWaited: number;
  /** 90th percentile of the absolute error, minutes: nine quotes in ten are at least this close. */
  readonly p90AbsoluteError: number;
  /** The same for a rule of thumb a host might use: 15 minutes per party ahead. */
  readonly ruleOfThumbError: number;
  /** Share of parties seated within the quoted range. */
  readonly withinRange: number;
}

export function simulateEvening(options: SimulationOptions = EVENING): SimulationResult {
  let seed = options.seed;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const MINUTE = 60_000;
  const tables: FloorTable[] = DEMO_TABLES.map((t) => ({ id: t.label, minCovers: t.min, maxCovers: t.max }));
  const sizes = [1, 2, 2, 2, 2, 3, 4, 4, 4, 5, 6];
  const band = (n: number) => (n <= 2 ? 2 : n <= 4 ? 4 : n <= 6 ? 6 : 8);

  const occupied = new Map<string, { party: SeatedParty; leavesAt: number }>();
  const stays: MeasuredStay[] = [];
  const queue: { partySize: number; arrivedAt: number; quote: QuotedParty }[] = [];
  const done: QuotedParty[] = [];

  for (let minute = 0; minute < options.minutes || queue.length > 0; minute++) {
    const now = minute * MINUTE;
    for (const [id, seat] of occupied)
      if (seat.leavesAt <= now) {
        occupied.delete(id);
        stays.push({
          partySize: seat.party.partySize,
          minutes: (seat.leavesAt - seat.party.seatedAt) / MINUTE,
        });
      }
    const rate =
      minute < options.rushMinutes ? options.rushRate : minute < options.minutes ? options.lateRate : 0;
    // Poisson arrivals within the minute, by inversion.
    let arrivals = 0;
    for (let p = Math.exp(-rate), s = p, u = random(); u > s; arrivals++) s += p *= rate / (arrivals + 1);
    for (let a = 0; a < arrivals; a++) {
      const partySize = sizes[Math.floor(random() * sizes.length)];
      const estimate = estimateWait({
        now,
        partySize,
        tables,
        seated: [...occupied.values()].map((o) => o.party),
        reservations: [],
        stays,
        ahead: queue.map((q) => ({ partySize: q.partySize })),
        defaultStayMinutes: options.defaultStayMinutes,
      });
      if (estimate.kind !== 'quote') continue;
      queue.push({
        partySize,
        arrivedAt: now,
        quote: {
          arrivedAt: now,
          partySize,
          partiesAhead: estimate.partiesAhead,
          quotedWait: (estimate.seatAt - now) / MINUTE,
          earliest: (estimate.earliest - now) / MINUTE,
          latest: (estimate.latest - now) / MINUTE,
          actualWait: NaN,
        },
      });
    }
    // The host: the first waiting party that fits a free table gets the smallest such table.
    for (let i = 0; i < queue.length;) {
      const party = queue[i];
      const table = tables
        .filter(
          (t) => !occupied.has(t.id) && party.partySize >= t.minCovers && party.partySize <= t.maxCovers,
        )
        .sort((a, b) => a.maxCovers - b.maxCovers)[0];
      if (!table) {
        i++;
        continue;
      }
      const stay = TRUE_MEAN[band(party.partySize)] * Math.exp(0.2 * gaussian() - 0.02);
      occupied.set(table.id, {
        party: { tableIds: [table.id], partySize: party.partySize, seatedAt: now },
        leavesAt: now + Math.round(stay) * MINUTE,
      });
      done.push({ ...party.quote, actualWait: (now - party.arrivedAt) / MINUTE });
      queue.splice(i, 1);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const waited = done.filter((p) => p.actualWait > 0);
  const errors = done.map((p) => Math.abs(p.quotedWait - p.actualWait)).sort((a, b) => a - b);
  return {
    parties: done,
    meanAbsoluteError: mean(errors),
    p90AbsoluteError: errors[Math.min(errors.length - 1, Math.ceil(0.9 * errors.length) - 1)] ?? 0,
    meanAbsoluteErrorWaited: mean(waited.map((p) => Math.abs(p.quotedWait - p.actualWait))),
    ruleOfThumbError: mean(done.map((p) => Math.abs(15 * p.partiesAhead - p.actualWait))),
    withinRange:
      done.filter((p) => p.actualWait >= p.earliest - 1 && p.actualWait <= p.latest + 1).length /
      Math.max(1, done.length),
  };
}
