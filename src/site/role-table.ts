// The person page's roles table and the people index's main role: each office once, however the articles wrote it
// (role-forms.ts).
import { narrows, officeKeys, withoutShorterForms } from '../ingest/role-forms.ts';
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
 * Spans arrive in article order, so ties keep the form met first.
 */
export function roleTable(spans: readonly CountedSpan[]): OfficeRow[] {
  const keys = officeKeys(spans.map((span) => span.role));
  const byKey = new Map<string, OfficeRow>();
  const forms = new Map<OfficeRow, string[]>();
  const bare: CountedSpan[] = [];
  spans.forEach((span, i) => {
    const key = keys[i];
    if (key === null || key === undefined) {
      bare.push(span);
      return;
    }
    const kept = byKey.get(key);
    if (!kept) {
      const row = { ...span, shortest: span.role };
      byKey.set(key, row);
      forms.set(row, [span.role]);
      return;
    }
    forms.get(kept)!.push(span.role);
    if (span.role.length > kept.role.length) kept.role = span.role;
    if (span.role.length < kept.shortest.length) kept.shortest = span.role;
    extend(kept, span);
  });
  const merged = [...byKey.values()];
  for (const span of bare) {
    const narrower = merged.filter((row) => forms.get(row)!.some((form) => narrows(form, span.role)));
    if (narrower.length === 1) extend(narrower[0]!, span);
  }
  const shown = new Set(withoutShorterForms(merged.map((span) => span.role)));
  return merged.filter((span) => shown.has(span.role));
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
