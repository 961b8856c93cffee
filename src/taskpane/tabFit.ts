/**
 * Which tabs the tab strip shows and which go into its overflow menu (PN1, SP53): as many tabs as fit in order,
 * the selected tab always among them (it takes the place of the last that would fit), the rest in the menu behind
 * a "More tabs" button whose width is kept free whenever any tab is left out.
 */
export interface TabFit {
  /** Indexes of the tabs shown, in order. */
  shown: number[];
  /** Indexes of the tabs in the menu, in order. */
  overflow: number[];
}

export function fitTabs(widths: readonly number[], available: number, moreWidth: number, selected: number): TabFit {
  const all = widths.map((_, i) => i);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= available) return { shown: all, overflow: [] };
  const room = available - moreWidth - (selected >= 0 ? (widths[selected] ?? 0) : 0);
  const shown = new Set<number>(selected >= 0 ? [selected] : []);
  let used = 0;
  for (const i of all) {
    if (i === selected) continue;
    if (used + (widths[i] ?? 0) > room) break;
    used += widths[i] ?? 0;
    shown.add(i);
  }
  return { shown: all.filter((i) => shown.has(i)), overflow: all.filter((i) => !shown.has(i)) };
}
