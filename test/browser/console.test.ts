import { agentFlows } from "./flows/agent.js";
import { signInFlows } from "./flows/sign-in.js";
import { supervisorFlows } from "./flows/supervisor.js";
import { browserSuite } from "./support.js";

// The console's everyday work against one runtime and one browser: sign-in per role, the agent's path
// from search to reply with live SLA clocks, and a supervisor's bulk action.
const suite = browserSuite();
signInFlows(suite);
agentFlows(suite);
supervisorFlows(suite);
