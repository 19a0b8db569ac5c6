import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PreviewResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  extractEntitiesIsolated,
  stopExtractionWorkers,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import Ajv from 'ajv';
import fs from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { conferenceTakeawaysPlugin } from '../plugin';

const REPORT = `# KubeCon + CloudNativeCon Europe 2022 — what we brought back

By Jane Doe.

## Linkerd is the service mesh people actually enjoy running
Teams moved from Istio to Linkerd because it is small and boring.

Talks:
- "Linkerd in Production" by Speaker One — https://www.youtube.com/watch?v=abcdefghijk

## OpenTelemetry is ready for traces
The collector is the piece to standardise on.
`;

const MAX_BYTES = 4096;

// Answers are checked against openapi.yaml, as the other endpoints' are.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(
  parse(fs.readFileSync(path.resolve(__dirname, '../../openapi.yaml'), 'utf8')),
  'openapi',
);
const PATH = '/api/conference-takeaways/preview';

describe('POST /preview', () => {
  let reports: Server;
  let reportsHost: string;
  let backend: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    // Starting the extraction worker transpiles the parsers: seconds, paid
    // once here as a running backend pays it once.
    await extractEntitiesIsolated([
      { path: 'warm-up.md', content: Buffer.from('# Warm-up\n') },
    ]);
    // A web server with reports, on a host the reading allow-list names.
    reports = createServer((req, res) => {
      const body = req.url === '/huge.md' ? 'x'.repeat(MAX_BYTES + 1) : REPORT;
      res.writeHead(200, { 'content-type': 'text/markdown' }).end(body);
    });
    await new Promise<void>(resolve => reports.listen(0, resolve));
    reportsHost = `localhost:${(reports.address() as AddressInfo).port}`;
    ({ server: backend } = await startTestBackend({
      features: [
        conferenceTakeawaysPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            backend: { reading: { allow: [{ host: reportsHost }] } },
            conferenceTakeaways: { preview: { maxBytes: MAX_BYTES } },
          },
        }),
      ],
    }));
  }, 60_000);

  afterAll(async () => {
    await new Promise(resolve => reports.close(resolve));
    await stopExtractionWorkers();
  });

  const preview = (body: object | string) =>
    request(backend)
      .post(PATH)
      .set('Authorization', mockCredentials.user.header())
      .set('Content-Type', 'application/json')
      .send(body);

  it('shows what a pasted report yields, with a file to commit', async () => {
    const res = await preview({ text: REPORT, fileName: 'valencia.md' });

    expect(res.status).toBe(200);
    const body: PreviewResponse = res.body;
    expect(
      ajv.validate(
        { $ref: 'openapi#/components/schemas/PreviewResponse' },
        body,
      ) || ajv.errors,
    ).toBe(true);
    expect(body.fileName).toBe('valencia.md');
    expect(body.conference).toMatchObject({
      name: 'kubecon-eu-2022',
      year: 2022,
    });
    expect(body.takeaways.map(t => t.headline)).toEqual([
      'Linkerd is the service mesh people actually enjoy running',
      'OpenTelemetry is ready for traces',
    ]);
    expect(body.takeaways[0].subjectTools).toEqual([
      { slug: 'linkerd', name: 'Linkerd' },
    ]);
    expect(body.takeaways[0].talks).toEqual(['Linkerd in Production']);
    expect(body.talks).toEqual([
      expect.objectContaining({
        title: 'Linkerd in Production',
        speakers: ['Speaker One'],
        recordingUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
      }),
    ]);
    expect(body.tools.map(t => t.slug)).toEqual(
      expect.arrayContaining(['linkerd', 'istio', 'opentelemetry']),
    );
    // The conference came from the title: the preview says so, and the
    // suggested front matter states it.
    expect(body.warnings.join('\n')).toMatch(/Inferred/);
    expect(body.suggestedFile.frontmatter).toContain(
      'conference: kubecon-eu-2022',
    );
    expect(body.suggestedFile.content).toMatch(
      /^---\n[\s\S]*conference: kubecon-eu-2022[\s\S]*\n---\n/,
    );
    expect(body.suggestedFile.content).toContain('## OpenTelemetry is ready');
  });

  it('reads a report from a URL the reading allow-list permits', async () => {
    const res = await preview({ url: `http://${reportsHost}/valencia.md` });

    expect(res.status).toBe(200);
    expect(res.body.fileName).toBe('valencia.md');
    expect(res.body.takeaways).toHaveLength(2);
  });

  it('refuses a URL on a host the allow-list does not name', async () => {
    const port = (reports.address() as AddressInfo).port;
    const res = await preview({ url: `http://127.0.0.1:${port}/valencia.md` });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /may not read 127\.0\.0\.1.*backend\.reading\.allow/,
    );
  });

  it('answers 413 for a pasted report over the size limit', async () => {
    const res = await preview({ text: 'x'.repeat(MAX_BYTES + 1) });

    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(
      /larger than 4096 bytes.*conferenceTakeaways\.preview\.maxBytes/,
    );
  });

  it('answers 413 for a body far over the limit, before parsing it', async () => {
    const res = await preview({ text: 'x'.repeat(MAX_BYTES * 4) });

    expect(res.status).toBe(413);
  });

  it('answers 413 for a document at a URL over the size limit', async () => {
    const res = await preview({ url: `http://${reportsHost}/huge.md` });

    expect(res.status).toBe(413);
  });

  it.each([
    [{}, /Expected/],
    [{ text: '' }, /text is empty/],
    [{ text: REPORT, url: 'https://example.com/a.md' }, /Expected/],
    [{ text: REPORT, fileName: '../../etc/passwd' }, /plain file name/],
    [{ text: REPORT, fileName: 'report.exe' }, /not a report file/],
    [{ url: 'not a url' }, /url is not a URL/],
    [{ url: 'ftp://example.com/report.md' }, /Only http\(s\) URLs/],
  ])('answers 400 for %j', async (body, message) => {
    const res = await preview(body);

    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await preview('{"text": ');

    expect(res.status).toBe(400);
  });

  it('requires a signed-in user', async () => {
    const anonymous = await request(backend)
      .post(PATH)
      .set('Authorization', mockCredentials.none.header())
      .send({ text: REPORT });
    const service = await request(backend)
      .post(PATH)
      .set('Authorization', mockCredentials.service.header())
      .send({ text: REPORT });

    expect(anonymous.status).toBe(401);
    expect(service.status).toBe(403);
  });
});
