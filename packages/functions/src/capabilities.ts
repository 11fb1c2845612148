/**
 * What a function may reach. Route groups, bus-rule targets and background functions declare theirs;
 * the stacks turn each into least-privilege IAM statements and the environment variables to find it.
 */
export type Capability =
  /** GetItem, BatchGetItem, Query and ConditionCheck on the table and its indexes. */
  | "table:read"
  /** Put, Update, Delete and BatchWrite items on the table (transactions are authorised per item). */
  | "table:write"
  /** Scan the table: only full-table workflows, never a request path. */
  | "table:scan"
  /** PutEvents on the stage's bus. */
  | "bus:put"
  /** Create, update and delete schedules in the stage's group, passing the scheduler role. */
  | "timers:arm"
  /** Start an export execution. */
  | "exports:start"
  /** Read an export execution's status. */
  | "exports:status"
  /** Read objects in the exports bucket. */
  | "exports:read"
  /** Write objects to the exports bucket. */
  | "exports:write";
