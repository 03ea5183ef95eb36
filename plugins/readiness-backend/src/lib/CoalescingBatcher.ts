/**
 * Coalesces lookups of many keys into few calls: the first lookup of a group
 * goes out at once; lookups that arrive while it is in flight wait and go out
 * together in the next call. Under load, 20 concurrent requests cost one or
 * two round trips instead of 20; with no load nothing waits.
 *
 * Lookups of different groups (one per principal, say) never share a call.
 */
export class CoalescingBatcher<K, V, C = undefined> {
  private readonly groups = new Map<string, GroupQueue<K, V, C>>();

  constructor(
    private readonly fetch: (keys: K[], context: C) => Promise<Map<K, V>>,
    private readonly maxKeysPerCall = 500,
  ) {}

  /** The values found for `keys` (absent keys are missing from the map). */
  load(group: string, keys: K[], context: C): Promise<Map<K, V>> {
    return new Promise((resolve, reject) => {
      let queue = this.groups.get(group);
      if (!queue) {
        queue = { inFlight: false, waiting: [] };
        this.groups.set(group, queue);
      }
      queue.waiting.push({ keys, context, resolve, reject });
      if (!queue.inFlight) this.flush(group, queue);
    });
  }

  private flush(group: string, queue: GroupQueue<K, V, C>): void {
    const batch: Waiter<K, V, C>[] = [];
    const keys = new Set<K>();
    while (queue.waiting.length > 0) {
      const next = queue.waiting[0];
      if (batch.length > 0 && keys.size + next.keys.length > this.maxKeysPerCall) break;
      queue.waiting.shift();
      batch.push(next);
      next.keys.forEach(key => keys.add(key));
    }
    if (batch.length === 0) {
      this.groups.delete(group);
      return;
    }
    queue.inFlight = true;
    this.fetch([...keys], batch[0].context).then(
      found => batch.forEach(waiter => waiter.resolve(found)),
      error => batch.forEach(waiter => waiter.reject(error)),
    ).finally(() => {
      queue.inFlight = false;
      this.flush(group, queue);
    });
  }
}

interface Waiter<K, V, C> {
  keys: K[];
  context: C;
  resolve: (found: Map<K, V>) => void;
  reject: (error: unknown) => void;
}

interface GroupQueue<K, V, C> {
  inFlight: boolean;
  waiting: Waiter<K, V, C>[];
}
