// Reads the optional seeds/people.json: user corrections applied before the extraction rules.
// Never throws: every problem becomes a warning with the JSON line, and the valid entries are kept.

import type { IngestWarning, Knowledge, KnownPerson } from '../common/dataset.ts';

export function parseKnowledge(
  text: string,
  file: string,
): { knowledge: Knowledge; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const knowledge: Knowledge = { people: [], notPeople: [] };
  const warn = (offset: number, message: string) =>
    warnings.push({ file, line: lineAt(text, offset), message });

  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bomShift = source.length === text.length ? 0 : 1;
  if (!source.trim()) {
    warn(0, 'people.json is empty; expected {"people": [...], "notPeople": [...]}; no corrections applied');
    return { knowledge, warnings };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warnings.push({
      file,
      line: jsonErrorLine(source, message),
      message: `invalid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')}); no corrections applied`,
    });
    return { knowledge, warnings };
  }

  const positions = locateValues(source);
  const at = (path: string) => (positions.get(path) ?? 0) + bomShift;

  if (!isObject(data)) {
    warn(
      at(''),
      'people.json must hold an object like {"people": [...], "notPeople": [...]}; no corrections applied',
    );
    return { knowledge, warnings };
  }
  for (const key of Object.keys(data)) {
    if (key !== 'people' && key !== 'notPeople') {
      warn(at(`/${key}`), `unknown key "${key}" ignored (expected "people" and "notPeople")`);
    }
  }

  if (data.people !== undefined) {
    if (!Array.isArray(data.people)) {
      warn(at('/people'), '"people" must be an array of {"name", "aliases", "roles", "country"}; ignored');
    } else {
      data.people.forEach((entry: unknown, i: number) => {
        const path = `/people/${i}`;
        const person = readPerson(entry, path, (p, m) => warn(at(p), m));
        if (person) knowledge.people.push(person);
      });
    }
  }

  if (data.notPeople !== undefined) {
    if (!Array.isArray(data.notPeople)) {
      warn(at('/notPeople'), '"notPeople" must be an array of strings; ignored');
    } else {
      data.notPeople.forEach((entry: unknown, i: number) => {
        if (typeof entry === 'string' && entry.trim()) knowledge.notPeople.push(entry.trim());
        else warn(at(`/notPeople/${i}`), `notPeople[${i}] must be a non-empty string; ignored`);
      });
    }
  }

  return { knowledge, warnings };
}

function readPerson(
  entry: unknown,
  path: string,
  warn: (path: string, message: string) => void,
): KnownPerson | null {
  const label = path.slice(1).replace('/', '[').replace(/$/, ']');
  if (!isObject(entry)) {
    warn(path, `${label} must be an object with a "name"; ignored`);
    return null;
  }
  if (typeof entry.name !== 'string' || !entry.name.trim()) {
    warn(path, `${label} has no "name" (a non-empty string); ignored`);
    return null;
  }
  const person: KnownPerson = { name: entry.name.trim() };
  for (const key of Object.keys(entry)) {
    if (!['name', 'aliases', 'roles', 'country'].includes(key)) {
      warn(`${path}/${key}`, `${label} ("${person.name}"): unknown key "${key}" ignored`);
    }
  }
  for (const field of ['aliases', 'roles'] as const) {
    const value = entry[field];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      warn(
        `${path}/${field}`,
        `${label} ("${person.name}"): "${field}" must be an array of strings; ignored`,
      );
      continue;
    }
    const list: string[] = [];
    value.forEach((item: unknown, j: number) => {
      if (typeof item === 'string' && item.trim()) list.push(item.trim());
      else
        warn(
          `${path}/${field}/${j}`,
          `${label} ("${person.name}"): ${field}[${j}] must be a non-empty string; ignored`,
        );
    });
    person[field] = list;
  }
  if (entry.country !== undefined) {
    if (entry.country === null || (typeof entry.country === 'string' && entry.country.trim())) {
      person.country = entry.country === null ? null : entry.country.trim();
    } else {
      warn(
        `${path}/country`,
        `${label} ("${person.name}"): "country" must be a country name or null; ignored`,
      );
    }
  }
  return person;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of a JSON.parse error: V8 reports "at position N" and, in newer versions, "(line L column C)". */
function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return lineAt(text, text.length);
}

/**
 * Start offset of every value in valid JSON, keyed by a JSON-pointer-like path ("/people/2/name").
 * JSON.parse gives no positions, and warnings must point at the line of the bad entry.
 */
function locateValues(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: string): void => {
    skipSpace();
    positions.set(path, i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      while (i < text.length && text[i] !== '}') {
        skipSpace();
        const keyStart = i;
        const key = readString();
        positions.set(`${path}/${key}`, keyStart);
        skipSpace();
        i++; // ':'
        const valuePath = `${path}/${key}`;
        readValue(valuePath);
        positions.set(valuePath, keyStart);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '[') {
      i++;
      skipSpace();
      let index = 0;
      while (i < text.length && text[i] !== ']') {
        readValue(`${path}/${index++}`);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  readValue('');
  return positions;
}
