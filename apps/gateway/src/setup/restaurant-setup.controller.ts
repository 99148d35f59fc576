import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { RestaurantIdPipe, uuidOrNotFound } from '../common/id.pipes';
import { Idempotent } from '../common/idempotency.interceptor';
import { RestaurantSetupService, type SetupCaller } from './restaurant-setup.service';
import { ApiSetupCaller } from './setup-caller';
import { SetupDocumentInput } from './setup-document.inputs';
import { SetupDocumentService } from './setup-document.service';
import type { SetupDocument } from './setup-document';
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
} from './setup.inputs';
import {
  BlockChangeOutput,
  BlockListOutput,
  BlockOutput,
  ExceptionChangeOutput,
  ExceptionListOutput,
  ExceptionOutput,
  HoursOutput,
  PolicyChangeOutput,
  SetupChangePageOutput,
  SetupImportOutput,
  TableChangeOutput,
  TableListOutput,
  TableOutput,
  ZoneListOutput,
  ZoneOutput,
} from './setup.outputs';

const ZoneIdPipe = uuidOrNotFound('zone_not_found', 'No such zone in this restaurant');
const TableIdPipe = uuidOrNotFound('table_not_found', 'No such table in this restaurant');
const ExceptionIdPipe = uuidOrNotFound('exception_not_found', 'No such exception in this restaurant');
const BlockIdPipe = uuidOrNotFound('block_not_found', 'No such block in this restaurant');

/**
 * A restaurant's setup through the public API: any key of the restaurant reads it, a key with
 * the `admin` scope changes it. Every change is one transaction with its change-log row, and the
 * next availability answer and hold on every gateway use it.
 */
@ApiTags('restaurant setup')
@ApiBearerAuth()
@Controller('v1/restaurants/:id')
export class RestaurantSetupController {
  constructor(
    private readonly setup: RestaurantSetupService,
    private readonly documents: SetupDocumentService,
  ) {}

  // ---- the whole setup as one document ----

