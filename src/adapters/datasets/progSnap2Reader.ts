import { buildResponseLog, type ResponseLog, type ResponseRow } from '../../core/skill/responseLog';
import { CsvSyntaxError, parseCsv } from './csvParser';
import { DatasetError, ORDER_STEP_MS, parseTimestamp, readDatasetText } from './responseCsvReader';

/**
 * Reads a ProgSnap2 main event table (MainTable.csv) into graded answers for the evaluation tool:
 * - `Submit` / `Run.Program` events with a `Score` are answers on the problem (`ProblemID`, else `AssignmentID`),
 *   correct when the score is full (>= 1; scores above 1 are read as percentages, 100 being full);
 * - `Compile` events with `Compile.Result` `Success` / `Error` are answers on "<problem>:compile", the concept of
 *   writing code that compiles for that problem.
 * Other events are skipped. Order: `Order` when present, else `ServerTimestamp`.
 */
export function parseProgSnap2(text: string, file: string, sliceBy?: string): ResponseLog {
  const rows: ResponseRow[] = [];
  let col: Record<'subject' | 'problem' | 'assignment' | 'event' | 'score' | 'compile' | 'time' | 'order' | 'slice', number> | undefined;
  try {
    parseCsv(text, (fields, line) => {
      if (!col) {
        const names = fields.map((f) => f.trim());
        const at = (name: string) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
        col = {
          subject: at('SubjectID'),
          problem: at('ProblemID'),
          assignment: at('AssignmentID'),
          event: at('EventType'),
          score: at('Score'),
          compile: at('Compile.Result'),
          time: at('ServerTimestamp'),
          order: at('Order'),
          slice: sliceBy ? at(sliceBy) : -1,
        };
        const missing = [
          col.subject < 0 ? 'SubjectID' : '',
          col.problem < 0 && col.assignment < 0 ? 'ProblemID or AssignmentID' : '',
          col.event < 0 ? 'EventType' : '',
          col.time < 0 && col.order < 0 ? 'ServerTimestamp or Order' : '',
        ].filter(Boolean);
        if (missing.length) throw new DatasetError(file, line, `not a ProgSnap2 main table: missing column(s) ${missing.join(', ')}`);
        if (sliceBy && col.slice < 0) throw new DatasetError(file, line, `no column "${sliceBy}" to slice by`);
        return;
      }
      const c = col;
      const get = (k: number) => (k >= 0 && k < fields.length ? fields[k].trim() : '');
      const event = get(c.event);
      let correct: number | undefined;
      let concept = get(c.problem) || get(c.assignment);
      if (event === 'Submit' || event === 'Run.Program') {
        const raw = get(c.score);
        if (raw === '') return;
        const score = Number(raw);
        if (!Number.isFinite(score) || score < 0) throw new DatasetError(file, line, `Score must be a number >= 0, got "${raw}"`);
        correct = (score > 1 ? score / 100 : score) >= 1 - 1e-9 ? 1 : 0;
      } else if (event === 'Compile') {
        const result = get(c.compile);
        if (result !== 'Success' && result !== 'Error') return;
        correct = result === 'Success' ? 1 : 0;
        concept = `${concept}:compile`;
      } else return;
      const learner = get(c.subject);
      if (!learner) throw new DatasetError(file, line, 'empty SubjectID');
      if (!concept || concept.startsWith(':')) throw new DatasetError(file, line, 'empty ProblemID and AssignmentID');
      let time: number | undefined;
      if (c.order >= 0 && get(c.order) !== '') {
        const order = Number(get(c.order));
        time = Number.isFinite(order) ? order * ORDER_STEP_MS : undefined;
      } else time = parseTimestamp(get(c.time));
      if (time === undefined) throw new DatasetError(file, line, `cannot read the event time ("${get(c.order >= 0 ? c.order : c.time)}")`);
      rows.push({ learner, concept, correct, time, group: c.slice >= 0 ? get(c.slice) : undefined });
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new DatasetError(file, error.line, error.message);
    throw error;
  }
  if (!col) throw new DatasetError(file, 1, 'the file is empty (expected a ProgSnap2 MainTable.csv header)');
  if (rows.length === 0) throw new DatasetError(file, 2, 'no scored Submit/Run.Program or Compile events');
  return buildResponseLog(rows, col.order >= 0 ? 'order' : 'timestamp');
}

/** Reads a ProgSnap2 MainTable.csv (see parseProgSnap2). */
export async function readProgSnap2(file: string, sliceBy?: string): Promise<ResponseLog> {
  return parseProgSnap2(await readDatasetText(file), file, sliceBy);
}
