// Counts, over the golds alone (no extraction), the role shapes the golds write two ways, for the owners to settle:
// a body's acronym in brackets after a role, a bare title beside its longer form, and the event's host.
// usage: npx tsx tests/tools/audit-role-splits.ts [DIR] [--list]
//   DIR: a folder of NNN.txt + NNN.json (default tests/fixtures/heldout). --list prints each case under its count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Person {
  name: string;
  aliases?: string[];
  roles?: string[];
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/heldout';
const list = args.includes('--list');
const counts = new Map<string, string[]>();
const count = (kind: string, what: string) => {
  const l = counts.get(kind) ?? [];
  l.push(what);
  counts.set(kind, l);
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)/;
const HOST_BEFORE =
  /\b(?:summit|meeting|conference|forum|talks|games|event|the|as|its|our)\s+hosts?\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/;
const BROADCAST_HOST = /\b(?:show|news|radio|tv|television|podcast)\s+host\b|\bhost of [A-Z]{2,}['’]s\b/i;
const HOST_AFTER =
  /^,\s+(?:the\s+)?(?:summit'?s?\s+|meeting'?s?\s+)?hosts?\b|^,\s+who\s+(?:is|was)\s+hosting\b/;

for (const f of readdirSync(dir).sort()) {
  const id = /^(\d+)\.json$/.exec(f)?.[1];
  if (!id || !existsSync(join(dir, `${id}.txt`))) continue;
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  const people = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { people: Person[] }).people;
  for (const p of people) {
    const roles = p.roles ?? [];
    const forms = [p.name, ...(p.aliases ?? [])].filter((n) => n.length > 1);
    // 1. "Director General of the International Atomic Energy Agency (IAEA)": kept with the brackets, or the gold
    // writes the role without them where the text has them right after it.
    for (const r of roles) {
      if (/\([A-Z][A-Za-z0-9&.-]{1,9}\)$/.test(r)) {
        count('acronym in brackets: kept', `${id} ${p.name}: ${r}`);
        continue;
      }
      // Dropped where the text writes the role only with them; written both ways, the gold may keep the bare one.
      let bracketed = false;
      let bare = false;
      for (let at = text.indexOf(r); at >= 0; at = text.indexOf(r, at + 1)) {
        if (ACRONYM_AFTER.test(text.slice(at + r.length, at + r.length + 14))) bracketed = true;
        else bare = true;
      }
      if (bracketed)
        count(
          bare ? 'acronym in brackets: dropped, text also bare' : 'acronym in brackets: dropped',
          `${id} ${p.name}: ${r}`,
        );
    }
    // 2. "President" beside "Chinese President": a shorter title the longer role ends with ("Prime Minister" of
    // "Ethiopian Prime Minister", "Prince" of "Crown Prince") listed too, or left out where the text writes that
    // shorter title bare (after no capitalised word) right before one of the person's names.
    for (const long of roles) {
      const words = long.split(' ');
      let found = '';
      for (let k = 1; k < words.length && !found; k++) {
        const short = words.slice(k).join(' ');
        // A title after its qualifiers ("Chinese", "Bank of Japan", "Britain's"), not the object of "of" or "to".
        if (!/^\p{Lu}/u.test(short) || /^\p{Ll}/u.test(words[k - 1] as string) || /^[^(]*\)/.test(short))
          continue;
        if (roles.some((r) => r.toLowerCase() === short.toLowerCase())) {
          count('bare title beside its longer form: listed', `${id} ${p.name}: ${short} + ${long}`);
          found = short;
        }
      }
      if (found) continue;
      for (let k = 1; k < words.length && !found; k++) {
        const short = words.slice(k).join(' ');
        // A title after its qualifiers ("Chinese", "Bank of Japan", "Britain's"), not the object of "of" or "to".
        if (!/^\p{Lu}/u.test(short) || /^\p{Ll}/u.test(words[k - 1] as string) || /^[^(]*\)/.test(short))
          continue;
        const bare = forms.some((n) => {
          const re = new RegExp(`${escape(short)} ${escape(n)}\\b`, 'g');
          for (let m = re.exec(text); m; m = re.exec(text))
            if (!/\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
          return false;
        });
        if (bare) {
          count('bare title beside its longer form: left out', `${id} ${p.name}: ${short} / ${long}`);
          found = short;
        }
      }
    }
    // 3. The event's host: a role with "host" in the gold, or none where the text calls the person the host (a
    // broadcaster's host, "talk show host", "host of CGTN's World Insight", is another word).
    const hosts = roles.filter((r) => /\bhost\b/i.test(r) && !BROADCAST_HOST.test(r));
    if (hosts.length > 0) {
      count('event host: listed', `${id} ${p.name}: ${hosts.join(' | ')}`);
      continue;
    }
    if (roles.some((r) => BROADCAST_HOST.test(r))) continue;
    const hosted = forms.some((n) => {
      const re = new RegExp(`\\b${escape(n)}\\b`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (HOST_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
        if (HOST_AFTER.test(text.slice(m.index + n.length, m.index + n.length + 40))) return true;
      }
      return false;
    });
    if (hosted) count('event host: left out', `${id} ${p.name}`);
  }
}
for (const [kind, cases] of [...counts].sort()) {
  if (list) for (const c of cases) console.log(`  ${kind} | ${c}`);
}
for (const [kind, cases] of [...counts].sort()) console.log(`${kind}: ${cases.length}`);
