import { strict as assert } from 'node:assert';
import type { Frame } from 'playwright-core';
import { chooseCodeAction, openFile, openWhyCodeAction, panelFrame, runCommand, startWorkbench, type Workbench } from './support/workbench';
import { getLibraryEntry } from '../../src/core/library/libraryContent';

/** The right answer to a library quiz item, as the panel expects it typed or clicked. */
function rightAnswer(conceptId: string, level: 'fundamentals' | 'advanced', index: number): { choice?: number; text?: string } {
  const entry = getLibraryEntry(conceptId);
  const item = entry?.[level].quiz[index];
  if (!item) throw new Error(`no library quiz item ${index} for ${conceptId}`);
  if (item.kind === 'multiple-choice') return { choice: item.answerIndex };
  return { text: item.kind === 'predict-output' ? item.answer : String(item.bugLine) };
}

describe('e2e: from a real error to a lesson, in the real workbench', () => {
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
  });

  after(async () => {
    await wb?.stop();
  });

  /** Switches the color theme the way an engineer does: the theme picker from the command palette. */
  async function setTheme(theme: string): Promise<void> {
    const { page } = wb;
    await runCommand(page, 'Preferences: Color Theme');
    // Wait for the theme picker itself (its list shows the current theme) before typing into it.
    await page.locator('.quick-input-list .monaco-list-row[aria-label*="Dark Modern"]').first().waitFor({ timeout: 30_000 });
    await page.keyboard.type(theme);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${theme}"]`).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    // The theme picker previews as you type; Enter applies it and closes the picker.
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.waitForTimeout(1500);
  }

  it('error → code action → panel on the concept → tutorial → quiz answered → mastery shown', async () => {
    const { page } = wb;
    await openFile(page, 'src/orders.ts');
    // Wait for the TypeScript server's squiggle, then put the cursor on it.
    await page.locator('.squiggly-error').first().waitFor({ timeout: 90_000 });
    const why = await openWhyCodeAction(page, '8:13');
    await wb.screenshot('e2e-code-action');
    const label = (await why.innerText()).trim();
    const conceptTitle = /\((.+)\)/.exec(label)?.[1];
    assert.ok(conceptTitle, `the action names its concept: ${label}`);
    await chooseCodeAction(page, 'Skilltrace: why?');

    const frame: Frame = await panelFrame(page, 'section.focus', 90_000);
    const focus = frame.locator('section.focus');
    await focus.waitFor({ timeout: 60_000 });
    assert.equal(await frame.locator('#focus-title').innerText(), conceptTitle);
    const conceptId = await focus.getAttribute('data-concept');
    assert.ok(conceptId);
    await frame.locator('.hint[data-rung="nudge"]').waitFor({ timeout: 30_000 });
    await wb.screenshot('e2e-panel-concept-dark');

    await frame.locator('section.tutorial button[data-action="teach-me"]').click();
    await frame.locator('[data-testid="tutorial"]').waitFor({ timeout: 60_000 });
    const level = (await frame.locator('.provenance').innerText()).startsWith('Advanced') ? 'advanced' : 'fundamentals';
    const answer = rightAnswer(conceptId, level, 0);
    const q1 = frame.locator('.quiz-item[data-index="0"]');
    if (answer.choice !== undefined) await q1.locator(`button[data-choice="${answer.choice}"]`).click();
    else {
      await q1.locator('input.answer-input').fill(answer.text ?? '');
      await q1.locator('input.answer-input').press('Enter');
    }
    await q1.locator('.verdict.right').waitFor({ timeout: 30_000 });
    await wb.screenshot('e2e-tutorial-answered-dark');

    await frame.locator('#tab-skills').click();
    await frame.locator('#tab-skills').focus();
    const skill = frame.locator(`li.skill[data-concept="${conceptId}"]`);
    await skill.waitFor({ timeout: 30_000 });
    const meter = await skill.locator('.meter').getAttribute('aria-valuenow');
    assert.ok(Number(meter) > 0, `mastery is shown (${meter}%)`);
    await wb.screenshot('e2e-skills-dark');

    await setTheme('Light Modern');
    await wb.screenshot('e2e-skills-light');
    await setTheme('Dark High Contrast');
    await wb.screenshot('e2e-skills-high-contrast');
    await frame.locator('#tab-now').click();
    await wb.screenshot('e2e-now-high-contrast');
  });

  it('opens the getting-started walkthrough and runs its offline first tutorial', async () => {
    const { page } = wb;
    // Clicked, not Enter: after the theme switches the palette lists recently used commands first.
    await runCommand(page, 'Welcome: Open Walkthrough');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Skilltrace' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    await page.locator('.getting-started-step', { hasText: 'Your first tutorial' }).first().click();
    await wb.screenshot('e2e-walkthrough');
    await page.locator('a', { hasText: 'Start the tutorial' }).first().click();
    const frame = await panelFrame(page, 'section.focus[data-concept="null-safety"]', 60_000);
    await frame.locator('[data-testid="tutorial"]').waitFor({ timeout: 60_000 });
    assert.match(await frame.locator('.provenance').innerText(), /built-in library/);
  });
});
