/** `OfficeExtension.EventHandlers` / `EventHandlerResult`: registration and removal take effect at the next sync. */
import type { SimClientObject } from "./clientObject";
import type { EventTargetRef, Registration, SimHandler } from "./eventHub";
import type { SimRequestContext } from "./requestContext";

export class SimEventHandlerResult {
  /** The context the handler was added with; `remove()` must be synced on it (as Office.js requires). */
  readonly context: SimRequestContext;
  /** @internal */
  _registration: Registration | undefined;

  constructor(context: SimRequestContext) {
    this.context = context;
  }

  remove(): void {
    this.context._enqueue({
      json: { removeHandler: true },
      run: () => {
        if (this._registration) this.context._engine.events.unregister(this._registration);
      },
    });
  }
}

/** Handlers of one event on one object; `A` is the event-args type. */
export class SimEventHandlers<T, A> {
  private readonly owner: SimClientObject<T>;
  private readonly toTarget: (target: T) => EventTargetRef;

  constructor(owner: SimClientObject<T>, toTarget: (target: T) => EventTargetRef) {
    this.owner = owner;
    this.toTarget = toTarget;
  }

  add(handler: (args: A) => Promise<unknown>): SimEventHandlerResult {
    const context = this.owner.context;
    const result = new SimEventHandlerResult(context);
    context._enqueue({
      json: { id: this.owner._id, addHandler: true },
      run: () => {
        result._registration = context._engine.events.register(
          this.toTarget(this.owner._need()),
          handler as SimHandler,
        );
      },
    });
    return result;
  }

  remove(handler: (args: A) => Promise<unknown>): void {
    const context = this.owner.context;
    context._enqueue({
      json: { id: this.owner._id, removeHandler: true },
      run: () => {
        const target = this.toTarget(this.owner._need());
        const key = (t: EventTargetRef): object => (t.kind === "table" ? t.table : t.sheet);
        const same = (t: EventTargetRef): boolean => t.kind === target.kind && key(t) === key(target);
        context._engine.events.unregisterHandler(same, handler as SimHandler);
      },
    });
  }
}
