import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { skilltrace, waitFor } from './testHost';

describe('the profile on disk', () => {
  it('is saved atomically with a backup, and a corrupt file is recovered from the backup with a visible notice', async () => {
    const api = await skilltrace();
    await api.whenReady();
    await api.handlePanelMessage({ type: 'concept/open', conceptId: 'recursion' });
    await api.handlePanelMessage({ type: 'concept/choose', conceptId: 'recursion', choice: 'know-this' });
    await api.saveProfile();
    await api.handlePanelMessage({ type: 'concept/choose', conceptId: 'recursion', choice: 'know-this' });
    await api.saveProfile();
    assert.ok(existsSync(api.profilePath), 'the profile file exists');
    assert.ok(existsSync(`${api.profilePath}.bak`), 'the last good copy is kept');
    const saved = JSON.parse(readFileSync(api.profilePath, 'utf8')) as { schemaVersion: number; model: { concepts: { id: string }[] } };
    assert.equal(saved.schemaVersion, 2);
    assert.ok(saved.model.concepts.some((c) => c.id === 'recursion'));
    const masteryBefore = api.getPanelState().skills.find((s) => s.conceptId === 'recursion')?.mastery;
    assert.ok(masteryBefore !== undefined);

    // A crash mid-write or a bad disk: the main file is truncated.
    const text = readFileSync(api.profilePath, 'utf8');
    writeFileSync(api.profilePath, text.slice(0, Math.floor(text.length / 2)));
    await api.reloadProfile();
    const notice = await waitFor('a notice about the recovery', () => api.getPanelState().notice || undefined);
    assert.match(notice, /restored your profile from its last good copy/i);
    assert.ok(api.getPanelState().skills.some((s) => s.conceptId === 'recursion'), 'the estimate survived from the backup');
    const kept = readdirSync(path.dirname(api.profilePath)).filter((f) => f.includes('.corrupt-'));
    assert.ok(kept.length >= 1, 'the unreadable file is kept aside, not deleted');
  });
});
