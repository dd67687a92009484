import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkToken, isLoopbackUrl, normalizeServerUrl, XapiSyncClient } from '../../../src/adapters/sync/xapiSyncClient';
import { classifyDelivery } from '../../../src/core/sync/deliveryPolicy';
import { reportStatement } from './syncFixtures';

const token = 'st_1_abcdefghijklmnopqrstuvwxyz012345';

/** A hostile or broken "server" on loopback: each test decides how it answers. */
async function hostile(handler: (request: IncomingMessage, response: ServerResponse, body: string) => void): Promise<{ url: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    seen.push(request);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => handler(request, response, body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

describe('sync HTTP client: requests and hostile answers', function () {
  this.timeout(30_000);
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  it('sends the xAPI version header, the bearer token and JSON, to /xapi/statements', async () => {
    const h = await hostile((_request, response, body) => {
      const ids = (JSON.parse(body) as { id: string }[]).map((s) => s.id);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ids));
    });
    servers.push(h.server);
    const statement = reportStatement();
    const answer = await new XapiSyncClient({ serverUrl: `${h.url}/`, token }).postStatements([statement]);
    assert.deepEqual(answer, { kind: 'http', status: 200, retryAfter: undefined, message: '', ids: [statement.id] });
    const [request] = h.seen;
    assert.equal(request!.url, '/xapi/statements');
    assert.equal(request!.method, 'POST');
    assert.equal(request!.headers['x-experience-api-version'], '2.0.0');
    assert.equal(request!.headers.authorization, `Bearer ${token}`);
    assert.equal(request!.headers['content-type'], 'application/json');
  });

  it('keeps the path of a server behind a reverse proxy', async () => {
    const h = await hostile((_request, response) => response.writeHead(200).end('[]'));
    servers.push(h.server);
    await new XapiSyncClient({ serverUrl: `${h.url}/teams/skilltrace`, token }).postStatements([]);
    assert.equal(h.seen[0]!.url, '/teams/skilltrace/xapi/statements');
  });

  it('times out a server that never answers, within the bound', async () => {
    const h = await hostile(() => undefined);
    servers.push(h.server);
    const started = Date.now();
    const answer = await new XapiSyncClient({ serverUrl: h.url, token, timeoutMs: 300 }).postStatements([reportStatement()]);
    assert.equal(answer.kind, 'timeout');
    assert.ok(Date.now() - started < 3000);
  });

  it('is cancellable mid-request', async () => {
    const h = await hostile(() => undefined);
    servers.push(h.server);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    assert.deepEqual(await new XapiSyncClient({ serverUrl: h.url, token }).postStatements([reportStatement()], controller.signal), { kind: 'cancelled' });
    assert.deepEqual(await new XapiSyncClient({ serverUrl: h.url, token }).postStatements([reportStatement()], controller.signal), { kind: 'cancelled' });
  });

  it('reads at most the bounded size of an endless answer', async () => {
    const h = await hostile((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '99999999' });
      const chunk = 'x'.repeat(64 * 1024);
      const pump = (): void => {
        while (response.write(chunk)) {
          /* keep writing until the socket pushes back */
        }
        response.once('drain', pump);
      };
      pump();
    });
    servers.push(h.server);
    const before = process.memoryUsage().rss;
    const answer = await new XapiSyncClient({ serverUrl: h.url, token, maxResponseBytes: 100_000 }).postStatements([reportStatement()]);
    assert.equal(answer.kind, 'http');
    assert.equal((answer as { status: number }).status, 503);
    assert.ok((answer as { message: string }).message.length <= 500);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
    const verdict = classifyDelivery(answer, ['x'], Date.now());
    assert.equal(verdict.action, 'retry');
  });

  it('refuses to follow a redirect: the token and statements go only to the consented URL', async () => {
    const elsewhere = await hostile((_request, response) => response.writeHead(200).end('[]'));
    servers.push(elsewhere.server);
    const h = await hostile((_request, response) => response.writeHead(307, { location: `${elsewhere.url}/xapi/statements` }).end());
    servers.push(h.server);
    const answer = await new XapiSyncClient({ serverUrl: h.url, token }).postStatements([reportStatement()]);
    assert.equal((answer as { status: number }).status, 307);
    assert.equal(classifyDelivery(answer, ['x'], Date.now()).action, 'stop');
    assert.equal(elsewhere.seen.length, 0, 'the other server saw nothing');
  });

  it('does not count a captive portal (200 with HTML) as delivered, and refuses a fake identity', async () => {
    const h = await hostile((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in to the Wi-Fi</html>'));
    servers.push(h.server);
    const client = new XapiSyncClient({ serverUrl: h.url, token });
    const statement = reportStatement();
    assert.equal(classifyDelivery(await client.postStatements([statement]), [statement.id], Date.now()).action, 'retry');
    await assert.rejects(client.me(), (e: Error & { kind?: string }) => e.kind === 'config' && /not a Skilltrace identity|other than a Skilltrace identity/.test(e.message));
  });

  it('refuses a "more" link to another server while listing', async () => {
    const h = await hostile((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements: [], more: 'http://evil.example/xapi/statements?more=1' })));
    servers.push(h.server);
    await assert.rejects(new XapiSyncClient({ serverUrl: h.url, token }).listSkillReportIds(), /another server/);
  });

  it('checks URLs and tokens before anything is stored or sent', () => {
    assert.equal(normalizeServerUrl(' https://skilltrace.example.com/ '), 'https://skilltrace.example.com');
    assert.equal(normalizeServerUrl('http://127.0.0.1:8080/base/'), 'http://127.0.0.1:8080/base');
    assert.throws(() => normalizeServerUrl('skilltrace.example.com'), /not a URL/);
    assert.throws(() => normalizeServerUrl('ftp://x.example'), /https:\/\//);
    assert.throws(() => normalizeServerUrl('https://ada:secret@x.example'), /must not contain a user name or password/);
    assert.throws(() => normalizeServerUrl('https://x.example/?token=1'), /query/);
    assert.ok(isLoopbackUrl('http://127.0.0.1:9000'));
    assert.ok(isLoopbackUrl('http://localhost:9000'));
    assert.ok(!isLoopbackUrl('http://skilltrace.internal'));
    assert.equal(checkToken(`  ${token}\n`), token);
    assert.throws(() => checkToken(''), /empty/);
    assert.throws(() => checkToken('st_1_abc\r\nX-Injected: 1'), /one line/);
    assert.throws(() => new XapiSyncClient({ serverUrl: 'https://x.example', token: 'a b' }), /one line/);
  });
});
