// Looks a newsroom can give the elements beyond light and dark, as the elements' documented
// --chitieu-* custom properties. Knows nothing of the DOM.

export interface NewsroomTheme {
  /** What the builder calls it, Vietnamese first. */
  readonly label: string;
  /** The colour scheme it is drawn on, and its images in. */
  readonly colorScheme: 'light' | 'dark';
  readonly properties: Readonly<Record<`--chitieu-${string}`, string>>;
}

export const NEWSROOM_THEMES = {
  /** Newsprint: cream paper, a serif face, the red of a Vietnamese front page, no frame. */
  paper: {
    label: 'Báo in · Newsprint',
    colorScheme: 'light',
    properties: {
      '--chitieu-font-family': "Georgia, 'Times New Roman', 'Noto Serif', serif",
      '--chitieu-background': '#fbf7ef',
      '--chitieu-text-color': '#1d1b16',
      '--chitieu-muted-color': '#5c5546',
      '--chitieu-border': '1px solid #e4dccb',
      '--chitieu-radius': '0',
      '--chitieu-value-color': '#a50f15',
      '--chitieu-overshoot-color': '#6b4e00',
    },
  },
} as const satisfies Record<string, NewsroomTheme>;

export type NewsroomThemeId = keyof typeof NEWSROOM_THEMES;

/** The theme as a `style` attribute's declarations: `--chitieu-background:#fbf7ef;…`. */
export function themeDeclarations(id: NewsroomThemeId): string {
  return Object.entries(NEWSROOM_THEMES[id].properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}
