import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { staffActor, type StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import type { SetupCaller } from '../setup/restaurant-setup.service';
import {
  StaffAccountListOutput,
  StaffAccountOutput,
  StaffAccountWithPasswordOutput,
  StaffCreateInput,
  StaffPasswordInput,
  StaffPatchInput,
} from './staff-accounts.dto';
import { StaffAccountsService } from './staff-accounts.service';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const StaffIdPipe = uuidOrNotFound('staff_not_found', 'No such staff account in this restaurant');

const callerOf = (staff: StaffPrincipal): SetupCaller => ({
  restaurantId: staff.restaurantId,
  actor: staffActor(staff),
});

const ROUTE_WORDS =
  'Managers only (ops and viewers get 403 role_forbidden). Admin UI route: needs the staff ' +
  'session cookie, and X-CSRF-Token on writes.';

/**
 * Staff accounts of the signed-in manager's restaurant: list, add, change role, deactivate or
 * reactivate, reset a password. Every change is in the setup change log, without secrets.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@RequireRole('manager')
@Controller('admin/api/setup/staff')
export class AdminStaffAccountsController {
  constructor(private readonly accounts: StaffAccountsService) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListStaff',
    summary: 'Staff accounts of the restaurant (managers)',
    description: `The restaurant's staff accounts with role and active flag, by email. ${ROUTE_WORDS} Read-only; safe to retry.`,
  })
  @ApiOkResponse({ type: StaffAccountListOutput })
  @ApiProblems(401, 403)
  list(@Staff() staff: StaffPrincipal): Promise<StaffAccountListOutput> {
    return this.accounts.list(staff.restaurantId);
  }

  @Post()
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateStaff',
    summary: 'Add a staff account (managers)',
    description:
      'Adds an account with role manager, ops or viewer and an initial password; without one, ' +
      'a one-time password is generated and answered once (initialPassword). An email already ' +
      `in use answers 409 duplicate_staff_email. ${ROUTE_WORDS}`,
  })
  @ApiBody({
    type: StaffCreateInput,
    examples: {
      withPassword: {
        summary: 'An ops account with a password',
        value: { email: 'sam@bistro.example', role: 'ops', password: 'correct-horse-battery' },
      },
      oneTime: {
        summary: 'A viewer with a generated one-time password',
        value: { email: 'kim@bistro.example', role: 'viewer' },
      },
    },
  })
  @ApiCreatedResponse({ type: StaffAccountWithPasswordOutput })
  @ApiProblems(400, 401, 403, 409)
  create(
    @Staff() staff: StaffPrincipal,
    @Body() input: StaffCreateInput,
  ): Promise<StaffAccountWithPasswordOutput> {
    return this.accounts.create(callerOf(staff), input);
  }

  @Patch(':staffId')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminUpdateStaff',
    summary: 'Change a role, deactivate or reactivate an account (managers)',
    description:
      'Changes the role or active flag. Deactivating ends the account’s sessions at once. The ' +
      'last active manager cannot be demoted or deactivated (409 last_active_manager). Sending ' +
      `the same change twice leaves the same account. ${ROUTE_WORDS}`,
  })
  @ApiBody({
    type: StaffPatchInput,
    examples: {
      demote: { summary: 'Make an account read-only', value: { role: 'viewer' } },
      deactivate: { summary: 'Deactivate an account', value: { active: false } },
    },
  })
  @ApiOkResponse({ type: StaffAccountOutput })
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @Staff() staff: StaffPrincipal,
    @Param('staffId', StaffIdPipe) staffId: string,
    @Body() input: StaffPatchInput,
  ): Promise<StaffAccountOutput> {
    return this.accounts.update(callerOf(staff), staffId, input);
  }

  @Post(':staffId/password')
  @HttpCode(200)
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminResetStaffPassword',
    summary: 'Reset a staff account’s password (managers)',
    description:
      'Sets a new password, or generates a one-time one answered once (initialPassword); every ' +
      `session of the account ends. ${ROUTE_WORDS}`,
  })
  @ApiBody({
    type: StaffPasswordInput,
    examples: {
      generated: { summary: 'Generate a one-time password', value: {} },
      given: { summary: 'Set a password', value: { password: 'a-new-long-passphrase' } },
    },
  })
  @ApiOkResponse({ type: StaffAccountWithPasswordOutput })
  @ApiProblems(400, 401, 403, 404)
  resetPassword(
    @Staff() staff: StaffPrincipal,
    @Param('staffId', StaffIdPipe) staffId: string,
    @Body() input: StaffPasswordInput,
  ): Promise<StaffAccountWithPasswordOutput> {
    return this.accounts.resetPassword(callerOf(staff), staffId, input);
  }
}
