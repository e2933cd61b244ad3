// Two workers share the suite; the files that drive the real OpenClaw take 20–130 s each (its CLI
// calls take 2–18 s), the first runs the longest. Started last, one of them would run alone at the
// end; started first, the many short files fill the gaps. Within each group, vitest's own order.
// (vitest orders by last run's durations when it has them; a clean clone has none.)
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST = /\/test\/(first-run\/|interop\/(openclaw-|plugin-install)|setup-token\/terminal-replies-over-a-slow-line)/;
const SLOW = /\/test\/(interop|remote)\//;

const weight = (spec: TestSpecification): number => (SLOWEST.test(spec.moduleId) ? 0 : SLOW.test(spec.moduleId) ? 1 : 2);

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => weight(a.spec) - weight(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}
