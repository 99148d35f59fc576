/**
 * Options of every interactive transaction that writes a restaurant's setup: the seed and test
 * fixtures' `upsertRestaurant`, setup changes and imports (API, admin, CLI) and staff accounts.
 *
 * Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) suit the short
 * transactions of a request; a setup write is rare, not on the booking path, queues for the
 * restaurant's lock behind its holds (LOCKING_TX_OPTIONS allow those 15 s) and makes a dozen
 * statements. On a loaded machine the defaults rolled such a write back (`Transaction already
 * closed`) although nothing was wrong with it. These bounds only stop a write that really hangs.
 */
export const SETUP_TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
