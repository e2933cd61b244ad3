// The UI bundle's wrap-ansi (Ink's): Ink's own wrap-ansi, without the space a wrap leaves at the
// start of the next row (components/wrap-rows.ts). `ink-wrap-ansi` is Ink's copy, named by build.mjs.
import wrapAnsi from 'ink-wrap-ansi';
import { wrapWithoutBreakSpaces } from '../../components/wrap-rows.ts';

export default function wrap(text, columns, options) {
  return wrapWithoutBreakSpaces(wrapAnsi, text, columns, options);
}
