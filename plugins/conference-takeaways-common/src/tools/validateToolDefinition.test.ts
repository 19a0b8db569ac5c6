import { validateToolDefinition } from './validateToolDefinition';

describe('validateToolDefinition', () => {
  it('accepts a complete definition', () => {
    expect(
      validateToolDefinition({
        slug: 'argo-cd',
        name: 'Argo CD',
        aliases: ['ArgoCD'],
        unambiguousAliases: ['argocd'],
        homepage: 'https://argo-cd.readthedocs.io',
        maturity: 'graduated',
        category: 'gitops',
        caseSensitive: false,
        matchName: true,
        ubiquitous: false,
        partOf: 'argo',
        archived: false,
        concept: false,
      }),
    ).toEqual([]);
  });

  it('accepts the minimal definition', () => {
    expect(validateToolDefinition({ slug: 'x', name: 'X' })).toEqual([]);
  });

  it('rejects things that are not objects', () => {
    for (const value of [null, undefined, 'linkerd', 3, ['linkerd']]) {
      expect(validateToolDefinition(value)).toEqual([
        'a tool definition must be an object',
      ]);
    }
  });

  it('names every bad field', () => {
    const problems = validateToolDefinition({
      slug: 'Not A Slug',
      name: ' - ',
      aliases: 'OTel',
      unambiguousAliases: ['ok', ''],
      homepage: 'ftp://example.com/tool',
      maturity: 'graduating',
      category: 'Service Mesh',
      partOf: 'Argo',
      ubiquitous: 'yes',
    });
    expect(problems).toEqual([
      'slug must be 1-63 characters of a-z, 0-9 and single hyphens',
      'name must contain a letter or digit',
      'aliases must be a list of strings',
      'unambiguousAliases[1] must contain a letter or digit',
      'homepage must be an https URL',
      'maturity must be one of graduated, incubating, sandbox, none',
      'category must be lower-case words joined by hyphens',
      'partOf must be a tool slug',
      'ubiquitous must be true or false',
    ]);
  });

  it('rejects plain http homepages and over-long slugs', () => {
    expect(
      validateToolDefinition({
        slug: 'a'.repeat(64),
        name: 'Long',
        homepage: 'http://example.com',
      }),
    ).toEqual([
      'slug must be 1-63 characters of a-z, 0-9 and single hyphens',
      'homepage must be an https URL',
    ]);
  });
});
