import { ConfigError, loadConfig, redactUrl } from '@tablekeeper/config/app-config';

describe('configuration', () => {
  it('defaults to the local servers', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      temporalAddress: '127.0.0.1:7233',
      taskQueue: 'tablekeeper-bookings',
    });
    expect(config.databaseUrl).toContain('127.0.0.1:5432');
  });
  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ TEMPORAL_ADDRESS: 'no-port' })).toThrow(/TEMPORAL_ADDRESS/);
    // A glob character in the prefix would let a cleanup of one stack's keys reach another's.
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'test:*' })).toThrow(/REDIS_KEY_PREFIX/);
  });
  it('keeps Redis keys unprefixed unless asked', () => {
    expect(loadConfig({}).redisKeyPrefix).toBe('');
    expect(loadConfig({ REDIS_KEY_PREFIX: 'test:abc:' }).redisKeyPrefix).toBe('test:abc:');
  });
  it('keeps workflow stack traces off unless asked', () => {
    expect(loadConfig({}).workflowStackTraces).toBe(false);
    expect(loadConfig({ TEMPORAL_WORKFLOW_STACK_TRACES: 'on' }).workflowStackTraces).toBe(true);
    expect(() => loadConfig({ TEMPORAL_WORKFLOW_STACK_TRACES: 'yes' })).toThrow(
      /TEMPORAL_WORKFLOW_STACK_TRACES/,
    );
  });
  it('never prints a password', () => {
    expect(redactUrl('postgresql://u:secret@db:5432/x')).not.toContain('secret');
  });
});
