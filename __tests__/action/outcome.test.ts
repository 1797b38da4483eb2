// Which errors are the user's configuration to fix (the step fails whatever fail-on-error says),
// told apart from Datadog having a bad minute.
import { expect, test } from '@jest/globals';
import { DatadogApiError, DatadogConfigError } from '../../src/datadog/errors.ts';
import { InputError } from '../../src/runner/inputs/types.ts';
import { isInputProblem } from '../../src/runner/outcome.ts';

test('an input error and a Datadog configuration error are the user’s to fix', () => {
  expect(isInputProblem(new InputError('Input weeks is "0"'))).toBe(true);
  expect(isInputProblem(new DatadogConfigError('bad base URL'))).toBe(true);
});

test('so are those thrown by the report’s bundle, whose classes are copies of these', () => {
  class InputError extends Error {
    override name = 'InputError';
  }
  expect(isInputProblem(new InputError('Input github-token holds spaces'))).toBe(true);
});

test('Datadog out of reach, a bug, or a thrown string are not', () => {
  expect(isInputProblem(Object.create(DatadogApiError.prototype))).toBe(false);
  expect(isInputProblem(new TypeError('x is undefined'))).toBe(false);
  expect(isInputProblem('InputError')).toBe(false);
});
