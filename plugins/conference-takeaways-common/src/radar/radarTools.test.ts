import { testDictionary as dictionary } from '../relevance/testDictionary';
import { parseOrgRadar } from './parseOrgRadar';
import { findRadarEntry, findTool, radarEntryToolSlug } from './radarTools';
import { radarData } from './testData';

const radar = parseOrgRadar(radarData);

describe('radarEntryToolSlug', () => {
  it('resolves the entry through the dictionary, else uses its id', () => {
    const slugs = radar.entries.map(e => radarEntryToolSlug(e, dictionary));

    expect(slugs).toEqual([
      'linkerd',
      'istio',
      'docker-swarm',
      'opentelemetry',
    ]);
  });
});

describe('findTool', () => {
  it('finds a dictionary tool by alias', () => {
    expect(findTool('OTel', dictionary, radar)).toMatchObject({
      slug: 'opentelemetry',
      name: 'OpenTelemetry',
      definition: { slug: 'opentelemetry' },
    });
  });

  it('finds a tool only the radar knows, named after its entry', () => {
    expect(findTool('docker-swarm', dictionary, radar)).toEqual({
      slug: 'docker-swarm',
      name: 'Docker Swarm',
    });
    expect(findTool('docker-swarm', dictionary)).toBeUndefined();
  });

  it('knows nothing else', () => {
    expect(findTool('cobol', dictionary, radar)).toBeUndefined();
  });
});

describe('findRadarEntry', () => {
  it('prefers the active entry when a tool has an inactive one too', () => {
    const retired = {
      ...radar.entries[0],
      id: 'linkerd-1',
      key: 'linkerd-1',
      active: false,
    };
    const both = { ...radar, entries: [retired, ...radar.entries] };

    expect(findRadarEntry(both, 'linkerd', dictionary)?.id).toBe('linkerd');
    expect(findRadarEntry(both, 'docker-swarm', dictionary)?.active).toBe(
      false,
    );
    expect(findRadarEntry(both, 'cilium', dictionary)).toBeUndefined();
  });
});
