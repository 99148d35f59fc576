import { Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeyAuthenticator } from './auth/api-key.authenticator';
import { ApiKeyGuard } from './auth/api-key.guard';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { AvailabilityController } from './availability/availability.controller';
import { AvailabilityService } from './availability/availability.service';
import { BookingWorkflowClient } from './bookings/booking-workflow.client';
import { BookingService } from './bookings/booking.service';
import { BookingsController } from './bookings/bookings.controller';
import { HoldsController } from './bookings/holds.controller';
import { CodecAuthGuard } from './codec/codec-auth.guard';
import { CodecController } from './codec/codec.controller';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { RestaurantsController } from './restaurants/restaurants.controller';

@Module({
  imports: [InfrastructureModule, AdminModule],
  controllers: [
    HealthController,
    RestaurantsController,
    AvailabilityController,
    BookingsController,
    HoldsController,
    ApiKeysController,
    CodecController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    // Registered after the key guard: the budget is the authenticated key's.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    ApiKeyAuthenticator,
    IdempotencyInterceptor,
    BookingWorkflowClient,
    BookingService,
    AvailabilityService,
    CodecAuthGuard,
  ],
})
export class AppModule {}
