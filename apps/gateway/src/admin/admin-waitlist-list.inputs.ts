import { ApiPropertyOptional } from '@nestjs/swagger';
import { WAITLIST_KINDS, WAITLIST_STATUSES, type WaitlistKind } from '@tablekeeper/domain';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { Omittable } from '../common/omittable.decorator';
import { PageQuery } from './admin.inputs';

const STATUS_LIST = new RegExp(`^(${WAITLIST_STATUSES.join('|')})(,(${WAITLIST_STATUSES.join('|')}))*$`);

/** The admin waitlist's filter: the staff member's restaurant, one kind, some statuses. */
export class AdminWaitlistQuery extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The signed-in staff member’s restaurant (the default); any other answers 404',
  })
  @Omittable()
  @IsUUID('all', { message: 'restaurantId must be a restaurant id' })
  restaurantId?: string;

  @ApiPropertyOptional({ enum: WAITLIST_KINDS, description: 'walk_in (the queue at the door) or wish' })
  @Omittable()
  @IsIn(WAITLIST_KINDS, { message: `kind must be one of: ${WAITLIST_KINDS.join(', ')}` })
  kind?: WaitlistKind;

  @ApiPropertyOptional({
    example: 'waiting,offered',
    description: `Comma-separated statuses (${WAITLIST_STATUSES.join(', ')}); default the open ones, waiting and offered`,
  })
  @Omittable()
  @Matches(STATUS_LIST, {
    message: `status must be a comma-separated list of: ${WAITLIST_STATUSES.join(', ')}`,
  })
  status?: string;
}
