import { stopOnSignals } from "../shared/http";
import { startGateway } from "./index";

startGateway().then(
  (running) => {
    console.log(JSON.stringify({ level: "info", service: "gateway", msg: "ready", url: running.url }));
    stopOnSignals("gateway", running.stop);
  },
  (error) => {
    console.error(JSON.stringify({ level: "fatal", service: "gateway", msg: "could not start", error: String(error) }));
    process.exit(1);
  },
);
