import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvariantReport } from './invariants';
import type { LatencySummary, LoadResult } from './load';

export interface SustainedRun extends LoadResult {
  readonly rate: number;
  readonly held: boolean;
  readonly cpuMsPerRequest: Record<string, number>;
}

/** Both floors driven at once at one arrival rate (5c). */
export interface FloorsAtRate {
  readonly rate: number;
  readonly updateWithStart: LoadResult;
  readonly holdSql: LoadResult;
  /** CPU milliseconds per pair of floor calls (one update-with-start, one hold transaction). */
  readonly cpuMsPerBooking: Record<string, number>;
}

export interface BenchReport {
  readonly machine: string;
  readonly startedAt: string;
  readonly config: Record<string, unknown>;
  readonly targets: {
    readonly availabilityP95Ms: number;
    readonly writeP95Ms: number;
    readonly confirmedP95Ms: number;
    readonly sustainedPerSecond: number;
    readonly rssMiB: number;
  };
  readonly data: Record<string, number>;
  readonly availability: LoadResult;
  readonly holds: LoadResult;
  readonly bookings: LoadResult;
  readonly confirmed: LatencySummary & { readonly stillPending: number };
  readonly sustained: readonly SustainedRun[];
  readonly invariants: InvariantReport;
  readonly floors: { readonly updateWithStart: LoadResult; readonly holdSql: LoadResult };
  readonly floorsAtRate: FloorsAtRate;
  /** Phase 2c and floor 5d at one client: the unloaded latency; absent in older reports. */
  readonly oneClient?: {
    readonly holds: LoadResult;
    readonly bookings: LoadResult;
    readonly updateWithStart: LoadResult;
  };
  readonly rssMiB: { readonly gateway: number; readonly worker: number };
  /** The peak RSS within each phase, in order; absent in older reports. */
  readonly rssMiBByPhase?: Record<string, { readonly gateway: number; readonly worker: number }>;
  /** CPU milliseconds each process spent per POST /v1/bookings, during phase 2b. */
  readonly cpuMsPerBooking: Record<string, number>;
  /** The same for one bare update-with-start (floor 5a). */
  readonly cpuMsPerFloorUpdate: Record<string, number>;
  /** The same for one hold transaction called directly (floor 5b); absent in older reports. */
  readonly cpuMsPerFloorHold?: Record<string, number>;
  /** PATCH /v1/bookings/{id} moving confirmed bookings (phase 3b); absent in older reports. */
  readonly modify?: LoadResult;
  /** CPU milliseconds each process spent per PATCH, during phase 3b. */
  readonly cpuMsPerModify?: Record<string, number>;
}

const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

/** CPU of the processes that serve a request (the load generator left out). */
export const servingCpu = (parts: Record<string, number> | undefined): number =>
  Object.entries(parts ?? {})
    .filter(([name, v]) => name !== 'bench' && Number.isFinite(v))
    .reduce((sum, [, v]) => sum + v, 0);

/**
 * A booking beside the least the design can do for it, as ratios: its CPU against one bare
 * update-with-start plus one hold transaction, its throughput at the same concurrency against the
 * bare update-with-start's, its worker against the empty workflow's.
 */
export function besideTheFloorLines(
  r: Pick<
    BenchReport,
    | 'cpuMsPerFloorHold'
    | 'cpuMsPerFloorUpdate'
    | 'cpuMsPerBooking'
    | 'config'
    | 'bookings'
    | 'floors'
    | 'oneClient'
  >,
): string[] {
  if (!r.cpuMsPerFloorHold) return [];
  const update = r.cpuMsPerFloorUpdate;
  const floorCpu = servingCpu(update) + (r.cpuMsPerFloorHold.postgres ?? 0);
  const bookingCpu = servingCpu(r.cpuMsPerBooking);
  const floorWorker = update['floor worker'] ?? NaN;
  const clients = String(r.config.writeClients);
  return [
    '## Beside the floor',
    '',
    '| figure | booking | floor | booking / floor |',
    '| --- | ---: | ---: | ---: |',
    `| CPU ms per booking (floor: update-with-start + the hold transaction's Postgres) | ${ms(bookingCpu)} | ${ms(floorCpu)} | ${ratio(bookingCpu, floorCpu)} |`,
    `| worker CPU ms (floor: the empty workflow's worker) | ${ms(r.cpuMsPerBooking.worker)} | ${ms(floorWorker)} | ${ratio(r.cpuMsPerBooking.worker, floorWorker)} |`,
    `| requests/s at ${clients} clients (floor: bare update-with-start) | ${r.bookings.rps.toFixed(1)} | ${r.floors.updateWithStart.rps.toFixed(1)} | ${ratio(r.bookings.rps, r.floors.updateWithStart.rps)} |`,
    ...(r.oneClient
      ? [
          `| p95 ms at one client (floor: bare update-with-start) | ${ms(r.oneClient.bookings.p95)} | ${ms(r.oneClient.updateWithStart.p95)} | ${ratio(r.oneClient.bookings.p95, r.oneClient.updateWithStart.p95)} |`,
        ]
      : []),
    '',
    `The hold transaction alone costs Postgres ${ms(r.cpuMsPerFloorHold.postgres ?? NaN)} ms (floor 5b).`,
    '',
  ];
}

