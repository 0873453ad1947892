import { useEffect, useState } from 'preact/hooks';

interface StoredListItem<T> {
  getValue(): Promise<T[]>;
  watch(callback: (next: T[] | null) => void): () => void;
}

/** A stored list as the options page shows it: read once, then followed as it changes anywhere. */
export function useStoredList<T>(item: StoredListItem<T>): T[] {
  const [list, setList] = useState<T[]>([]);
  useEffect(() => {
    void item.getValue().then(setList);
    return item.watch((next) => setList(next ?? []));
  }, [item]);
  return list;
}
