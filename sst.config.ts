import type { SSTConfig } from "sst";
import { Api } from "./stacks/Api.js";
import { Auth } from "./stacks/Auth.js";
import { Events } from "./stacks/Events.js";
import { Sla } from "./stacks/Sla.js";
import { isProductionStage, Storage } from "./stacks/Storage.js";
import { Web } from "./stacks/Web.js";
import { Workflows } from "./stacks/Workflows.js";

export default {
  config() {
    return {
      name: "caseline",
      region: process.env.AWS_REGION ?? "us-east-1",
    };
  },
  stacks(app) {
    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      tracing: "active",
      memorySize: 512,
    });
    // Ephemeral stages go away whole with `sst remove`; production keeps its data (see stacks/Storage.ts).
    if (!isProductionStage(app.stage)) app.setDefaultRemovalPolicy("destroy");

    // Ordered so that every `use()` points backwards: no cross-stack cycles.
    app.stack(Storage).stack(Auth).stack(Sla).stack(Events).stack(Workflows).stack(Api).stack(Web);
  },
} satisfies SSTConfig;
