/**
 * What every adapter module shares: the injected `Excel.run`, a sync that is counted, byte counters,
 * and the error codes we react to. Nothing here names the global `Excel` value.
 */
import { DelayWatch, systemTimers } from "./delayWatch";
import type { WorkbookTimers } from "./delayWatch";
import { ExcelRunner } from "./excelRunner";
import type { ExcelRun, RunOptions } from "./excelRunner";
import type { WorkbookStats } from "./workbookPort";

export type { ExcelRun } from "./excelRunner";

/** Excel on the web caps a request and a response at 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Share of the payload limit one request or response may use: leaves room for the API's own JSON. */
export const PAYLOAD_SHARE = 0.8;

/** What the host offers beyond the floor: `Office.context.requirements.isSetSupported` in production. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Counts round trips and approximate bytes, and owns the injected run. */
export class ExcelSession {
  private syncs = 0;
  private sent = 0;
  private received = 0;
  readonly budgetBytes: number;
  /** Bytes per body row seen at the last read of each table (sizes the next read's first chunk). */
  readonly rowSizeHints = new Map<string, { bytesPerRow: number; columns: number; rowCount?: number }>();
  /** Header captions seen at the last read of each table (predicts which columns' formats a read needs). */
  readonly headers = new Map<string, string[]>();
  /**
   * Body shape seen by the last read of each table, so the write that follows a reconcile's read needs no
   * extra round trip to learn it. Dropped when a change event for the table arrives or a write fails.
   */
  readonly shapes = new Map<string, { rowCount: number; columnCount: number; lastRowFormats: string[] }>();
  /** Only this adapter switches the add-in's events off, and always back on: no need to read the flag first. */
  eventsEnabled = true;

  /** Requests Excel holds (a person editing a cell). */
  readonly delays: DelayWatch;
  readonly runner: ExcelRunner;

  constructor(
    run: ExcelRun,
    payloadLimitBytes: number,
    readonly timers: WorkbookTimers = systemTimers,
    readonly isSetSupported: IsSetSupported = () => false,
  ) {
    this.budgetBytes = Math.floor(payloadLimitBytes * PAYLOAD_SHARE);
    this.delays = new DelayWatch(timers);
    this.runner = new ExcelRunner(run, this.delays, timers);
  }

  /** `Excel.run` with `delayForCellEdit: true`, retried while a host refuses it for cell-edit mode (excelRunner.ts). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T> {
    return this.runner.run(batch, options);
  }

  /** `context.sync()`, counted (failed syncs are round trips too) and watched for Excel holding it. */
  async sync(context: { sync(): Promise<void> }): Promise<void> {
    this.syncs += 1;
    await this.runner.sync(context);
  }

  countSent(bytes: number): void {
    this.sent += bytes;
  }

  countReceived(bytes: number): void {
    this.received += bytes;
  }

  stats(): WorkbookStats {
    return { syncs: this.syncs, bytesSent: this.sent, bytesReceived: this.received };
  }
}

/** JSON size of a value in UTF-8 bytes, as it travels in a request or response (Excel's limit is in bytes: F3). */
export function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) return arrayJsonLength(value);
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** Characters JSON escapes: `"`, `\`, control characters, and a lone surrogate (as `\udXXX`). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 bytes of a well-formed text: 1 to 3 bytes per UTF-16 unit outside surrogates, 4 per surrogate pair. */
export function utf8Bytes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/**
 * JSON length of cell arrays without building the JSON: per-row costing of a 100k-row write would
 * otherwise stringify every row twice on the UI thread. Exact for what cells hold (text, numbers, booleans).
 */
function arrayJsonLength(values: readonly unknown[]): number {
  let n = 2 + Math.max(0, values.length - 1); // [ ] and commas
  for (const v of values) {
    if (typeof v === "string") n += NEEDS_ESCAPE.test(v) ? utf8Bytes(JSON.stringify(v)) : utf8Bytes(v) + 2;
    else if (typeof v === "number") n += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === "boolean") n += v ? 4 : 5;
    else if (Array.isArray(v)) n += arrayJsonLength(v);
    else n += utf8Bytes(JSON.stringify(v) ?? "null");
  }
  return n;
}

/** The `code` of an Office.js error (`OfficeExtension.Error`), if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/**
 * Request or response too large: shrink the chunk and try again. A range read over Excel's 5,000,000-cell limit
 * (`RangeExceedsLimit`) is too large in the same way (F4).
 */
export function isPayloadLimitError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}

/** The error a cancelled read rejects with (`name === "AbortError"`, as `fetch` does). */
export function abortError(): Error {
  const error = new Error("Reading the table was cancelled.");
  error.name = "AbortError";
  return error;
}

/** Column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
