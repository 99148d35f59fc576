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
