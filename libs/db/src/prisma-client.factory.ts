import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

export type { PrismaClient };
export type Tx = Prisma.TransactionClient;

export interface PrismaClientOptions {
  /** Size of the pg pool behind the adapter. */
  readonly poolSize?: number;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}
