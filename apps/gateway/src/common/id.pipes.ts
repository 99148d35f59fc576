import { Injectable, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from './problem';

/** An id that is not even a UUID names nothing: 404, the same answer as an unknown one. */
@Injectable()
export class BookingIdPipe extends ParseUUIDPipe {
  constructor() {
    super({
      exceptionFactory: () => new ProblemException('booking_not_found', 'No such booking for this API key'),
    });
  }
}

@Injectable()
export class ApiKeyIdPipe extends ParseUUIDPipe {
  constructor() {
    super({ exceptionFactory: () => new ProblemException('api_key_not_found', 'No such API key') });
  }
}

@Injectable()
export class RestaurantIdPipe extends ParseUUIDPipe {
  constructor() {
    super({
      exceptionFactory: () =>
        new ProblemException('restaurant_not_found', 'No such restaurant for this API key'),
    });
  }
}
