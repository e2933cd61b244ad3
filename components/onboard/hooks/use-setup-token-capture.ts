// Runs the setup-token capture for as long as the step is shown, turning its events into state.
import { useEffect, useRef, useState } from 'react';
import type { SetupTokenCapture } from '../../../src/setup-token/capture.js';

export interface CaptureView {
  phase: 'starting' | 'waiting-for-url' | 'prompt' | 'problem' | 'exited';
  url?: string;
  problem?: string;
  /** Set when claude ended without a token: its exit code and last lines. */
  failure?: { exitCode: number; lastLines: string[] };
  /** Set when claude could not be started at all (not installed): why, and what to do. */
  notStarted?: string;
}

export function useSetupTokenCapture(start: () => Promise<SetupTokenCapture>, onToken: (token: string) => void) {
  const [view, setView] = useState<CaptureView>({ phase: 'starting' });
  const capture = useRef<SetupTokenCapture | undefined>(undefined);
  const tokenSeen = useRef(false);

  useEffect(() => {
    let alive = true;
    void start()
      .then((running) => {
        if (!alive) return running.kill('SIGKILL');
        capture.current = running;
        setView({ phase: 'waiting-for-url' });
        running.on('url', (url) => setView((current) => ({ ...current, url })));
        running.on('prompt', () => setView((current) => ({ ...current, phase: 'prompt' })));
        running.on('problem', (problem) => setView((current) => ({ ...current, phase: 'problem', problem })));
        running.on('token', (token) => {
          tokenSeen.current = true;
          onToken(token);
        });
        running.on('exit', ({ exitCode }) => {
          if (!tokenSeen.current) setView((current) => ({ ...current, phase: 'exited', failure: { exitCode, lastLines: running.lastLines(6) } }));
        });
      })
      // It never ran, so there is no exit code to report: only why, and what to do.
      .catch((error: unknown) => setView({ phase: 'exited', notStarted: error instanceof Error ? error.message : String(error) }));
    return () => {
      alive = false;
      capture.current?.kill('SIGKILL'); // leaving the step (Esc, Ctrl-C, done) ends claude
    };
    // Started once per mount of the step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { view, send: (text: string) => capture.current?.write(text) };
}
