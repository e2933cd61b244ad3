// Two workers share the suite; the interop files that drive the real OpenClaw take 30–80 s each
// (its CLI calls take 3–13 s). Started last, one of them would run alone at the end; started
// first, the many short files fill the gaps. Within each group, vitest's own order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const weight = (spec: TestSpecification): number => (/\/test\/interop\/openclaw-(2026\.|plugin)/.test(spec.moduleId) ? 0 : /\/test\/(interop|remote)\//.test(spec.moduleId) ? 1 : 2);

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => weight(a.spec) - weight(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}
