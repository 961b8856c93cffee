import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { tagOf } from "../paneTestKit";
import { ActionButton, DefaultButton, IconButton, PrimaryButton } from "./Button";
import type { ButtonProps } from "./Button";

const render = (kind: (p: ButtonProps) => unknown, props: ButtonProps) =>
  renderToStaticMarkup(createElement(kind as (p: ButtonProps) => null, { "data-testid": "b", ...props }));

describe("[SP52] the pane's own buttons", () => {
  test("[SP52] each look is a plain <button type=button> with its text, not Fluent's BaseButton", () => {
    for (const [kind, look] of [
      [PrimaryButton, "primary"],
      [DefaultButton, "default"],
      [ActionButton, "action"],
    ] as const) {
      const html = render(kind, { text: "Save" });
      expect(tagOf(html, "b")).toMatch(new RegExp(`^<button type="button" class="cd-Button cd-Button--${look} `));
      expect(html).toContain("<span>Save</span>");
      expect(html).not.toContain("ms-Button");
    }
  });

  test("[SP52] an icon button is named for screen readers and its glyph is hidden from them", () => {
    const html = render(IconButton, { iconProps: { iconName: "Calendar" }, ariaLabel: "Open calendar", title: "Cal" });
    expect(tagOf(html, "b")).toContain('aria-label="Open calendar"');
    expect(tagOf(html, "b")).toContain('title="Cal"');
    expect(html).toMatch(/<i data-icon-name="Calendar" aria-hidden="true"/);
  });

  test("[SP52] disabled: native disabled, or focusable with aria-disabled and no click", () => {
    expect(tagOf(render(DefaultButton, { text: "x", disabled: true }), "b")).toMatch(
      /disabled="".*aria-disabled="true"/,
    );
    const focusable = tagOf(render(DefaultButton, { text: "x", disabled: true, allowDisabledFocus: true }), "b");
    expect(focusable).toContain('aria-disabled="true"');
    expect(focusable).not.toContain('disabled=""');
    expect(tagOf(render(DefaultButton, { text: "x" }), "b")).not.toContain("disabled");
    expect(tagOf(render(PrimaryButton, { text: "Go", type: "submit" }), "b")).toContain('type="submit"');
  });
});
