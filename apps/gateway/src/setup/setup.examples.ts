/**
 * A whole setup document as the OpenAPI example of importRestaurantSetup: written by hand so that it
 * imports as it stands (labels it combines exist, an exception is a closed date or special hours,
 * never both); test/integration/setup-endpoints.fuzz.spec.ts starts from it.
 */
export const SETUP_DOCUMENT_EXAMPLE = {
  version: 1,
  restaurant: {
    slug: 'demo-bistro',
    name: 'Demo Bistro',
    timezone: 'Europe/London',
    contact: {
      phone: '+442079460000',
      email: 'hello@demo-bistro.example',
      address: '1 Market Street, London',
      website: 'https://demo-bistro.example',
    },
    bookingChannels: ['api', 'web_widget', 'phone', 'walk_in'],
  },
  policy: {
    defaultDurationSeconds: 5400,
    durationByPartySize: [
      { maxPartySize: 2, durationSeconds: 5400 },
      { maxPartySize: 6, durationSeconds: 7200 },
    ],
    holdTtlSeconds: 300,
    autoConfirmMaxPartySize: 8,
    minPartySize: 1,
    maxPartySize: 12,
    manualReviewTimeoutSeconds: 86400,
    reminderLeadSeconds: [86400, 7200],
    noShowGraceSeconds: 900,
    bookingWindowDays: 90,
    minNoticeMinutes: 15,
    slotIntervalMinutes: 15,
    offGridStartsAllowed: false,
    mustEndByClose: true,
    cancellationCutoffMinutes: 120,
    waitlistOfferWindowSeconds: 900,
    cancellationPolicy: 'Free cancellation up to 2 hours before.',
  },
  zones: [
    { name: 'Inside', sortOrder: 0 },
    { name: 'Terrace', sortOrder: 1 },
  ],
  tables: [
    { label: 'I1', zone: 'Inside', minCovers: 1, maxCovers: 2, active: true, combinableWith: ['I2'] },
    { label: 'I2', zone: 'Inside', minCovers: 1, maxCovers: 2, active: true, combinableWith: [] },
    { label: 'T20', zone: 'Terrace', minCovers: 2, maxCovers: 4, active: true, combinableWith: ['T21'] },
    { label: 'T21', zone: 'Terrace', minCovers: 2, maxCovers: 4, active: true, combinableWith: [] },
  ],
  hours: {
    periods: [
      { name: 'Lunch', opens: '12:00', closes: '15:00', lastSeating: '14:00', days: [2, 3, 4, 5, 6] },
      { name: 'Dinner', opens: '18:00', closes: '23:00', lastSeating: '21:30', days: [1, 2, 3, 4, 5, 6, 7] },
    ],
    pacing: [{ period: 'Dinner', intervalMinutes: 15, maxCovers: 30, maxParties: 6 }],
  },
  exceptions: [
    { date: '2026-12-25', closed: true, reason: 'Christmas' },
    {
      startsOn: '2026-12-31',
      endsOn: '2026-12-31',
      closed: false,
      reason: "New Year's Eve",
      periods: [{ name: 'Gala dinner', opens: '19:00', closes: '24:00', lastSeating: '21:00' }],
    },
  ],
};
