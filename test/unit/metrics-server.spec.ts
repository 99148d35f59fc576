import { loadConfig } from '@tablekeeper/config';
import { startMetricsServer, type MetricsServer } from '@tablekeeper/observability';

describe('metrics endpoint', () => {
  let open: MetricsServer;
  let guarded: MetricsServer;
  const render = async () => ({ contentType: 'text/plain; version=0.0.4', body: 'up 1\n' });

  beforeAll(async () => {
    open = await startMetricsServer({ port: 0, token: null, render });
    guarded = await startMetricsServer({ port: 0, token: 's3cret', render });
  });
  afterAll(() => Promise.all([open.close(), guarded.close()]));

  const get = (server: MetricsServer, path: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${server.port}${path}`, { headers });

  it('serves /metrics and nothing else', async () => {
    const metrics = await get(open, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('version=0.0.4');
    expect(await metrics.text()).toBe('up 1\n');
    expect((await get(open, '/')).status).toBe(404);
  });

  it('wants the bearer token when METRICS_TOKEN is set', async () => {
    expect((await get(guarded, '/metrics')).status).toBe(401);
    expect((await get(guarded, '/metrics', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await get(guarded, '/metrics', { authorization: 'Bearer s3cret' })).status).toBe(200);
  });
});

describe('observability configuration', () => {
  it('keeps tracing off unless OTEL_TRACES_EXPORTER asks, and honours OTEL_SDK_DISABLED', () => {
    expect(loadConfig({}).tracesExporter).toBe('none');
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' }).tracesExporter).toBe('otlp');
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }).tracesExporter).toBe(
      'none',
    );
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
  });

  it('names a bad metrics port', () => {
    expect(loadConfig({}).metricsPort).toBe(9464);
    expect(loadConfig({}).workerMetricsPort).toBe(9465);
    expect(() => loadConfig({ WORKER_METRICS_PORT: 'x' })).toThrow(/WORKER_METRICS_PORT/);
  });
});
