// The UI bundle's string-width (Ink's, wrap-ansi's and ours): text of one-column characters is
// counted (components/text-width.ts), and only other text loads the real string-width 8, whose
// set-up (an Intl.Segmenter, the Unicode emoji regexes) then costs its ~25 ms once. require(), not
// import: esbuild then starts the real module on first call, not when the bundle loads.
import { oneColumnEachWidth } from '../../components/text-width.ts';

let real;

export default function stringWidth(text, options) {
  if (typeof text === 'string' && options === undefined) {
    const counted = oneColumnEachWidth(text);
    if (counted !== undefined) return counted;
  }
  real ??= require('../../node_modules/string-width/index.js').default;
  return real(text, options);
}