/** Peak RSS within each phase: the phase that sets a process's peak is the one to look at. */
export function rssByPhaseLines(phases: BenchReport['rssMiBByPhase']): string[] {
  if (!phases || Object.keys(phases).length === 0) return [];
  const mib = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
  return [
    '| phase | gateway peak MiB | worker peak MiB |',
    '| --- | ---: | ---: |',
    ...Object.entries(phases).map(([phase, p]) => `| ${phase} | ${mib(p.gateway)} | ${mib(p.worker)} |`),
    '',
  ];
}

/** What one guest alone waits, beside one bare update-with-start alone. */
function oneClientLines(r: BenchReport): string[] {
  const o = r.oneClient;
  if (!o) return [];
  const floor = o.updateWithStart;
  const row = (name: string, run: LoadResult) =>
    `| ${name} | ${run.rps.toFixed(1)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${run.errors} | ${ratio(run.p95, floor.p95)} |`;
  return [
    '## One client (unloaded latency)',
    '',
    '| path | requests/s | p50 ms | p95 ms | p99 ms | errors | p95 / floor p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('POST /v1/holds', o.holds),
    row('POST /v1/bookings', o.bookings),
    row('floor: bare update-with-start', floor),
    '',
  ];
}

function floorsAtRateLines(r: BenchReport): string[] {
  const f = r.floorsAtRate;
  const sumP95 = f.updateWithStart.p95 + f.holdSql.p95;
  const parts = Object.entries(f.cpuMsPerBooking).filter(([, v]) => v > 0.05);
  const cpu = parts.reduce((sum, [, v]) => sum + v, 0);
  const sustained = r.sustained.find((s) => s.rate === f.rate);
  return [
    `### Both floors at once at ${f.rate}/s (open loop, ${String(r.config.durationSeconds)} s)`,
    '',
    '| floor | achieved /s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| bare update-with-start | ${f.updateWithStart.rps.toFixed(1)} | ${ms(f.updateWithStart.p50)} | ${ms(f.updateWithStart.p95)} | ${ms(f.updateWithStart.p99)} | ${f.updateWithStart.errors} |`,
    `| bare hold transaction | ${f.holdSql.rps.toFixed(1)} | ${ms(f.holdSql.p50)} | ${ms(f.holdSql.p95)} | ${ms(f.holdSql.p99)} | ${f.holdSql.errors} |`,
    '',
    `Floor sum at ${f.rate}/s: p95 ${ms(sumP95)} ms against the ${r.targets.writeP95Ms} ms target ` +
      `(${sumP95 <= r.targets.writeP95Ms ? 'the floors allow it' : '**beyond what the floors allow**'}), ` +
      `${ms(cpu)} ms of CPU per booking (${parts.map(([name, v]) => `${name} ${ms(v)}`).join(', ')}).` +
      (sustained
        ? ` The booking path at ${f.rate}/s offered: p95 ${ms(sustained.p95)} ms, ${sustained.rps.toFixed(1)}/s achieved.`
        : ''),
  ];
}

