import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) a set of processes has used so far, read from /proc. */
export type CpuSample = Record<string, number>;

const TICKS_PER_SECOND = 100;

/**
 * With `reapedChildren`, the CPU of children that have ended and been waited for (cutime, cstime)
 * counts too: a Postgres backend that ends between two samples moves its CPU into the
 * postmaster's, so a group's total never goes down (summing only live processes once made a share
 * negative).
 */
function cpuSecondsOf(pid: number, reapedChildren = false): number {
  try {
    // Fields after the command name (which may hold spaces) start at the closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const children = reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + children) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function pidsNamed(command: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === command) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/**
 * Where the machine's CPU goes: our processes by pid, Postgres and Redis by command name (every
 * backend process counts). Two samples give CPU per request of each part of the path.
 */
export function sampleCpu(processes: Record<string, number | undefined>): CpuSample {
  const sample: CpuSample = {};
  for (const [name, pid] of Object.entries(processes)) if (pid) sample[name] = cpuSecondsOf(pid);
  sample.postgres = pidsNamed('postgres').reduce((sum, pid) => sum + cpuSecondsOf(pid, true), 0);
  sample.redis = pidsNamed('redis-server').reduce((sum, pid) => sum + cpuSecondsOf(pid, true), 0);
  sample.bench = process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
  return sample;
}

/** CPU milliseconds per request of each part between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): Record<string, number> {
  const perRequest: Record<string, number> = {};
  for (const name of Object.keys(after)) {
    perRequest[name] = requests > 0 ? ((after[name] - (before[name] ?? 0)) * 1000) / requests : NaN;
  }
  return perRequest;
}

/**
 * CPU seconds of one process by thread name (`/proc/<pid>/task/<tid>/comm`): a Node worker's
 * main thread runs activities, its workflow thread the sandbox, the SDK's Rust threads the gRPC
 * traffic, V8's and libuv's pools the GC and I/O. Threads of one name are summed.
 */
export function sampleThreads(pid: number | undefined): CpuSample {
  const sample: CpuSample = {};
  if (!pid) return sample;
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return sample;
  }
  for (const tid of tids) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      // Node names every thread of its own "node": the workflow thread, V8's GC helpers, libuv's pool.
      const key = tid === String(pid) ? 'main' : name === 'node' ? 'other node threads' : name;
      sample[key] = (sample[key] ?? 0) + seconds;
    } catch {
      // the thread ended meanwhile
    }
  }
  return sample;
}
