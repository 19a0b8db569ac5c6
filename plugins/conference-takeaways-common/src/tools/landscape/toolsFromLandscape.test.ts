import { toolFromLandscapeItem } from './toolsFromLandscape';

// A tiny stand-in for the English word list the generator is given.
const WORDS = new Set(['score', 'open', 'cost', 'mesh', 'chaos', 'ark']);
const options = { isEnglishWord: (word: string) => WORDS.has(word) };

const place = (item: {
  name: string;
  homepage_url?: string;
  repo_url?: string;
  project?: string;
}) => ({ item, category: 'Orchestration', subcategory: 'Scheduling' });

describe('toolFromLandscapeItem', () => {
  it('adds the initialism a project uses for its address', () => {
    const byRepository = toolFromLandscapeItem(
      place({
        name: 'LeaderWorkerSet',
        homepage_url: 'https://example.org',
        repo_url: 'https://github.com/example-sigs/lws',
      }),
      options,
    );
    expect(byRepository.aliases).toEqual(['LWS']);
    const byHost = toolFromLandscapeItem(
      place({
        name: 'Open Batch Queue',
        homepage_url: 'https://obq.example.io/docs',
        repo_url: 'https://github.com/example/batch-queue',
      }),
      options,
    );
    expect(byHost.aliases).toEqual(['OBQ']);
  });

  it('adds no initialism the project does not use, nor one that is a word', () => {
    const unused = toolFromLandscapeItem(
      place({
        name: 'LeaderWorkerSet',
        repo_url: 'https://github.com/example/leader-worker-set',
      }),
      options,
    );
    expect(unused.aliases).toBeUndefined();
    const word = toolFromLandscapeItem(
      place({
        name: 'Another Resource Keeper',
        repo_url: 'https://github.com/example/ark',
      }),
      options,
    );
    expect(word.aliases).toBeUndefined();
  });

  it('guards a CNCF project named by an English word', () => {
    const score = toolFromLandscapeItem(
      place({ name: 'Score', project: 'sandbox' }),
      options,
    );
    expect(score).toMatchObject({ caseSensitive: true, commonWord: true });
  });
});
