import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '@tablekeeper/auth';
import { MIN_PASSWORD_LENGTH } from '@tablekeeper/db';
import { Omittable } from '../common/omittable.decorator';

const ROLE_WORDS = 'manager: setup and staff; ops: service (reviews, cancel, check in); viewer: read only';

export class StaffCreateInput {
  @ApiProperty({ example: 'sam@bistro.example', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'ops', description: ROLE_WORDS })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role!: StaffRole;

  @ApiPropertyOptional({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: 200,
    description:
      'The initial password; left out, a one-time password is generated and answered once as ' +
      'initialPassword, for the manager to hand over',
  })
  @Omittable()
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 200, {
    message: `password must be ${MIN_PASSWORD_LENGTH} to 200 characters`,
  })
  password?: string;
}

export class StaffPatchInput {
  @ApiPropertyOptional({ enum: STAFF_ROLES, example: 'viewer', description: ROLE_WORDS })
  @Omittable()
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role?: StaffRole;

  @ApiPropertyOptional({
    example: false,
    description: 'false deactivates the account and ends its sessions at once; true reactivates it',
  })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class StaffPasswordInput {
  @ApiPropertyOptional({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: 200,
    description: 'The new password; left out, a one-time password is generated and answered once',
  })
  @Omittable()
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 200, {
    message: `password must be ${MIN_PASSWORD_LENGTH} to 200 characters`,
  })
  password?: string;
}

export class StaffAccountOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'sam@bistro.example' }) email!: string;
  @ApiProperty({ enum: STAFF_ROLES, example: 'ops' }) role!: StaffRole;
  @ApiProperty({ example: true, description: 'false: deactivated, cannot sign in' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class StaffAccountListOutput {
  @ApiProperty({ type: [StaffAccountOutput] }) data!: StaffAccountOutput[];
}

/** A created account or reset password; initialPassword only when the server generated it. */
export class StaffAccountWithPasswordOutput extends StaffAccountOutput {
  @ApiPropertyOptional({
    example: 'q7Xb-2mPa-Kd4w-Zr9e',
    description: 'The generated one-time password, shown this once and never stored in clear',
  })
  initialPassword?: string;
}
