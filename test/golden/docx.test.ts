// Golden outlines of the example's Word files (issue 15): not the whole XML, which would change
// with every docx release, but the structure a reader meets — heading styles, list levels, tables
// and their header rows, page breaks, links, the properties, header and footer — in a normalised
// outline of word/document.xml (test/helpers/docx.ts). Rewrite after an intended change with
//
//     UPDATE_GOLDEN=1 npx vitest run test/golden
//
// and read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToDocx } from '../../src/output/docx.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { render } from '../../src/render/index.js';
import { docxOutline } from '../helpers/docx.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES = (['fi', 'sv', 'en'] as const).flatMap((lang) => (['plan', 'agenda'] as const).map((name) => [lang, name] as const));

describe('golden outlines of the Word files of plans/example', () => {
  it.each(CASES)('%s: %s.docx matches its outline', async (lang, name) => {
    const prepared = await prepareWorkspace(path.join(ROOT, 'plans/example'));
    // in Swedish and English as golden.test.ts renders them: the plan's language changed, the
    // inputs' texts left Finnish
    const merged = { ...prepared.merged!, plan: { ...prepared.merged!.plan, language: lang } };
    const { documents } = await render(merged, { formats: ['md'] });
    const doc = documents.find((d) => d.name === name);
    expect(doc, `${name} was not rendered`).toBeDefined();
    // the very Markdown whose golden file golden.test.ts checks
    expect(doc!.markdown).toBe(readFileSync(path.join(ROOT, 'test/golden', lang, `${name}.md`), 'utf8'));
    const actual = docxOutline(await markdownToDocx(doc!.markdown, doc!.meta));
    const file = path.join(ROOT, 'test/golden', lang, `${name}.docx.outline`);
    if (UPDATE) {
      writeFileSync(file, actual);
      return;
    }
    expect(existsSync(file), `${path.relative(ROOT, file)} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
