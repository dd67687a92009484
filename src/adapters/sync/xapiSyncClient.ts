import { z } from 'zod';
import type { DeliveryResponse } from '../../core/sync/deliveryPolicy';
import { conceptActivityIdPrefix, engineerAgentSchema, type EngineerAgent, type SkillReportStatement } from '../../shared/syncSchemas';

/** The xAPI version the client speaks (the team server answers 2.0.0 and accepts 1.0.x). */
export const XAPI_VERSION = '2.0.0';
const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

/** Why a call other than a batch POST failed, in a form the extension can tell the engineer about. */
export class SyncClientError extends Error {
  constructor(
    readonly kind: 'auth' | 'config' | 'network' | 'timeout' | 'server' | 'cancelled' | 'refused',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Who the token belongs to, as GET /api/me tells: the engineer's xAPI agent, team and the server's k. */
export const serverIdentitySchema = z.object({
  name: z.string().min(1).max(200),
  role: z.enum(['engineer', 'lead', 'admin']),
  team: z.object({ id: z.number(), name: z.string().max(200) }).nullable(),
  shareIndividual: z.boolean(),
  agent: engineerAgentSchema,
  minGroupSize: z.number().int().min(1),
});
export type ServerIdentity = z.infer<typeof serverIdentitySchema>;

/**
 * Checks and normalises a server URL typed by the engineer: http(s), no credentials (the token lives in secret
 * storage, never in settings), no query or fragment, no trailing slash. Throws a readable Error otherwise.
 */
export function normalizeServerUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text.slice(0, 200)}" is not a URL; enter the server's address, e.g. https://skilltrace.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`the server URL must start with https:// (got ${url.protocol})`);
  if (url.username || url.password) throw new Error('the server URL must not contain a user name or password; the token is asked for separately and kept in secret storage');
  if (url.search || url.hash) throw new Error('the server URL must not contain a query (?) or fragment (#)');
  return url.toString().replace(/\/+$/, '');
}

