import { displayText, editText, rawText } from "./cellDisplay";

describe("cell display", () => {
  it("numbers are right-aligned", () => {
    expect(displayText({ value: 42, numberFormat: "General" })).toEqual({ text: "42", align: "right" });
  });

  it("text is left-aligned and shown as is", () => {
    expect(displayText({ value: "=not a formula", numberFormat: "@" })).toEqual({
      text: "=not a formula",
      align: "left",
    });
  });

  it("booleans show as TRUE/FALSE", () => {
    expect(displayText({ value: true, numberFormat: "General" }).text).toBe("TRUE");
    expect(displayText({ value: false, numberFormat: "General" }).text).toBe("FALSE");
  });

  it("numbers formatted yyyy-mm-dd show as ISO dates", () => {
    expect(displayText({ value: 45_292, numberFormat: "yyyy-mm-dd" })).toEqual({ text: "2024-01-01", align: "right" });
  });

  it("text in a date-formatted cell stays text", () => {
    expect(displayText({ value: "soon", numberFormat: "yyyy-mm-dd" }).text).toBe("soon");
  });

  it("fixed-decimal formats round to their decimals", () => {
    expect(displayText({ value: 2.5, numberFormat: "0.00" }).text).toBe("2.50");
  });

  it("General numbers hide binary floating-point noise", () => {
    expect(displayText({ value: 0.1 + 0.2, numberFormat: "General" }).text).toBe("0.3");
  });

  it("error values are centred", () => {
    expect(displayText({ value: "#NAME?", numberFormat: "General" }).align).toBe("center");
  });

  it("the edit text is the formula when there is one, else the raw value", () => {
    expect(editText({ value: "#NAME?", formula: "=SUM(A1:A2)" })).toBe("=SUM(A1:A2)");
    expect(editText({ value: 45_292, formula: "" })).toBe("45292");
    expect(rawText(false)).toBe("FALSE");
  });
});
