// Preload (`node --import ./record-loads.mjs …`) that records every module the process loads, for
// the lazy-loading check (issue 7): ES modules through a resolve hook, which sees each `import`
// and `import()` (bundle chunks and packages alike), and CommonJS files from the require cache
// at exit. The list goes to the file named by LNHS_RECORD_LOADS, one URL or path a line.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.LNHS_RECORD_LOADS;
if (file) {
  register('./record-hooks.mjs', import.meta.url, { data: { file } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const paths = Object.keys(require.cache);
    if (paths.length) appendFileSync(file, paths.join('\n') + '\n');
  });
}
