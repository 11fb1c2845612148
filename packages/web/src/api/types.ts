import type { ApiResponse } from "./client";

export type CaseView = ApiResponse<"/cases/{id}", "get">;
export type CaseSla = ApiResponse<"/cases/{id}/sla", "get">;
export type MetricClock = CaseSla["metrics"][number];
export type Customer360 = ApiResponse<"/customers/{id}/360", "get">;
export type CustomerView = NonNullable<Customer360["profile"]>;
export type SearchHit = ApiResponse<"/search", "get">["items"][number];
export type InteractionView = ApiResponse<"/cases/{id}/timeline", "get">["items"][number];
export type PortalCase = ApiResponse<"/portal/cases/{id}", "get">;
export type WorkPage = ApiResponse<"/queues/{name}/cases", "get">;
export type WorkItem = WorkPage["items"][number];
export type SlaState = WorkItem["sla"]["state"];
export type QueueBoard = ApiResponse<"/queue-board", "get">;
export type QueueSummary = QueueBoard["queues"][number];
