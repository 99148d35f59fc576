import { Injectable, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '../common/problem';

/** A booking id that is not even a UUID names no booking: 404, the same as an unknown one. */
@Injectable()
export class BookingIdPipe extends ParseUUIDPipe {
  constructor() {
    super({
      exceptionFactory: () => new ProblemException('booking_not_found', 'No such booking for this API key'),
    });
  }
}
