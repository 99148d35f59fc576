import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servingCpu, type BenchReport } from './report';

/**
 * The scale run beside a small-book run: the figures of the same phases side by side, and how
 * much each grew. The small run is BENCH_BASELINE (a results/bench-*.json), or else the newest
 * report in `dir` that is not a scale run.
 */
export function findBaseline(dir: string, explicit?: string): { path: string; report: BenchReport } | null {
  const path =
    explicit ??
    (existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /^bench-.*\.json$/.test(f))
          .sort()
          .reverse()
          .map((f) => join(dir, f))
          .find((f) => !isScale(JSON.parse(readFileSync(f, 'utf8')) as BenchReport))
      : undefined);
  if (!path || !existsSync(path)) return null;
  return { path, report: JSON.parse(readFileSync(path, 'utf8')) as BenchReport };
}

const isScale = (r: BenchReport) => typeof r.data?.scaleBookings === 'number';

/** Markdown lines: one row per figure, small book, scale book, scale / small. */
export function comparisonLines(small: BenchReport, scale: BenchReport, smallPath: string): string[] {
  const rows: [string, number | undefined, number | undefined][] = [
    ['availability p95 ms', small.availability.p95, scale.availability.p95],
    ['availability requests/s', small.availability.rps, scale.availability.rps],
    ['POST /v1/holds p95 ms', small.holds.p95, scale.holds.p95],
    ['POST /v1/bookings requests/s', small.bookings.rps, scale.bookings.rps],
    ['POST /v1/bookings p95 ms', small.bookings.p95, scale.bookings.p95],
    ['POST → confirmed p95 ms', small.confirmed.p95, scale.confirmed.p95],
    ['one client: POST /v1/bookings p95 ms', small.oneClient?.bookings.p95, scale.oneClient?.bookings.p95],
    ['PATCH /v1/bookings/{id} p95 ms', small.modify?.p95, scale.modify?.p95],
    ['CPU ms per booking, total', servingCpu(small.cpuMsPerBooking), servingCpu(scale.cpuMsPerBooking)],
    ...['gateway', 'worker', 'temporal', 'postgres'].map(
      (part) =>
        [`CPU ms per booking, ${part}`, small.cpuMsPerBooking[part], scale.cpuMsPerBooking[part]] as [
          string,
          number | undefined,
          number | undefined,
        ],
    ),
    ['bare update-with-start p95 ms', small.floors.updateWithStart.p95, scale.floors.updateWithStart.p95],
    ['gateway peak RSS MiB', small.rssMiB.gateway, scale.rssMiB.gateway],
    ['worker peak RSS MiB', small.rssMiB.worker, scale.rssMiB.worker],
  ];
  const f = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(1) : '–');
  const growth = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && a > 0
      ? `${(b / a).toFixed(2)}×`
      : '–';
  return [
    '## Scale book beside the small book',
    '',
    `Small book: ${smallPath} (${small.data.restaurants} restaurants × ${small.data.days} days). Scale book: ` +
      `${scale.data.scaleRestaurants} restaurants × ${scale.data.scaleDays} days, ${scale.data.scaleBookings} ` +
      `bookings, ${scale.data.openWorkflows} open booking workflows.`,
    '',
    '| figure | small book | scale book | scale / small |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([name, a, b]) => `| ${name} | ${f(a)} | ${f(b)} | ${growth(a, b)} |`),
    '',
  ];
}
