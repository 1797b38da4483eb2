// The one module that reads the action's inputs: each is parsed once into a typed value, with its
// environment fallback, and a bad one fails with its name, its value and what is accepted.

import { EVENT_KINDS, EVENTS, type EventName, type Inputs } from '../events/index.ts';
import { quoted } from '../runner/escape.ts';
import { bool, type Env, isGiven, parseKeys, type Read, type Source, text } from '../runner/inputs/read.ts';
import { endpointOf } from '../runner/inputs/shared.ts';
import { InputError, type Keys } from '../runner/inputs/types.ts';
import type { Toolkit } from '../runner/toolkit.ts';

// Inputs some events read and others do not: given to one that does not, they are named in a warning.
const EVENT_SPECIFIC = [...new Set(EVENTS.flatMap((event) => EVENT_KINDS[event].reads))];

/** Parses every input but the keys; pure, so the rules are tested without a runner. */
export function parseInputs(read: Read, env: Env, now: Date = new Date()): Inputs {
  const source: Source = { read, env, now };
  const event = text(source, 'event') ?? EVENTS[0]!;
  if (!(EVENTS as string[]).includes(event)) {
    throw new InputError(`Input event is ${quoted(event)}: expected one of ${EVENTS.join(', ')}.`);
  }
  const kind = EVENT_KINDS[event as EventName];
  const warnings = EVENT_SPECIFIC.filter((name) => !kind.reads.includes(name) && isGiven(source, name)).map(
    (name) => `Input ${name} does not apply to event ${event}; it is ignored.`,
  );
  const common = {
    endpoint: endpointOf(source, warnings),
    dryRun: bool(source, 'dry-run'),
    failOnError: bool(source, 'fail-on-error'),
    warnings,
  };
  return { event, ...common, ...kind.parse(source, event as never, warnings) } as Inputs;
}

export const readInputs = (core: Toolkit, now: Date): Inputs => parseInputs(core.getInput, core.env, now);
export const readKeys = (core: Toolkit): Keys => parseKeys({ read: core.getInput, env: core.env }, core.setSecret);
