/**
 * Values worked out from a text, remembered by the text, with a bound: the newest `size` texts
 * and the `size` before them. When the newer half is full it becomes the older one, so what is
 * still asked for survives and memory never grows past twice `size`.
 */
export class SentenceMemo<T> {
  private newer = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(text: string, work: (text: string) => T): T {
    const known = this.newer.get(text);
    if (known !== undefined) return known;
    const value = this.older.has(text) ? (this.older.get(text) as T) : work(text);
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(text, value);
    return value;
  }
}
