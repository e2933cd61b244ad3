// OpenClaw 2026.3.13's own first-run questions, answered as a new user who came for the AI access
// does: its defaults, "No"/"Skip" for the extras (channels, skills, hooks, a system service), and
// "Yes" to the risk question (its default No stops onboarding).
import { choose, type PromptAnswer } from './clack-driver.js';

export function firstRunAnswers2026_3(mode: 'QuickStart' | 'Manual'): PromptAnswer[] {
  const enter: PromptAnswer['answer'] = (session) => session.press('Enter');
  const defaults = (...questions: RegExp[]): PromptAnswer[] => questions.map((when) => ({ when, answer: enter }));
  return [
    { when: /I understand this is personal-by-default/, answer: choose('Yes') },
    { when: /^Onboarding mode/, answer: choose(mode) },
    { when: /^What do you want to set up\?/, answer: choose('Local gateway') },
    // The config the plugin's install wrote (and the API's base URL) is kept.
    { when: /^Config handling/, answer: choose('Use existing values') },
    // The model it just set is kept (its own default answers).
    ...defaults(/^Filter models by provider/, /^Default model/),
    // Manual asks what QuickStart decides itself: each default.
    ...defaults(/^Workspace directory/, /^Gateway port/, /^Gateway bind/, /^Gateway auth/, /^Tailscale exposure/, /^Gateway token/, /^How do you want to provide the gateway token\?/),
    { when: /^Select channel|^Select a channel/, answer: choose('Skip for now') },
    { when: /^Configure chat channels now\?/, answer: choose('No') },
    { when: /^Choose web search provider|^Search provider/, answer: choose('Skip for now') },
    { when: /^Enable web_search\?|^Enable web_fetch/, answer: choose('No') },
    { when: /^Configure skills now\?/, answer: choose('No') },
    // A multi-select, its cursor on "Skip for now": tick it, confirm.
    { when: /^Enable hooks\?/, answer: (session) => (session.press('Space'), session.press('Enter')) },
    { when: /^Enable \w+ shell completion/, answer: choose('No') },
    { when: /^Install Gateway service/, answer: choose('No') },
    { when: /How do you want to hatch your bot\?/, answer: choose('Do this later') },
  ];
}
