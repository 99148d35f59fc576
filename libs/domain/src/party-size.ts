/**
 * The restaurant's party-size rule, in one place: the gateway refuses a request with it before any
 * workflow starts, the availability endpoint refuses the query with it, and the hold re-checks it in
 * its transaction (a workflow started some other way, or setup changed in between), all with the
 * same words.
 */
export interface PartySizeLimits {
  readonly minPartySize: number;
  readonly maxPartySize: number;
}

/** Why the restaurant does not take a party of this size; null when it does. */
export function partySizeRefusal(limits: PartySizeLimits, partySize: number): string | null {
  if (partySize >= limits.minPartySize && partySize <= limits.maxPartySize) return null;
  return `partySize must be between ${limits.minPartySize} and ${limits.maxPartySize}`;
}
