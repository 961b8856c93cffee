// Must be imported before @fluentui/react: no font downloads from Microsoft's CDN (system Segoe UI is used).
(globalThis as unknown as { FabricConfig: object }).FabricConfig = { fontBaseUrl: "" };
export {};
