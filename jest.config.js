/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  // @fastify/static (Swagger UI under fastify) needs content-disposition 3, which is ESM only;
  // Node 20 requires it natively, Jest's CommonJS runtime needs it compiled.
  // @fastify/cookie imports the ESM-only `cookie` 2 dynamically: compiled, that import becomes a require.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(content-disposition|cookie)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The tsconfig.json path aliases.
  moduleNameMapper: {
    '^@tablekeeper/temporal/(.*)$': '<rootDir>/temporal/$1',
    '^@tablekeeper/([^/]+)$': '<rootDir>/libs/$1/src',
    '^@tablekeeper/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
  // The admin UI is browser code built by Vite; its browser tests drive the built bundle.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/apps/admin/'],
  // Fixed, overridable fast-check seed for every file (FC_SEED).
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/run-verdict-reporter.js'],
  testTimeout: 60_000,
  // One file at a time. Integration files each run a worker and a gateway; on two cores, a race
  // file (300 concurrent operations) beside a browser file starved the worker past the booking's
  // 2 s workflow task timeout and the server refused update-with-starts (FAILED_PRECONDITION).
  // The suite takes longer, and each file measures what it claims rather than its neighbour.
  maxWorkers: 1,
  // The files still run one at a time, but in a child process that is replaced when a file leaves
  // its heap above this: each integration file loads Nest, Prisma and the Temporal SDK into a fresh
  // module registry, and what the SDK's native runtime and Node's globals keep of each registry
  // grew one in-band process past V8's 4 GB heap limit late in a full run (OOM after 1,228 s).
  workerIdleMemoryLimit: '1GB',
};
