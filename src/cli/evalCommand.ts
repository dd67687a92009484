import { readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DatasetError, readResponseCsv } from '../adapters/datasets/responseCsvReader';
import { readProgSnap2 } from '../adapters/datasets/progSnap2Reader';
import { createTracer, evaluateTracer, TRACER_NAMES, type ModelScore, type TracerName } from '../core/skill/evaluation';
import { FeatureTracer } from '../core/skill/featureTracer';
import type { ResponseLog } from '../core/skill/responseLog';
import type { CliCommand, CliIo } from './cliIo';

const USAGE = `Usage: skilltrace eval --train FILE --test FILE [options]
       skilltrace eval --folds DIR [options]
       skilltrace eval --train FILE --fit-out FILE

Fits on the training answers, then predicts each test answer before seeing it (test learners are held out) and
prints AUC, RMSE, log-loss and first-attempt-per-concept AUC.

Options:
  --format csv|progsnap2   csv: columns user_id, order_id (or timestamp), skill_name, correct (default)
                           progsnap2: a ProgSnap2 MainTable.csv
  --model NAMES            comma-separated, from ${TRACER_NAMES.join(', ')} (default: all, skilltrace first;
                           the JSON's top-level figures are the first model's)
  --folds DIR              cross-validate over DIR/foldK-train.csv with DIR/foldK-valid.csv (or foldK-test.csv)
  --slice-by COLUMN        per-group AUC, calibration and ABROCA against the largest group
  --fit-out FILE           write the Skilltrace model's fitted population parameters (JSON) to FILE
  --json                   print one JSON object instead of a table
`;

interface EvalOptions {
  train?: string;
  test?: string;
  folds?: string;
  format: 'csv' | 'progsnap2';
  models: TracerName[];
  sliceBy?: string;
  fitOut?: string;
  json: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): EvalOptions {
  const options: EvalOptions = { format: 'csv', models: [...TRACER_NAMES], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--train':
        options.train = value();
        break;
      case '--test':
        options.test = value();
        break;
      case '--folds':
        options.folds = value();
        break;
      case '--format': {
        const v = value();
        if (v !== 'csv' && v !== 'progsnap2') throw new UsageError(`--format must be csv or progsnap2, got "${v}"`);
        options.format = v;
        break;
      }
      case '--model': {
        const names = value().split(',').map((s) => s.trim().toLowerCase());
        for (const n of names) if (!(TRACER_NAMES as readonly string[]).includes(n)) throw new UsageError(`unknown model "${n}" (known: ${TRACER_NAMES.join(', ')})`);
        options.models = names as TracerName[];
        break;
      }
      case '--slice-by':
        options.sliceBy = value();
        break;
      case '--fit-out':
        options.fitOut = value();
        break;
      case '--json':
        options.json = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (options.folds && (options.train || options.test)) throw new UsageError('--folds replaces --train and --test');
  if (!options.folds && !options.train) throw new UsageError('--train FILE (or --folds DIR) is required');
  if (!options.folds && !options.test && !options.fitOut) throw new UsageError('--test FILE is required (or --fit-out FILE to only fit)');
  return options;
}

async function readLog(file: string, options: EvalOptions, withSlice: boolean, io: CliIo): Promise<ResponseLog> {
  const slice = withSlice ? options.sliceBy : undefined;
  const log = await (options.format === 'progsnap2' ? readProgSnap2(file, slice) : readResponseCsv(file, slice));
  for (const note of log.notes ?? []) io.stderr(`skilltrace eval: note: ${note}\n`);
  return log;
}

async function foldFiles(dir: string): Promise<{ fold: string; train: string; test: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new DatasetError(dir, 0, 'cannot read the folds directory');
  }
  const folds: { fold: string; train: string; test: string }[] = [];
  for (const name of names.sort()) {
    const m = /^fold(\d+)-train\.csv$/.exec(name);
    if (!m) continue;
    const test = [`fold${m[1]}-valid.csv`, `fold${m[1]}-test.csv`].find((t) => names.includes(t));
    if (!test) throw new DatasetError(join(dir, name), 0, `no matching fold${m[1]}-valid.csv or fold${m[1]}-test.csv`);
    folds.push({ fold: m[1], train: join(dir, name), test: join(dir, test) });
  }
  if (folds.length === 0) throw new DatasetError(dir, 0, 'no foldK-train.csv files');
  return folds.sort((a, b) => Number(a.fold) - Number(b.fold));
}

const fmt = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(4));

