import assert from 'node:assert/strict';
import { retryAfterMs, retryDelayMs } from '../../../src/adapters/llm/llmErrors';
import { LLM_PRESETS, resolveLlmSettings } from '../../../src/adapters/llm/llmPresets';
import { responseFormatParam, strictJsonSchema } from '../../../src/adapters/llm/responseFormat';
import { hintSchema, tutorialSchema } from '../../../src/shared/tutorialSchema';

function walk(node: unknown, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

describe('LLM configuration', () => {
  it('fills preset defaults and names the setting that is missing', () => {
    const ollama = resolveLlmSettings({ preset: 'ollama' });
    assert.ok('preset' in ollama);
    assert.deepEqual([ollama.baseUrl, ollama.model], ['http://127.0.0.1:11434/v1', 'llama3.1']);
    const custom = resolveLlmSettings({ preset: 'openai', baseUrl: 'https://proxy.example/v1///', model: ' gpt-x ' });
    assert.ok('preset' in custom && custom.baseUrl === 'https://proxy.example/v1' && custom.model === 'gpt-x');
    const azure = resolveLlmSettings({ preset: 'azure', model: 'my-deployment' });
    assert.ok(!('preset' in azure) && azure.action.includes('skilltrace.llm.baseUrl') && azure.action.includes('openai.azure.com'));
    const noModel = resolveLlmSettings({ preset: 'lmstudio' });
    assert.ok(!('preset' in noModel) && noModel.action === 'Set skilltrace.llm.model.');
    const badUrl = resolveLlmSettings({ preset: 'openai', baseUrl: 'ftp://x' });
    assert.ok(!('preset' in badUrl) && badUrl.message.includes('http://'));
  });

  it('has a preset for every provider setting value plus vLLM and llama.cpp', () => {
    for (const id of ['openai', 'azure', 'ollama', 'lmstudio', 'openai-compatible', 'vllm', 'llamacpp'] as const) {
      assert.equal(LLM_PRESETS[id].id, id);
    }
    assert.equal(LLM_PRESETS.openai.needsApiKey, true);
    assert.equal(LLM_PRESETS.ollama.needsApiKey, false);
  });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterMs(new Headers({ 'retry-after': '7' }), now), 7000);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now), 30_000);
    assert.equal(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now), 250);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now), undefined);
    assert.equal(retryAfterMs(undefined, now), undefined);
  });

  it('backs off exponentially with jitter, capped, and refuses waits beyond the cap', () => {
    const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(retryDelayMs(0, undefined, policy, () => 0), 50);
    assert.equal(retryDelayMs(0, undefined, policy, () => 1), 100);
    assert.equal(retryDelayMs(3, undefined, policy, () => 1), 800);
    assert.equal(retryDelayMs(10, undefined, policy, () => 1), 1000);
    assert.equal(retryDelayMs(0, 400, policy, () => 0), 400);
    assert.equal(retryDelayMs(0, 5000, policy, () => 0), undefined);
  });

  it('derives a strict-mode schema: every property required, no oneOf, const as enum, no length keywords', () => {
    for (const schema of [tutorialSchema, hintSchema]) {
      const json = strictJsonSchema(schema);
      walk(json, (node) => {
        assert.ok(!('oneOf' in node) && !('const' in node) && !('maxLength' in node) && !('default' in node), JSON.stringify(node));
        if (node.type === 'object') {
          assert.equal(node.additionalProperties, false);
          assert.deepEqual(node.required, Object.keys(node.properties as object));
        }
      });
    }
    const hint = strictJsonSchema(hintSchema) as { required: string[] };
    assert.deepEqual(hint.required, ['rung', 'text', 'code']);
    assert.equal(responseFormatParam('prompt', 'x', hintSchema), undefined);
    assert.deepEqual(responseFormatParam('json_object', 'x', hintSchema), { type: 'json_object' });
  });
});
