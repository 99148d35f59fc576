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
import { SETUP_DOCUMENT_EXAMPLE } from './setup.examples';

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
  @ApiBody({
    type: SetupDocumentInput,
    examples: {
      bistro: { summary: 'A bistro with lunch and dinner, two zones', value: SETUP_DOCUMENT_EXAMPLE },
    },
  })
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
  @ApiOperation({
    operationId: 'listExceptions',
    summary: 'Closed dates and special hours from today on',
    description:
      'Closed dates and special hours from today on, as createException wrote them. Availability and ' +
      'bookings already follow them; read them to show a guest why a day is closed. Read-only; safe to retry.',
  })
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
    operationId: 'createException',
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
  @ApiOperation({
    operationId: 'deleteException',
    summary: 'Remove an exception: the weekday hours apply again',
    description:
      'Removes an exception: the weekday hours apply again on those dates (setup:write scope). ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first ' +
      'answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'getHours',
    summary: 'Weekly service periods and pacing rules',
    description:
      'Weekly service periods (opens, closes, last seating) and pacing rules. Read-only; safe to ' + 'retry.',
  })
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
    operationId: 'replaceHours',
    summary: 'Replace the weekly hours (and pacing, when given); bookings they no longer cover are listed',
    description:
      'Replaces the weekly hours, and pacing when given (setup:write scope); live bookings they ' +
      'no longer cover are listed in the answer, never cancelled. Idempotent: send an ' +
      'Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
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
  @ApiOperation({
    operationId: 'listZones',
    summary: 'Zones (the seating preferences a guest may ask for)',
    description:
      'Zones of the restaurant in display order: the names a booking’s `seatingPreference` may ask for ' +
      'and availability reports per slot. Read-only; safe to retry.',
  })
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
  @ApiOperation({
    operationId: 'createZone',
    summary: 'Add a zone',
    description:
      'Adds a zone (setup:write scope); a duplicate name answers 409 duplicate_zone_name. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first ' +
      'answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'updateZone',
    summary: 'Rename or reorder a zone',
    description:
      'Renames or reorders a zone (setup:write scope). Idempotent: send an Idempotency-Key; a ' +
      'retry with the same key and body answers the first answer again (Idempotent-Replayed: ' +
      'true), the same key with another body answers 422 idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'deleteZone',
    summary: 'Delete an empty zone',
    description:
      'Deletes a zone without tables (setup:write scope); 409 zone_has_tables otherwise. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first ' +
      'answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'listTables',
    summary: 'Tables with their zone, covers, active flag and combinable neighbours',
    description:
      'Tables with their zone, covers, active flag and combinable neighbours. Read-only; safe to ' + 'retry.',
  })
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
  @ApiOperation({
    operationId: 'createTable',
    summary: 'Add a table; the very next booking may be seated at it',
    description:
      'Adds a table (setup:write scope); the very next booking may be seated at it. Idempotent: ' +
      'send an Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
    operationId: 'updateTable',
    summary: 'Change a table (deactivate with active=false); bookings that no longer fit it are listed',
    description:
      'Changes a table, or deactivates it with active=false (setup:write scope); bookings that no ' +
      'longer fit it are listed. Idempotent: send an Idempotency-Key; a retry with the same key ' +
      'and body answers the first answer again (Idempotent-Replayed: true), the same key with ' +
      'another body answers 422 idempotency_key_reused.',
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
  @ApiOperation({
    operationId: 'deleteTable',
    summary: 'Delete a table no booking used; one future bookings hold answers 409 with them',
    description:
      'Deletes a table no booking used (setup:write scope); while future bookings hold it the ' +
      'answer is 409 table_has_future_bookings with them: deactivate it instead. Idempotent: send ' +
      'an Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'listBlocks',
    summary: 'Table and zone blocks not over yet',
    description:
      'Table and zone blocks not over yet: tables taken out of service for a while (unlike a closed date, ' +
      'which closes the whole restaurant). Availability already leaves them out. Read-only; safe to retry.',
  })
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
    operationId: 'createBlock',
    summary: 'Take a table or zone out of service for a time; bookings there are listed, never dropped',
    description:
      'Takes a table or zone out of service for a time (setup:write scope); bookings there are ' +
      'listed, never dropped. Idempotent: send an Idempotency-Key; a retry with the same key and ' +
      'body answers the first answer again (Idempotent-Replayed: true), the same key with another ' +
      'body answers 422 idempotency_key_reused.',
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
  @ApiOperation({
    operationId: 'deleteBlock',
    summary: 'End a block: its tables are offered again',
    description:
      'Ends a block: its tables are offered again (setup:write scope). Idempotent: send an ' +
      'Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'updatePolicy',
    summary: 'Change the restaurant’s details and booking policy (only the fields given)',
    description:
      'Changes the restaurant’s details and booking policy, only the fields given (setup:write ' +
      'scope); agents see it at once in getRestaurant. Idempotent: send an Idempotency-Key; a ' +
      'retry with the same key and body answers the first answer again (Idempotent-Replayed: ' +
      'true), the same key with another body answers 422 idempotency_key_reused.',
  })
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
    operationId: 'listSetupChanges',
    summary: 'The change log of the setup: who changed what, when, before and after; newest first',
    description:
      'The setup change log: who changed what, when, with before and after, newest first (admin ' +
      'scope). Read-only; safe to retry.',
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
