import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { GuestModule } from '../guest/guest.module';
import { BookingManageLinkController, ManageController } from './manage.controller';
import { ManageService } from './manage.service';

/** Guest self-service through manage links, on the bookings' one command path. */
@Module({
  imports: [BookingsModule, GuestModule],
  controllers: [ManageController, BookingManageLinkController],
  providers: [ManageService],
})
export class ManageModule {}
