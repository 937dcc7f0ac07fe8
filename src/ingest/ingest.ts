// The pure pipeline: bytes of one file -> FileResult (decode, parse, extract), and FileResults -> Dataset
// (stable ids and slugs, merged people, sorted warnings). No fs: the Node edges read files and call these.

import type { Article, ArticlePerson, Dataset, IngestWarning, Knowledge } from '../common/dataset.ts';
import { decodeText } from './decode-text.ts';
import { extractEntities } from './extract-people.ts';
import { detach } from '../common/detach.ts';
import { ARTICLE_SLUG_WORDS, hash64, slugify } from './ids.ts';
import { mergePeople } from './merge-people.ts';
import { parseArticle } from './parse-article.ts';
import { findStoryVersions } from './story-versions.ts';

export type FileArticle = Omit<Article, 'id' | 'slug' | 'people'> & { people: Omit<ArticlePerson, 'id'>[] };

export interface FileResult {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  /** null when the file holds no article (empty, binary, undecodable); the warnings say why. */
  article: FileArticle | null;
  warnings: IngestWarning[];
}

function detachAll(list: string[]): string[] {
  for (let i = 0; i < list.length; i++) list[i] = detach(list[i]!);
  return list;
}

function detachPeople(people: Omit<ArticlePerson, 'id'>[]): Omit<ArticlePerson, 'id'>[] {
  for (const person of people) {
    person.name = detach(person.name);
    detachAll(person.aliases);
    detachAll(person.roles);
  }
  return people;
}

// Module level rather than a closure per file: under tsx every closure created costs a `__name` call.
function addWarnings(to: IngestWarning[], file: string, list: { line: number; message: string }[]): void {
  for (const w of list) to.push({ file, line: w.line, message: w.message });
}

/** Decode, parse and extract one file. Never throws: an unexpected failure becomes a warning naming the file. */
export function ingestFile(file: string, bytes: Uint8Array, knowledge: Knowledge): FileResult {
  const warnings: IngestWarning[] = [];
  try {
    const decoded = decodeText(bytes);
    addWarnings(warnings, file, decoded.warnings);
    if (decoded.text === null) return { file, article: null, warnings };
    const parsed = parseArticle(decoded.text);
    addWarnings(warnings, file, parsed.warnings);
    if (!parsed.article) return { file, article: null, warnings };
    const a = parsed.article;
    const extraction = extractEntities(a, knowledge);
    return {
      file,
      article: {
        file,
        date: a.date,
        title: a.title,
        titleDerived: a.titleDerived,
        source: a.source,
        publishedTime: a.publishedTime,
        dateline: a.dateline,
        paragraphs: a.paragraphs,
        captions: a.captions,
        people: detachPeople(extraction.people),
        organizations: detachAll(extraction.organizations),
        places: detachAll(extraction.places),
      },
      warnings,
    };
  } catch (error) {
    // A bug in the core must cost one file, not the build; the message lets a user report it.
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push({
      file,
      line: 1,
      message: `could not be ingested (internal error: ${reason}); file skipped`,
    });
    return { file, article: null, warnings };
  }
}

const byString = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Article id: a short stable hash of the relative path, so it survives rebuilds and reordering. */
export function articleId(file: string): string {
  return hash64(file).slice(0, 12);
}

/**
 * Assembles the dataset: articles sorted by file with stable ids and unique slugs, people merged across
 * articles, warnings sorted by file then line. Same results in any order -> byte-identical JSON.
 */
export function buildDataset(results: FileResult[], knowledge?: Knowledge): Dataset {
  const sorted = results.slice().sort((x, y) => byString(x.file, y.file));

  const warnings: IngestWarning[] = [];
  for (const result of sorted) for (const w of result.warnings) warnings.push(w);
  // Stable sort: warnings on the same line keep the order the pipeline found them in.
  warnings.sort((x, y) => byString(x.file, y.file) || x.line - y.line);

  const fileArticles = sorted.flatMap((r) => (r.article ? [r.article] : []));
  const usedIds = new Set<string>();
  const usedSlugs = new Set<string>();
  const withIds = fileArticles.map((article) => {
    const full = hash64(article.file);
    let id = full.slice(0, 12);
    if (usedIds.has(id)) id = full;
    for (let n = 2; usedIds.has(id); n++) id = `${full}-${n}`;
    usedIds.add(id);

    // Date + title words + a bit of the id: readable, stable, and two articles with the same date and
    // title still get different slugs because their paths differ.
    const words = slugify(article.title, ARTICLE_SLUG_WORDS);
    const base = [article.date || 'undated', words].filter(Boolean).join('-');
    let slug = `${base}-${id.slice(0, 6)}`;
    if (usedSlugs.has(slug)) slug = `${base}-${id}`;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${id}-${n}`;
    usedSlugs.add(slug);
    return { id, slug, article };
  });

  const merged = mergePeople(
    withIds.map(({ id, article }) => ({ id, date: article.date, people: article.people })),
    knowledge ?? { people: [], notPeople: [] },
  );

  // Versions of one story (the same copy crawled twice, corrected, cut): lists and counts show each story once.
  const versions = new Map<string, string[]>();
  const versionOf = new Map<string, string>();
  for (const group of findStoryVersions(
    withIds.map(({ id, article }) => ({
      id,
      date: article.date,
      paragraphs: article.paragraphs,
      title: article.title,
    })),
  )) {
    versions.set(group.canonical, group.versions);
    for (const version of group.versions) versionOf.set(version, group.canonical);
  }

  const articles: Article[] = withIds.map(({ id, slug, article }, i) => {
    const ids = merged.personIds[i]!;
    // Two mentions the merge found to be one person ("Tinho" and his full name) become one entry.
    const people: ArticlePerson[] = [];
    const byId = new Map<string, ArticlePerson>();
    for (let p = 0; p < article.people.length; p++) {
      const person = article.people[p]!;
      const pid = ids[p]!;
      const seen = byId.get(pid);
      if (!seen) {
        const entry: ArticlePerson = {
          id: pid,
          name: person.name,
          aliases: [...person.aliases],
          roles: [...person.roles],
          country: person.country,
          participant: person.participant,
        };
        byId.set(pid, entry);
        people.push(entry);
        continue;
      }
      for (const form of [person.name, ...person.aliases]) {
        if (form !== seen.name && !seen.aliases.includes(form)) seen.aliases.push(form);
      }
      for (const role of person.roles) if (!seen.roles.includes(role)) seen.roles.push(role);
      seen.country ??= person.country;
      seen.participant ||= person.participant;
    }
    return {
      id,
      slug,
      file: article.file,
      date: article.date,
      title: article.title,
      titleDerived: article.titleDerived,
      source: article.source,
      publishedTime: article.publishedTime,
      dateline: article.dateline,
      paragraphs: article.paragraphs,
      captions: article.captions,
      people,
      organizations: article.organizations,
      places: article.places,
      ...(versionOf.has(id) ? { versionOf: versionOf.get(id) } : {}),
      ...(versions.has(id) ? { versions: versions.get(id) } : {}),
    };
  });

  return { articles, people: merged.people, warnings };
}
