import path from 'node:path';

/**
 * Confines the paths a renderer may hand back to main: the app's own folders, and files the user
 * picked in a dialog during this run. A compromised renderer therefore cannot ask main to open or
 * reveal an arbitrary file on the disk.
 */
export class PathGuard {
  private readonly roots: string[];
  private readonly chosen = new Set<string>();

  constructor(roots: string[]) {
    this.roots = roots.map((root) => path.resolve(root));
  }

  /** Remember a file the user chose in an open or save dialog. */
  allowChosen(file: string): void {
    this.chosen.add(path.resolve(file));
  }

  isAllowed(candidate: string): boolean {
    if (!path.isAbsolute(candidate)) return false;
    const resolved = path.resolve(candidate);
    if (this.chosen.has(resolved)) return true;
    return this.roots.some((root) => {
      const relative = path.relative(root, resolved);
      return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    });
  }
}
