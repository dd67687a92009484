import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConceptEstimate } from '../../../src/core/sync/skillReportPlanner';
import { skillReportToStatement, type EngineerAgent, type SkillReportStatement } from '../../../src/shared/syncSchemas';

/** A fresh temporary folder for one test's queue files. */
export function tempDir(prefix = 'skilltrace-sync-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const testAgent: EngineerAgent = { objectType: 'Agent', account: { homePage: 'https://skilltrace.dev/accounts', name: 'ada' } };

/** A valid skill-report statement with a fresh id. */
export function reportStatement(conceptId = 'null-safety', over: { mastery?: number; actor?: EngineerAgent; explanation?: string; timestamp?: string } = {}): SkillReportStatement {
  return skillReportToStatement(
    {
      id: randomUUID(),
      conceptId,
      conceptName: conceptId,
      verb: 'progressed',
      mastery: over.mastery ?? 0.4,
      uncertainty: 0.2,
      modelVersion: 'test-model',
      explanation: over.explanation ?? 'First report on this concept.',
      timestamp: over.timestamp ?? new Date().toISOString(),
    },
    over.actor ?? testAgent,
  );
}

/** `count` concept estimates with evidence, each a distinct concept id, as the planner reads them. */
export function estimates(count: number, now = Date.now(), mastery = (i: number) => (i % 10) / 10 + 0.05): ConceptEstimate[] {
  return Array.from({ length: count }, (_, i) => ({
    conceptId: `concept-${i}`,
    conceptName: `Concept ${i}`,
    mastery: mastery(i),
    uncertainty: 0.2,
    evidence: 2,
    trend: 'steady' as const,
    lastObserved: now - 1000,
    factors: () => ['Engineers in general get this concept right about 50% of the time.'],
  }));
}
