import { hostToPanelSchema, type PanelDiagnostic, type PanelState, type PanelToHost } from '../shared/webviewProtocol';

/** The API VS Code injects into webviews; only `postMessage` is used (state lives in the host). */
interface VsCodeApi {
  postMessage(message: PanelToHost): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app');

function send(message: PanelToHost): void {
  vscode.postMessage(message);
}

/** Small element builder: text only goes through textContent, never innerHTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function renderDiagnostic(d: PanelDiagnostic): HTMLElement {
  const where = `${d.label}:${d.line + 1}:${d.character + 1}`;
  const button = el(
    'button',
    { class: 'diagnostic-open', type: 'button', 'aria-label': `Open ${where}: ${d.message}` },
    el('span', { class: `severity severity-${d.severity}`, 'aria-hidden': 'true' }, d.severity === 'error' ? '●' : '▲'),
    el('span', { class: 'diagnostic-message' }, d.message),
  );
  button.addEventListener('click', () => send({ type: 'location/open', file: d.file, line: d.line, character: d.character }));
  const meta = [d.source, d.code].filter(Boolean).join(' ');
  return el(
    'li',
    { class: 'diagnostic', 'data-severity': d.severity, 'data-code': d.code ?? '' },
    button,
    el('div', { class: 'diagnostic-meta muted' }, `${where}${meta ? ` · ${meta}` : ''}`),
  );
}

function render(state: PanelState): void {
  if (!app) return;
  const heading = el('h2', {}, 'What Skilltrace sees');
  const summary = el(
    'p',
    { class: 'summary', 'data-testid': 'diagnostic-count' },
    state.diagnosticCount === 0
      ? 'No problems in open files right now.'
      : `${state.diagnosticCount} problem${state.diagnosticCount === 1 ? '' : 's'} in your workspace.`,
  );
  const list = el('ul', { class: 'diagnostics', 'aria-label': 'Problems' }, ...state.diagnostics.map(renderDiagnostic));
  const footer = el('p', { class: 'muted provider' }, `Tutor: ${state.llm.label}`);
  app.replaceChildren(heading, summary, list, footer);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hostToPanelSchema.safeParse(event.data);
  if (!parsed.success) {
    console.warn('Skilltrace panel dropped a malformed message', parsed.error.issues[0]?.message);
    return;
  }
  switch (parsed.data.type) {
    case 'state/didChange':
      render(parsed.data.state);
      break;
  }
});

send({ type: 'webview/ready' });
