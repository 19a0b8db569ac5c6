import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { testDictionary } from './__fixtures__/testDictionary';
import { toolDictionaryFromConfig } from './toolDictionaryFromConfig';

const withTools = (tools: JsonObject[]) =>
  new ConfigReader({ conferenceTakeaways: { tools } });

describe('toolDictionaryFromConfig', () => {
  it('keeps the base dictionary when nothing is configured', () => {
    expect(toolDictionaryFromConfig(new ConfigReader({}), testDictionary)).toBe(
      testDictionary,
    );
  });

  it('adds configured tools and spellings', () => {
    const dictionary = toolDictionaryFromConfig(
      withTools([
        { slug: 'paymesh', name: 'PayMesh', aliases: ['pm-mesh'] },
        { slug: 'linkerd', name: 'Linkerd', aliases: ['l5d'] },
      ]),
      testDictionary,
    );

    expect(dictionary.resolve('pm-mesh')?.slug).toBe('paymesh');
    expect(dictionary.resolve('l5d')?.slug).toBe('linkerd');
    expect(dictionary.resolve('istio')?.slug).toBe('istio');
  });

  it('names the config entry that is invalid', () => {
    expect(() =>
      toolDictionaryFromConfig(
        withTools([
          { slug: 'fine', name: 'Fine' },
          { slug: 'Not A Slug', name: 'Broken' },
        ]),
        testDictionary,
      ),
    ).toThrow(/^Invalid conferenceTakeaways\.tools\[1\]: .*Not A Slug/);
  });

  it('names a missing field', () => {
    expect(() =>
      toolDictionaryFromConfig(
        withTools([{ slug: 'nameless' }]),
        testDictionary,
      ),
    ).toThrow(/conferenceTakeaways\.tools\[0\]\.name/);
  });
});
