// The wizard's side effects are defined by the core; the UI only calls them.
export type { OnboardActions } from '../../src/onboard/onboard-actions.js';
