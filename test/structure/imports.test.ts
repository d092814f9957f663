// No import cycle in src/ (issue 17), type-only imports included: a cycle ties two modules'
// meaning together (markdown.ts and markdown-lite.ts were one such pair, workspace/types.ts and
// positions.ts another). scripts/check-structure.mjs also lists files above 400 lines; that part
// is a report, not a test, while this round's branches still land into long files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../scripts/check-structure.mjs';
import { testdir } from '../helpers/testdir.js';

describe('the import graph of src/', () => {
  it('has no cycle', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(80);
    expect(cycles(graph)).toEqual([]);
  });

  it('would show a type-only cycle and a cycle through three modules', () => {
    const src = path.join(testdir({}), 'src');
    mkdirSync(path.join(src, 'a'), { recursive: true });
    writeFileSync(path.join(src, 'a', 'x.ts'), "import type { Y } from '../y.js';\nexport type X = Y;\n");
    writeFileSync(path.join(src, 'y.ts'), "// import { nothing } from './z.js'\nimport { type X } from './a/x.js';\nexport type Y = X | 1;\n");
    writeFileSync(path.join(src, 'p.ts'), "export { q } from './q.js';\n");
    writeFileSync(path.join(src, 'q.ts'), "import './r.js';\nexport const q = 1;\n");
    writeFileSync(path.join(src, 'r.ts'), "export const r = () => import('./p.js');\n");
    writeFileSync(path.join(src, 'z.ts'), "import { q } from './q.js';\nexport const z = q;\n");
    const found = cycles(importGraph(src)).map((c: string[]) => c.map((f) => path.basename(f)));
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([['x.ts', 'y.ts'], ['p.ts', 'q.ts', 'r.ts']]));
  });
});
