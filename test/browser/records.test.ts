import { calendarFlows } from "./flows/calendar.js";
import { donorFlows } from "./flows/donors.js";
import { vehicleFlows } from "./flows/vehicles.js";
import { browserSuite } from "./support.js";

// Administration and the public-sector and nonprofit screens: calendars and SLA policies, a vehicle
// transfer from wizard to completion, and a gift with its receipt.
const suite = browserSuite();
calendarFlows(suite);
vehicleFlows(suite);
donorFlows(suite);
