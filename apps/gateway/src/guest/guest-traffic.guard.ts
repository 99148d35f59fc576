import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '@tablekeeper/config';
import { RATE_WINDOW_SECONDS } from '../auth/api-key.rate-limiter';
import type { AuthenticatedRequest } from '../auth/principal';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, REDIS } from '../infrastructure/tokens';
import { clientAddress } from './client-address';
import { GUEST_ACCESS } from './guest-access';
import { CHALLENGE_HEADER, WIDGET_CHALLENGE, type WidgetChallenge } from './widget-challenge';

/**
 * Anonymous traffic (publishable keys, manage links) is counted per client address as well as per
 * key: one key is shared by every visitor of the restaurant's site, so only the address tells a
 * script from a crowd. Writes of a publishable key also pass the restaurant's challenge hook
 * (WIDGET_CHALLENGE, off by default). Runs after the API key guard and the per-key budgets.
 */
@Injectable()
export class GuestTrafficGuard implements CanActivate {
  private readonly logger = new Logger('GuestTraffic');
  private readonly reads: RateLimiterRedis;
  private readonly writes: RateLimiterRedis;

  constructor(
    private readonly reflector: Reflector,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WIDGET_CHALLENGE) private readonly challenge: WidgetChallenge,
  ) {
    const limiter = (budget: 'reads' | 'writes', points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `tk:rl:ip:${budget}`,
        points,
        duration: RATE_WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: `tk:rl:ip:${budget}:mem`,
          points,
          duration: RATE_WINDOW_SECONDS,
        }),
      });
    this.reads = limiter('reads', config.widget.ipReadsPerMinute);
    this.writes = limiter('writes', config.widget.ipWritesPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const guestRoute = this.reflector.getAllAndOverride<boolean>(GUEST_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    const publishable = request.principal?.kind === 'publishable';
    if (!guestRoute || (request.principal && !publishable)) return true;
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    await this.spend(clientAddress(request), write, context.switchToHttp().getResponse<FastifyReply>());
    if (write && request.principal) {
      const answer = request.headers[CHALLENGE_HEADER];
      const passed = await this.challenge.passes({
        principal: request.principal,
        answer: typeof answer === 'string' ? answer : undefined,
        request,
      });
      if (!passed) throw new ProblemException('challenge_failed', 'Complete the challenge and try again');
    }
    return true;
  }

  private async spend(address: string, write: boolean, reply: FastifyReply): Promise<void> {
    const limit = write ? this.config.widget.ipWritesPerMinute : this.config.widget.ipReadsPerMinute;
    try {
      await (write ? this.writes : this.reads).consume(address);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        this.logger.warn(`per-address limiter unavailable: ${String(rejection)}`);
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      void reply.header('Retry-After', String(retryAfter));
      throw new ProblemException(
        'rate_limited',
        `Too many ${write ? 'writes' : 'reads'} from this address (${limit} per minute); retry in ${retryAfter} s`,
      );
    }
  }
}
