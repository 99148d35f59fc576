import {
  WEBHOOK_EVENTS,
  WEBHOOK_MAX_ATTEMPTS,
  classifyResponse,
  isInternalAddress,
  nextAttemptAt,
  parseRetryAfter,
  webhookEventOfOutbox,
} from '@tablekeeper/domain';
import { webhooksSection } from '../../apps/gateway/src/webhooks/webhooks.openapi';

const now = new Date('2026-12-02T12:00:00Z');

describe('webhook retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h, within the jitter, for about three days', () => {
    const delays = [1, 2, 3, 4, 5, 6].map(
      (n) => (nextAttemptAt(n, now, 0.5)!.getTime() - now.getTime()) / 1000,
    );
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000]);
    const low = nextAttemptAt(2, now, 0)!.getTime() - now.getTime();
    const high = nextAttemptAt(2, now, 0.999)!.getTime() - now.getTime();
    expect(low).toBe(240_000);
    expect(high).toBeGreaterThan(359_000);
    let total = 0;
    for (let n = 1; n < WEBHOOK_MAX_ATTEMPTS; n++)
      total += nextAttemptAt(n, now, 0.5)!.getTime() - now.getTime();
    expect(total / 3600_000).toBeGreaterThan(60);
    expect(total / 3600_000).toBeLessThan(80);
    expect(nextAttemptAt(WEBHOOK_MAX_ATTEMPTS, now, 0.5)).toBeNull();
  });

  it('honours Retry-After on 429 and 503 only, and only 2xx delivers', () => {
    expect(classifyResponse(204, null, now)).toEqual({ kind: 'delivered' });
    expect(classifyResponse(301, null, now)).toEqual({ kind: 'failed', retryAfterSeconds: null });
    expect(classifyResponse(410, null, now)).toEqual({ kind: 'gone' });
    expect(classifyResponse(429, '120', now)).toEqual({ kind: 'failed', retryAfterSeconds: 120 });
    expect(classifyResponse(500, '120', now)).toEqual({ kind: 'failed', retryAfterSeconds: null });
    expect(classifyResponse(null, null, now)).toEqual({ kind: 'failed', retryAfterSeconds: null });
    expect(parseRetryAfter('Wed, 02 Dec 2026 12:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('999999999', now)).toBe(24 * 3600);
    expect(nextAttemptAt(1, now, 0.5, 120)!.getTime() - now.getTime()).toBe(120_000);
  });
});

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
    'nonsense',
  ])('%s is internal', (ip) => expect(isInternalAddress(ip)).toBe(true));
  it.each(['93.184.216.34', '2606:2800:220:1::1', '8.8.8.8'])('%s is public', (ip) =>
    expect(isInternalAddress(ip)).toBe(false),
  );
});

describe('webhook event catalog', () => {
  it('maps outbox rows to events, confirmed after review to approved, internal steps to none', () => {
    expect(webhookEventOfOutbox('booking.confirmed', { from: 'assigned' })?.type).toBe('booking.confirmed');
    expect(webhookEventOfOutbox('booking.confirmed', { from: 'manual_review' })?.type).toBe(
      'booking.approved',
    );
    expect(webhookEventOfOutbox('booking.manual_review', {})?.type).toBe('booking.review_required');
    expect(webhookEventOfOutbox('booking.reminder_due', { leadSeconds: 7200 })?.type).toBe(
      'booking.reminder',
    );
    expect(webhookEventOfOutbox('booking.modified', {})?.type).toBe('booking.modified');
    expect(webhookEventOfOutbox('booking.capacity_verified', {})).toBeUndefined();
    expect(webhookEventOfOutbox('booking.assigned', {})).toBeUndefined();
  });

  it('is the OpenAPI document’s webhooks section, one entry per type with an example', () => {
    const section = webhooksSection() as Record<
      string,
      { post: { requestBody: { content: Record<string, { example: { type: string } }> } } }
    >;
    expect(Object.keys(section).sort()).toEqual(WEBHOOK_EVENTS.map((e) => e.type).sort());
    for (const [type, item] of Object.entries(section)) {
      expect(item.post.requestBody.content['application/json'].example.type).toBe(type);
    }
  });
});
