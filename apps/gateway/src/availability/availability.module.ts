import { Module } from '@nestjs/common';
import { AvailabilityQueryService } from './availability-query.service';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';

/** Bookable times of a day; the booking API uses the same service for its alternatives. */
@Module({
  controllers: [AvailabilityController],
  providers: [AvailabilityService, AvailabilityQueryService],
  exports: [AvailabilityService, AvailabilityQueryService],
})
export class AvailabilityModule {}
