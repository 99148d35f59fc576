import type { Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { ProblemException, type FieldError } from '../common/problem';
import { createValidationPipe } from '../common/validation.pipe';

/** A JSON Schema object, as MCP carries it in a tool's inputSchema and outputSchema. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * Tool arguments are the REST DTOs with snake_case names: the JSON Schema an agent sees is derived
 * from the class-validator rules of the DTO (class-validator-jsonschema), and the arguments it
 * sends are checked by the very validation pipe the REST API uses, so the two cannot disagree.
 */
export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

// IsISO8601 becomes `oneOf: [date, date-time]`, which says less than the field's own pattern and
// confuses models; the pattern (from @Matches) and the description carry the shape.
const CONVERTERS = { isIso8601: { type: 'string' as const } };

type MutableSchema = { [keyword: string]: unknown };

function definitions(): Record<string, MutableSchema> {
  return validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    additionalConverters: CONVERTERS,
  }) as Record<string, MutableSchema>;
}

/** Nested DTOs inlined, names in snake_case, unknown fields refused (as forbidNonWhitelisted does). */
function toToolSchema(schema: MutableSchema, defs: Record<string, MutableSchema>): MutableSchema {
  const properties = (schema.properties ?? {}) as Record<string, MutableSchema>;
  const out: Record<string, MutableSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    const ref = typeof property.$ref === 'string' ? property.$ref.split('/').pop()! : undefined;
    const { $ref: _ref, not: _not, ...rest } = property;
    out[snakeCase(name)] = ref && defs[ref] ? { ...toToolSchema(defs[ref], defs), ...pick(rest) } : rest;
  }
  const required = (schema.required as string[] | undefined)?.map(snakeCase);
  return {
    type: 'object',
    properties: out,
    ...(required?.length ? { required } : {}),
    additionalProperties: false,
  };
}

function pick(schema: MutableSchema): MutableSchema {
  const { type: _type, ...rest } = schema;
  return rest;
}

/** What a tool's arguments look like to an agent, with a description per argument (dotted paths for nested ones). */
export function toolInputSchema(
  args: Type<object>,
  descriptions: Readonly<Record<string, string>>,
): JsonSchema {
  const schema = toToolSchema(
    targetConstructorToSchema(args, { additionalConverters: CONVERTERS }) as MutableSchema,
    definitions(),
  );
  for (const [path, description] of Object.entries(descriptions)) {
    let node: MutableSchema | undefined = schema;
    for (const part of path.split('.')) node = (node?.properties as Record<string, MutableSchema>)?.[part];
    if (!node) throw new Error(`${args.name}: no argument ${path} to describe`);
    node.description = description;
  }
  return schema;
}

function unknownFields(value: unknown, schema: MutableSchema, parent: string): FieldError[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const properties = (schema.properties ?? {}) as Record<string, MutableSchema>;
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const field = parent ? `${parent}.${key}` : key;
    if (!properties[key])
      return [{ field, code: 'unknown_field', message: `property ${field} should not exist` }];
    return properties[key].type === 'object' ? unknownFields(child, properties[key], field) : [];
  });
}

function camelKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [camelCase(k), camelKeys(v)]),
  );
}

/** class-validator names fields as the DTO does; the agent knows them by their argument names. */
function inArgumentTerms(error: FieldError): FieldError {
  const field = error.field.split('.').map(snakeCase).join('.');
  const message = error.message.replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, snakeCase);
  return { ...error, field, message };
}

function invalid(errors: readonly FieldError[]): ProblemException {
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  return new ProblemException('validation_failed', `Invalid arguments: ${fields}`, errors);
}

const pipe = createValidationPipe();

/**
 * The tool's arguments as the DTO, validated by the REST API's own pipe, or a `validation_failed`
 * problem naming the arguments at fault in their snake_case names.
 */
export async function parseToolArguments<A extends object>(
  args: Type<A>,
  schema: JsonSchema,
  raw: Record<string, unknown> | undefined,
): Promise<A> {
  const value = raw ?? {};
  const unknown = unknownFields(value, schema as MutableSchema, '');
  if (unknown.length) throw invalid(unknown);
  try {
    return (await pipe.transform(camelKeys(value), { type: 'body', metatype: args })) as A;
  } catch (error) {
    if (error instanceof ProblemException && error.code === 'validation_failed') {
      throw invalid((error.errors ?? []).map(inArgumentTerms));
    }
    throw error;
  }
}
