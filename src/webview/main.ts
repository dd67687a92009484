import {
  hostToPanelSchema,
  type PanelCodeReview,
  type PanelDiagnostic,
  type PanelEvidence,
  type PanelFocus,
  type PanelFromHistory,
  type PanelHistory,
  type PanelOutcomes,
  type PanelPasteCheck,
  type PanelReview,
  type PanelSkill,
  type PanelState,
  type PanelToHost,
  type PanelView,
} from '../shared/webviewProtocol';
import type { Hint, QuizItem, Tutorial } from '../shared/tutorialSchema';
import { renderMarkdown } from './markdown';

/** The API VS Code injects into webviews; only `postMessage` is used (all state lives in the host). */
interface VsCodeApi {
  postMessage(message: PanelToHost): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app');
let current: PanelState | undefined;

function send(message: PanelToHost): void {
  vscode.postMessage(message);
}

type Child = Node | string | null | undefined | false;

/** Small element builder: text only goes through text nodes, never innerHTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function button(label: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function when(at: number): string {
  const minutes = Math.round((Date.now() - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return new Date(at).toLocaleDateString();
}

const TABS: { id: PanelView; label: string }[] = [
  { id: 'now', label: 'Now' },
  { id: 'skills', label: 'Skills' },
  { id: 'review', label: 'Review' },
  { id: 'history', label: 'History' },
];

function renderTabs(state: PanelState): HTMLElement {
  const list = el('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Skilltrace views' });
  for (const tab of TABS) {
    const selected = state.view === tab.id;
    const count = tab.id === 'review' ? state.review.filter((r) => r.due).length : 0;
    const b = button(count ? `${tab.label} (${count})` : tab.label, {
      role: 'tab',
      id: `tab-${tab.id}`,
      'aria-selected': String(selected),
      'aria-controls': `view-${tab.id}`,
      tabindex: selected ? '0' : '-1',
      class: selected ? 'tab selected' : 'tab',
    }, () => send({ type: 'view/select', view: tab.id }));
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const i = TABS.findIndex((t) => t.id === tab.id);
      const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      if (next) send({ type: 'view/select', view: next.id });
    });
    list.append(b);
  }
  return list;
}

function renderDiagnostic(d: PanelDiagnostic): HTMLElement {
  const where = `${d.label}:${d.line + 1}:${d.character + 1}`;
  const open = el(
    'button',
    { class: 'diagnostic-open link', type: 'button', 'aria-label': `Open ${where}: ${d.message}` },
    el('span', { class: `severity severity-${d.severity}`, 'aria-hidden': 'true' }, d.severity === 'error' ? '●' : '▲'),
    el('span', { class: 'diagnostic-message' }, d.message),
  );
  open.addEventListener('click', () => send({ type: 'location/open', file: d.file, line: d.line, character: d.character }));
  const meta = [d.source, d.code].filter(Boolean).join(' ');
  const concepts = d.conceptIds.map((id) => button(id, { class: 'chip', 'aria-label': `Learn about ${id}` }, () => send({ type: 'concept/open', conceptId: id })));
  return el(
    'li',
    { class: 'diagnostic', 'data-severity': d.severity, 'data-code': d.code ?? '' },
    open,
    el('div', { class: 'diagnostic-meta muted' }, `${where}${meta ? ` · ${meta}` : ''}`),
    concepts.length ? el('div', { class: 'chips' }, ...concepts) : null,
  );
}

function renderEvidence(items: PanelEvidence[]): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, 'No evidence yet.');
  return el(
    'ul',
    { class: 'evidence', 'aria-label': 'Evidence' },
    ...items.map((e) => {
      const effect = e.effect === 0 ? '' : `${e.effect > 0 ? '+' : '−'}${Math.abs(e.effect).toFixed(0)} pts`;
      const loc =
        e.file !== undefined && e.line !== undefined
          ? button(`${e.label ?? e.file}:${e.line + 1}`, { class: 'link evidence-location' }, () => send({ type: 'location/open', file: e.file as string, line: e.line as number, character: 0 }))
          : null;
      return el(
        'li',
        { class: e.effect < 0 ? 'evidence-item hurt' : 'evidence-item helped' },
        el('span', { class: 'evidence-text' }, e.text),
        ' ',
        effect ? el('span', { class: 'evidence-effect muted' }, effect) : null,
        ' ',
        el('span', { class: 'muted' }, when(e.at)),
        loc ? el('div', {}, loc) : null,
      );
    }),
  );
}

function renderCode(code: string, language: string, label: string): HTMLElement {
  return el('pre', { class: 'code', 'aria-label': label, 'data-language': language, tabindex: '0' }, el('code', {}, code));
}

function renderQuizItem(item: QuizItem, index: number, answer: { correct: boolean; given: string } | undefined, onAnswer: (answer: string) => void): HTMLElement {
  const box = el('div', { class: 'quiz-item', 'data-index': String(index), role: 'group', 'aria-label': `Question ${index + 1}` });
  box.append(el('p', { class: 'quiz-prompt' }, el('strong', {}, `Q${index + 1}. `), item.prompt));
  if (item.code) box.append(renderCode(item.code, '', 'Question code'));
  if (item.kind === 'multiple-choice') {
    const choices = el('div', { class: 'choices' });
    item.choices.forEach((choice, i) => {
      const picked = answer?.given === String(i);
      const attrs: Record<string, string> = { class: `choice${picked ? (answer?.correct ? ' right' : ' wrong') : ''}`, 'data-choice': String(i) };
      if (answer) attrs.disabled = 'true';
      choices.append(button(choice, attrs, () => onAnswer(String(i))));
    });
    box.append(choices);
  } else {
    const label = item.kind === 'predict-output' ? 'What does it print?' : 'Which line is wrong? (number)';
    const input = el('input', { type: 'text', class: 'answer-input', 'aria-label': label, placeholder: label });
    if (answer) {
      input.value = answer.given;
      input.setAttribute('disabled', 'true');
    }
    const submit = () => {
      if (input.value.trim()) onAnswer(input.value);
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') submit();
    });
    box.append(el('div', { class: 'answer-row' }, input, answer ? null : button('Check', { class: 'secondary' }, submit)));
  }
  if (answer) {
    const right = item.kind === 'multiple-choice' ? item.choices[item.answerIndex] : item.kind === 'predict-output' ? item.answer : `line ${item.bugLine}: ${item.answer}`;
    box.append(
      el(
        'div',
        { class: `verdict ${answer.correct ? 'right' : 'wrong'}`, role: 'status' },
        el('strong', {}, answer.correct ? 'Right. ' : 'Not quite. '),
        answer.correct ? null : el('span', {}, `Answer: ${right ?? ''}. `),
        el('span', {}, item.explanation),
      ),
    );
  }
  return box;
}

function renderTutorial(focus: PanelFocus): HTMLElement {
  const t = focus.tutorial;
  const section = el('section', { class: 'tutorial', 'aria-label': 'Tutorial' });
  if (t.status === 'idle') {
    section.append(button('Teach me', { class: 'primary', 'data-action': 'teach-me' }, () => send({ type: 'concept/choose', conceptId: focus.conceptId, choice: 'teach-me' })));
    return section;
  }
  if (t.status === 'loading') {
    section.setAttribute('aria-busy', 'true');
    section.append(el('p', { class: 'muted', 'data-testid': 'tutorial-loading' }, `Writing a tutorial with ${t.providerLabel}…`));
    if (t.draft?.title) section.append(el('h3', {}, t.draft.title));
    if (t.draft?.explanation) section.append(el('div', { class: 'markdown' }, renderMarkdown(t.draft.explanation)));
    return section;
  }
  if (t.status === 'failed') {
    section.append(el('p', { class: 'error', role: 'alert' }, t.message));
    if (t.action) section.append(el('p', { class: 'muted' }, t.action));
    return section;
  }
  const tutorial: Tutorial = t.tutorial;
  section.setAttribute('data-testid', 'tutorial');
  section.append(
    el('h3', { class: 'tutorial-title' }, tutorial.title),
    el('p', { class: 'muted provenance' }, `${tutorial.level === 'advanced' ? 'Advanced' : 'Fundamentals'} · ${t.provenance === 'llm' ? `written for you by ${t.providerLabel}` : 'from the built-in library'}`),
  );
  if (t.notice) section.append(el('p', { class: 'notice', role: 'status' }, t.notice));
  section.append(
    el('div', { class: 'markdown' }, renderMarkdown(tutorial.explanation)),
    el('h4', {}, 'Worked example'),
    el('p', { class: 'muted' }, tutorial.workedExample.note),
    el('div', { class: 'example' }, el('div', { class: 'before' }, el('span', { class: 'muted' }, 'Before'), renderCode(tutorial.workedExample.before, tutorial.workedExample.language, 'Before')), el('div', { class: 'after' }, el('span', { class: 'muted' }, 'After'), renderCode(tutorial.workedExample.after, tutorial.workedExample.language, 'After'))),
  );
  if (tutorial.pitfalls.length) section.append(el('h4', {}, 'Pitfalls'), el('ul', { class: 'pitfalls' }, ...tutorial.pitfalls.map((p) => el('li', { class: 'markdown' }, renderMarkdown(p)))));
  section.append(el('h4', {}, 'Check yourself'));
  tutorial.quiz.forEach((item, i) =>
    section.append(renderQuizItem(item, i, t.answers.find((a) => a.index === i), (answer) => send({ type: 'quiz/answer', conceptId: focus.conceptId, index: i, answer }))),
  );
  return section;
}

function renderHints(focus: PanelFocus): HTMLElement {
  const box = el('section', { class: 'hints', 'aria-label': 'Hints' });
  focus.hints.forEach((h: Hint) => box.append(el('div', { class: 'hint', 'data-rung': h.rung }, el('span', { class: 'muted' }, h.rung.replace('-', ' ')), el('div', { class: 'markdown' }, renderMarkdown(h.text)))));
  if (focus.hintNotice) box.append(el('p', { class: 'muted', role: 'status' }, focus.hintNotice));
  if (focus.nextRung && focus.hintStatus === 'idle') {
    const label = focus.hints.length === 0 ? 'Give me a hint' : focus.nextRung === 'fix' ? 'Show the fix' : 'Another hint';
    box.append(button(label, { class: 'secondary', 'data-action': 'hint' }, () => send({ type: 'hint/next', conceptId: focus.conceptId })));
  }
  if (focus.hintStatus === 'loading') box.append(el('p', { class: 'muted' }, 'Thinking of a hint…'));
  return box;
}

function renderFocus(focus: PanelFocus): HTMLElement {
  const mastery = focus.mastery === undefined ? null : el('p', { class: 'mastery' }, `Estimated mastery ${percent(focus.mastery)}${focus.uncertainty !== undefined ? ` ± ${percent(focus.uncertainty)}` : ''}`);
  return el(
    'section',
    { class: 'focus', 'data-concept': focus.conceptId, 'aria-labelledby': 'focus-title' },
    el('h2', { id: 'focus-title' }, focus.title),
    el('p', { class: 'reason muted' }, focus.reason),
    mastery,
    el('p', {}, focus.description),
    focus.misconception ? el('p', { class: 'misconception' }, el('strong', {}, 'Likely trap: '), focus.misconception) : null,
    el('details', { class: 'why', open: '' }, el('summary', {}, 'Why Skilltrace thinks so'), renderEvidence(focus.evidence)),
    el(
      'div',
      { class: 'choices-row', role: 'group', 'aria-label': 'What do you want?' },
      button('Teach me', { class: 'secondary', 'data-choice': 'teach-me' }, () => send({ type: 'concept/choose', conceptId: focus.conceptId, choice: 'teach-me' })),
      button('I know this', { class: 'secondary', 'data-choice': 'know-this' }, () => send({ type: 'concept/choose', conceptId: focus.conceptId, choice: 'know-this' })),
      button('Just fix it', { class: 'secondary', 'data-choice': 'just-fix' }, () => send({ type: 'concept/choose', conceptId: focus.conceptId, choice: 'just-fix' })),
    ),
    renderHints(focus),
    renderTutorial(focus),
  );
}

function renderPasteCheck(check: PanelPasteCheck): HTMLElement {
  const box = el('section', { class: 'paste-check', 'aria-labelledby': 'paste-check-title', 'data-status': check.status });
  const where = `${check.lines} line${check.lines === 1 ? '' : 's'} pasted into ${check.label}`;
  box.append(el('h2', { id: 'paste-check-title' }, 'Explain this pasted code'), el('p', { class: 'muted' }, where));
  if (check.notice) box.append(el('p', { class: 'notice', role: 'status' }, check.notice));
  const dismiss = (label: string) => button(label, { class: 'link', 'data-action': 'paste-dismiss' }, () => send({ type: 'pasteCheck/dismiss', id: check.id }));
  if (check.status === 'offered') {
    box.append(
      el('p', {}, 'One question on what this code does, to check it is yours now. Your answer helps Skilltrace know what to teach.'),
      el(
        'div',
        { class: 'choices-row', role: 'group', 'aria-label': 'Explain-back check' },
        button('Check my understanding', { class: 'secondary', 'data-action': 'paste-start' }, () => send({ type: 'pasteCheck/start', id: check.id })),
        dismiss('Not now'),
      ),
    );
    return box;
  }
  if (check.status === 'loading') {
    box.setAttribute('aria-busy', 'true');
    box.append(el('p', { class: 'muted' }, 'Writing a question about your code…'));
    return box;
  }
  const q = check.question;
  if (q) {
    box.append(el('p', { class: 'muted' }, `${q.title} · ${q.origin === 'llm' ? 'question written from your code by the LLM' : q.origin === 'detector' ? 'from the built-in detectors' : 'from the built-in library'}`));
    box.append(el('p', {}, q.reminder));
    box.append(renderQuizItem(q.item, 0, check.answer, (answer) => send({ type: 'pasteCheck/answer', id: check.id, answer })));
  }
  if (check.status === 'answered') box.append(dismiss('Done'));
  return box;
}

function renderNow(state: PanelState): HTMLElement {
  const view = el('div', { role: 'tabpanel', id: 'view-now', 'aria-labelledby': 'tab-now' });
  if (state.pasteCheck) view.append(renderPasteCheck(state.pasteCheck));
  if (state.focus) view.append(renderFocus(state.focus));
  else view.append(el('p', { class: 'muted', 'data-testid': 'no-focus' }, 'Nothing to teach right now. Keep coding: when Skilltrace sees a pattern in your errors, it shows the concept here.'));
  view.append(
    el('h2', {}, 'What Skilltrace sees'),
    el('p', { class: 'summary', 'data-testid': 'diagnostic-count' }, state.diagnosticCount === 0 ? 'No problems in open files right now.' : `${state.diagnosticCount} problem${state.diagnosticCount === 1 ? '' : 's'} in your workspace.`),
    el('ul', { class: 'diagnostics', 'aria-label': 'Problems' }, ...state.diagnostics.map(renderDiagnostic)),
  );
  return view;
}

function renderSkill(s: PanelSkill): HTMLElement {
  const trend = s.trend === 'up' ? '↗' : s.trend === 'down' ? '↘' : '→';
  const open = button(s.title, { class: 'link skill-open', 'aria-label': `${s.title}: mastery ${percent(s.mastery)}, open tutorial` }, () => send({ type: 'concept/open', conceptId: s.conceptId }));
  const meter = el('div', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(Math.round(s.mastery * 100)), 'aria-label': `Mastery of ${s.title}` });
  const bar = el('div', { class: 'meter-bar' });
  bar.style.width = percent(s.mastery);
  const band = el('div', { class: 'meter-band' });
  band.style.left = percent(Math.max(0, s.mastery - s.uncertainty));
  band.style.width = percent(Math.min(1, s.mastery + s.uncertainty) - Math.max(0, s.mastery - s.uncertainty));
  meter.append(band, bar);
  return el(
    'li',
    { class: `skill${s.struggling ? ' struggling' : ''}`, 'data-concept': s.conceptId },
    el('div', { class: 'skill-head' }, open, el('span', { class: 'muted' }, `${percent(s.mastery)} ${trend}`)),
    meter,
    el(
      'div',
      { class: 'muted skill-meta' },
      `${s.evidenceCount === 0 ? 'inferred from related concepts' : `${s.evidenceCount} observation${s.evidenceCount === 1 ? '' : 's'}`}${s.struggling ? ' · struggling' : ''}${s.muted ? ' · muted' : ''}${s.languages.length ? ` · ${s.languages.includes('*') ? 'all languages' : s.languages.join(', ')}` : ''}`,
    ),
  );
}

function renderSkills(state: PanelState): HTMLElement {
  const view = el('div', { role: 'tabpanel', id: 'view-skills', 'aria-labelledby': 'tab-skills' });
  const languages = [...new Set(state.skills.flatMap((s) => s.languages))].sort();
  const select = el('select', { 'aria-label': 'Filter by language', class: 'filter' }, el('option', { value: '' }, 'All languages'), ...languages.map((l) => el('option', { value: l }, l)));
  select.value = state.skillFilter;
  select.addEventListener('change', () => send({ type: 'skills/filter', language: select.value }));
  const shown = state.skills.filter((s) => !state.skillFilter || s.languages.includes(state.skillFilter) || s.languages.includes('*'));
  view.append(el('div', { class: 'toolbar' }, select));
  if (shown.length === 0) view.append(el('p', { class: 'muted' }, 'No concepts seen yet. Skilltrace learns from the diagnostics and edits in your files.'));
  else view.append(el('ul', { class: 'skills', 'aria-label': 'Concepts' }, ...shown.map(renderSkill)));
  return view;
}

function renderReviewItem(r: PanelReview): HTMLElement {
  const li = el('li', { class: 'review-item', 'data-concept': r.conceptId });
  li.append(el('div', { class: 'skill-head' }, button(r.title, { class: 'link' }, () => send({ type: 'concept/open', conceptId: r.conceptId })), el('span', { class: 'muted' }, r.due ? 'due now' : `due ${new Date(r.dueAt).toLocaleString()}`)));
  if (r.due && r.question) {
    li.append(el('p', { class: 'muted' }, r.question.reminder));
    const item = r.question.item;
    if (item.kind === 'multiple-choice') {
      li.append(el('p', {}, item.prompt));
      if (item.code) li.append(renderCode(item.code, '', 'Question code'));
      const choices = el('div', { class: 'choices' });
      item.choices.forEach((c, i) => {
        const attrs: Record<string, string> = { class: 'choice' };
        if (r.answered) attrs.disabled = 'true';
        choices.append(button(c, attrs, () => send({ type: 'review/answer', conceptId: r.conceptId, answer: String(i) })));
      });
      li.append(choices);
    } else {
      li.append(el('p', {}, item.prompt), renderCode(item.code, '', 'Question code'));
      const input = el('input', { type: 'text', class: 'answer-input', 'aria-label': 'Your answer' });
      const submit = () => input.value.trim() && send({ type: 'review/answer', conceptId: r.conceptId, answer: input.value });
      input.addEventListener('keydown', (e) => e.key === 'Enter' && submit());
      if (!r.answered) li.append(el('div', { class: 'answer-row' }, input, button('Check', { class: 'secondary' }, submit)));
    }
    if (r.answered) li.append(el('div', { class: `verdict ${r.answered.correct ? 'right' : 'wrong'}`, role: 'status' }, r.answered.correct ? 'Right. ' : 'Not quite. ', item.explanation));
  }
  return li;
}

function renderCodeReviewHint(h: PanelCodeReview['hints'][number]): HTMLElement {
  const where = `${h.label}:${h.line + 1}`;
  const open = el(
    'button',
    { class: 'diagnostic-open link', type: 'button', 'aria-label': `Open ${where}: ${h.title}` },
    el('span', { class: `severity severity-${h.severity === 'error' ? 'error' : 'warning'}`, 'aria-hidden': 'true' }, '◆'),
    el('span', { class: 'diagnostic-message' }, `${h.title}: ${h.message}`),
  );
  open.addEventListener('click', () => send({ type: 'codeReview/hint', file: h.file, key: h.key, action: 'open' }));
  const act = (label: string, action: 'learn' | 'dismiss' | 'fixed', aria: string) =>
    button(label, { class: action === 'learn' ? 'secondary' : 'link', 'data-action': action, 'aria-label': aria }, () => send({ type: 'codeReview/hint', file: h.file, key: h.key, action }));
  return el(
    'li',
    { class: 'diagnostic review-hint', 'data-concept': h.conceptId, 'data-origin': h.origin, 'data-severity': h.severity === 'error' ? 'error' : 'warning' },
    open,
    el('div', { class: 'diagnostic-meta muted' }, `${where} · ${h.origin === 'llm' ? 'LLM review' : 'detector'}${h.accepted ? ' · you took the lesson' : ''}`),
    el(
      'div',
      { class: 'choices-row', role: 'group', 'aria-label': `What to do with the hint at ${where}` },
      act(h.accepted ? 'Open the lesson' : 'Learn', 'learn', `Learn ${h.title}`),
      act('Fixed', 'fixed', `Mark the hint at ${where} fixed`),
      act('Dismiss', 'dismiss', `Dismiss the hint at ${where}`),
    ),
  );
}

function renderCodeReview(review: PanelCodeReview | undefined): HTMLElement {
  const box = el('section', { class: 'code-review', 'aria-labelledby': 'code-review-title' });
  box.append(
    el('div', { class: 'skill-head' }, el('h2', { id: 'code-review-title' }, 'Your changes'), button('Review my changes', { class: 'secondary', 'data-action': 'review-run' }, () => send({ type: 'codeReview/run' }))),
  );
  if (!review) {
    box.append(el('p', { class: 'muted' }, 'Skilltrace reviews the working tree, the staged changes or the whole branch with its built-in detectors (and your LLM, if you set one up), with your weakest concepts first.'));
    return box;
  }
  box.setAttribute('data-status', review.status);
  if (review.status === 'running') box.setAttribute('aria-busy', 'true');
  box.append(el('p', { class: review.status === 'failed' ? 'error' : 'summary', role: review.status === 'failed' ? 'alert' : 'status', 'data-testid': 'code-review-summary' }, `${review.targetLabel}: ${review.message}`));
  if (review.llm.notice) box.append(el('p', { class: 'notice', role: 'status' }, review.llm.notice));
  if (review.lesson) box.append(el('p', { class: 'misconception' }, el('strong', {}, 'Lesson: '), `${review.lesson.title} came up ${review.lesson.findings} times in ${review.lesson.reviews} reviews. `, button('Open the lesson', { class: 'link' }, () => send({ type: 'concept/open', conceptId: review.lesson?.conceptId ?? '' }))));
  if (review.hints.length > 0) box.append(el('ul', { class: 'diagnostics review-hints', 'aria-label': 'Review hints' }, ...review.hints.map(renderCodeReviewHint)));
  const notes: string[] = [];
  if (review.heldBack > 0) notes.push(`${review.heldBack} more finding${review.heldBack === 1 ? '' : 's'} held back to keep the list short.`);
  if (review.notReviewedCount > 0) notes.push(`Not reviewed: ${review.notReviewed.slice(0, 5).join(', ')}${review.notReviewedCount > 5 ? ` and ${review.notReviewedCount - 5} more` : ''}.`);
  if (notes.length) box.append(el('p', { class: 'muted' }, notes.join(' ')));
  return box;
}

function renderReview(state: PanelState): HTMLElement {
  const view = el('div', { role: 'tabpanel', id: 'view-review', 'aria-labelledby': 'tab-review' });
  view.append(renderCodeReview(state.codeReview), el('h2', {}, 'Spaced review'));
  if (state.review.length === 0) view.append(el('p', { class: 'muted' }, 'Nothing to review. Concepts you recover from come back here as one-question reviews, spaced out over days.'));
  else view.append(el('ul', { class: 'review', 'aria-label': 'Review queue' }, ...state.review.map(renderReviewItem)));
  return view;
}

function dateOf(at: number): string {
  return new Date(at).toLocaleDateString();
}

function renderFromHistory(history: PanelFromHistory | undefined, run: PanelState['historyRun']): HTMLElement {
  const box = el('section', { class: 'from-history', 'aria-labelledby': 'from-history-title' });
  box.append(
    el(
      'div',
      { class: 'skill-head' },
      el('h2', { id: 'from-history-title' }, 'From your history'),
      button(history ? 'Analyze again' : 'Analyze my history', { class: 'secondary', 'data-action': 'history-analyze' }, () => send({ type: 'history/analyze' })),
    ),
  );
  if (run) box.append(el('p', { class: run.state === 'failed' ? 'error' : 'muted', role: run.state === 'failed' ? 'alert' : 'status' }, run.message));
  if (!history) {
    box.append(el('p', { class: 'muted' }, 'Skilltrace can read your own commits in this repository (only yours, from git config) to see which concepts you use and fix, and start its estimates from that. Nothing leaves your machine.'));
    return box;
  }
  const span = history.from !== undefined && history.to !== undefined ? ` from ${dateOf(history.from)} to ${dateOf(history.to)}` : '';
  box.append(
    el(
      'p',
      { class: 'summary', 'data-testid': 'history-summary' },
      `${history.commits} commit${history.commits === 1 ? '' : 's'} by ${history.author}${span}${history.truncated ? ' (stopped at the size limit)' : ''}. ${history.newEvidence > 0 ? `${history.newEvidence} pieces of evidence went into your estimates, marked as history.` : 'No new commits since the last analysis.'}`,
    ),
  );
  if (history.concepts.length === 0) box.append(el('p', { class: 'muted' }, 'No concepts recognized in those commits.'));
  else {
    const row = (c: PanelFromHistory['concepts'][number]): HTMLElement => {
      const counts = [c.usedIn ? `used in ${c.usedIn}` : '', c.fixedIn ? `fixed in ${c.fixedIn}` : '', c.introduced ? `${c.introduced} slip${c.introduced === 1 ? '' : 's'} found` : ''].filter(Boolean).join(' · ');
      const example = c.examples[0];
      return el(
        'li',
        { 'data-concept': c.conceptId },
        el('div', { class: 'skill-head' }, button(c.title, { class: 'link', 'aria-label': `${c.title}: ${counts}` }, () => send({ type: 'concept/open', conceptId: c.conceptId })), el('span', { class: 'muted' }, counts)),
        example ? el('div', { class: 'muted history-example' }, `${example.kind} in ${example.commit}: ${example.subject}`) : null,
      );
    };
    // Fixes and slips say the most; the concepts only used go behind a disclosure so the list stays short.
    const telling = history.concepts.filter((c) => c.fixedIn > 0 || c.introduced > 0);
    const shown = (telling.length > 0 ? telling : history.concepts).slice(0, 8);
    const rest = history.concepts.filter((c) => !shown.includes(c));
    box.append(el('ul', { class: 'history-concepts', 'aria-label': 'Concepts you fixed or slipped on in your commits' }, ...shown.map(row)));
    if (rest.length > 0) {
      box.append(el('details', { class: 'history-more' }, el('summary', {}, `${rest.length} more concept${rest.length === 1 ? '' : 's'} your commits use`), el('ul', { class: 'history-concepts', 'aria-label': 'Other concepts in your commits' }, ...rest.map(row))));
    }
  }
  return box;
}

const VERDICT_LABEL: Record<PanelOutcomes['concepts'][number]['verdict'], string> = {
  'too-early': 'too early',
  'none-since': 'no repeats',
  fewer: 'fewer errors',
  same: 'no change',
  more: 'more errors',
  'no-errors': 'no errors',
};

function renderOutcomes(outcomes: PanelOutcomes): HTMLElement {
  const box = el('section', { class: 'outcomes', 'aria-labelledby': 'outcomes-title' });
  box.append(el('h2', { id: 'outcomes-title' }, 'Did the help stick?'));
  if (outcomes.concepts.length === 0) {
    box.append(el('p', { class: 'muted' }, 'After a tutorial, hint or review lesson, Skilltrace counts whether the same concept\'s errors come back in the following days. That is how it knows its help works.'));
    return box;
  }
  if (outcomes.headline) box.append(el('p', { class: 'summary', 'data-testid': 'outcome-headline' }, outcomes.headline));
  box.append(
    el(
      'ul',
      { class: 'outcome-list', 'aria-label': 'Recurrence after help, per concept' },
      ...outcomes.concepts.map((o) =>
        el(
          'li',
          { 'data-concept': o.conceptId, 'data-verdict': o.verdict },
          el('div', { class: 'skill-head' }, button(o.title, { class: 'link' }, () => send({ type: 'concept/open', conceptId: o.conceptId })), el('span', { class: `verdict-chip verdict-${o.verdict}` }, VERDICT_LABEL[o.verdict])),
          el('div', {}, o.summary),
          el('div', { class: 'muted' }, `After ${o.helpLabel}, last ${when(o.lastHelpAt)}.`),
        ),
      ),
    ),
  );
  return box;
}

function renderHistory(state: PanelState): HTMLElement {
  const view = el('div', { role: 'tabpanel', id: 'view-history', 'aria-labelledby': 'tab-history' });
  // The learning outcome comes first: it is the measure that matters, not how much history there is.
  view.append(renderOutcomes(state.outcomes), renderFromHistory(state.fromHistory, state.historyRun), el('h2', {}, 'Activity'));
  if (state.history.length === 0) view.append(el('p', { class: 'muted' }, 'No tutorials, quizzes or hints yet.'));
  else
    view.append(
      el(
        'ul',
        { class: 'history', 'aria-label': 'History' },
        ...state.history.map((h: PanelHistory) => el('li', { 'data-kind': h.kind }, el('span', { class: 'muted' }, `${when(h.at)} · ${h.kind}`), ' ', button(h.title, { class: 'link' }, () => send({ type: 'concept/open', conceptId: h.conceptId })), el('div', { class: 'muted' }, h.detail))),
      ),
    );
  return view;
}

function render(state: PanelState): void {
  if (!app) return;
  const active = document.activeElement?.id;
  const body: Record<PanelView, (s: PanelState) => HTMLElement> = { now: renderNow, skills: renderSkills, review: renderReview, history: renderHistory };
  const footer = el(
    'footer',
    { class: 'muted provider' },
    `Tutor: ${state.llm.label}`,
    state.llm.configured ? ' · ' : null,
    state.llm.configured ? button('What was sent?', { class: 'link' }, () => send({ type: 'sent/show' })) : null,
  );
  app.replaceChildren(state.notice ? el('p', { class: 'notice', role: 'status' }, state.notice) : '', renderTabs(state), body[state.view](state), footer);
  // Keep keyboard focus on the tab the engineer was on across re-renders.
  if (active?.startsWith('tab-')) document.getElementById(`tab-${state.view}`)?.focus();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hostToPanelSchema.safeParse(event.data);
  if (!parsed.success) {
    console.warn('Skilltrace panel dropped a malformed message', parsed.error.issues[0]?.message);
    return;
  }
  switch (parsed.data.type) {
    case 'state/didChange':
      current = parsed.data.state;
      render(current);
      break;
  }
});

send({ type: 'webview/ready' });
