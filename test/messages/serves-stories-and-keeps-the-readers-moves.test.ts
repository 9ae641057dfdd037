/**
 * Stories through the protocol: sources added by the reader are grouped into their own stories, stored and served;
 * cards and search say which story; a figure is compared only with its own story's numbers; and a source the
 * reader moves stays where they put it through rebuilds and a reset.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_STORY } from '../../lib/facts/build';
import { sendMessage } from '../../lib/messages';
import { newStoryId } from '../../lib/store/story-choices';
import { crash, quake } from '../facts/fixtures/stories';
import { entityId } from '../../lib/facts/discover/story';
import { backgroundPerTest } from '../support/messaging';

const background = backgroundPerTest();

/** Adds the made-up articles as a reader would, by their text alone. */
async function addStories(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const article of [...crash, ...quake]) {
    const added = await sendMessage('addSource', { text: article.text, origin: `${article.id}.txt` });
    ids.set(article.id, added.id);
  }
  return ids;
}

const storyOf = async (source: string) => (await sendMessage('getSources')).find((s) => s.id === source)?.story;

describe('stories stored and served', () => {
  it('lists each story with its sources, and the bundled one as the catalog’s', async () => {
    const ids = await addStories();
    const stories = await sendMessage('getStories');
    expect(stories.map((s) => [s.id, s.sources.length])).toEqual([
      [CATALOG_STORY, 5],
      [`story:${ids.get('crash-1')}`, 3],
      [`story:${ids.get('quake-1')}`, 2],
    ]);
    expect((await sendMessage('getStatus')).counts.stories).toBe(3);
    expect(await storyOf(ids.get('crash-2')!)).toMatchObject({ id: `story:${ids.get('crash-1')}`, moved: false });
  }, 30_000);

  it('cards name the story and count only its sources; a death toll is compared within its story', async () => {
    const ids = await addStories();
    const stories = await sendMessage('getStories');
    const crashStory = stories.find((s) => s.sources.includes(ids.get('crash-1')!))!;
    const quakeStory = stories.find((s) => s.sources.includes(ids.get('quake-1')!))!;
    const tollOf = (story: { id: string }) => entityId(story.id, 'killed');
    const [crashToll, quakeToll] = await sendMessage('getCards', { entities: [tollOf(crashStory), tollOf(quakeStory)] });
    expect(crashToll!.stories).toEqual([{ id: crashStory.id, name: crashStory.name }]);
    expect(crashToll!.storyCount).toBe(3);
    expect(crashToll!.trustedCount).toBe(3);
    expect(crashToll!.figures[0]!.values.map((v) => v.value).sort()).toEqual([12, 13]);
    expect(quakeToll!.figures[0]!.values.map((v) => v.value)).not.toContain(12);
    expect(quakeToll!.trustedCount).toBe(2);

    const results = await sendMessage('search', { query: 'Eastmere', limit: 10 });
    expect(results.storyCount).toBe(3);
    expect(results.entities[0]).toMatchObject({ name: expect.stringContaining('Eastmere'), stories: [crashStory.name] });
  }, 30_000);

  it('keeps a source where the reader moved it, through a rebuild and a reset, and lets it go back', async () => {
    const ids = await addStories();
    const third = ids.get('crash-3')!;
    const quakeStory = `story:${ids.get('quake-1')}`;
    expect(await sendMessage('setStory', { source: third, story: quakeStory })).toMatchObject({ story: { id: quakeStory, moved: true } });
    expect((await sendMessage('getStories')).find((s) => s.id === quakeStory)?.sources).toContain(third);

    await sendMessage('rebuild', { reset: true });
    expect(await storyOf(third)).toMatchObject({ id: quakeStory, moved: true });

    const own = newStoryId(third);
    await sendMessage('setStory', { source: third, story: own });
    expect((await sendMessage('getStories')).find((s) => s.id === own)?.sources).toEqual([third]);

    await sendMessage('setStory', { source: third, story: null });
    expect(await storyOf(third)).toMatchObject({ id: `story:${ids.get('crash-1')}`, moved: false });
  }, 60_000);

  it('refuses a move of a source it does not hold, and a malformed one', async () => {
    await expect(sendMessage('setStory', { source: 'nothing-here', story: CATALOG_STORY })).rejects.toThrow(/no source "nothing-here"/);
    await expect(sendMessage('setStory', { source: 'x', story: 3 } as never)).rejects.toThrow(/"story" must be a string/);
  });
});
