/**
 * Heavy parts of the extension (tree-sitter grammars, the LLM client, the database of the profile) load on
 * first need, through this registry, so activation stays cheap and the activation benchmark can check that
 * none of them loaded during activate().
 */
export class LazyPart<T> {
  private static readonly loaded = new Set<string>();
  private promise: Promise<T> | undefined;

  constructor(
    readonly name: string,
    private readonly load: () => Promise<T>,
  ) {}

  /** Loads the part once; concurrent callers share the same load. A failed load is retried next time. */
  get(): Promise<T> {
    if (!this.promise) {
      LazyPart.loaded.add(this.name);
      this.promise = this.load().catch((error: unknown) => {
        this.promise = undefined;
        throw error;
      });
    }
    return this.promise;
  }

  /** Forgets the loaded value (e.g. the LLM client after its settings change); the next get() loads anew. */
  reset(): void {
    this.promise = undefined;
  }

  /** Names of the parts loaded so far in this extension host. */
  static loadedNames(): string[] {
    return [...LazyPart.loaded];
  }
}
