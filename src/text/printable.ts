/**
 * Text from outside (file names, titles read from documents) as it may be written to a terminal or a
 * log line: control characters, line and paragraph separators and direction overrides are shown as
 * escapes, so a file named `a\n警告: …` cannot forge a line of output and `\x1b[…` cannot recolour
 * or clear the screen.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `bad\nname.pdf` → `bad\\nname.pdf`; text without such characters comes back unchanged. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** A name shown as data, in quotes: `"bad\\nname.pdf"` (JSON's escapes, and the ones JSON leaves out). */
export function quoted(text: string): string {
  return printable(JSON.stringify(text));
}
