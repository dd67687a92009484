import { z } from 'zod';
import { DEFAULT_TRACE_SETTINGS, DENSE_FEATURES, type TraceSettings } from './learnerTrace';
import shippedParameters from './populationParameters.json';

/** Fitted parameters of one concept: its difficulty and how fast successes and failures move it. */
export const conceptParametersSchema = z.object({
  bias: z.number(),
  success: z.number(),
  failure: z.number(),
  /** Elo difficulty (logit scale) from the population's success rate. */
  difficulty: z.number(),
});
export type ConceptParameters = z.infer<typeof conceptParametersSchema>;

/**
 * Population parameters of the Skilltrace model: written by `skilltrace eval --fit-out`, shipped with the extension
 * as populationParameters.json, read by the skill model. Concepts not listed use the dense weights alone.
 */
export const populationParametersSchema = z.object({
  format: z.literal('skilltrace-population/1'),
  /** Where the parameters came from, for the README and the panel's "about" line. */
  source: z.string().max(500),
  settings: z.object({
    conceptRecency: z.number().min(0).max(1),
    fastRecency: z.number().min(0).max(1),
    slowRecency: z.number().min(0).max(1),
    eloK: z.number().min(0),
    eloKDecay: z.number().min(0),
    halfLifeDays: z.number().min(0),
  }),
  dense: z.array(z.number()).length(DENSE_FEATURES),
  concepts: z.record(z.string(), conceptParametersSchema),
});
export type PopulationParameters = z.infer<typeof populationParametersSchema>;

/** Parameters that know nothing: every prediction is 50 %. Used by tests and as a last resort. */
export function neutralParameters(settings: TraceSettings = DEFAULT_TRACE_SETTINGS): PopulationParameters {
  return {
    format: 'skilltrace-population/1',
    source: 'neutral',
    settings: { ...settings },
    dense: new Array<number>(DENSE_FEATURES).fill(0),
    concepts: {},
  };
}

/** The parameters shipped with the extension (fitted on ASSISTments 2009; regenerate with `skilltrace eval --fit-out`). */
export function shippedPopulationParameters(): PopulationParameters {
  return populationParametersSchema.parse(shippedParameters);
}
