import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  UseGuards,
} from '@nestjs/common';
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
import { ProblemException } from '../common/problem';
import { RestaurantContextOutput } from '../restaurants/restaurant-context.outputs';
import { RestaurantContextService } from '../restaurants/restaurant-context.service';
import { RestaurantSetupService, type SetupCaller } from '../setup/restaurant-setup.service';
import {
  BlockInput,
  ChangeLogQuery,
  ExceptionInput,
  HoursInput,
  PolicyInput,
  TableInput,
  TablePatchInput,
  ZoneInput,
  ZonePatchInput,
} from '../setup/setup.inputs';
import {
  BlockChangeOutput,
  BlockListOutput,
  BlockOutput,
  ExceptionChangeOutput,
  ExceptionListOutput,
  ExceptionOutput,
  HoursOutput,
  PolicyChangeOutput,
  PolicyOutput,
  SetupChangePageOutput,
  TableChangeOutput,
  TableListOutput,
  TableOutput,
  ZoneListOutput,
  ZoneOutput,
} from '../setup/setup.outputs';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const ZoneIdPipe = uuidOrNotFound('zone_not_found', 'No such zone in this restaurant');
const TableIdPipe = uuidOrNotFound('table_not_found', 'No such table in this restaurant');
const ExceptionIdPipe = uuidOrNotFound('exception_not_found', 'No such exception in this restaurant');
const BlockIdPipe = uuidOrNotFound('block_not_found', 'No such block in this restaurant');

const callerOf = (staff: StaffPrincipal): SetupCaller => ({
  restaurantId: staff.restaurantId,
  actor: staffActor(staff),
});

