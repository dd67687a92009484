import { strict as assert } from 'node:assert';
import { openFile, openSkilltraceView, panelFrame, startWorkbench, type Workbench } from './support/workbench';

describe('e2e: the Skilltrace panel in a real VS Code (code-server + Chromium)', () => {
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench();
  });

  after(async () => {
    await wb?.stop();
  });

  it('installs from the VSIX with code-server --install-extension', () => {
    assert.match(wb.installOutput, /successfully installed/i);
    assert.ok(wb.installedExtensions.some((d) => /^skilltrace\.skilltrace-\d+\.\d+\.\d+/.test(d)), `installed: ${wb.installedExtensions.join(', ')}`);
  });

  it('shows a real TypeScript error in the panel, and clicking it opens the code', async () => {
    await openFile(wb.page, 'src/pricing.ts');
    await openSkilltraceView(wb.page);
    const frame = await panelFrame(wb.page, '[data-testid="diagnostic-count"]', 90_000);
    const item = frame.locator('li.diagnostic[data-code="2322"]');
    await item.waitFor({ timeout: 90_000 });
    const text = await item.innerText();
    assert.match(text, /Type 'string' is not assignable to type 'number'/);
    assert.match(text, /src\/pricing\.ts:4:3/);
    await wb.screenshot('e2e-panel-diagnostic');

    // Opening another tab first proves the click navigates.
    await openFile(wb.page, 'src/orders.ts');
    await item.locator('button.diagnostic-open').click();
    const activeTab = wb.page.locator('.tabs-container .tab.active');
    await wb.page.waitForFunction(() => document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label')?.startsWith('pricing.ts'), undefined, { timeout: 30_000 });
    assert.match((await activeTab.getAttribute('aria-label')) ?? '', /^pricing\.ts/);
    await wb.screenshot('e2e-panel-navigated');
  });
});
