import { ApiProperty } from '@nestjs/swagger';
import type { WaitlistEntrySnapshot } from '@tablekeeper/db';
import { WaitlistEntryOutput } from '../waitlist/waitlist.outputs';

export class AdminWaitlistGuestOutput {
  @ApiProperty({ example: 'Ada Lovelace' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' }) readonly phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ada@example.com' }) readonly email!: string | null;
}

/** A waitlist entry as staff see it: the public entry with the guest, notes and the walk-in quote. */
export class AdminWaitlistEntryOutput extends WaitlistEntryOutput {
  @ApiProperty({ type: AdminWaitlistGuestOutput }) readonly guest!: AdminWaitlistGuestOutput;
  @ApiProperty({ type: String, nullable: true, example: 'High chair, please' })
  readonly notes!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'A walk-in’s quoted seat time; null for a wish',
  })
  readonly quotedAt!: string | null;

  static fromEntry(entry: WaitlistEntrySnapshot): AdminWaitlistEntryOutput {
    return {
      ...WaitlistEntryOutput.from(entry),
      guest: { name: entry.guest.name, phone: entry.guest.phone, email: entry.guest.email },
      notes: entry.notes,
      quotedAt: entry.quotedAt,
    };
  }
}

export class AdminWaitlistPageOutput {
  @ApiProperty({ type: [AdminWaitlistEntryOutput] }) readonly items!: readonly AdminWaitlistEntryOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
}
