import { searchQuery, searchResult } from "@caseline/core/search/schemas";
import type { Contract } from "./contract.js";

export const searchContracts = {
  "GET /search": {
    query: searchQuery,
    responses: {
      200: {
        description:
          "Customers and cases that match, exact matches (email, phone, case number, external id) before names",
        schema: searchResult,
      },
    },
  },
} satisfies Record<string, Contract>;
