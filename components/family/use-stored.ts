import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Readable } from '@/utils/storage';
import { follow } from '@/utils/storage/follow';

/** A stored item's value as a signal, `initial` until it is read, then at each change while mounted. */
export function useStored<T>(item: Pick<Readable<T>, 'get' | 'watch'>, initial: T): Signal<T> {
  const value = useSignal(initial);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    void follow(item, (next) => {
      value.value = next;
    }).then((stopFollowing) => {
      if (gone) stopFollowing();
      else stop = stopFollowing;
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [item, value]);
  return value;
}
