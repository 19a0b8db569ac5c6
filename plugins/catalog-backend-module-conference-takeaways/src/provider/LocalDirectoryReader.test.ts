import { NotFoundError, NotModifiedError } from '@backstage/errors';
import {
  mkdir,
  mkdtemp,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDirectoryReader } from './LocalDirectoryReader';

describe('LocalDirectoryReader', () => {
  const reader = new LocalDirectoryReader();
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ct-reader-'));
    await mkdir(join(root, 'reports/2022'), { recursive: true });
    await mkdir(join(root, '.git'));
    await mkdir(join(root, 'node_modules/pkg'), { recursive: true });
    await writeFile(join(root, 'reports/2022/kubecon-eu.md'), '# EU');
    await writeFile(join(root, 'reports/notes.TXT'), 'notes');
    await writeFile(join(root, 'conference.yaml'), 'kind: Conference');
    await writeFile(join(root, 'program.json'), '{}');
    await writeFile(join(root, 'photo.png'), 'binary');
    await writeFile(join(root, '.draft.md'), 'hidden');
    await writeFile(join(root, '.git/HEAD.md'), 'hidden');
    await writeFile(join(root, 'node_modules/pkg/README.md'), 'dependency');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads report files in path order, skipping hidden and vendored ones', async () => {
    const tree = await reader.readTree(root, { maxFileBytes: 1000 });
    expect(
      tree.files.map(f => [f.path, f.content.toString(), f.locationRef]),
    ).toEqual([
      [
        'conference.yaml',
        'kind: Conference',
        `file:${join(root, 'conference.yaml')}`,
      ],
      ['program.json', '{}', `file:${join(root, 'program.json')}`],
      [
        'reports/2022/kubecon-eu.md',
        '# EU',
        `file:${join(root, 'reports/2022/kubecon-eu.md')}`,
      ],
      ['reports/notes.TXT', 'notes', `file:${join(root, 'reports/notes.TXT')}`],
    ]);
    expect(tree.problems).toEqual([]);
  });

  it('reports files above the size limit instead of reading them', async () => {
    await writeFile(join(root, 'big.md'), 'x'.repeat(50));
    const tree = await reader.readTree(root, { maxFileBytes: 20 });
    expect(tree.files.map(f => f.path)).not.toContain('big.md');
    expect(tree.problems).toEqual([
      {
        path: 'big.md',
        message: expect.stringContaining('50 bytes, larger than the 20 bytes'),
      },
    ]);
  });

  it('answers NotModifiedError while nothing changed', async () => {
    const { etag } = await reader.readTree(root, { maxFileBytes: 1000 });
    await expect(
      reader.readTree(root, { etag, maxFileBytes: 1000 }),
    ).rejects.toThrow(NotModifiedError);
  });

  it.each([
    ['a file is added', (dir: string) => writeFile(join(dir, 'new.md'), 'x')],
    [
      'a file is edited',
      (dir: string) => writeFile(join(dir, 'program.json'), '{"a":1}'),
    ],
    [
      'a file is touched',
      (dir: string) =>
        utimes(join(dir, 'program.json'), new Date(1e12), new Date(1e12)),
    ],
    ['a file is removed', (dir: string) => rm(join(dir, 'reports/notes.TXT'))],
  ])('returns a new etag when %s', async (_change, change) => {
    const first = await reader.readTree(root, { maxFileBytes: 1000 });
    await change(root);
    const second = await reader.readTree(root, {
      etag: first.etag,
      maxFileBytes: 1000,
    });
    expect(second.etag).not.toBe(first.etag);
  });

  it('ignores changes to files it would not read', async () => {
    const { etag } = await reader.readTree(root, { maxFileBytes: 1000 });
    await writeFile(join(root, 'photo.png'), 'another binary');
    await writeFile(join(root, '.draft.md'), 'still hidden');
    await expect(
      reader.readTree(root, { etag, maxFileBytes: 1000 }),
    ).rejects.toThrow(NotModifiedError);
  });

  it('reads a single file target', async () => {
    const file = join(root, 'reports/2022/kubecon-eu.md');
    const tree = await reader.readTree(file, { maxFileBytes: 1000 });
    expect(tree.files).toEqual([
      {
        path: 'kubecon-eu.md',
        content: Buffer.from('# EU'),
        locationRef: `file:${file}`,
      },
    ]);
  });

  describe('symbolic links', () => {
    let outside: string;

    beforeEach(async () => {
      outside = await mkdtemp(join(tmpdir(), 'ct-outside-'));
      await writeFile(join(outside, 'secret.md'), '# not a report of ours');
    });

    afterEach(async () => {
      await rm(outside, { recursive: true, force: true });
    });

    it('never reads a file outside the directory through a link', async () => {
      await symlink(join(outside, 'secret.md'), join(root, 'leak.md'));
      await symlink(join(outside, 'secret.md'), join(root, 'reports/up.md'));

      const tree = await reader.readTree(root, { maxFileBytes: 1000 });

      expect(tree.files.map(f => f.path)).not.toContain('leak.md');
      expect(tree.files.map(f => f.path)).not.toContain('reports/up.md');
      expect(tree.files.map(f => f.content.toString())).not.toContain(
        '# not a report of ours',
      );
      expect(tree.problems).toEqual([
        {
          path: 'leak.md',
          message: expect.stringMatching(
            /^is a symbolic link to .*secret\.md, outside .*; skipped$/,
          ),
        },
        { path: 'reports/up.md', message: expect.any(String) },
      ]);
    });

    it('never follows a link to a directory outside', async () => {
      await symlink(outside, join(root, 'elsewhere'));
      const tree = await reader.readTree(root, { maxFileBytes: 1000 });
      expect(tree.files.map(f => f.path)).not.toContain('elsewhere/secret.md');
    });

    it('reads a link to a report inside the directory', async () => {
      await symlink(
        join(root, 'reports/2022/kubecon-eu.md'),
        join(root, 'latest.md'),
      );
      const tree = await reader.readTree(root, { maxFileBytes: 1000 });
      expect(
        tree.files.find(f => f.path === 'latest.md')?.content.toString(),
      ).toBe('# EU');
      expect(tree.problems).toEqual([]);
    });

    it('changes the etag when a link leading outside appears', async () => {
      const { etag } = await reader.readTree(root, { maxFileBytes: 1000 });
      await symlink(join(outside, 'secret.md'), join(root, 'leak.md'));
      const tree = await reader.readTree(root, { etag, maxFileBytes: 1000 });
      expect(tree.problems).toHaveLength(1);
    });
  });

  it('answers NotFoundError for a missing directory', async () => {
    await expect(
      reader.readTree(join(root, 'missing'), { maxFileBytes: 1000 }),
    ).rejects.toThrow(NotFoundError);
  });
});
