import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import "../paneTestKit"; // icon warnings off
import { TabStrip } from "./TabStrip";

const items = [
  { key: "sheets", text: "Sheets", content: "the sheets" },
  { key: "issues", text: "Issues", count: 3, content: "the issues" },
];
const render = (selectedKey: string) =>
  renderToStaticMarkup(
    createElement(TabStrip, {
      ariaLabel: "Campaign Desk",
      moreLabel: "More tabs",
      items,
      selectedKey,
      onSelect: () => undefined,
    }),
  );

describe("[SP53] the pane's tab strip", () => {
  test("[SP53][PN2] a tablist of role=tab buttons; only the selected one is in the tab order", () => {
    const html = render("issues");
    expect(html).toContain('role="tablist" aria-label="Campaign Desk"');
    expect(html).toMatch(
      /<button type="button" role="tab"[^>]*aria-selected="false"[^>]*tabindex="-1"[^>]*>Sheets<\/button>/,
    );
    expect(html).toMatch(
      /<button type="button" role="tab"[^>]*aria-selected="true"[^>]*tabindex="0"[^>]*>Issues \(3\)<\/button>/,
    );
    expect(html).not.toContain("ms-Pivot");
  });

  test("[SP53] only the selected tab's content is rendered, in a tabpanel named by its tab", () => {
    const html = render("sheets");
    const tabId = /id="([^"]+)"[^>]*aria-selected="true"/.exec(html)?.[1];
    expect(html).toContain(`role="tabpanel"`);
    expect(html).toContain(`aria-labelledby="${tabId}">the sheets</div>`);
    expect(html).not.toContain("the issues");
  });
});

test("[SP53][PN3] rendering the strip logs no warning", () => {
  const spies = [jest.spyOn(console, "warn"), jest.spyOn(console, "error")];
  spies.forEach((s) => s.mockImplementation(() => undefined));
  try {
    render("sheets");
    expect(spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])))).toEqual([]);
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
});
