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
      'extracted 2 entities from 1 file(s); 0 problem(s)\n',
    );
  });

  it('reports problems on stderr, still prints the rest and exits 1', async () => {
    const fake = fakeIo({ 'r.md': REPORT, 'bad.yaml': 'kind: Component\n' });
    expect(await main(['r.md', 'bad.yaml', 'missing.txt'], fake.io)).toBe(1);
    expect(JSON.parse(fake.stdout())).toHaveLength(2);
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
