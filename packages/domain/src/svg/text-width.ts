// Estimated widths of text in the bundled PNG font, and word wrapping by them; knows nothing of SVG markup.

/**
 * Advance widths (thousandths of an em) of DejaVu Sans Book and Bold, the fonts the PNG renderer
 * bundles (full Vietnamese coverage), for U+0020–U+007E. Browsers drawing the SVG fall back to
 * Verdana or a system sans, which are as wide or narrower, so text wrapped by these never overflows.
 */
const ASCII: Record<'regular' | 'bold', readonly number[]> = {
  regular: [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
    531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390,
    838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337,
    636, 838,
  ],
  bold: [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838,
    580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457,
    838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365,
    712, 838,
  ],
};

/** Letters whose width differs from their base letter's, and the punctuation our messages use. */
const EXTRA: Record<'regular' | 'bold', Readonly<Record<string, number>>> = {
  regular: { Đ: 775, đ: 635, Ơ: 913, ơ: 612, Ư: 858, ư: 634, '\u00a0': 318, '“': 518, '”': 518, '‘': 318, '’': 318, '–': 500, '—': 1000, '…': 1000, '·': 318 },
  bold: { Đ: 838, đ: 716, Ơ: 874, ơ: 687, Ư: 835, ư: 712, '\u00a0': 348, '“': 657, '”': 657, '‘': 380, '’': 380, '–': 500, '—': 1000, '…': 1000, '·': 380 },
};

/** For characters the table does not know (other scripts, symbols): a full em, on the safe side. */
const UNKNOWN_WIDTH = 1000;

export interface TextFont {
  /** px */
  size: number;
  /** CSS weight; 600 and above use the bold metrics. */
  weight?: number;
}

/**
 * The width in px that `text` takes in the bundled font. Vietnamese letters take their base letter's
 * width (tone marks stack above or below it), except ơ and ư whose horn widens them.
 *
 * @example textWidth('53', { size: 44, weight: 800 }) // 61.248
 */
export function textWidth(text: string, font: TextFont): number {
  const style = (font.weight ?? 400) >= 600 ? 'bold' : 'regular';
  const base = text
    .normalize('NFD')
    .replace(/([OoUu])\u031B/g, (_, letter: string) => `${letter}\u031B`.normalize('NFC'))
    .replace(/\p{M}/gu, '');
  let thousandths = 0;
  for (const char of base) {
    const code = char.codePointAt(0) ?? 0;
    thousandths += (code >= 0x20 && code <= 0x7e ? ASCII[style][code - 0x20] : EXTRA[style][char]) ?? UNKNOWN_WIDTH;
  }
  return (thousandths * font.size) / 1000;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (never at a no-break space), and inside
 * a word only when the word alone is wider than the line. Runs of whitespace count as one space.
 *
 * @example wrapText('Nguồn: Báo Lào Cai, “Kết quả vượt bậc”', 160, { size: 13 }) // ['Nguồn: Báo Lào Cai,', '“Kết quả vượt bậc”']
 */
export function wrapText(text: string, maxWidth: number, font: TextFont): string[] {
  const words = text.split(/[ \t\n\r]+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, font) <= maxWidth;
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    // A word wider than the line (a long URL, a name without spaces) is cut where it must be.
    let rest = word;
    while (!fits(rest)) {
      const chars = [...rest];
      let cut = 1;
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}
