/**
 * A workbook's identity: a document id, written once in the workbook's settings when its first table is bound
 * (settings are one JSON bag per add-in, last writer wins, so only write-once facts live there:
 * docs/spec/document-layout.md). The local store is one database per document id.
 */
import type { WorkbookPort } from "../../workbook";

export const DOCUMENT_KEY = "campaignDesk.document";
/** The layout of what the workbook carries (docs/spec/document-layout.md); bumped when it changes. */
export const DOCUMENT_FORMAT = 1;

export interface DocumentIdentity {
  id: string;
  format: number;
  /** This file's own id among the document's files (a copy gets a new one when it meets its original). */
  instance?: string;
  /** The instance this file was copied from, when the person merged a copy. */
  copyOf?: string;
}

/** The workbook's identity, or null for a workbook the add-in never bound a table in. */
export async function readDocumentIdentity(workbook: WorkbookPort): Promise<DocumentIdentity | null> {
  const text = await workbook.readMetadata(DOCUMENT_KEY);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<DocumentIdentity>;
    if (typeof parsed.id !== "string" || parsed.id === "") return null;
    return {
      id: parsed.id,
      format: typeof parsed.format === "number" ? parsed.format : DOCUMENT_FORMAT,
      ...(typeof parsed.instance === "string" ? { instance: parsed.instance } : {}),
      ...(typeof parsed.copyOf === "string" ? { copyOf: parsed.copyOf } : {}),
    };
  } catch {
    return null;
  }
}

export async function writeDocumentIdentity(workbook: WorkbookPort, identity: DocumentIdentity): Promise<void> {
  await workbook.writeMetadata(DOCUMENT_KEY, JSON.stringify(identity));
}

/** The IndexedDB database of a document's local store. */
export function databaseNameOf(documentId: string): string {
  return `campaign-desk-${documentId}`;
}

/**
 * The document a workbook is, for the composition root: its id (a new one, written with the first binding, for a
 * workbook the add-in never bound a table in) and the database of its local store. One store per document: a
 * workbook never receives another workbook's rows.
 */
export async function openDocument(
  workbook: WorkbookPort,
  newId: () => string,
): Promise<{ document: { id: string; stored: boolean }; dbName: string }> {
  const identity = await readDocumentIdentity(workbook).catch(() => null);
  const document = identity ? { id: identity.id, stored: true } : { id: newId(), stored: false };
  return { document, dbName: databaseNameOf(document.id) };
}
