import * as Interaction from "@caseline/core/interactions/interaction";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("interactions", {
  "POST /cases/{id}/interactions": async ({ app, meta, params, body }) => {
    const logged = await Interaction.logOnCase(app, meta, params.id, body, Interaction.authorOf(meta.actor));
    return { status: 201, body: logged, headers: { location: `/cases/${params.id}/timeline` } };
  },
  "GET /cases/{id}/timeline": async ({ app, params, query }) => ({
    status: 200,
    body: await Interaction.caseTimeline(app, params.id, query),
  }),
  "POST /customers/{id}/interactions": async ({ app, meta, params, body }) => {
    const logged = await Interaction.log(app, meta, {
      customerId: params.id,
      input: body,
      author: Interaction.authorOf(meta.actor),
    });
    return { status: 201, body: logged, headers: { location: `/customers/${params.id}/timeline` } };
  },
  "GET /customers/{id}/timeline": async ({ app, params, query }) => ({
    status: 200,
    body: await Interaction.customerTimeline(app, params.id, query),
  }),
});
