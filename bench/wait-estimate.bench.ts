/**
 * `npm run bench:wait-estimate`: the walk-in quote's error on simulated evenings
 * (bench/support/walk-in-simulation.ts), against the rule of thumb of 15 minutes per party ahead.
 * Pure computation: no server is started.
 */
import { EVENING, simulateEvening } from './support/walk-in-simulation';

const rows = [1, 2, 3, 4, 5].map((seed) => ({ seed, ...simulateEvening({ ...EVENING, seed }) }));
const f = (v: number) => v.toFixed(1);
console.log('\n## Walk-in quote error (minutes) on simulated evenings\n');
console.log(
  '| seed | parties | waited | MAE (all) | p90 error | MAE (waited) | 15 min/party ahead MAE | seated within range |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const waited = r.parties.filter((p) => p.actualWait > 0).length;
  console.log(
    `| ${r.seed} | ${r.parties.length} | ${waited} | ${f(r.meanAbsoluteError)} | ${f(r.p90AbsoluteError)} | ${f(r.meanAbsoluteErrorWaited)} | ${f(r.ruleOfThumbError)} | ${(r.withinRange * 100).toFixed(0)}% |`,
  );
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `\nMAE over the ${rows.length} evenings: ${f(mean(rows.map((r) => r.meanAbsoluteError)))} min; ` +
    `p90 error: ${f(mean(rows.map((r) => r.p90AbsoluteError)))} min`,
);
