import { z } from 'zod';
import { inQuietHours, minutesUntilQuietEnds, parseQuietHours, type QuietHours } from './quietHours';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The nudge settings as the extension reads them from `skilltrace.nudges.*`; every field has a safe default. */
export const nudgeSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  maxPerHour: z.number().int().min(0).max(60).default(2),
  minConfidence: z.number().min(0).max(1).default(0.7),
  /** Minimum time between two nudges about the same concept. */
  conceptCooldownMinutes: z.number().min(0).max(7 * 24 * 60).default(120),
  /** Minimum time between any two nudges. */
  minGapMinutes: z.number().min(0).max(24 * 60).default(10),
  /** Local time ranges such as "22:00-07:30". */
  quietHours: z.array(z.string()).default([]),
});
export type NudgeSettingsInput = z.input<typeof nudgeSettingsSchema>;

/** Settings ready for the policy: quiet hours parsed. */
export interface NudgeSettings {
  enabled: boolean;
  maxPerHour: number;
  minConfidence: number;
  conceptCooldownMinutes: number;
  minGapMinutes: number;
  quietHours: QuietHours[];
}

/**
 * Reads raw settings: each invalid field falls back to its default with a readable problem, so a typo in one
 * setting never turns the whole policy off or on.
 */
export function parseNudgeSettings(raw: unknown): { settings: NudgeSettings; problems: string[] } {
  const problems: string[] = [];
  const input: Record<string, unknown> = raw !== null && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  if (raw !== undefined && (raw === null || typeof raw !== 'object')) problems.push('nudge settings should be an object; using the defaults');
  const shape = nudgeSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (input[key] === undefined) continue;
    const field = shape[key].safeParse(input[key]);
    if (!field.success) {
      problems.push(`skilltrace.nudges.${key}: ${field.error.issues[0]?.message ?? 'invalid'}; using the default`);
      delete input[key];
    }
  }
  const parsed = nudgeSettingsSchema.parse(input);
  const quietHours: QuietHours[] = [];
  for (const text of parsed.quietHours) {
    const range = parseQuietHours(text);
    if (range.ok) quietHours.push(range.value);
    else problems.push(`skilltrace.nudges.quietHours: ${range.error}; ignored`);
  }
  return { settings: { ...parsed, quietHours }, problems };
}

/** What the policy remembers between decisions; plain JSON so the extension can persist it in `globalState`. */
export const nudgeStateSchema = z.object({
  /** Nudges shown within the last hour (older ones are pruned). */
  shown: z.array(z.object({ conceptId: z.string(), at: z.number() })).max(1_000),
  /** Last nudge per concept, kept while its cool-down may still matter. */
  lastByConcept: z.record(z.string(), z.number()),
  snoozedUntil: z.number(),
  muted: z.array(z.string()).max(10_000),
});
export type NudgeState = z.infer<typeof nudgeStateSchema>;

/** The state before any nudge. */
export function initialNudgeState(): NudgeState {
  return { shown: [], lastByConcept: {}, snoozedUntil: 0, muted: [] };
}

/** Restores persisted state; anything unreadable starts fresh and says so. */
export function restoreNudgeState(raw: unknown): { state: NudgeState; problem?: string } {
  if (raw === undefined) return { state: initialNudgeState() };
  const parsed = nudgeStateSchema.safeParse(raw);
  if (parsed.success) return { state: parsed.data };
  return { state: initialNudgeState(), problem: `saved nudge state was unreadable (${parsed.error.issues[0]?.message ?? 'invalid'}); starting fresh` };
}

/** A concept the skill model believes the engineer is struggling with right now, and how sure it is (0..1). */
export interface StruggleSignal {
  conceptId: string;
  confidence: number;
}

/** Everything the policy needs to know about this moment; the extension gathers it (clock, editor, debug state). */
export interface NudgeMoment {
  now: number;
  /** Local minutes since midnight (the extension owns the time zone). */
  localMinuteOfDay: number;
  typingBurst: boolean;
  debugging: boolean;
  struggles: readonly StruggleSignal[];
  /** Shown passively in the status bar whatever the decision. */
  conceptsToReview: number;
}

/** Why proactive help was held back; the engineer can see it in the panel. */
export type SuppressionCode =
  | 'disabled'
  | 'snoozed'
  | 'quiet-hours'
  | 'debug-session'
  | 'typing-burst'
  | 'no-struggle'
  | 'low-confidence'
  | 'hourly-limit'
  | 'too-soon'
  | 'muted'
  | 'cooldown';

/** The policy's answer: nudge about one concept now, or stay passive (status bar count only) and say why. */
export type NudgeDecision =
  | { action: 'nudge'; conceptId: string; confidence: number; reason: string; statusCount: number }
  | { action: 'passive'; code: SuppressionCode; reason: string; statusCount: number; retryAt?: number };

/**
 * Decides whether to offer proactive help now. Proactive help needs a struggle detected with confidence, an engineer
 * who is neither typing nor debugging, no snooze or quiet hours, room in the hourly budget, and a concept that is
 * neither muted nor in its cool-down. Everything else is passive. Pure: the extension calls it when the skill model
 * reports a struggle and records a shown nudge with `recordNudgeShown`.
 */
