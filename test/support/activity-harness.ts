import { randomUUID } from 'node:crypto';
import {
  BookingPlacementRepository,
  BookingStatusRepository,
  createPrismaClient,
  type PrismaClient,
} from '@tablekeeper/db';
import type { BookingRequest, BookingSnapshot } from '@tablekeeper/domain';
import { BookingActivities } from '@tablekeeper/temporal/activities/booking.activities';
import { createTestDatabase, type TestDatabase } from './database';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from './fixtures';

export interface ActivityHarness {
  db: TestDatabase;
  prisma: PrismaClient;
  /** The repositories the activities write through, for a test to set the scene. */
  placement: BookingPlacementRepository;
  statuses: BookingStatusRepository;
  restaurant: TestRestaurant;
  activities: BookingActivities;
  /** Restaurants whose availability the activities said changed, since the test began. */
  readonly capacityChanges: string[];
  /** Bookings the activities announced to live views, since the test began. */
  readonly announced: BookingSnapshot[];
  /** A new one-shot booking request at the test restaurant, each at its own hour tomorrow. */
  request(partySize: number, overrides?: Partial<BookingRequest>): BookingRequest;
}

/**
 * The booking activities against a fresh database and one test restaurant, with listeners that
 * record what the cache and the live view were told. Registers the file's jest hooks; the
 * returned object is filled in before the first test.
 */
export function activityHarness(restaurant: Parameters<typeof createTestRestaurant>[1]): ActivityHarness {
  let hour = 8;
  const harness = {
    capacityChanges: [],
    announced: [],
    request(partySize: number, overrides: Partial<BookingRequest> = {}): BookingRequest {
      const bookingId = randomUUID();
      return {
        bookingId,
        workflowId: `booking:test:${bookingId}`,
        restaurantId: harness.restaurant.id,
        partySize,
        startsAt: tomorrowAt(hour++),
        guest: { name: 'Ada' },
        channel: 'api',
        apiKeyId: null,
        idempotencyKey: bookingId,
        requestFingerprint: 'fp',
        mode: 'book',
        actor: 'api:test',
        ...overrides,
      };
    },
  } as unknown as ActivityHarness;
  beforeAll(async () => {
    harness.db = await createTestDatabase();
    harness.prisma = createPrismaClient(harness.db.url, { poolSize: 4 });
    harness.placement = new BookingPlacementRepository(harness.prisma);
    harness.statuses = new BookingStatusRepository(harness.prisma);
    harness.restaurant = await createTestRestaurant(harness.prisma, restaurant);
    harness.activities = new BookingActivities(
      harness.placement,
      harness.statuses,
      { capacityChanged: async (change) => void harness.capacityChanges.push(change.restaurantId) },
      { bookingChanged: async (booking) => void harness.announced.push(booking) },
    );
  });
  afterAll(async () => {
    await harness.prisma?.$disconnect();
    await harness.db?.drop();
  });
  beforeEach(() => {
    harness.capacityChanges.length = 0;
    harness.announced.length = 0;
  });
  return harness;
}
