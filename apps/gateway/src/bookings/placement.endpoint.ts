import { Post, applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { GuestAccess } from '../guest/guest-access';
import type { ManageLinkOutput } from '../guest/manage-links';
import type { LoggedRequest } from '../infrastructure/request-log';
import { CreateBookingInput } from './booking.inputs';
import { PendingBookingOutput, PlacedBookingOutput } from './booking.outputs';
import { CREATE_BOOKING_REQUEST_EXAMPLE, PENDING_EXAMPLE } from './booking.examples';
import type { PlaceResult } from './booking-placement.service';

/**
 * POST /v1/bookings and POST /v1/holds are one contract with two outcomes: the same body, scope,
 * Idempotency-Key, answers and problems; only what the placement stops at differs.
 */
export function PlacementEndpoint(docs: {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly created: string;
  /** The 201 answer's example: a hold stops at `held`, a booking goes on to `confirmed`. */
  readonly createdExample: Record<string, unknown>;
  readonly accepted?: string;
}): MethodDecorator {
  return applyDecorators(
    Post(),
    RequireScope('bookings:write'),
    GuestAccess(),
    ApiOperation({ operationId: docs.operationId, summary: docs.summary, description: docs.description }),
    ApiBody({
      type: CreateBookingInput,
      examples: {
        partyOfFour: { summary: 'A party of 4 on the terrace', value: CREATE_BOOKING_REQUEST_EXAMPLE },
      },
    }),
    ApiCreatedResponse({
      type: PlacedBookingOutput,
      description: docs.created,
      example: docs.createdExample,
    }),
    ApiAcceptedResponse({ type: PendingBookingOutput, description: docs.accepted, example: PENDING_EXAMPLE }),
    // Before Idempotent(): its 409 text is appended to the catalog's, as on every other write.
    ApiProblems(400, 401, 403, 404, 409, 422, 503),
    Idempotent(),
  );
}

/** Writes the answer of POST /v1/bookings and /v1/holds: 201 placed, 202 still in progress. */
export function sendPlacement(
  res: FastifyReply,
  result: PlaceResult,
  manage?: ManageLinkOutput,
): PlacedBookingOutput | PendingBookingOutput {
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
  return PlacedBookingOutput.placed(result.booking, result.guestRecognised, manage);
}
