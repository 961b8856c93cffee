import { downloadsWork } from "./platform";

test("[TK24] downloads from the pane work but in Excel on Mac (office-js #2700) and on iPad", () => {
  expect(downloadsWork("Mac")).toBe(false);
  expect(downloadsWork("iOS")).toBe(false);
  expect(["PC", "OfficeOnline", "Universal", "Android", undefined, null].map(downloadsWork)).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
});
