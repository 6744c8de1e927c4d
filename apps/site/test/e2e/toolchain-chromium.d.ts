// Types of @chitieu/toolchain/chromium, a plain .mjs module.
declare module '@chitieu/toolchain/chromium' {
  export const CHROMIUM_ARGS: readonly string[];
  export function findChromium(env?: Record<string, string | undefined>): string | null;
  export function chromiumLaunchOptions(env?: Record<string, string | undefined>): { executablePath: string; args: string[] };
}
