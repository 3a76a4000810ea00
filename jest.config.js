const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/**
 * Jest runs TypeScript through SWC (decorators + metadata on); `npm run typecheck` is the type
 * gate. Node loads the ES-module-only packages (`bloomfilter`) with `require`; Jest's loader
 * cannot, so SWC turns them into CommonJS for the tests.
 */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/src',
    '<rootDir>/connectors',
    '<rootDir>/schema',
    '<rootDir>/jobs',
    '<rootDir>/sandbox',
    '<rootDir>/test',
  ],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': swc,
    '/node_modules/bloomfilter/.+\\.js$': swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!bloomfilter/)'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
};
