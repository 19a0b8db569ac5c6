import { ConfigReader } from '@backstage/config';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { landscapeToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common/landscape';
import { toolDictionaryFromConfig } from './toolDictionaryFromConfig';

/** A small base, so these tests do not move when the built-in one grows. */
const base = new ToolDictionary([
  { slug: 'kubernetes', name: 'Kubernetes', ubiquitous: true },
  { slug: 'linkerd', name: 'Linkerd' },
  { slug: 'istio', name: 'Istio' },
  { slug: 'opentelemetry', name: 'OpenTelemetry', aliases: ['OTel'] },
]);

function read(data: object) {
  const logger = { error: jest.fn() };
  const dictionary = toolDictionaryFromConfig(
    new ConfigReader(data as any),
    logger,
    base,
  );
  return { dictionary, logger };
}

const withTools = (tools: unknown) => read({ conferenceTakeaways: { tools } });

describe('toolDictionaryFromConfig', () => {
  it('keeps the base dictionary when nothing is configured', () => {
    const { dictionary, logger } = read({});
    expect(dictionary).toBe(base);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('extends the curated and CNCF landscape tools by default', () => {
    const dictionary = toolDictionaryFromConfig(
      new ConfigReader({
        conferenceTakeaways: { tools: [{ slug: 'paymesh', name: 'PayMesh' }] },
      }),
      { error: jest.fn() },
    );
    expect(dictionary.get('paymesh')?.name).toBe('PayMesh');
    expect(dictionary.list()).toHaveLength(landscapeToolDictionary().size + 1);
    // A landscape project the curated list does not have.
    expect(dictionary.resolve('Kubeclipper')?.maturity).toBe('sandbox');
  });

  it('adds configured tools and spellings', () => {
    const { dictionary, logger } = withTools([
      {
        slug: 'paymesh',
        name: 'PayMesh',
        aliases: ['pm-mesh'],
        homepage: 'https://paymesh.example',
        category: 'service-mesh',
        ubiquitous: false,
      },
      { slug: 'linkerd', name: 'Linkerd', aliases: ['l5d'] },
    ]);

    expect(dictionary.get('paymesh')).toEqual({
      slug: 'paymesh',
      name: 'PayMesh',
      aliases: ['pm-mesh'],
      homepage: 'https://paymesh.example',
      category: 'service-mesh',
      ubiquitous: false,
    });
    expect(dictionary.resolve('pm-mesh')?.slug).toBe('paymesh');
    expect(dictionary.resolve('l5d')?.slug).toBe('linkerd');
    expect(dictionary.resolve('istio')?.slug).toBe('istio');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('does not read fields the config schema does not declare', () => {
    const { dictionary } = withTools([
      { slug: 'paymesh', name: 'PayMesh', partOf: 'istio', matchName: false },
    ]);
    expect(dictionary.get('paymesh')).toEqual({
      slug: 'paymesh',
      name: 'PayMesh',
    });
  });

  it('skips invalid entries, naming the entry and field, and keeps the others', () => {
    const { dictionary, logger } = withTools([
      { slug: 'good-tool', name: 'Good Tool' },
      { slug: 'Not A Slug', name: 'Broken' },
      { slug: 'nameless' },
      'linkerd',
      { slug: 'bad-home', name: 'Bad Home', homepage: 'http://x.example' },
    ]);

    expect(dictionary.get('good-tool')?.name).toBe('Good Tool');
    expect(dictionary.resolve('Broken')).toBeUndefined();
    expect(dictionary.get('nameless')).toBeUndefined();
    expect(dictionary.get('bad-home')).toBeUndefined();
    expect(dictionary.list()).toHaveLength(base.list().length + 1);
    expect(logger.error.mock.calls).toEqual([
      [
        'conferenceTakeaways.tools[1]: slug must be 1-63 characters of a-z, 0-9 and single hyphens; this tool is ignored',
      ],
      [
        'conferenceTakeaways.tools[2]: name must contain a letter or digit; this tool is ignored',
      ],
      [
        'conferenceTakeaways.tools[3]: must be an object with slug and name; this tool is ignored',
      ],
      [
        'conferenceTakeaways.tools[4]: homepage must be an https URL; this tool is ignored',
      ],
    ]);
  });

  it('skips an entry whose alias already names another tool', () => {
    const { dictionary, logger } = withTools([
      { slug: 'paymesh', name: 'PayMesh', aliases: ['pm', 'otel'] },
      { slug: 'acme-trace', name: 'Acme Trace' },
    ]);

    expect(dictionary.get('paymesh')).toBeUndefined();
    expect(dictionary.resolve('otel')?.slug).toBe('opentelemetry');
    expect(dictionary.get('acme-trace')?.name).toBe('Acme Trace');
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      'conferenceTakeaways.tools[0]: aliases[1] "otel" already names the tool "opentelemetry"; this tool is ignored',
    );
  });

  it('skips an entry whose alias an earlier entry already took', () => {
    const { dictionary, logger } = withTools([
      { slug: 'linkerd', name: 'Linkerd', aliases: ['mesh'] },
      { slug: 'istio', name: 'Istio', aliases: ['mesh'] },
    ]);

    expect(dictionary.resolve('mesh')?.slug).toBe('linkerd');
    expect(logger.error).toHaveBeenCalledWith(
      'conferenceTakeaways.tools[1]: aliases[0] "mesh" already names the tool "linkerd"; this tool is ignored',
    );
  });

  it.each([
    ['an object', { slug: 'paymesh', name: 'PayMesh' }],
    ['a string', 'linkerd'],
  ])('reports tools given as %s instead of a list', (_, tools) => {
    const { dictionary, logger } = withTools(tools);
    expect(dictionary).toBe(base);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/^conferenceTakeaways\.tools: must be a list of /),
    );
  });

  it('reports a wrongly typed parent key without throwing', () => {
    const { dictionary, logger } = read({ conferenceTakeaways: true });
    expect(dictionary).toBe(base);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^conferenceTakeaways\.tools: Invalid type in config for key 'conferenceTakeaways'/,
      ),
    );
  });
});
