import { queueFlows } from "./flows/queues.js";
import { browserSuite } from "./support.js";

// Work lists against one runtime and one browser: an agent's queue and a team queue ordered by SLA risk,
// and the supervisors' queue board.
const suite = browserSuite();
queueFlows(suite);
