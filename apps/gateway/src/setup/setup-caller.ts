import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { actorOf } from '@tablekeeper/auth';
import { ProblemException } from '../common/problem';
import { principalOf } from '../auth/principal';
import type { SetupCaller } from './restaurant-setup.service';

/**
 * The API caller acting on the restaurant of the route's `:id`: a key only reaches its own
 * restaurants (anything else is 404, never 403, so ids of other tenants do not leak).
 */
export const ApiSetupCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SetupCaller => {
    const principal = principalOf(context);
    const request = context.switchToHttp().getRequest<{ params: Record<string, string> }>();
    const restaurantId = request.params.id;
    if (!principal.restaurantIds.includes(restaurantId)) {
      throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    }
    return { restaurantId, actor: actorOf(principal) };
  },
);
