// What the results show only where a person is filtered: which of their articles (naming them, or where they took
// part) and whom they took part with. A chunk of its own, so a first search without a person does not load it
// (issue 4: every first search's code counts against its 100 KB).
import { counted } from '../../components/ui/counted.ts';
import { OrderLinks } from '../../components/ui/order-links.tsx';
import { tookPartWithMax } from '../../common/search-text.ts';
import { routePaths } from '../../common/paths.ts';
import { FacetList } from './facet-list.tsx';
import type { SearchFacet } from './search-engine.ts';
import { searchString, type SearchParamsState } from './search-params.ts';

/** People listed as having taken part with the one person filtered by. */
const tookPartWithShown = 20;

interface ChoiceProps {
  params: SearchParamsState;
  /** The first person's name, and "both A and B" where two are filtered. */
  personLabel: string;
  both: string;
  total: number;
  /** The other choice's count, once counted. */
  otherTotal: number | undefined;
}

/**
 * Which of a person's articles: every one naming them (the person filter counts everyone named), or only those they
 * took part in (with two people, both), each with its count; `took=part` in the URL.
 */
export function TookPartChoice({ params, personLabel, both, total, otherTotal }: ChoiceProps) {
  return (
    <OrderLinks<boolean>
      label={`Articles of ${params.with ? both : personLabel}`}
      lead="Show: "
      orders={[false, true].map((took) => {
        const count = took === Boolean(params.tookPart) ? total : otherTotal;
        const what = took
          ? params.with
            ? 'Taking part together'
            : `${personLabel} taking part`
          : params.with
            ? 'Naming both'
            : `Naming ${personLabel}`;
        return [took, count === undefined ? what : `${what} (${count.toLocaleString('en')})`];
      })}
      current={Boolean(params.tookPart)}
      to={(tookPart) => ({
        pathname: routePaths.home(),
        search: searchString({ ...params, tookPart, page: 1 }),
      })}
    />
  );
}

interface WithProps {
  personLabel: string;
  tookPartWith: SearchFacet[];
  total: number;
}

/**
 * "Whom did A meet in 2024": the people who took part with them here, each opening the articles where both did.
 * Counted from the rows of every match, so only where they are few.
 */
export function TookPartWith({ personLabel, tookPartWith, total }: WithProps) {
  return (
    <FacetList
      name="person"
      sets="with"
      label={`Took part with ${personLabel}`}
      facets={tookPartWith.slice(0, tookPartWithShown)}
      selected={null}
      headingLevel={3}
      note={
        total > tookPartWithMax
          ? `Listed for ${tookPartWithMax} articles or fewer: narrow them by year or month.`
          : `Counted in these ${counted(total, 'article', 'articles')}${tookPartWith.length > tookPartWithShown ? `; the ${tookPartWithShown} most frequent of ${tookPartWith.length} people` : ''}.`
      }
      shownEmpty={total > tookPartWithMax}
    />
  );
}
