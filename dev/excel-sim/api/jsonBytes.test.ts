/** The sim's payload count equals the UTF-8 length of the JSON text Office.js would send, without the text. */
import fc from "fast-check";
import { jsonBytes } from "./jsonBytes";

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe("jsonBytes", () => {
  test("equals the UTF-8 length of JSON.stringify for any JSON-able value", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: false, withMap: true, withSet: true, withDate: true, withNullPrototype: true }),
        (value) => {
          const text = JSON.stringify(value);
          expect(jsonBytes(value)).toBe(text === undefined ? 0 : utf8(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("counts escapes, astral characters, lone surrogates and left-out members as the text has them", () => {
    const value = {
      a: 'q"\\\n\t\u0001é€😀',
      lone: "\ud800x\udc00",
      gone: undefined,
      f: () => 1,
      list: [undefined, NaN, -0, 1e21, 1.5, null, true, false, new Date(0)],
      hole: [1, , 3],
    };
    expect(jsonBytes(value)).toBe(utf8(JSON.stringify(value)));
  });
});
