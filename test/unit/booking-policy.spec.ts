import {
  bookingTimeRefusal,
  computeAvailability,
  durationFor,
  periodProblems,
  windowsOn,
  type BookingTimePolicy,
  type DayState,
} from '@tablekeeper/domain';

const policy: BookingTimePolicy = {
  timezone: 'Europe/London',
  bookingWindowDays: 90,
  minNoticeMinutes: 15,
  slotIntervalMinutes: 15,
  offGridStartsAllowed: false,
};
const now = new Date('2026-12-01T10:00:00Z');
const codeOf = (p: BookingTimePolicy, iso: string) => bookingTimeRefusal(p, new Date(iso), now)?.code ?? null;

describe('the rules of time by default', () => {
  it('refuses 2099, 13:07, the past and short notice, each with its own code', () => {
    expect(codeOf(policy, '2099-06-01T19:00:00Z')).toBe('beyond_booking_window');
    expect(codeOf(policy, '2026-12-02T13:07:00Z')).toBe('off_grid_start_time');
    expect(codeOf(policy, '2026-12-01T09:00:00Z')).toBe('starts_at_in_past');
    expect(codeOf(policy, '2026-12-01T10:10:00Z')).toBe('insufficient_notice');
    expect(codeOf(policy, '2026-12-01T10:15:00Z')).toBeNull();
    expect(codeOf(policy, '2027-02-28T19:00:00Z')).toBeNull();
  });

  it('counts the grid from local midnight, so a half-hour timezone still books on its quarters', () => {
    const kolkata = { ...policy, timezone: 'Asia/Kolkata' };
    // 13:30 UTC is 19:00 in Kolkata: on the grid there; 13:00 UTC is 18:30, also on it; 13:07 is not.
    expect(codeOf(kolkata, '2026-12-02T13:30:00Z')).toBeNull();
    expect(codeOf(kolkata, '2026-12-02T13:07:00Z')).toBe('off_grid_start_time');
  });

  it('relaxes each rule with the policy', () => {
    const relaxed = { ...policy, bookingWindowDays: 730, minNoticeMinutes: 0, offGridStartsAllowed: true };
    expect(codeOf(relaxed, '2027-12-01T13:07:00Z')).toBeNull();
    expect(codeOf(relaxed, '2026-12-01T10:00:05Z')).toBeNull();
    expect(codeOf(relaxed, '2026-12-01T10:00:00Z')).toBe('starts_at_in_past');
  });
});

describe('duration by party size', () => {
  const rules = {
    defaultDurationSeconds: 5400,
    durationByPartySize: [
      { maxPartySize: 2, durationSeconds: 3600 },
      { maxPartySize: 6, durationSeconds: 7200 },
    ],
  };
  it('takes the smallest rule that covers the party, else the default', () => {
    expect([1, 2, 3, 6, 7].map((n) => durationFor(rules, n))).toEqual([3600, 3600, 7200, 7200, 5400]);
  });
});

describe('periods of a day', () => {
  it('refuses inverted and overlapping periods and a last seating outside its period', () => {
    expect(
      periodProblems([
        { dayOfWeek: 1, opensAt: 720, closesAt: 900 },
        { dayOfWeek: 1, opensAt: 890, closesAt: 1320 },
        { dayOfWeek: 2, opensAt: 890, closesAt: 1320, lastSeatingAt: 1320 },
        { dayOfWeek: 3, opensAt: 900, closesAt: 800 },
      ]).map((p) => [p.index, p.code]),
    ).toEqual([
      [2, 'last_seating_outside_period'],
      [3, 'inverted_period'],
      [1, 'overlapping_periods'],
    ]);
    expect(
      periodProblems([
        { dayOfWeek: 1, opensAt: 720, closesAt: 900 },
        { dayOfWeek: 1, opensAt: 900, closesAt: 1320, lastSeatingAt: 1260 },
      ]),
    ).toEqual([]);
  });

  it("uses an exception's hours instead of the weekday's, none when closed", () => {
    const weekly = [{ id: 'd', name: 'Dinner', dayOfWeek: 2, opensAt: 1080, closesAt: 1380 }];
    const exceptions = [
      { id: 'c', startsOn: '2026-12-01', endsOn: '2026-12-01', closed: true, reason: null, periods: [] },
      {
        id: 's',
        startsOn: '2026-12-08',
        endsOn: '2026-12-08',
        closed: false,
        reason: 'Market',
        periods: [{ name: 'Brunch', opensAt: 600, closesAt: 840, lastSeatingAt: null }],
      },
    ];
    expect(windowsOn('2026-12-01', 2, weekly, exceptions)).toEqual([]);
    expect(windowsOn('2026-12-08', 2, weekly, exceptions).map((w) => [w.name, w.opensAt])).toEqual([
      ['Brunch', 600],
    ]);
    expect(windowsOn('2026-12-15', 2, weekly, exceptions)).toEqual(weekly);
  });
});

describe('availability under the setup', () => {
  const state: DayState = {
    timezone: 'UTC',
    policy: {
      durationSeconds: 3600,
      slotIntervalMinutes: 15,
      mustEndByClose: true,
      autoConfirmMaxPartySize: 8,
    },
    windows: [
      {
        id: 'lunch',
        name: 'Lunch',
        dayOfWeek: 2,
        opensAt: 12 * 60 + 10,
        closesAt: 15 * 60,
        lastSeatingAt: 13 * 60,
      },
    ],
    exceptions: [],
    pacingRules: [],
    tables: [{ id: 't1', label: 'T1', zoneId: 'z', zoneName: 'Main', minCovers: 1, maxCovers: 4 }],
    combinable: [],
    taken: [],
    starting: [],
  };

  it('offers the start-time grid from midnight, up to the last seating', () => {
    expect(computeAvailability(state, '2026-12-01', 2).map((s) => s.time)).toEqual([
      '12:15',
      '12:30',
      '12:45',
      '13:00',
    ]);
  });

  it('offers nothing on a closed date', () => {
    const closed = {
      ...state,
      exceptions: [
        {
          id: 'c',
          startsOn: '2026-12-01',
          endsOn: '2026-12-01',
          closed: true,
          reason: 'Holiday',
          periods: [],
        },
      ],
    };
    expect(computeAvailability(closed, '2026-12-01', 2)).toEqual([]);
  });
});
