import type { Hint, Tutorial } from '../../shared/tutorialSchema';
import type { HintRequest, TutorCallOptions, TutorFailure, TutorialRequest, TutorOutcome, TutorProvider } from './tutorProvider';

/**
 * Chains a preferred provider (an LLM) with a fallback (the offline library): the extension calls this one and
 * always gets something to show. A cancelled call is not retried elsewhere, since nobody wants the answer any more.
 * The fallback's answer carries the preferred provider's failure, so the panel can say why and what to do.
 */
export class FallbackTutorProvider implements TutorProvider {
  constructor(
    private readonly preferred: TutorProvider | undefined,
    private readonly fallback: TutorProvider,
    private readonly onFallback?: (failure: TutorFailure) => void,
  ) {}

  get label(): string {
    return this.preferred === undefined ? this.fallback.label : `${this.preferred.label}, falling back to ${this.fallback.label}`;
  }

  generateTutorial(request: TutorialRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Tutorial>> {
    return this.chain((provider, callOptions) => provider.generateTutorial(request, callOptions), options);
  }

  generateHint(request: HintRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Hint>> {
    return this.chain((provider, callOptions) => provider.generateHint(request, callOptions), options);
  }

  private async chain<T>(
    call: (provider: TutorProvider, options: TutorCallOptions) => Promise<TutorOutcome<T>>,
    options: TutorCallOptions,
  ): Promise<TutorOutcome<T>> {
    if (this.preferred === undefined) return call(this.fallback, options);
    const first = await call(this.preferred, options);
    if (first.ok || first.kind === 'cancelled') return first;
    const { ok: _ok, ...failure } = first;
    this.onFallback?.(failure);
    // Drafts from the failed stream are stale now; the fallback answers whole, without streaming.
    const second = await call(this.fallback, options.signal ? { signal: options.signal } : {});
    return second.ok ? { ...second, fallbackFrom: failure } : second;
  }
}
