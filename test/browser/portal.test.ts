import { portalFlows } from "./flows/portal.js";
import { browserSuite } from "./support.js";

// The self-service portal at phone width, in two of its five languages.
const suite = browserSuite();
portalFlows(suite);
