// A second, independent reading of a program's output: the raw bytes turned into plain lines
// without a terminal emulator. It catches what the screen may no longer show (a value printed and
// cleared within one chunk). Colour and other escape sequences go; cursor moves become what they
// separate: a column move is a gap between words, a vertical move or a clear ends the line.
// eslint-disable-next-line no-control-regex
const OSC = /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
// eslint-disable-next-line no-control-regex
const CSI = /\x1b\[([0-9;?<=>]*)[ -/]*([@-~])/g;
// eslint-disable-next-line no-control-regex
const OTHER_ESCAPE = /\x1b[ -/]*[0-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

function replaceCsi(_match: string, params: string, final: string): string {
  switch (final) {
    case 'C': // cursor forward: spaces
      return ' '.repeat(Math.min(Number(params || 1), 200));
    case 'G': // cursor to column: at least a gap between words
    case '`':
      return ' ';
    case 'A': case 'B': case 'E': case 'F': case 'H': case 'f': case 'd': case 'J': case 'K':
      return '\n';
    default:
      return '';
  }
}

export function streamToLines(raw: string): string[] {
  return raw.replace(OSC, '').replace(CSI, replaceCsi).replace(OTHER_ESCAPE, '').replace(CONTROL, '').split(/\r*\n|\r/);
}
