/**
 * A worker stopped at any step of an upgrade, a reset or a build loses nothing the reader chose or added, and the
 * next start finishes the work (or, for a reset stopped before it was written down, leaves the repair on offer).
 * Each case interrupts the work at one named step (lib/store/steps.ts), in one of two ways: the worker stops (every
 * connection closes, so nothing it would do afterwards reaches the disk), or the disk fills up (every write from
 * there on fails while the worker runs on). A fresh background on the same IndexedDB is the next start.
 */
import type Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { factBaseVersion } from '../../lib/facts/build';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { buildInputs } from '../../lib/store/added';
import { storeFactBase } from '../../lib/store/build';
import { DB_NAME } from '../../lib/store/db';
import type { FactBase } from '../../lib/facts/types';
import { STEPS, type Step } from '../../lib/store/steps';
import { newStoryId } from '../../lib/store/story-choices';
import { ADDED, detailsFor, everyChoice } from '../support/choices';
import { switchableDisk } from '../support/full-disk';
import { choicesOn, factBaseWithout, freshDb, realFactBase } from '../support/store';

const bundle = () => ({ articles: bundledArticles(), catalog: bundledCatalog });
const [distrusted, detailed, hidden] = realFactBase().sources.map((s) => s.id);

class WorkerStopped extends Error {}

type Interruption = 'worker stopped' | 'disk full';
const INTERRUPTIONS: Interruption[] = ['worker stopped', 'disk full'];

/** A background as the entrypoint wires it, whose work is interrupted at `stopAt`. */
function worker(indexedDB: IDBFactory, stopAt?: Step, how: Interruption = 'worker stopped') {
  const connections: Dexie[] = [];
  const reached: Step[] = [];
  const disk = switchableDisk();
  let stopped = false;
  const own = <D extends Dexie>(db: D): D => {
    connections.push(disk.install(db));
    if (stopped) db.close();
    return db;
  };
  const onStep = (step: Step) => {
    reached.push(step);
    if (step !== stopAt) return;
    if (how === 'disk full') return disk.fill();
    if (stopped) return;
    stopped = true;
    connections.forEach((db) => db.close());
    throw new WorkerStopped(`stopped at ${step}`);
  };
  const background = createHandlers({
    openDb: () => own(freshDb({ indexedDB, onStep })),
    openChoices: () => own(choicesOn(indexedDB)),
    bundle,
    onStep,
  });
  return {
    ...background,
    reached,
    close: () => connections.forEach((db) => db.close()),
  };
}

/**
 * Empties the claims table behind the fact base's back, with plain IndexedDB at whatever version the database is:
 * `meta` still says "ready" with its counts.
 */
