// Where the real manifest, assets and command sources live, read once for the tests.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestInputs } from "./validateManifest";

export const ROOT_DIR = join(__dirname, "..", "..");
export const ASSETS_DIR = join(ROOT_DIR, "assets");
export const COMMANDS_DIR = join(ROOT_DIR, "src", "commands");

export const manifestXml = readFileSync(join(ROOT_DIR, "manifest.xml"), "utf8");
export const commandsSource = readFileSync(join(COMMANDS_DIR, "commands.ts"), "utf8");

/** Reads a file from assets/, or undefined if it is missing (names with path separators never resolve). */
export function readAsset(fileName: string): Buffer | undefined {
  if (fileName.includes("/") || fileName.includes("\\") || fileName.startsWith(".")) return undefined;
  const file = join(ASSETS_DIR, fileName);
  return existsSync(file) ? readFileSync(file) : undefined;
}

export const realInputs: ManifestInputs = { readAsset, commandsSource };
