import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { tagOf, textOf } from "../paneTestKit";
import { MessageBar, MessageBarType } from "./MessageBar";

const render = (messageBarType: MessageBarType, actions?: string) =>
  renderToStaticMarkup(
    createElement(MessageBar, { messageBarType, isMultiline: true, actions, "data-testid": "m" }, "Saved 3 rows"),
  );

describe("[SP52] the pane's message bar", () => {
  test("[SP52] errors and severe warnings are alerts; success, info and warnings polite status", () => {
    for (const kind of [MessageBarType.error, MessageBarType.severeWarning])
      expect(render(kind)).toContain('role="alert" aria-live="assertive"');
    for (const kind of [MessageBarType.success, MessageBarType.info, MessageBarType.warning])
      expect(render(kind)).toContain('role="status" aria-live="polite"');
  });

  test("[SP52] the test id is on the message alone; the bar holds it, its kind's icon and its actions", () => {
    const html = render(MessageBarType.success, "Undo");
    expect(tagOf(html, "m")).toBe('<span data-testid="m">');
    expect(textOf(html, "m")).toBe("Saved 3 rows");
    expect(html).toMatch(/^<div class="cd-MessageBar /);
    expect(html).toContain('data-icon-name="Completed"');
    expect(html).toMatch(/Saved 3 rows<\/span><\/div><div class="[^"]*">Undo<\/div>/);
    expect(render(MessageBarType.error)).toContain('data-icon-name="ErrorBadge"');
  });
});
