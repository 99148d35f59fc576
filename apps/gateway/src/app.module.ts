import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { AvailabilityModule } from './availability/availability.module';
import { BookingsModule } from './bookings/bookings.module';
import { CodecAuthGuard } from './codec/codec-auth.guard';
import { CodecController } from './codec/codec.controller';
import { GuestModule } from './guest/guest.module';
import { GuestTrafficGuard } from './guest/guest-traffic.guard';
import { HealthController } from './health/health.controller';
import { ManageModule } from './manage/manage.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { McpModule } from './mcp/mcp.module';
import { RestaurantsModule } from './restaurants/restaurants.module';
import { SetupModule } from './setup/setup.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WaitlistModule } from './waitlist/waitlist.module';

@Module({
  imports: [
    InfrastructureModule,
    AuthModule,
    AvailabilityModule,
    BookingsModule,
    ApiKeysModule,
    AdminModule,
    McpModule,
    SetupModule,
    RestaurantsModule,
    WebhooksModule,
    GuestModule,
    ManageModule,
    WaitlistModule,
  ],
  controllers: [HealthController, CodecController],
  providers: [
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    // Registered after the key guard: the budget is the authenticated key's.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    // Last: per-address budgets and the challenge, for anonymous traffic only.
    { provide: APP_GUARD, useExisting: GuestTrafficGuard },
    CodecAuthGuard,
  ],
})
export class AppModule {}
