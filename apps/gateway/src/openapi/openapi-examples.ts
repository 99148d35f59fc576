/**
 * Request and answer examples for operations whose decorators give none, composed from the
 * schemas' own property examples (the DTOs' `@ApiProperty({ example })`), enum values and formats.
 * An example written on the route (`@ApiBody`, `@ApiResponse` with `example`) is kept as it is;
 * test/unit/openapi-examples.spec.ts validates every example against its schema.
 */
type Json = Record<string, unknown>;

const SAMPLE_INSTANT = '2026-11-23T19:00:00Z';
const SAMPLE_UUID = '7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f';

const STRING_FORMATS: Record<string, string> = {
  'date-time': SAMPLE_INSTANT,
  date: '2026-11-23',
  time: '19:00:00Z',
  uuid: SAMPLE_UUID,
  email: 'guest@example.com',
  uri: 'https://example.com/webhooks/tablekeeper',
  url: 'https://example.com/webhooks/tablekeeper',
  hostname: 'example.com',
};

/** How deep a composed example follows references: deeper optional parts are left out. */
const MAX_DEPTH = 8;

export function sampleOf(schema: unknown, components: Record<string, Json>, depth = 0): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  const s = schema as Json;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.const !== undefined) return s.const;
  if (typeof s.$ref === 'string') {
    if (depth >= MAX_DEPTH) return undefined;
    return sampleOf(components[s.$ref.split('/').pop() ?? ''], components, depth + 1);
  }
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum)) return s.enum.find((value) => value !== null) ?? null;
  const options = (s.oneOf ?? s.anyOf) as Json[] | undefined;
  if (options) {
    const chosen = options.find((o) => o.type !== 'null') ?? options[0];
    return sampleOf(chosen, components, depth);
  }
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((part) => sampleOf(part, components, depth));
    if (parts.every((p) => p && typeof p === 'object' && !Array.isArray(p)))
      return Object.assign({}, ...parts, sampleOf({ ...s, allOf: undefined }, components, depth));
    return parts[0];
  }
  const type = [s.type].flat().find((t) => t !== 'null') ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const required = new Set((s.required as string[] | undefined) ?? []);
      const out: Json = {};
      for (const [name, property] of Object.entries((s.properties as Json | undefined) ?? {})) {
        // Optional parts of deeply nested schemas stay out; what must be there is always there.
        if (!required.has(name) && depth >= MAX_DEPTH - 2) continue;
        const value = sampleOf(property, components, depth);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    case 'array': {
      const item = sampleOf(s.items, components, depth);
      if (item === undefined) return [];
      return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => item);
    }
    case 'string': {
      const format = typeof s.format === 'string' ? STRING_FORMATS[s.format] : undefined;
      if (format) return format;
      const minLength = Number(s.minLength ?? 0);
      return 'text'.padEnd(Math.max(4, minLength), 'x').slice(0, Number(s.maxLength ?? 1_000));
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return true;
    default:
      return undefined;
  }
}

/** Gives `media` (a request body's or answer's content entry) an example unless it has one. */
export function addSampleExample(media: Json, components: Record<string, Json>): void {
  if (media.example !== undefined || media.examples !== undefined || !media.schema) return;
  const value = sampleOf(media.schema, components);
  if (value !== undefined) media.example = value;
}
