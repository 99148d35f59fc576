import fc from 'fast-check';

/**
 * Every property in the suite runs from one fixed seed, so a run that passes today passes
 * tomorrow on the same code; `FC_SEED=<integer> npm test` explores other inputs. fast-check prints
 * the seed (and the path to the failing case) in every failure, which is what to set to replay it.
 */
const DEFAULT_SEED = 20_261_122;

function seedFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(raw)}`);
  return seed;
}

fc.configureGlobal({ seed: seedFromEnv(process.env.FC_SEED) });
