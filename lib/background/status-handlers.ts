/** The messages about the fact base's health: its status (checked, with what fixes it) and a rebuild or reset. */
import type { Status } from '../messages';
import type { FactBaseKeeper } from './fact-base-keeper';
import type { SearchCache } from './search-cache';
import type { Health } from './status';
import { expectNoPayload, expectObject, optionalBoolean } from './validate';

export interface StatusHandlerDeps {
  keeper: FactBaseKeeper;
  health: Health;
  searchCache: SearchCache;
}

export function statusHandlers({ keeper, health, searchCache }: StatusHandlerDeps) {
  return {
    async getStatus(data: unknown): Promise<Status> {
      expectNoPayload('getStatus', data);
      const answer = await health.status();
      // Asking is a reason to build: a worker stopped mid-build resumes here rather than waiting for an event.
      if (answer.state === 'building') void keeper.wake().catch(() => undefined);
      return answer;
    },

    async rebuild(data: unknown): Promise<Status> {
      const payload = data === undefined || data === null ? {} : expectObject('rebuild', data, ['reset']);
      const reset = optionalBoolean('rebuild', payload, 'reset') ?? false;
      try {
        await (reset ? keeper.reset() : keeper.rebuild());
      } catch {
        // The status below carries the error; the rebuild answer is the state it left.
      }
      searchCache.forget();
      health.forget();
      return health.status();
    },
  };
}
