import { ApiNoAuth } from '../openapi/openapi.decorators';
import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { SignInInput } from './admin.inputs';
import { SessionOutput } from './admin.outputs';
import { CsrfHeader, SESSION_COOKIE, Staff } from './staff-session';
import { StaffSessionService } from './staff-session.service';
import { StaffSessionGuard } from './staff-session.guard';

const COOKIE_PATH = '/admin';

/** Sign-in and sign-out of the admin UI: a server-side session behind an httpOnly cookie. */
@ApiTags('admin')
@Public()
@Controller('admin/api/session')
export class AdminSessionController {
  constructor(private readonly sessions: StaffSessionService) {}

  @Post()
  @HttpCode(200)
  @ApiNoAuth()
  @ApiOperation({
    operationId: 'adminSignIn',
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
    const started = await this.sessions.signIn(input.email, input.password, request.ip);
    void reply.setCookie(SESSION_COOKIE, started.token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      expires: started.expiresAt,
    });
    return started.session;
  }

  @Get()
  @UseGuards(StaffSessionGuard)
  @ApiCookieAuth('staff_session')
  @ApiOperation({
    operationId: 'adminGetSession',
    summary: 'The signed-in member of staff and the CSRF token',
    description:
      'The signed-in member of staff, their restaurant and role, and the CSRF token to send as ' +
      'X-CSRF-Token. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: SessionOutput })
  @ApiProblems(401)
  current(@Staff() staff: StaffPrincipal): SessionOutput {
    return this.sessions.describe(staff);
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(StaffSessionGuard)
  @ApiCookieAuth('staff_session')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminSignOut',
    summary: 'Sign out: ends the session and clears the cookie',
    description:
      'Ends the staff session and clears its cookie. Signing out twice answers 401 the second ' + 'time.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(401, 403)
  async signOut(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.signOut(request.cookies?.[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
  }
}
