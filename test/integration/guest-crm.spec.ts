/**
 * The staff guest CRM over real HTTP, Temporal and Postgres: merging two guests combines their
 * bookings, notes (with versions), tags and consent and is recorded; the list searches a phone in
 * another format, filters, pages with a keyset cursor and exports CSV safely; profile edits keep
 * notes as versions and consent changes as events; statistics come from the bookings; booking
 * outputs and booking.* webhooks carry the guest's tags; another restaurant's guest is missing.
 */
import { WebhookDeliveryRepository } from '@tablekeeper/db';
import { createStaff, signIn, type AdminSession } from '../support/admin';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Stats = {
  visits: number;
  covers: number;
  noShows: number;
  cancellations: number;
  lateCancellations: number;
  lastVisitAt: string | null;
  nextVisitAt: string | null;
};
type Note = { id: string; body: string; author: string; versions: { version: number; body: string }[] };
type Profile = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  language: string | null;
  tags: string[];
  allergens: string[];
  dietaryNotes: string | null;
  marketingConsent: boolean | null;
  marketingConsentSource: string | null;
  notes: Note[];
  consentHistory: { granted: boolean; source: string }[];
  bookings: { id: string }[];
  stats: Stats;
};
type GuestPage = { items: Profile[]; nextCursor: string | null };

let stack: TestStack;
let api: ApiCall;
let n = 0;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

async function restaurant(): Promise<{ r: TestRestaurant; ops: AdminSession; viewer: AdminSession }> {
  const r = await createTestRestaurant(stack.prisma, {
    policy: { holdTtlSeconds: 120 },
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'reviews:write', 'webhooks:write'],
  });
  await stack.prisma.restaurant.update({ where: { id: r.id }, data: { country: 'GB' } });
  const ops = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'ops'));
  const viewer = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'viewer'));
  return { r, ops, viewer };
}

