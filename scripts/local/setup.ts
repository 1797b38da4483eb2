// Jest's globalSetup: once per `npm test`, before any test file; the workers inherit process.env.
import { NODE20_ENV, node20 } from './node20.ts';
import removeTempRoot, { createTempRoot } from './temp-root.ts';

export default function globalSetup(): void {
  createTempRoot();
  try {
    process.env[NODE20_ENV] = node20();
  } catch (error) {
    // Jest runs no globalTeardown after a globalSetup that threw.
    removeTempRoot();
    throw error;
  }
}
