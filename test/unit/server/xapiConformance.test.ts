import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundaryOf, parseMultipart } from '../../../src/server/xapi/multipartMixed';
import { testBackends } from './databaseBackends';
import { adminAuth, basic, startTestServer, type TestServer } from './serverFixture';

// The statement requirements of the ADL LRS conformance suite (test/v2_0) that the first xAPI tests did not cover,
// one rule per test; docs/xapi-conformance.md maps each requirement to the test here that proves it.

const verb = { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } };
const actor = { objectType: 'Agent', mbox: 'mailto:conformance@example.com', name: 'Conformance' };
const activity = { objectType: 'Activity', id: 'http://example.com/activities/conformance' };
const voided = { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } };
const boundary = '-------314159265358979323846';
const sha256 = (content: Buffer | string): string => createHash('sha256').update(content).digest('hex');

function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { actor, verb, object: activity, ...overrides };
}

function attachment(content: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    usageType: 'http://example.com/attachment-usage/test',
    display: { 'en-US': 'A test attachment' },
    contentType: 'text/plain',
    length: Buffer.byteLength(content),
    sha2: sha256(content),
    ...overrides,
  };
}

interface Part {
  headers: Record<string, string>;
  body: string | Buffer;
}

/** A multipart/mixed body as the ADL suite builds them, CRLF line ends included. */
function multipart(parts: Part[], options: { leadingBoundary?: boolean } = {}): Buffer {
  const chunks: Buffer[] = [];
  parts.forEach((part, index) => {
    if (index > 0 || options.leadingBoundary !== false) chunks.push(Buffer.from(`--${boundary}\r\n`));
    chunks.push(Buffer.from(Object.entries(part.headers).map(([name, value]) => `${name}: ${value}\r\n`).join('') + '\r\n'));
    chunks.push(Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body), Buffer.from('\r\n'));
  });
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const jsonPart = (value: unknown): Part => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
const dataPart = (content: string | Buffer, hash = sha256(content), encoding = 'binary'): Part => ({
  headers: { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': encoding, 'X-Experience-API-Hash': hash },
  body: content,
});

for (const backend of testBackends()) {
  describe(`xAPI conformance (ADL LRS suite statement rules) on ${backend.name}`, function () {
    // Servers start a real database (PGlite's WASM or a fresh PostgreSQL one): seconds on a loaded 2-core machine.
    this.timeout(60_000);
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend);
    });
    after(async () => server?.close());

    const post = (body: unknown): ReturnType<TestServer['xapi']> => server.xapi('POST', '/statements', { body });
    const postMultipart = (body: Buffer, contentType = `multipart/mixed; boundary=${boundary}`, method = 'POST', path = '/statements') =>
      server.xapi(method, path, { rawBody: body, headers: { 'content-type': contentType } });
    const getById = async (id: string, extra = ''): Promise<Record<string, unknown>> => {
      const response = await server.xapi('GET', `/statements?statementId=${id}${extra}`);
      assert.equal(response.status, 200, response.text);
      return response.json as Record<string, unknown>;
    };
    const storedCount = async (): Promise<number> => (await server.server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM statements'))[0]!.n;

    describe('headers (Communication 2.1.3, 3.3)', () => {
      it('sends X-Experience-API-Consistent-Through on every statement read, refusals (400, 401) included (XAPI-00153)', async () => {
        const misused = await server.xapi('GET', '/statements?LIMIT=1');
        assert.equal(misused.status, 400);
        const unauthorised = await server.xapi('GET', '/statements', { auth: basic('root', 'wrong') });
        assert.equal(unauthorised.status, 401);
        const noVersion = await server.request('GET', '/xapi/statements', { auth: adminAuth });
        assert.equal(noVersion.status, 400);
        for (const response of [misused, unauthorised, noVersion]) {
          const through = response.headers.get('x-experience-api-consistent-through');
          assert.ok(through && !Number.isNaN(Date.parse(through)), `an ISO 8601 Consistent-Through on a ${response.status}`);
        }
      });

      it('refuses PUT and POST without X-Experience-API-Version with 400 and still announces 2.0.0 (XAPI-00331)', async () => {
        const id = randomUUID();
        const put = await server.request('PUT', `/xapi/statements?statementId=${id}`, { auth: adminAuth, body: statement() });
        const postNoVersion = await server.request('POST', '/xapi/statements', { auth: adminAuth, body: statement() });
        for (const response of [put, postNoVersion]) {
          assert.equal(response.status, 400);
          assert.equal(response.headers.get('x-experience-api-version'), '2.0.0');
        }
        assert.equal((await server.xapi('GET', `/statements?statementId=${id}`)).status, 404);
      });

      it('refuses requests without the version header on the other resources with 400, not 404 (XAPI-00321)', async () => {
        for (const path of ['/xapi/activities', '/xapi/activities/profile', '/xapi/activities/state', '/xapi/agents', '/xapi/agents/profile']) {
          const response = await server.request('GET', path, { auth: adminAuth });
          assert.equal(response.status, 400, path);
          assert.equal(response.headers.get('x-experience-api-version'), '2.0.0');
        }
      });

      it('lists only known versions at /about, 2.0.0 among them (XAPI-00316, XAPI-00317)', async () => {
        const about = (await server.request('GET', '/xapi/about')).json as { version: string[] };
        assert.ok(about.version.includes('2.0.0'));
        for (const version of about.version) assert.ok(['0.9', '0.95', '1.0.0', '1.0.1', '1.0.2', '1.0.3', '2.0.0'].includes(version), version);
      });

      it('sends Last-Modified equal to the stored time (to the second) for a single statement, and the newest for a result', async () => {
        const [id] = (await post(statement())).json as string[];
        const response = await server.xapi('GET', `/statements?statementId=${id}`);
        const stored = Date.parse(String((response.json as { stored: string }).stored));
        const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
        assert.equal(Math.floor(lastModified / 1000), Math.floor(stored / 1000));
        const list = await server.xapi('GET', '/statements?limit=5');
        const newest = Math.max(...(list.json as { statements: { stored: string }[] }).statements.map((s) => Date.parse(s.stored)));
        assert.equal(Math.floor(Date.parse(list.headers.get('last-modified') ?? '') / 1000), Math.floor(newest / 1000));
        assert.match(list.headers.get('content-type') ?? '', /^application\/json/);
      });
    });

    describe('request syntax (Communication 1.3, 1.5, 3.2)', () => {
      it('refuses the alternate request syntax xAPI 2.0 removed (method parameter, form bodies)', async () => {
        assert.equal((await server.xapi('POST', '/statements?method=GET', { body: statement() })).status, 400);
        assert.equal((await server.xapi('POST', '/statements?method=PUT', { body: statement() })).status, 400);
        assert.equal((await server.xapi('PUT', '/statements?method=POST', { body: statement() })).status, 400);
        const form = await server.xapi('POST', '/statements?method=PUT', {
          rawBody: `statementId=${randomUUID()}&content=${encodeURIComponent(JSON.stringify(statement()))}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        assert.equal(form.status, 400);
      });

      it('refuses Content-Types other than application/json and multipart/mixed with 400 (XAPI-00127)', async () => {
        const before = await storedCount();
        for (const type of [`multipart/form-data; boundary=${boundary}`, 'text/plain', 'application/xml']) {
          const response = await server.xapi('POST', '/statements', { rawBody: JSON.stringify(statement()), headers: { 'content-type': type } });
          assert.equal(response.status, 400, type);
          assert.match((response.json as { message: string }).message, /application\/json/);
        }
        assert.equal(await storedCount(), before);
      });

      it('refuses parameters with a differing case on PUT and GET (XAPI-00325)', async () => {
        assert.equal((await server.xapi('PUT', `/statements?StatementId=${randomUUID()}`, { body: statement() })).status, 400);
        for (const name of ['StatementId', 'VoidedStatementId', 'Verb', 'Limit', 'Ascending', 'Format', 'Attachments']) {
          assert.equal((await server.xapi('GET', `/statements?${name}=1`)).status, 400, name);
        }
      });
    });

    describe('statement validation (Data 2.2, 2.4, 4)', () => {
      const accepted: [string, unknown][] = [
        ['an RFC 3339 timestamp with a space', statement({ timestamp: '2008-09-15 15:53:00.601+00:00' })],
        ['an ISO 8601 basic-format timestamp', statement({ timestamp: '20080915T155300Z' })],
        ['a timestamp five years ahead (clock skew is not an error)', statement({ timestamp: new Date(Date.now() + 5 * 365 * 86_400_000).toISOString() })],
        ['language maps with script, region and three-letter tags', statement({ verb: { id: verb.id, display: { de: 'versucht', 'zh-Hant': 'x', 'sr-Latn-RS': 'y', cmn: 'z' } } })],
        ['context.language "cmn"', statement({ context: { language: 'cmn' } })],
        ['an Agent authority (replaced by the LRS)', statement({ authority: { mbox: 'mailto:someone@example.com' } })],
        ['an anonymous two-member Group authority (OAuth)', statement({ authority: { objectType: 'Group', member: [{ account: { homePage: 'http://example.com/oauth', name: 'app' } }, { mbox: 'mailto:user@example.com' }] } })],
        ['extension values that are null, empty strings or empty objects', statement({ result: { extensions: { 'http://example.com/a': null, 'http://example.com/b': '', 'http://example.com/c': {} } } })],
        ['an empty extensions object', statement({ context: { extensions: {} } })],
        ['version 1.0', statement({ version: '1.0' })],
        ['durations PT1H0M0.1S, PT16559.14S, P3Y1M29DT4H35M59.14S and P4W', statement({ result: { duration: 'PT1H0M0.1S', extensions: { 'http://example.com/d': ['PT16559.14S', 'P3Y1M29DT4H35M59.14S', 'P4W'] } } })],
        ['a duration of four weeks', statement({ result: { duration: 'P4W' } })],
        ['a duration in hours, minutes and fractional seconds', statement({ result: { duration: 'P3Y1M29DT4H35M59.14S' } })],
        ['version 1.0.9', statement({ version: '1.0.9' })],
        ['a fileUrl attachment sent as JSON', statement({ attachments: [{ ...attachment('x'), fileUrl: 'http://over.there.com/file.txt', contentType: 'text/plain; charset=ascii' }] })],
        ['contextAgents and contextGroups', statement({ context: {
          contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:p1@example.com' }, relevantTypes: ['https://example.com/types/a'] }],
          contextGroups: [{ objectType: 'contextGroup', group: { objectType: 'Group', mbox: 'mailto:team@example.com', member: [{ mbox: 'mailto:p1@example.com' }] } }],
        } })],
      ];
      for (const [what, body] of accepted) {
        it(`accepts ${what}`, async () => {
          const response = await post(body);
          assert.equal(response.status, 200, response.text);
        });
      }

      const refused: [string, unknown][] = [
        ['a timestamp with a -00 offset', statement({ timestamp: '2008-09-15T15:53:00.601-00' })],
        ['a timestamp with a -0000 offset', statement({ timestamp: '2008-09-15T15:53:00.601-0000' })],
        ['a date that does not exist', statement({ timestamp: '2023-02-30T10:00:00Z' })],
        ['a null timestamp', statement({ timestamp: null })],
        ['the language tag "something"', statement({ verb: { id: verb.id, display: { something: 'x' } } })],
        ['a language tag with an over-long variant', statement({ object: { id: activity.id, definition: { description: { 'en-something-AU': 'x' } } } })],
        ['a language tag with a repeated extension singleton', statement({ object: { objectType: 'SubStatement', actor, verb, object: { id: activity.id, definition: { name: { 'zh-z-aaa-z-bbb-c-ccc': 'x' } } } } })],
        ['context.language "something" in a SubStatement', statement({ object: { objectType: 'SubStatement', actor, verb, object: activity, context: { language: 'something' } } })],
        ['an identified Group authority', statement({ authority: { objectType: 'Group', openid: 'http://openid.example.org/12345' } })],
        ['a one-member Group authority', statement({ authority: { objectType: 'Group', member: [{ mbox: 'mailto:bob@example.com' }] } })],
        ['a three-member Group authority', statement({ authority: { objectType: 'Group', member: [{ mbox: 'mailto:a@example.com' }, { mbox: 'mailto:b@example.com' }, { mbox: 'mailto:c@example.com' }] } })],
        ['a two-member Group authority that also has an IFI', statement({ authority: { objectType: 'Group', mbox: 'mailto:g@example.com', member: [{ mbox: 'mailto:a@example.com' }, { mbox: 'mailto:b@example.com' }] } })],
        ['a SubStatement with context.revision and an Agent object', statement({ object: { objectType: 'SubStatement', actor, verb, object: { objectType: 'Agent', mbox: 'mailto:x@example.com' }, context: { revision: 'r1' } } })],
        ['a SubStatement with context.platform and a StatementRef object', statement({ object: { objectType: 'SubStatement', actor, verb, object: { objectType: 'StatementRef', id: randomUUID() }, context: { platform: 'p' } } })],
        ['an attachment contentType that is a number', statement({ attachments: [{ ...attachment('x'), fileUrl: 'http://over.there.com/f.txt', contentType: 999 }] })],
        ['an attachment contentType that is not a media type', statement({ attachments: [{ ...attachment('x'), fileUrl: 'http://over.there.com/f.txt', contentType: 'should fail' }] })],
        ['attachments that are not an array', statement({ attachments: { ...attachment('x'), fileUrl: 'http://over.there.com/f.txt' } })],
        ['an attachment fileUrl that is not an IRL', statement({ attachments: [{ ...attachment('x'), fileUrl: 'should fail' }] })],
        ['a contextAgent with empty relevantTypes', statement({ context: { contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:p@example.com' }, relevantTypes: [] }] } })],
        ['a contextGroup with a wrong objectType', statement({ context: { contextGroups: [{ objectType: 'Should fail', group: { objectType: 'Group', mbox: 'mailto:t@example.com' } }] } })],
        ['a duration mixing weeks and days (P4W1D)', statement({ result: { duration: 'P4W1D' } })],
        ['a duration with a letter where a number belongs (PA1H0M0S)', statement({ result: { duration: 'PA1H0M0S' } })],
        ['a duration with a T and no time (P1DT)', statement({ result: { duration: 'P1DT' } })],
        ['version 1.1.0', statement({ version: '1.1.0' })],
        ['version 0.9.9', statement({ version: '0.9.9' })],
        ['an id with a non-hex letter', statement({ id: 'MA97B177-9383-4934-8543-0F91A7A02836' })],
        ['an attachment without fileUrl sent as plain JSON (its bytes are missing)', statement({ attachments: [attachment('hello')] })],
      ];
      for (const [what, body] of refused) {
        it(`refuses ${what} with 400 and stores nothing`, async () => {
          const before = await storedCount();
          const response = await post(body);
          assert.equal(response.status, 400, response.text);
          assert.equal(typeof (response.json as { message: string }).message, 'string');
          assert.equal(await storedCount(), before);
        });
      }

      it('replaces the authority with the credential\'s own and keeps the timestamp precision it was sent with', async () => {
        const id = randomUUID();
        await post(statement({ id, authority: { mbox: 'mailto:someone@example.com' }, timestamp: '2023-05-04T17:00:00.12345Z' }));
        const stored = await getById(id);
        assert.deepEqual((stored.authority as { account: { name: string } }).account.name, 'root');
        assert.equal(stored.timestamp, '2023-05-04T17:00:00.12345Z');
      });

      it('returns every contextActivities value as an array, and a repeat in the other shape is the same statement (Data 2.4.6.2)', async () => {
        const id = randomUUID();
        const parent = { id: 'http://example.com/activities/parent' };
        await post(statement({ id, context: { contextActivities: { parent, category: [{ id: 'http://example.com/activities/category' }] } } }));
        const stored = await getById(id);
        const lists = (stored.context as { contextActivities: Record<string, unknown> }).contextActivities;
        assert.deepEqual(lists.parent, [parent]);
        assert.deepEqual(lists.category, [{ id: 'http://example.com/activities/category' }]);
        const repeat = await server.xapi('PUT', `/statements?statementId=${id}`, { body: statement({ context: { contextActivities: { parent: [parent], category: { id: 'http://example.com/activities/category' } } } }) });
        assert.equal(repeat.status, 204, repeat.text);
        const related = await server.xapi('GET', `/statements?activity=${encodeURIComponent(parent.id)}&related_activities=true`);
        assert.ok((related.json as { statements: { id: string }[] }).statements.some((s) => s.id === id));
      });
    });

    describe('GET parameters (Communication 2.1.3)', () => {
      it('refuses statementId with anything but format and attachments (XAPI-00151), and returns an empty result rather than an error (XAPI-00149)', async () => {
        const [id] = (await post(statement())).json as string[];
        const extras = [`agent=${encodeURIComponent(JSON.stringify({ mbox: actor.mbox }))}`, `verb=${encodeURIComponent(verb.id)}`, `activity=${encodeURIComponent(activity.id)}`,
          `registration=${randomUUID()}`, 'related_activities=true', 'related_agents=true', `since=${encodeURIComponent('2012-06-01T19:09:13.245Z')}`,
          `until=${encodeURIComponent('2012-06-01T19:09:13.245Z')}`, 'limit=1', 'ascending=true', `voidedStatementId=${randomUUID()}`];
        for (const extra of extras) assert.equal((await server.xapi('GET', `/statements?statementId=${id}&${extra}`)).status, 400, extra);
        assert.equal((await server.xapi('GET', `/statements?statementId=${id}&format=ids`)).status, 200);
        assert.equal((await server.xapi('GET', `/statements?statementId=${id}&attachments=true`)).status, 200);
        const empty = await server.xapi('GET', `/statements?verb=${encodeURIComponent('http://adlnet.gov/expapi/non/existent')}`);
        assert.equal(empty.status, 200);
        assert.deepEqual(empty.json, { statements: [], more: '' });
      });

      it('returns exact as received, ids with only identifiers (anonymous Group members kept), canonical with one language (XAPI-00169 to 00172)', async () => {
        const id = randomUUID();
        const group = { objectType: 'Group', name: 'pair', member: [{ mbox: 'mailto:m1@example.com', name: 'M1' }, { mbox: 'mailto:m2@example.com', name: 'M2' }] };
        const definition = { name: { 'en-US': 'Closures', 'en-GB': 'Closures (GB)' }, description: { 'en-US': 'd', 'en-GB': 'd (GB)' } };
        const sent = statement({ id, actor: group, verb: { id: verb.id, display: { 'en-US': 'attempted', 'en-GB': 'attempted (GB)' } }, object: { ...activity, definition } });
        await post(sent);
        const exact = await getById(id, '&format=exact');
        assert.deepEqual([exact.actor, exact.verb, exact.object], [sent.actor, sent.verb, sent.object]);
        const ids = await getById(id, '&format=ids');
        assert.deepEqual(ids.actor, { objectType: 'Group', member: [{ mbox: 'mailto:m1@example.com' }, { mbox: 'mailto:m2@example.com' }] });
        assert.deepEqual(ids.object, { objectType: 'Activity', id: activity.id });
        const canonical = (await server.xapi('GET', `/statements?statementId=${id}&format=canonical`, { headers: { 'accept-language': 'en-GB' } })).json as Record<string, Record<string, unknown>>;
        assert.deepEqual(canonical.verb!.display, { 'en-GB': 'attempted (GB)' });
        assert.deepEqual(canonical.object!.definition, { name: { 'en-GB': 'Closures (GB)' }, description: { 'en-GB': 'd (GB)' } });
        const noFormat = (await server.xapi('GET', `/statements?statementId=${id}`, { headers: { 'accept-language': 'en-GB' } })).json as Record<string, Record<string, unknown>>;
        assert.deepEqual(noFormat.verb!.display, sent.verb && (sent.verb as { display: unknown }).display, 'Accept-Language changes nothing without format=canonical');
      });
    });

    describe('voiding (Data 2.3.2)', () => {
      it('voids a statement whose voiding statement arrived first', async () => {
        const target = randomUUID();
        const verbId = `http://example.com/verbs/${randomUUID()}`;
        const voiding = (await post(statement({ verb: voided, object: { objectType: 'StatementRef', id: target } }))).json as string[];
        assert.equal((await post(statement({ id: target, verb: { id: verbId } }))).status, 200);
        assert.equal((await server.xapi('GET', `/statements?statementId=${target}`)).status, 404);
        assert.equal((await server.xapi('GET', `/statements?voidedStatementId=${target}`)).status, 200);
        const byVerb = (await server.xapi('GET', `/statements?verb=${encodeURIComponent(verbId)}`)).json as { statements: { id: string }[] };
        assert.deepEqual(byVerb.statements.map((s) => s.id), [voiding[0]], 'the voided statement is left out; its voiding statement matches through the reference');
      });

      it('does not void a voiding statement that arrives after a voiding statement targeting it', async () => {
        const laterVoiding = randomUUID();
        await post(statement({ verb: voided, object: { objectType: 'StatementRef', id: laterVoiding } }));
        await post(statement({ id: laterVoiding, verb: voided, object: { objectType: 'StatementRef', id: randomUUID() } }));
        assert.equal((await server.xapi('GET', `/statements?statementId=${laterVoiding}`)).status, 200);
      });

      it('answers voidedStatementId only for voided statements, and with format and attachments only', async () => {
        const target = randomUUID();
        await post(statement({ id: target }));
        assert.equal((await server.xapi('GET', `/statements?voidedStatementId=${target}`)).status, 404, 'not voided yet');
        await post(statement({ verb: voided, object: { objectType: 'StatementRef', id: target } }));
        assert.equal((await server.xapi('GET', `/statements?voidedStatementId=${target}&format=ids`)).status, 200);
        assert.equal((await server.xapi('GET', `/statements?voidedStatementId=${target}&attachments=true`)).status, 200);
        for (const extra of ['limit=1', 'ascending=true', `since=${encodeURIComponent('2012-06-01T19:09:13.245Z')}`, `registration=${randomUUID()}`]) {
          assert.equal((await server.xapi('GET', `/statements?voidedStatementId=${target}&${extra}`)).status, 400, extra);
        }
      });
    });

    describe('attachments in multipart/mixed (Communication 1.5.2, Data 2.4.11)', () => {
      const text1 = 'here is a simple attachment';
      const text2 = 'here is another simple attachment';

      it('stores two raw attachments and returns them with attachments=true as multipart/mixed, JSON first (XAPI-00167)', async () => {
        const id = randomUUID();
        const body = multipart([jsonPart(statement({ id, attachments: [attachment(text1), attachment(text2)] })), dataPart(text1), dataPart(text2)]);
        const stored = await postMultipart(body);
        assert.equal(stored.status, 200, stored.text);
        assert.deepEqual(stored.json, [id]);
        const response = await server.xapi('GET', `/statements?statementId=${id}&attachments=true`);
        assert.equal(response.status, 200);
        const type = response.headers.get('content-type') ?? '';
        assert.equal(type.split(';')[0], 'multipart/mixed');
        const parts = parseMultipart(Buffer.from(response.text, 'utf8'), boundaryOf(type)!);
        assert.equal(parts[0]!.headers.get('content-type'), 'application/json');
        assert.equal((JSON.parse(parts[0]!.body.toString()) as { id: string }).id, id);
        const data = new Map(parts.slice(1).map((part) => [part.headers.get('x-experience-api-hash'), part]));
        assert.equal(data.get(sha256(text1))!.body.toString(), text1);
        assert.equal(data.get(sha256(text2))!.body.toString(), text2);
        assert.equal(data.get(sha256(text1))!.headers.get('content-transfer-encoding'), 'binary');
        assert.equal(response.text.split(sha256(text1)).length - 1, 2, 'each hash appears in the statement and in its part header');
      });

      it('returns plain JSON without attachment data when attachments is false or absent (XAPI-00161)', async () => {
        const id = randomUUID();
        await postMultipart(multipart([jsonPart(statement({ id, attachments: [attachment(text1)] })), dataPart(text1)]));
        for (const suffix of ['', '&attachments=false']) {
          const response = await server.xapi('GET', `/statements?statementId=${id}${suffix}`);
          assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
          assert.ok(!response.text.includes(text1));
        }
      });

      it('returns a StatementResult as the first part of a multipart query answer, statements without data included', async () => {
        const response = await server.xapi('GET', '/statements?attachments=true&limit=3');
        assert.equal(response.status, 200);
        const parts = parseMultipart(Buffer.from(response.text, 'utf8'), boundaryOf(response.headers.get('content-type') ?? '')!);
        assert.ok(Array.isArray((JSON.parse(parts[0]!.body.toString()) as { statements: unknown[] }).statements));
        const noData = randomUUID();
        await post(statement({ id: noData }));
        const single = await server.xapi('GET', `/statements?statementId=${noData}&attachments=true`);
        assert.equal(single.status, 200);
        assert.match(single.headers.get('content-type') ?? '', /^multipart\/mixed; boundary=/);
      });

      it('accepts multipart/mixed with only fileUrl attachments or none, and PUT as multipart/mixed', async () => {
        const withUrl = statement({ attachments: [{ ...attachment(text1), fileUrl: 'http://over.there.com/file.txt' }] });
        assert.equal((await postMultipart(multipart([jsonPart(withUrl)]))).status, 200);
        assert.equal((await postMultipart(multipart([jsonPart(statement())]))).status, 200);
        const id = randomUUID();
        const put = await postMultipart(multipart([jsonPart(statement({ attachments: [attachment(text2)] })), dataPart(text2)]), undefined, 'PUT', `/statements?statementId=${id}`);
        assert.equal(put.status, 204, put.text);
        assert.ok((await server.xapi('GET', `/statements?statementId=${id}&attachments=true`)).text.includes(text2));
      });

      it('accepts binary attachment data byte for byte', async () => {
        const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x2d, 0x2d]);
        const id = randomUUID();
        const response = await postMultipart(multipart([
          jsonPart(statement({ id, attachments: [{ ...attachment('x'), contentType: 'image/png', length: bytes.length, sha2: sha256(bytes) }] })),
          { headers: { 'Content-Type': 'image/png', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256(bytes) }, body: bytes },
        ]));
        assert.equal(response.status, 200, response.text);
        const [data] = await server.server.statements.attachmentData([sha256(bytes)]);
        assert.deepEqual(data!.content, bytes);
        assert.equal(data!.contentType, 'image/png');
      });

      const malformed: [string, () => Buffer, string?][] = [
        ['an excess part no attachment declares (XAPI-00128)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1), dataPart(text2)])],
        ['a missing part for a raw attachment (XAPI-00129)', () => multipart([jsonPart(statement({ attachments: [attachment(text1), attachment(text2)] })), dataPart(text1)])],
        ['no boundary before the first part (XAPI-00131)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1)], { leadingBoundary: false })],
        ['no boundary in the Content-Type header (XAPI-00130)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1)]), 'multipart/mixed;'],
        ['a first part that is not application/json (XAPI-00134)', () => multipart([{ headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(statement({ attachments: [attachment(text1)] })) }, dataPart(text1)])],
        ['statements split over two parts (XAPI-00133)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1)])],
        ['a part without X-Experience-API-Hash (XAPI-00132)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), { headers: { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'binary' }, body: text1 }])],
        ['a hash no sha2 declares (XAPI-00132)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1, 'b018994f8bbe0f08992a65c48c8c8c56f09e9baceaa6227ed85c90ae52b73c89')])],
        ['bytes that do not hash to their X-Experience-API-Hash', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart('tampered', sha256(text1))])],
        ['Content-Transfer-Encoding base64 (XAPI-00135)', () => multipart([jsonPart(statement({ attachments: [attachment(text1)] })), dataPart(text1, sha256(text1), 'base64')])],
        ['no closing boundary', () => Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(statement())}\r\n`)],
        ['a first part that is not JSON', () => multipart([{ headers: { 'Content-Type': 'application/json' }, body: '{"actor": ' }])],
      ];
      for (const [what, body, type] of malformed) {
        it(`refuses ${what} with 400 and stores nothing`, async () => {
          const before = await storedCount();
          const response = await postMultipart(body(), type);
          assert.equal(response.status, 400, response.text);
          assert.ok((response.json as { message: string }).message.length > 10);
          assert.equal(await storedCount(), before);
        });
      }
    });

    describe('attachment data and privacy', () => {
      it('keeps an engineer\'s attachment bytes private to them and deletes them with their data, unless another statement uses them', async () => {
        const team = `team-${randomUUID().slice(0, 8)}`;
        assert.equal((await server.request('POST', '/api/admin/teams', { auth: adminAuth, body: { name: team } })).status, 201);
        const auth = new Map<string, string>();
        const agents = new Map<string, Record<string, unknown>>();
        for (const name of [`ada-${team}`, `bob-${team}`]) {
          await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name, role: 'engineer', team } });
          const token = (await server.request('POST', '/api/admin/tokens', { auth: adminAuth, body: { user: name } })).json as { token: string };
          auth.set(name, `Bearer ${token.token}`);
          agents.set(name, ((await server.request('GET', '/api/me', { auth: `Bearer ${token.token}` })).json as { agent: Record<string, unknown> }).agent);
        }
        const [ada, bob] = [...auth.keys()] as [string, string];
        const secret = `private notes ${randomUUID()}`;
        const shared = `shared bytes ${randomUUID()}`;
        const id = randomUUID();
        const own = await server.xapi('POST', '/statements', {
          auth: auth.get(ada),
          rawBody: multipart([jsonPart(statement({ id, actor: agents.get(ada), attachments: [attachment(secret), attachment(shared)] })), dataPart(secret), dataPart(shared)]),
          headers: { 'content-type': `multipart/mixed; boundary=${boundary}` },
        });
        assert.equal(own.status, 200, own.text);
        await postMultipart(multipart([jsonPart(statement({ attachments: [attachment(shared)] })), dataPart(shared)]));
        const asBob = await server.xapi('GET', `/statements?statementId=${id}&attachments=true`, { auth: auth.get(bob) });
        assert.equal(asBob.status, 404, 'another engineer cannot reach the statement or its bytes');
        const asAda = await server.xapi('GET', `/statements?statementId=${id}&attachments=true`, { auth: auth.get(ada) });
        assert.ok(asAda.text.includes(secret));
        assert.equal((await server.request('DELETE', '/api/me/data', { auth: auth.get(ada) })).status, 200);
        assert.deepEqual(await server.server.statements.attachmentData([sha256(secret)]), [], 'bytes only Ada used are deleted with her data');
        assert.equal((await server.server.statements.attachmentData([sha256(shared)])).length, 1, 'bytes another statement uses stay');
      });
    });

    describe('signed statements (Data 2.6)', () => {
      const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
      let certificateDer: Buffer | undefined;
      before(function () {
        // A real X.509 certificate for the x5c header, made by the system's openssl (Node cannot issue certificates).
        const dir = mkdtempSync(join(tmpdir(), 'skilltrace-jws-'));
        try {
          writeFileSync(join(dir, 'key.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
          execFileSync('openssl', ['req', '-x509', '-new', '-key', join(dir, 'key.pem'), '-subj', '/CN=skilltrace-test', '-days', '1', '-outform', 'DER', '-out', join(dir, 'cert.der')], { stdio: 'ignore' });
          certificateDer = readFileSync(join(dir, 'cert.der'));
        } catch {
          certificateDer = undefined;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      const jws = (payload: unknown, header: Record<string, unknown> = { alg: 'RS256' }, key = keys.privateKey): string => {
        const encoded = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
        const algorithm = ({ RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' } as Record<string, string>)[String(header.alg)] ?? 'sha256';
        return `${encoded}.${sign(algorithm, Buffer.from(encoded), key).toString('base64url')}`;
      };
      const signedRequest = (signed: Record<string, unknown>, token: string): Buffer => {
        const signatureAttachment = { ...attachment(token), usageType: 'http://adlnet.gov/expapi/attachments/signature', contentType: 'application/octet-stream' };
        return multipart([
          jsonPart({ ...signed, attachments: [signatureAttachment] }),
          { headers: { 'Content-Type': 'application/octet-stream', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256(token) }, body: token },
        ]);
      };

      it('accepts a statement whose JWS payload is the statement', async () => {
        const signed = statement({ id: randomUUID() });
        const response = await postMultipart(signedRequest(signed, jws(signed)));
        assert.equal(response.status, 200, response.text);
      });

      it('verifies the signature against the x5c certificate, refusing one made with another key', async function () {
        if (!certificateDer) this.skip();
        const signed = statement({ id: randomUUID() });
        const header = { alg: 'RS256', x5c: [certificateDer!.toString('base64')] };
        assert.equal((await postMultipart(signedRequest(signed, jws(signed, header)))).status, 200);
        const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
        const forged = statement({ id: randomUUID() });
        const refused = await postMultipart(signedRequest(forged, jws(forged, header, other)));
        assert.equal(refused.status, 400);
        assert.match((refused.json as { message: string }).message, /does not verify/);
      });

      const bad: [string, (signed: Record<string, unknown>) => string][] = [
        ['a payload that differs from the statement', (signed) => jws({ ...signed, verb: { id: 'http://example.com/verbs/other' } })],
        ['an algorithm other than RS256/384/512', (signed) => jws(signed, { alg: 'HS256' })],
        ['something that is not a JWS', () => 'not-a-jws'],
        ['a JWS whose payload is not JSON', () => `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('nope').toString('base64url')}.c2ln`],
      ];
      for (const [what, token] of bad) {
        it(`refuses a signature with ${what} (400)`, async () => {
          const signed = statement({ id: randomUUID() });
          const response = await postMultipart(signedRequest(signed, token(signed)));
          assert.equal(response.status, 400, response.text);
          assert.equal((await server.xapi('GET', `/statements?statementId=${signed.id}`)).status, 404);
        });
      }
    });

    describe('Activities and Agents resources', () => {
      it('returns the Activity with the latest definition statements gave it, and a bare Activity for an unknown id', async () => {
        const id = `http://example.com/activities/${randomUUID()}`;
        const definition = { name: { 'en-US': 'Closures' }, type: 'http://adlnet.gov/expapi/activities/lesson' };
        await post(statement({ object: { id, definition } }));
        const found = await server.xapi('GET', `/activities?activityId=${encodeURIComponent(id)}`);
        assert.deepEqual(found.json, { objectType: 'Activity', id, definition });
        const unknown = await server.xapi('GET', `/activities?activityId=${encodeURIComponent('http://example.com/unknown')}`);
        assert.deepEqual(unknown.json, { objectType: 'Activity', id: 'http://example.com/unknown' });
        assert.equal((await server.xapi('GET', '/activities')).status, 400);
        assert.equal((await server.xapi('GET', '/activities?activityId=not-an-iri')).status, 400);
      });

      it('returns a Person for an Agent, with the names statements used for it', async () => {
        const mbox = `mailto:${randomUUID()}@example.com`;
        await post(statement({ actor: { mbox, name: 'Grace' } }));
        const person = await server.xapi('GET', `/agents?agent=${encodeURIComponent(JSON.stringify({ mbox }))}`);
        assert.deepEqual(person.json, { objectType: 'Person', name: ['Grace'], mbox: [mbox] });
        assert.equal((await server.xapi('GET', `/agents?agent=${encodeURIComponent('{"name":"no ifi"}')}`)).status, 400);
      });
    });
  });
}
