// Test factory shared by the ingest tests: a person as one article reports them, before ids are assigned.
import type { ArticlePerson } from '../common/dataset.ts';

export type UnidentifiedPerson = Omit<ArticlePerson, 'id'>;

export const mentionedPerson = (
  name: string,
  extra: Partial<UnidentifiedPerson> = {},
): UnidentifiedPerson => ({
  name,
  aliases: [],
  roles: [],
  country: null,
  participant: false,
  ...extra,
});
