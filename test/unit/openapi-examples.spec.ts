/**
 * Every operation of the committed openapi.json is usable from the document alone: a description
 * that says what it does and how to retry it, an example of its success answer and of its request
 * body, and every example (problem examples included) valid against its schema under a JSON Schema
 * 2020-12 validator, as an integrator's would check it.
 */
import { committedDocument, schemaValidator } from '../support/openapi-schema';

type Json = Record<string, unknown>;
const document = committedDocument() as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { examples: Record<string, { value: unknown }> };
};
const validator = schemaValidator(document);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m] })),
);

/** A media entry's examples, `$ref`s to components/examples resolved. */
function examplesOf(media: Json): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  if (media.example !== undefined) out.push({ name: 'example', value: media.example });
  for (const [name, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
    const ref = example.$ref;
    const resolved =
      typeof ref === 'string' ? document.components.examples[ref.split('/').pop() ?? ''] : example;
    out.push({ name, value: resolved?.value });
  }
  return out;
}

it('describes every operation for a newcomer: what it does, its retries, its problem codes', () => {
  const gaps = operations.flatMap(({ name, op }) => {
    const description = typeof op.description === 'string' ? op.description : '';
    const [own] = description.split('**Problems.**');
    const missing: string[] = [];
    if (own.replace(/\*\*Retries\.\*\*.*/s, '').trim().length < 80)
      missing.push('a description of at least a few sentences (@ApiOperation description)');
    if (!/idempoten|safe to retry|retry/i.test(own)) missing.push('what a retry does');
    const problems = Object.keys((op.responses ?? {}) as Json).some((status) => Number(status) >= 400);
    if (problems && !description.includes('**Problems.**')) missing.push('its problem codes');
    return missing.map((m) => `${name}: ${m}`);
  });
  expect(gaps).toEqual([]);
});

it('gives every success answer and every request body an example', () => {
  const gaps = operations.flatMap(({ name, op }) => {
    const missing: string[] = [];
    const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).filter(
      ([status]) => Number(status) < 300,
    );
    for (const [status, response] of responses)
      for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, Json>))
        if (examplesOf(media).length === 0) missing.push(`${status} ${type} example`);
    const body = op.requestBody as { content?: Record<string, Json> } | undefined;
    for (const [type, media] of Object.entries(body?.content ?? {}))
      if (examplesOf(media).length === 0) missing.push(`request ${type} example`);
    return missing.map((m) => `${name}: ${m}`);
  });
  expect(gaps).toEqual([]);
});

it('has every example of every operation valid against its schema', () => {
  let checked = 0;
  const invalid = operations.flatMap(({ name, op }) => {
    const media: { at: string; entry: Json }[] = [];
    const body = op.requestBody as { content?: Record<string, Json> } | undefined;
    for (const [type, entry] of Object.entries(body?.content ?? {}))
      media.push({ at: `request ${type}`, entry });
    for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Json>))
      for (const [type, entry] of Object.entries((response.content ?? {}) as Record<string, Json>))
        media.push({ at: `${status} ${type}`, entry });
    return media.flatMap(({ at, entry }) =>
      entry.schema
        ? examplesOf(entry).flatMap(({ name: example, value }) => {
            checked += 1;
            return validator
              .errorsOf(entry.schema as Json, value)
              .map((error) => `${name} ${at} ${example}: ${error}`);
          })
        : [],
    );
  });
  expect(invalid).toEqual([]);
  expect(checked).toBeGreaterThan(operations.length);
});

it('rejects an example that contradicts its schema (the check can fail)', () => {
  const schema = { $ref: '#/components/schemas/AvailabilitySlotOutput' };
  expect(validator.errorsOf(schema, { time: '19:30', available: 'yes' }).length).toBeGreaterThan(0);
});
