/**
 * The file this pane works on, as one of its document's files (issue #11, "copies told apart"). A document (its id)
 * may have several files — a "Save As" copy, a copy sent and returned — and each file gets an instance id of its own
 * in its settings, next to the document id. The store remembers which file (where it was opened) each instance is:
 * a file that carries a known instance id but was opened elsewhere is a copy that meets its original here, and the
 * person chooses: merge it with the document (it becomes another file of it: its rows and the store's merge, each
 * file keeps the rows it shows apart) or keep it separate (a new document with a store of its own).
 */
import type { CopyChoice, EngineDocument, EngineStore } from "./syncEngine";
import type { WorkbookPort } from "../../workbook";
import type { Planner } from "../planner";
import { DOCUMENT_FORMAT, readDocumentIdentity, writeDocumentIdentity } from "./documentIdentity";
import type { DocumentIdentity } from "./documentIdentity";

export class DocumentSession {
  private identity: DocumentIdentity;
  private stored: boolean;
  private url = "";
  private chosen: ((choice: CopyChoice) => void) | null = null;

  constructor(
    private readonly workbook: WorkbookPort,
    private readonly store: Pick<EngineStore, "getInstance">,
    private readonly planner: Planner,
    document: EngineDocument,
    private readonly newId: () => string,
  ) {
    this.identity = { id: document.id, format: DOCUMENT_FORMAT, instance: newId() };
    this.stored = document.stored;
  }

  get documentId(): string {
    return this.identity.id;
  }

  /** The store's record of a binding for this file (copies of a document keep the rows each shows apart). */
  recordId(bindingId: string): string {
    return `${this.identity.instance}/${bindingId}`;
  }

  /** Reads this file's instance; returns the file it is a copy of when it meets its original here, else null. */
  async open(): Promise<string | null> {
    this.url = (await this.workbook.documentUrl().catch(() => null)) ?? "";
    const found = this.stored ? await readDocumentIdentity(this.workbook) : null;
    if (found?.instance) this.identity = { ...this.identity, ...found, instance: found.instance };
    else if (found) await this.claim(true); // a file from before instances: it gets one now
    const known = await this.store.getInstance(this.identity.instance ?? "");
    if (known && known.url !== "" && this.url !== "" && known.url !== this.url) return known.url;
    if (!known && this.stored) await this.remember();
    return null;
  }

  /**
   * Opens this file. A copy meeting its original here waits, after `ask`, for the person's choice (nothing is
   * reconciled meanwhile); false when the choice made it a document of its own (the pane opens again on its store).
   */
  async meet(ask: (copyOf: string) => void): Promise<boolean> {
    const of = await this.open();
    if (of === null) return true;
    const choice = new Promise<CopyChoice>((resolve) => (this.chosen = resolve));
    ask(of);
    return (await choice) === "merge";
  }

  /** Writes the document id and this file's instance into the workbook, once (with the first binding). */
  async claim(force = false): Promise<void> {
    if (this.stored && !force) return;
    await writeDocumentIdentity(this.workbook, this.identity);
    this.stored = true;
    await this.remember();
  }

  /** The person's choice for a copy that met its original: another file of the document, or a document of its own. */
  async choose(choice: CopyChoice): Promise<void> {
    const copyOf = this.identity.instance;
    const id = choice === "separate" ? this.newId() : this.identity.id;
    this.identity = { id, format: DOCUMENT_FORMAT, instance: this.newId(), ...(copyOf ? { copyOf } : {}) };
    await this.claim(true);
    this.chosen?.(choice);
    this.chosen = null;
  }

  private async remember(): Promise<void> {
    const instance = { id: this.identity.instance ?? "", url: this.url };
    await this.planner.op({ kind: "putInstance", instance }, { lang: "en", today: "", nowIso: "" });
  }
}
