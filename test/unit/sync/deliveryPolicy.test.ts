import assert from 'node:assert/strict';
import { batchSize, classifyDelivery, defaultBackoff, parseRetryAfter, retryDelay, type DeliveryResponse } from '../../../src/core/sync/deliveryPolicy';

const NOW = Date.UTC(2025, 4, 1, 12);
const one = ['4f1c2d3e-0000-4000-8000-000000000001'];
const two = [...one, '4f1c2d3e-0000-4000-8000-000000000002'];
const http = (status: number, over: Partial<Extract<DeliveryResponse, { kind: 'http' }>> = {}): DeliveryResponse => ({ kind: 'http', status, message: 'because', ...over });

describe('sync: what to do with each answer of the server', () => {
  it('counts a batch delivered only when the 200 answer lists every id sent', () => {
    assert.deepEqual(classifyDelivery(http(200, { ids: two.map((id) => id.toUpperCase()) }), two, NOW), { action: 'delivered' });
    const portal = classifyDelivery(http(200, { ids: undefined }), two, NOW);
    assert.equal(portal.action, 'retry', 'a captive portal also says 200');
    assert.equal(classifyDelivery(http(200, { ids: [one[0]!] }), two, NOW).action, 'retry');
    assert.equal(classifyDelivery(http(204), one, NOW).action, 'delivered');
  });

  it('treats 409 (id already stored) as delivered for one statement, and splits a batch to find it', () => {
    assert.equal(classifyDelivery(http(409), two, NOW).action, 'split');
    const single = classifyDelivery(http(409), one, NOW);
    assert.equal(single.action, 'delivered');
    assert.match((single as { note: string }).note, /already stored/);
  });

  it('quarantines a statement the server refuses (400, other 4xx, 413 alone) with its reason, after splitting batches', () => {
    assert.equal(classifyDelivery(http(400), two, NOW).action, 'split');
    assert.deepEqual(classifyDelivery(http(400, { message: 'timestamp must be a real date' }), one, NOW), { action: 'quarantine', reason: 'the server refused the statement (400): timestamp must be a real date' });
    assert.equal(classifyDelivery(http(413), two, NOW).action, 'split');
    assert.match((classifyDelivery(http(413), one, NOW) as { reason: string }).reason, /too large/);
    assert.equal(classifyDelivery(http(415), one, NOW).action, 'quarantine');
  });

  it('stops for 401/403 (fix the token) and for a URL that is not an xAPI endpoint', () => {
    assert.deepEqual(classifyDelivery(http(401), two, NOW), { action: 'stop', problem: 'auth', reason: 'the server refused the token (401): because' });
    assert.equal((classifyDelivery(http(403), two, NOW) as { problem: string }).problem, 'auth');
    for (const status of [301, 302, 307, 404, 405]) assert.equal((classifyDelivery(http(status), two, NOW) as { problem: string }).problem, 'config', String(status));
  });

  it('retries 5xx, 429, 408 and network failures, passing on Retry-After', () => {
    for (const status of [500, 502, 503, 504, 408, 425, 429]) assert.equal(classifyDelivery(http(status), two, NOW).action, 'retry', String(status));
    assert.deepEqual(classifyDelivery(http(503, { retryAfter: '120' }), two, NOW), { action: 'retry', reason: 'the server is unavailable (503): because', retryAfterMs: 120_000 });
    assert.equal(classifyDelivery({ kind: 'network', message: 'ECONNREFUSED' }, two, NOW).action, 'retry');
    assert.equal(classifyDelivery({ kind: 'timeout', message: '15 s' }, two, NOW).action, 'retry');
    assert.equal(classifyDelivery({ kind: 'cancelled' }, two, NOW).action, 'cancelled');
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores nonsense', () => {
    assert.equal(parseRetryAfter('7', NOW), 7000);
    assert.equal(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW), 90_000);
    assert.equal(parseRetryAfter(new Date(NOW - 90_000).toUTCString(), NOW), 0);
    for (const bad of [undefined, '', '-5', '1e9', 'soon', '12.5']) assert.equal(parseRetryAfter(bad, NOW), undefined, String(bad));
  });
});

describe('sync: backoff and batching', () => {
  it('backs off exponentially with equal jitter, capped', () => {
    const low = (failures: number) => retryDelay(failures, () => 0);
    const high = (failures: number) => retryDelay(failures, () => 1);
    assert.equal(low(1), defaultBackoff.baseMs / 2);
    assert.equal(high(1), defaultBackoff.baseMs);
    assert.equal(high(2), defaultBackoff.baseMs * 2);
    assert.equal(high(5), defaultBackoff.baseMs * 16);
    assert.equal(high(40), defaultBackoff.maxMs, 'capped');
    assert.equal(low(40), defaultBackoff.maxMs / 2, 'never below half the ceiling');
    const samples = Array.from({ length: 200 }, () => retryDelay(3, Math.random));
    assert.ok(new Set(samples).size > 50, 'jittered');
    assert.ok(samples.every((d) => d >= 4000 && d <= 8000));
    assert.equal(retryDelay(3, () => Number.NaN), 6000, 'a broken random source still waits');
  });

  it('honours Retry-After (plus a little jitter, never less) and caps a hostile one', () => {
    assert.equal(retryDelay(1, () => 0, 30_000), 30_000);
    const jittered = retryDelay(1, () => 1, 30_000);
    assert.ok(jittered > 30_000 && jittered <= 32_000, String(jittered));
    assert.equal(retryDelay(1, () => 0, 365 * 86_400_000), defaultBackoff.maxRetryAfterMs);
    assert.equal(retryDelay(1, () => 0, 0), 0);
  });

  it('cuts batches by count and bytes, always sending at least one statement', () => {
    assert.equal(batchSize([100, 100, 100], { maxStatements: 2, maxBytes: 10_000 }), 2);
    assert.equal(batchSize([400, 400, 400], { maxStatements: 50, maxBytes: 1000 }), 2);
    assert.equal(batchSize([5000, 10], { maxStatements: 50, maxBytes: 1000 }), 1, 'an outsized one goes alone to get its verdict');
    assert.equal(batchSize([], { maxStatements: 50, maxBytes: 1000 }), 0);
  });
});
