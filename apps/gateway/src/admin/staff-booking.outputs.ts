import { ApiProperty } from '@nestjs/swagger';
import type { GuestMatch } from '@tablekeeper/db';

export class GuestMatchOutput implements GuestMatch {
  @ApiProperty({ example: 'Ada Lovelace' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' }) readonly phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ada@example.com' }) readonly email!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly lastBookedAt!: string;
}
