/** One POSIX shell word, whatever it holds: for scripts we write (the resolver launcher, ssh's remote command). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
