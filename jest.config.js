/** Jest runs the TypeScript sources as ESM, with Node's own type stripping (see jest.transform.cjs). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '\\.ts$': '<rootDir>/jest.transform.cjs' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 20000,
  // Makes the run's temporary folder, and installs Node 20 once, outside the tree, for the test that runs dist/ on it.
  globalSetup: '<rootDir>/scripts/local/setup.ts',
  // Removes the run's temporary folder.
  globalTeardown: '<rootDir>/scripts/local/temp-root.ts',
};
