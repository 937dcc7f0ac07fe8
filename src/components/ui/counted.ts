/** "1 article", "1,303 articles": a count as the pages write it, with thousands separators, in one string. */
export const counted = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
