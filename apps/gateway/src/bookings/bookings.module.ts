import { Module } from '@nestjs/common';
import { BookingDataKeyRepository, type PrismaClient } from '@tablekeeper/db';
import { PRISMA } from '../infrastructure/tokens';
import { AuthModule } from '../auth/auth.module';
import { AvailabilityModule } from '../availability/availability.module';
import { GuestModule } from '../guest/guest.module';
import { BookingCommandsService } from './booking-commands.service';
import { BookingLookup } from './booking-lookup.service';
import { BookingModifyService } from './booking-modify.service';
import { BookingPlacementService } from './booking-placement.service';
import { BookingWorkflowClient } from './booking-workflow.client';
import { BookingsController } from './bookings.controller';
import { HoldsController } from './holds.controller';

/**
 * Bookings and holds: placing them, reading them and every change to them. The workflow client
 * is provided here once; the admin API imports this module for the same lookup and command path.
 */
@Module({
  imports: [AuthModule, AvailabilityModule, GuestModule],
  controllers: [BookingsController, HoldsController],
  providers: [
    {
      provide: BookingDataKeyRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new BookingDataKeyRepository(p),
    },
    BookingWorkflowClient,
    BookingPlacementService,
    BookingLookup,
    BookingCommandsService,
    BookingModifyService,
  ],
  exports: [
    BookingDataKeyRepository,
    BookingLookup,
    BookingCommandsService,
    BookingModifyService,
    BookingPlacementService,
  ],
})
export class BookingsModule {}
