import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { WaitQuote } from './wait-estimate.service';

export class WaitEstimateQuery {
  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: 100 })
  @Type(() => Number)
  @IsInt({ message: 'partySize must be a whole number' })
  @Min(1)
  @Max(100)
  partySize!: number;
}

export const WAIT_ESTIMATE_REASONS = ['closed', 'past_last_seating', 'no_table_fits'] as const;

export class WaitEstimateOutput {
  @ApiProperty({ format: 'uuid' })
  restaurantId!: string;
  @ApiProperty({ type: 'integer', example: 2 })
  partySize!: number;
  @ApiProperty({
    description:
      'Whether the walk-in list takes this party now: false outside the opening hours (reason closed) ' +
      'or when it could not be seated before the last seating (reason past_last_seating)',
  })
  open!: boolean;
  @ApiProperty({ type: 'integer', example: 3, description: 'Walk-in parties waiting before this one' })
  partiesAhead!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Earliest likely seat time; null when there is no quote (see reason)',
  })
  estimatedSeatFrom!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Latest likely seat time; null when there is no quote (see reason)',
  })
  estimatedSeatTo!: string | null;
  @ApiPropertyOptional({
    enum: WAIT_ESTIMATE_REASONS,
    description:
      'Why there is no quote: closed, past_last_seating, or no_table_fits (no single table seats the party: ask the restaurant)',
  })
  reason?: (typeof WAIT_ESTIMATE_REASONS)[number];

  static from(quote: WaitQuote): WaitEstimateOutput {
    return {
      restaurantId: quote.restaurantId,
      partySize: quote.partySize,
      open: quote.open,
      partiesAhead: quote.partiesAhead,
      estimatedSeatFrom: quote.estimatedSeatFrom,
      estimatedSeatTo: quote.estimatedSeatTo,
      ...(quote.reason ? { reason: quote.reason } : {}),
    };
  }
}
