import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { tagOf } from "../paneTestKit";
import { CheckField } from "./CheckField";
import { ModalDialog } from "./ModalDialog";
import { RadioGroup } from "./RadioGroup";
import { Select } from "./Select";
import { TextField } from "./TextField";

const OPTIONS = [
  { key: "", text: "(none)" },
  { key: "CP0001", text: "CP0001 – Spring" },
  { key: "CP0002", text: "CP0002 – Blocked", disabled: true },
];

function select(selectedKey: string | null, errorMessage = "", options = OPTIONS): string {
  const props = { label: "Campaign", selectedKey, options, onChange: () => undefined, errorMessage };
  return renderToStaticMarkup(createElement(Select, { ...props, "data-testid": "pick" }));
}

describe("[SP51] native fields in place of Fluent's Dropdown, Checkbox and Dialog", () => {
  test("[SP51] the select is labelled, shows the chosen option and marks disabled ones", () => {
    const html = select("CP0001");
    const id = /<label[^>]*for="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(tagOf(html, "pick")).toContain(`id="${id}"`);
    expect(html).toMatch(/<option value="CP0001" selected="">CP0001 – Spring<\/option>/);
    expect(html).toMatch(/<option value="CP0002" disabled="">/);
    expect(tagOf(html, "pick")).toContain('aria-invalid="false"');
  });

  test("[SP51] no choice shows an empty field, and an error is said at the field", () => {
    const html = select(null, "Unknown campaign", OPTIONS.slice(1));
    expect(html).toMatch(/<option value="" disabled="" hidden="" selected=""><\/option>/);
    expect(tagOf(html, "pick")).toContain('aria-invalid="true"');
    expect(html).toContain('role="alert"');
    expect(html).toContain("Unknown campaign");
  });

  test("[SP51] the checkbox carries its test id, state and label", () => {
    const html = renderToStaticMarkup(
      createElement(CheckField, {
        label: "Campaign target",
        checked: true,
        disabled: true,
        onChange: () => undefined,
        "data-testid": "box",
      }),
    );
    for (const attr of ['type="checkbox"', 'checked=""', 'disabled=""']) expect(tagOf(html, "box")).toContain(attr);
    expect(html).toContain("Campaign target</label>");
  });

  test("[SP51] a hidden dialog renders nothing inside; an open one its title, text and buttons", () => {
    const dialog = (hidden: boolean) =>
      renderToStaticMarkup(
        createElement(ModalDialog, {
          hidden,
          title: "Delete?",
          subText: "It cannot be undone.",
          onDismiss: () => undefined,
          footer: createElement("button", { "data-testid": "yes" }, "Yes"),
        }),
      );
    expect(tagOf(dialog(true), "yes")).toBeNull();
    expect(dialog(false)).toMatch(/<dialog[^>]*aria-labelledby="[^"]+-title".*Delete\?.*It cannot be undone\..*Yes/);
  });
});

describe("[SP54] the pane's own text field in place of Fluent's TextField", () => {
  const field = (props: Record<string, unknown>) =>
    renderToStaticMarkup(
      createElement(TextField, {
        label: "Unit cost",
        value: "12,5",
        "data-testid": "f",
        onChange: () => undefined,
        ...props,
      }),
    );

  test("[SP54] a labelled input with its value; read-only and invalid as attributes the tests and screen readers see", () => {
    const html = field({ readOnly: true, inputMode: "decimal" });
    const id = /<label for="([^"]+)"/.exec(html)?.[1];
    expect(tagOf(html, "f")).toContain(`id="${id}"`);
    for (const attr of ['value="12,5"', "readonly", 'aria-invalid="false"', 'inputMode="decimal"', 'type="text"'])
      expect(tagOf(html, "f")).toContain(attr);
    expect(tagOf(field({}), "f")).not.toContain("readonly");
  });

  test("[SP54] the description and the error are under the box and named by aria-describedby", () => {
    const html = field({ description: "Leave blank for the series.", errorMessage: "Cost must not be negative" });
    const describedBy = /aria-describedby="([^"]+)"/.exec(tagOf(html, "f") ?? "")?.[1]?.split(" ") ?? [];
    expect(describedBy).toHaveLength(2);
    for (const id of describedBy) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/role="alert"[^>]*>Cost must not be negative<\/p>/);
    expect(tagOf(html, "f")).toContain('aria-invalid="true"');
    expect(field({ multiline: true, rows: 6 })).toMatch(/<textarea [^>]*rows="6"[^>]*>12,5<\/textarea>/);
  });
});

test("[SP54] a choice of one is a fieldset of native radios under its legend, the chosen one checked", () => {
  const html = renderToStaticMarkup(
    createElement(RadioGroup, {
      label: "Keep which description?",
      selectedKey: "stored",
      options: [
        { key: "sheet", text: "This sheet: A" },
        { key: "stored", text: "The other copy: B" },
      ],
      onChange: () => undefined,
    }),
  );
  expect(html).toMatch(/^<fieldset[^>]*><legend[^>]*>Keep which description\?<\/legend>/);
  const names = [...html.matchAll(/type="radio" name="([^"]+)"/g)].map((m) => m[1]);
  expect(names).toHaveLength(2);
  expect(new Set(names).size).toBe(1);
  expect(html).toMatch(/value="sheet"\/>This sheet: A/);
  expect(html).toMatch(/checked="" value="stored"\/>The other copy: B/);
});
