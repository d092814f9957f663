// The browser check itself, on small handwritten pages: it must pass an accessible page, find
// known violations, and catch any script that runs and any request that is made.
import { describe, expect, it } from 'vitest';
import { describeViolations, useBrowser } from '../helpers/browser.js';

const { checkPage } = useBrowser();

const ACCESSIBLE = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lasten ja nuorten hyvinvointisuunnitelma 2026–2029</title>
<style>
  body { font-family: sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
  .skip { position: absolute; left: -9999px; }
  .skip:focus { left: 1rem; top: 1rem; background: #fff; }
  a { color: #0645ad; }
  th, td { border: 1px solid #555; padding: .25rem .5rem; text-align: left; }
</style>
</head>
<body>
<a class="skip" href="#main">Siirry sisältöön</a>
<header><p>Esimerkkilän kunta</p></header>
<nav aria-label="Sisällys">
  <ul><li><a href="#tila">Hyvinvoinnin tila</a></li><li><a href="#toimet">Toimenpiteet</a></li></ul>
</nav>
<main id="main">
  <h1>Lasten ja nuorten hyvinvointisuunnitelma 2026–2029</h1>
  <section id="tila" aria-labelledby="tila-h">
    <h2 id="tila-h">Hyvinvoinnin tila</h2>
    <table>
      <caption>Indikaattorit</caption>
      <thead><tr><th scope="col">Indikaattori</th><th scope="col">2024</th><th scope="col">2025</th></tr></thead>
      <tbody><tr><th scope="row">Harrastus</th><td>71</td><td>74</td></tr></tbody>
    </table>
    <svg role="img" aria-label="Trendi: 71, 74" width="60" height="20" viewBox="0 0 60 20"><polyline points="0,15 60,5" fill="none" stroke="#1a1a1a"/></svg>
  </section>
  <section id="toimet" aria-labelledby="toimet-h">
    <h2 id="toimet-h">Toimenpiteet</h2>
    <p>Lisätietoja <a href="https://thl.fi/">THL:n sivuilta</a>.</p>
  </section>
</main>
<footer><p>Laadittu lnhs-työkalulla.</p></footer>
</body>
</html>`;

const INACCESSIBLE = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>Huono sivu</title></head>
<body>
<main>
  <h1>Huono sivu</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  <p style="color:#bbb;background:#fff">Liian vaalea teksti</p>
</main>
</body>
</html>`;

describe('checkPage', () => {
  it('passes an accessible page with zero axe violations, no scripts and no requests', async () => {
    const result = await checkPage(ACCESSIBLE);
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.scripts).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.unsafeMarkup).toEqual([]);
  });

  it('finds a missing alt text and low contrast', async () => {
    const result = await checkPage(INACCESSIBLE);
    const ids = result.violations.map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
    expect(describeViolations(result.violations)).toMatch(/image-alt.*\n.*<img/);
    // a data: image is inline, not a request that leaves the file
    expect(result.requests).toEqual([]);
  });

  it('catches an inline script even where the page has a CSP that would stop it', async () => {
    const result = await checkPage(
      `<!doctype html><html lang="en"><head><title>x</title>
       <meta http-equiv="Content-Security-Policy" content="script-src 'none'">
       </head><body><main><h1>x</h1>
       <script>window.__pwned = 1; console.log('ran')</script>
       </main></body></html>`,
      { axe: false },
    );
    expect(result.scripts).toEqual(
      expect.arrayContaining(['console.log: ran', 'window.__pwned = 1', '1 <script> element(s) in the DOM']),
    );
    expect(result.scripts.some((s) => s.startsWith('script parsed'))).toBe(true);
  });

  it('catches event handlers, dialogs and javascript: links, and records every request', async () => {
    const result = await checkPage(
      `<!doctype html><html lang="en"><head><title>x</title>
       <link rel="stylesheet" href="https://example.com/evil.css">
       </head><body><main><h1>x</h1>
       <img src="x" alt="" onerror="window.__pwned = 2; alert('xss')">
       <img src="http://example.com/x.png" alt="">
       <a href=" JaVaScRiPt:alert(1)">link</a>
       <iframe src="https://example.com/" title="t"></iframe>
       </main></body></html>`,
      { axe: false },
    );
    expect(result.scripts).toEqual(expect.arrayContaining(['window.__pwned = 2', 'dialog alert: xss']));
    expect(result.scripts.some((s) => s.startsWith('script parsed'))).toBe(true);
    expect(result.unsafeMarkup.join('\n')).toMatch(/event handler onerror/);
    expect(result.unsafeMarkup.join('\n')).toMatch(/href= JaVaScRiPt:alert\(1\)/);
    expect(result.unsafeMarkup.join('\n')).toMatch(/<iframe/);
    expect(result.requests).toEqual(
      expect.arrayContaining(['https://example.com/evil.css', 'http://example.com/x.png', 'https://example.com/']),
    );
    expect(result.requests.some((r) => r.endsWith('/x'))).toBe(true);
  });

  it('sees nothing run in a page whose hostile text is escaped', async () => {
    const result = await checkPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Escaped</title></head><body><main>
       <h1>Escaped</h1>
       <p>&lt;script&gt;window.__pwned = 3&lt;/script&gt; &lt;img src=x onerror="window.__pwned=4"&gt;</p>
       <p>[click](javascript:alert(1))</p>
       </main></body></html>`,
    );
    expect(result.scripts).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.unsafeMarkup).toEqual([]);
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
  });
});
