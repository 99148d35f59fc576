import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { pacingRowsOf, type PrismaClient } from '@tablekeeper/db';
import {
  bookingWindowEnd,
  durationRulesOf,
  exceptionOn,
  specialPeriodsOf,
  windowsOn,
  type Channel,
  type HoursException,
} from '@tablekeeper/domain';
import { PRISMA } from '../infrastructure/tokens';
import { periodOutput, weeklyOutput } from '../setup/setup-times';
import type { CalendarDayOutput, RestaurantContextOutput } from './restaurant-context.outputs';

/** How many days ahead the calendar runs: the coming four weeks. */
export const CONTEXT_CALENDAR_DAYS = 28;

/**
 * The restaurant as an agent needs to know it: hours and exceptions for the coming weeks in the
 * restaurant's own timezone, party limits, which parties go to review, window and notice, hold
 * TTL, cancellation policy, arrival rules, pacing, zones as seating preferences and contact. The REST
 * API and the MCP server's get_restaurant tool answer this same object; callers check tenancy first.
 */
@Injectable()
export class RestaurantContextService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** null when no such restaurant. */
  async context(restaurantId: string, now: Date = new Date()): Promise<RestaurantContextOutput | null> {
    const [context] = await this.contexts([restaurantId], now);
    return context ?? null;
  }

  async contexts(
    restaurantIds: readonly string[],
    now: Date = new Date(),
  ): Promise<RestaurantContextOutput[]> {
    const restaurants = await this.prisma.restaurant.findMany({
      where: { id: { in: [...restaurantIds] } },
      orderBy: { name: 'asc' },
      include: {
        servicePeriods: { orderBy: [{ dayOfWeek: 'asc' }, { opensAt: 'asc' }] },
        zones: {
          orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
          include: { tables: { where: { active: true }, select: { id: true } } },
        },
        capacityRules: { include: { servicePeriod: { select: { name: true } } } },
        exceptions: {
          where: { endsOn: { gte: new Date(now.getTime() - 86_400_000) } },
          orderBy: { startsOn: 'asc' },
        },
      },
    });
    return restaurants.map((r) => {
      const exceptions: HoursException[] = r.exceptions.map((e) => ({
        id: e.id,
        startsOn: e.startsOn.toISOString().slice(0, 10),
        endsOn: e.endsOn.toISOString().slice(0, 10),
        closed: e.closed,
        reason: e.reason,
        periods: specialPeriodsOf(e.periods),
      }));
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        timezone: r.timezone,
        contact: { phone: r.contactPhone, email: r.contactEmail, address: r.address, website: r.website },
        bookingChannels: [...((r.bookingChannels ?? []) as Channel[])],
        partySize: { min: r.minPartySize, max: r.maxPartySize },
        manualReview: {
          partiesLargerThan: r.autoConfirmMaxPartySize,
          decisionWithinSeconds: r.manualReviewTimeoutSeconds,
        },
        booking: {
          windowDays: r.bookingWindowDays,
          bookableUntil: new Date(bookingWindowEnd(r, now.getTime())).toISOString(),
          minNoticeMinutes: r.minNoticeMinutes,
          startTimeGridMinutes: r.slotIntervalMinutes,
          offGridStartsAllowed: r.offGridStartsAllowed,
          mustEndByClose: r.mustEndByClose,
        },
        holdTtlSeconds: r.holdTtlSeconds,
        durations: {
          defaultSeconds: r.defaultDurationSeconds,
          byPartySize: durationRulesOf(r.durationByPartySize),
        },
        cancellation: { cutoffMinutes: r.cancellationCutoffMinutes, policy: r.cancellationPolicy },
        arrival: {
          noShowAfterSeconds: r.noShowGraceSeconds,
          reminderLeadSeconds: [...r.reminderLeadSeconds],
        },
        pacing: pacingRowsOf(r.capacityRules),
        // A zone with no active table cannot seat anyone: not offered as a preference.
        seatingPreferences: r.zones.filter((z) => z.tables.length > 0).map((z) => z.name),
        weeklyHours: weeklyOutput(r.servicePeriods),
        calendar: calendar(r.timezone, r.servicePeriods, exceptions, now),
      };
    });
  }
}

function calendar(
  timezone: string,
  weekly: readonly {
    id: string;
    name: string;
    dayOfWeek: number;
    opensAt: number;
    closesAt: number;
    lastSeatingAt: number | null;
  }[],
  exceptions: readonly HoursException[],
  now: Date,
): CalendarDayOutput[] {
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf('day');
  return Array.from({ length: CONTEXT_CALENDAR_DAYS }, (_, i) => {
    const day = today.plus({ days: i });
    const date = day.toISODate()!;
    const exception = exceptionOn(exceptions, date);
    const periods = windowsOn(date, day.weekday, weekly, exceptions)
      .sort((a, b) => a.opensAt - b.opensAt)
      .map((w) => periodOutput({ ...w, lastSeatingAt: w.lastSeatingAt ?? null }));
    return {
      date,
      weekday: day.weekday,
      closed: periods.length === 0,
      exception: exception ? (exception.reason ?? (exception.closed ? 'Closed' : 'Special hours')) : null,
      periods,
    };
  });
}
