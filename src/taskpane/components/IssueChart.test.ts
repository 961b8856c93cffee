import { createElement } from "react";
import { issue } from "../paneTestKit";
import { renderToStaticMarkup } from "react-dom/server";
import { IssueChart } from "./IssueChart";

describe("the issue chart", () => {
  test("[PN9] bars are labelled with short titles in the person's language, not codes", () => {
    const issues = [
      issue("b", 1, "error", "UNKNOWN_SALESPERSON"),
      issue("b", 2, "error", "UNKNOWN_SALESPERSON"),
      issue("b", 3, "error", "INVALID_DATE"),
    ];
    const en = renderToStaticMarkup(createElement(IssueChart, { issues, lang: "en" }));
    expect(en).toContain(">Unknown salesperson<");
    expect(en).toContain(">Not a date<");
    expect(en).not.toMatch(/>UNKNOWN_SALESPERSON</);
    const da = renderToStaticMarkup(createElement(IssueChart, { issues, lang: "da" }));
    expect(da).toContain(">Ukendt sælger<");
  });
});
