// Runs axe-core (WCAG 2.x A and AA plus best practices) on one element, shadow DOM included.
import axe from 'axe-core';

/** The violations as readable lines, empty when there are none. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.failureSummary ?? ''} at ${JSON.stringify(node.target)}`),
  );
}
