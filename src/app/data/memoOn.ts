/**
 * A pure function's results kept per input object and argument text: the timeline's items and
 * the filter counts of a loaded story are worked out once, not again for every view that shows
 * them (the prerender renders thousands of views of one story; the app re-renders often).
 * Entries go with their input object; at most `limit` texts are kept per object.
 */
export function memoOn<O extends object, R>(compute: (input: O, text: string) => R, limit = 16) {
  const cache = new WeakMap<O, Map<string, R>>();
  return (input: O, text: string): R => {
    let results = cache.get(input);
    if (!results) cache.set(input, (results = new Map()));
    if (results.has(text)) return results.get(text)!;
    const result = compute(input, text);
    if (results.size >= limit) results.delete(results.keys().next().value!);
    results.set(text, result);
    return result;
  };
}