function damage(indexedDB: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('claims', 'readwrite');
      tx.objectStore('claims').clear();
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** A release-2 install: its fact base and trust in the fact-base database. */
async function releaseTwo(indexedDB: IDBFactory, factBase: FactBase): Promise<void> {
  const v2 = freshDb({ indexedDB, upTo: 2 });
  await storeFactBase(v2, factBase);
  await v2.table('trust').bulkPut([
    { source: distrusted, trusted: false, changedAt: '2025-01-02T03:04:05.000Z' },
    { source: detailed, trusted: true, changedAt: null },
  ]);
  v2.close();
}

/** A current install where the reader chose and added everything there is to choose and add. */
async function currentInstall(indexedDB: IDBFactory): Promise<void> {
  const first = worker(indexedDB);
  await first.handlers.setTrust({ source: distrusted, trusted: false });
  const { source: _, changedAt: __, ...details } = detailsFor(detailed!);
  await first.handlers.setSourceDetails({ source: detailed, ...details });
  await first.keeper.choices.added.put(ADDED);
  await first.keeper.choices.hidden.put({ source: hidden!, hiddenAt: '2025-01-03T11:00:00.000Z' });
  await first.keeper.choices.stories.put({ source: detailed!, story: newStoryId(detailed!), changedAt: '2025-01-05T08:00:00.000Z' });
  await first.keeper.build();
  first.close();
}

interface Scenario {
  name: string;
  setup(indexedDB: IDBFactory): Promise<void>;
  /** The interrupted work: what the worker was doing when it stopped. */
  work(background: ReturnType<typeof worker>): Promise<unknown>;
  /** Steps at which a stop leaves the reset undone: the damage stays and the repair is offered again. */
  rollsBack: readonly Step[];
}

const SCENARIOS: Scenario[] = [
  {
    // Its fact base lacks one article the update brings, so the first start also rebuilds.
    name: 'the first start after an update from release 2 (upgrade and rebuild)',
    setup: (indexedDB) => releaseTwo(indexedDB, factBaseWithout(hidden!)),
    work: (b) => b.keeper.wake(),
    rollsBack: [],
  },
  {
    name: 'a repair of a damaged current install',
    setup: async (indexedDB) => {
      await currentInstall(indexedDB);
      await damage(indexedDB);
    },
    work: (b) => b.keeper.reset(),
    rollsBack: ['reset:journal'],
  },
  {
    name: 'a repair of a damaged release-2 install, before the new release ever opened it',
    setup: async (indexedDB) => {
      // The fact base the update would build too; opening it at schema 4 forgets it (it holds no stories), so
      // a repair stopped before it was written down is healed by the next start's build all the same.
      await releaseTwo(indexedDB, realFactBase());
      await damage(indexedDB);
    },
    work: (b) => b.keeper.reset(),
    rollsBack: [],
  },
];

/** What was found after each restart, printed at the end for the record. */
const findings: string[] = [];
afterAll(() => console.log(`after a stop and a restart:\n${findings.join('\n')}`));

/** The steps a run of `scenario` passes through when nothing stops it. */
async function stepsOf(scenario: Scenario): Promise<Step[]> {
  const indexedDB = new IDBFactory();
  await scenario.setup(indexedDB);
  const background = worker(indexedDB);
  await scenario.work(background);
  background.close();
  return background.reached;
}

describe('a worker stopped, or a disk full, at any step', () => {
  it('every step is reached by one of the scenarios, so each is tried below', async () => {
    const reached = new Set((await Promise.all(SCENARIOS.map(stepsOf))).flat());
    expect([...STEPS].filter((step) => !reached.has(step))).toEqual([]);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, async () => {
      const steps = await stepsOf(scenario);
      const cases = INTERRUPTIONS.flatMap((how) => steps.map((step) => [how, step] as const));
      it.each(cases)('%s at %s: nothing chosen is lost, the next start completes', async (how, step) => {
        const indexedDB = new IDBFactory();
        await scenario.setup(indexedDB);
        const before = await choicesBefore(indexedDB);

        const interrupted = worker(indexedDB, step, how);
        const outcome = await scenario.work(interrupted).then(
          () => 'the work completed',
          () => 'the work failed',
        );
        // A stopped worker never gets to finish; a full disk may let work that writes nothing more complete.
        if (how === 'worker stopped') expect(outcome).toBe('the work failed');
        interrupted.close();

        // The next start: a fresh worker, woken as the entrypoint wakes it.
        const next = worker(indexedDB);
        await next.keeper.wake().catch(() => undefined);
        let status = await next.handlers.getStatus(undefined);
        const rolledBack = scenario.rollsBack.includes(step);
        if (rolledBack) {
          expect(status).toMatchObject({ state: 'error', fix: 'repair' });
          status = await next.handlers.rebuild({ reset: true });
        }
        expect(status).toMatchObject({ state: 'ready', error: null, fix: null });

        const after = await everyChoice(next.keeper.choices);
        expect(after).toEqual(before);
        await expectServedAsChosen(next, after);
        findings.push(
          `  ${scenario.name} / ${how} at ${step}: ${outcome}; next start: ${rolledBack ? 'reset undone, repair offered and done' : 'finished'}; ` +
            `${after.trust.length} trust, ${after.details.length} details, ${after.added.length} added, ${after.hidden.length} hidden, ${after.stories.length} story moves kept; ` +
            `fact base ready with ${status.counts.sources} sources, ${status.counts.claims} claims`,
        );
        next.close();
      });
    });
  }
});

/** The choices as they must be found after any restart: the store's before the work, or the ones carried. */
async function choicesBefore(indexedDB: IDBFactory) {
  const choices = choicesOn(indexedDB);
  const stored = await everyChoice(choices);
  choices.close();
  if (stored.trust.length > 0) return stored;
  // A release-2 install: its trust is still in the fact-base database, and must arrive in the choices database.
  return {
    ...stored,
    trust: [
      { source: distrusted!, trusted: false, changedAt: '2025-01-02T03:04:05.000Z' },
      { source: detailed!, trusted: true, changedAt: null },
    ].sort((a, b) => a.source.localeCompare(b.source)),
  };
}

/** The fact base is the one these choices give, and everything served shows them. */
async function expectServedAsChosen(background: ReturnType<typeof worker>, choices: Awaited<ReturnType<typeof everyChoice>>) {
  const hiddenIds = choices.hidden.map((h) => h.source);
  const storyOf = Object.fromEntries(choices.stories.map((row) => [row.source, row.story]));
  const expected = factBaseVersion(buildInputs(bundledArticles(), choices.added, hiddenIds), bundledCatalog, storyOf);
  const sources = await background.handlers.getSources(undefined);
  expect((await background.handlers.getStatus(undefined)).version).toBe(expected);
  expect(sources.map((s) => s.id).sort()).toEqual(
    [...bundledArticles().map((a) => a.id).filter((id) => !hiddenIds.includes(id)), ...choices.added.map((a) => a.id)].sort(),
  );
  for (const row of choices.trust) {
    const served = sources.find((s) => s.id === row.source);
    if (served) expect(served.trusted).toBe(row.trusted);
  }
  for (const row of choices.stories) expect(sources.find((s) => s.id === row.source)?.story).toMatchObject({ id: row.story, moved: true });
  for (const row of choices.details) {
    expect(sources.find((s) => s.id === row.source)).toMatchObject({ publisher: row.publisher, url: row.url, published: row.published });
  }
}
