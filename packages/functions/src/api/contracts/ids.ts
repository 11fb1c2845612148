import { z } from "zod";
import { idPattern } from "./contract.js";

export const id = z.string().min(1).max(64).regex(idPattern, "an id of letters, digits, - and _");
export const idParams = z.object({ id });
