// Datadog's event search syntax, as far as the readers use it: terms of plain values only. A value
// the syntax would need quoting for is left out of the query, and callers filter the answers too.

/** A value Datadog's search syntax takes unquoted. */
const PLAIN = /^[A-Za-z0-9_./-]+$/;

/** `key:(a OR b)`, or undefined when there is nothing to ask or a value is not plain. */
export function termFor(key: string, values: readonly string[] | undefined): string | undefined {
  return values?.length && values.every((value) => PLAIN.test(value)) ? `${key}:(${values.join(' OR ')})` : undefined;
}

/** The query for services and envs, where their values allow. */
export function queryFor(selection: { services?: readonly string[]; envs?: readonly string[] }): string | undefined {
  const terms = [termFor('service', selection.services), termFor('env', selection.envs)].filter(Boolean);
  return terms.length ? terms.join(' ') : undefined;
}
