import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '@tablekeeper/config';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../common/problem';
import { AdmissionGate, type AdmissionStats } from './admission-gate';

/**
 * What a request costs decides which budget it waits in: a booking write holds a workflow update
 * open for up to the answer deadline, a read is a cache hit or one query, and staff must still get
 * in while guests flood the public API.
 */
export type RequestKind = 'reads' | 'writes' | 'admin';

const RETRY_AFTER_SECONDS = 1;

/** Probes, metrics and documentation are never queued: a load balancer must see the truth at once. */
function kindOf(request: FastifyRequest): RequestKind | null {
  const path = request.url.split('?', 1)[0];
  if (path.startsWith('/admin/api/')) return 'admin';
  if (!path.startsWith('/v1/')) return null;
  return request.method === 'GET' || request.method === 'HEAD' ? 'reads' : 'writes';
}

/** The gateway's admission gates, one per kind of request, shared by the hook and the readiness probe. */
export class AdmissionControl {
  private readonly gates: Record<RequestKind, AdmissionGate>;

  constructor(
    config: AppConfig['admission'],
    private readonly onShed: (kind: RequestKind) => void = () => undefined,
  ) {
    const gate = (concurrency: number) =>
      new AdmissionGate({
        concurrency,
        queueLength: concurrency * config.queueFactor,
        queueTimeoutMs: config.queueTimeoutMs,
      });
    this.gates = { reads: gate(config.reads), writes: gate(config.writes), admin: gate(config.admin) };
  }

  gate(kind: RequestKind): AdmissionGate {
    return this.gates[kind];
  }

  stats(): Record<RequestKind, AdmissionStats> {
    return {
      reads: this.gates.reads.stats(),
      writes: this.gates.writes.stats(),
      admin: this.gates.admin.stats(),
    };
  }

  /** The kinds whose queue is more than half full. */
  saturated(): RequestKind[] {
    return (Object.keys(this.gates) as RequestKind[]).filter((kind) => this.gates[kind].saturated());
  }

  /**
   * The earliest hook: a request is admitted (or shed) before its body is parsed, its key
   * authenticated or anything is read, so a refusal costs microseconds.
   */
  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request, reply) => {
      const kind = kindOf(request);
      if (!kind) return;
      const admitted = await this.gates[kind].acquire();
      if (admitted === 'shed') {
        this.onShed(kind);
        const problem = new ProblemException(
          'overloaded',
          `The gateway is at its limit for ${kind}; retry after ${RETRY_AFTER_SECONDS} s`,
        );
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .header('content-type', PROBLEM_CONTENT_TYPE)
          .send(JSON.stringify(problem.toBody(request.url.split('?', 1)[0])));
      }
      // 'close' fires once the answer is written or the client went away, whichever comes first.
      reply.raw.once('close', admitted);
    });
  }
}
