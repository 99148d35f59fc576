import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; when present it is validated, and `null` is present. class-validator's
 * `@IsOptional()` skips `null` as well, which let `{"minCovers": null}` through to a NOT NULL column
 * (a 500 instead of a 400). `@IsOptional()` stays only on fields documented `nullable`, where null
 * means "clear it".
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
