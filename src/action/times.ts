/**
 * A time as people and tools write it: ISO 8601, or a Unix timestamp in seconds, milliseconds
 * or nanoseconds, told apart by their number of digits. Undefined when it is neither.
 */
export function parseTimeInput(text: string): Date | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    // Nanoseconds exceed 2^53: divide as a BigInt so no precision is lost before the division.
    if (value.length <= 11) return new Date(Number(value) * 1000);
    if (value.length <= 14) return new Date(Number(value));
    if (value.length >= 17 && value.length <= 19) return new Date(Number(BigInt(value) / 1_000_000n));
    return undefined;
  }
  // A date alone, or a date and time with a zone: a time without a zone would depend on the runner's.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/i.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
