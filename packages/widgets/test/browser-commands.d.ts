// Commands the test page can ask the browser for; implemented in vitest.config.ts.
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-color-scheme`; null restores the default. */
    emulateColorScheme: (colorScheme: 'light' | 'dark' | null) => Promise<void>;
  }
}
