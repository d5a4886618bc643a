/**
 * A read-only map from ids to values, stored as an array beside an index shared by every unit of an evaluation.
 * Ten thousand units each holding four ordinary Maps of scores kept the garbage collector busy for longer than
 * the scoring itself; this keeps one array per unit and per kind.
 */
export class Keyed<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly ids: readonly string[],
    private readonly slots: (V | undefined)[],
  ) {}

  /** An empty map over the ids of `index`. */
  static over<V>(index: ReadonlyMap<string, number>, ids: readonly string[]): Keyed<V> {
    return new Keyed<V>(index, ids, new Array<V | undefined>(ids.length));
  }

  /** Sets the value of an id the index knows (used while the evaluation builds the map). */
  put(position: number, value: V): void {
    this.slots[position] = value;
  }

  get(id: string): V | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.slots[i];
  }

  has(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.slots[i] !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const v of this.slots) if (v !== undefined) n++;
    return n;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.ids.length; i++) {
      const v = this.slots[i];
      if (v !== undefined) yield [this.ids[i] as string, v];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
}

/** id → position, for a list of ids. */
export function indexOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}
