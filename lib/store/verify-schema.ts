/**
 * Does the database on disk have the tables and indexes this release declares? Dexie opens a database left by
 * another release and patches in what it can, but it cannot change a primary key or an index's type; a store in
 * that state would answer queries wrongly or not at all. Checking once at open turns that into a clear error.
 */
import type Dexie from 'dexie';

/** Why the stored schema cannot serve this release, or null when it can. */
export function schemaProblem(db: Dexie): string | null {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const missing = db.tables.map((t) => t.name).filter((name) => !names.includes(name));
  if (missing.length > 0) return `table(s) ${missing.join(', ')} missing`;
  const tx = idb.transaction(db.tables.map((t) => t.name), 'readonly');
  for (const table of db.tables) {
    const store = tx.objectStore(table.name);
    if (!sameKeyPath(store.keyPath, table.schema.primKey.keyPath)) {
      return `table ${table.name} is keyed by ${JSON.stringify(store.keyPath)}, not ${JSON.stringify(table.schema.primKey.keyPath)}`;
    }
    for (const index of table.schema.indexes) {
      const found = [...store.indexNames]
        .map((name) => store.index(name))
        .some((i) => sameKeyPath(i.keyPath, index.keyPath) && i.multiEntry === Boolean(index.multi));
      if (!found) return `table ${table.name} has no index on ${index.src || index.name}`;
    }
  }
  return null;
}

function sameKeyPath(a: string | string[] | null | undefined, b: string | string[] | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
