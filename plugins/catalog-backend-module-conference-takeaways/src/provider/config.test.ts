import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_SCHEDULE,
  readProviderConfig,
} from './config';

// A script URL is exactly what these tests must see rejected.
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';

describe('readProviderConfig', () => {
  let workingDirectory: string;

  beforeAll(async () => {
    workingDirectory = await mkdtemp(join(tmpdir(), 'ct-config-'));
  });

  afterAll(async () => {
    await rm(workingDirectory, { recursive: true, force: true });
  });

  function read(data: object) {
    const logger = mockServices.logger.mock();
    const result = readProviderConfig(new ConfigReader(data as any), {
      logger,
      workingDirectory,
    });
    return { result, logger };
  }

  it('reads a full config', () => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: {
          locations: [
            { target: '.' },
            { target: 'https://github.com/acme/trips/tree/main/reports' },
          ],
          schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
          maxFileBytes: 2048,
        },
      },
    });

    expect(result).toEqual({
      locations: [
        {
          type: 'local',
          setting: 'conferenceTakeaways.reports.locations[0].target',
          target: '.',
          path: workingDirectory,
          origin: `file:${workingDirectory}`,
          namespace: 'default',
        },
        {
          type: 'url',
          read: 'tree',
          setting: 'conferenceTakeaways.reports.locations[1].target',
          target: 'https://github.com/acme/trips/tree/main/reports',
          origin: 'url:https://github.com/acme/trips/tree/main/reports',
          namespace: 'default',
        },
      ],
      allLocationsValid: true,
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
      maxFileBytes: 2048,
    });
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('defaults the schedule and size limit', () => {
    const { result } = read({
      conferenceTakeaways: { reports: { locations: [{ target: '.' }] } },
    });
    expect(result.schedule).toEqual(DEFAULT_SCHEDULE);
    expect(result.maxFileBytes).toBe(DEFAULT_MAX_FILE_BYTES);
  });

  it('reports missing locations as an error naming the setting', () => {
    const { result, logger } = read({});
    expect(result.locations).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^conferenceTakeaways\.reports\.locations: not configured/,
      ),
    );
  });

  it('reports a wrongly typed parent key without throwing', () => {
    const { result, logger } = read({ conferenceTakeaways: true });
    expect(result.locations).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^conferenceTakeaways\.reports\.locations: Invalid type in config for key 'conferenceTakeaways'/,
      ),
    );
  });

  it.each([
    ['file:///srv/reports', 'unsupported scheme "file:"'],
    [SCRIPT_URL, 'unsupported scheme "javascript:"'],
    ['s3://bucket/reports', 'unsupported scheme "s3:"'],
  ])('rejects the target %s', (target, message) => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: { locations: [{ target: '.' }, { target }] },
      },
    });
    expect(result.locations.map(l => l.target)).toEqual(['.']);
    expect(logger.error).toHaveBeenCalledWith(
      `conferenceTakeaways.reports.locations[1].target: ${message} in ${target}; use a local directory path or an http(s) URL`,
    );
  });

  it.each([[{}], [{ target: 42 }], ['./reports'], [{ target: ' ' }]])(
    'rejects the location entry %j',
    entry => {
      const { result, logger } = read({
        conferenceTakeaways: { reports: { locations: [entry] } },
      });
      expect(result.locations).toEqual([]);
      expect(logger.error).toHaveBeenCalledWith(
        'conferenceTakeaways.reports.locations[0].target: must be a local directory path or an http(s) URL',
      );
    },
  );

  it('keeps a local directory that does not exist yet, with a warning', () => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: { locations: [{ target: '../../examples/x' }] },
      },
    });
    expect(result.locations).toEqual([
      expect.objectContaining({
        type: 'local',
        path: join(workingDirectory, '../../examples/x'),
      }),
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^conferenceTakeaways\.reports\.locations\[0\]\.target: directory \.\.\/\.\.\/examples\/x does not exist/,
      ),
    );
    expect(logger.error).not.toHaveBeenCalled();
  });

  describe('URL locations', () => {
    const locationsOf = (...locations: object[]) => ({
      conferenceTakeaways: { reports: { locations } },
    });

    it('reads a URL naming a report file as one file, any other as a tree', () => {
      const { result, logger } = read(
        locationsOf(
          { target: 'https://reports.example.com/trips/kubecon-eu-2022.md' },
          { target: 'https://gitlab.com/acme/trips/-/tree/main/reports' },
        ),
      );
      expect(result.locations).toEqual([
        expect.objectContaining({ type: 'url', read: 'file' }),
        expect.objectContaining({ type: 'url', read: 'tree' }),
      ]);
      expect(logger.error).not.toHaveBeenCalled();
    });

    it('rejects a tree on a host without an integration, naming the setting', () => {
      // A plain web server has only the fetch reader, which cannot list trees.
      const { result, logger } = read(
        locationsOf({ target: 'https://reports.example.com/trips/' }),
      );
      expect(result.locations).toEqual([]);
      expect(result.allLocationsValid).toBe(false);
      expect(logger.error).toHaveBeenCalledWith(
        'conferenceTakeaways.reports.locations[0].target: https://reports.example.com/trips/ is read as a directory tree, but no integration is configured for reports.example.com, and only integrations (GitHub, GitLab, Bitbucket, Azure, Gitea, Gerrit, S3, …) can read trees; add an integrations entry for reports.example.com, or set conferenceTakeaways.reports.locations[0].type: file to read this one file',
      );
    });

    it('accepts a tree on a host with a configured integration', () => {
      const { result, logger } = read({
        integrations: {
          gitlab: [
            {
              host: 'git.acme.example',
              apiBaseUrl: 'https://git.acme.example/api/v4',
            },
          ],
        },
        ...locationsOf({
          target: 'https://git.acme.example/trips/-/tree/main',
        }),
      });
      expect(result.locations).toEqual([
        expect.objectContaining({ read: 'tree' }),
      ]);
      expect(logger.error).not.toHaveBeenCalled();
    });

    it('follows an explicit type', () => {
      const { result } = read(
        locationsOf({
          target: 'https://reports.example.com/trips',
          type: 'file',
        }),
      );
      expect(result.locations).toEqual([
        expect.objectContaining({ read: 'file' }),
      ]);
    });

    it.each([
      [
        { target: 'https://github.com/acme/trips', type: 'folder' },
        'conferenceTakeaways.reports.locations[0].type: must be "tree" (a directory read with readTree) or "file" (one file read with readUrl), got "folder"',
      ],
      [
        { target: '.', type: 'file' },
        'conferenceTakeaways.reports.locations[0].type: only applies to URL locations; . is a local path',
      ],
    ])('rejects the type in %j', (entry, message) => {
      const { result, logger } = read(locationsOf(entry));
      expect(result.locations).toEqual([]);
      expect(logger.error).toHaveBeenCalledWith(message);
    });
  });

  describe('namespaces', () => {
    it('reads a namespace per location, defaulting to default', () => {
      const { result } = read({
        conferenceTakeaways: {
          reports: {
            locations: [
              { target: '.', namespace: 'platform' },
              { target: 'https://github.com/acme/trips/tree/main/reports' },
            ],
          },
        },
      });
      expect(result.locations.map(l => l.namespace)).toEqual([
        'platform',
        'default',
      ]);
    });

    it.each(['Platform', 'a/b', '', 42])(
      'rejects the namespace %j',
      namespace => {
        const { result, logger } = read({
          conferenceTakeaways: {
            reports: { locations: [{ target: '.', namespace }] },
          },
        });
        expect(result.locations).toEqual([]);
        expect(result.allLocationsValid).toBe(false);
        expect(logger.error).toHaveBeenCalledWith(
          expect.stringMatching(
            /^conferenceTakeaways\.reports\.locations\[0\]\.namespace: .* is not a valid catalog namespace/,
          ),
        );
      },
    );
  });

  it('ignores a location configured twice', () => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: { locations: [{ target: '.' }, { target: workingDirectory }] },
      },
    });
    expect(result.locations.map(l => l.setting)).toEqual([
      'conferenceTakeaways.reports.locations[0].target',
    ]);
    expect(logger.error).toHaveBeenCalledWith(
      `conferenceTakeaways.reports.locations[1].target: ${workingDirectory} is already configured as conferenceTakeaways.reports.locations[0].target; ignored`,
    );
  });

  it('falls back to the default schedule when it is invalid', () => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: {
          locations: [{ target: '.' }],
          schedule: { frequency: 'often' },
        },
      },
    });
    expect(result.schedule).toEqual(DEFAULT_SCHEDULE);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/^conferenceTakeaways\.reports\.schedule: .*often/),
    );
  });

  it.each([0, -1, 1.5, '1MB'])('rejects maxFileBytes %j', value => {
    const { result, logger } = read({
      conferenceTakeaways: {
        reports: { locations: [{ target: '.' }], maxFileBytes: value },
      },
    });
    expect(result.maxFileBytes).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/^conferenceTakeaways\.reports\.maxFileBytes: /),
    );
  });
});
