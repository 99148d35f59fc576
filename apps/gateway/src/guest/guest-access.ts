import { SetMetadata } from '@nestjs/common';

export const GUEST_ACCESS = 'tablekeeper:guest-access';

/**
 * What a guest on a restaurant's own site may do: the only routes a publishable key (`tk_pub_…`)
 * is let into, and the routes counted against the per-IP budgets of anonymous traffic. Every
 * other route refuses a publishable key with 403 `publishable_key_not_allowed`, whatever scopes
 * its row claims.
 */
export const GuestAccess = () => SetMetadata(GUEST_ACCESS, true);
