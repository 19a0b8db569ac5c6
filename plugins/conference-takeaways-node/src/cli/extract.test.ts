import { CliIo, main } from './extract';

const REPORT = `---
conference: kubecon-eu-2022
---
## Linkerd keeps winning
Linkerd everywhere.
`;

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async path => {
      if (!(path in files)) {
        throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      }
      return Buffer.from(files[path]);
    },
    stdout: text => out.push(text),
    stderr: text => err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('extract CLI', () => {
  it('prints the entities as a JSON array and exits 0', async () => {
    const fake = fakeIo({ 'r.md': REPORT });
    expect(await main(['--', 'r.md'], fake.io)).toBe(0);
    const entities = JSON.parse(fake.stdout());
    expect(entities.map((e: any) => e.kind)).toEqual([
      'Conference',
      'Takeaway',
    ]);
    expect(fake.stderr()).toBe(
      [
        'r.md: 1 takeaway(s), 0 talk(s); conference: KubeCon + CloudNativeCon Europe 2022',
        'extracted 2 entities from 1 file(s); 0 problem(s)',
        '',
      ].join('\n'),
    );
  });

  it('says per file what was inferred and what remains unknown', async () => {
    const fake = fakeIo({
      'blog.md':
        '---\ntitle: Back from KubeCon Europe 2022\n---\n## Linkerd\nLinkerd everywhere.\n',
      'notes.md': '# Meetup notes\n\n## Pairing\nWe paired a lot.\n',
    });
    await main(['blog.md', 'notes.md'], fake.io);
    const lines = fake.stderr().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'blog.md: 1 takeaway(s), 0 talk(s); conference: KubeCon + CloudNativeCon Europe 2022',
        expect.stringMatching(
          /^ {2}inferred conference: KubeCon \+ CloudNativeCon Europe 2022 \(.*from the title/,
        ),
        'notes.md: 1 takeaway(s), 0 talk(s); conference: unknown',
        '  unknown: conference',
        expect.stringMatching(
          /^ {2}problem: no conference could be told from notes\.md/,
        ),
      ]),
    );
  });

  it('reports problems on stderr, still prints the rest and exits 1', async () => {
    const fake = fakeIo({ 'r.md': REPORT, 'bad.yaml': 'kind: Component\n' });
    expect(await main(['r.md', 'bad.yaml', 'missing.txt'], fake.io)).toBe(1);
    expect(JSON.parse(fake.stdout())).toHaveLength(2);
    expect(fake.stderr()).toContain('bad.yaml: 0 takeaway(s)');
    expect(fake.stderr()).toContain(
      '  rejected: nothing could be read from it',
    );
    expect(fake.stderr()).toContain(
      "problem: missing.txt: cannot read the file (ENOENT: no such file or directory, open 'missing.txt')",
    );
    expect(fake.stderr()).toContain(
      'problem: unknown kind Component in bad.yaml; only Conference, Talk, Takeaway are accepted',
    );
    expect(fake.stderr()).toContain('2 problem(s)');
  });

  it('explains its usage', async () => {
    const fake = fakeIo({});
    expect(await main([], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/^Usage: extract <file\.\.\.>/);
    expect(await main(['--help'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^Usage/);
  });
});
