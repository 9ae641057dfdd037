/**
 * A disk that can fill up: a Dexie middleware that makes every write fail as a browser's does when the disk or the
 * quota is full (a `QuotaExceededError` DOMException from the write), while reads go on working. Installed on a
 * database before it opens; `fill` and `free` switch it at any time.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest } from 'dexie';

export interface Disk {
  fill(): void;
  free(): void;
  /** How many writes were refused. */
  readonly refused: number;
  install<D extends Dexie>(db: D): D;
}

export function switchableDisk(): Disk {
  let full = false;
  let refused = 0;
  return {
    fill: () => (full = true),
    free: () => (full = false),
    get refused() {
      return refused;
    },
    install(db) {
      db.use({
        stack: 'dbcore',
        name: 'switchable-disk',
        create: (down: DBCore): DBCore => ({
          ...down,
          table(name) {
            const table = down.table(name);
            return {
              ...table,
              mutate(request: DBCoreMutateRequest) {
                if (!full) return table.mutate(request);
                refused += 1;
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              },
            };
          },
        }),
      });
      return db;
    },
  };
}
