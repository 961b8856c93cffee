/**
 * The error the sim throws, shaped like OfficeExtension.Error ("RichApi.Error" with `code`, `message`, `debugInfo`),
 * so add-in code that inspects `error.code` behaves the same against the sim and against Excel.
 */
export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  static propertyNotLoaded(property: string): SimError {
    return new SimError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  static itemNotFound(what: string): SimError {
    return new SimError("ItemNotFound", "The requested resource doesn't exist.", what);
  }

  static invalidArgument(message: string): SimError {
    return new SimError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${message}`);
  }

  static itemAlreadyExists(what: string): SimError {
    return new SimError("ItemAlreadyExists", "The resource being created already exists.", what);
  }
}