async function book(
  r: TestRestaurant,
  guest: Record<string, unknown>,
  startsAt = tomorrowAt(10 + (n % 12)),
  partySize = 2,
): Promise<string> {
  const res = await api<{ id: string }>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `crm-${Date.now()}-${n++}`,
    body: { restaurantId: r.id, partySize, startsAt, guest },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const guestIdOf = async (bookingId: string) =>
  (await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).guestId;

describe('merge', () => {
  it('combines bookings, notes with versions, tags, allergens and consent; records it; resolves the conflict', async () => {
    const { r, ops } = await restaurant();
    const a1 = await book(r, { name: 'Ada Lovelace', phone: '+447700900201', marketingConsent: true });
    const b1 = await book(r, { name: 'Ada King', email: 'ada@example.com', allergens: ['milk'] });
    // Phone of one, e-mail of the other: linked to the phone's guest, a conflict recorded.
    await book(r, { name: 'Ada', phone: '07700 900201', email: 'ada@example.com' });
    const survivor = await guestIdOf(a1);
    const other = await guestIdOf(b1);
    expect(survivor).not.toBe(other);

    const conflicts = await ops.call<{
      items: { id: string; guest: { id: string }; other: { id: string } }[];
    }>('GET', '/admin/api/guest-conflicts');
    expect(conflicts.status).toBe(200);
    expect(conflicts.body.items).toHaveLength(1);
    expect([conflicts.body.items[0]!.guest.id, conflicts.body.items[0]!.other.id].sort()).toEqual(
      [survivor, other].sort(),
    );

    expect(
      (await ops.call('PATCH', `/admin/api/guests/${survivor}`, { body: { tags: ['VIP'] } })).status,
    ).toBe(200);
    expect(
      (await ops.call('PATCH', `/admin/api/guests/${other}`, { body: { tags: ['wine lover'] } })).status,
    ).toBe(200);
    const noted = await ops.call<Profile>('POST', `/admin/api/guests/${other}/notes`, {
      body: { body: 'Likes the corner' },
    });
    expect(noted.status).toBe(201);
    const noteId = noted.body.notes[0]!.id;
    await ops.call('PATCH', `/admin/api/guests/${other}/notes/${noteId}`, {
      body: { body: 'Likes the corner table' },
    });

    const merged = await ops.call<{
      merge: { movedBookings: number; movedNotes: number; resolvedConflicts: number };
      guest: Profile;
    }>('POST', `/admin/api/guests/${survivor}/merge`, { body: { otherGuestId: other } });
    expect(merged.status).toBe(200);
    expect(merged.body.merge).toMatchObject({ movedBookings: 1, movedNotes: 2, resolvedConflicts: 1 });
    const g = merged.body.guest;
    expect(g).toMatchObject({
      phone: '+447700900201',
      email: 'ada@example.com',
      tags: ['vip', 'wine-lover'],
      allergens: ['milk'],
      marketingConsent: true,
    });
    expect(g.bookings.map((b) => b.id).sort()).toEqual(
      (await stack.prisma.booking.findMany({ where: { restaurantId: r.id } })).map((b) => b.id).sort(),
    );
    expect(g.notes[0]!.versions.map((v) => v.body)).toEqual(['Likes the corner', 'Likes the corner table']);
    expect(await stack.prisma.guest.findUnique({ where: { id: other } })).toBeNull();
    const record = await stack.prisma.guestMerge.findFirstOrThrow({ where: { restaurantId: r.id } });
    expect(record).toMatchObject({
      survivorId: survivor,
      mergedGuestId: other,
      movedBookings: 1,
      movedNotes: 2,
    });
    expect(record.actor).toMatch(/@staff\.test$/);
    expect((await ops.call<{ items: unknown[] }>('GET', '/admin/api/guest-conflicts')).body.items).toEqual(
      [],
    );

    // A later booking with the merged guest's e-mail is the survivor's.
    expect(await guestIdOf(await book(r, { name: 'Ada', email: 'ADA@example.com' }))).toBe(survivor);
  });

  it('refuses the same guest, another restaurant’s guest, an erased guest, and a viewer', async () => {
    const { r, ops, viewer } = await restaurant();
    const { r: elsewhere } = await restaurant();
    const mine = await guestIdOf(await book(r, { name: 'Grace Hopper', phone: '+447700900301' }));
    const theirs = await guestIdOf(await book(elsewhere, { name: 'Grace Hopper', phone: '+447700900301' }));
    const erased = await guestIdOf(await book(r, { name: 'Gone Guest', phone: '+447700900302' }));
    await stack.prisma.guest.update({ where: { id: erased }, data: { erasedAt: new Date() } });
    const merge = (s: AdminSession, otherGuestId: string) =>
      s.call<{ code: string; errors?: { field: string }[] }>('POST', `/admin/api/guests/${mine}/merge`, {
        body: { otherGuestId },
      });
    const same = await merge(ops, mine);
    expect([same.status, same.body.code, same.body.errors?.[0]?.field]).toEqual([
      409,
      'guest_merge_same_guest',
      'otherGuestId',
    ]);
    expect([(await merge(ops, theirs)).status, (await merge(ops, theirs)).body.code]).toEqual([
      404,
      'guest_not_found',
    ]);
    expect((await merge(ops, erased)).body.code).toBe('guest_erased');
    expect((await merge(viewer, erased)).body.code).toBe('role_forbidden');
    expect((await ops.call('GET', `/admin/api/guests/${theirs}`)).status).toBe(404);
    expect(await stack.prisma.guest.count({ where: { id: { in: [mine, theirs, erased] } } })).toBe(3);
  });

  it('dismisses a conflict: both guests stay', async () => {
    const { r, ops, viewer } = await restaurant();
    await book(r, { name: 'Alan Turing', phone: '+447700900401' });
    await book(r, { name: 'Alan T', email: 'alan@example.com' });
    await book(r, { name: 'Alan', phone: '+447700900401', email: 'alan@example.com' });
    const [conflict] = (await ops.call<{ items: { id: string }[] }>('GET', '/admin/api/guest-conflicts')).body
      .items;
    expect((await viewer.call('POST', `/admin/api/guest-conflicts/${conflict!.id}/dismiss`)).status).toBe(
      403,
    );
    expect((await ops.call('POST', `/admin/api/guest-conflicts/${conflict!.id}/dismiss`)).status).toBe(204);
    expect(
      (await ops.call<{ code: string }>('POST', `/admin/api/guest-conflicts/${conflict!.id}/dismiss`)).body
        .code,
    ).toBe('guest_conflict_not_found');
    expect(await stack.prisma.guest.count({ where: { restaurantId: r.id } })).toBe(2);
  });
});

describe('list', () => {
  it('finds a phone typed in another format, filters, pages over more than one page, and exports CSV', async () => {
    const { r, ops, viewer } = await restaurant();
    const vip = await guestIdOf(await book(r, { name: 'Zed Vip', phone: '+447700900501' }));
    const noShow = await guestIdOf(await book(r, { name: 'Nora NoShow', phone: '+447700900502' }));
    await guestIdOf(await book(r, { name: '=HYPERLINK("http://x")', phone: '+447700900503' }));
    for (let i = 0; i < 5; i++) await book(r, { name: `Guest ${i}, "quoted"`, email: `g${i}@example.com` });
    await ops.call('PATCH', `/admin/api/guests/${vip}`, { body: { tags: ['vip', 'regular'] } });
    await stack.prisma.booking.updateMany({ where: { guestId: noShow }, data: { status: 'no_show' } });

    const found = await viewer.call<GuestPage>(
      'GET',
      `/admin/api/guests?q=${encodeURIComponent('07700 900501')}`,
    );
    expect(found.status).toBe(200);
    expect(found.body.items.map((g) => g.id)).toEqual([vip]);
    expect(
      await viewer
        .call<GuestPage>('GET', '/admin/api/guests?q=zed')
        .then((x) => x.body.items.map((g) => g.id)),
    ).toEqual([vip]);
    expect(
      (await viewer.call<GuestPage>('GET', '/admin/api/guests?q=G3%40EXAMPLE')).body.items.map(
        (g) => g.email,
      ),
    ).toEqual(['g3@example.com']);
    expect(
      (await viewer.call<GuestPage>('GET', '/admin/api/guests?tags=VIP,regular')).body.items.map((g) => g.id),
    ).toEqual([vip]);
    expect(
      (await viewer.call<GuestPage>('GET', '/admin/api/guests?hasNoShows=true')).body.items.map((g) => g.id),
    ).toEqual([noShow]);
    expect(
      (await viewer.call<GuestPage>('GET', '/admin/api/guests?hasNoShows=false')).body.items,
    ).toHaveLength(7);
    expect((await viewer.call<GuestPage>('GET', '/admin/api/guests?minVisits=1')).body.items).toEqual([]);
    const bad = await viewer.call<{ code: string; errors: { field: string }[] }>(
      'GET',
      '/admin/api/guests?limit=500',
    );
    expect([bad.status, bad.body.errors[0]!.field]).toEqual([400, 'limit']);
    expect(
      (await viewer.call<{ errors: { field: string }[] }>('GET', '/admin/api/guests?cursor=nope')).body
        .errors[0]!.field,
    ).toBe('cursor');

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: GuestPage } = await viewer.call<GuestPage>(
        'GET',
        `/admin/api/guests?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((g) => g.name));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);

    const csv = await fetch(`${stack.baseUrl}/admin/api/guests.csv?hasNoShows=false`, {
      headers: { cookie: viewer.cookie },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,name,phone,email,/);
    expect(lines).toHaveLength(8);
    expect(text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(text).toContain(`,"Guest 0, ""quoted""",`);
    expect(text).toContain(',regular vip,');
    const viaAccept = await fetch(`${stack.baseUrl}/admin/api/guests?hasNoShows=false`, {
      headers: { cookie: viewer.cookie, accept: 'text/csv' },
    });
    expect(await viaAccept.text()).toBe(text);
  });
});

describe('profile', () => {
  it('edits contact, language, tags, allergens, dietary needs and consent; notes keep versions; viewers only read', async () => {
    const { r, ops, viewer } = await restaurant();
    const id = await guestIdOf(await book(r, { name: 'Edsger', phone: '+447700900601' }));
    const bad = await ops.call<{ errors: { field: string }[] }>('PATCH', `/admin/api/guests/${id}`, {
      body: { allergens: ['nuts'] },
    });
    expect([bad.status, bad.body.errors[0]!.field]).toEqual([400, 'allergens']);
    const badTag = await ops.call<{ errors: { field: string }[] }>('PATCH', `/admin/api/guests/${id}`, {
      body: { tags: ['ok', 'not/ok'] },
    });
    expect([badTag.status, badTag.body.errors[0]!.field]).toEqual([400, 'tags']);
    expect((await viewer.call('PATCH', `/admin/api/guests/${id}`, { body: { language: 'nl' } })).status).toBe(
      403,
    );
    expect((await viewer.call('POST', `/admin/api/guests/${id}/notes`, { body: { body: 'x' } })).status).toBe(
      403,
    );

    const edited = await ops.call<Profile>('PATCH', `/admin/api/guests/${id}`, {
      body: {
        name: 'Edsger Dijkstra',
        email: 'ewd@example.com',
        language: 'nl',
        tags: ['vip', 'Regular'],
        allergens: ['peanuts', 'sesame'],
        dietaryNotes: 'Vegetarian',
        marketingConsent: true,
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Edsger Dijkstra',
      phone: '+447700900601',
      email: 'ewd@example.com',
      language: 'nl',
      tags: ['regular', 'vip'],
      allergens: ['peanuts', 'sesame'],
      dietaryNotes: 'Vegetarian',
      marketingConsent: true,
    });
    expect(edited.body.marketingConsentSource).toMatch(/^staff:ops-/);
    await ops.call('PATCH', `/admin/api/guests/${id}`, { body: { marketingConsent: true } });
    await ops.call('PATCH', `/admin/api/guests/${id}`, { body: { marketingConsent: false } });

    const note = await ops.call<Profile>('POST', `/admin/api/guests/${id}/notes`, {
      body: { body: 'Allergic to peanuts' },
    });
    const noteId = note.body.notes[0]!.id;
    await ops.call('PATCH', `/admin/api/guests/${id}/notes/${noteId}`, {
      body: { body: 'Severe peanut allergy' },
    });
    const missing = await ops.call<{ code: string }>(
      'PATCH',
      `/admin/api/guests/${id}/notes/00000000-0000-4000-8000-000000000000`,
      { body: { body: 'x' } },
    );
    expect(missing.body.code).toBe('guest_note_not_found');

    const profile = await viewer.call<Profile>('GET', `/admin/api/guests/${id}`);
    expect(profile.status).toBe(200);
    expect(profile.body.notes).toHaveLength(1);
    expect(profile.body.notes[0]).toMatchObject({ body: 'Severe peanut allergy' });
    expect(profile.body.notes[0]!.author).toMatch(/^ops-.*@staff\.test$/);
    expect(profile.body.notes[0]!.versions.map((v) => [v.version, v.body])).toEqual([
      [1, 'Allergic to peanuts'],
      [2, 'Severe peanut allergy'],
    ]);
    expect(profile.body.consentHistory.map((c) => c.granted)).toEqual([true, false]);
    expect(profile.body.consentHistory[0]!.source).toMatch(/^staff:/);
  });

  it('computes visits, covers, no-shows, cancellations, late cancellations, last and next visit from bookings', async () => {
    const { r, ops } = await restaurant();
    await stack.prisma.restaurant.update({
      where: { id: r.id },
      data: { cancellationCutoffMinutes: 48 * 60 },
    });
    const guest = { name: 'Barbara Liskov', phone: '+447700900701' };
    const visits = [await book(r, guest, tomorrowAt(9), 2), await book(r, guest, tomorrowAt(10), 4)];
    const noShow = await book(r, guest, tomorrowAt(11));
    const lateCancel = await book(r, guest, tomorrowAt(12));
    const early = new Date(Date.now() + 10 * 86_400_000);
    early.setUTCHours(19, 0, 0, 0);
    const earlyCancel = await book(r, guest, early.toISOString());
    const next = await book(r, guest, tomorrowAt(20), 3);
    // Inside the cutoff only staff may cancel (the guest's key is refused); the cancel counts as late.
    const refused = await api<{ code: string }>('POST', `/v1/bookings/${lateCancel}/cancel`, {
      key: r.apiKey,
      body: { reason: 'guest called' },
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'cancellation_cutoff_passed']);
    const staffCancel = await ops.call('POST', `/admin/api/bookings/${lateCancel}/cancel`, {
      body: { reason: 'guest called' },
    });
    expect(staffCancel.status).toBe(200);
    const guestCancel = await api('POST', `/v1/bookings/${earlyCancel}/cancel`, {
      key: r.apiKey,
      body: { reason: 'guest called' },
    });
    expect(guestCancel.status).toBe(200);
    // Past visits cannot be made through the API in a test; the stats read whatever the rows say.
    const past = (days: number) => new Date(Date.now() - days * 86_400_000);
    await stack.prisma.booking.update({
      where: { id: visits[0]! },
      data: { status: 'completed', startsAt: past(30), endsAt: new Date(past(30).getTime() + 3_600_000) },
    });
    await stack.prisma.booking.update({
      where: { id: visits[1]! },
      data: { status: 'completed', startsAt: past(3), endsAt: new Date(past(3).getTime() + 3_600_000) },
    });
    await stack.prisma.booking.update({
      where: { id: noShow },
      data: { status: 'no_show', startsAt: past(2), endsAt: new Date(past(2).getTime() + 3_600_000) },
    });
    const profile = await ops.call<Profile>('GET', `/admin/api/guests/${await guestIdOf(next)}`);
    const lastVisit = (await stack.prisma.booking.findUniqueOrThrow({ where: { id: visits[1]! } })).startsAt;
    expect(profile.body.stats).toEqual({
      visits: 2,
      covers: 6,
      noShows: 1,
      cancellations: 2,
      lateCancellations: 1,
      lastVisitAt: lastVisit.toISOString(),
      nextVisitAt: new Date(tomorrowAt(20)).toISOString(),
    });
    const filtered = await ops.call<GuestPage>(
      'GET',
      `/admin/api/guests?minVisits=2&lastVisitAfter=${past(4).toISOString().slice(0, 10)}&lastVisitBefore=${new Date().toISOString().slice(0, 10)}`,
    );
    expect(filtered.body.items.map((g) => g.name)).toEqual(['Barbara Liskov']);
    expect(
      (await ops.call<GuestPage>('GET', `/admin/api/guests?lastVisitBefore=${past(4).toISOString()}`)).body
        .items,
    ).toEqual([]);
  });
});

describe('tags on bookings', () => {
  it('admin day view and floor carry tags and allergens; booking.* webhooks carry the tags', async () => {
    const { r, ops } = await restaurant();
    const endpoint = await api<{ id: string }>('POST', '/v1/webhook-endpoints', {
      key: r.apiKey,
      body: { restaurantId: r.id, url: 'http://127.0.0.1:9/hooks' },
    });
    expect(endpoint.status).toBe(201);
    const first = await book(r, { name: 'Katherine Johnson', phone: '+447700900801', allergens: ['fish'] });
    const guestId = await guestIdOf(first);
    await ops.call('PATCH', `/admin/api/guests/${guestId}`, { body: { tags: ['vip'] } });
    const second = await book(r, { name: 'Katherine Johnson', phone: '+447700900801' }, tomorrowAt(21));

    const date = tomorrowAt(21).slice(0, 10);
    const day = await ops.call<{
      items: { id: string; guest: { id: string; tags: string[]; allergens: string[] } }[];
    }>('GET', `/admin/api/bookings?date=${date}`);
    expect(day.body.items.find((b) => b.id === second)?.guest).toMatchObject({
      id: guestId,
      tags: ['vip'],
      allergens: ['fish'],
    });
    const floor = await ops.call<{
      zones: {
        tables: { booking: { id: string; guestTags: string[]; guestAllergens: string[] } | null }[];
      }[];
    }>(
      'GET',
      `/admin/api/floor?at=${encodeURIComponent(new Date(new Date(tomorrowAt(21)).getTime() + 60_000).toISOString())}`,
    );
    const onFloor = floor.body.zones.flatMap((z) => z.tables).find((t) => t.booking?.id === second)?.booking;
    expect(onFloor).toMatchObject({ guestTags: ['vip'], guestAllergens: ['fish'] });

    const relay = new WebhookDeliveryRepository(stack.prisma);
    const bodies = await eventually(async () => {
      await relay.fanOut(100, stack.baseUrl);
      const rows = await stack.prisma.webhookDelivery.findMany({ where: { endpointId: endpoint.body.id } });
      const parsed = rows.map(
        (d) => JSON.parse(d.body) as { type: string; data: { booking: { id: string; guestTags: string[] } } },
      );
      const mine = parsed.filter((p) => p.data.booking?.id === second);
      if (!mine.some((p) => p.type === 'booking.confirmed')) throw new Error('not yet');
      return mine;
    });
    for (const body of bodies) expect(body.data.booking.guestTags).toEqual(['vip']);
    expect(JSON.stringify(bodies)).not.toContain('+447700900801');
  });
});
