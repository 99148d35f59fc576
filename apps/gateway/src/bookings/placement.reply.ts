import type { FastifyReply } from 'fastify';
import type { LoggedRequest } from '../infrastructure/request-log';
import { BookingOutput, PendingBookingOutput } from './booking.outputs';
import type { PlaceResult } from './booking-placement.service';

/** Writes the answer of POST /v1/bookings and /v1/holds: 201 placed, 202 still in progress. */
export function sendPlacement(res: FastifyReply, result: PlaceResult): BookingOutput | PendingBookingOutput {
  const logged = res.request.raw as LoggedRequest;
  logged.bookingId = result.kind === 'pending' ? result.bookingId : result.booking.id;
  logged.workflowId = result.kind === 'pending' ? result.workflowId : result.booking.workflowId;
  if (result.kind === 'pending') {
    void res.status(202).header('Location', `/v1/bookings/${result.bookingId}`);
    void res.header('Retry-After', '1');
    return Object.assign(new PendingBookingOutput(), {
      id: result.bookingId,
      status: 'pending' as const,
      workflowId: result.workflowId,
      detail: 'The booking is still being processed; poll GET /v1/bookings/{id}',
    });
  }
  void res.status(201).header('Location', `/v1/bookings/${result.booking.id}`);
  if (result.replayed) void res.header('Idempotent-Replayed', 'true');
  return BookingOutput.from(result.booking);
}
