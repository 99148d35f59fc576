import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
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
import type { FastifyRequest } from 'fastify';
import type { StaffPrincipal } from '@tablekeeper/auth';
import type { AppConfig } from '@tablekeeper/config';
import { RestaurantRepository } from '@tablekeeper/db';
import {
  AdminCreateWidgetKeyInput,
  AdminWidgetKeyPageOutput,
  ApiKeyOutput,
  CreatedApiKeyOutput,
  ListApiKeysQuery,
} from '../api-keys/api-key.dto';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApiKeyIdPipe } from '../common/id.pipes';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const SESSION_NOTE = 'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.';

/**
 * The admin UI's Setup → Website widget screen: every member of staff sees the restaurant's
 * publishable keys (tk_pub_…); only managers create and revoke them (ops and viewers get 403
 * role_forbidden). The same service and rules as /v1/api-keys/publishable, within the signed-in
 * staff member's restaurant, and never reaching a secret key.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api/setup/widget-keys')
export class AdminWidgetKeysController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly restaurants: RestaurantRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListWidgetKeys',
    summary: "The restaurant's publishable keys, newest first",
    description: `The restaurant's publishable keys (never the keys themselves; secret keys are not listed), newest first, paged with nextCursor, and what the embed snippet needs besides the key (the script's URL, the restaurant's slug). ${SESSION_NOTE} Read-only; safe to retry.`,
  })
  @ApiOkResponse({ type: AdminWidgetKeyPageOutput })
  @ApiProblems(400, 401, 404)
  async list(
    @Staff() staff: StaffPrincipal,
    @Query() query: ListApiKeysQuery,
    @Req() request: FastifyRequest,
  ): Promise<AdminWidgetKeyPageOutput> {
    const [page, [restaurant]] = await Promise.all([
      this.apiKeys.list([staff.restaurantId], query, 'publishable'),
      this.restaurants.listForTenant([staff.restaurantId]),
    ]);
    if (!restaurant) throw new ProblemException('restaurant_not_found', 'No such restaurant');
    // The script's address as a site must write it: the public URL behind a proxy, else ours.
    const base = this.config.widget.publicUrl ?? `${request.protocol}://${request.host}`;
    return { ...page, embed: { scriptUrl: `${base}/widget.js`, restaurant: restaurant.slug } };
  }

  @Post()
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateWidgetKey',
    summary: 'Create a publishable key for the booking widget (managers; the key is in the answer, once)',
    description: `Creates a publishable key (tk_pub_…) of the staff member's restaurant (manager role) for the listed origins: it reads the restaurant and its availability and places new holds and bookings, nothing else. The answer carries \`key\`, shown only here. Problems: \`validation_failed\`. ${SESSION_NOTE}`,
  })
  @ApiBody({ type: AdminCreateWidgetKeyInput })
  @ApiCreatedResponse({ type: CreatedApiKeyOutput })
  @ApiProblems(400, 401, 403)
  async create(
    @Staff() staff: StaffPrincipal,
    @Body() input: AdminCreateWidgetKeyInput,
  ): Promise<CreatedApiKeyOutput> {
    return CreatedApiKeyOutput.once(
      await this.apiKeys.createPublishable([staff.restaurantId], {
        ...input,
        restaurantId: staff.restaurantId,
      }),
    );
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminRevokeWidgetKey',
    summary: 'Revoke a publishable key: it stops working at once, on every gateway (managers)',
    description: `Revokes one of the restaurant's publishable keys (manager role); a secret key or another restaurant's key answers 404 \`api_key_not_found\`. Revoking a revoked key answers it unchanged. ${SESSION_NOTE}`,
  })
  @ApiOkResponse({ type: ApiKeyOutput })
  @ApiProblems(401, 403, 404)
  async revoke(@Staff() staff: StaffPrincipal, @Param('id', ApiKeyIdPipe) id: string): Promise<ApiKeyOutput> {
    return ApiKeyOutput.from(await this.apiKeys.revoke([staff.restaurantId], id, 'publishable'));
  }
}
