/** The booking-flow probe (`npm run booking-flow`), run as a process against the real stack. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/test-stack';

const PROBE = join(__dirname, '..', '..', 'dist', 'apps', 'booking-flow', 'src', 'main.js');

let stack: TestStack;
let restaurant: TestRestaurant;

beforeAll(async () => {
  stack = await startTestStack();
  // Open 12:00-22:30 UTC every day, like the demo restaurant.
  restaurant = await createTestRestaurant(stack.prisma, { hours: { opensAt: 720, closesAt: 1350 } });
});
afterAll(async () => {
  await stack?.stop();
});

function probe(
  ...args: string[]
): Promise<{ code: number; lines: Record<string, unknown>[]; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        PROBE,
        '--api-url',
        stack.baseUrl,
        '--api-key',
        restaurant.apiKey,
        '--restaurant',
        restaurant.slug,
        '--timeout',
        '30',
        ...args,
      ],
      { encoding: 'utf8' },
      (error, stdout) => {
        const lines = stdout
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, lines, stdout });
      },
    );
  });
}

it('books tomorrow at 19:00 by default and exits 0 once confirmed, with masked phone and one correlation id', async () => {
  const run = await probe();
  expect(run.code).toBe(0);
  const phases = run.lines.map((l) => l.phase);
  expect(phases[0]).toBe('submit');
  expect(phases).toContain('poll');
  expect(phases.at(-1)).toBe('final_summary');
  expect(run.lines.at(-1)).toMatchObject({ ok: true, status: 'confirmed' });
  expect(new Set(run.lines.map((l) => l.correlationId)).size).toBe(1);
  expect(run.lines[0]).toMatchObject({
    httpStatus: 201,
    guestPhone: '*********0000',
    startsAt: expect.stringContaining('T19:00:00'),
  });
  expect(typeof run.lines[0].httpMs).toBe('number');
  expect(run.stdout).not.toContain('+447700900000');
});

it('follows a two-step hold to confirmed', async () => {
  const run = await probe('--hold', '--time', '13:00');
  expect(run.code).toBe(0);
  expect(run.lines.filter((l) => l.phase === 'submit').map((l) => l.path)).toEqual([
    '/v1/holds',
    expect.stringMatching(/^\/v1\/holds\/.+\/confirm$/),
  ]);
});

it('exits non-zero with the reason when the restaurant is closed at that time', async () => {
  const run = await probe('--time', '08:00');
  expect(run.code).toBe(1);
  expect(run.lines.find((l) => l.phase === 'error')).toMatchObject({ code: 'restaurant_closed' });
  expect(run.lines.at(-1)).toMatchObject({ phase: 'final_summary', ok: false });
});

it('reports no capacity with the alternatives, and accepts another expected status', async () => {
  // Two tables can seat a couple at 16:00; the third couple is refused.
  expect((await probe('--time', '16:00')).code).toBe(0);
  expect((await probe('--time', '16:00')).code).toBe(0);
  const full = await probe('--time', '16:00');
  expect(full.code).toBe(1);
  const error = full.lines.find((l) => l.phase === 'error') as { code: string; alternatives: unknown[] };
  expect(error.code).toBe('no_capacity');
  expect(error.alternatives.length).toBeGreaterThan(0);

  const review = await probe('--time', '15:00', '--party-size', '10', '--expect', 'manual_review');
  expect(review.code).toBe(0);
  expect(review.lines.at(-1)).toMatchObject({ ok: true, status: 'manual_review' });
});
