import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abbreviate,
  companyAddressLines,
  formatPostalAddress,
  toPostalCapitals,
  type PostalAddressInput,
} from '../../renderer/src/domain/postal-address';

const lines = (input: PostalAddressInput) => {
  const result = formatPostalAddress(input);
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.problems)}`);
  return result.lines;
};
const problems = (input: PostalAddressInput) => {
  const result = formatPostalAddress(input);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
};

describe('La Poste address block', () => {
  it('sets out a French business address: name as typed, street and city in capitals', () => {
    expect(lines({ name: 'Boulangerie Durand', address: '3 rue du Moulin\n38200 Vienne' })).toEqual([
      'Boulangerie Durand',
      '3 RUE DU MOULIN',
      '38200 VIENNE',
    ]);
  });

  it('puts the contact line after the name and keeps complements as typed above the street', () => {
    expect(
      lines({
        name: 'Boulangerie Durand',
        attention: 'À l’attention de Mme Durand',
        address: 'Zone artisanale des Prés\n3, rue du Moulin\n38200 Vienne',
      }),
    ).toEqual(['Boulangerie Durand', 'À l’attention de Mme Durand', 'Zone artisanale des Prés', '3 RUE DU MOULIN', '38200 VIENNE']);
  });

  it('writes every line from the 4th down in capitals without punctuation', () => {
    expect(
      lines({
        name: 'Boulangerie Durand',
        attention: 'À l’attention de Mme Durand',
        address: 'Bâtiment B\nEntrée 2, 3e étage\n3 rue du Moulin\n38200 Vienne',
      }),
    ).toEqual(['Boulangerie Durand', 'À l’attention de Mme Durand', 'Bâtiment B', 'ENTREE 2 3E ETAGE', '3 RUE DU MOULIN', '38200 VIENNE']);
  });

  it('drops the name when the address repeats it on its first lines (accounting exports do)', () => {
    expect(lines({ name: 'Menuiserie Dupont', address: 'MENUISERIE DUPONT\n12 rue des Lilas\n69003 Lyon' })).toEqual([
      'Menuiserie Dupont',
      '12 RUE DES LILAS',
      '69003 LYON',
    ]);
  });

  it('leaves France out of a letter posted in France, however it is written', () => {
    for (const country of ['France', 'FRANCE', 'france métropolitaine', 'FR']) {
      expect(lines({ name: 'Durand', address: `3 rue du Moulin\n38200 Vienne\n${country}` })).toEqual(['Durand', '3 RUE DU MOULIN', '38200 VIENNE']);
    }
  });

  it('keeps the country last for a letter abroad and does not check a French postcode there', () => {
    expect(lines({ name: 'Müller GmbH', address: 'Hauptstraße 5\n10115 Berlin\nAllemagne' })).toEqual([
      'Müller GmbH',
      'HAUPTSTRASSE 5',
      '10115 BERLIN',
      'ALLEMAGNE',
    ]);
    expect(lines({ name: 'Dupuis SPRL', address: 'Rue Haute 12\n1000 Bruxelles\nBelgique' })).toEqual([
      'Dupuis SPRL',
      'RUE HAUTE 12',
      '1000 BRUXELLES',
      'BELGIQUE',
    ]);
  });

  it('from a company abroad, adds FRANCE to a French address and leaves out its own country', () => {
    expect(lines({ name: 'Durand', address: '3 rue du Moulin\n38200 Vienne', senderCountry: 'Belgique' })).toEqual([
      'Durand',
      '3 RUE DU MOULIN',
      '38200 VIENNE',
      'FRANCE',
    ]);
    expect(lines({ name: 'Dupuis', address: 'Rue Haute 12\n1000 Bruxelles\nBelgique', senderCountry: 'Belgique' })).toEqual([
      'Dupuis',
      'RUE HAUTE 12',
      '1000 BRUXELLES',
    ]);
  });

  it('removes accents and punctuation, hyphens and apostrophes included', () => {
    expect(lines({ name: 'Garage Martin', address: "12, rue de l'Église\n42000 Saint-Étienne" })).toEqual([
      'Garage Martin',
      '12 RUE DE L EGLISE',
      '42000 SAINT ETIENNE',
    ]);
    expect(toPostalCapitals('Œuvre « Cœur » n° 5 – bis')).toBe('OEUVRE COEUR N 5 BIS');
  });

  it('normalises the postcode and keeps CEDEX and a post-office box', () => {
    expect(lines({ name: 'Durand', address: 'BP 123\n38 200 Vienne Cedex' })).toEqual(['Durand', 'BP 123', '38200 VIENNE CEDEX']);
    expect(lines({ name: 'Durand', address: '3 rue du Moulin\nF-38200 Vienne' })).toEqual(['Durand', '3 RUE DU MOULIN', '38200 VIENNE']);
  });

  it('shortens a long street with the abbreviations La Poste accepts, only as far as needed', () => {
    expect(lines({ name: 'Durand', address: '128 boulevard du Maréchal de Lattre de Tassigny\n69003 Lyon' })).toEqual([
      'Durand',
      '128 BD DU MAL DE LATTRE DE TASSIGNY',
      '69003 LYON',
    ]);
    expect(abbreviate('14 AVENUE JEAN JAURES')).toBe('14 AVENUE JEAN JAURES');
    expect(abbreviate('1 ROUTE DE SAINTE FOY LES LYON PROLONGEE EST')).toBe('1 RTE DE STE FOY LES LYON PROLONGEE EST');
  });

  it('wraps a name too long for one line onto two lines at a space', () => {
    expect(
      lines({ name: 'Société Coopérative Ouvrière de Production des Artisans du Bâtiment', address: '3 rue du Moulin\n38200 Vienne' }),
    ).toEqual(['Société Coopérative Ouvrière de', 'Production des Artisans du Bâtiment', '3 RUE DU MOULIN', '38200 VIENNE']);
  });

  it('takes the company profile fields, leaving France out', () => {
    const profile = { addressLine1: '14 avenue Jean Jaurès', addressLine2: '', postalCode: '69007', city: 'Lyon', country: 'France' };
    expect(companyAddressLines(profile)).toEqual(['14 avenue Jean Jaurès', '69007 Lyon']);
    expect(companyAddressLines({ ...profile, addressLine2: 'Bâtiment C', country: 'Belgique' })).toEqual([
      '14 avenue Jean Jaurès',
      'Bâtiment C',
      '69007 Lyon',
      'Belgique',
    ]);
    expect(lines({ name: 'Menuiserie Lambert', address: companyAddressLines(profile) })).toEqual([
      'Menuiserie Lambert',
      '14 AVENUE JEAN JAURES',
      '69007 LYON',
    ]);
  });
});

describe('La Poste address block: what cannot be set out', () => {
  it('a missing address', () => {
    expect(problems({ name: 'Durand', address: undefined })).toEqual(['missingAddress']);
    expect(problems({ name: 'Durand', address: ' \n  \n' })).toEqual(['missingAddress']);
    expect(problems({ name: 'Durand', address: 'Durand' })).toEqual(['missingAddress']);
  });

  it('a missing name', () => {
    expect(problems({ name: '  ', address: '3 rue du Moulin\n38200 Vienne' })).toEqual(['missingName']);
  });

  it('no postcode and city as the last line of a French address', () => {
    expect(problems({ name: 'Durand', address: '3 rue du Moulin\nVienne' })).toEqual(['missingCityLine']);
    expect(problems({ name: 'Durand', address: '3 rue du Moulin\nVienne 38200' })).toEqual(['missingCityLine']);
    const result = formatPostalAddress({ name: 'Durand', address: '3 rue du Moulin\nVienne' });
    expect(result.ok ? null : result.problems[0]).toEqual({ code: 'missingCityLine', key: 'templates.postal.missingCityLine', params: { line: 'Vienne' } });
  });

  it('no street line above the city', () => {
    expect(problems({ name: 'Durand', address: '38200 Vienne' })).toEqual(['missingStreet']);
  });

  it('more than six lines', () => {
    expect(
      problems({
        name: 'Durand',
        attention: 'À l’attention de M. Durand',
        address: 'Bâtiment B\nEscalier 2\nRésidence Les Pins\nPorte 4\n3 rue du Moulin\n38200 Vienne',
      }),
    ).toEqual(['tooManyLines']);
  });

  it('a line too long even abbreviated, and a name too long for two lines', () => {
    expect(problems({ name: 'Durand', address: '3 rue Anticonstitutionnellement Interminable Xyz\n38200 Vienne' })).toEqual(['lineTooLong']);
    expect(problems({ name: 'A'.repeat(39), address: '3 rue du Moulin\n38200 Vienne' })).toEqual(['lineTooLong']);
    expect(problems({ name: 'Durand', attention: `À l’attention de ${'x'.repeat(30)}`, address: '3 rue du Moulin\n38200 Vienne' })).toEqual([
      'lineTooLong',
    ]);
  });
});

describe('La Poste address block: properties', () => {
  const word = fc.constantFrom('Durand', 'Lefèvre', 'Société', 'Martin', 'Élan', 'Œuvre', 'des', 'et', 'Fils', 'Boulangerie', 'Garage', "l'Étoile", 'Côte-d’Or', 'SARL', 'ÉTS');
  const streetWord = fc.constantFrom('des', 'Lilas', 'Général', 'de', 'Gaulle', 'Saint-Exupéry', "l'Église", 'Maréchal', 'Foch', 'Victor', 'Hugo', 'Prés', 'Vieux', 'Moulin', 'Haute-Rive');
  const words = (arb: fc.Arbitrary<string>, min: number, max: number) => fc.array(arb, { minLength: min, maxLength: max }).map((w) => w.join(' '));
  const street = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('rue', 'avenue', 'boulevard', 'chemin', 'route', 'impasse', 'place', 'allée', 'Rue', 'AVENUE'), words(streetWord, 1, 6), fc.constantFrom('', ',', ' bis'))
    .map(([n, type, rest, extra]) => `${n}${extra === ',' ? ',' : extra} ${type} ${rest}`);
  const complement = fc.constantFrom('Bâtiment B', 'Escalier 3, porte 12', 'Résidence Les Pins', 'Zone artisanale des Prés', 'Chez M. Durand', 'Étage 2');
  const city = fc
    .tuple(fc.integer({ min: 1000, max: 98999 }), words(fc.constantFrom('Lyon', 'Saint-Étienne', 'Vienne', 'Aix', 'en', 'Provence', 'Cedex', 'L’Isle', 'sur', 'la', 'Sorgue'), 1, 5))
    .map(([code, name]) => `${String(code).padStart(5, '0')} ${name}`);
  const input = fc.record({
    name: words(word, 1, 8),
    attention: fc.option(words(word, 1, 4).map((w) => `À l’attention de ${w}`), { nil: undefined }),
    address: fc
      .tuple(fc.array(complement, { maxLength: 3 }), street, city, fc.constantFrom('', 'France', 'Allemagne', 'BELGIQUE'))
      .map(([complements, s, c, country]) => [...complements, s, country === 'Allemagne' ? '10115 Berlin' : c, country].filter(Boolean).join('\n')),
  });

  it('gives at most 6 lines of at most 38 characters, none empty', () => {
    fc.assert(
      fc.property(input, (address) => {
        const result = formatPostalAddress(address);
        if (!result.ok) return;
        expect(result.lines.length).toBeLessThanOrEqual(6);
        for (const line of result.lines) {
          expect(line.length).toBeLessThanOrEqual(38);
          expect(line.trim()).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('writes the street, the city, the country and every line from the 4th in capitals without punctuation', () => {
    const capitals = /^[^\p{Ll}\p{P}\p{S}]+$/u;
    fc.assert(
      fc.property(input, (address) => {
        const result = formatPostalAddress(address);
        if (!result.ok) return;
        const out = result.lines;
        expect(out[out.length - 1]).toMatch(capitals);
        expect(out[out.length - 2]).toMatch(capitals);
        for (const line of out.slice(3)) expect(line).toMatch(capitals);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: an address already set out comes back unchanged', () => {
    fc.assert(
      fc.property(input, (address) => {
        const first = formatPostalAddress(address);
        if (!first.ok) return;
        const again = formatPostalAddress({ name: first.lines[0]!, address: first.lines.slice(1) });
        expect(again).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('either sets the address out or says why, never both, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 300 }), (name, address) => {
        const result = formatPostalAddress({ name, address });
        if (result.ok) expect(result.lines.length).toBeGreaterThanOrEqual(2);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('accepts most addresses of ordinary length', () => {
    const ordinary = fc.record({
      name: words(word, 1, 3),
      attention: fc.option(words(word, 1, 2).map((w) => `À l’attention de ${w}`), { nil: undefined }),
      address: fc
        .tuple(fc.array(complement, { maxLength: 1 }), street.filter((s) => s.length <= 45), city.filter((c) => c.length <= 38))
        .map(([complements, s, c]) => [...complements, s, c].join('\n')),
    });
    let accepted = 0;
    fc.assert(
      fc.property(ordinary, (address) => {
        if (formatPostalAddress(address).ok) accepted += 1;
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(270);
  });
});
