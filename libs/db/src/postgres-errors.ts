/**
 * Prisma wraps driver errors several layers deep and the shape differs between query paths, so we
 * search the cause chain for the SQLSTATE instead of relying on one wrapper's fields.
 */
function sqlStates(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 6) return [];
  const record = error as Record<string, unknown>;
  const found: string[] = [];
  for (const key of ['code', 'originalCode', 'sqlState']) {
    const value = record[key];
    if (typeof value === 'string') found.push(value);
  }
  const meta = record.meta as Record<string, unknown> | undefined;
  if (meta && typeof meta === 'object') {
    for (const key of ['code', 'originalCode'])
      if (typeof meta[key] === 'string') found.push(meta[key] as string);
    found.push(...sqlStates(meta.driverAdapterError, depth + 1));
  }
  found.push(...sqlStates(record.cause, depth + 1));
  const message = typeof record.message === 'string' ? record.message : '';
  const match = /\b(23P01|23505|40001|40P01)\b/.exec(message);
  if (match) found.push(match[1]);
  return found;
}

export function hasSqlState(error: unknown, state: string): boolean {
  return sqlStates(error).includes(state);
}

/** 23P01: an exclusion constraint refused the row (a table already taken for that time). */
export const isExclusionViolation = (error: unknown): boolean =>
  hasSqlState(error, '23P01') || /table_assignments_no_overlap/.test(String((error as Error)?.message));

/** Prisma's codes for "the database cannot be reached or stopped answering". */
const UNAVAILABLE_PRISMA_CODES = ['P1001', 'P1002', 'P1008', 'P1017', 'P2024'];
/** SQLSTATEs of a server that is shutting down, starting up or dropped the connection. */
const UNAVAILABLE_SQL_STATES = ['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'];
/** The driver adapter's own kinds for the same, and Node's socket errors under it. */
const UNAVAILABLE_KINDS = ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'];
const UNAVAILABLE_SOCKET_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'];

function kinds(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 6) return [];
  const record = error as Record<string, unknown>;
  const found = typeof record.kind === 'string' ? [record.kind] : [];
  const meta = record.meta as Record<string, unknown> | undefined;
  if (meta && typeof meta === 'object') found.push(...kinds(meta.driverAdapterError, depth + 1));
  found.push(...kinds(record.cause, depth + 1));
  return found;
}

/**
 * Postgres is down, restarting or unreachable: the request did not fail on its merits, and the
 * same request may succeed in a moment (the API answers 503 database_unavailable, never 500).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const states = sqlStates(error);
  if (states.some((s) => UNAVAILABLE_PRISMA_CODES.includes(s) || UNAVAILABLE_SQL_STATES.includes(s)))
    return true;
  if (states.some((s) => UNAVAILABLE_SOCKET_CODES.includes(s))) return true;
  if (kinds(error).some((k) => UNAVAILABLE_KINDS.includes(k))) return true;
  const message = String((error as Error)?.message ?? '');
  return /Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down)/.test(
    message,
  );
}
