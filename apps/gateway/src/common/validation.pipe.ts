import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ProblemException, type FieldError } from './problem';

function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      code: rule === 'whitelistValidation' ? 'unknown_field' : rule,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A JSON body must be an object; arrays, strings and null would slip past class-validator. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ProblemException('validation_failed', 'The body must be a JSON object', [
          { field: 'body', code: 'isObject', message: 'body must be a JSON object' },
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}

/** class-validator, strict: unknown fields and wrong types are refused, never coerced. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
      return new ProblemException('validation_failed', `Invalid fields: ${fields}`, fieldErrors);
    },
  });
}
