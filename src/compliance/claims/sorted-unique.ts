// Feature lists sorted ascending without repeats. The order decides the order the model's weights are summed
// in, so every list is sorted as unsigned integers (features are bucket numbers), however it is stored.

/** Up to this many values are sorted by insertion: a clause's features are a few dozen, and sorting a typed
 * array costs more than that in set-up alone (and Array.prototype.sort with a comparator allocates its working
 * arrays on every call, once per window). */
const INSERTION_SORT_MAX = 64;

function insertionSort(values: Uint32Array | number[]): void {
  for (let index = 1; index < values.length; index++) {
    const value = values[index] as number;
    let at = index - 1;
    while (at >= 0 && (values[at] as number) > value) {
      values[at + 1] = values[at] as number;
      at--;
    }
    values[at + 1] = value;
  }
}

/** Moves the distinct values of a sorted list to its front; returns how many there are. */
function uniqueToFront(values: Uint32Array | number[]): number {
  let length = 0;
  for (let index = 0; index < values.length; index++) {
    if (index === 0 || values[index] !== values[index - 1]) values[length++] = values[index] as number;
  }
  return length;
}

/** The values sorted ascending, without repeats, in a new typed array (a clause's own features, kept). */
export function sortedUnique(values: number[]): Uint32Array {
  const sorted = new Uint32Array(values);
  if (sorted.length > INSERTION_SORT_MAX) sorted.sort();
  else insertionSort(sorted);
  const length = uniqueToFront(sorted);
  return length === sorted.length ? sorted : sorted.slice(0, length);
}

/** The same, in the array given (a window's features, read once and dropped). */
export function sortedUniqueList(values: number[]): number[] {
  if (values.length > INSERTION_SORT_MAX) values.sort((a, b) => a - b);
  else insertionSort(values);
  values.length = uniqueToFront(values);
  return values;
}
