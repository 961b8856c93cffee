/**
 * Writes dist/taskpane-files.json: every JS file the task pane page can load — its entry's chunks and, through
 * them, every lazy chunk — for scripts/bundleSize.mjs (#14, rule SP1). Chunk groups that are entry points of
 * their own (the plan worker) are not the page's: they are left out, and so are the dev host's own chunks.
 */
const ENTRY = "taskpane";

class TaskpaneFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TaskpaneFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TaskpaneFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = new Set();
          const seen = new Set();
          const visit = (group) => {
            if (seen.has(group)) return;
            seen.add(group);
            for (const chunk of group.chunks) for (const f of chunk.files) if (f.endsWith(".js")) files.add(f);
            for (const child of group.childrenIterable) if (!child.isInitial()) visit(child);
          };
          visit(compilation.entrypoints.get(ENTRY));
          const json = JSON.stringify({ entry: ENTRY, files: [...files].sort() }, null, 2);
          compilation.emitAsset("taskpane-files.json", new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = { TaskpaneFilesPlugin };
