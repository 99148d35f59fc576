import { json, type RequestHandler } from 'express';
import { ProblemException } from './problem';

/**
 * express' JSON parser with its failures turned into our problems at the source; left alone, Nest
 * maps them to a bare 400 that no longer says what went wrong.
 */
export function jsonBody(limit = '64kb'): RequestHandler {
  const parse = json({ limit });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large')
        return next(new ProblemException('payload_too_large', `The body exceeds ${limit}`));
      if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
        return next(
          new ProblemException('unsupported_media_type', 'Send the body as UTF-8 application/json'),
        );
      }
      return next(new ProblemException('malformed_json', 'The body is not valid JSON'));
    });
  };
}