export function decideNudge(state: NudgeState, settings: NudgeSettings, moment: NudgeMoment): NudgeDecision {
  const { now } = moment;
  const statusCount = Math.max(0, Math.floor(moment.conceptsToReview));
  const passive = (code: SuppressionCode, why: string, retryAt?: number): NudgeDecision =>
    retryAt === undefined ? { action: 'passive', code, reason: `suppressed: ${why}`, statusCount } : { action: 'passive', code, reason: `suppressed: ${why}`, statusCount, retryAt };

  if (!settings.enabled) return passive('disabled', 'proactive help is turned off');
  if (state.snoozedUntil > now) return passive('snoozed', `snoozed until ${clock(state.snoozedUntil, now, moment.localMinuteOfDay)}`, state.snoozedUntil);
  if (inQuietHours(moment.localMinuteOfDay, settings.quietHours)) {
    return passive('quiet-hours', 'quiet hours', now + minutesUntilQuietEnds(moment.localMinuteOfDay, settings.quietHours) * MINUTE);
  }
  if (moment.debugging) return passive('debug-session', 'debug session in progress');
  if (moment.typingBurst) return passive('typing-burst', 'typing burst');
  return decideForStruggles(state, settings, moment, passive);
}

function decideForStruggles(
  state: NudgeState,
  settings: NudgeSettings,
  moment: NudgeMoment,
  passive: (code: SuppressionCode, why: string, retryAt?: number) => NudgeDecision,
): NudgeDecision {
  const { now } = moment;
  const valid = moment.struggles.filter((s) => s.conceptId.length > 0 && Number.isFinite(s.confidence));
  if (valid.length === 0) return passive('no-struggle', 'no struggle detected');
  const confident = valid.filter((s) => s.confidence >= settings.minConfidence);
  if (confident.length === 0) {
    const best = Math.max(...valid.map((s) => s.confidence));
    return passive('low-confidence', `struggle confidence ${best.toFixed(2)} is below ${settings.minConfidence.toFixed(2)}`);
  }

  const lastHour = state.shown.filter((s) => s.at > now - HOUR && s.at <= now);
  if (lastHour.length >= settings.maxPerHour) {
    const oldest = Math.min(...lastHour.map((s) => s.at));
    const retryAt = settings.maxPerHour === 0 ? undefined : oldest + HOUR;
    return passive('hourly-limit', `already ${lastHour.length} nudge${lastHour.length === 1 ? '' : 's'} in the last hour (limit ${settings.maxPerHour})`, retryAt);
  }
  const latest = lastHour.length > 0 ? Math.max(...lastHour.map((s) => s.at)) : -Infinity;
  if (now - latest < settings.minGapMinutes * MINUTE) {
    return passive('too-soon', `the last nudge was ${Math.round((now - latest) / MINUTE)} min ago`, latest + settings.minGapMinutes * MINUTE);
  }

  const muted = new Set(state.muted);
  const unmuted = confident.filter((s) => !muted.has(s.conceptId));
  if (unmuted.length === 0) return passive('muted', `${confident.map((s) => s.conceptId).join(', ')} muted`);
  const cooldownMs = settings.conceptCooldownMinutes * MINUTE;
  const ready = unmuted.filter((s) => {
    const last = state.lastByConcept[s.conceptId];
    return last === undefined || now - last >= cooldownMs;
  });
  if (ready.length === 0) {
    const retryAt = Math.min(...unmuted.map((s) => (state.lastByConcept[s.conceptId] ?? now) + cooldownMs));
    return passive('cooldown', `already nudged about ${unmuted.map((s) => s.conceptId).join(', ')} recently`, retryAt);
  }
  const best = ready.reduce((a, b) => (b.confidence > a.confidence || (b.confidence === a.confidence && b.conceptId < a.conceptId) ? b : a));
  return {
    action: 'nudge',
    conceptId: best.conceptId,
    confidence: best.confidence,
    reason: `struggle with ${best.conceptId} detected (confidence ${best.confidence.toFixed(2)})`,
    statusCount: Math.max(0, Math.floor(moment.conceptsToReview)),
  };
}

/** Records that a nudge was shown; prunes what no later decision can need, so the state stays small. */
export function recordNudgeShown(state: NudgeState, conceptId: string, now: number, settings: NudgeSettings): NudgeState {
  const shown = [...state.shown.filter((s) => s.at > now - HOUR), { conceptId, at: now }].slice(-100);
  const cooldownMs = settings.conceptCooldownMinutes * MINUTE;
  const lastByConcept: Record<string, number> = {};
  for (const [id, at] of Object.entries(state.lastByConcept)) if (now - at < cooldownMs) lastByConcept[id] = at;
  lastByConcept[conceptId] = now;
  return { ...state, shown, lastByConcept };
}

/** Snoozes proactive help until a time (the "Snooze for an hour" action). */
export function snoozeNudges(state: NudgeState, until: number): NudgeState {
  return { ...state, snoozedUntil: Math.max(0, until) };
}

/** Mutes or unmutes one concept ("Don't nudge me about this"). */
export function setConceptMuted(state: NudgeState, conceptId: string, muted: boolean): NudgeState {
  const rest = state.muted.filter((id) => id !== conceptId);
  return { ...state, muted: muted ? [...rest, conceptId] : rest };
}

/** "until 14:30" in the engineer's local time, derived from the local minute of now. */
function clock(at: number, now: number, localMinuteOfDay: number): string {
  const minute = Math.floor(localMinuteOfDay + (at - now) / MINUTE);
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
