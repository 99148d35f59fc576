/**
 * Every operation of the document is one an integrator can use without reading our code: a
 * camelCase operationId, a summary and a description, declared tags, and `security` (`[]` where
 * public). Reads the committed openapi.json (openapi-artifacts.spec.ts proves it is the served one);
 * after merging new routes, run `npm run openapi` and this test names what each still lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, unknown> };
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m] })),
);

/** Operation ids generated clients already call: renaming or removing one breaks them. */
const PUBLISHED_IDS = [
  'createBooking',
  'createHold',
  'confirmHold',
  'getAvailability',
  'getBooking',
  'modifyBooking',
  'cancelBooking',
  'checkInBooking',
  'markNoShow',
  'undoNoShow',
  'approveBooking',
  'rejectBooking',
  'listRestaurants',
  'getRestaurant',
];

it('gives every operation a camelCase operationId, a summary, a description, declared tags and security', () => {
  const declared = new Set(document.tags.map((t) => t.name));
  const gaps = operations.flatMap(({ name, op }) => {
    const missing: string[] = [];
    if (typeof op.operationId !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(op.operationId))
      missing.push(`operationId (${String(op.operationId)}): @ApiOperation({ operationId: 'verbNoun' })`);
    if (!op.summary) missing.push('summary');
    if (typeof op.description !== 'string' || !op.description.trim()) missing.push('description');
    const tags = (op.tags as string[] | undefined) ?? [];
    if (tags.length === 0) missing.push('tags: @ApiTags');
    for (const tag of tags.filter((t) => !declared.has(t)))
      missing.push(`tag "${tag}" declared in apps/gateway/src/openapi/openapi-tags.ts`);
    if (!Array.isArray(op.security))
      missing.push('security: @ApiBearerAuth / @ApiCookieAuth, or @ApiNoAuth() where public');
    return missing.map((m) => `${name}: ${m}`);
  });
  expect(gaps).toEqual([]);
});

it('keeps operation ids unique and the published ones stable', () => {
  const ids = operations.map(({ op }) => op.operationId as string);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  expect(PUBLISHED_IDS.filter((id) => !ids.includes(id))).toEqual([]);
});

it('types every schema: no untyped objects, arrays of their item type, date-times formatted', () => {
  const gaps: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    const types = [schema.type].flat();
    if (
      types.includes('object') &&
      !schema.properties &&
      !schema.additionalProperties &&
      !at.includes('example')
    )
      gaps.push(`${at}: an object without properties (nullable fields need an explicit type)`);
    if (
      types.includes('array') &&
      !(schema.items as Json | undefined)?.type &&
      !(schema.items as Json | undefined)?.$ref
    )
      gaps.push(`${at}: an array without an item type`);
    if ('nullable' in schema) gaps.push(`${at}: OpenAPI 3.0 nullable left in a 3.1 document`);
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [property, sub] of Object.entries(value as Json)) {
          const s = sub as Json;
          if (/At$/.test(property) && [s.type].flat().includes('string') && s.format !== 'date-time')
            gaps.push(`${at}/properties/${property}: format date-time`);
        }
      }
      visit(value, `${at}/${key}`);
    }
  };
  visit(document.components.schemas, '#/components/schemas');
  visit(document.paths, '#/paths');
  expect(gaps).toEqual([]);
});
