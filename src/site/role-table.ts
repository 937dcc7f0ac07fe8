// The person page's roles table and the people index's main role: each office once, however the articles wrote it
// (role-forms.ts).
import { offices } from '../ingest/role-forms.ts';
import type { RoleSpan } from '../common/site-data.ts';

/** A role span while the person's articles are read: in how many articles, and the last article counted. */
export interface CountedSpan extends RoleSpan {
  articles: number;
  at: number;
}

/** A row of the table, with the shortest written form of its office (for the people index). */
export interface OfficeRow extends CountedSpan {
  shortest: string;
}

/**
 * Spans of the same office ("US Secretary of State", "U.S. Secretary of State") become one, shown in its fullest
 * written form, from the first date any form was written to the last, with their articles added up. A bare title
 * another form narrows ("Prime Minister" beside "Prime Minister of Ruritania") is no row of its own: its dates and
 * articles join the one row narrowing it, or are left out when several rows do (which one it was is not known).
 * The offices are distinctRoles' (role-forms.ts), so the table and the article sidebar never disagree on what one
 * office is. Spans arrive in article order, so ties keep the form met first.
 */
export function roleTable(spans: readonly CountedSpan[]): OfficeRow[] {
  return offices(spans.map((span) => span.role)).map((office) => {
    const row: OfficeRow = { ...spans[office.forms[0]!]!, role: office.role, shortest: office.shortest };
    for (const i of office.forms.slice(1)) extend(row, spans[i]!);
    for (const i of office.bare) extend(row, spans[i]!);
    return row;
  });
}

/** The row also covers `span`'s dates and articles. */
function extend(row: CountedSpan, span: CountedSpan): void {
  row.articles += span.articles;
  if (span.first && (!row.first || span.first < row.first)) {
    row.first = span.first;
    row.firstArticle = span.firstArticle;
  }
  if (span.last && (!row.last || span.last > row.last)) {
    row.last = span.last;
    row.lastArticle = span.lastArticle;
  }
}

/** Longer roles are cut at a word for the index ("…"): the person page has them whole. */
const mainRoleMax = 80;

/**
 * The role the people index shows beside a name: the office most of the person's articles give, the latest on ties
 * (what they were last reported as), so two people of one name can be told apart at a glance; in its shortest
 * written form, at most 80 characters, so an index page weighs the same however large the archive.
 */
export function mainRole(table: readonly OfficeRow[]): string | undefined {
  let best: OfficeRow | undefined;
  for (const row of table)
    if (!best || row.articles > best.articles || (row.articles === best.articles && row.last > best.last))
      best = row;
  if (!best) return undefined;
  const role = best.shortest;
  if (role.length <= mainRoleMax) return role;
  const cut = role.lastIndexOf(' ', mainRoleMax - 1);
  return `${role.slice(0, cut > 0 ? cut : mainRoleMax - 1).replace(/[\s,;:(]+$/, '')}…`;
}

/** The span as the person file stores it. */
export const storedSpan = ({ role, first, last, firstArticle, lastArticle }: OfficeRow): RoleSpan => ({
  role,
  first,
  last,
  firstArticle,
  lastArticle,
});
