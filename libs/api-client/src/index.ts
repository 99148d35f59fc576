/**
 * A typed client of the Tablekeeper REST API: openapi-fetch over the types openapi-typescript
 * generates from openapi.json (`npm run openapi`). A request or answer the document does not
 * describe does not compile.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-schema.generated';

export type { components, operations, paths } from './api-schema.generated';

export type TablekeeperClient = Client<paths>;

export interface TablekeeperClientOptions {
  /** The gateway, e.g. the document's `servers[0].url`. */
  readonly baseUrl: string;
  /** An API key, `tk_<prefix>_<secret>`. */
  readonly apiKey: string;
}

export function createTablekeeperClient(options: TablekeeperClientOptions): TablekeeperClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.apiKey}` },
  });
}
