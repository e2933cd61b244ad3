// Issue 24, with Claude Code 2.1.332: what is tested and why is in ../helpers/slow-line.ts.
import { CLAUDE_RELEASES } from '../helpers/oauth-standin.js';
import { describeSlowLine } from '../helpers/slow-line.js';

describeSlowLine(CLAUDE_RELEASES[1]);
