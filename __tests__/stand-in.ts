// A fresh stand-in for Datadog for each test, on a day before DORA incidents retire (tests of the
// retirement make their own); after it, every body it received must have matched
// Datadog's schema, with every object closed.
import { afterEach, beforeEach, expect } from '@jest/globals';
import { type FakeDatadog, startFakeDatadog } from '../scripts/local/fake-datadog.ts';
import { standInBeforeRetirement } from './clock.ts';

export function standInForEachTest(use: (datadog: FakeDatadog) => void): void {
  let datadog: FakeDatadog | undefined;
  beforeEach(async () => {
    datadog = await startFakeDatadog({ clock: standInBeforeRetirement });
    use(datadog);
  });
  afterEach(async () => {
    expect(datadog?.schemaErrors()).toEqual([]);
    await datadog?.close();
  });
}
