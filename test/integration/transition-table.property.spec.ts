/**
 * The transition table where it is enforced: random sequences of actions sent to the repository
 * against real Postgres. Whatever the order, each booking's row follows the table step by step, a
 * refused action changes nothing (same version, no event), and the event history is one unbroken
 * chain of allowed steps, each with its actor.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  BookingPlacementRepository,
  BookingStatusRepository,
  createPrismaClient,
  type PrismaClient,
} from '@tablekeeper/db';
import {
  InvalidTransitionError,
  TRANSITIONS,
  canApply,
  targetStatus,
  type BookingAction,
  type BookingStatus,
} from '@tablekeeper/domain';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';

jest.setTimeout(120_000);

let db: TestDatabase;
let prisma: PrismaClient;
let placement: BookingPlacementRepository;
let statuses: BookingStatusRepository;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url, { poolSize: 4 });
  placement = new BookingPlacementRepository(prisma);
  statuses = new BookingStatusRepository(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const ACTIONS = Object.keys(TRANSITIONS) as BookingAction[];

async function newHold(): Promise<string> {
  const restaurant = await createTestRestaurant(prisma, { policy: { holdTtlSeconds: 3600 } });
  const bookingId = randomUUID();
  const outcome = await placement.holdBooking({
    bookingId,
    workflowId: `booking:property:${bookingId}`,
    restaurantId: restaurant.id,
    partySize: 2,
    startsAt: tomorrowAt(12),
    guest: { name: 'Property' },
    channel: 'api',
    apiKeyId: null,
    idempotencyKey: bookingId,
    requestFingerprint: 'fp',
    mode: 'hold',
    actor: 'api:property',
  });
  if (!outcome.ok) throw new Error(`hold refused: ${outcome.code}`);
  return bookingId;
}

it('keeps every booking in a status the table allows, whatever the sequence of actions', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 8 }),
      async (sequence) => {
        const bookingId = await newHold();
        let expected: BookingStatus = 'held';
        let version = (await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).version;
        for (const [step, action] of sequence.entries()) {
          const actor = `system:property-${step}`;
          let refusal: unknown;
          try {
            await statuses.transition({ bookingId, action, actor, reason: `step ${step}` });
          } catch (error) {
            refusal = error;
          }
          const row = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
          const context = { sequence, step, action, from: expected };
          if (canApply(action, expected)) {
            expect({ ...context, refusal, status: row.status }).toEqual({
              ...context,
              refusal: undefined,
              status: targetStatus(action),
            });
            expect(row.version).toBeGreaterThan(version);
            expected = targetStatus(action);
          } else if (targetStatus(action) === expected) {
            // Where the action leads already: a retried step, answered as it is.
            expect({ ...context, refusal, version: row.version }).toEqual({
              ...context,
              refusal: undefined,
              version,
            });
          } else {
            expect({
              ...context,
              refused: refusal instanceof InvalidTransitionError,
              version: row.version,
            }).toEqual({
              ...context,
              refused: true,
              version,
            });
          }
          version = row.version;
        }

        const events = await prisma.bookingEvent.findMany({ where: { bookingId }, orderBy: { id: 'asc' } });
        // One unbroken chain from the hold: each event starts where the one before ended.
        expect(events[0]).toMatchObject({ fromStatus: null, toStatus: 'held', actor: 'api:property' });
        for (let i = 1; i < events.length; i++) {
          const { fromStatus, toStatus, actor } = events[i];
          expect({ i, fromStatus }).toEqual({ i, fromStatus: events[i - 1].toStatus });
          const allowed = ACTIONS.some((a) => canApply(a, fromStatus!) && targetStatus(a) === toStatus);
          expect({ step: `${fromStatus}>${toStatus}`, allowed }).toEqual({
            step: `${fromStatus}>${toStatus}`,
            allowed: true,
          });
          expect(actor).toMatch(/^system:property-\d+$/);
        }
        expect(events.at(-1)!.toStatus).toBe(expected);
      },
    ),
    { numRuns: 40 },
  );
});
