/**
 * Contract: Excel's cell-edit mode, run against dev/excel-sim.
 * CELL_EDIT: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
 * ERRORS: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   ("InvalidOperationInCellEditMode: the operation isn't available while Excel is in Edit cell mode").
 * RUN_OPTIONS: https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 *   ("When true, the batch request is executed immediately if the user is not in cell edit mode, but if the user is
 *   in cell edit mode then the batch request is delayed until the user exits cell edit mode").
 */
import { createExcelSim, type ExcelSim, type SimRequestContext } from "../../dev/excel-sim";

function write(sim: ExcelSim, text: string, delayForCellEdit?: boolean): Promise<void> {
  const batch = async (context: SimRequestContext) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[text]];
    await context.sync();
  };
  return delayForCellEdit === undefined ? sim.run(batch) : sim.run({ delayForCellEdit }, batch);
}

const settled = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? "rejected",
  );

describe("Excel cell-edit mode contract", () => {
  it("ERRORS: while a person edits a cell, a run without delayForCellEdit fails and changes nothing", async () => {
    const sim = createExcelSim();
    sim.userBeginCellEdit("Sheet1", 0, 0);
    await expect(write(sim, "plain")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(write(sim, "false", false)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sim.cell("Sheet1", 0, 1).value).toBe("");
  });

  it("CELL_EDIT: with delayForCellEdit: true the run waits until the person leaves the cell, then runs", async () => {
    const sim = createExcelSim();
    sim.userBeginCellEdit("Sheet1", 0, 0);
    const held = settled(write(sim, "later", true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const whileEditing = sim.cell("Sheet1", 0, 1).value;
    sim.userEndCellEdit("typed");
    expect(await held).toBe("resolved");
    expect({ whileEditing, typed: sim.cell("Sheet1", 0, 0).value, written: sim.cell("Sheet1", 0, 1).value }).toEqual({
      whileEditing: "",
      typed: "typed",
      written: "later",
    });
  });

  it("RUN_OPTIONS: outside cell-edit mode a run with or without the option runs at once", async () => {
    const sim = createExcelSim();
    await write(sim, "a", true);
    await write(sim, "b");
    expect(sim.cell("Sheet1", 0, 1).value).toBe("b");
  });

  it("CELL_EDIT: leaving the cell with Esc commits nothing and releases the held run", async () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["before"]]);
    sim.userBeginCellEdit("Sheet1", 0, 0);
    const held = settled(write(sim, "x", true));
    sim.userEndCellEdit();
    expect(await held).toBe("resolved");
    expect([sim.cell("Sheet1", 0, 0).value, sim.editingCell()]).toEqual(["before", null]);
  });
});