/** True for http(s) URLs on this machine, where plain http is not a risk to the token. */
export function isLoopbackUrl(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Checks a token before it is stored or sent: one line of printable characters. */
export function checkToken(token: string): string {
  const text = token.trim();
  if (text.length === 0) throw new Error('the token is empty');
  if (text.length > 4096 || !/^[\x21-\x7e]+$/.test(text)) throw new Error('the token must be one line of printable characters without spaces, as the server printed it');
  return text;
}

/** Options of the client; the defaults are what the extension uses. */
export interface SyncClientOptions {
  serverUrl: string;
  token: string;
  /** Per request, including reading the answer. */
  timeoutMs?: number;
  /** Largest answer body read (the rest is discarded): error messages and pages are small. */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
}

interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * The HTTP side of team sync (Node's fetch): posts statement batches to the server's xAPI endpoint with the
 * X-Experience-API-Version header and the engineer's token, voids statements and deletes the engineer's data on
 * revocation. Every request has a timeout and honours an AbortSignal; redirects are refused, so statements and the
 * token only ever go to the URL the engineer consented to.
 */
export class XapiSyncClient {
  readonly serverUrl: string;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: SyncClientOptions) {
    this.serverUrl = normalizeServerUrl(options.serverUrl);
    this.token = checkToken(options.token);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 4 * 1024 * 1024;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** Posts one batch. Never throws: every outcome, including a dead network, is a DeliveryResponse to classify. */
  async postStatements(statements: readonly SkillReportStatement[], signal?: AbortSignal): Promise<DeliveryResponse> {
    let answer: RawAnswer;
    try {
      answer = await this.request('POST', '/xapi/statements', JSON.stringify(statements), signal);
    } catch (error) {
      if (error instanceof SyncClientError) {
        if (error.kind === 'cancelled') return { kind: 'cancelled' };
        if (error.kind === 'timeout') return { kind: 'timeout', message: error.message };
        return { kind: 'network', message: error.message };
      }
      return { kind: 'network', message: String(error) };
    }
    const json = safeJson(answer.text);
    const ids = Array.isArray(json) && json.every((id) => typeof id === 'string') ? (json as string[]) : undefined;
    return {
      kind: 'http',
      status: answer.status,
      retryAfter: answer.headers.get('retry-after') ?? undefined,
      message: answer.status === 200 ? '' : serverMessage(answer.text),
      ids,
    };
  }

  /** GET /api/me: who the token belongs to. Throws SyncClientError (auth for 401/403 or a non-engineer token). */
  async me(signal?: AbortSignal): Promise<ServerIdentity> {
    const answer = await this.request('GET', '/api/me', undefined, signal);
    this.throwUnlessOk(answer, 'checking the token');
    const parsed = serverIdentitySchema.safeParse(safeJson(answer.text));
    if (!parsed.success) throw new SyncClientError('config', `${this.serverUrl} answered /api/me with something other than a Skilltrace identity; is this a Skilltrace server?`);
    if (parsed.data.role !== 'engineer') {
      throw new SyncClientError('auth', `this token belongs to ${parsed.data.name}, who is a ${parsed.data.role}; team sync needs an engineer's token`);
    }
    return parsed.data;
  }

  /**
   * The ids of this engineer's skill-report statements on the server (not voided), optionally about one concept
   * activity, following the xAPI "more" links.
   */
  async listSkillReportIds(options: { activityId?: string; signal?: AbortSignal } = {}): Promise<string[]> {
    const ids: string[] = [];
    const query = new URLSearchParams({ limit: '100', format: 'ids' });
    if (options.activityId) query.set('activity', options.activityId);
    let path: string | undefined = `/xapi/statements?${query.toString()}`;
    for (let page = 0; path && page < 10_000; page++) {
      const answer = await this.request('GET', path, undefined, options.signal);
      this.throwUnlessOk(answer, 'listing your statements');
      const result = z
        .object({ statements: z.array(z.object({ id: z.string(), verb: z.object({ id: z.string() }), object: z.object({ id: z.string().optional() }).loose() }).loose()), more: z.string().optional() })
        .safeParse(safeJson(answer.text));
      if (!result.success) throw new SyncClientError('server', 'the server answered the statement list in an unexpected shape');
      for (const statement of result.data.statements) {
        if (statement.verb.id === VOIDED_VERB) continue;
        if (statement.object.id?.startsWith(conceptActivityIdPrefix)) ids.push(statement.id);
      }
      path = result.data.more ? this.sameServerPath(result.data.more) : undefined;
    }
    return ids;
  }

  /** Voids statements (in batches), so servers the statements were forwarded to drop them too; returns the count. */
  async voidStatements(actor: EngineerAgent, targetIds: readonly string[], newId: () => string, signal?: AbortSignal): Promise<number> {
    let voided = 0;
    for (let first = 0; first < targetIds.length; first += 100) {
      const voiding = targetIds.slice(first, first + 100).map((target) => ({
        id: newId(),
        actor,
        verb: { id: VOIDED_VERB, display: { 'en-US': 'voided' } },
        object: { objectType: 'StatementRef', id: target },
        timestamp: new Date().toISOString(),
      }));
      const answer = await this.request('POST', '/xapi/statements', JSON.stringify(voiding), signal);
      this.throwUnlessOk(answer, 'voiding your statements');
      voided += voiding.length;
    }
    return voided;
  }

  /** DELETE /api/me/data: removes everything the engineer sent; returns how many statements the server deleted. */
  async deleteMyData(signal?: AbortSignal): Promise<number> {
    const answer = await this.request('DELETE', '/api/me/data', undefined, signal);
    this.throwUnlessOk(answer, 'deleting your data');
    const parsed = z.object({ deletedStatements: z.number() }).safeParse(safeJson(answer.text));
    return parsed.success ? parsed.data.deletedStatements : 0;
  }

  private throwUnlessOk(answer: RawAnswer, doing: string): void {
    if (answer.status >= 200 && answer.status < 300) return;
    const said = serverMessage(answer.text);
    const detail = said ? `: ${said}` : '';
    if (answer.status === 401) throw new SyncClientError('auth', `the server refused the token while ${doing} (401)${detail}`, 401);
    if (answer.status === 403) throw new SyncClientError('auth', `the token may not do this while ${doing} (403)${detail}`, 403);
    if (answer.status === 404 || (answer.status >= 300 && answer.status < 400)) {
      throw new SyncClientError('config', `${this.serverUrl} is not a Skilltrace server, or not at this URL (${answer.status} while ${doing})`, answer.status);
    }
    if (answer.status >= 500 || answer.status === 429 || answer.status === 408) {
      throw new SyncClientError('server', `the server is unavailable (${answer.status} while ${doing})${detail}`, answer.status);
    }
    throw new SyncClientError('refused', `the server refused the request (${answer.status} while ${doing})${detail}`, answer.status);
  }

  /** A "more" link must stay on the consented server; anything else is refused. */
  private sameServerPath(more: string): string {
    const base = new URL(`${this.serverUrl}/`);
    const next = new URL(more, base);
    if (next.origin !== base.origin) throw new SyncClientError('server', 'the server sent a "more" link to another server; refusing to follow it');
    return `${next.pathname}${next.search}`;
  }

  private async request(method: string, path: string, body: string | undefined, signal: AbortSignal | undefined): Promise<RawAnswer> {
    if (signal?.aborted) throw new SyncClientError('cancelled', 'cancelled');
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const origin = new URL(`${this.serverUrl}/`);
    const url = new URL(path.replace(/^\/+/, ''), origin).toString();
    try {
      const response = await this.fetchImpl(url, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          'x-experience-api-version': XAPI_VERSION,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body,
        redirect: 'manual',
        signal: combined,
      });
      const text = await readBounded(response, this.maxResponseBytes);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (signal?.aborted) throw new SyncClientError('cancelled', 'cancelled');
      if (timeout.aborted) throw new SyncClientError('timeout', `no answer from ${origin.host} within ${Math.round(this.timeoutMs / 1000)} s`);
      throw new SyncClientError('network', describeNetworkError(error, origin.host));
    }
  }
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - total;
    if (value.byteLength >= room) {
      chunks.push(value.subarray(0, Math.max(0, room)));
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeNetworkError(error: unknown, host: string): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `${host}: ${reason}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The server's own explanation from an error body ({ message } as the team server sends), bounded and on one line. */
function serverMessage(text: string): string {
  const json = safeJson(text) as { message?: unknown } | undefined;
  const message = typeof json?.message === 'string' ? json.message : text;
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}
