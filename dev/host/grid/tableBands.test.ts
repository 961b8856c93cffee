import type { SimTableView } from "../../excel-sim/simUserApi";
import { tableAt, tableBand } from "./tableBands";

const t: SimTableView = { name: "Prices", sheetName: "S", top: 2, left: 1, bottom: 5, right: 3 };
const empty: SimTableView = { name: "Empty", sheetName: "S", top: 10, left: 0, bottom: 10, right: 1 };

describe("table banding", () => {
  it("the table's first row is its header", () => {
    expect(tableBand([t], 2, 1)).toBe("header");
  });

  it("body rows alternate starting with band1", () => {
    expect([3, 4, 5].map((r) => tableBand([t], r, 2))).toEqual(["band1", "band2", "band1"]);
  });

  it("cells outside every table have no band", () => {
    expect(tableBand([t], 6, 1)).toBeNull();
    expect(tableBand([t], 3, 0)).toBeNull();
    expect(tableBand([t], 3, 4)).toBeNull();
  });

  it("a table with an empty body is just its header row", () => {
    expect(tableBand([t, empty], 10, 1)).toBe("header");
    expect(tableBand([t, empty], 11, 1)).toBeNull();
  });

  it("finds the table under a cell", () => {
    expect(tableAt([t, empty], 4, 3)?.name).toBe("Prices");
    expect(tableAt([t, empty], 9, 0)).toBeNull();
  });
});
