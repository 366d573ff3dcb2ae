// Loads a worker module from its TypeScript sources, for a worker pool run
// from the sources rather than the build (the tests run the sources): each
// .ts file is transpiled as it is required, with the project's settings.
// The built hub never uses this file; its workers are compiled JavaScript.
const fs = require("node:fs");
const path = require("node:path");
const { workerData } = require("node:worker_threads");
const ts = require("typescript");

const root = path.resolve(__dirname, "../..");
const { config } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { ...options, sourceMap: false, inlineSourceMap: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

module.exports = require(workerData.module);
