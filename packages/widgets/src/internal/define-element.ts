// Registration that tolerates a page loading the embed script twice (two journalists' snippets, or
// the script plus a bundled copy): the first definition wins and the second is a no-op.

/**
 * Defines `name` unless a definition already exists.
 *
 * @example defineElement('party-target-gauge', PartyTargetGauge);
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
