// The team dashboard's front end: plain DOM code (no framework, no inline script, strict CSP), drawing the
// report the server already made privacy-safe. Hidden cells say "not enough people", never zero.
/* global document, window, btoa, TextEncoder */
'use strict';

const state = { authorization: '', me: null };

const el = (id) => document.getElementById(id);

function make(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof window.Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { authorization: state.authorization, accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

// Struggle 0 -> green, 1 -> red, on a perceptually even-ish ramp.
function struggleColour(rate) {
  const hue = Math.round(130 * (1 - rate));
  return `hsl(${hue} 70% 45% / 0.55)`;
}

function percent(rate) {
  return `${Math.round(rate * 100)}%`;
}

function renderHeatmap(report) {
  const table = el('heatmap');
  table.replaceChildren();
  const head = make('tr', {}, make('th', { scope: 'col' }, 'Concept'));
  for (const week of report.weeks) head.append(make('th', { scope: 'col' }, `w/c ${week.slice(5)}`));
  table.append(make('thead', {}, head));
  const body = make('tbody');
  if (report.concepts.length === 0) {
    body.append(make('tr', {}, make('td', { colspan: String(report.weeks.length + 1) }, 'No skill reports in this period yet.')));
  }
  for (const concept of report.concepts) {
    const row = make('tr', {}, make('th', { scope: 'row' }, concept.conceptId));
    for (const cell of concept.cells) {
      if (cell.shown) {
        const td = make('td', { title: `${cell.engineers} engineers, mean mastery ${percent(cell.meanMastery)}` }, percent(cell.struggleRate));
        td.style.background = struggleColour(cell.struggleRate);
        row.append(td);
      } else {
        row.append(make('td', { class: 'hidden-cell', title: `fewer than ${report.minGroupSize} engineers, or hidden so another cell cannot be worked out` }, 'not enough people'));
      }
    }
    body.append(row);
  }
  const totals = make('tr', {}, make('th', { scope: 'row', class: 'total' }, 'All concepts'));
  for (const total of report.weekTotals) {
    totals.append(total.shown ? make('td', { class: 'total' }, percent(total.struggleRate)) : make('td', { class: 'hidden-cell total' }, 'not enough people'));
  }
  body.append(totals);
  table.append(body);
}

function renderTrends(report) {
  const container = el('trends');
  container.replaceChildren();
  const svgNs = 'http://www.w3.org/2000/svg';
  for (const concept of report.concepts) {
    const card = make('div', { class: 'trend', role: 'img' });
    const shown = concept.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.shown);
    card.setAttribute('aria-label', `${concept.conceptId}: ${shown.map(({ cell }) => `${cell.week} ${percent(cell.meanMastery)}`).join(', ') || 'not enough people in any week'}`);
    card.append(make('h3', {}, concept.conceptId));
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 200 60');
    const width = Math.max(1, report.weeks.length - 1);
    const point = ({ cell, index }) => [10 + (180 * index) / width, 55 - 50 * cell.meanMastery];
    // Lines connect only consecutive shown weeks, so a hidden week is a visible gap rather than an interpolation.
    let run = [];
    const flush = () => {
      if (run.length > 1) {
        const line = document.createElementNS(svgNs, 'polyline');
        line.setAttribute('points', run.map((p) => point(p).join(',')).join(' '));
        svg.append(line);
      }
      run = [];
    };
    shown.forEach((entry, i) => {
      if (i > 0 && entry.index !== shown[i - 1].index + 1) flush();
      run.push(entry);
      const [x, y] = point(entry);
      const dot = document.createElementNS(svgNs, 'circle');
      dot.setAttribute('cx', String(x));
      dot.setAttribute('cy', String(y));
      dot.setAttribute('r', '2.5');
      svg.append(dot);
    });
    flush();
    card.append(svg);
    if (shown.length === 0) card.append(make('p', { class: 'hint' }, 'not enough people'));
    container.append(card);
  }
}

function renderLists(report) {
  const gaps = el('gaps');
  gaps.replaceChildren(
    ...(report.emergingGaps.length > 0
      ? report.emergingGaps.map((gap) => make('li', {}, `${gap.conceptId}: struggle up from ${percent(gap.earlierStruggleRate)} to ${percent(gap.latestStruggleRate)}`))
      : [make('li', {}, 'No rising struggle among the concepts with enough people.')]),
  );
  const sessions = el('sessions');
  sessions.replaceChildren(
    ...(report.suggestedSessions.length > 0
      ? report.suggestedSessions.map((session) => make('li', {}, make('strong', {}, session.conceptId), ` — ${session.why}`))
      : [make('li', {}, 'Nothing stands out: no session needed this week.')]),
  );
  const individuals = el('individuals');
  individuals.replaceChildren();
  if (report.individuals.length === 0) {
    individuals.append(make('p', { class: 'hint' }, 'Nobody has chosen to share individual results.'));
  } else {
    const list = make('ul');
    for (const person of report.individuals) {
      list.append(make('li', {}, make('strong', {}, person.name), `: ${person.concepts.map((c) => `${c.conceptId} ${percent(c.mastery)}`).join(', ')}`));
    }
    individuals.append(list);
  }
}

async function renderAudit() {
  const list = el('audit');
  try {
    const { entries } = await api('/api/audit');
    list.replaceChildren(...entries.slice(0, 20).map((entry) => make('li', {}, `${entry.at.replace('T', ' ').slice(0, 19)} — ${entry.actor}: ${entry.action}`)));
  } catch (error) {
    list.replaceChildren(make('li', {}, `audit log unavailable: ${error.message}`));
  }
}

async function loadReport() {
  el('report-error').textContent = '';
  const team = el('team').value;
  if (!team) return;
  try {
    const report = await api(`/api/teams/${encodeURIComponent(team)}/report?weeks=${el('weeks').value}`);
    el('k').textContent = String(report.minGroupSize);
    renderHeatmap(report);
    renderTrends(report);
    renderLists(report);
    await renderAudit();
    document.body.dataset.loaded = 'true';
  } catch (error) {
    el('report-error').textContent = `Could not load the report: ${error.message}`;
  }
}

async function signIn(event) {
  event.preventDefault();
  el('login-error').textContent = '';
  const user = el('user').value.trim();
  const secret = el('secret').value;
  state.authorization = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${secret}`)))}`;
  try {
    state.me = await api('/api/me');
    if (state.me.role === 'engineer') throw new Error('team reports are for team leads and admins; engineers see their own data in the editor');
    const { teams } = await api('/api/teams');
    el('team').replaceChildren(...teams.map((team) => make('option', { value: String(team.id) }, team.name)));
    el('login').hidden = true;
    el('report').hidden = false;
    await loadReport();
  } catch (error) {
    state.authorization = '';
    el('login-error').textContent = `Sign-in failed: ${error.message}`;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  el('login').addEventListener('submit', signIn);
  el('refresh').addEventListener('click', loadReport);
  el('team').addEventListener('change', loadReport);
  el('weeks').addEventListener('change', loadReport);
});
