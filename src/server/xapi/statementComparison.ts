// xAPI's statement comparison (xAPI-Data 2.3.1): two statements with the same id conflict unless they differ only
// in what the LRS may assign or reserialise: id, authority, stored, timestamp (as an instant), version,
// verb display, activity definitions, group member order, attachments, and case of case-insensitive values.

type Json = unknown;

function normalise(value: Json, path: string[]): Json {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, path));
    // Group members are an unordered list.
    if (path[path.length - 1] === 'member') return items.map((item) => JSON.stringify(item)).sort().map((item) => JSON.parse(item) as Json);
    return items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, Json>)[key];
    const parent = path[path.length - 1];
    if (path.length === 0 && ['id', 'authority', 'stored', 'version', 'attachments', 'timestamp'].includes(key)) continue;
    if (key === 'display' && parent === 'verb') continue;
    if (key === 'definition') continue;
    if ((key === 'registration' || (key === 'id' && isStatementRef(value))) && typeof child === 'string') {
      out[key] = child.toLowerCase();
      continue;
    }
    if (key === 'mbox_sha1sum' && typeof child === 'string') {
      out[key] = child.toLowerCase();
      continue;
    }
    if (key === 'timestamp' && typeof child === 'string') {
      out[key] = Date.parse(child);
      continue;
    }
    out[key] = normalise(child, [...path, key]);
  }
  return out;
}

function isStatementRef(value: object): boolean {
  return (value as { objectType?: unknown }).objectType === 'StatementRef';
}

function timestampOf(statement: Record<string, Json>): number | undefined {
  return typeof statement.timestamp === 'string' ? Date.parse(statement.timestamp) : undefined;
}

/** True when `incoming` may be accepted as a repeat of the stored statement with the same id (no 409). */
export function statementsMatch(stored: Record<string, Json>, incoming: Record<string, Json>): boolean {
  const incomingTime = timestampOf(incoming);
  // A timestamp the client did not send was assigned by the LRS, so only a sent one must agree.
  if (incomingTime !== undefined && incomingTime !== timestampOf(stored)) return false;
  return JSON.stringify(normalise(stored, [])) === JSON.stringify(normalise(incoming, []));
}
