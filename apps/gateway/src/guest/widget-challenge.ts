import type { FastifyRequest } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';

/** Header a widget sends the host page's challenge answer in (a CAPTCHA token, say). */
export const CHALLENGE_HEADER = 'x-challenge-token';

/**
 * A restaurant that puts a CAPTCHA (or any proof of a person) in front of its widget plugs its
 * check in here: it sees every write a publishable key makes, with the challenge answer the
 * widget forwarded, and says whether to let it through. Off by default (NoChallenge).
 */
export interface WidgetChallenge {
  passes(attempt: {
    readonly principal: ApiPrincipal;
    readonly answer: string | undefined;
    readonly request: FastifyRequest;
  }): Promise<boolean>;
}

/** The injection token of the challenge; bind another implementation to turn it on. */
export const WIDGET_CHALLENGE = Symbol('WIDGET_CHALLENGE');

export class NoChallenge implements WidgetChallenge {
  passes(): Promise<boolean> {
    return Promise.resolve(true);
  }
}
