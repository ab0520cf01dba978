/**
 * Line breaking for left-aligned text. Breaks only at ordinary spaces: the no-break spaces of
 * French typography (U+00A0 before "€" or ":", U+202F between thousands) keep "1 234,56 €" on
 * one line. A word wider than the line is cut where it must be.
 */

/** Width of a text; additive (the width of "ab" is the width of "a" plus the width of "b"). */
export type Measure = (text: string) => number;

/** The lines of a text split at its own line breaks ("\r\n", "\n"); empty lines are kept. */
export function hardLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Wraps one line (no "\n" inside) to `width`; never returns an empty array. */
export function wrapLine(line: string, width: number, measure: Measure): string[] {
  const words = line.split(/ +/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  const space = measure(' ');
  let current = '';
  let currentWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (current !== '' && currentWidth + space + wordWidth <= width) {
      current = `${current} ${word}`;
      currentWidth += space + wordWidth;
      continue;
    }
    if (current !== '') lines.push(current);
    if (wordWidth <= width) {
      current = word;
      currentWidth = wordWidth;
      continue;
    }
    // A word longer than the line (an IBAN without spaces, a URL): cut it.
    const pieces = cutWord(word, width, measure);
    current = pieces.pop() ?? '';
    currentWidth = measure(current);
    lines.push(...pieces);
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

function cutWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece !== '' && pieceWidth + charWidth > width) {
      pieces.push(piece);
      piece = char;
      pieceWidth = charWidth;
    } else {
      piece += char;
      pieceWidth += charWidth;
    }
  }
  pieces.push(piece);
  return pieces;
}

/** Wraps a text with its own line breaks kept. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return hardLines(text).flatMap((line) => wrapLine(line, width, measure));
}

/** `text` if it fits in `width`, otherwise cut and ended with "…". */
export function truncate(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let kept = [...text];
  while (kept.length > 0 && measure(`${kept.join('').trimEnd()}…`) > width) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}
