import { ApiProperty } from '@nestjs/swagger';
import type { WaitlistEntrySnapshot } from '@tablekeeper/db';
import { WaitEstimateOutput } from '../waitlist/wait-estimate.dto';
import { WaitlistEntryOutput } from '../waitlist/waitlist.outputs';

export class AdminWaitlistGuestOutput {
  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' })
  phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  email!: string | null;
}

/** An entry as staff see it: the public fields, the guest's contact, notes, the quote. */
export class AdminWaitlistEntryOutput extends WaitlistEntryOutput {
  @ApiProperty({ type: AdminWaitlistGuestOutput })
  guest!: AdminWaitlistGuestOutput;
  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'A walk-in’s quoted seat time (null for a wish, or a walk-in no single table seats)',
  })
  quotedAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When staff last notified the guest (waitlist.notified)',
  })
  notifiedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'How many times staff notified the guest' })
  notifications!: number;

  static fromEntry(entry: WaitlistEntrySnapshot): AdminWaitlistEntryOutput {
    return {
      ...WaitlistEntryOutput.from(entry),
      guest: { name: entry.guest.name, phone: entry.guest.phone, email: entry.guest.email },
      notes: entry.notes,
      quotedAt: entry.quotedAt,
      notifiedAt: entry.notifiedAt,
      notifications: entry.notifications,
    };
  }
}

export class AdminWaitlistPageOutput {
  @ApiProperty({ type: [AdminWaitlistEntryOutput], description: 'First come first (fair order)' })
  items!: AdminWaitlistEntryOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

/** A walk-in just added: the entry, and the estimate its quotedAt came from. */
export class AdminWalkInEntryOutput extends AdminWaitlistEntryOutput {
  @ApiProperty({ type: WaitEstimateOutput, description: 'The quote when the party joined' })
  estimate!: WaitEstimateOutput;
}
