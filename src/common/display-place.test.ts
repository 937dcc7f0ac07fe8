import { describe, expect, it } from 'vitest';
import { displayPlace } from './display-place.ts';

describe('displayPlace', () => {
  it('writes a dateline in capitals as a place name', () => {
    expect(displayPlace('BEIJING')).toBe('Beijing');
    expect(displayPlace('NEW DELHI')).toBe('New Delhi');
    expect(displayPlace('LOS ANGELES')).toBe('Los Angeles');
    expect(displayPlace('WINSTON-SALEM')).toBe('Winston-Salem');
  });

  it('keeps the particles inside a name lower-case', () => {
    expect(displayPlace('RIO DE JANEIRO')).toBe('Rio de Janeiro');
    expect(displayPlace('PORT OF SPAIN')).toBe('Port of Spain');
    expect(displayPlace('DAR ES SALAAM')).toBe('Dar es Salaam');
    expect(displayPlace('RAS AL-KHAIMAH')).toBe('Ras al-Khaimah');
    expect(displayPlace('BANDAR SERI BEGAWAN')).toBe('Bandar Seri Begawan');
    expect(displayPlace('PORT-AU-PRINCE')).toBe('Port-au-Prince');
    expect(displayPlace('BOULOGNE-SUR-MER')).toBe('Boulogne-sur-Mer');
    expect(displayPlace('STRATFORD-UPON-AVON')).toBe('Stratford-upon-Avon');
    expect(displayPlace('FRANKFURT AM MAIN')).toBe('Frankfurt am Main');
    expect(displayPlace('CIERNA NAD TISOU')).toBe('Cierna nad Tisou');
    // The ingest's places in capitals and the page's datelines read one list of particles.
    expect(displayPlace('BOSNIA AND HERZEGOVINA')).toBe('Bosnia and Herzegovina');
    expect(displayPlace('PONT-A-MOUSSON')).toBe('Pont-a-Mousson');
  });

  it('capitalises a particle that starts the name, and a word that only begins like one', () => {
    expect(displayPlace('LA PAZ')).toBe('La Paz');
    expect(displayPlace('AL-ARISH')).toBe('Al-Arish');
    expect(displayPlace('LE HAVRE')).toBe('Le Havre');
    expect(displayPlace('ALMATY')).toBe('Almaty');
    expect(displayPlace('SAN DIEGO')).toBe('San Diego');
    expect(displayPlace('LA DEHESA DE LA VILLA')).toBe('La Dehesa de la Villa');
  });

  it('capitalises after an elided one-letter article, not after any apostrophe', () => {
    expect(displayPlace("N'DJAMENA")).toBe("N'Djamena");
    expect(displayPlace("L'AQUILA")).toBe("L'Aquila");
    expect(displayPlace("NUKU'ALOFA")).toBe("Nuku'alofa");
    expect(displayPlace("ST GEORGE'S")).toBe("St George's");
    expect(displayPlace('ST GEORGE’S')).toBe('St George’s');
  });

  it('keeps a place written in mixed case as it is', () => {
    expect(displayPlace('Rio De Janeiro')).toBe('Rio De Janeiro');
  });

  it('writes each part after a comma on its own, and keeps a short code after it in capitals', () => {
    expect(displayPlace('WASHINGTON, US')).toBe('Washington, US');
    expect(displayPlace('ASHEVILLE, N.C.')).toBe('Asheville, N.C.');
    expect(displayPlace('DAYTON, OHIO')).toBe('Dayton, Ohio');
    expect(displayPlace('ABU DHABI, UAE')).toBe('Abu Dhabi, UAE');
    // A dateline that capitalised only the city, as many do.
    expect(displayPlace('AL-ULA, Saudi Arabia')).toBe('Al-Ula, Saudi Arabia');
    expect(displayPlace('CAMP DAVID, Maryland')).toBe('Camp David, Maryland');
    expect(displayPlace('Larantuka, NTT')).toBe('Larantuka, NTT');
    expect(displayPlace('Bogor, West Java')).toBe('Bogor, West Java');
  });
});
