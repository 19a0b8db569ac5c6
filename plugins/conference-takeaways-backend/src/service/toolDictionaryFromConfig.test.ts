import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { testDictionary } from './__fixtures__/testDictionary';
import { toolDictionaryFromConfig } from './toolDictionaryFromConfig';

const withTools = (tools: JsonObject[]) =>
  new ConfigReader({ conferenceTakeaways: { tools } });

describe('toolDictionaryFromConfig', () => {
  it('keeps the base dictionary when nothing is configured', () => {
    expect(toolDictionaryFromConfig(
        new ConfigReader({}),
        mockServices.logger.mock(),
        testDictionary,
      )).toBe(
      testDictionary,
    );
  });

  it('adds configured tools and spellings', () => {
    const dictionary = toolDictionaryFromConfig(
      withTools([
        { slug: 'paymesh', name: 'PayMesh', aliases: ['pm-mesh'] },
        { slug: 'linkerd', name: 'Linkerd', aliases: ['l5d'] },
      ]),
      mockServices.logger.mock(),
      testDictionary,
    );

    expect(dictionary.resolve('pm-mesh')?.slug).toBe('paymesh');
    expect(dictionary.resolve('l5d')?.slug).toBe('linkerd');
    expect(dictionary.resolve('istio')?.slug).toBe('istio');
  });

  it('logs the invalid config entry by name and keeps the valid ones', () => {
    const logger = mockServices.logger.mock();
    const dictionary = toolDictionaryFromConfig(
      withTools([
        { slug: 'fine', name: 'Fine' },
        { slug: 'Not A Slug', name: 'Broken' },
      ]),
      logger,
      testDictionary,
    );

    expect(dictionary.get('fine')?.name).toBe('Fine');
    expect(dictionary.resolve('Broken')).toBeUndefined();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Invalid conferenceTakeaways\.tools\[1\]: .*Not A Slug.*ignored$/,
      ),
    );
  });

  it('names a missing field', () => {
    const logger = mockServices.logger.mock();
    toolDictionaryFromConfig(
      withTools([{ slug: 'nameless' }]),
      logger,
      testDictionary,
    );

    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/conferenceTakeaways\.tools\[0\]\.name/),
    );
  });
});
