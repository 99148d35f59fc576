/** The MCP layer's pure parts: arguments derived from the REST DTOs, derived idempotency keys, refusals. */
import { ProblemException, type ProblemBody } from '../../apps/gateway/src/common/problem';
import { parseToolArguments, toolInputSchema } from '../../apps/gateway/src/mcp/tool-arguments';
import { CancelBookingArgs, PlaceBookingArgs } from '../../apps/gateway/src/mcp/tool-args';
import { SessionRequestKeys, fingerprintOf } from '../../apps/gateway/src/mcp/tool-idempotency';
import { describeRefusal, refusalOf } from '../../apps/gateway/src/mcp/tool-refusal';
import { requestFingerprint } from '../../apps/gateway/src/common/idempotency-key';

/** The refusal a parse ends in (a parse that passes fails the test). */
async function refused(parse: Promise<unknown>): Promise<ProblemBody> {
  return parse.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: ProblemException) => e.toBody(),
  );
}

const restaurantId = '6b0f3c1e-2d4a-4e8f-9a7b-1c2d3e4f5a6b';
const valid = {
  restaurant_id: restaurantId,
  party_size: 2,
  starts_at: '2026-11-23T19:00:00+00:00',
  guest: { name: 'Ada' },
};

describe('tool arguments', () => {
  const schema = toolInputSchema(PlaceBookingArgs, { 'guest.name': 'Who' });

  it('are the REST DTO in snake_case, with its rules and nested objects inlined', () => {
    expect(schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['restaurant_id', 'party_size', 'starts_at', 'guest'],
      properties: {
        party_size: { type: 'integer', minimum: 1, maximum: 100 },
        guest: { type: 'object', additionalProperties: false, properties: { name: { description: 'Who' } } },
      },
    });
    expect(JSON.stringify(schema)).not.toContain('$ref');
    expect(() => toolInputSchema(PlaceBookingArgs, { nope: 'x' })).toThrow(/no argument nope/);
  });

  it('are checked by the REST validation pipe and refused in their own names', async () => {
    const args = await parseToolArguments(PlaceBookingArgs, schema, valid);
    expect(args).toMatchObject({ restaurantId, partySize: 2, guest: { name: 'Ada' } });
    const refusal = await refused(
      parseToolArguments(PlaceBookingArgs, schema, {
        ...valid,
        party_size: 101,
        guest: { name: ' ' },
      }),
    );
    expect(refusal).toMatchObject({ code: 'validation_failed' });
    expect(refusal.errors).toEqual(
      expect.arrayContaining([
        { field: 'party_size', code: 'max', message: 'party_size must not be greater than 100' },
        expect.objectContaining({ field: 'guest.name' }),
      ]),
    );
    // camelCase spellings are not the tool's arguments.
    const camel = await refused(parseToolArguments(PlaceBookingArgs, schema, { ...valid, partySize: 2 }));
    expect(camel.errors).toEqual([expect.objectContaining({ field: 'partySize', code: 'unknown_field' })]);
  });

  it('take rules from more than one DTO (cancel: booking id, reason, request id)', async () => {
    const cancel = toolInputSchema(CancelBookingArgs, {});
    expect(cancel).toMatchObject({ required: ['booking_id', 'reason'] });
    const refusal = await refused(
      parseToolArguments(CancelBookingArgs, cancel, {
        booking_id: restaurantId,
        reason: '',
      }),
    );
    expect(refusal.errors?.map((e) => e.field)).toContain('reason');
  });
});

describe('derived idempotency keys', () => {
  const request = {
    method: 'POST' as const,
    route: '/v1/bookings',
    body: { partySize: 2, guest: { name: 'A', phone: undefined } },
  };

  it('are the same for the same call in a session, and differ between sessions', () => {
    const keys = new SessionRequestKeys('s1');
    expect(keys.identity('book_table', request, undefined).key).toBe(
      keys.identity('book_table', request, undefined).key,
    );
    expect(new SessionRequestKeys('s2').identity('book_table', request, undefined).key).not.toBe(
      keys.identity('book_table', request, undefined).key,
    );
    expect(keys.identity('book_table', { ...request, body: { partySize: 3 } }, undefined).key).not.toBe(
      keys.identity('book_table', request, undefined).key,
    );
  });

  it('move on after a refusal, but never for an explicit request_id', () => {
    const keys = new SessionRequestKeys('s1');
    const first = keys.identity('book_table', request, undefined);
    keys.refused('book_table', first);
    expect(keys.identity('book_table', request, undefined).key).not.toBe(first.key);
    const explicit = keys.identity('book_table', request, 'mine');
    keys.refused('book_table', explicit);
    expect(keys.identity('book_table', request, 'mine')).toEqual({ ...explicit });
  });

  it('fingerprint the call as the REST API fingerprints the equivalent request', () => {
    expect(fingerprintOf(request)).toBe(
      requestFingerprint('POST', '/v1/bookings', { guest: { name: 'A' }, partySize: 2 }),
    );
  });
});

describe('refusals', () => {
  it('name the fields as arguments and word the alternatives for the model', () => {
    const problem = new ProblemException(
      'no_capacity',
      'full',
      [{ field: 'startsAt', code: 'no_capacity', message: 'full' }],
      {
        alternatives: [
          {
            time: '19:30',
            startsAt: '2026-11-23T19:30:00Z',
            available: true,
            remainingCovers: null,
            zones: [],
            manualReview: false,
          },
        ],
      },
    );
    const refusal = refusalOf(problem)!;
    expect(refusal.errors).toEqual([expect.objectContaining({ field: 'starts_at' })]);
    expect(describeRefusal(refusal)).toContain('19:30 (starts_at 2026-11-23T19:30:00Z)');
    expect(refusalOf(new Error('boom'))).toBeNull();
  });
});
