import { extractEntities } from '../extract/extractEntities';
import { readFrontmatter } from '../extract/report/frontmatter';
import { suggestReportFile } from './suggestReportFile';

const BARE_REPORT = `# KubeCon + CloudNativeCon Europe 2022 — what we brought back

By Jane Doe, 1 June 2022.

## Linkerd is the service mesh people actually enjoy running
Teams moved from Istio to Linkerd because it is small and boring.
`;

describe('suggestReportFile', () => {
  it('writes what was inferred into front matter and keeps the body', () => {
    const { entities } = extractEntities([
      { path: 'report.md', content: Buffer.from(BARE_REPORT) },
    ]);

    const suggested = suggestReportFile(BARE_REPORT, 'report.md', entities);

    expect(suggested.frontmatter).toMatchObject({
      title: 'KubeCon + CloudNativeCon Europe 2022 — what we brought back',
      conference: 'kubecon-eu-2022',
    });
    const reread = readFrontmatter(suggested.content, 'report.md');
    expect(reread.problems).toEqual([]);
    expect(reread.data).toEqual(suggested.frontmatter);
    expect(reread.body).toContain(
      '## Linkerd is the service mesh people actually enjoy running',
    );
  });

  it("keeps the report's own keys and replaces the ones it states", () => {
    const text = `---\nTitle: Old title\ntags: [mesh]\nconference: kubecon-eu-2022\n---\n${BARE_REPORT}`;
    const { entities } = extractEntities([
      { path: 'report.md', content: Buffer.from(text) },
    ]);

    const { frontmatter, content } = suggestReportFile(
      text,
      'report.md',
      entities,
    );

    expect(frontmatter.tags).toEqual(['mesh']);
    expect(frontmatter).not.toHaveProperty('Title');
    expect(frontmatter.conference).toBe('kubecon-eu-2022');
    // Extracting the suggested file again yields the same entities.
    expect(
      extractEntities([{ path: 'report.md', content: Buffer.from(content) }])
        .entities.map(e => e.metadata.name)
        .sort(),
    ).toEqual(entities.map(e => e.metadata.name).sort());
  });
});
