// Medians and rates as the report states them.

/** The median; for an even count, the mean of the two middle values. Undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  // Selection, not a sort: a report takes hundreds of medians, some of tens of thousands of values.
  const copy = Float64Array.from(values);
  const middle = copy.length >> 1;
  const upper = select(copy, middle);
  return copy.length % 2 ? upper : (select(copy, middle - 1, 0, middle - 1) + upper) / 2;
}

/** The k-th smallest of `a[from..to]`, placed at `a[k]` with none larger before it (Hoare's quickselect). */
function select(a: Float64Array, k: number, from = 0, to = a.length - 1): number {
  let left = from;
  let right = to;
  while (left < right) {
    const pivot = a[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

/** A share in percent; undefined without a whole to share. */
export const percent = (part: number, whole: number): number | undefined => (whole > 0 ? (part / whole) * 100 : undefined);
