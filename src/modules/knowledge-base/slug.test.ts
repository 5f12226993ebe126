import { SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['E-ITS rakendamine KOVis samm-sammult', 'e-its-rakendamine-kovis-samm-sammult'],
    [
      'Küberturvalisus ja õigused: šabloon, žürii, Ärma, Öö',
      'kuberturvalisus-ja-oigused-sabloon-zurii-arma-oo',
    ],
    ['  --Avaandmete   avaldamine!!  ', 'avaandmete-avaldamine'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
