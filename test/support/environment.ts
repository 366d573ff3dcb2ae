import os from "node:os";
import path from "node:path";

// One development key set for all test workers and the processes they start.
process.env.HUB_KEYS_DIR ??= path.join(os.tmpdir(), "hub-test-keys");
process.env.HUB_REMINDERS ??= "off"; // a test that means the scheduler to run starts it itself

// The tests are a composition root: every department is registered, as in the gateway and npm start.
import "../../subgraphs/departments";
