// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightedText, highlightRanges } from './highlighted-text.tsx';

afterEach(cleanup);
const marked = (text: string, terms: string[]) =>
  [...render(<p>{<HighlightedText text={text} terms={terms} />}</p>).container.querySelectorAll('mark')].map(
    (m) => m.textContent,
  );

describe('HighlightedText', () => {
  it('marks whole words whatever their case, accents or apostrophes', () => {
    expect(marked('Lula met José Blinken’s aide in São Paulo.', ['jose', 'blinken', 'sao'])).toEqual([
      'José',
      'Blinken’s',
      'São',
    ]);
    expect(marked('Cooperation, not co-operation', ['cooperation'])).toEqual(['Cooperation']);
  });

  it('marks Chinese terms inside a run of characters, merging overlapping pairs', () => {
    expect(marked('主席习近平会见', ['习近', '近平'])).toEqual(['习近平']);
  });

  it('renders markup in the text as characters', () => {
    const { container } = render(
      <HighlightedText text={'<img src=x onerror=alert(1)> wang'} terms={['wang']} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> wang');
  });

  it('leaves text alone without terms', () => {
    expect(highlightRanges('anything', [])).toEqual([]);
  });
});
