export { CLI_BIN, ensureBuilt, REPO_ROOT } from "./build.js";
export { closedTcpPort, closedUdpPort, pickRoomPorts, type RoomPorts } from "./free-ports.js";
export { check, type ReportJson, readOnlyReport, readReports } from "./report.js";
export { type RunningRoom, startRoom } from "./room.js";
export {
  type CliOptions,
  type CliRun,
  collect,
  killAllCli,
  runCli,
  spawnCli,
  stackTraceLines,
} from "./run-cli.js";
export { type ServeHandle, type ServeListener, ServeStartError, startServe } from "./serve.js";