  @Get('setup')
  @RequireScope('admin')
  @ApiOperation({
    operationId: 'exportRestaurantSetup',
    summary: 'The whole setup as one document (import it back with PUT, or with the CLI)',
    description:
      'Restaurant details, policy, zones, tables with their combinations, weekly hours and pacing, and exceptions from today on, as a `SetupDocumentInput`; table blocks are day-to-day operations and not part of it. Safe and idempotent.',
  })
  @ApiOkResponse({ type: SetupDocumentInput })
  @ApiProblems(401, 403, 404, 429)
  exportSetup(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<SetupDocument> {
    return this.documents.exportSetup(by.restaurantId);
  }

  @Put('setup')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    operationId: 'importRestaurantSetup',
    summary: 'Replace the whole setup by a document, all or nothing',
    description:
      'Validated as a whole: every field error (400 validation_failed) or inconsistency (422 invalid_setup, e.g. a table in an unknown zone, a combination with an unknown label, overlapping periods or exceptions; `errors[].field` is the path such as `tables[3].zone`) is answered at once, and a refused document writes nothing. Tables the document leaves out are deactivated, empty zones it leaves out are deleted, exceptions from today on are replaced; bookings the new setup leaves without a table or time are listed, never touched. `restaurant.slug` must be this restaurant’s (422 slug_mismatch). Importing the same document twice leaves the same setup.',
  })
  @ApiBody({ type: SetupDocumentInput })
  @ApiOkResponse({ type: SetupImportOutput })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  importSetup(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: SetupDocumentInput,
  ): Promise<SetupImportOutput> {
    return this.documents.importSetup(by, input);
  }

  // ---- exceptions (closed dates, special hours) ----

  @Get('exceptions')
  @ApiOperation({ summary: 'Closed dates and special hours from today on' })
  @ApiOkResponse({ type: ExceptionListOutput })
  @ApiProblems(401, 404, 429)
  exceptions(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<ExceptionListOutput> {
    return this.setup.exceptions(by.restaurantId);
  }

  @Post('exceptions')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Close a date (or range) or give it special hours',
    description:
      '`{"date": "2026-12-25", "closed": true, "reason": "Christmas"}`, or `{"startsOn", "endsOn", "closed": false, "periods": [{"name", "opens", "closes", "lastSeating"}]}`. Live bookings on those dates are listed in `affectedBookings`, never cancelled.',
  })
  @ApiBody({
    type: ExceptionInput,
    examples: {
      closed: { value: { date: '2026-12-25', closed: true, reason: 'Christmas' } },
      special: {
        value: {
          startsOn: '2026-12-31',
          endsOn: '2026-12-31',
          closed: false,
          reason: "New Year's Eve",
          periods: [{ name: 'Gala dinner', opens: '19:00', closes: '24:00', lastSeating: '21:00' }],
        },
      },
    },
  })
  @ApiCreatedResponse({ type: ExceptionChangeOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  createException(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: ExceptionInput,
  ): Promise<ExceptionChangeOutput> {
    return this.setup.createException(by, input);
  }

  @Delete('exceptions/:exceptionId')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Remove an exception: the weekday hours apply again' })
  @ApiOkResponse({ type: ExceptionOutput })
  @ApiProblems(401, 403, 404, 429)
  deleteException(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('exceptionId', ExceptionIdPipe) exceptionId: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<ExceptionOutput> {
    return this.setup.deleteException(by, exceptionId);
  }

  // ---- weekly hours and pacing ----

  @Get('hours')
  @ApiOperation({ summary: 'Weekly service periods and pacing rules' })
  @ApiOkResponse({ type: HoursOutput })
  @ApiProblems(401, 404, 429)
  async hours(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<HoursOutput> {
    return { ...(await this.setup.hours(by.restaurantId)), affectedBookings: [] };
  }

  @Put('hours')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Replace the weekly hours (and pacing, when given); bookings they no longer cover are listed',
  })
  @ApiOkResponse({ type: HoursOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  replaceHours(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: HoursInput,
  ): Promise<HoursOutput> {
    return this.setup.replaceHours(by, input);
  }

  // ---- zones ----

  @Get('zones')
  @ApiOperation({ summary: 'Zones (the seating preferences a guest may ask for)' })
  @ApiOkResponse({ type: ZoneListOutput })
  @ApiProblems(401, 404, 429)
  zones(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<ZoneListOutput> {
    return this.setup.zones(by.restaurantId);
  }

  @Post('zones')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Add a zone' })
  @ApiCreatedResponse({ type: ZoneOutput })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  createZone(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: ZoneInput,
  ): Promise<ZoneOutput> {
    return this.setup.createZone(by, input);
  }

  @Patch('zones/:zoneId')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Rename or reorder a zone' })
  @ApiOkResponse({ type: ZoneOutput })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  updateZone(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('zoneId', ZoneIdPipe) zoneId: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: ZonePatchInput,
  ): Promise<ZoneOutput> {
    return this.setup.updateZone(by, zoneId, input);
  }

  @Delete('zones/:zoneId')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Delete an empty zone' })
  @ApiOkResponse({ type: ZoneOutput })
  @ApiProblems(401, 403, 404, 409, 429)
  deleteZone(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('zoneId', ZoneIdPipe) zoneId: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<ZoneOutput> {
    return this.setup.deleteZone(by, zoneId);
  }

  // ---- tables ----

  @Get('tables')
  @ApiOperation({ summary: 'Tables with their zone, covers, active flag and combinable neighbours' })
  @ApiOkResponse({ type: TableListOutput })
  @ApiProblems(401, 404, 429)
  tables(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<TableListOutput> {
    return this.setup.tables(by.restaurantId);
  }

  @Post('tables')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Add a table; the very next booking may be seated at it' })
  @ApiCreatedResponse({ type: TableOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  createTable(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: TableInput,
  ): Promise<TableOutput> {
    return this.setup.createTable(by, input);
  }

  @Patch('tables/:tableId')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Change a table (deactivate with active=false); bookings that no longer fit it are listed',
  })
  @ApiOkResponse({ type: TableChangeOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  updateTable(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('tableId', TableIdPipe) tableId: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: TablePatchInput,
  ): Promise<TableChangeOutput> {
    return this.setup.updateTable(by, tableId, input);
  }

  @Delete('tables/:tableId')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Delete a table no booking used; one future bookings hold answers 409 with them' })
  @ApiOkResponse({ type: TableOutput })
  @ApiProblems(401, 403, 404, 409, 429)
  deleteTable(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('tableId', TableIdPipe) tableId: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<TableOutput> {
    return this.setup.deleteTable(by, tableId);
  }

  // ---- table blocks ----

  @Get('blocks')
  @ApiOperation({ summary: 'Table and zone blocks not over yet' })
  @ApiOkResponse({ type: BlockListOutput })
  @ApiProblems(401, 404, 429)
  blocks(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<BlockListOutput> {
    return this.setup.blocks(by.restaurantId);
  }

  @Post('blocks')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Take a table or zone out of service for a time; bookings there are listed, never dropped',
  })
  @ApiCreatedResponse({ type: BlockChangeOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  createBlock(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: BlockInput,
  ): Promise<BlockChangeOutput> {
    return this.setup.createBlock(by, input);
  }

  @Delete('blocks/:blockId')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'End a block: its tables are offered again' })
  @ApiOkResponse({ type: BlockOutput })
  @ApiProblems(401, 403, 404, 429)
  deleteBlock(
    @Param('id', RestaurantIdPipe) _id: string,
    @Param('blockId', BlockIdPipe) blockId: string,
    @ApiSetupCaller() by: SetupCaller,
  ): Promise<BlockOutput> {
    return this.setup.deleteBlock(by, blockId);
  }

  // ---- details and policy ----

  @Patch('policy')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Change the restaurant’s details and booking policy (only the fields given)' })
  @ApiOkResponse({ type: PolicyChangeOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  updatePolicy(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Body() input: PolicyInput,
  ): Promise<PolicyChangeOutput> {
    return this.setup.updatePolicy(by, input);
  }

  @Get('setup-changes')
  @RequireScope('admin')
  @ApiOperation({
    summary: 'The change log of the setup: who changed what, when, before and after; newest first',
  })
  @ApiOkResponse({ type: SetupChangePageOutput })
  @ApiProblems(400, 401, 403, 404, 429)
  changeLog(
    @Param('id', RestaurantIdPipe) _id: string,
    @ApiSetupCaller() by: SetupCaller,
    @Query() query: ChangeLogQuery,
  ): Promise<SetupChangePageOutput> {
    return this.setup.changeLog(by.restaurantId, query);
  }
}