function table(scores: ModelScore[]): string {
  const lines = ['model        n        AUC     RMSE    logloss first-AUC  fit ms  predict ms'];
  for (const s of scores) {
    lines.push(
      `${s.model.padEnd(12)} ${String(s.n).padEnd(8)} ${fmt(s.auc)}  ${fmt(s.rmse)}  ${fmt(s.logloss)}  ${fmt(s.firstAttemptAuc)}  ${s.fitMs.toFixed(0).padStart(6)}  ${s.predictMs.toFixed(1).padStart(10)}`,
    );
  }
  for (const s of scores) {
    if (!s.slices) continue;
    lines.push('', `${s.model}: by group (ABROCA against the largest group)`);
    for (const g of s.slices) {
      lines.push(
        `  ${g.group.padEnd(16)} n=${String(g.n).padEnd(7)} AUC ${fmt(g.auc)}  predicted ${fmt(g.calibration.meanPredicted)} observed ${fmt(g.calibration.observedRate)} ECE ${fmt(g.calibration.expectedCalibrationError)}  ABROCA ${fmt(g.abroca)}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

async function runFolds(options: EvalOptions, io: CliIo): Promise<void> {
  const folds = await foldFiles(options.folds as string);
  const perFold: { fold: string; scores: ModelScore[] }[] = [];
  for (const f of folds) {
    const train = await readLog(f.train, options, false, io);
    const test = await readLog(f.test, options, true, io);
    perFold.push({ fold: f.fold, scores: options.models.map((m) => evaluateTracer(createTracer(m), train, test, () => performance.now())) });
    if (!options.json) io.stderr(`fold ${f.fold} done\n`);
  }
  const summary = options.models.map((model, k) => {
    const aucs = perFold.map((f) => f.scores[k].auc);
    return {
      model,
      meanAuc: mean(aucs),
      sdAuc: sd(aucs),
      foldAuc: aucs,
      meanRmse: mean(perFold.map((f) => f.scores[k].rmse)),
      meanLogloss: mean(perFold.map((f) => f.scores[k].logloss)),
      meanFirstAttemptAuc: mean(perFold.map((f) => f.scores[k].firstAttemptAuc)),
    };
  });
  if (options.json) {
    const first = summary[0];
    const n = perFold.reduce((s, f) => s + f.scores[0].n, 0);
    io.stdout(JSON.stringify({ auc: first.meanAuc, rmse: first.meanRmse, logloss: first.meanLogloss, n, folds: perFold, summary }) + '\n');
    return;
  }
  for (const f of perFold) io.stdout(`fold ${f.fold}\n${table(f.scores)}\n`);
  io.stdout('cross-validated (mean ± sd over folds)\n');
  for (const s of summary) {
    io.stdout(`${s.model.padEnd(12)} AUC ${fmt(s.meanAuc)} ± ${s.sdAuc.toFixed(4)}  [${s.foldAuc.map(fmt).join(' ')}]  RMSE ${fmt(s.meanRmse)}  logloss ${fmt(s.meanLogloss)}  first-AUC ${fmt(s.meanFirstAttemptAuc)}\n`);
  }
}

/** `skilltrace eval`: fits knowledge-tracing models on answer logs and scores them on held-out learners. */
export const runEvalCommand: CliCommand = async (argv, io) => {
  let options: EvalOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (!error.message) {
        io.stdout(USAGE);
        return 0;
      }
      io.stderr(`skilltrace eval: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  try {
    if (options.folds) {
      await runFolds(options, io);
      return 0;
    }
    const train = await readLog(options.train as string, options, false, io);
    if (options.fitOut) {
      const tracer = new FeatureTracer();
      tracer.fit(train);
      const parameters = tracer.fitted(`skilltrace eval --fit-out on ${basename(options.train as string)} (${train.correct.length} answers, ${train.learners.length} learners)`);
      await writeFile(options.fitOut, JSON.stringify(parameters, null, 1) + '\n');
      if (!options.test) {
        if (!options.json) io.stdout(`wrote ${options.fitOut}\n`);
        else io.stdout(JSON.stringify({ fitOut: options.fitOut, n: train.correct.length }) + '\n');
        return 0;
      }
    }
    const test = await readLog(options.test as string, options, true, io);
    const scores = options.models.map((m) => evaluateTracer(createTracer(m), train, test, () => performance.now()));
    if (options.json) {
      const first = scores[0];
      io.stdout(JSON.stringify({ model: first.model, auc: first.auc, rmse: first.rmse, logloss: first.logloss, firstAttemptAuc: first.firstAttemptAuc, n: first.n, models: scores }) + '\n');
    } else io.stdout(table(scores));
    return 0;
  } catch (error) {
    if (error instanceof DatasetError) {
      io.stderr(`skilltrace eval: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`skilltrace eval: ${message}\n`);
    return 1;
  }
};
