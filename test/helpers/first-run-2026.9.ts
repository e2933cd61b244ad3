// OpenClaw 2026.9.6's own first-run questions, answered as a new user does (its defaults, no extras).
import { choose, type PromptAnswer } from './clack-driver.js';

/** What 2026.9.6 asks anyone first, whichever way onboard was started. */
export const firstQuestions2026_9: readonly PromptAnswer[] = [
  { when: /I understand this is personal-by-default/, answer: choose('Yes') },
  { when: /Help make OpenClaw better\?/, answer: choose('No thanks') },
  { when: /What should we call your first agent\?/, answer: (session) => session.press('Enter') },
];

export function firstRunAnswers2026_9(mode: 'Full access' | 'Ask first'): PromptAnswer[] {
  return [
    ...firstQuestions2026_9,
    { when: /What would you like to create\?/, answer: choose('One agent') },
    { when: /How should I set things up\?/, answer: choose(mode) },
    // Ask first: the questions it asks before it looks around, with their defaults.
    { when: /May I look around to find your AI access\?/, answer: choose('Yes, take a look') },
  ];
}
