// The readers: an input, else the environment variables it falls back to, each held to its
// grammar as it is read. Pure: `read` and `env` come from the caller.
import { asBool, asSince, asTime, held, items, MAX_LENGTH, oneLine, type Sourced } from './grammar.ts';
import { InputError, type Keys } from './types.ts';

export type Read = (name: string) => string;
export type Env = Record<string, string | undefined>;

/** Where values come from: the step's inputs, its environment, and the time it runs at. */
export interface Source {
  read: Read;
  env: Env;
  now: Date;
}

/** An input given (its value trimmed), else the first variable set, where it came from said. */
function given({ read, env }: Pick<Source, 'read' | 'env'>, input: string, variables: string[]): Sourced | undefined {
  const value = read(input).trim();
  if (value) return { value, from: `Input ${input}` };
  for (const variable of variables) {
    const fallback = env[variable]?.trim();
    if (fallback) return { value: fallback, from: `Input ${input} (from env ${variable})` };
  }
  return undefined;
}

const bound = (input: string) => MAX_LENGTH[input] ?? 0;

/** One line, from the input or its variables. */
export function line(source: Source, input: string, ...variables: string[]): Sourced | undefined {
  const found = given(source, input, variables);
  return found && oneLine(found, bound(input));
}

export function text(source: Source, input: string): string | undefined {
  return line(source, input)?.value;
}

/** Items separated by commas or newlines, from the input or its variables. */
export function list(source: Source, input: string, ...variables: string[]): string[] {
  const found = given(source, input, variables);
  return found ? items(found, bound(input)) : [];
}

export function bool(source: Source, input: string): boolean {
  const found = line(source, input);
  return found ? asBool(found) : false;
}

export function time(source: Source, input: string): Date | undefined {
  const found = line(source, input);
  return found && asTime(found);
}

/** How far back to read: a time, or a duration before `source.now` (asSince); undefined when not given. */
export function since(source: Source, input: string): Date | undefined {
  const found = line(source, input);
  return found && asSince(found, source.now);
}

export function matching(
  source: Source,
  input: string,
  problem: (value: string) => string | undefined,
  accepted: string,
): string | undefined {
  const found = line(source, input);
  return found && held(found, problem, accepted);
}

/** Whether an input was given at all: for the warnings about inputs that do not apply. */
export const isGiven = ({ read }: Source, input: string) => read(input).trim() !== '';

/**
 * The keys, handed to `mask` (the runner's add-mask) before anything else can print them: read
 * first in every step, so even a step that fails on its inputs has them masked.
 */
export function parseKeys(source: Pick<Source, 'read' | 'env'>, mask: (secret: string) => void): Keys {
  return {
    apiKey: secret(source, mask, 'api-key', 'DATADOG_API_KEY', 'DD_API_KEY'),
    appKey: secret(source, mask, 'app-key', 'DATADOG_APP_KEY', 'DD_APP_KEY'),
    // Masked in every step, but held to its grammar only by the report: a deploy never fails on it.
    githubToken: masked(source, mask, 'github-token')?.value,
  };
}

/** A key, masked at once; a bad one is said without its value. */
function secret(
  source: Pick<Source, 'read' | 'env'>,
  mask: (secret: string) => void,
  input: string,
  ...variables: string[]
): string | undefined {
  const found = masked(source, mask, input, ...variables);
  if (!found) return undefined;
  const { value, from } = found;
  if (value.length > bound(input))
    throw new InputError(
      `${from} is ${value.length} characters long: at most ${bound(input)} are accepted. Datadog's keys are 32 or 40 characters.`,
    );
  if (/[^\x21-\x7e]/.test(value))
    throw new InputError(`${from} holds spaces or characters no Datadog key has (its value is not shown).`);
  return value;
}

/** A secret, handed to `mask` line by line: a value the runner cannot mask whole must not be printed, and is refused where it is used. */
function masked(
  source: Pick<Source, 'read' | 'env'>,
  mask: (secret: string) => void,
  input: string,
  ...variables: string[]
): Sourced | undefined {
  const found = given(source, input, variables);
  for (const part of found?.value.split(/\r\n|\r|\n/) ?? []) if (part.trim()) mask(part.trim());
  return found;
}

/** `needs` says what each key is needed for, so a missing key's error can say why. */
export function requireKeys(keys: Keys, needs: { api?: string; app?: string }): void {
  if (!keys.apiKey && needs.api) {
    throw new InputError(
      `Input api-key is required ${needs.api}: pass a Datadog API key from a secret (or set env DATADOG_API_KEY or DD_API_KEY), or set dry-run: true to send nothing.`,
    );
  }
  if (!keys.appKey && needs.app) {
    throw new InputError(
      `Input app-key is required ${needs.app}: pass a Datadog application key with the dora_metrics_write and dora_metrics_read permissions from a secret (or set env DATADOG_APP_KEY or DD_APP_KEY).`,
    );
  }
}
