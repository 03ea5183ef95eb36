/**
 * A promise kept for `ttlMs`, for values that are cheap to be a little late
 * on and costly to read on every request. A failed load is never kept, and
 * `clear()` lets the owner drop it as soon as it knows the value changed.
 */
export class ExpiringValue<T> {
  private cached?: { expires: number; value: Promise<T> };

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    if (this.cached && this.cached.expires > this.now()) {
      return this.cached.value;
    }
    const value = this.load();
    const entry = { expires: this.now() + this.ttlMs, value };
    this.cached = entry;
    value.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return value;
  }

  clear(): void {
    this.cached = undefined;
  }
}
