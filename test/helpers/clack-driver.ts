// Answers OpenClaw's own prompts (clack: `◆ question`, options `● chosen` / `○ other`) as a person
// reading the screen would: whatever question is on screen gets the answer the test gave for it,
// in whatever order the release asks them. A question the test has no answer for fails the test
// with the screen, so a new prompt in a release is seen, not skipped.
import { pollPause, type TmuxSession } from './tmux.js';

export interface PromptAnswer {
  /** Matched against the active clack question (`◆ …`), or, with `onScreen`, the screen's last line (where the cursor waits). */
  when: RegExp;
  onScreen?: boolean;
  /** With `onScreen`: how many of the screen's last lines to match (claude 2.1.332 draws its field as a box below its prompt). Default 1. */
  lines?: number;
  answer: (session: TmuxSession) => void | Promise<void>;
  /** How often it may come up (a re-asked provider list after a refusal shows a failure). Default 1. */
  times?: number;
}

const ACTIVE = /^\s*◆\s+(.*)$/;
const QUESTION = /^\s*[◆◇▲■]\s+/;
const OPTION = /^│\s+([●○])\s+(.*)$/;

/** The active clack question on screen, with its option lines. */
export function activePrompt(screen: string): { question: string; options: { chosen: boolean; label: string }[] } | undefined {
  const lines = screen.split('\n');
  // The last question drawn is the one waiting, if it is still open (◆): a question answered (◇)
  // below an old ◆ means that ◆ is a leftover clack could not erase (it had scrolled away).
  let at = -1;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (QUESTION.test(lines[index] ?? '')) {
      at = index;
      break;
    }
  }
  if (at === -1 || !ACTIVE.test(lines[at] ?? '')) return undefined;
  const options: { chosen: boolean; label: string }[] = [];
  for (const line of lines.slice(at + 1)) {
    const option = OPTION.exec(line);
    if (!option) continue;
    // A yes/no question draws both answers on one line: `○ Yes / ● No`.
    const inline = /^(.*?) \/ ([●○])\s+(.*)$/.exec(option[2] ?? '');
    if (inline) options.push({ chosen: option[1] === '●', label: inline[1] ?? '' }, { chosen: inline[2] === '●', label: inline[3] ?? '' });
    else options.push({ chosen: option[1] === '●', label: option[2] ?? '' });
  }
  return { question: (ACTIVE.exec(lines[at] ?? '')?.[1] ?? '').trim(), options };
}

/** Move the select's cursor to the option whose label contains `label`, and confirm it. */
export function choose(label: string): (session: TmuxSession) => void {
  return (session) => {
    const prompt = activePrompt(session.screen());
    const options = prompt?.options ?? [];
    const target = options.findIndex((option) => option.label.includes(label));
    if (target === -1) throw new Error(`no option "${label}" in:\n${session.screen()}`);
    const current = Math.max(0, options.findIndex((option) => option.chosen));
    const key = target > current ? 'Down' : 'Up';
    for (let step = 0; step < Math.abs(target - current); step += 1) session.press(key);
    session.press('Enter');
  };
}

export function typeAndEnter(text: string): (session: TmuxSession) => void {
  return (session) => {
    session.type(text);
    session.press('Enter');
  };
}

function lastLines(screen: string, count = 1): string {
  return screen
    .split('\n')
    .filter((line) => line.trim())
    .slice(-count)
    .join('\n');
}

/**
 * Answer every prompt until `until` is on screen (returns the screen), failing at once on `fail`
 * or on a question nobody answers.
 */
export async function answerPrompts(session: TmuxSession, answers: readonly PromptAnswer[], options: { until: RegExp; fail?: RegExp; timeoutMs: number }): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  const used = new Map<PromptAnswer, number>();
  let unknownSince: { question: string; at: number } | undefined;
  let lastAnswerAt = Date.now();
  while (Date.now() < deadline) {
    const screen = session.screen();
    if (options.until.test(screen)) return screen;
    if (options.fail?.test(screen)) throw new Error(`failed: ${String(options.fail)} on screen:\n${screen}`);
    const prompt = activePrompt(screen);
    const match = answers.find((answer) => (answer.onScreen ? answer.when.test(lastLines(screen, answer.lines)) : prompt !== undefined && answer.when.test(prompt.question)));
    if (match) {
      const count = (used.get(match) ?? 0) + 1;
      if (count > (match.times ?? 1)) throw new Error(`asked ${String(match.when)} ${count} times; screen:\n${screen}`);
      used.set(match, count);
      await new Promise((resolve) => setTimeout(resolve, 150)); // keys are read once the prompt is drawn
      await match.answer(session);
      // Answered: wait until the question (or the screen text) has gone, so it is not answered twice.
      const answeredAt = Date.now();
      while (Date.now() - answeredAt < 60_000) {
        const next = session.screen();
        const stillThere = match.onScreen ? match.when.test(lastLines(next, match.lines)) : activePrompt(next)?.question === prompt?.question;
        if (!stillThere) break;
        await pollPause(Date.now() - answeredAt);
      }
      unknownSince = undefined;
      lastAnswerAt = Date.now();
      continue;
    }
    if (prompt) {
      // A question with no answer: give it a moment (a redraw may be under way), then fail with it.
      if (unknownSince?.question !== prompt.question) unknownSince = { question: prompt.question, at: Date.now() };
      else if (Date.now() - unknownSince.at > 3000) throw new Error(`no answer for "${prompt.question}"; screen:\n${screen}`);
    }
    // Between questions OpenClaw works for seconds: look often just after an answer, then less.
    await pollPause(Date.now() - lastAnswerAt);
  }
  throw new Error(`timed out before ${String(options.until)}; screen:\n${session.screen()}`);
}
