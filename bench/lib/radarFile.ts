/** A radar file with one entry on Adopt per tool slug. */
export function radarFile(slugs: string[]): object {
  return {
    quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
    rings: [{ id: 'adopt', name: 'ADOPT', color: '#5BA300' }],
    entries: slugs.map(slug => ({
      id: slug,
      title: slug,
      quadrant: 'infrastructure',
      timeline: [{ date: '2022-05-16', ringId: 'adopt', moved: 0 }],
    })),
  };
}
