import { resolve } from 'node:path';
import type { EngineerAgent } from '../../../src/shared/syncSchemas';
import { startServer, type RunningServer, type TeamServerOptions } from '../../../src/server/teamServer';
import type { TestBackend } from './databaseBackends';

/** The dashboard assets from source, as tests (run through tsx) find them. */
export const assetsDir = resolve(__dirname, '../../../src/server/dashboard');

/** Admin credentials every test server is bootstrapped with (SKILLTRACE_ADMIN). */
export const adminCredentials = 'root:correct-horse-battery';

/** A Basic Authorization header value. */
export function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

export const adminAuth = basic('root', 'correct-horse-battery');

/** What a test request sends: credentials, a JSON body or raw bytes (multipart bodies), extra headers. */
type TestRequest = { auth?: string; body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string> };

/** A running test server plus a small HTTP client for it. */
export interface TestServer extends RunningServer {
  request(method: string, path: string, init?: TestRequest): Promise<{
    status: number;
    headers: Headers;
    json: unknown;
    text: string;
  }>;
  xapi(method: string, path: string, init?: TestRequest): ReturnType<TestServer['request']>;
}

/** Starts a real server on 127.0.0.1 with a fresh database of the given backend. */
export async function startTestServer(backend: TestBackend, extra: Partial<TeamServerOptions> = {}): Promise<TestServer> {
  const running = await startServer({
    database: await backend.create(),
    assetsDir,
    bootstrapAdmin: adminCredentials,
    log: () => undefined,
    rateLimit: { perMinute: 100_000, burst: 100_000 },
    ...extra,
  });
  const request: TestServer['request'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.auth) headers.authorization = init.auth;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (Buffer.isBuffer(init.rawBody)) {
      body = new Uint8Array(new ArrayBuffer(init.rawBody.length));
      body.set(init.rawBody);
    } else if (init.rawBody !== undefined) body = init.rawBody;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    const response = await fetch(`${running.url}${path}`, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  return {
    ...running,
    request,
    xapi: (method, path, init = {}) =>
      request(method, `/xapi${path}`, { auth: adminAuth, ...init, headers: { 'x-experience-api-version': '2.0.0', ...(init.headers ?? {}) } }),
  };
}

/** Calls the admin HTTP API of a running server as the bootstrap admin; throws with the answer on any non-2xx. */
export async function adminCall(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: adminAuth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** An engineer on a team (created when missing) with a fresh token and the xAPI agent the server knows them by. */
export interface TestEngineer {
  name: string;
  token: string;
  tokenId: number;
  /** The Authorization header value of the token. */
  auth: string;
  agent: EngineerAgent;
}

export async function createEngineer(url: string, name: string, team: string): Promise<TestEngineer> {
  const teams = (await adminCall(url, 'GET', '/api/teams')) as { teams: { name: string }[] };
  if (!teams.teams.some((t) => t.name === team)) await adminCall(url, 'POST', '/api/admin/teams', { name: team });
  await adminCall(url, 'POST', '/api/admin/users', { name, role: 'engineer', team });
  const { token, tokenId } = (await adminCall(url, 'POST', '/api/admin/tokens', { user: name })) as { token: string; tokenId: number };
  const auth = `Bearer ${token}`;
  const me = await fetch(`${url}/api/me`, { headers: { authorization: auth } });
  const { agent } = (await me.json()) as { agent: EngineerAgent };
  return { name, token, tokenId, auth, agent };
}
