// Medians and rates as the report states them.

/** The median of values in several lists; for an even count, the mean of the two middle values. Undefined for none. */
export function medianOf(lists: readonly (readonly number[])[]): number | undefined {
  const count = lists.reduce((n, list) => n + list.length, 0);
  if (count === 0) return undefined;
  // One copy, filled from each list, then selection, not a sort: a report takes hundreds of
  // medians, some of tens of thousands of values.
  const copy = new Float64Array(count);
  let at = 0;
  for (const list of lists) for (let k = 0; k < list.length; k++) copy[at++] = list[k]!;
  const middle = count >> 1;
  const upper = select(copy, middle);
  return count % 2 ? upper : (select(copy, middle - 1, 0, middle - 1) + upper) / 2;
}

export const median = (values: readonly number[]): number | undefined => medianOf([values]);

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
export const percent = (part: number, whole: number): number | undefined =>
  whole > 0 ? (part / whole) * 100 : undefined;
