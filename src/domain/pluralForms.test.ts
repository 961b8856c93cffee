import { choosePlurals } from "./pluralForms";

test("[PN4] one form for 1 (also written 1 or with grouping), the other for any other count", () => {
  const text = "{n} {n|row|rows} · {m|issue|issues}";
  expect(choosePlurals(text, { n: 1, m: 2 })).toBe("{n} row · issues");
  expect(choosePlurals(text, { n: "1", m: "1" })).toBe("{n} row · issue");
  expect(choosePlurals(text, { n: "1.000", m: 0 })).toBe("{n} rows · issues");
  expect(choosePlurals("{n|række|rækker}", {})).toBe("rækker");
});
