// A fresh stand-in for Datadog for each test; after it, every body it received must have matched
// Datadog's schema, with every object closed.
import { afterEach, beforeEach, expect } from '@jest/globals';
import { type FakeDatadog, startFakeDatadog } from '../scripts/local/fake-datadog.ts';

export function standInForEachTest(use: (datadog: FakeDatadog) => void): void {
  let datadog: FakeDatadog | undefined;
  beforeEach(async () => {
    datadog = await startFakeDatadog();
    use(datadog);
  });
  afterEach(async () => {
    expect(datadog?.schemaErrors()).toEqual([]);
    await datadog?.close();
  });
}
