import { useQuery } from '@tanstack/react-query';
import { checkWholeIndex } from './indexCheck';
import { useStory } from './storyIndex';

/** Resolves when the browser is idle (or soon, where it cannot say). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

/** A small, stable key for one loaded index: query keys are hashed, and the index is large. */
const indexKeys = new WeakMap<object, number>();
let lastKey = 0;
function indexKey(index: object): number {
  let key = indexKeys.get(index);
  if (key === undefined) indexKeys.set(index, (key = ++lastKey));
  return key;
}

/**
 * Checks the whole data index against the contract's schema once the page is idle, loading the
 * validator only then. A file that passed the first read but breaks the contract deeper down is
 * reported like any broken file: this throws the error to the nearest boundary, with Retry.
 */
export function useStoryValidation(): void {
  const { index } = useStory();
  const { error } = useQuery({
    queryKey: ['story-validation', indexKey(index)],
    queryFn: async () => {
      await whenIdle();
      await checkWholeIndex(index);
      return true;
    },
    staleTime: Infinity,
    retry: false,
  });
  if (error) throw error;
}
