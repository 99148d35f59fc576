import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@tablekeeper/domain';
import { PacingOutput, PeriodOutput, WeeklyPeriodOutput } from '../setup/setup.outputs';

export class ContactOutput {
  @ApiProperty({ type: String, nullable: true, example: '+442079460000' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'hello@demo-bistro.example' }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1 Market Street, London' }) address!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://demo-bistro.example' }) website!:
    string | null;
}

export class PartySizeOutput {
  @ApiProperty({ type: 'integer', example: 1 }) min!: number;
  @ApiProperty({ type: 'integer', example: 20, description: 'The largest party accepted' }) max!: number;
}

export class ManualReviewOutput {
  @ApiProperty({
    type: 'integer',
    example: 8,
    description: 'Parties larger than this are not confirmed at once: staff review them',
  })
  partiesLargerThan!: number;
  @ApiProperty({
    type: 'integer',
    example: 86400,
    description: 'An undecided review is rejected after this long (or at the start, if sooner)',
  })
  decisionWithinSeconds!: number;
}

export class BookingTimesOutput {
  @ApiProperty({ type: 'integer', example: 90, description: 'Bookings open this many days ahead' })
  windowDays!: number;
  @ApiProperty({ format: 'date-time', description: 'No booking may start at or after this instant' })
  bookableUntil!: string;
  @ApiProperty({
    type: 'integer',
    example: 15,
    description: 'A booking must start at least this many minutes from now',
  })
  minNoticeMinutes!: number;
  @ApiProperty({
    type: 'integer',
    example: 15,
    description: 'Start times lie on this grid from local midnight',
  })
  startTimeGridMinutes!: number;
  @ApiProperty({ example: false, description: 'true: starts off the grid are taken too' })
  offGridStartsAllowed!: boolean;
  @ApiProperty({ example: true, description: 'A booking must end by the close of its service period' })
  mustEndByClose!: boolean;
}

export class DurationRuleOutput {
  @ApiProperty({ type: 'integer', example: 2 }) maxPartySize!: number;
  @ApiProperty({ type: 'integer', example: 5400 }) durationSeconds!: number;
}

export class DurationsOutput {
  @ApiProperty({ type: 'integer', example: 5400 }) defaultSeconds!: number;
  @ApiProperty({
    type: [DurationRuleOutput],
    description: 'The first rule whose maxPartySize covers the party',
  })
  byPartySize!: DurationRuleOutput[];
}

export class CancellationOutput {
  @ApiProperty({
    type: 'integer',
    example: 120,
    description: 'Guests may cancel until this many minutes before the start (0: until the start)',
  })
  cutoffMinutes!: number;
  @ApiProperty({ type: String, nullable: true, example: 'Free cancellation up to 2 hours before.' })
  policy!: string | null;
}

export class ArrivalOutput {
  @ApiProperty({
    type: 'integer',
    example: 900,
    description: 'A guest not checked in this long after the start is marked a no-show',
  })
  noShowAfterSeconds!: number;
  @ApiProperty({
    type: 'integer',
    isArray: true,
    example: [86400, 7200],
    description: 'Reminders go out this many seconds before the start',
  })
  reminderLeadSeconds!: number[];
}

export class CalendarDayOutput {
  @ApiProperty({ example: '2026-12-25', description: 'Local date in the restaurant’s timezone' })
  date!: string;
  @ApiProperty({ type: 'integer', example: 5, description: 'ISO weekday, 1 = Monday' }) weekday!: number;
  @ApiProperty({ example: false }) closed!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Christmas',
    description: 'Why it differs from the week',
  })
  exception!: string | null;
  @ApiProperty({ type: [PeriodOutput], description: 'Service periods of the day (empty when closed)' })
  periods!: PeriodOutput[];
}

/** What an agent needs to talk to a guest about a restaurant without guessing. */
export class RestaurantContextOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'demo-bistro' }) slug!: string;
  @ApiProperty({ example: 'Demo Bistro' }) name!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
  @ApiProperty({ type: ContactOutput }) contact!: ContactOutput;
  @ApiProperty({ enum: CHANNELS, isArray: true }) bookingChannels!: Channel[];
  @ApiProperty({ type: PartySizeOutput }) partySize!: PartySizeOutput;
  @ApiProperty({ type: ManualReviewOutput }) manualReview!: ManualReviewOutput;
  @ApiProperty({ type: BookingTimesOutput }) booking!: BookingTimesOutput;
  @ApiProperty({ type: 'integer', example: 300, description: 'How long POST /v1/holds keeps a table' })
  holdTtlSeconds!: number;
  @ApiProperty({ type: DurationsOutput }) durations!: DurationsOutput;
  @ApiProperty({ type: CancellationOutput }) cancellation!: CancellationOutput;
  @ApiProperty({ type: ArrivalOutput }) arrival!: ArrivalOutput;
  @ApiProperty({
    type: [PacingOutput],
    description: 'How many covers and parties may start per interval (a full interval offers other times)',
  })
  pacing!: PacingOutput[];
  @ApiProperty({
    type: [String],
    example: ['Main room', 'Terrace', 'Window'],
    description: 'Zones a guest may ask for (seatingPreference)',
  })
  seatingPreferences!: string[];
  @ApiProperty({ type: [WeeklyPeriodOutput], description: 'The usual week' })
  weeklyHours!: WeeklyPeriodOutput[];
  @ApiProperty({
    type: [CalendarDayOutput],
    description: 'The coming weeks day by day (from today, local), closures and special hours applied',
  })
  calendar!: CalendarDayOutput[];
}

export class RestaurantContextListOutput {
  @ApiProperty({ type: [RestaurantContextOutput] }) data!: RestaurantContextOutput[];
}
