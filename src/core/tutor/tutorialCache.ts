/**
 * Where generated tutorials and hints are kept so the same request never pays for a second LLM call. The LLM adapter
 * takes any implementation: the in-memory one below, or one the extension backs with workspace storage.
 */
export interface TutorCache<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
}

/** A bounded least-recently-used in-memory cache, the default for a session. */
export class MemoryTutorCache<T> implements TutorCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity = 200) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<T | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserting moves the key to the end of the Map's order, which is our recency order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  async set(key: string, value: T): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