/** What the scale book held (BENCH_SCALE=1) and how long it took to write. */
function scaleBookLines(r: BenchReport): string[] {
  const d = r.data;
  if (typeof d.scaleBookings !== 'number') return [];
  const per1000 = (seconds: number, count: number) => ((seconds * 1000) / Math.max(1, count)).toFixed(2);
  return [
    `Scale book beside it: ${d.scaleRestaurants} restaurants × ${d.scaleDays} days, ${d.scaleBookings} bookings ` +
      `(${d.scaleTableAssignments} table assignments, ${d.scaleEvents} events, ${d.scaleOutboxEvents} outbox rows; ` +
      `overlapping assignments ${d.scaleOverlappingAssignments}, pacing slots over limit ${d.scalePacingExceeded}), ` +
      `written in ${d.scaleBookingSeconds.toFixed(1)} s (${per1000(d.scaleBookingSeconds, d.scaleBookings)} s per 1,000) ` +
      `after ${d.scaleRestaurantSeconds.toFixed(1)} s of restaurants, VACUUM ANALYZE ${d.scaleVacuumSeconds.toFixed(1)} s; ` +
      `${d.openWorkflows} open booking workflows started in ${d.openWorkflowSeconds.toFixed(1)} s ` +
      `(${per1000(d.openWorkflowSeconds, d.openWorkflows)} s per 1,000, ${d.openWorkflowFailures} failed).`,
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Transport errors and 5xx. A 409 (that time is full) is an answer, reported on its own. */
export function errorsOf(run: LoadResult): number {
  const fiveHundreds = Object.entries(run.statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  return run.errors + fiveHundreds;
}

function answers(run: LoadResult): string {
  return Object.entries(run.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
}

/** The Markdown report: what was measured, against which target, and how far from the floor. */
export function renderMarkdown(r: BenchReport): string {
  const t = r.targets;
  const best = [...r.sustained].reverse().find((s) => s.held);
  const floorSum = {
    p50: r.floors.updateWithStart.p50 + r.floors.holdSql.p50,
    p95: r.floors.updateWithStart.p95 + r.floors.holdSql.p95,
  };
  const lines = [
    `# Tablekeeper benchmark, ${r.startedAt}`,
    '',
    `Machine: ${r.machine}. Everything local: Temporal dev server, Postgres, Redis, gateway, worker and the load generator.`,
    `Data: ${r.data.restaurants} restaurants × ${r.data.days} days; availability book of ${r.data.availabilityBookings} bookings; ${r.data.bookingsAccepted} bookings accepted during the run.`,
    ...scaleBookLines(r),
    '',
    '| path | clients | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | answers | target | verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    row(
      'GET availability',
      r.config.availabilityClients,
      r.availability,
      `p95 ≤ ${t.availabilityP95Ms} ms`,
      r.availability.p95 <= t.availabilityP95Ms,
    ),
    row(
      'POST /v1/holds',
      r.config.writeClients,
      r.holds,
      `p95 ≤ ${t.writeP95Ms} ms`,
      r.holds.p95 <= t.writeP95Ms,
    ),
    row(
      'POST /v1/bookings',
      r.config.writeClients,
      r.bookings,
      `p95 ≤ ${t.writeP95Ms} ms`,
      r.bookings.p95 <= t.writeP95Ms,
    ),
    `| POST → confirmed | ${r.config.writeClients} | ${r.confirmed.count} | | ${ms(r.confirmed.p50)} | ${ms(r.confirmed.p95)} | ${ms(r.confirmed.p99)} | ${ms(r.confirmed.max)} | ${r.confirmed.stillPending} unconfirmed | | p95 ≤ ${t.confirmedP95Ms} ms | ${verdict(r.confirmed.p95 <= t.confirmedP95Ms)} |`,
    ...(r.modify
      ? [
          row(
            'PATCH /v1/bookings/{id}',
            r.config.writeClients,
            r.modify,
            `p95 ≤ ${t.writeP95Ms} ms`,
            r.modify.p95 <= t.writeP95Ms,
          ),
        ]
      : []),
    '',
    ...(r.cpuMsPerModify
      ? [
          `CPU per modify (ms): ${Object.entries(r.cpuMsPerModify)
            .map(([name, v]) => `${name} ${ms(v)}`)
            .join(', ')}.`,
          '',
        ]
      : []),
    '## Sustained arrival rate (POST /v1/bookings)',
    '',
    '| target rate /s | achieved /s | requests | p50 ms | p95 ms | p99 ms | errors | answers | held |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...r.sustained.map(
      (s) =>
        `| ${s.rate} | ${s.rps.toFixed(1)} | ${s.requests} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${errorsOf(s)} | ${answers(s)} | ${s.held ? 'yes' : 'no'} |`,
    ),
    '',
    `Highest rate held (p95 ≤ ${t.writeP95Ms} ms, zero errors): **${best ? `${best.rate}/s` : 'none'}** (target ≥ ${t.sustainedPerSecond}/s: ${verdict((best?.rate ?? 0) >= t.sustainedPerSecond)}).`,
    '',
    `Invariants after the load (${r.invariants.checkedBookings} bookings checked): ${r.invariants.ok ? '**all intact**' : '**VIOLATED**'}. ` +
      `Overlapping assignments ${r.invariants.overlappingAssignments}, pacing slots over limit ${r.invariants.pacingExceeded}, ` +
      `duplicate bookings ${r.invariants.duplicateBookings}, bookings nobody asked for ${r.invariants.unaccountedBookings}, ` +
      `accepted but missing ${r.invariants.missingBookings}, unexpected states ${JSON.stringify(r.invariants.unexpectedStates)}.`,
    '',
    '## Floors (same run, same data, same concurrency)',
    '',
    '| floor | requests/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| bare update-with-start, empty workflow | ${r.floors.updateWithStart.rps.toFixed(0)} | ${ms(r.floors.updateWithStart.p50)} | ${ms(r.floors.updateWithStart.p95)} | ${ms(r.floors.updateWithStart.p99)} | ${r.floors.updateWithStart.errors} |`,
    `| bare hold transaction (repository call) | ${r.floors.holdSql.rps.toFixed(0)} | ${ms(r.floors.holdSql.p50)} | ${ms(r.floors.holdSql.p95)} | ${ms(r.floors.holdSql.p99)} | ${r.floors.holdSql.errors} |`,
    '',
    '| path | p50 / floor sum | p95 / floor sum | p95 / update-with-start | p95 / hold SQL |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['POST /v1/holds', r.holds],
        ['POST /v1/bookings', r.bookings],
        ['POST → confirmed', r.confirmed],
      ] as const
    ).map(
      ([name, run]) =>
        `| ${name} | ${ratio(run.p50, floorSum.p50)} | ${ratio(run.p95, floorSum.p95)} | ${ratio(run.p95, r.floors.updateWithStart.p95)} | ${ratio(run.p95, r.floors.holdSql.p95)} |`,
    ),
    '',
    `Floor sum = update-with-start + hold transaction (p50 ${ms(floorSum.p50)} ms, p95 ${ms(floorSum.p95)} ms): a booking cannot be answered faster than one Temporal round trip plus the hold's SQL.`,
    '',
    ...floorsAtRateLines(r),
    '',
    ...oneClientLines(r),
    '## Where the CPU goes (ms of CPU per POST /v1/bookings)',
    '',
    `| run | ${Object.keys(r.cpuMsPerBooking).join(' | ')} |`,
    `| --- | ${Object.keys(r.cpuMsPerBooking)
      .map(() => '---:')
      .join(' | ')} |`,
    `| ${r.config.writeClients} clients | ${Object.values(r.cpuMsPerBooking).map(ms).join(' | ')} |`,
    ...r.sustained.map(
      (s) =>
        `| ${s.rate}/s sustained | ${Object.keys(r.cpuMsPerBooking)
          .map((k) => ms(s.cpuMsPerRequest[k] ?? NaN))
          .join(' | ')} |`,
    ),
    '',
    `Per bare update-with-start (floor 5a): ${Object.entries(r.cpuMsPerFloorUpdate)
      .filter(([name, v]) => v > 0.05 && name !== 'postgres')
      .map(([name, v]) => `${name} ${ms(v)}`)
      .join(', ')} ms of CPU. Two cores give 2,000 ms of CPU per second: the sum of a row bounds the rate.`,
    '',
    ...besideTheFloorLines(r),
    '## Memory',
    '',
    `Peak RSS: gateway ${r.rssMiB.gateway.toFixed(0)} MiB, worker ${r.rssMiB.worker.toFixed(0)} MiB (target < 300 MB = ${t.rssMiB.toFixed(0)} MiB each: ${verdict(Math.max(r.rssMiB.gateway, r.rssMiB.worker) < t.rssMiB)}).`,
    '',
    ...rssByPhaseLines(r.rssMiBByPhase),
  ];
  return lines.join('\n');

  function row(name: string, clients: unknown, run: LoadResult, target: string, ok: boolean): string {
    return `| ${name} | ${String(clients)} | ${run.requests} | ${run.rps.toFixed(0)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${ms(run.max)} | ${errorsOf(run)} | ${answers(run)} | ${target} | ${verdict(ok && errorsOf(run) === 0)} |`;
  }
}

