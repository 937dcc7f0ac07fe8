import { describe, expect, it } from 'vitest';
import type { CoParticipant, PersonDetail } from '../../common/site-data.ts';
import { pairsFileFor, takingPartTogether } from './taking-part-together.ts';

const person = (slug: string, coParticipants: CoParticipant[], coParticipantCount = coParticipants.length) =>
  ({ slug, name: slug, coParticipants, coParticipantCount }) as PersonDetail;
const met = (slug: string, count: number, named?: number): CoParticipant => ({
  slug,
  name: slug,
  country: null,
  count,
  ...(named ? { named } : {}),
});

describe('takingPartTogether', () => {
  it("reads the pair from the first one's most frequent co-participants", () => {
    const ana = person('ana-ruiz', [met('bo-lind', 9, 13)], 250);
    const bo = person('bo-lind', [], 300);
    expect(takingPartTogether(ana, bo, 13)).toBe(9);
  });

  it("reads it from the second one's file when the first one's leaves them out", () => {
    const ana = person('ana-ruiz', [met('cai-wen', 40)], 250);
    const bo = person('bo-lind', [met('ana-ruiz', 2, 5)], 30);
    expect(takingPartTogether(ana, bo, 5)).toBe(2);
  });

  it('says none when a file that lists everyone they took part with leaves the other out', () => {
    const ana = person('ana-ruiz', [met('cai-wen', 40)], 250);
    const bo = person('bo-lind', [met('cai-wen', 1)]);
    expect(takingPartTogether(ana, bo, 3)).toBe(0);
  });

  it("reads the first one's pairs file for the second when neither file tells", () => {
    const ana = person('ana-ruiz', [met('cai-wen', 40)], 250);
    const bo = person('bo-lind', [met('cai-wen', 30)], 300);
    expect(pairsFileFor(ana, bo)).toMatch(/^data\/people\/ana-ruiz\/pairs-[123]\.json$/);
    expect(takingPartTogether(ana, bo, 7, { 'bo-lind': [4, 7] })).toBe(4);
    expect(takingPartTogether(ana, bo, 7, { 'dan-oster': [1] })).toBe(0);
    // Their own files tell: no file more.
    expect(pairsFileFor(ana, person('bo-lind', [met('ana-ruiz', 2)], 300))).toBeNull();
    expect(pairsFileFor(ana, person('bo-lind', [met('cai-wen', 1)]))).toBeNull();
  });

  it('cannot tell when both files list only the most frequent, or count other articles than the search', () => {
    const ana = person('ana-ruiz', [met('cai-wen', 40)], 250);
    const bo = person('bo-lind', [met('cai-wen', 30)], 300);
    expect(takingPartTogether(ana, bo, 3)).toBeNull();
    const dan = person('dan-oster', [met('ana-ruiz', 2, 5)]);
    expect(takingPartTogether(ana, dan, 4)).toBeNull();
  });
});
