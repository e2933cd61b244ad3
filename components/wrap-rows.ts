// Ink wraps a text with wrap-ansi's `trim: false` (so a text keeps its own indentation), and
// wrap-ansi then starts the next row with the space it broke at: at 40 columns the wizard read
// "(DBUS_SESSION_BUS_ADDRESS is" over " not set; typical…", one column out of line. The UI bundle's
// wrap-ansi (scripts/build-stubs/wrap-ansi.mjs) is wrap-ansi with that one space taken off each row
// a wrap began. A line's own first row, indentation included, is left as written.
export interface WrapOptions {
  trim?: boolean;
  hard?: boolean;
  wordWrap?: boolean;
}
export type Wrap = (text: string, columns: number, options?: WrapOptions) => string;

// Colour codes wrap-ansi opens a row with, before its first character.
const LEADING_SGR = /^(?:\u001B\[[0-9;]*m)*/;

export function wrapWithoutBreakSpaces(wrap: Wrap, text: string, columns: number, options?: WrapOptions): string {
  if (options?.trim !== false) return wrap(text, columns, options);
  return text
    .split('\n')
    .map((line) =>
      wrap(line, columns, options)
        .split('\n')
        .map((row, index) => (index === 0 ? row : withoutBreakSpace(row)))
        .join('\n'),
    )
    .join('\n');
}

function withoutBreakSpace(row: string): string {
  const codes = (LEADING_SGR.exec(row) as RegExpExecArray)[0];
  return row.startsWith(' ', codes.length) ? codes + row.slice(codes.length + 1) : row;
}
