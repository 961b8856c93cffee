/**
 * The dev host's "Open file…" and "Save a copy…" (toolbar buttons in index.html): real .xlsx files through
 * `xlsxFile.ts`, which — with ExcelJS and JSZip — is loaded only when a button is used (lazy chunks of this page,
 * never part of the add-in). Problems show as a message in the toolbar, not an alert.
 */
import type { SimWorkbookState } from "../excel-sim/simUserApi";

export interface FileMenuOptions {
  /** The workbook's state now (the caller saves pending changes to its document first). */
  current(): Promise<SimWorkbookState>;
  /** Makes `state` the document and reopens the page on it, as opening a file in Excel would; `name` is its file. */
  open(state: SimWorkbookState, name: string): Promise<void>;
}

const COPY_NAME = "Campaign Desk workbook.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const loadXlsxFile = () => import(/* webpackChunkName: "xlsx-file" */ "./xlsxFile");

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The dev host page has no #${id}.`);
  return element as T;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === "XlsxFileError") return error.message;
  return `the file could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function wireFileMenu(options: FileMenuOptions): void {
  const openButton = byId<HTMLButtonElement>("open-file");
  const input = byId<HTMLInputElement>("open-file-input");
  const saveButton = byId<HTMLButtonElement>("save-copy");
  const message = byId<HTMLElement>("file-message");

  const show = (text: string, kind: "info" | "error") => {
    message.textContent = text;
    message.dataset.kind = kind;
    message.setAttribute("role", kind === "error" ? "alert" : "status");
    message.hidden = text === "";
  };
  message.addEventListener("click", () => show("", "info"));

  const busy = async (label: string, work: () => Promise<void>, onError: (error: unknown) => string) => {
    openButton.disabled = saveButton.disabled = true;
    show(label, "info");
    try {
      await work();
      show("", "info");
    } catch (error) {
      console.error(error);
      show(onError(error), "error");
    } finally {
      openButton.disabled = saveButton.disabled = false;
    }
  };

  openButton.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    void busy(
      `Opening “${file.name}”…`,
      async () => {
        const { xlsxToWorkbook } = await loadXlsxFile();
        const state = await xlsxToWorkbook(await file.arrayBuffer());
        await options.open(state, file.name);
      },
      (error) => `Could not open “${file.name}”: ${reasonOf(error)}`,
    );
  });

  saveButton.addEventListener("click", () => {
    void busy(
      "Saving a copy…",
      async () => {
        const { workbookToXlsx } = await loadXlsxFile();
        download(await workbookToXlsx(await options.current()), COPY_NAME);
      },
      (error) => `Could not save a copy: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
