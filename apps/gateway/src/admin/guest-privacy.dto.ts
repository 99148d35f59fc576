import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class EraseGuestInput {
  @ApiPropertyOptional({
    description:
      "The guest's id again, to confirm this is the guest to erase; without it the erasure is refused",
    example: '0b9f6a52-3c1d-4e8f-9a7b-2c3d4e5f6a7b',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  confirm?: string;
}

export class RedisPurgeOutput {
  @ApiProperty({ example: 2 }) keysDeleted!: number;
  @ApiProperty({ example: 0 }) membersRemoved!: number;
}

export class GuestErasureOutput {
  @ApiProperty({ format: 'uuid', description: 'The receipt (guest_erasures row)' }) id!: string;
  @ApiProperty({ format: 'uuid' }) guestId!: string;
  @ApiProperty({ example: 'staff:manager@demo-bistro.test' }) actor!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Counts of what was removed or cleared, never the data',
    example: { notes: 2, bookingsAnonymised: 3, dataKeysDestroyed: 3, waitlistEntriesAnonymised: 1 },
  })
  removed!: Readonly<Record<string, number>>;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Bookings not finished when the guest was erased: nothing was cancelled, staff decide',
  })
  inProgressBookings!: readonly string[];
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Waitlist entries still waiting or offered when the guest was erased: anonymised, left on the list, staff decide',
  })
  inProgressWaitlistEntries!: readonly string[];
  @ApiProperty({
    description: 'The guest was erased before; this is that receipt and nothing was done again',
  })
  alreadyErased!: boolean;
  @ApiProperty({
    description: "Redis was searched and the guest's entries deleted; false: retry the erasure",
  })
  redisPurged!: boolean;
  @ApiProperty({ type: RedisPurgeOutput, nullable: true }) redis!: RedisPurgeOutput | null;
}
