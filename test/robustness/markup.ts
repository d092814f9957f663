// What "no input can become markup" means for an HTML output: no script element, no event
// handler attribute, no link or source to a script-capable scheme, no foreign element from the
// hostile texts (their tags are shown as text, escaped).
import { expect } from 'vitest';

export function assertNoMarkup(name: string, page: string): void {
  // the page's own empty icon, which keeps the browser from requesting /favicon.ico
  const html = page.replace('<link rel="icon" href="data:,">', '');
  expect(html, `${name}: <script`).not.toMatch(/<script/i);
  expect(html, `${name}: event handler`).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html, `${name}: dangerous URL`).not.toMatch(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
  expect(html, `${name}: injected element`).not.toMatch(/<(?:img|svg|iframe|object|embed|textarea|b|i)[\s>/]/i);
  expect(html, `${name}: comment or CDATA from input`).not.toMatch(/<!--|<!\[CDATA\[/);
}
