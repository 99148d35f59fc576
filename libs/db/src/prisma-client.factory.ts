import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

export type { PrismaClient };
export type Tx = Prisma.TransactionClient;

export interface PrismaClientOptions {
  /** Size of the pg pool behind the adapter. */
  readonly poolSize?: number;
  /** Told the duration (seconds) of every query, as `Model.operation` (metrics). */
  readonly observe?: (operation: string, seconds: number) => void;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  const client = new PrismaClient({ adapter });
  const observe = options.observe;
  if (!observe) return client;
  // A query extension keeps the client's API; only the type spells it differently.
  return client.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const started = process.hrtime.bigint();
        try {
          return await query(args);
        } finally {
          observe(
            model ? `${model}.${operation}` : operation,
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        }
      },
    },
  }) as unknown as PrismaClient;
}
