// Whether anything is at a path (a file, folder or link that resolves): the commands ask it before
// they refuse to overwrite or decide where to write.
import { stat } from 'node:fs/promises';

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
