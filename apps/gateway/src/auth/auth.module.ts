import { Module } from '@nestjs/common';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { ApiKeyRateLimiter } from './api-key.rate-limiter';

/** Who an API key is and what it may still spend: shared by the REST guards and the MCP server. */
@Module({
  providers: [ApiKeyAuthenticator, ApiKeyRateLimiter],
  exports: [ApiKeyAuthenticator, ApiKeyRateLimiter],
})
export class AuthModule {}
