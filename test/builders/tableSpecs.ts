/** Small table specs for adapter tests that need a table and nothing of the domain. */
import type { TableSpec } from "../../src/workbook";

/** Two text columns, as a campaign sheet starts. */
export const TWO_COLUMN_SPEC: TableSpec = {
  sheetName: "Campaigns",
  tableName: "tblCampaigns",
  columns: [
    { caption: "No.", numberFormat: "@" },
    { caption: "Description", numberFormat: "@" },
  ],
};
