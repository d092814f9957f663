// The Node versions lnhs is tested on (issue 17), for the tests and the bench alike. Node 20 (past
// its end of life since April 2026, still tested while `engines` admits it) is the Node that runs
// npm; Node 22 and 24, the LTS lines users run, are npm packages in tools/node-versions, installed
// with `npm ci --prefix tools/node-versions` (.ci/run does). They are a package of their own
// because each links a `node` bin into node_modules/.bin, which would shadow npm's Node in the
// project's scripts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The major versions CI tests, and `engines` names. */
export const TESTED_MAJORS = [20, 22, 24];

/** Where tools/node-versions puts the Node of `major` (its package is aliased `node<major>`). */
export function toolNode(major) {
  return path.join(root, 'tools', 'node-versions', 'node_modules', `node${major}`, 'bin', 'node');
}

/**
 * One Node binary per tested major: the one running this script for its own major, the others
 * from tools/node-versions. Throws, naming the command that installs them, when one is missing;
 * a test that compares versions must not pass by comparing fewer.
 */
export function testedNodes() {
  const current = Number(process.versions.node.split('.')[0]);
  return TESTED_MAJORS.map((major) => {
    if (major === current) return { major, bin: process.execPath };
    const bin = toolNode(major);
    if (!existsSync(bin)) {
      if (major === 20) {
        throw new Error(`Node 20 is tested as the Node that runs npm; this is Node ${process.versions.node}`);
      }
      throw new Error(`Node ${major} is missing (${path.relative(root, bin)}): run \`npm ci --prefix tools/node-versions\``);
    }
    return { major, bin };
  });
}
