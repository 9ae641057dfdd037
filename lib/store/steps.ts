/**
 * The named points where an upgrade, a reset or a build can be cut short (the worker stopped, the tab closed, the
 * disk full). Each step either commits whole or leaves nothing, and the next start finishes the work or rolls it
 * back; test/store/survives-a-stop-at-every-step.test.ts stops the work at each of these and proves it.
 */
export const STEPS = [
  /** Before the reader's choices are read out of the fact-base database (carry-over.ts). */
  'carry:read',
  /** Inside the transaction that writes them into the choices database, before it commits. */
  'carry:write',
  /** Inside the fact-base schema upgrade that drops the old trust table (db.ts, version 3), before it commits. */
  'upgrade:schema',
  /** Inside the upgrade to version 4 (stories), after the old fact base's description is deleted, before it commits. */
  'upgrade:stories',
  /** Before a reset is written to the journal (reset.ts). */
  'reset:journal',
  /** Before the fact-base database is deleted. */
  'reset:delete',
  /** After it is deleted, before the journal entry is removed. */
  'reset:unjournal',
  /** Before the build is marked as running (build.ts). */
  'build:mark',
  /** Before the pipeline runs over the articles. */
  'build:pipeline',
  /** Inside the swap transaction, after the old fact base is cleared and before the new one is written. */
  'build:swap',
  /** After the swap committed, before the build's timings are written. */
  'build:timings',
] as const;

export type Step = (typeof STEPS)[number];

/**
 * Called as each step is reached. Production passes none; a test throws from it to stop the work right there.
 * Called synchronously inside transactions, so a throw aborts them as a stopped worker would.
 */
export type OnStep = (step: Step) => void;
