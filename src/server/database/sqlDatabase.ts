/** The SQL surface the server's stores use, implemented by both PGlite (embedded) and PostgreSQL, so one schema serves both. */
export interface SqlExecutor {
  /**
   * Runs one parameterised statement ($1, $2, …) and returns its rows. A `prepareAs` name lets PostgreSQL keep the
   * statement parsed and planned per connection (hot paths with constant SQL text); PGlite ignores it.
   */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: { prepareAs?: string }): Promise<Row[]>;
}

/** A database connection (or pool) the server owns for its lifetime. */
export interface SqlDatabase extends SqlExecutor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
