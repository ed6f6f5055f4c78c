/**
 * Text for the terminal. Ids and file names come from input, and a file name can hold escape
 * sequences that set the window title, write the clipboard (OSC 52) or rewrite the screen: control
 * characters (C0, DEL, C1) and the bidirectional overrides that reorder what is shown are replaced
 * by "?" in everything the command writes to stderr.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '?');
}

/** As `forTerminal`, and on one line: line breaks too become "?" (a label in the progress bar). */
export function forTerminalLine(text: string): string {
  return forTerminal(text).replace(/[\n\t]/g, '?');
}
