import { besideTheFloorLines, rssByPhaseLines } from '../../bench/support/report';
import type { LoadResult } from '../../bench/support/load';

const run = (rps: number, p95: number) => ({ rps, p95 }) as LoadResult;

describe('the benchmark report beside the floor', () => {
  const report = {
    config: { writeClients: 20 },
    cpuMsPerBooking: { gateway: 5, worker: 13, temporal: 13, postgres: 6, redis: 0.5, bench: 0.5 },
    cpuMsPerFloorUpdate: { temporal: 14, 'floor worker': 5, postgres: 0.5, redis: 0, bench: 2 },
    cpuMsPerFloorHold: { postgres: 4.5, redis: 0, bench: 3 },
    bookings: run(50, 675),
    floors: { updateWithStart: run(80, 520), holdSql: run(120, 250) },
    oneClient: { holds: run(19, 63), bookings: run(19, 72), updateWithStart: run(20, 60) },
  };

  it('sums the serving processes only: the load generator is not the booking path', () => {
    const lines = besideTheFloorLines(report).join('\n');
    // booking 5 + 13 + 13 + 6 + 0.5 = 37.5; floor 14 + 5 + 0.5 + 0 + 4.5 (the hold's Postgres) = 24
    expect(lines).toContain('| 37.5 | 24.0 | 1.56× |');
    expect(lines).toContain('| 13.0 | 5.0 | 2.60× |');
    expect(lines).toContain('| 50.0 | 80.0 | 0.63× |');
    expect(lines).toContain('| 72.0 | 60.0 | 1.20× |');
  });

  it('says nothing for a report from before the hold floor was measured', () => {
    const { cpuMsPerFloorHold: _absent, ...older } = report;
    expect(besideTheFloorLines(older)).toEqual([]);
  });
});

describe('the benchmark report, peak RSS by phase', () => {
  it('lists each phase in order with the peak of each process', () => {
    const lines = rssByPhaseLines({
      '1. availability': { gateway: 301.4, worker: 210 },
      '3b. modify': { gateway: 250, worker: 299.6 },
    });
    expect(lines.slice(2, 4)).toEqual(['| 1. availability | 301 | 210 |', '| 3b. modify | 250 | 300 |']);
  });

  it('says nothing for a report without phases', () => {
    expect(rssByPhaseLines(undefined)).toEqual([]);
  });
});
