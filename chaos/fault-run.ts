import type { PrismaClient } from '@tablekeeper/db';
import { BookingPlanner } from '../bench/support/booking-plans';
import type { BenchRestaurant } from '../bench/support/bench-database';
import { Ledger, waitForSettled } from '../bench/support/invariants';
import { bookLikeAnAgent, type AgentOutcome, type Attempt, type GatewayTarget } from './agent-client';
import { checkFaultInvariants, type FaultInvariants } from './fault-checks';
import type { Restartable } from './services/restartable';

/** One fault: what is taken down, for how long, and whether it must die with requests on it. */
export interface Fault {
  readonly label: string;
  readonly target: Restartable;
  /** How long it stays down before it is started again. */
  readonly downMs: number;
  /** For a gateway: wait until requests are on the wire to it, then kill it. */
  readonly midRequest?: GatewayTarget;
}

export interface FaultRunOptions {
  readonly prisma: PrismaClient;
  readonly restaurants: readonly BenchRestaurant[];
  readonly dates: readonly string[];
  readonly apiKey: string;
  readonly gateways: readonly GatewayTarget[];
  readonly faults: readonly Fault[];
  /** New bookings started per second, whatever the answers (open loop, like real guests). */
  readonly bookingsPerSecond: number;
  /** Healthy traffic before the first fault, between faults and after the last one. */
  readonly calmMs: number;
  readonly agentDeadlineMs: number;
  readonly attemptTimeoutMs: number;
  readonly log?: (line: string) => void;
}

export interface FaultFigure {
  readonly label: string;
  /** Requests on the wire to the killed gateway when it died (mid-request kills only). */
  readonly inFlightAtKill?: number;
  readonly downMs: number;
  /** From the kill to the first booking answered 201 to an attempt sent after the kill. */
  readonly recoveryMs: number | null;
  /** What attempts sent between the kill and that booking were answered: `503 database_unavailable: 4`, `no answer: 2`. */
  readonly answersMeanwhile: Record<string, number>;
}

export interface FaultRunReport {
  readonly bookingsSent: number;
  readonly attempts: number;
  readonly answers: Record<string, number>;
  readonly faults: readonly FaultFigure[];
  readonly invariants: FaultInvariants;
  readonly ok: boolean;
}

/**
 * Runs paced booking load from retrying agents while the faults happen one after another, then
 * waits for every booking to settle and checks in SQL what the agents were told against what
 * Postgres holds (fault-checks.ts).
 */
export async function runFaults(options: FaultRunOptions): Promise<FaultRunReport> {
  const log = options.log ?? (() => undefined);
  const planner = new BookingPlanner(options.restaurants, options.dates, 11);
  const successes: { sentAt: number; endedAt: number }[] = [];
  const allAttempts: Attempt[] = [];
  const outcomes: Promise<AgentOutcome>[] = [];
  const ledger = new Ledger();
  let attempts = 0;
  let turn = 0;
  let loading = true;

  const load = (async () => {
    const every = 1000 / options.bookingsPerSecond;
    const started = Date.now();
    for (let n = 0; loading; n++) {
      const { body, idempotencyKey } = planner.next();
      ledger.sent.set(idempotencyKey, 'book');
      outcomes.push(
        bookLikeAnAgent(idempotencyKey, body, {
          apiKey: options.apiKey,
          deadlineMs: options.agentDeadlineMs,
          attemptTimeoutMs: options.attemptTimeoutMs,
          pickGateway: () => options.gateways[turn++ % options.gateways.length],
          onAttempt: (attempt) => {
            attempts++;
            allAttempts.push(attempt);
            if (attempt.status === 201) successes.push(attempt);
          },
        }),
      );
      await sleep(Math.max(0, started + (n + 1) * every - Date.now()));
    }
  })();

  const figures: FaultFigure[] = [];
  try {
    await sleep(options.calmMs);
    for (const fault of options.faults) {
      let inFlightAtKill: number | undefined;
      if (fault.midRequest) {
        const gateway = fault.midRequest;
        await until(() => gateway.inFlight > 0, 10_000);
        inFlightAtKill = gateway.inFlight;
      }
      const killedAt = Date.now();
      await fault.target.kill();
      await sleep(fault.downMs);
      await fault.target.start();
      const upAt = Date.now();
      const recovered = await until(() => successes.some((s) => s.sentAt >= killedAt), 120_000);
      const first = recovered
        ? Math.min(...successes.filter((s) => s.sentAt >= killedAt).map((s) => s.endedAt))
        : null;
      const figure = {
        label: fault.label,
        inFlightAtKill,
        downMs: upAt - killedAt,
        recoveryMs: first === null ? null : first - killedAt,
        answersMeanwhile: tally(
          allAttempts.filter((a) => a.sentAt >= killedAt && a.sentAt < (first ?? Infinity)),
        ),
      };
      figures.push(figure);
      log(
        `${fault.label}: down ${figure.downMs} ms, next booking after ${figure.recoveryMs ?? 'never'} ms` +
          (inFlightAtKill === undefined ? '' : ` (${inFlightAtKill} requests on the wire at the kill)`),
      );
      await sleep(options.calmMs);
    }
  } finally {
    loading = false;
    await load;
  }
  log(`load stopped after ${outcomes.length} bookings; waiting for every agent's last answer`);
  const answered = await Promise.all(outcomes);
  for (const outcome of answered) if (outcome.bookingId) ledger.accepted.set(outcome.bookingId, 'book');
  await waitForSettled(
    options.prisma,
    options.restaurants.map((r) => r.id),
    ledger,
    120_000,
  );
  const invariants = await checkFaultInvariants(options.prisma, {
    restaurantIds: options.restaurants.map((r) => r.id),
    ledger,
    outcomes: answered,
  });
  for (const id of invariants.lostIds) {
    const outcome = answered.find((o) => o.bookingId === id);
    log(`lost booking ${id}: ${JSON.stringify(outcome?.attempts ?? [])}`);
  }
  const answers: Record<string, number> = {};
  for (const outcome of answered) {
    const key = outcome.finalStatus === null ? 'none' : String(outcome.finalStatus);
    answers[key] = (answers[key] ?? 0) + 1;
  }
  return {
    bookingsSent: answered.length,
    attempts,
    answers,
    faults: figures,
    invariants,
    ok: invariants.ok && figures.every((f) => f.recoveryMs !== null),
  };
}

function tally(attempts: readonly Attempt[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of attempts) {
    const key = a.status === null ? 'no answer' : `${a.status}${a.code ? ` ${a.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}
