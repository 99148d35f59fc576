import { Module } from '@nestjs/common';
import {
  AdminBookingRepository,
  GuestCrmRepository,
  GuestPrivacyRepository,
  StaffAccountsRepository,
  StaffRepository,
  type PrismaClient,
} from '@tablekeeper/db';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { BookingsModule } from '../bookings/bookings.module';
import { PRISMA } from '../infrastructure/tokens';
import { AdminBookingsController } from './admin-bookings.controller';
import { AdminGuestsController } from './admin-guests.controller';
import { AdminGuestsService } from './admin-guests.service';
import { AdminSessionController } from './admin-session.controller';
import { AdminSetupController } from './admin-setup.controller';
import { AdminStaffAccountsController } from './admin-staff-accounts.controller';
import { AdminStaffBookingsController } from './admin-staff-bookings.controller';
import { AdminWaitlistListController } from './admin-waitlist-list.controller';
import { AdminWebhooksController } from './admin-webhooks.controller';
import { AdminWidgetKeysController } from './admin-widget-keys.controller';
import { AdminGuestPrivacyController } from './admin-guest-privacy.controller';
import { GuestPrivacyService } from './guest-privacy.service';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffBookingService } from './staff-booking.service';
import { RestaurantsModule } from '../restaurants/restaurants.module';
import { SetupModule } from '../setup/setup.module';
import { AvailabilityModule } from '../availability/availability.module';
import { WaitlistModule } from '../waitlist/waitlist.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AdminService } from './admin.service';
import { BookingChangesHub } from './booking-changes.hub';
import { SignInLimiter } from './sign-in-limiter';
import { StaffSessionGuard } from './staff-session.guard';
import { StaffSessionService } from './staff-session.service';

/** The API behind the ops admin UI, under /admin/api, authenticated by staff sessions. */
@Module({
  imports: [
    BookingsModule,
    SetupModule,
    RestaurantsModule,
    AvailabilityModule,
    WebhooksModule,
    ApiKeysModule,
    WaitlistModule,
  ],
  controllers: [
    AdminSessionController,
    AdminBookingsController,
    AdminSetupController,
    AdminStaffBookingsController,
    AdminStaffAccountsController,
    AdminWebhooksController,
    AdminWidgetKeysController,
    AdminGuestsController,
    AdminGuestPrivacyController,
    AdminWaitlistListController,
  ],
  providers: [
    { provide: StaffRepository, inject: [PRISMA], useFactory: (p: PrismaClient) => new StaffRepository(p) },
    {
      provide: AdminBookingRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new AdminBookingRepository(p),
    },
    {
      provide: GuestCrmRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new GuestCrmRepository(p),
    },
    {
      provide: GuestPrivacyRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new GuestPrivacyRepository(p),
    },
    GuestPrivacyService,
    AdminService,
    AdminGuestsService,
    StaffAccountsService,
    {
      provide: StaffAccountsRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new StaffAccountsRepository(p),
    },
    StaffBookingService,
    BookingChangesHub,
    SignInLimiter,
    StaffSessionGuard,
    StaffSessionService,
  ],
})
export class AdminModule {}
