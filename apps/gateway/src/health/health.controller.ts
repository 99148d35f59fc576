import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Client, Connection } from '@temporalio/client';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import type { PrismaClient } from '@tablekeeper/db';
import { Public } from '../auth/principal';
import { ApiNoAuth } from '../openapi/openapi.decorators';
import { PRISMA, REDIS, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { AdmissionControl, type RequestKind } from '../admission/admission-control';
import type { AdmissionStats } from '../admission/admission-gate';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    // The message only: connection strings and stack traces stay in the server.
    return {
      status: 'down',
      error: error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unavailable',
    };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@ApiNoAuth()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly admission: AdmissionControl,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Liveness: the process is up',
    description:
      'Answers 200 while the process is up, without touching any dependency. For liveness probes; ' +
      'use getReadiness to decide whether to send traffic. Read-only; safe to retry.',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: Postgres, Redis and Temporal answer, and the gateway is not saturated',
    description:
      "503 with status `saturated` while more than half of a request kind's admission queue waits: a load balancer should send new traffic elsewhere until it drains. `admission` shows each kind's requests in progress, queued and shed.",
  })
  @ApiOkResponse({ schema: { example: { status: 'ready', checks: { postgres: { status: 'up' } } } } })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down, or the gateway is saturated' })
  async ready(@Res({ passthrough: true }) res: FastifyReply): Promise<{
    status: string;
    checks: Record<string, CheckResult>;
    admission: Record<RequestKind, AdmissionStats>;
    saturated: RequestKind[];
  }> {
    const [postgres, redis, temporal] = await Promise.all([
      check(() => this.prisma.$queryRaw`SELECT 1`),
      check(() => this.redis.ping()),
      check(() => (this.temporal.connection as Connection).healthService.check({})),
    ]);
    const checks = { postgres, redis, temporal };
    // Bookings need Postgres and Temporal; without Redis they go on, only slower (replays and rate
    // limits fall back, availability is computed), so a gateway stays in rotation, marked degraded.
    const canBook = postgres.status === 'up' && temporal.status === 'up';
    const saturated = this.admission.saturated();
    const status = !canBook
      ? 'unavailable'
      : saturated.length > 0
        ? 'saturated'
        : redis.status === 'up'
          ? 'ready'
          : 'degraded';
    void res.status(status === 'ready' || status === 'degraded' ? 200 : 503);
    return { status, checks, admission: this.admission.stats(), saturated };
  }
}
