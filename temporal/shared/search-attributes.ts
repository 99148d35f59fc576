/**
 * The booking workflow's custom search attributes. Their names and Temporal types are listed once,
 * in search-attributes.json, which `npm start`, the test setup (scripts/lib/stack.mjs) and
 * docker-compose (docker/register-search-attributes.sh) register on the server; the keys here name
 * their entry in it, so an attribute renamed or dropped there stops this from compiling.
 * test/unit/search-attributes.spec.ts checks that each key's type is the one registered.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import REGISTERED from './search-attributes.json';

export type SearchAttributeName = keyof typeof REGISTERED;

/** Every registered attribute as `name → Temporal CLI type` (Keyword, Int, Datetime, ...). */
export const SEARCH_ATTRIBUTES: Readonly<Record<SearchAttributeName, string>> = REGISTERED;

/** A key of the registered attribute `name`: a name missing from the list does not compile. */
function registered<T extends SearchAttributeType>(name: SearchAttributeName, type: T) {
  return defineSearchAttributeKey(name, type);
}

export const SA_STATUS = registered('BookingStatus', SearchAttributeType.KEYWORD);
export const SA_RESTAURANT = registered('RestaurantId', SearchAttributeType.KEYWORD);
export const SA_PARTY_SIZE = registered('PartySize', SearchAttributeType.INT);
export const SA_STARTS_AT = registered('BookingStartsAt', SearchAttributeType.DATETIME);
export const SA_CHANNEL = registered('BookingChannel', SearchAttributeType.KEYWORD);

/** Every key the workflow and the gateway write, for the check against the registered list. */
export const SEARCH_ATTRIBUTE_KEYS = [
  SA_STATUS,
  SA_RESTAURANT,
  SA_PARTY_SIZE,
  SA_STARTS_AT,
  SA_CHANNEL,
] as const;
