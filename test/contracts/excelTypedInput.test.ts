/**
 * Contract: how Excel reads strings written to Range.values and text a person types, per locale (paste rules PS11,
 * PS12). Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * "@" starts a formula too (the implicit intersection operator; Microsoft Support, "Implicit intersection operator: @").
 * A cell formatted as Text ("@") keeps what is entered as text (Microsoft KB 141765, archived at
 * https://mskb.pkisolutions.com/kb/141765). Typed numbers and dates follow the regional settings: the decimal and
 * thousands separators (Microsoft Support, "Change the character used to separate thousands or decimals") and the
 * order of day and month; a date typed without a year takes the current one. What the sim cannot show is for the
 * device checklist: "+1" as a formula "=+1" and "@x" as "#NAME?" are the sim's reading of the Range.values sentence.
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import type { CellValue } from "../../src/workbook";

/** Excel's serial of a day (1900 date system, after February 1900). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const AWKWARD = ["+1", "-1", "@x", "00123", "TRUE", "1-2"];

/** Writes `texts` into one column of General cells, optionally making them Text first in the same batch. */
async function writeAndRead(sim: ExcelSim, texts: readonly string[], textFirst: boolean) {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, texts.length, 1);
    range.numberFormat = texts.map(() => ["General"]);
    await context.sync();
    if (textFirst) range.numberFormat = texts.map(() => ["@"]);
    range.values = texts.map((t) => [t]);
    const back = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, texts.length, 1);
    back.load("values,formulas");
    await context.sync();
    return { values: back.values.map((r) => r[0]), formulas: back.formulas.map((r) => r[0]) };
  });
}

describe("[PS11] text written into General cells", () => {
  test("+1, -1, @x, 00123, TRUE and 1-2 become formulas, numbers, a boolean and a date", async () => {
    const sim = createExcelSim(undefined, { year: 2026 });
    const { values, formulas } = await writeAndRead(sim, AWKWARD, false);
    expect(values).toEqual([1, -1, "#NAME?", 123, true, serial(2026, 1, 2)]);
    expect(formulas).toEqual(["=+1", -1, "=@x", 123, true, serial(2026, 1, 2)]);
  });

  test('made Text ("@") first, in the same batch, each stays exactly the text written', async () => {
    const sim = createExcelSim(undefined, { year: 2026 });
    const { values, formulas } = await writeAndRead(sim, AWKWARD, true);
    expect(values).toEqual(AWKWARD);
    expect(formulas).toEqual(AWKWARD);
  });
});

describe("[PS12] typed input follows the host's locale", () => {
  const typed = (sim: ExcelSim, texts: string[]): CellValue[] => {
    sim.userEdit(
      "Sheet1",
      0,
      0,
      texts.map((t) => [t]),
    );
    return texts.map((_, row) => sim.cell("Sheet1", row, 0).value);
  };

  test("in Danish Excel 1.000 is a thousand, 1,500 is one and a half, 1.5 is the 1st of May and SAND is true", () => {
    const sim = createExcelSim(undefined, { locale: "da-DK", year: 2026 });
    expect(typed(sim, ["1.000", "1,500", "1.5", "12,5%", "SAND", "TRUE", "1-2", "2026-03-01"])).toEqual([
      1000,
      1.5,
      serial(2026, 5, 1),
      0.125,
      true,
      "TRUE",
      serial(2026, 2, 1),
      serial(2026, 3, 1),
    ]);
  });

  test("in US Excel 1.000 is one, 1,500 is fifteen hundred, 1.5 is a number and 1-2 is the 2nd of January", () => {
    const sim = createExcelSim(undefined, { locale: "en-US", year: 2026 });
    expect(typed(sim, ["1.000", "1,500", "1.5", "12.5%", "FALSE", "1-2", "3/1/2026"])).toEqual([
      1,
      1500,
      1.5,
      0.125,
      false,
      serial(2026, 1, 2),
      serial(2026, 3, 1),
    ]);
  });
});
