import { runService } from "../shared/service/main";
import { startGateway } from "./index";

runService("gateway", (logger) => startGateway({ logger }));
