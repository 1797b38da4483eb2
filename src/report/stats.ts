// Medians and rates as the report states them.

/** The median; for an even count, the mean of the two middle values. Undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  // A typed array sorts numbers natively, without a comparator's calls.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A share in percent; undefined without a whole to share. */
export const percent = (part: number, whole: number): number | undefined => (whole > 0 ? (part / whole) * 100 : undefined);
