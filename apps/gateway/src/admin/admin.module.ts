import { Module } from '@nestjs/common';
import {
  AdminBookingRepository,
  GuestLookupRepository,
  StaffAccountsRepository,
  StaffRepository,
  type PrismaClient,
} from '@tablekeeper/db';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { BookingsModule } from '../bookings/bookings.module';
import { PRISMA } from '../infrastructure/tokens';
import { AdminBookingsController } from './admin-bookings.controller';
import { AdminSessionController } from './admin-session.controller';
import { AdminSetupController } from './admin-setup.controller';
import { AdminStaffAccountsController } from './admin-staff-accounts.controller';
import { AdminStaffBookingsController } from './admin-staff-bookings.controller';
import { AdminWebhooksController } from './admin-webhooks.controller';
import { AdminWidgetKeysController } from './admin-widget-keys.controller';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffBookingService } from './staff-booking.service';
import { SetupModule } from '../setup/setup.module';
import { AvailabilityModule } from '../availability/availability.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AdminService } from './admin.service';
import { BookingChangesHub } from './booking-changes.hub';
import { SignInLimiter } from './sign-in-limiter';
import { StaffSessionGuard } from './staff-session.guard';
import { StaffSessionService } from './staff-session.service';

/** The API behind the ops admin UI, under /admin/api, authenticated by staff sessions. */
@Module({
  imports: [BookingsModule, SetupModule, AvailabilityModule, WebhooksModule, ApiKeysModule],
  controllers: [
    AdminSessionController,
    AdminBookingsController,
    AdminSetupController,
    AdminStaffBookingsController,
    AdminStaffAccountsController,
    AdminWebhooksController,
    AdminWidgetKeysController,
  ],
  providers: [
    { provide: StaffRepository, inject: [PRISMA], useFactory: (p: PrismaClient) => new StaffRepository(p) },
    {
      provide: AdminBookingRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new AdminBookingRepository(p),
    },
    {
      provide: GuestLookupRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new GuestLookupRepository(p),
    },
    {
      provide: StaffAccountsRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new StaffAccountsRepository(p),
    },
    AdminService,
    StaffAccountsService,
    StaffBookingService,
    BookingChangesHub,
    SignInLimiter,
    StaffSessionGuard,
    StaffSessionService,
  ],
})
export class AdminModule {}