/**
 * The admin UI's Setup area: every member of staff reads the setup of their restaurant; only
 * managers change it (ops and viewers get 403 role_forbidden). Same service, rules and change log
 * as the public setup API.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api/setup')
export class AdminSetupController {
  constructor(
    private readonly setup: RestaurantSetupService,
    private readonly context: RestaurantContextService,
  ) {}

  @Get('restaurant')
  @ApiOperation({
    operationId: 'adminGetRestaurant',
    summary: 'The restaurant as agents see it: policy, contact, the coming weeks',
    description:
      'The restaurant as agents see it (getRestaurant): policy, contact and the coming weeks. ' +
      'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; ' +
      'safe to retry.',
  })
  @ApiOkResponse({ type: RestaurantContextOutput })
  @ApiProblems(401)
  async restaurant(@Staff() staff: StaffPrincipal): Promise<RestaurantContextOutput> {
    const found = await this.context.context(staff.restaurantId);
    if (!found) throw new ProblemException('restaurant_not_found', 'Your restaurant is gone');
    return found;
  }

  @Get('policy')
  @ApiOperation({
    operationId: 'adminGetPolicy',
    summary: 'Details and booking policy, every field',
    description:
      'The restaurant’s details and booking policy in the shape PATCH policy takes, every field ' +
      '(what the Setup area’s policy form edits). Admin UI route: needs the staff session cookie, ' +
      'and X-CSRF-Token on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: PolicyOutput })
  @ApiProblems(401)
  policy(@Staff() staff: StaffPrincipal): Promise<PolicyOutput> {
    return this.setup.policy(staff.restaurantId);
  }

  @Patch('policy')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminUpdatePolicy',
    summary: 'Change details and booking policy (managers)',
    description:
      'Changes the restaurant’s details and booking policy, only the fields given (manager role). ' +
      'One transaction with its change-log row. Admin UI route: needs the staff session cookie, ' +
      'and X-CSRF-Token on writes. Sending the same change twice leaves the same policy.',
  })
  @ApiBody({ type: PolicyInput })
  @ApiOkResponse({ type: PolicyChangeOutput })
  @ApiProblems(400, 401, 403, 422)
  updatePolicy(@Staff() staff: StaffPrincipal, @Body() input: PolicyInput): Promise<PolicyChangeOutput> {
    return this.setup.updatePolicy(callerOf(staff), input);
  }

  @Get('zones')
  @ApiOperation({
    operationId: 'adminListZones',
    summary: 'Zones',
    description:
      'The restaurant’s zones. Admin UI route: needs the staff session cookie, and X-CSRF-Token ' +
      'on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ZoneListOutput })
  @ApiProblems(401)
  zones(@Staff() staff: StaffPrincipal): Promise<ZoneListOutput> {
    return this.setup.zones(staff.restaurantId);
  }

  @Post('zones')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateZone',
    summary: 'Add a zone (managers)',
    description:
      'Adds a zone (manager role); a second zone of the same name answers 409 ' +
      'duplicate_zone_name. Admin UI route: needs the staff session cookie, and X-CSRF-Token on ' +
      'writes.',
  })
  @ApiBody({ type: ZoneInput })
  @ApiCreatedResponse({ type: ZoneOutput })
  @ApiProblems(400, 401, 403, 409)
  createZone(@Staff() staff: StaffPrincipal, @Body() input: ZoneInput): Promise<ZoneOutput> {
    return this.setup.createZone(callerOf(staff), input);
  }

  @Patch('zones/:zoneId')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminUpdateZone',
    summary: 'Rename or reorder a zone (managers)',
    description:
      'Renames or reorders a zone (manager role). Admin UI route: needs the staff session cookie, ' +
      'and X-CSRF-Token on writes. Sending the same change twice leaves the same zone.',
  })
  @ApiBody({ type: ZonePatchInput })
  @ApiOkResponse({ type: ZoneOutput })
  @ApiProblems(400, 401, 403, 404, 409)
  updateZone(
    @Staff() staff: StaffPrincipal,
    @Param('zoneId', ZoneIdPipe) zoneId: string,
    @Body() input: ZonePatchInput,
  ): Promise<ZoneOutput> {
    return this.setup.updateZone(callerOf(staff), zoneId, input);
  }

  @Delete('zones/:zoneId')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDeleteZone',
    summary: 'Delete an empty zone (managers)',
    description:
      'Deletes a zone without tables (manager role); 409 zone_has_tables otherwise. Admin UI ' +
      'route: needs the staff session cookie, and X-CSRF-Token on writes.',
  })
  @ApiOkResponse({ type: ZoneOutput })
  @ApiProblems(401, 403, 404, 409)
  deleteZone(
    @Staff() staff: StaffPrincipal,
    @Param('zoneId', ZoneIdPipe) zoneId: string,
  ): Promise<ZoneOutput> {
    return this.setup.deleteZone(callerOf(staff), zoneId);
  }

  @Get('tables')
  @ApiOperation({
    operationId: 'adminListTables',
    summary: 'Tables',
    description:
      'The restaurant’s tables with zone, covers, active flag and combinable neighbours. Admin UI ' +
      'route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to ' +
      'retry.',
  })
  @ApiOkResponse({ type: TableListOutput })
  @ApiProblems(401)
  tables(@Staff() staff: StaffPrincipal): Promise<TableListOutput> {
    return this.setup.tables(staff.restaurantId);
  }

  @Post('tables')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateTable',
    summary: 'Add a table (managers)',
    description:
      'Adds a table (manager role); a duplicate label answers 409 duplicate_table_label. Admin UI ' +
      'route: needs the staff session cookie, and X-CSRF-Token on writes.',
  })
  @ApiBody({ type: TableInput })
  @ApiCreatedResponse({ type: TableOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  createTable(@Staff() staff: StaffPrincipal, @Body() input: TableInput): Promise<TableOutput> {
    return this.setup.createTable(callerOf(staff), input);
  }

  @Patch('tables/:tableId')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminUpdateTable',
    summary: 'Change, combine or deactivate a table (managers)',
    description:
      'Changes, combines or deactivates a table (manager role); bookings that no longer fit are ' +
      'listed. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. ' +
      'Sending the same change twice leaves the same table.',
  })
  @ApiBody({ type: TablePatchInput })
  @ApiOkResponse({ type: TableChangeOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  updateTable(
    @Staff() staff: StaffPrincipal,
    @Param('tableId', TableIdPipe) tableId: string,
    @Body() input: TablePatchInput,
  ): Promise<TableChangeOutput> {
    return this.setup.updateTable(callerOf(staff), tableId, input);
  }

  @Delete('tables/:tableId')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDeleteTable',
    summary: 'Delete a table no booking used (managers)',
    description:
      'Deletes a table no booking used (manager role); deactivate it instead when bookings name ' +
      'it (409). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.',
  })
  @ApiOkResponse({ type: TableOutput })
  @ApiProblems(401, 403, 404, 409)
  deleteTable(
    @Staff() staff: StaffPrincipal,
    @Param('tableId', TableIdPipe) tableId: string,
  ): Promise<TableOutput> {
    return this.setup.deleteTable(callerOf(staff), tableId);
  }

  @Get('hours')
  @ApiOperation({
    operationId: 'adminGetHours',
    summary: 'Weekly hours and pacing',
    description:
      'Weekly service periods and pacing rules. Admin UI route: needs the staff session cookie, ' +
      'and X-CSRF-Token on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: HoursOutput })
  @ApiProblems(401)
  async hours(@Staff() staff: StaffPrincipal): Promise<HoursOutput> {
    return { ...(await this.setup.hours(staff.restaurantId)), affectedBookings: [] };
  }

  @Put('hours')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminReplaceHours',
    summary: 'Replace weekly hours and pacing (managers)',
    description:
      'Replaces the weekly hours and pacing (manager role); bookings they no longer cover are ' +
      'listed, never cancelled. Admin UI route: needs the staff session cookie, and X-CSRF-Token ' +
      'on writes. Replacing twice with the same hours leaves the same hours.',
  })
  @ApiBody({ type: HoursInput })
  @ApiOkResponse({ type: HoursOutput })
  @ApiProblems(400, 401, 403, 422)
  replaceHours(@Staff() staff: StaffPrincipal, @Body() input: HoursInput): Promise<HoursOutput> {
    return this.setup.replaceHours(callerOf(staff), input);
  }

  @Get('exceptions')
  @ApiOperation({
    operationId: 'adminListExceptions',
    summary: 'Closed dates and special hours from today on',
    description:
      'Closed dates and special hours from today on. Admin UI route: needs the staff session ' +
      'cookie, and X-CSRF-Token on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ExceptionListOutput })
  @ApiProblems(401)
  exceptions(@Staff() staff: StaffPrincipal): Promise<ExceptionListOutput> {
    return this.setup.exceptions(staff.restaurantId);
  }

  @Post('exceptions')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateException',
    summary: 'Close a date or give it special hours (managers)',
    description:
      'Closes a date or gives it special hours (manager role); overlapping exceptions answer 409 ' +
      'overlapping_exception. Admin UI route: needs the staff session cookie, and X-CSRF-Token on ' +
      'writes.',
  })
  @ApiBody({ type: ExceptionInput })
  @ApiCreatedResponse({ type: ExceptionChangeOutput })
  @ApiProblems(400, 401, 403, 409, 422)
  createException(
    @Staff() staff: StaffPrincipal,
    @Body() input: ExceptionInput,
  ): Promise<ExceptionChangeOutput> {
    return this.setup.createException(callerOf(staff), input);
  }

  @Delete('exceptions/:exceptionId')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDeleteException',
    summary: 'Remove an exception (managers)',
    description:
      'Removes an exception (manager role): the weekday hours apply again. Admin UI route: needs ' +
      'the staff session cookie, and X-CSRF-Token on writes.',
  })
  @ApiOkResponse({ type: ExceptionOutput })
  @ApiProblems(401, 403, 404)
  deleteException(
    @Staff() staff: StaffPrincipal,
    @Param('exceptionId', ExceptionIdPipe) exceptionId: string,
  ): Promise<ExceptionOutput> {
    return this.setup.deleteException(callerOf(staff), exceptionId);
  }

  @Get('blocks')
  @ApiOperation({
    operationId: 'adminListBlocks',
    summary: 'Table and zone blocks not over yet',
    description:
      'Table and zone blocks not over yet. Admin UI route: needs the staff session cookie, and ' +
      'X-CSRF-Token on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: BlockListOutput })
  @ApiProblems(401)
  blocks(@Staff() staff: StaffPrincipal): Promise<BlockListOutput> {
    return this.setup.blocks(staff.restaurantId);
  }

  @Post('blocks')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateBlock',
    summary: 'Block a table or zone for a time (managers)',
    description:
      'Takes a table or zone out of service for a time (manager role); bookings there are listed, ' +
      'never dropped. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.',
  })
  @ApiBody({ type: BlockInput })
  @ApiCreatedResponse({ type: BlockChangeOutput })
  @ApiProblems(400, 401, 403, 404, 422)
  createBlock(@Staff() staff: StaffPrincipal, @Body() input: BlockInput): Promise<BlockChangeOutput> {
    return this.setup.createBlock(callerOf(staff), input);
  }

  @Delete('blocks/:blockId')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDeleteBlock',
    summary: 'End a block (managers)',
    description:
      'Ends a block (manager role): its tables are offered again. Admin UI route: needs the staff ' +
      'session cookie, and X-CSRF-Token on writes.',
  })
  @ApiOkResponse({ type: BlockOutput })
  @ApiProblems(401, 403, 404)
  deleteBlock(
    @Staff() staff: StaffPrincipal,
    @Param('blockId', BlockIdPipe) blockId: string,
  ): Promise<BlockOutput> {
    return this.setup.deleteBlock(callerOf(staff), blockId);
  }

  @Get('changes')
  @ApiOperation({
    operationId: 'adminListSetupChanges',
    summary: 'The setup change log, newest first',
    description:
      'The setup change log, newest first, paged with nextCursor. Admin UI route: needs the staff ' +
      'session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: SetupChangePageOutput })
  @ApiProblems(400, 401)
  changes(@Staff() staff: StaffPrincipal, @Query() query: ChangeLogQuery): Promise<SetupChangePageOutput> {
    return this.setup.changeLog(staff.restaurantId, query);
  }
}
