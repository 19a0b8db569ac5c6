// A minimal npm registry for one scope, serving the tarballs this run packed.
// The fresh app's Yarn asks it only for @conference-takeaways/* (npmScopes),
// so the README's `yarn add <name>` lines run unchanged, as they will once
// the packages are published; everything else still comes from the real
// registry through the Yarn cache.
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

function readManifest(tarball) {
  const json = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
    encoding: 'utf8',
  });
  return JSON.parse(json);
}

function describeTarball(tarball, baseUrl) {
  const manifest = readManifest(tarball);
  const bytes = fs.readFileSync(tarball);
  const file = path.basename(tarball);
  return {
    manifest: {
      ...manifest,
      _id: `${manifest.name}@${manifest.version}`,
      dist: {
        tarball: `${baseUrl}/-/${encodeURIComponent(file)}`,
        shasum: crypto.createHash('sha1').update(bytes).digest('hex'),
        integrity: `sha512-${crypto
          .createHash('sha512')
          .update(bytes)
          .digest('base64')}`,
      },
    },
    file,
    bytes,
  };
}

function packument(entry, publishedAt) {
  const { name, version } = entry.manifest;
  return {
    name,
    'dist-tags': { latest: version },
    versions: { [version]: entry.manifest },
    time: {
      created: publishedAt,
      modified: publishedAt,
      [version]: publishedAt,
    },
  };
}

/** Starts the registry on 127.0.0.1:port; resolves to { url, close }. */
async function startScopeRegistry({ tarballs, port }) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const publishedAt = new Date().toISOString();
  const byName = new Map();
  const byFile = new Map();
  for (const tarball of tarballs) {
    const entry = describeTarball(tarball, baseUrl);
    byName.set(entry.manifest.name, entry);
    byFile.set(entry.file, entry);
  }
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, baseUrl).pathname);
    const send = (status, body, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (url.startsWith('/-/')) {
      const entry = byFile.get(url.slice(3));
      if (entry) send(200, entry.bytes, 'application/octet-stream');
      else send(404, '{"error":"not found"}');
      return;
    }
    const entry = byName.get(url.slice(1));
    if (entry) send(200, JSON.stringify(packument(entry, publishedAt)));
    else send(404, '{"error":"not found"}');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: baseUrl,
    names: [...byName.keys()],
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

module.exports = { startScopeRegistry };
