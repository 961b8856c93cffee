/** Base of collection proxies: `load("items/name")` (or `load("name")`, `load()`) fills `.items`. */
import { SimClientObject, parseLoad, type LoadOption } from "./clientObject";

export abstract class SimCollection<
  T,
  ItemTarget,
  Item extends SimClientObject<ItemTarget>,
> extends SimClientObject<T> {
  protected readonly scalarProps: readonly string[] = [];
  /** Properties each item gets from `load("items")` or a bare `load()`. */
  protected abstract readonly itemProps: readonly string[];
  protected abstract list(target: T): ItemTarget[];
  protected abstract makeItem(target: ItemTarget): Item;

  protected readProp(_target: T, _prop: string): unknown {
    return undefined;
  }

  get items(): Item[] {
    return this.get<Item[]>("items");
  }

  override load(option?: LoadOption): this {
    const props: string[] = [];
    for (const path of parseLoad(option) ?? ["items"]) {
      if (path === "items") for (const prop of this.itemProps) props.push(prop);
      else props.push(path.startsWith("items/") ? path.slice("items/".length) : path);
    }
    this.context._enqueue({
      json: { id: this._id, load: ["items", ...props] },
      run: (exec) => {
        const proxies = this.list(this._need()).map((t) => this.makeItem(t));
        const snaps = proxies.map((p) => p._snapshot(props));
        exec.respond(snaps);
        exec.afterCommit(() => {
          proxies.forEach((p, i) => p._commit(snaps[i] ?? {}));
          this._commit({ items: proxies });
        });
      },
    });
    return this;
  }
}
