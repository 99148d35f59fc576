import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../../libs/config/src';
import type { StaffPrincipal } from '../../../../libs/auth/src';
import { StaffRepository } from '../../../../libs/db/src';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { SignInInput } from './admin.inputs';
import { SessionOutput } from './admin.outputs';
import { SignInLimiter } from './sign-in-limiter';
import { CsrfHeader, SESSION_COOKIE, SESSION_TTL_SECONDS, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const COOKIE_PATH = '/admin';

/** Sign-in and sign-out of the admin UI: a server-side session behind an httpOnly cookie. */
@ApiTags('admin')
@Public()
@Controller('admin/api/session')
export class AdminSessionController {
  constructor(
    private readonly staff: StaffRepository,
    private readonly limiter: SignInLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in to the admin UI',
    description:
      'Sets the httpOnly, SameSite=Strict session cookie and answers the CSRF token to send with every ' +
      'state-changing admin request. Five failed attempts per email and address pause sign-in for 15 minutes.',
  })
  @ApiBody({ type: SignInInput })
  @ApiOkResponse({ type: SessionOutput })
  @ApiProblems(400, 401, 429)
  async signIn(
    @Body() input: SignInInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionOutput> {
    await this.limiter.check(input.email, request.ip);
    const staffId = await this.staff.verifyPassword(input.email, input.password);
    if (!staffId) {
      await this.limiter.failed(input.email, request.ip);
      throw new ProblemException('invalid_credentials');
    }
    await this.limiter.succeeded(input.email, request.ip);
    const session = await this.staff.startSession(staffId, SESSION_TTL_SECONDS);
    void reply.setCookie(SESSION_COOKIE, session.token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      expires: session.expiresAt,
    });
    const principal = await this.staff.findSession(session.token);
    return this.toOutput(principal!);
  }

  @Get()
  @UseGuards(StaffSessionGuard)
  @ApiCookieAuth('staff_session')
  @ApiOperation({ summary: 'The signed-in member of staff and the CSRF token' })
  @ApiOkResponse({ type: SessionOutput })
  @ApiProblems(401)
  current(@Staff() staff: StaffPrincipal): SessionOutput {
    return this.toOutput(staff);
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(StaffSessionGuard)
  @ApiCookieAuth('staff_session')
  @CsrfHeader()
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookie' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(401, 403)
  async signOut(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) await this.staff.endSession(token);
    void reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
  }

  private toOutput(staff: StaffPrincipal): SessionOutput {
    return {
      staff: {
        id: staff.staffId,
        email: staff.email,
        role: staff.role,
        restaurantId: staff.restaurantId,
        restaurantName: staff.restaurantName,
        timezone: staff.timezone,
      },
      csrfToken: staff.csrfToken,
      temporalUiUrl: this.config.temporalUiUrl,
    };
  }
}
