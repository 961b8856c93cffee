/** The worker's shared texts never change a cell: each row reads as it was sent, whatever it holds. */
import fc from "fast-check";
import type { CellValue } from "../../workbook";
import { SharedTexts } from "./sharedTexts";

const cell = fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom("Campaign", "Item", ""), fc.double(), fc.boolean());

test("[SP61] rows keep every value, in place, across slices and after a clear", () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), { maxLength: 4 }), (slices) => {
      const texts = new SharedTexts();
      for (const slice of slices) {
        for (const row of slice as CellValue[][]) {
          const before = [...row];
          expect(texts.share(row)).toBe(row);
          expect(row).toEqual(before);
        }
        texts.clear();
      }
    }),
  );
});
