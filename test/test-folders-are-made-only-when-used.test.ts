import fs from "node:fs";
import { temporaryDataDirectory } from "./support/temporary-folder";

// A suite skipped on one of the two passes runs no afterAll: a folder it asked for as it was declared must not exist.
describe("a test's temporary folder", () => {
  it("is made only when first used, keeps its path, and is gone after cleanup", () => {
    const made: string[] = [];
    const spy = jest.spyOn(fs, "mkdtempSync");
    try {
      const folder = temporaryDataDirectory("made-when-used");
      expect(spy).not.toHaveBeenCalled();
      made.push(folder.directory, folder.directory);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(made[1]).toBe(made[0]);
      expect(fs.statSync(made[0]).isDirectory()).toBe(true);
      fs.writeFileSync(`${made[0]}/file`, "x");
      folder.cleanup();
      expect(fs.existsSync(made[0])).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it("makes nothing when it is never used, and cleanup then removes nothing", () => {
    const spy = jest.spyOn(fs, "mkdtempSync");
    const rm = jest.spyOn(fs, "rmSync");
    try {
      temporaryDataDirectory("never-used").cleanup();
      expect(spy).not.toHaveBeenCalled();
      expect(rm).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      rm.mockRestore();
    }
  });
});
