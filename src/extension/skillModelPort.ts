import type { SkillModel } from '../core/skill/skillModel';
import type { PanelEvidence } from '../shared/webviewProtocol';
import type { SkillModelPort } from './tutorController';

/** Adapts the core skill model to what the controller and panel need; `locate` turns evidence paths into editor URIs. */
export function skillModelPort(model: () => SkillModel, locate: (file: string) => string | undefined): SkillModelPort {
  return {
    observe: (o) => {
      model().observe(o);
    },
    skills: (now) =>
      model()
        .concepts()
        .map((id) => model().estimate(id, now))
        .filter((e): e is NonNullable<typeof e> => e !== undefined)
        .map((e) => ({
          conceptId: e.conceptId,
          mastery: e.mastery,
          uncertainty: Math.min(1, e.uncertainty),
          trend: e.trend === 'rising' ? ('up' as const) : e.trend === 'falling' ? ('down' as const) : ('flat' as const),
          struggling: e.struggle.struggling,
          evidenceCount: Math.max(0, Math.round(e.evidence)),
        })),
    ranked: (now) => model().struggling(now).map((c) => ({ conceptId: c.conceptId, reason: c.why })),
    explain: (conceptId, now): PanelEvidence[] => {
      const explanation = model().explain(conceptId, now);
      if (!explanation) return [];
      return explanation.evidence.map((e) => {
        const file = e.evidence.file;
        const uri = file ? locate(file) : undefined;
        return {
          text: e.text.slice(0, 600),
          effect: Math.round(e.effect * 1000) / 10,
          at: Math.max(0, Math.round(e.timestamp)),
          ...(uri ? { file: uri, label: file, line: e.evidence.range?.startLine ?? 0 } : {}),
        };
      });
    },
    estimate: (conceptId, now) => {
      const e = model().estimate(conceptId, now);
      return e ? { mastery: e.mastery, uncertainty: Math.min(1, e.uncertainty) } : undefined;
    },
  };
}
