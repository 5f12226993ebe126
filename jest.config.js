/**
 * Tests are compiled by SWC with the same semantics as the production build
 * (tsc, see tsconfig.json): legacy decorators with design-time metadata, which
 * type-graphql and TypeORM read, and class fields defined as ES2022+ does
 * (tsc's default for target ES2023). What passes here is what runs in dist/.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2023',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[jt]s$': ['@swc/jest', swc] },
  // meilisearch and jose ship ESM only; SWC turns them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|jose)/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
