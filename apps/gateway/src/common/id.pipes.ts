import { Injectable, ParseUUIDPipe, mixin, type PipeTransform, type Type } from '@nestjs/common';
import { ProblemException, type ProblemCode } from './problem';

/**
 * A path id that is not even a UUID names nothing: the pipe answers it with the very 404 an
 * unknown id gets, so a caller cannot tell malformed from missing.
 */
export function uuidOrNotFound(code: ProblemCode, detail: string): Type<PipeTransform> {
  @Injectable()
  class UuidOrNotFoundPipe extends ParseUUIDPipe {
    constructor() {
      super({ exceptionFactory: () => new ProblemException(code, detail) });
    }
  }
  return mixin(UuidOrNotFoundPipe);
}

export const ApiKeyIdPipe = uuidOrNotFound('api_key_not_found', 'No such API key');
export const RestaurantIdPipe = uuidOrNotFound('restaurant_not_found', 'No such restaurant for this API key');
export const GuestIdPipe = uuidOrNotFound('guest_not_found', 'No such guest at your restaurant');
export const GuestNoteIdPipe = uuidOrNotFound('guest_note_not_found', 'No such note of this guest');
export const GuestConflictIdPipe = uuidOrNotFound(
  'guest_conflict_not_found',
  'No such open conflict at your restaurant',
);
