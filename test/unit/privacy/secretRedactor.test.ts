import assert from 'node:assert/strict';
import { looksLikeHighEntropySecret, redactSecrets } from '../../../src/core/privacy/secretRedactor';

// Fake credentials assembled at runtime so secret scanners do not flag this file; they have the real formats.
const openAiKey = 'sk-proj-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z';
const githubToken = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const awsKeyId = 'AKIA' + 'IOSFODNN7EXAMPLE';
const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' + '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ' + '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', 'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK', '-----END RSA PRIVATE KEY-----'].join('\n');

function assertGone(result: { text: string }, ...secrets: string[]): void {
  for (const secret of secrets) assert.ok(!result.text.includes(secret), `still contains ${secret}: ${result.text}`);
}

describe('secret redaction', () => {
  it('removes well-known API key formats and names the rule', () => {
    const text = `const openai = new OpenAI({ apiKey: "${openAiKey}" });\nconst gh = '${githubToken}';\nconst id = "${awsKeyId}";`;
    const result = redactSecrets(text);
    assertGone(result, openAiKey, githubToken, awsKeyId);
    assert.ok(result.text.includes('new OpenAI({ apiKey: "[REDACTED:'), result.text);
    const rules = result.redactions.map((r) => r.rule);
    assert.ok(rules.includes('GitHub token'), rules.join());
    assert.ok(rules.includes('AWS access key id'), rules.join());
  });

  it('reports offsets into the original text and never the secret itself', () => {
    const text = `token = "${githubToken}"`;
    const result = redactSecrets(text);
    assert.equal(result.redactions.length, 1);
    const [redaction] = result.redactions;
    assert.equal(text.slice(redaction!.start, redaction!.start + redaction!.length), githubToken);
    assert.ok(!redaction!.preview.includes(githubToken.slice(4)), redaction!.preview);
    assert.ok(!JSON.stringify(result.redactions).includes(githubToken));
  });

  it('redacts bearer tokens and JWTs but keeps the header name', () => {
    const result = redactSecrets(`fetch(url, { headers: { Authorization: "Bearer abcdef1234567890XYZ" } });\nconst t = "${jwt}";`);
    assertGone(result, 'abcdef1234567890XYZ', jwt);
    assert.ok(result.text.includes('Authorization: "Bearer [REDACTED:bearer-token]"'), result.text);
    assert.ok(result.redactions.some((r) => r.kind === 'jwt'));
  });

  it('redacts a whole PEM private key block', () => {
    const result = redactSecrets(`const key = \`${pem}\`;\nsign(key);`);
    assert.equal(result.text, 'const key = `[REDACTED:private-key]`;\nsign(key);');
    assert.equal(result.redactions[0]!.preview, '(PEM block)');
  });

  it('redacts passwords in URLs and connection strings but keeps host and database', () => {
    const result = redactSecrets(
      'const db = "postgres://app:hunter2pass@db.internal:5432/orders";\n' +
        'var cs = "Server=tcp:sql.example;Database=shop;User Id=sa;Password=Sup3rS3cret!;";',
    );
    assertGone(result, 'hunter2pass', 'Sup3rS3cret!');
    assert.ok(result.text.includes('@db.internal:5432/orders'), result.text);
    assert.ok(result.text.includes('Database=shop'), result.text);
    assert.ok(result.redactions.every((r) => r.kind === 'connection-string'));
  });

  it('redacts secrets in assignments and .env lines, leaving placeholders and ordinary code alone', () => {
    const text = [
      'DB_PASSWORD=correct-horse-battery',
      'export STRIPE_API_KEY=live_abc123def',
      'PORT=8080',
      'password = "letmein42"',
      'const password = process.env.PASSWORD;',
      'const apiKey = "<your key>";',
      'if (user.password === input) {}',
    ].join('\n');
    const result = redactSecrets(text);
    assertGone(result, 'correct-horse-battery', 'live_abc123def', 'letmein42');
    assert.ok(result.text.includes('PORT=8080'));
    assert.ok(result.text.includes('process.env.PASSWORD'));
    assert.ok(result.text.includes('"<your key>"'));
    assert.ok(result.text.includes('if (user.password === input) {}'));
  });

  it('catches unknown random-looking credentials by entropy and spares identifiers and words', () => {
    assert.ok(looksLikeHighEntropySecret('q8Zr3LmX0vT7pKc2WbN9yHf4Jd6Sg1Ae'));
    assert.ok(looksLikeHighEntropySecret('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'));
    assert.ok(!looksLikeHighEntropySecret('AbstractSingletonProxyFactoryBean'));
    assert.ok(!looksLikeHighEntropySecret('src/core/privacy/secretRedactor_test_1'));
    assert.ok(!looksLikeHighEntropySecret('short1A'));
    const result = redactSecrets('const webhook = "q8Zr3LmX0vT7pKc2WbN9yHf4Jd6Sg1Ae";\nconst x = computeTotalPriceIncludingTax(order);');
    assertGone(result, 'q8Zr3LmX0vT7pKc2WbN9yHf4Jd6Sg1Ae');
    assert.ok(result.text.includes('computeTotalPriceIncludingTax(order)'));
  });

  it('redacts issued-looking token values but not ordinary words under token-like names', () => {
    const result = redactSecrets('const tokenizer = "whitespace";\nconst tokenType = "Bearer";\nconst authToken = "a8f3k2m9x7q1w5e4";');
    assert.ok(result.text.includes('"whitespace"') && result.text.includes('"Bearer"'), result.text);
    assertGone(result, 'a8f3k2m9x7q1w5e4');
  });

  it('leaves text without secrets byte-for-byte unchanged', () => {
    const code = 'function add(a: number, b: number): number {\n  return a + b; // token count\n}\n';
    assert.deepEqual(redactSecrets(code), { text: code, redactions: [] });
  });

  it('redacts every occurrence and merges overlapping matches into one placeholder', () => {
    const result = redactSecrets(`a = "${openAiKey}"; b = "${openAiKey}"`);
    assert.equal(result.text.match(/\[REDACTED:/g)?.length, 2, result.text);
    assertGone(result, openAiKey);
  });
});
