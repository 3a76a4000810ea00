import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Page state kept in the address (region, asOf, filters, cursor), so a view can be bookmarked,
 * shared with a colleague and reopened as it was.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string | undefined>, (changes: Partial<Record<K, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const update = useCallback(
    (changes: Partial<Record<K, string | undefined>>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as Array<[K, string | undefined]>) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      });
    },
    [setParams],
  );
  return [state, update];
}
