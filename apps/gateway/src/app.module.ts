import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyAuthenticator } from './auth/api-key.authenticator';
import { AvailabilityController } from './availability/availability.controller';
import { AvailabilityService } from './availability/availability.service';
import { BookingWorkflowClient } from './bookings/booking-workflow.client';
import { BookingService } from './bookings/booking.service';
import { BookingsController } from './bookings/bookings.controller';
import { HoldsController } from './bookings/holds.controller';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { RestaurantsController } from './restaurants/restaurants.controller';

@Module({
  imports: [InfrastructureModule],
  controllers: [
    HealthController,
    RestaurantsController,
    AvailabilityController,
    BookingsController,
    HoldsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    ApiKeyAuthenticator,
    BookingWorkflowClient,
    BookingService,
    AvailabilityService,
  ],
})
export class AppModule {}
