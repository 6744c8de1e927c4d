// Commands the test page can ask the browser for; implemented in vitest.config.ts.
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-color-scheme`; null restores the default. */
    emulateColorScheme: (colorScheme: 'light' | 'dark' | null) => Promise<void>;
    /** Records the bundle's chunk requests and holds those for an element's own chunk (`party-…`). */
    holdElementChunks: () => Promise<void>;
    /** The chunks requested since `holdElementChunks`, by name without the hash, in order. */
    requestedChunks: () => Promise<string[]>;
    /** Lets the held element chunks through and stops holding. */
    releaseElementChunks: () => Promise<void>;
  }
}
