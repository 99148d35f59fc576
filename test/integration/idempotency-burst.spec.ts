/**
 * Invariant 1 on every path it has to hold on: a burst of identical requests with one
 * Idempotency-Key makes one booking, whether Redis is up or down, whether the burst lands on one
 * gateway or is spread over two, and for holds as for bookings.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, type ApiResponse } from '../support/http';
import { startGateway, startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(120_000);

type Placed = { id: string; status: string; workflowId: string; code?: string };

const BURST = 16;

interface Setup {
  readonly stack: TestStack;
  readonly gateways: string[];
}

const setups = new Map<string, Setup>();
const closers: (() => Promise<void>)[] = [];

async function setUp(redis: 'up' | 'down'): Promise<void> {
  // Nothing listens on port 1: with Redis down every claim and replay record is missing.
  const stack = await startTestStack(redis === 'down' ? { redisUrl: 'redis://127.0.0.1:1' } : {});
  closers.push(() => stack.stop());
  const second: { app: NestFastifyApplication; baseUrl: string } = await startGateway(stack.config);
  closers.unshift(() => second.app.close());
  setups.set(redis, { stack, gateways: [stack.baseUrl, second.baseUrl] });
}

beforeAll(async () => {
  await setUp('up');
  await setUp('down');
});
afterAll(async () => {
  for (const close of closers) await close();
});

const cases = (['up', 'down'] as const).flatMap((redis) =>
  ([1, 2] as const).flatMap((gatewayCount) =>
    (['/v1/bookings', '/v1/holds'] as const).map((path) => ({ redis, gatewayCount, path })),
  ),
);

it.each(cases)(
  'Redis $redis, $gatewayCount gateway(s), $path: one booking for a burst with one key',
  async ({ redis, gatewayCount, path }) => {
    const { stack, gateways } = setups.get(redis)!;
    const restaurant = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 3600 } });
    const key = `burst-${redis}-${gatewayCount}-${path.slice(4)}-${Date.now()}`;
    const body = {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(19),
      guest: { name: 'Burst Guest' },
    };
    const send = (baseUrl: string) =>
      apiClient(baseUrl)<Placed>('POST', path, { key: restaurant.apiKey, idempotencyKey: key, body });
    const responses: ApiResponse<Placed>[] = await Promise.all(
      Array.from({ length: BURST }, (_, i) => send(gateways[i % gatewayCount])),
    );

    // Every answer is the booking, or "in progress, retry" while the first one runs.
    const unexpected = responses
      .filter(
        (r) => r.status !== 201 && !(r.status === 409 && r.body.code === 'idempotency_request_in_progress'),
      )
      .map((r) => ({ status: r.status, body: r.body }));
    expect(unexpected).toEqual([]);
    const placed = responses.filter((r) => r.status === 201);
    expect(placed.length).toBeGreaterThan(0);
    expect([...new Set(placed.map((r) => r.body.id))]).toHaveLength(1);

    // A retry after the burst, on each gateway, answers that same booking.
    for (const baseUrl of gateways.slice(0, gatewayCount)) {
      const retry = await send(baseUrl);
      expect({ baseUrl, status: retry.status, id: retry.body.id }).toEqual({
        baseUrl,
        status: 201,
        id: placed[0].body.id,
      });
    }
    const rows = await stack.prisma.booking.findMany({ where: { restaurantId: restaurant.id } });
    expect(rows.map((b) => b.id)).toEqual([placed[0].body.id]);
    const events = await stack.prisma.bookingEvent.findMany({
      where: { bookingId: rows[0].id, toStatus: 'held' },
    });
    expect(events).toHaveLength(1);
    expect((await stack.temporal.workflow.getHandle(placed[0].body.workflowId).describe()).status.name).toBe(
      'RUNNING',
    );
  },
);
