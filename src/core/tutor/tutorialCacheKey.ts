import type { TutorialLevel } from '../../shared/tutorialSchema';
import { contentHash } from './contentHash';
import type { CodeContext } from './tutorProvider';

/** The parts a cached tutorial depends on; the same parts give the same tutorial. */
export interface TutorialCacheKeyParts {
  conceptId: string;
  level: TutorialLevel;
  language: string;
  /** The code the tutorial was built from (already trimmed and redacted), or undefined for a code-free tutorial. */
  codeContext?: CodeContext;
}

/**
 * Builds the cache key (concept, level, language, code hash) used by the LLM adapter and any persistent cache.
 * Whitespace at line ends does not change the key, so saving with a formatter does not invalidate a tutorial.
 */
export function tutorialCacheKey(parts: TutorialCacheKeyParts): string {
  const code = parts.codeContext;
  const normalized =
    code === undefined
      ? ''
      : [code.before, code.focus, code.after, code.diagnosticMessage ?? '']
          .map((part) => part.replace(/[ \t]+$/gm, ''))
          .join('\u0000');
  const codeHash = code === undefined ? 'nocode' : contentHash(normalized);
  return ['tutorial', parts.conceptId, parts.level, parts.language.toLowerCase(), codeHash].map(encodeURIComponent).join('|');
}
