import { readFile } from 'node:fs/promises';
import { buildResponseLog, type ResponseLog, type ResponseRow } from '../../core/skill/responseLog';
import { CsvSyntaxError, parseCsv } from './csvParser';

/** A data problem in an input file, naming the file and line so the user can fix it. Used by the eval command. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

/** The concept given to answers without a skill. */
export const NO_SKILL = '(no skill)';

/** Minutes between answers known only by their order. */
export const ORDER_STEP_MS = 60_000;

/** Reads a whole file as text, turning a missing or unreadable file into a DatasetError. */
export async function readDatasetText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatasetError(file, 0, `cannot read the file (${code})`);
  }
}

/** Parses a timestamp cell: a number (ms since the epoch, or seconds when below 1e11) or an ISO 8601 date. */
export function parseTimestamp(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const asNumber = Number(trimmed);
  if (Number.isFinite(asNumber)) return asNumber < 1e11 ? asNumber * 1000 : asNumber;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * Reads answers in the layout pyBKT uses: columns `user_id`, `order_id` (or `timestamp`), `skill_name`, `correct`
 * (0/1, or a fraction where >= 0.5 counts as correct). `sliceBy` keeps another column for the fairness slice.
 */
export function parseResponseCsv(text: string, file: string, sliceBy?: string): ResponseLog {
  const rows: ResponseRow[] = [];
  const noSkill = { count: 0, firstLine: 0 };
  let columns: { user: number; order: number; time: number; skill: number; correct: number; slice: number } | undefined;
  try {
    parseCsv(text, (fields, line) => {
      if (!columns) {
        const names = fields.map((f) => f.trim().toLowerCase());
        const find = (...candidates: string[]) => names.findIndex((n) => candidates.includes(n));
        columns = {
          user: find('user_id', 'user', 'student_id'),
          order: find('order_id', 'order'),
          time: find('timestamp', 'time', 'start_time'),
          skill: find('skill_name', 'skill', 'skill_id', 'concept'),
          correct: find('correct'),
          slice: sliceBy ? names.indexOf(sliceBy.trim().toLowerCase()) : -1,
        };
        const missing = [
          columns.user < 0 ? 'user_id' : '',
          columns.skill < 0 ? 'skill_name' : '',
          columns.correct < 0 ? 'correct' : '',
          columns.order < 0 && columns.time < 0 ? 'order_id or timestamp' : '',
        ].filter(Boolean);
        if (missing.length) throw new DatasetError(file, line, `missing column(s) ${missing.join(', ')} in the header (found: ${fields.join(', ')})`);
        if (sliceBy && columns.slice < 0) throw new DatasetError(file, line, `no column "${sliceBy}" to slice by (found: ${fields.join(', ')})`);
        return;
      }
      const c = columns;
      const get = (k: number) => (k >= 0 && k < fields.length ? fields[k].trim() : '');
      const learner = get(c.user);
      const concept = get(c.skill);
      if (!learner) throw new DatasetError(file, line, 'empty user_id');
      if (!concept) {
        noSkill.count++;
        noSkill.firstLine ||= line;
      }
      const correctValue = Number(get(c.correct));
      if (get(c.correct) === '' || !Number.isFinite(correctValue) || correctValue < 0 || correctValue > 1) {
        throw new DatasetError(file, line, `correct must be 0 or 1, got "${get(c.correct)}"`);
      }
      let time: number | undefined;
      if (c.time >= 0) time = parseTimestamp(get(c.time));
      else {
        const order = Number(get(c.order));
        time = get(c.order) !== '' && Number.isFinite(order) ? order * ORDER_STEP_MS : undefined;
      }
      if (time === undefined) throw new DatasetError(file, line, `cannot read the ${c.time >= 0 ? 'timestamp' : 'order_id'} "${get(c.time >= 0 ? c.time : c.order)}"`);
      rows.push({ learner, concept: concept || NO_SKILL, correct: correctValue >= 0.5 ? 1 : 0, time, group: c.slice >= 0 ? get(c.slice) : undefined });
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new DatasetError(file, error.line, error.message);
    throw error;
  }
  if (!columns) throw new DatasetError(file, 1, 'the file is empty (expected a header user_id,order_id,skill_name,correct)');
  if (rows.length === 0) throw new DatasetError(file, 2, 'no answers after the header');
  const log = buildResponseLog(rows, columns.time >= 0 ? 'timestamp' : 'order');
  if (noSkill.count) {
    // Such rows are common in real exports (ASSISTments has them); scoring them under one concept loses nothing.
    log.notes = [`${file}: ${noSkill.count} answer(s) without a skill_name (first at line ${noSkill.firstLine}) were kept as the concept "${NO_SKILL}"`];
  }
  return log;
}

/** Reads a pyBKT-layout CSV file (see parseResponseCsv). */
export async function readResponseCsv(file: string, sliceBy?: string): Promise<ResponseLog> {
  return parseResponseCsv(await readDatasetText(file), file, sliceBy);
}
