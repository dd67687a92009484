import { BktTracer, EloTracer, PfaTracer } from './baselineTracers';
import { EditorModelTracer } from './editorModelTracer';
import { FeatureTracer } from './featureTracer';
import { abroca, auc, calibration, firstAttemptMask, logLoss, rmse, type Calibration } from './metrics';
import type { KnowledgeTracer, ResponseLog } from './responseLog';

/** Names accepted by `skilltrace eval --model`. */
export const TRACER_NAMES = ['skilltrace', 'skilltrace-editor', 'skilltrace-free', 'bkt', 'pfa', 'elo'] as const;
export type TracerName = (typeof TRACER_NAMES)[number];

/** Creates a tracer by its --model name. */
export function createTracer(name: TracerName): KnowledgeTracer {
  switch (name) {
    case 'skilltrace':
      return new FeatureTracer();
    case 'skilltrace-editor':
      return new EditorModelTracer();
    case 'skilltrace-free':
      return new FeatureTracer(undefined, undefined, true, false);
    case 'bkt':
      return new BktTracer();
    case 'pfa':
      return new PfaTracer();
    case 'elo':
      return new EloTracer();
    default: {
      const never: never = name;
      throw new Error(`unknown model ${String(never)}`);
    }
  }
}

/** Quality of one group of a fairness slice. */
export interface SliceScore {
  group: string;
  n: number;
  auc: number;
  calibration: Calibration;
  /** Area between this group's ROC curve and the largest group's. */
  abroca: number;
}

/** Scores of one model on one test log: what `skilltrace eval` prints. */
export interface ModelScore {
  model: string;
  n: number;
  auc: number;
  rmse: number;
  logloss: number;
  firstAttemptAuc: number;
  fitMs: number;
  predictMs: number;
  slices?: SliceScore[];
}

/** Fits `tracer` on `train`, predicts `test` answer by answer, and scores the predictions. */
export function evaluateTracer(tracer: KnowledgeTracer, train: ResponseLog, test: ResponseLog, now: () => number): ModelScore {
  const t0 = now();
  tracer.fit(train);
  const t1 = now();
  const predicted = tracer.predict(test);
  const t2 = now();
  const score: ModelScore = {
    model: tracer.name,
    n: test.correct.length,
    auc: auc(predicted, test.correct),
    rmse: rmse(predicted, test.correct),
    logloss: logLoss(predicted, test.correct),
    firstAttemptAuc: auc(predicted, test.correct, firstAttemptMask(test.learner, test.concept)),
    fitMs: t1 - t0,
    predictMs: t2 - t1,
  };
  if (test.group && test.groups) score.slices = sliceScores(predicted, test);
  return score;
}

function sliceScores(predicted: Float64Array, test: ResponseLog): SliceScore[] {
  const group = test.group as Int32Array;
  const masks = (test.groups as string[]).map((_, g) => Uint8Array.from(group, (v) => (v === g ? 1 : 0)));
  const sizes = masks.map((m) => m.reduce((s, v) => s + v, 0));
  const reference = sizes.indexOf(Math.max(...sizes));
  return (test.groups as string[]).map((name, g) => ({
    group: name,
    n: sizes[g],
    auc: auc(predicted, test.correct, masks[g]),
    calibration: calibration(predicted, test.correct, masks[g]),
    abroca: g === reference ? 0 : abroca(predicted, test.correct, masks[g], masks[reference]),
  }));
}
