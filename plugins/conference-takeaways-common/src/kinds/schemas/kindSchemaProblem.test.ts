import { kindSchemaProblem } from './kindSchemaProblem';

const takeaway = {
  apiVersion: 'conference-takeaways.dev/v1alpha1',
  kind: 'Takeaway',
  metadata: { name: 'linkerd-wins' },
  spec: {
    headline: 'Linkerd wins',
    summary: 'It is small.',
    report: { title: 'Our trip' },
  },
};

describe('kindSchemaProblem', () => {
  it('accepts a valid entity of our kinds', () => {
    expect(kindSchemaProblem(takeaway)).toBeUndefined();
  });

  it('names the missing field of an invalid one', () => {
    const { summary: _summary, ...spec } = takeaway.spec;
    expect(kindSchemaProblem({ ...takeaway, spec })).toMatch(/summary/);
  });

  it('refuses entities of other kinds', () => {
    expect(kindSchemaProblem({ ...takeaway, kind: 'Component' })).toMatch(
      /^is not a Conference, Talk, Takeaway/,
    );
  });
});
