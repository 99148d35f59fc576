import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GuestTrafficGuard } from './guest-traffic.guard';
import { GuestPlacement } from './guest-placement';
import { LiveHoldLimiter } from './live-holds';
import { ManageLinks } from './manage-links';
import { ManageTokenSigner } from './manage-token.signer';
import { NoChallenge, WIDGET_CHALLENGE } from './widget-challenge';
import { WidgetCors } from './widget-cors';

/**
 * What anonymous guests on a restaurant's site need around the API: CORS per publishable key,
 * per-address limits, the live-hold cap, the challenge hook and manage links.
 */
@Module({
  imports: [AuthModule],
  providers: [
    WidgetCors,
    GuestTrafficGuard,
    LiveHoldLimiter,
    GuestPlacement,
    ManageLinks,
    ManageTokenSigner,
    { provide: WIDGET_CHALLENGE, useClass: NoChallenge },
  ],
  exports: [WidgetCors, GuestTrafficGuard, LiveHoldLimiter, GuestPlacement, ManageLinks, WIDGET_CHALLENGE],
})
export class GuestModule {}
