import { describe, expect, it } from 'vitest';
import { matchDateline, matchStrongDateline } from './dateline.ts';

describe('matchDateline', () => {
  it('gives the place and date as written, the credited agency and the prefix length', () => {
    const p = 'BEIJING, Oct. 21 (Xinhua) -- Zhou Ping held a phone call.';
    const m = matchDateline(p)!;
    expect(m.dateline).toEqual({ place: 'BEIJING', date: 'Oct. 21' });
    expect(m.source).toBe('Xinhua');
    expect(p.slice(m.length)).toBe('Zhou Ping held a phone call.');
  });

  it('accepts a Title Case place only with a date and a credit', () => {
    expect(matchDateline('Beijing, Oct. 21 (Xinhua) -- Text.')!.dateline).toEqual({
      place: 'Beijing',
      date: 'Oct. 21',
    });
    expect(matchDateline('Chinese President Liu Jianguo (C) meets guests.')).toBeNull();
  });

  it('keeps a country or state written after an ALL CAPS city in the place, but never a month', () => {
    const p = 'BUSAN, South Korea, Nov. 26 (Xinhua) -- The ministers met.';
    const m = matchDateline(p)!;
    expect(m.dateline).toEqual({ place: 'BUSAN, South Korea', date: 'Nov. 26' });
    expect(p.slice(m.length)).toBe('The ministers met.');
    expect(matchDateline('SAN JOSE, California, March 3 (Xinhua) -- Text.')!.dateline).toEqual({
      place: 'SAN JOSE, California',
      date: 'March 3',
    });
    // AP style: no date, the country after the city, an em dash.
    const ap = 'HANOI, Vietnam (AP) — Thai Prime Minister Anan Srisuk arrived.';
    const apMatch = matchDateline(ap)!;
    expect(apMatch.dateline).toEqual({ place: 'HANOI, Vietnam', date: null });
    expect(apMatch.source).toBe('AP');
    expect(ap.slice(apMatch.length)).toBe('Thai Prime Minister Anan Srisuk arrived.');
    expect(matchDateline('LIMA, Nov. 16 (Xinhua) -- Text.')!.dateline).toEqual({
      place: 'LIMA',
      date: 'Nov. 16',
    });
    expect(matchDateline('LIMA, November 16 (Xinhua) -- Text.')!.dateline).toEqual({
      place: 'LIMA',
      date: 'November 16',
    });
  });

  it('accepts a Title Case city with a known agency and a dash, and a bracketed country after the city', () => {
    const afp = 'Vatican City (AFP) – Pope Clement on Tuesday received Chilean President Rodrigo Fuentes.';
    const m = matchDateline(afp)!;
    expect(m.dateline).toEqual({ place: 'Vatican City', date: null });
    expect(m.source).toBe('AFP');
    expect(afp.slice(m.length)).toBe('Pope Clement on Tuesday received Chilean President Rodrigo Fuentes.');
    expect(matchDateline('Munich (dpa) - Bavarian state premier Stefan Huber met them.')!.source).toBe('dpa');
    const ani = 'New Delhi [India], February 6 (ANI): External Affairs Minister K. Raghunathan held talks.';
    const a = matchDateline(ani)!;
    expect(a.dateline).toEqual({ place: 'New Delhi', date: 'February 6' });
    expect(a.source).toBe('ANI');
    expect(ani.slice(a.length)).toBe('External Affairs Minister K. Raghunathan held talks.');
    // An unknown credit after a Title Case start is still no dateline.
    expect(matchDateline('Chinese President Liu Jianguo (C) - meets guests.')).toBeNull();
  });

  it('keeps the weak forms out of later paragraphs', () => {
    expect(matchStrongDateline('Beijing: Text.')).toBeNull();
    expect(matchDateline('Beijing: Text.')!.dateline).toEqual({ place: 'Beijing', date: null });
  });

  it('stays linear on hostile input', () => {
    const hostile = 'A'.repeat(25) + ' ' + 'B'.repeat(25) + ' (' + 'x'.repeat(100_000);
    expect(matchDateline(hostile)).toBeNull();
  });
});
