/**
 * The pane's tabs (SP53), in place of Fluent's Pivot, whose overflow menu is a ContextualMenu in a Callout and whose
 * links are Fluent buttons. A `tablist` of the tabs that fit (PN1, `fitTabs`), the selected one always among them;
 * the rest are in a menu behind a "More tabs" tab. Keyboard (PN2): ←/→, Home and End move along the tabs and the
 * More tab, Enter or Space picks one; on More they open the menu, where ↑/↓ move, Enter picks and Escape closes.
 */
import { FontIcon, useTheme } from "@fluentui/react";
import { useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent, ReactNode } from "react";
import { fitTabs } from "../tabFit";
import { tabStripClasses } from "./tabStripStyles";

export interface TabItem {
  key: string;
  text: string;
  /** Shown after the text, as "Issues (3)". */
  count?: number;
  content: ReactNode;
}

interface Props {
  ariaLabel: string;
  moreLabel: string;
  items: readonly TabItem[];
  selectedKey: string;
  onSelect: (key: string) => void;
}

const label = (item: TabItem) => (item.count === undefined ? item.text : `${item.text} (${item.count})`);

/** Moves the focus among `elements` for an arrow, Home or End key; true when the key was one of them. */
function moveFocus(e: KeyboardEvent, elements: HTMLElement[], back: string, forth: string): boolean {
  const at = elements.indexOf(document.activeElement as HTMLElement);
  const last = elements.length - 1;
  const to = { [back]: Math.max(0, at - 1), [forth]: Math.min(last, at + 1), Home: 0, End: last }[e.key];
  if (to === undefined) return false;
  e.preventDefault();
  elements[to]?.focus();
  return true;
}

export function TabStrip({ ariaLabel, moreLabel, items, selectedKey, onSelect }: Props) {
  const css = tabStripClasses(useTheme());
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const strip = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [widths, setWidths] = useState<number[]>([]);
  const [open, setOpen] = useState(false);
  const texts = items.map(label).join("\n");

  // After paint (not a layout effect, which warns in static renders): the first frame shows every tab, clipped.
  useEffect(() => {
    const spans = Array.from(measure.current?.children ?? []) as HTMLElement[];
    setWidths(spans.map((s) => Math.ceil(s.getBoundingClientRect().width)));
  }, [texts]);
  useEffect(() => {
    const el = strip.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const watch = new ResizeObserver(() => setWidth(el.clientWidth));
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  useEffect(() => {
    if (!open) return;
    (menu.current?.querySelector("[role=menuitem]") as HTMLElement | null)?.focus();
    const away = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener("mousedown", away);
    return () => document.removeEventListener("mousedown", away);
  }, [open]);

  const selected = items.findIndex((i) => i.key === selectedKey);
  const more = widths[items.length] ?? 0;
  const fit =
    width === null || widths.length <= items.length
      ? { shown: items.map((_, i) => i), overflow: [] }
      : fitTabs(widths.slice(0, items.length), width, more, selected);
  const tabId = (key: string) => `${id}-tab-${key}`;
  const pick = (key: string) => {
    setOpen(false);
    onSelect(key);
    requestAnimationFrame(() => document.getElementById(tabId(key))?.focus());
  };
  const onStripKey = (e: KeyboardEvent) => {
    const tabs = Array.from(strip.current?.querySelectorAll<HTMLElement>("[role=tab]") ?? []);
    moveFocus(e, tabs, "ArrowLeft", "ArrowRight");
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const entries = Array.from(menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? []);
    if (moveFocus(e, entries, "ArrowUp", "ArrowDown")) return;
    if (e.key === "Escape" || e.key === "Tab") {
      if (e.key === "Escape") e.preventDefault();
      setOpen(false);
      document.getElementById(`${id}-more`)?.focus();
    }
  };
  const current = items[selected];
  return (
    <div className={css.root} ref={root}>
      <div className={css.measure} aria-hidden>
        <div className={css.measureRow} ref={measure}>
          {items.map((item) => (
            <span key={item.key}>{label(item)}</span>
          ))}
          <span>
            <FontIcon iconName="More" />
          </span>
        </div>
      </div>
      <div role="tablist" aria-label={ariaLabel} className={css.strip} ref={strip} onKeyDown={onStripKey}>
        {fit.shown.map((i) => {
          const item = items[i] as TabItem;
          const isSelected = i === selected;
          return (
            <button
              key={item.key}
              type="button"
              role="tab"
              id={tabId(item.key)}
              className={css.tab}
              aria-selected={isSelected}
              aria-controls={isSelected ? `${id}-panel` : undefined}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => pick(item.key)}
            >
              {label(item)}
            </button>
          );
        })}
        {fit.overflow.length > 0 && (
          <button
            type="button"
            role="tab"
            id={`${id}-more`}
            className={css.tab}
            aria-selected={false}
            aria-label={moreLabel}
            aria-haspopup="menu"
            aria-expanded={open}
            tabIndex={-1}
            onClick={() => setOpen((o) => !o)}
          >
            <FontIcon iconName="More" />
          </button>
        )}
      </div>
      {open && fit.overflow.length > 0 && (
        <div role="menu" aria-label={moreLabel} className={css.menu} ref={menu} onKeyDown={onMenuKey}>
          {fit.overflow.map((i) => {
            const item = items[i] as TabItem;
            return (
              <button
                key={item.key}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={css.item}
                onClick={() => pick(item.key)}
              >
                {label(item)}
              </button>
            );
          })}
        </div>
      )}
      {current && (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(current.key)}>
          {current.content}
        </div>
      )}
    </div>
  );
}
