import assert from 'node:assert/strict';
import { describeSentRecord } from '../../../src/core/privacy/sentRecordReport';
import { redactSecrets } from '../../../src/core/privacy/secretRedactor';
import type { SentRecord } from '../../../src/core/tutor/tutorProvider';

describe('"what was sent" report', () => {
  it('summarizes where the request went, whether code went, and what was redacted by kind', () => {
    const redacted = redactSecrets(`a = "${'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'}"; b = "${'sk-' + 'abcdefghijklmnopqrstuvwxyz012345'}"; password = "hunter22"`);
    const record: SentRecord = {
      at: Date.parse('2026-03-04T05:06:07.890Z'),
      providerLabel: 'Ollama',
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1',
      responseFormat: 'json_schema',
      codeIncluded: true,
      messages: [
        { role: 'system', content: 'rules' },
        { role: 'user', content: redacted.text },
      ],
      redactions: redacted.redactions,
    };
    const report = describeSentRecord(record);
    assert.equal(
      report.summary,
      'Sent to Ollama (llama3.1) at http://127.0.0.1:11434/v1 on 2026-03-04 05:06:07 UTC, with code from your editor (trimmed and redacted); reply as JSON schema.',
    );
    assert.equal(report.redactionSummary, 'Redacted before sending: 2 API keys, 1 password.');
    assert.ok(report.body.startsWith('── system ──\nrules\n\n── user ──\na = "[REDACTED:api-key]"'));
    assert.equal(describeSentRecord({ ...record, redactions: [], codeIncluded: false }).redactionSummary, 'Nothing was redacted.');
  });
});
