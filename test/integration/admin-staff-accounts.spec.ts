/**
 * Managers manage their restaurant's staff accounts over real HTTP and Postgres: add an ops
 * account that then signs in, change its role, deactivate it (its session ends at once), reset a
 * password; never demote or deactivate the last active manager; ops and viewers get 403; another
 * restaurant's accounts are invisible; the change log has who/what/before/after, never a secret.
 */
import { createStaff, signIn, signInRaw, type AdminSession } from '../support/admin';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let r: TestRestaurant;
let manager: AdminSession;
let managerEmail: string;

const BASE = '/admin/api/setup/staff';

interface Account {
  id: string;
  email: string;
  role: string;
  active: boolean;
  initialPassword?: string;
  code?: string;
  errors?: { field: string }[];
}

beforeAll(async () => {
  stack = await startTestStack();
  r = await createTestRestaurant(stack.prisma);
  const login = await createStaff(stack.prisma, r.id, 'manager');
  managerEmail = login.email;
  manager = await signIn(stack.baseUrl, login);
});
afterAll(async () => {
  await stack?.stop();
});

it('adds an ops account that signs in, changes its role, and deactivating it ends its session', async () => {
  const email = `Sam.${Date.now()}@Bistro.test`;
  const created = await manager.call<Account>('POST', BASE, {
    body: { email, role: 'ops', password: 'a-long-enough-password' },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ email: email.toLowerCase(), role: 'ops', active: true });
  expect(created.body.initialPassword).toBeUndefined();

  const ops = await signIn(stack.baseUrl, { email, password: 'a-long-enough-password' });
  expect((await ops.call('GET', '/admin/api/session')).status).toBe(200);

  const demoted = await manager.call<Account>('PATCH', `${BASE}/${created.body.id}`, {
    body: { role: 'viewer' },
  });
  expect(demoted.body).toMatchObject({ role: 'viewer', active: true });
  const session = await ops.call<{ staff: { role: string } }>('GET', '/admin/api/session');
  expect(session.body.staff.role).toBe('viewer');

  const off = await manager.call<Account>('PATCH', `${BASE}/${created.body.id}`, { body: { active: false } });
  expect(off.body.active).toBe(false);
  expect((await ops.call('GET', '/admin/api/session')).status).toBe(401);
  expect((await signInRaw(stack.baseUrl, { email, password: 'a-long-enough-password' })).status).toBe(401);

  const on = await manager.call<Account>('PATCH', `${BASE}/${created.body.id}`, { body: { active: true } });
  expect(on.body.active).toBe(true);
  expect((await signInRaw(stack.baseUrl, { email, password: 'a-long-enough-password' })).status).toBe(200);

  const list = await manager.call<{ data: Account[] }>('GET', BASE);
  expect(list.body.data.map((a) => a.email)).toEqual(
    expect.arrayContaining([managerEmail, email.toLowerCase()]),
  );

  const log = await stack.prisma.setupChange.findMany({
    where: { restaurantId: r.id, subject: email.toLowerCase() },
    orderBy: { id: 'asc' },
  });
  expect(log.map((c) => c.action)).toEqual(['staff.create', 'staff.update', 'staff.update', 'staff.update']);
  expect(log[1]).toMatchObject({
    actor: `staff:${managerEmail}`,
    before: { role: 'ops', active: true },
    after: { role: 'viewer', active: true },
  });
  const logged = JSON.stringify(log.map(({ id: _id, ...rest }) => rest));
  expect(logged).not.toContain('a-long-enough-password');
  expect(logged).not.toContain('argon2');
});

it('generates a one-time password when none is given, and a reset ends the old sessions', async () => {
  const email = `kim.${Date.now()}@bistro.test`;
  const created = await manager.call<Account>('POST', BASE, { body: { email, role: 'viewer' } });
  expect(created.status).toBe(201);
  expect(created.body.initialPassword).toMatch(/^[a-zA-Z0-9]{5}(-[a-zA-Z0-9]{5}){3}$/);
  const viewer = await signIn(stack.baseUrl, { email, password: created.body.initialPassword! });

  const reset = await manager.call<Account>('POST', `${BASE}/${created.body.id}/password`, { body: {} });
  expect(reset.status).toBe(200);
  expect(reset.body.initialPassword).not.toBe(created.body.initialPassword);
  expect((await viewer.call('GET', '/admin/api/session')).status).toBe(401);
  await signIn(stack.baseUrl, { email, password: reset.body.initialPassword! });
  expect((await signInRaw(stack.baseUrl, { email, password: created.body.initialPassword! })).status).toBe(
    401,
  );
  const log = await stack.prisma.setupChange.findMany({ where: { restaurantId: r.id, subject: email } });
  expect(JSON.stringify(log.map(({ id: _id, ...rest }) => rest))).not.toContain(reset.body.initialPassword!);
});

it('refuses bad input with the field, and a taken email with 409', async () => {
  const bad = await manager.call<Account>('POST', BASE, {
    body: { email: 'nope', role: 'chef', password: 'short' },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['email', 'password', 'role']);
  const taken = await manager.call<Account>('POST', BASE, { body: { email: managerEmail, role: 'ops' } });
  expect(taken.status).toBe(409);
  expect(taken.body.code).toBe('duplicate_staff_email');
});

it('never demotes or deactivates the last active manager', async () => {
  const self = (await manager.call<{ staff: { id: string } }>('GET', '/admin/api/session')).body.staff.id;
  for (const body of [{ role: 'ops' }, { active: false }]) {
    const refused = await manager.call<Account>('PATCH', `${BASE}/${self}`, { body });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('last_active_manager');
  }
  const second = await manager.call<Account>('POST', BASE, {
    body: { email: `second.${Date.now()}@bistro.test`, role: 'manager', password: 'another-long-password' },
  });
  const handedOver = await manager.call<Account>('PATCH', `${BASE}/${second.body.id}`, {
    body: { role: 'ops' },
  });
  expect(handedOver.status).toBe(200);
});

it('refuses ops and viewers with 403, and hides other restaurants’ accounts', async () => {
  for (const role of ['ops', 'viewer'] as const) {
    const other = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, role));
    const listed = await other.call<Account>('GET', BASE);
    expect(listed.status).toBe(403);
    expect(listed.headers.get('content-type')).toContain('application/problem+json');
    expect(listed.body.code).toBe('role_forbidden');
    const created = await other.call<Account>('POST', BASE, { body: { email: 'x@y.test', role: 'ops' } });
    expect(created.status).toBe(403);
  }
  const elsewhere = await createTestRestaurant(stack.prisma);
  const foreign = await createStaff(stack.prisma, elsewhere.id, 'ops');
  const row = await stack.prisma.staffAccount.findUniqueOrThrow({ where: { email: foreign.email } });
  const touched = await manager.call<Account>('PATCH', `${BASE}/${row.id}`, { body: { active: false } });
  expect(touched.status).toBe(404);
  expect(touched.body.code).toBe('staff_not_found');
  const list = await manager.call<{ data: Account[] }>('GET', BASE);
  expect(list.body.data.map((a) => a.email)).not.toContain(foreign.email);
});
