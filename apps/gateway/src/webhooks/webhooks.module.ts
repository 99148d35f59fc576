import { Module } from '@nestjs/common';
import { WebhookEndpointRepository, type PrismaClient } from '@tablekeeper/db';
import { PRISMA } from '../infrastructure/tokens';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookEndpointsService } from './webhook-endpoints.service';

/** Webhook endpoints (the API; the relay that delivers runs in the worker). */
@Module({
  controllers: [WebhookEndpointsController],
  providers: [
    {
      provide: WebhookEndpointRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new WebhookEndpointRepository(p),
    },
    WebhookEndpointsService,
  ],
  exports: [WebhookEndpointsService, WebhookEndpointRepository],
})
export class WebhooksModule {}
