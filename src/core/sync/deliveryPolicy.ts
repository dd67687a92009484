// How the sync client treats each answer of the server, how long it waits before retrying, and how it cuts the
// queue into requests. Pure: the HTTP client reports what happened, this decides what to do about it.

/** What one POST of a batch came back with, as the HTTP client saw it. */
export type DeliveryResponse =
  | {
      kind: 'http';
      status: number;
      /** The Retry-After header, verbatim. */
      retryAfter?: string;
      /** The server's explanation (its JSON `message`, or the start of the body), already bounded in length. */
      message: string;
      /** Statement ids of a 200 answer, when the body was a JSON array of strings. */
      ids?: readonly string[];
    }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'cancelled' };

/** What to do with a batch after its response. */
export type DeliveryVerdict =
  /** Stored (or already stored): remove from the queue. */
  | { action: 'delivered'; note?: string }
  /** The server refused the batch as a whole for a reason that may lie in one statement: send the halves. */
  | { action: 'split'; reason: string }
  /** This one statement is refused for good: keep it aside with the server's reason, never retry it on its own. */
  | { action: 'quarantine'; reason: string }
  /** A passing problem: keep the batch and try again later. */
  | { action: 'retry'; reason: string; retryAfterMs?: number }
  /** Nothing will get through until the engineer acts (a bad token, a wrong URL): stop and tell them. */
  | { action: 'stop'; problem: 'auth' | 'config'; reason: string }
  /** The engineer or the editor cancelled: nothing changes. */
  | { action: 'cancelled' };

/** Classifies one response; `ids` are the statement ids of the batch that was sent. */
export function classifyDelivery(response: DeliveryResponse, ids: readonly string[], nowMs: number): DeliveryVerdict {
  if (response.kind === 'cancelled') return { action: 'cancelled' };
  if (response.kind === 'network') return { action: 'retry', reason: `the server could not be reached (${response.message})` };
  if (response.kind === 'timeout') return { action: 'retry', reason: `the server did not answer in time (${response.message})` };
  const { status } = response;
  const said = response.message ? `: ${response.message}` : '';
  const several = ids.length > 1;
  if (status === 200 || status === 204) {
    if (status === 200) {
      const acknowledged = new Set((response.ids ?? []).map((id) => id.toLowerCase()));
      // A captive portal or a misconfigured proxy also answers 200: only the statement ids prove storage.
      if (!ids.every((id) => acknowledged.has(id.toLowerCase()))) {
        return { action: 'retry', reason: 'the server answered 200 without the ids of the statements sent; is the URL a Skilltrace (xAPI) server?' };
      }
    }
    return { action: 'delivered' };
  }
  if (status === 409) {
    // xAPI answers 409 for an id already stored with other content; the batch is refused as a whole, so split
    // until the conflicting statement is alone, then count it as delivered: that id is taken on the server.
    if (several) return { action: 'split', reason: `the server reports a conflicting statement id${said}` };
    return { action: 'delivered', note: `statement ${ids[0]} was already stored on the server with other content${said}` };
  }
  if (status === 413) {
    if (several) return { action: 'split', reason: `the batch is too large for the server (413)${said}` };
    return { action: 'quarantine', reason: `the statement is too large for the server (413)${said}` };
  }
  if (status === 401) return { action: 'stop', problem: 'auth', reason: `the server refused the token (401)${said}` };
  if (status === 403) return { action: 'stop', problem: 'auth', reason: `the token is not allowed to send these statements (403)${said}` };
  if (status === 404 || status === 405 || (status >= 300 && status < 400)) {
    return { action: 'stop', problem: 'config', reason: `the server URL does not serve xAPI statements (${status})${said}` };
  }
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    return { action: 'retry', reason: `the server is unavailable (${status})${said}`, retryAfterMs: parseRetryAfter(response.retryAfter, nowMs) };
  }
  if (status >= 400 && status < 500) {
    if (several) return { action: 'split', reason: `the server refused the batch (${status})${said}` };
    return { action: 'quarantine', reason: `the server refused the statement (${status})${said}` };
  }
  return { action: 'retry', reason: `unexpected answer ${status} from the server${said}` };
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** The retry schedule; `defaultBackoff` is what the extension uses. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** A Retry-After longer than this is capped: a hostile or broken server must not park the queue for days. */
  maxRetryAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/**
 * How long to wait before attempt `failures + 1`: exponential from `baseMs`, capped at `maxMs`, with "equal jitter"
 * (half fixed, half random) so that many editors coming back after an outage do not retry in step. A Retry-After
 * from the server is honoured (capped) and a little jitter added on top, never subtracted.
 */
export function retryDelay(failures: number, random: () => number, retryAfterMs?: number, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.min(30, Math.max(0, failures - 1));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const jittered = ceiling / 2 + (ceiling / 2) * clamp01(random());
  if (retryAfterMs === undefined) return Math.round(jittered);
  const honoured = Math.min(policy.maxRetryAfterMs, Math.max(0, retryAfterMs));
  return Math.round(honoured + Math.min(policy.baseMs, honoured * 0.1) * clamp01(random()));
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}

/** How big one request may be; `defaultDeliveryLimits` is what the extension uses (well under the server's). */
export interface DeliveryLimits {
  maxStatements: number;
  maxBytes: number;
  /** A single statement larger than this is never queued: the shared schema keeps real ones near 1 KB. */
  maxStatementBytes: number;
}

export const defaultDeliveryLimits: DeliveryLimits = { maxStatements: 50, maxBytes: 256 * 1024, maxStatementBytes: 16 * 1024 };

/**
 * How many of the queued statements (oldest first, by their serialized sizes) go into the next request: as many as
 * fit both limits, and always at least one so an outsized statement reaches the server and gets its verdict.
 */
export function batchSize(sizes: readonly number[], limits: Pick<DeliveryLimits, 'maxStatements' | 'maxBytes'>): number {
  let bytes = 2;
  let count = 0;
  for (const size of sizes) {
    if (count >= limits.maxStatements) break;
    const next = bytes + size + (count > 0 ? 1 : 0);
    if (count > 0 && next > limits.maxBytes) break;
    bytes = next;
    count++;
  }
  return count;
}
