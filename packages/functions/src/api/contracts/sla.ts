import { notificationView } from "@caseline/core/notifications/notifications";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import { queueName, queueSettings, queueView } from "@caseline/core/queues/queues";
import { boardQuery, boardView, workList, workListQuery } from "@caseline/core/queues/work";
import { policyDefinition, policyView } from "@caseline/core/sla/policy-schema";
import { caseSlaView } from "@caseline/core/sla/sla-api-schemas";
import { z } from "zod";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

export const slaContracts = {
  "POST /sla-policies": {
    body: policyDefinition,
    idempotent: true,
    responses: {
      201: { description: "Created, with its id; open cases are recomputed in the background", schema: policyView },
      422: { description: "The calendar it names does not exist" },
    },
  },
  "GET /sla-policies": {
    responses: {
      200: {
        description: "Every policy, in the order they are tried",
        schema: z.object({ items: z.array(policyView) }),
      },
    },
  },
  "GET /sla-policies/{id}": {
    params: idParams,
    responses: { 200: { description: "The policy", schema: policyView } },
  },
  "PUT /sla-policies/{id}": {
    params: idParams,
    body: policyDefinition,
    versioned: true,
    responses: { 200: { description: "Replaced; open cases are recomputed in the background", schema: policyView } },
  },
  "DELETE /sla-policies/{id}": {
    params: idParams,
    versioned: true,
    responses: { 204: { description: "Deleted; its cases fall to the next policy that matches" } },
  },
  "GET /cases/{id}/sla": {
    params: idParams,
    responses: { 200: { description: "Each metric's clock, read now", schema: caseSlaView } },
  },
} satisfies Record<string, Contract>;

export const workContracts = {
  "GET /queues": {
    responses: { 200: { description: "Every configured queue", schema: z.object({ items: z.array(queueView) }) } },
  },
  "PUT /queues/{name}": {
    params: z.object({ name: queueName }),
    body: queueSettings,
    versioned: "when-exists",
    responses: { 200: { description: "The queue's settings as stored", schema: queueView } },
  },
  "GET /queues/{name}/cases": {
    params: z.object({ name: queueName }),
    query: workListQuery,
    responses: {
      200: {
        description:
          "The queue's open cases, most at risk first: breached (longest overdue first), then by the earliest target; cases with no running clock last",
        schema: workList,
      },
    },
  },
  "GET /agents/{id}/cases": {
    params: z.object({ id: z.string().trim().min(1).max(128).describe("A user id (the token's sub), or `me`") }),
    query: workListQuery,
    responses: {
      200: { description: "The person's open cases, most at risk first (`me`: my queue)", schema: workList },
    },
  },
  "GET /queue-board": {
    query: boardQuery,
    responses: {
      200: {
        description:
          "Per queue (every queue with open cases, and every configured queue): the backlog, how much is at risk or breached, and the same per agent",
        schema: boardView,
      },
    },
  },
  "GET /notifications": {
    query: pageQuery,
    responses: { 200: { description: "Your notifications, newest first", schema: pageOf(notificationView) } },
  },
} satisfies Record<string, Contract>;
