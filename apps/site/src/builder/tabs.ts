// The ARIA tabs pattern for the code tabs: click or arrow keys (Home, End) select a tab and show its panel.

/** Wires the tabs of `tablist` (buttons with role="tab" and aria-controls) to their panels. */
export function setupTabs(tablist: HTMLElement): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (chosen: HTMLButtonElement, focus: boolean) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls') ?? '')!.hidden = !selected;
    }
    if (focus) chosen.focus();
  };
  for (const tab of tabs) tab.addEventListener('click', () => select(tab, false));
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length]!, true);
  });
}
