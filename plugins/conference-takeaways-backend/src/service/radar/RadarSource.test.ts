import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { NotModifiedError } from '@backstage/errors';
import fs from 'fs';
import path from 'path';
import {
  RADAR_URL_REFRESH_MS,
  RadarSource,
  RadarSourceOptions,
  RadarState,
} from './RadarSource';

const RADAR_YAML = fs.readFileSync(
  path.resolve(__dirname, '../__fixtures__/radar.yaml'),
  'utf8',
);
const URL = 'https://git.example.com/org/radar/blob/main/radar.yaml';

const mockDir = createMockDirectory();

function sourceAt(location: string, options: Partial<RadarSourceOptions>) {
  return RadarSource.fromConfig(
    new ConfigReader({ conferenceTakeaways: { radar: { location } } }),
    {
      urlReader: mockServices.urlReader.mock(),
      logger: mockServices.logger.mock(),
      workingDirectory: mockDir.path,
      ...options,
    },
  );
}

function loaded(state: RadarState) {
  if (state.status !== 'ok') {
    throw new Error(`radar not loaded: ${JSON.stringify(state)}`);
  }
  return state;
}

function titles(state: RadarState): string[] {
  return loaded(state).radar.entries.map(e => e.title);
}

/** Writes the file with a later modification time, as an edit would. */
function edit(file: string, content: string, seconds: number) {
  fs.writeFileSync(file, content);
  const time = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(file, time, time);
}

describe('RadarSource with a local file', () => {
  beforeEach(() => mockDir.setContent({ 'radar.yaml': RADAR_YAML }));

  it('parses again only when the file changes', async () => {
    const source = sourceAt('radar.yaml', {});
    const first = await source.load();
    const again = await source.load();

    edit(
      mockDir.resolve('radar.yaml'),
      RADAR_YAML.replace('title: Cilium', 'title: Cilium CNI'),
      10,
    );
    const edited = await source.load();

    // the same parsed object: not read again
    expect(loaded(again).radar).toBe(loaded(first).radar);
    expect(titles(edited)).toContain('Cilium CNI');
    expect(edited).toMatchObject({ status: 'ok', version: 2 });
  });

  it('keeps serving the last good copy when an edit breaks the file', async () => {
    const logger = mockServices.logger.mock();
    const source = sourceAt('radar.yaml', { logger });
    await source.load();

    edit(mockDir.resolve('radar.yaml'), 'entries: [', 10);
    const broken = await source.load();
    await source.load();

    expect(broken).toMatchObject({
      status: 'ok',
      version: 1,
      staleBecause: expect.stringMatching(
        /^The tech radar file at conferenceTakeaways\.radar\.location "radar\.yaml" is not valid YAML or JSON/,
      ),
    });
    expect(titles(broken)).toContain('Linkerd');
    // logged once, however often it is loaded
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /; serving the last good copy$/,
    );

    edit(mockDir.resolve('radar.yaml'), RADAR_YAML, 20);
    expect(await source.load()).not.toHaveProperty('staleBecause');
  });

  it('says when nothing is configured', async () => {
    const source = RadarSource.fromConfig(new ConfigReader({}), {
      urlReader: mockServices.urlReader.mock(),
      logger: mockServices.logger.mock(),
    });

    expect(await source.load()).toEqual({ status: 'unconfigured' });
  });
});

describe('RadarSource with a URL', () => {
  function reader(responses: Array<() => Promise<unknown>>) {
    const readUrl = jest.fn();
    for (const response of responses) {
      readUrl.mockImplementationOnce(response);
    }
    return { readUrl, urlReader: mockServices.urlReader.mock({ readUrl }) };
  }

  const body = (text: string, etag: string) => async () => ({
    buffer: async () => Buffer.from(text),
    etag,
  });

  it('reads through the UrlReader at most once per interval, with the last ETag', async () => {
    let now = 1_000_000;
    const { readUrl, urlReader } = reader([
      body(RADAR_YAML, 'etag-1'),
      async () => {
        throw new NotModifiedError('unchanged');
      },
      body(RADAR_YAML.replace('title: Istio', 'title: Istio Ambient'), 'e2'),
    ]);
    const source = sourceAt(URL, { urlReader, now: () => now });

    const first = await source.load();
    now += RADAR_URL_REFRESH_MS - 1;
    await source.load();
    expect(readUrl).toHaveBeenCalledTimes(1);

    now += 1;
    const unchanged = await source.load();
    now += RADAR_URL_REFRESH_MS;
    const changed = await source.load();

    expect(readUrl.mock.calls).toEqual([
      [URL, { etag: undefined }],
      [URL, { etag: 'etag-1' }],
      [URL, { etag: 'etag-1' }],
    ]);
    expect(loaded(unchanged).radar).toBe(loaded(first).radar);
    expect(titles(changed)).toContain('Istio Ambient');
  });

  it('fails with the setting and URL when it was never read', async () => {
    const { urlReader } = reader([
      async () => {
        throw new Error('NotFoundError: 404 Not Found');
      },
    ]);
    const source = sourceAt(URL, { urlReader });

    expect(await source.load()).toEqual({
      status: 'failed',
      message: `Could not read the tech radar from conferenceTakeaways.radar.location "${URL}": NotFoundError: 404 Not Found`,
    });
  });

  it('shares one read between concurrent callers', async () => {
    const { readUrl, urlReader } = reader([body(RADAR_YAML, 'etag-1')]);
    const source = sourceAt(URL, { urlReader });

    const [a, b] = await Promise.all([source.load(), source.load()]);

    expect(readUrl).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
  });
});
