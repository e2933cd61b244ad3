#!/usr/bin/env node
// A slow line between a terminal and a program, as over ssh or on a loaded machine: runs the program
// in its own PTY, passes the program's output to the terminal as it comes, and passes the terminal's
// input on with every escape sequence in it split (after its ESC and at a random point) and each
// part after the first delayed 0-500 ms. A terminal's reply to a query is one such sequence; the Esc
// key (alone, or read together with what was typed after it) and typed text pass as they are, in
// order, behind anything delayed.
//
//   node laggy-terminal.mjs LOGFILE -- COMMAND [ARGS…]
//     LOGFILE  one JSON line per escape sequence it split (what the terminal sent)
import { appendFileSync } from 'node:fs';
import pty from '@lydell/node-pty';

const [logFile, dashes, command, ...args] = process.argv.slice(2);
if (dashes !== '--' || !command) {
  console.error('usage: laggy-terminal.mjs LOGFILE -- COMMAND [ARGS…]');
  process.exit(2);
}

const child = pty.spawn(command, args, {
  cols: process.stdout.columns ?? 80,
  rows: process.stdout.rows ?? 24,
  cwd: process.cwd(),
  env: process.env,
});
child.onData((data) => process.stdout.write(data));
child.onExit(({ exitCode }) => process.exit(exitCode));
process.stdout.on('resize', () => child.resize(process.stdout.columns, process.stdout.rows));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let queue = Promise.resolve();
const send = (text, delayMs) => {
  queue = queue.then(async () => {
    if (delayMs) await sleep(delayMs);
    child.write(text);
  });
};

process.stdin.setRawMode(true);
process.stdin.on('data', (chunk) => {
  const text = chunk.toString('utf8');
  if (text === '\x1b' || !text.includes('\x1b')) return send(text, 0);
  // Each ESC starts a piece: ESC alone, then its rest cut once more at random, each late.
  for (const piece of text.split(/(?=\x1b)/)) {
    // A terminal's reply is a CSI, OSC, DCS or APC sequence (ESC [ ] P _). ESC then anything else is
    // the Esc key with what was typed after it, read together on a busy machine: passed as it is.
    if (!piece.startsWith('\x1b') || piece.length === 1 || !'[]P_'.includes(piece[1])) {
      send(piece, 0);
      continue;
    }
    appendFileSync(logFile, `${JSON.stringify(piece)}\n`);
    const cut = 2 + Math.floor(Math.random() * (piece.length - 1));
    send('\x1b', 0);
    send(piece.slice(1, cut), Math.floor(Math.random() * 500));
    if (cut < piece.length) send(piece.slice(cut), Math.floor(Math.random() * 500));
  }
});
