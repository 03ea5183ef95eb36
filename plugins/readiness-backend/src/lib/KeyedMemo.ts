import { LRUCache } from 'lru-cache';

export interface KeyedMemoOptions {
  /** What the memo holds, as the cache table in the README names it. */
  name: string;
  /** Size bound: past it the least recently used entry goes, the rest stay. */
  maxEntries: number;
  /**
   * Time bound: an entry is served for this long after it was stored (0
   * keeps nothing). Without it, an entry lasts until it is evicted, cleared
   * or asked for under another version.
   */
  ttlMs?: number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  version?: string;
  expiresAt: number;
}

/**
 * The one cache helper of the backend: values by key, each valid for a time
 * (`ttlMs`) or while the version it was stored under is the one asked for
 * (a store version, say), at most `maxEntries` of them.
 *
 * Freshness is checked here rather than with lru-cache's own `ttl`: there a
 * ttl of 0 means "forever", the clock is read through a timer-cached value,
 * and an entry stored at time 0 never expires; lru-cache keeps the order
 * and the size bound.
 *
 * A promise that rejects is dropped (unless something newer replaced it),
 * so a failed load is never served.
 */
export class KeyedMemo<K extends {}, V> {
  readonly name: string;
  private readonly entries: LRUCache<K, Entry<V>>;
  private readonly ttlMs?: number;
  private readonly now: () => number;

  constructor(options: KeyedMemoOptions) {
    const { name, maxEntries, ttlMs } = options;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new TypeError(
        `Cache "${name}": maxEntries must be a whole number of at least 1, got ${maxEntries}`,
      );
    }
    if (ttlMs !== undefined && !(ttlMs >= 0)) {
      throw new TypeError(
        `Cache "${name}": ttlMs must be a number of milliseconds of at least 0, got ${ttlMs}`,
      );
    }
    this.name = name;
    this.entries = new LRUCache({ max: maxEntries });
    this.ttlMs = ttlMs;
    this.now = options.now ?? Date.now;
  }

  /**
   * The value stored for `key`, if still valid (within the time bound and
   * stored under `version`); counts as a use for the size bound.
   */
  get(key: K, version?: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.isValid(entry, version)) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V, version?: string): void {
    if (this.ttlMs === 0) return;
    const expiresAt =
      this.ttlMs === undefined ? Infinity : this.now() + this.ttlMs;
    this.entries.set(key, { value, version, expiresAt });
    if (isPromise(value)) {
      value.catch(() => {
        if (this.entries.peek(key)?.value === value) this.entries.delete(key);
      });
    }
  }

  /** The valid value for `key`, or what `load` returns, stored. */
  getOrLoad(key: K, load: () => V, version?: string): V {
    const entry = this.entries.get(key);
    if (entry && this.isValid(entry, version)) return entry.value;
    const value = load();
    this.set(key, value, version);
    return value;
  }

  private isValid(entry: Entry<V>, version: string | undefined): boolean {
    return entry.version === version && entry.expiresAt > this.now();
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Entries held, valid or not yet found out of date. */
  get size(): number {
    return this.entries.size;
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { catch?: unknown }).catch === 'function'
  );
}