interface Bar {
  readonly label: string;
  readonly summary: LatencySummary;
  readonly target?: number;
}

/** A horizontal bar chart of p50 / p95 / p99 per path with the target marked, as plain SVG. */
export function renderChart(r: BenchReport): string {
  const best = [...r.sustained].reverse().find((s) => s.held) ?? r.sustained.at(-1);
  const bars: Bar[] = [
    { label: 'GET availability (50)', summary: r.availability, target: r.targets.availabilityP95Ms },
    { label: 'POST /v1/holds (20)', summary: r.holds, target: r.targets.writeP95Ms },
    { label: 'POST /v1/bookings (20)', summary: r.bookings, target: r.targets.writeP95Ms },
    { label: 'POST → confirmed', summary: r.confirmed, target: r.targets.confirmedP95Ms },
    ...(best ? [{ label: `sustained ${best.rate}/s`, summary: best, target: r.targets.writeP95Ms }] : []),
    { label: 'floor: update-with-start', summary: r.floors.updateWithStart },
    { label: 'floor: hold SQL', summary: r.floors.holdSql },
  ];
  const series = [
    { key: 'p50', colour: '#4c78a8' },
    { key: 'p95', colour: '#f58518' },
    { key: 'p99', colour: '#b279a2' },
  ] as const;
  const left = 190;
  const width = 820;
  const plot = width - left - 30;
  const rowHeight = 54;
  const top = 50;
  const height = top + bars.length * rowHeight + 40;
  const maxValue = Math.max(
    ...bars.flatMap((b) => [b.summary.p99, b.target ?? 0]).filter((v) => Number.isFinite(v)),
    1,
  );
  const scale = (v: number) => (Number.isFinite(v) ? (v / maxValue) * plot : 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">Latency by path (ms), ${escape(r.startedAt)}</text>`,
    ...series.map(
      (s, i) =>
        `<rect x="${left + i * 70}" y="30" width="12" height="12" fill="${s.colour}"/><text x="${left + i * 70 + 16}" y="40">${s.key}</text>`,
    ),
    `<line x1="${left + 220}" y1="36" x2="${left + 240}" y2="36" stroke="#d62728" stroke-width="2" stroke-dasharray="4 2"/><text x="${left + 245}" y="40">target (p95)</text>`,
  ];
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    parts.push(`<text x="${left - 8}" y="${y + 24}" text-anchor="end">${escape(bar.label)}</text>`);
    series.forEach((s, j) => {
      const value = bar.summary[s.key];
      parts.push(
        `<rect x="${left}" y="${y + j * 14}" width="${scale(value).toFixed(1)}" height="12" fill="${s.colour}"/>`,
        `<text x="${left + scale(value) + 4}" y="${y + j * 14 + 10}" font-size="10">${ms(value)}</text>`,
      );
    });
    if (bar.target !== undefined) {
      const x = left + scale(bar.target);
      parts.push(
        `<line x1="${x.toFixed(1)}" y1="${y - 4}" x2="${x.toFixed(1)}" y2="${y + 44}" stroke="#d62728" stroke-width="2" stroke-dasharray="4 2"/>`,
      );
    }
  });
  parts.push(
    `<line x1="${left}" y1="${top - 6}" x2="${left}" y2="${height - 30}" stroke="#333"/>`,
    `<text x="${left}" y="${height - 12}">0</text>`,
    `<text x="${left + plot}" y="${height - 12}" text-anchor="end">${ms(maxValue)} ms</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function writeReport(
  report: BenchReport,
  dir: string,
): { json: string; markdownPath: string; chart: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `bench-${stamp}.json`);
  const chart = join(dir, `bench-${stamp}-latency.svg`);
  const markdownPath = join(dir, `bench-${stamp}.md`);
  const markdown = `${renderMarkdown(report)}\n![latency](./bench-${stamp}-latency.svg)\n`;
  writeFileSync(json, JSON.stringify(report, null, 2));
  writeFileSync(chart, renderChart(report));
  writeFileSync(markdownPath, markdown);
  return { json, markdownPath, chart, markdown };
}
