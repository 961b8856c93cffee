/**
 * Base of every proxy object, with Office.js's queue semantics: methods and property sets only queue work;
 * `context.sync()` runs the queue in order; loaded values become readable after that sync, and reading a
 * property that was not loaded throws PropertyNotLoaded.
 */
import { SimError } from "../model/simError";
import type { SimRequestContext } from "./requestContext";

/** What a queued operation sees while a sync runs. */
export interface ExecState {
  /** Adds loaded data to the response (counted against the response payload limit). */
  respond(data: unknown): void;
  /** Runs once the whole sync has succeeded (makes loaded values readable). */
  afterCommit(fn: () => void): void;
}

/** One queued action: its JSON (counted against the request payload limit) and what it does. */
export interface Op {
  json: unknown;
  run(exec: ExecState): void;
  /** A call Excel cannot undo (e.g. deleting or renaming a sheet): it clears the undo stack, or fails a merged group. */
  notUndoable?: true;
}

/** `load("a,b")`, `load(["a", "b"])`, `load({ select: "a,b" })` or `load({ a: true, nav: { b: true } })`. */
export type LoadOption = string | string[] | { select?: string; expand?: string } | Record<string, unknown>;

function splitPaths(text: string): string[] {
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function objectPaths(option: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(option).flatMap(([key, value]) => {
    if (value && typeof value === "object") return objectPaths(value as Record<string, unknown>, `${prefix}${key}/`);
    return value ? [`${prefix}${key}`] : [];
  });
}

/** Property paths named by a load option; null means "all scalar properties". */
export function parseLoad(option: LoadOption | undefined): string[] | null {
  if (option === undefined) return null;
  if (typeof option === "string") return splitPaths(option);
  if (Array.isArray(option)) return option.flatMap(splitPaths);
  if (typeof option["select"] === "string") return splitPaths(option["select"]);
  return objectPaths(option, "");
}

/** How a proxy comes to be: already resolved (roots, collection items) or by a queued lookup. */
export type Origin<T> = { resolved: T } | { json: unknown; resolve: () => T | null };

export abstract class SimClientObject<T> {
  readonly context: SimRequestContext;
  /** @internal Document object behind the proxy; null for a null object; undefined until resolved. */
  _target: T | null | undefined = undefined;
  /** @internal */
  readonly _id: number;
  private readonly loadedValues = new Map<string, unknown>();
  private known = false;

  protected constructor(context: SimRequestContext, origin: Origin<T>) {
    this.context = context;
    this._id = context._nextId();
    if ("resolved" in origin) {
      this._target = origin.resolved;
      this.known = true;
      return;
    }
    context._enqueue({
      json: { id: this._id, get: origin.json },
      run: (exec) => {
        this._target = origin.resolve();
        exec.afterCommit(() => (this.known = true));
      },
    });
  }

  /** Scalar properties loaded by a bare `load()`. */
  protected abstract readonly scalarProps: readonly string[];
  /** Reads one property from the document object; throws InvalidArgument for unknown names. */
  protected abstract readProp(target: T, prop: string): unknown;
  /** Navigation properties (`worksheet`, `format`, `fill`) for paths like "worksheet/name". */
  protected nav(_name: string): SimClientObject<unknown> | undefined {
    return undefined;
  }

  /** True when the object does not exist (`*OrNullObject`); readable after the sync that looked it up. */
  get isNullObject(): boolean {
    if (!this.known) throw SimError.propertyNotLoaded("isNullObject");
    return this._target === null;
  }

  /** @internal The resolved document object; ItemNotFound for a null object. */
  _need(): T {
    if (this._target === null) throw SimError.itemNotFound(`${this.constructor.name} (null object)`);
    if (this._target === undefined) throw new SimError("InvalidObjectPath", "The object path is not valid.");
    return this._target;
  }

  /** @internal Target of a parent during a lookup: null propagates (child of a null object is a null object). */
  static _parentTarget<P>(parent: SimClientObject<P>): P | null {
    return parent._target === null ? null : parent._need();
  }

  /** @internal Snapshot of properties for a response (null values for a null object). */
  _snapshot(props: readonly string[]): Record<string, unknown> {
    const snap: Record<string, unknown> = {};
    const target = this._target;
    for (const p of props) snap[p] = target === null || target === undefined ? null : this.readProp(target, p);
    return snap;
  }

  /** @internal Makes loaded values readable. */
  _commit(snap: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(snap)) this.loadedValues.set(k, v);
    this.known = true;
  }

  load(option?: LoadOption): this {
    const paths = parseLoad(option);
    const own: string[] = [];
    const navPaths = new Map<string, string[]>();
    for (const path of paths ?? this.scalarProps) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const nav = this.nav(head);
      if (nav) navPaths.set(head, [...(navPaths.get(head) ?? []), ...(slash < 0 ? [] : [path.slice(slash + 1)])]);
      else if (slash < 0) own.push(path);
      else throw SimError.invalidArgument(`Unknown navigation property '${head}'.`);
    }
    this.queueLoad(own);
    for (const [head, rest] of navPaths) this.nav(head)?.load(rest.length > 0 ? rest : undefined);
    return this;
  }

  /** @internal Queues a load of own scalar properties. */
  protected queueLoad(props: readonly string[]): void {
    if (props.length === 0) return;
    this.context._enqueue({
      json: { id: this._id, load: props },
      run: (exec) => {
        const snap = this._snapshot(props);
        exec.respond(snap);
        exec.afterCommit(() => this._commit(snap));
      },
    });
  }

  /** Reads a loaded (or locally set) property, else throws PropertyNotLoaded like Office.js. */
  protected get<V>(prop: string): V {
    if (!this.loadedValues.has(prop)) throw SimError.propertyNotLoaded(prop);
    return this.loadedValues.get(prop) as V;
  }

  /** Queues a property set; like Office.js the proxy keeps the value it was given. */
  protected set(prop: string, value: unknown, apply: (target: T) => void, notUndoable = false): void {
    this.loadedValues.set(prop, value);
    const run = () => apply(this._need());
    this.context._enqueue({ json: { id: this._id, set: prop, value }, run, ...(notUndoable ? { notUndoable } : {}) });
  }

  /** Queues a method call. */
  protected call(method: string, args: readonly unknown[], apply: (target: T) => void, notUndoable = false): void {
    const run = () => apply(this._need());
    this.context._enqueue({ json: { id: this._id, call: method, args }, run, ...(notUndoable ? { notUndoable } : {}) });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}
