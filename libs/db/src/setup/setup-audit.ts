import type { Prisma } from '../generated/prisma/client';
import type { Tx } from '../prisma-client.factory';

/** One entry of the setup change log, as the API lists it. */
export interface SetupChangeRow {
  readonly id: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: string;
}

/** Plain JSON of a value (dates as ISO strings), as the log stores it. */
export function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Records a setup change in the transaction that makes it: who (`api:<prefix>`, `staff:<email>`,
 * `cli`), what, and the state before and after. The log cannot say a change happened that did not,
 * nor miss one that did.
 */
export async function recordSetupChange(
  tx: Tx,
  change: {
    restaurantId: string;
    actor: string;
    action: string;
    subject?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.setupChange.create({
    data: {
      restaurantId: change.restaurantId,
      actor: change.actor,
      action: change.action,
      subject: change.subject ?? null,
      before: asJson(change.before),
      after: asJson(change.after),
    },
  });
}
