// Text from inputs cannot act on the terminal (issue 12): every line lnhs prints passes through
// `terminalSafe`, which shows control characters as visible escapes instead of sending them —
// C0 except newline and tab (ESC starts cursor moves, OSC window titles and hyperlinks, CR
// overwrites a line), DEL, C1 (U+0080–U+009F; U+009B is a one-byte CSI on some terminals), the
// bidirectional controls (which reorder what is shown: "Trojan Source") and the renderer's
// private-use markers. The escape is `\uXXXX`, which is also what JSON would write, so the
// machine formats stay valid JSON that decodes to the same text.
//
// The colours lnhs adds itself (SGR, `ESC [ … m`) are kept when colour is on for the stream: an
// input could then at most colour its own text, never move the cursor, set a title or link.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uE000\uE001]/g;
// eslint-disable-next-line no-control-regex
const SGR = /(\u001B\[[0-9;]{0,32}m)/;

const visible = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** `text` with every control character shown as `\uXXXX`; our own colour codes kept if `keepColor`. */
export function terminalSafe(text: string, keepColor = false): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  if (!keepColor) return text.replace(UNSAFE, visible);
  // odd indices of the split are the colour codes
  return text
    .split(SGR)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(UNSAFE, visible)))
    .join('');
}
