// Waiting in story play functions. Testing Library's default of one second is shorter than the first
// story of a cold run takes on a loaded two-core CI machine (Vite is still transforming modules, axe
// starting), so every story waits up to thirty seconds; a story that never renders still fails.
import { waitFor as waitForWithin } from 'storybook/test';

const STORY_TIMEOUT_MS = 30_000;

/** Retries `check` until it passes or thirty seconds have gone by. */
export function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  return waitForWithin(check, { timeout: STORY_TIMEOUT_MS });
}
