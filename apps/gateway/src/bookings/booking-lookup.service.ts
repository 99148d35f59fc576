import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@tablekeeper/config';
import { BookingQueryRepository, type BookingDetails } from '@tablekeeper/db';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { BookingCaller } from './booking-caller';
import { BookingDetailsOutput } from './booking.outputs';

/** A booking as its caller may see it: only within the caller's restaurants, 404 otherwise. */
@Injectable()
export class BookingLookup {
  constructor(
    private readonly queries: BookingQueryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(caller: BookingCaller, bookingId: string): Promise<BookingDetails> {
    const booking = await this.queries.findForTenant(bookingId, caller.restaurantIds);
    if (!booking) throw new ProblemException('booking_not_found', caller.notFound);
    return booking;
  }

  /** The booking with its history and a link to its workflow in the Temporal UI. */
  async details(caller: BookingCaller, bookingId: string): Promise<BookingDetailsOutput> {
    const booking = await this.find(caller, bookingId);
    return BookingDetailsOutput.fromDetails(booking, this.workflowUrl(booking.workflowId));
  }

  private workflowUrl(workflowId: string): string {
    const namespace = encodeURIComponent(this.config.temporalNamespace);
    return `${this.config.temporalUiUrl}/namespaces/${namespace}/workflows/${encodeURIComponent(workflowId)}`;
  }
}
