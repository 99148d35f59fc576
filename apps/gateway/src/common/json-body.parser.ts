import type { FastifyInstance } from 'fastify';
import { ProblemException } from './problem';

/**
 * JSON bodies parsed by us, so a malformed body answers our `malformed_json` problem (fastify's
 * own parser error reaches Nest as a bare 400), and an empty body counts as `{}`.
 */
export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, {});
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new ProblemException('malformed_json', 'The body is not valid JSON'), undefined);
      }
    },
  );
}
