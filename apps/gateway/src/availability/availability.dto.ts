import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, Matches, Max, Min } from 'class-validator';
import { Omittable } from '../common/omittable.decorator';

export class AvailabilityQuery {
  @ApiProperty({ example: '2026-11-23', description: 'Local date at the restaurant (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real calendar date' })
  date!: string;

  @ApiProperty({ type: 'integer', example: 4, minimum: 1, maximum: 100 })
  @Type(() => Number)
  @IsInt({ message: 'partySize must be a whole number' })
  @Min(1)
  @Max(100)
  partySize!: number;

  @ApiPropertyOptional({
    example: '19:30',
    description: 'Wanted local time (HH:MM); adds nearest alternatives when it is not free',
  })
  @Omittable()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:MM (24 h)' })
  time?: string;
}

export class AvailabilitySlotOutput {
  @ApiProperty({ example: '19:30' }) time!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() available!: boolean;
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'Covers that may still start in this pacing interval',
  })
  remainingCovers!: number | null;
  @ApiProperty({ type: [String], example: ['Main room', 'Terrace'] }) zones!: readonly string[];
  @ApiProperty({ description: 'A booking at this time would go to manual review' }) manualReview!: boolean;
}

export class RequestedTimeOutput {
  @ApiProperty({ example: '19:30' }) time!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() available!: boolean;
}

export class AvailabilityOutput {
  @ApiProperty({ format: 'uuid' }) restaurantId!: string;
  @ApiProperty({ example: '2026-11-23' }) date!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
  @ApiProperty({ type: 'integer' }) partySize!: number;
  @ApiProperty({ type: [AvailabilitySlotOutput], description: 'Bookable start times still ahead, in order' })
  slots!: readonly AvailabilitySlotOutput[];
  @ApiPropertyOptional({ type: RequestedTimeOutput }) requested?: RequestedTimeOutput;
  @ApiPropertyOptional({
    type: [AvailabilitySlotOutput],
    description: 'Nearest free times that day, nearest first',
  })
  alternatives?: readonly AvailabilitySlotOutput[];
}
