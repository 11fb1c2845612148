// Generated from GET /openapi.json by packages/web/scripts/openapi-types.ts: do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API's OpenAPI 3.1 document
         * @description Public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description This document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "person" | "organization";
                        displayName: string;
                        names?: {
                            given?: string;
                            middle?: string;
                            family?: string;
                            legal?: string;
                            trading?: string;
                        };
                        emails?: (string | {
                            /** Format: email */
                            address: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "home" | "work" | "other";
                            /** @default false */
                            primary?: boolean;
                            /** @default false */
                            verified?: boolean;
                        })[];
                        phones?: (string | {
                            number: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "mobile" | "home" | "work" | "other";
                            /** @default false */
                            primary?: boolean;
                            country?: string;
                        })[];
                        addresses?: {
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "home" | "work" | "billing" | "shipping" | "other";
                            lines: string[];
                            city: string;
                            region?: string;
                            postalCode?: string;
                            country: string;
                        }[];
                        /** @enum {string} */
                        preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                        preferredLanguage?: string;
                        /** @enum {string} */
                        tier?: "standard" | "silver" | "gold" | "platinum";
                        creditLimit?: {
                            amountMinor: number;
                            currency: string;
                        };
                        preferences?: {
                            contact?: {
                                doNotCall?: boolean;
                                doNotEmail?: boolean;
                                doNotMail?: boolean;
                                doNotSms?: boolean;
                            };
                            purchase?: {
                                [key: string]: string | number | boolean;
                            };
                        };
                        consents?: {
                            purpose: string;
                            /** @enum {string} */
                            status: "granted" | "withdrawn";
                            /** Format: date-time */
                            grantedAt: string;
                            /** Format: date-time */
                            withdrawnAt?: string;
                            source: string;
                        }[];
                        externalIds?: {
                            system: string;
                            value: string;
                        }[];
                        demographics?: {
                            /** Format: date */
                            birthDate?: string;
                            gender?: string;
                            occupation?: string;
                            householdSize?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organization";
                            /** @enum {string} */
                            status: "active" | "merged";
                            mergedInto?: string;
                            displayName: string;
                            names?: {
                                given?: string;
                                middle?: string;
                                family?: string;
                                legal?: string;
                                trading?: string;
                            };
                            emails: {
                                /** Format: email */
                                address: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                                /** @default false */
                                verified: boolean;
                            }[];
                            phones: {
                                number: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "mobile" | "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                            }[];
                            addresses: {
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "billing" | "shipping" | "other";
                                lines: string[];
                                city: string;
                                region?: string;
                                postalCode?: string;
                                country: string;
                            }[];
                            /** @enum {string} */
                            preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            preferredLanguage?: string;
                            /** @enum {string} */
                            tier: "standard" | "silver" | "gold" | "platinum";
                            creditLimit?: {
                                amountMinor: number;
                                currency: string;
                            };
                            preferences?: {
                                contact?: {
                                    doNotCall?: boolean;
                                    doNotEmail?: boolean;
                                    doNotMail?: boolean;
                                    doNotSms?: boolean;
                                };
                                purchase?: {
                                    [key: string]: string | number | boolean;
                                };
                            };
                            consents: {
                                purpose: string;
                                /** @enum {string} */
                                status: "granted" | "withdrawn";
                                /** Format: date-time */
                                grantedAt: string;
                                /** Format: date-time */
                                withdrawnAt?: string;
                                source: string;
                            }[];
                            externalIds: {
                                system: string;
                                value: string;
                            }[];
                            demographics?: {
                                /** Format: date */
                                birthDate?: string;
                                gender?: string;
                                occupation?: string;
                                householdSize?: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            masked?: string[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a customer (sensitive fields masked by role)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organization";
                            /** @enum {string} */
                            status: "active" | "merged";
                            mergedInto?: string;
                            displayName: string;
                            names?: {
                                given?: string;
                                middle?: string;
                                family?: string;
                                legal?: string;
                                trading?: string;
                            };
                            emails: {
                                /** Format: email */
                                address: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                                /** @default false */
                                verified: boolean;
                            }[];
                            phones: {
                                number: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "mobile" | "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                            }[];
                            addresses: {
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "billing" | "shipping" | "other";
                                lines: string[];
                                city: string;
                                region?: string;
                                postalCode?: string;
                                country: string;
                            }[];
                            /** @enum {string} */
                            preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            preferredLanguage?: string;
                            /** @enum {string} */
                            tier: "standard" | "silver" | "gold" | "platinum";
                            creditLimit?: {
                                amountMinor: number;
                                currency: string;
                            };
                            preferences?: {
                                contact?: {
                                    doNotCall?: boolean;
                                    doNotEmail?: boolean;
                                    doNotMail?: boolean;
                                    doNotSms?: boolean;
                                };
                                purchase?: {
                                    [key: string]: string | number | boolean;
                                };
                            };
                            consents: {
                                purpose: string;
                                /** @enum {string} */
                                status: "granted" | "withdrawn";
                                /** Format: date-time */
                                grantedAt: string;
                                /** Format: date-time */
                                withdrawnAt?: string;
                                source: string;
                            }[];
                            externalIds: {
                                system: string;
                                value: string;
                            }[];
                            demographics?: {
                                /** Format: date */
                                birthDate?: string;
                                gender?: string;
                                occupation?: string;
                                householdSize?: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            masked?: string[];
                        };
                    };
                };
                /** @description Merged: Location names the customer it became */
                308: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer (If-Match)
         * @description Roles: admin, supervisor, agent.
         */
        patch: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string | null;
                        names?: {
                            given?: string;
                            middle?: string;
                            family?: string;
                            legal?: string;
                            trading?: string;
                        } | null;
                        emails?: (string | {
                            /** Format: email */
                            address: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "home" | "work" | "other";
                            /** @default false */
                            primary?: boolean;
                            /** @default false */
                            verified?: boolean;
                        })[] | null;
                        phones?: (string | {
                            number: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "mobile" | "home" | "work" | "other";
                            /** @default false */
                            primary?: boolean;
                            country?: string;
                        })[] | null;
                        addresses?: {
                            /**
                             * @default other
                             * @enum {string}
                             */
                            label?: "home" | "work" | "billing" | "shipping" | "other";
                            lines: string[];
                            city: string;
                            region?: string;
                            postalCode?: string;
                            country: string;
                        }[] | null;
                        /** @enum {string|null} */
                        preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal" | null;
                        preferredLanguage?: string | null;
                        /** @enum {string|null} */
                        tier?: "standard" | "silver" | "gold" | "platinum" | null;
                        creditLimit?: {
                            amountMinor: number;
                            currency: string;
                        } | null;
                        preferences?: {
                            contact?: {
                                doNotCall?: boolean;
                                doNotEmail?: boolean;
                                doNotMail?: boolean;
                                doNotSms?: boolean;
                            };
                            purchase?: {
                                [key: string]: string | number | boolean;
                            };
                        } | null;
                        consents?: {
                            purpose: string;
                            /** @enum {string} */
                            status: "granted" | "withdrawn";
                            /** Format: date-time */
                            grantedAt: string;
                            /** Format: date-time */
                            withdrawnAt?: string;
                            source: string;
                        }[] | null;
                        externalIds?: {
                            system: string;
                            value: string;
                        }[] | null;
                        demographics?: {
                            /** Format: date */
                            birthDate?: string;
                            gender?: string;
                            occupation?: string;
                            householdSize?: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organization";
                            /** @enum {string} */
                            status: "active" | "merged";
                            mergedInto?: string;
                            displayName: string;
                            names?: {
                                given?: string;
                                middle?: string;
                                family?: string;
                                legal?: string;
                                trading?: string;
                            };
                            emails: {
                                /** Format: email */
                                address: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                                /** @default false */
                                verified: boolean;
                            }[];
                            phones: {
                                number: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "mobile" | "home" | "work" | "other";
                                /** @default false */
                                primary: boolean;
                            }[];
                            addresses: {
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                label: "home" | "work" | "billing" | "shipping" | "other";
                                lines: string[];
                                city: string;
                                region?: string;
                                postalCode?: string;
                                country: string;
                            }[];
                            /** @enum {string} */
                            preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            preferredLanguage?: string;
                            /** @enum {string} */
                            tier: "standard" | "silver" | "gold" | "platinum";
                            creditLimit?: {
                                amountMinor: number;
                                currency: string;
                            };
                            preferences?: {
                                contact?: {
                                    doNotCall?: boolean;
                                    doNotEmail?: boolean;
                                    doNotMail?: boolean;
                                    doNotSms?: boolean;
                                };
                                purchase?: {
                                    [key: string]: string | number | boolean;
                                };
                            };
                            consents: {
                                purpose: string;
                                /** @enum {string} */
                                status: "granted" | "withdrawn";
                                /** Format: date-time */
                                grantedAt: string;
                                /** Format: date-time */
                                withdrawnAt?: string;
                                source: string;
                            }[];
                            externalIds: {
                                system: string;
                                value: string;
                            }[];
                            demographics?: {
                                /** Format: date */
                                birthDate?: string;
                                gender?: string;
                                occupation?: string;
                                householdSize?: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            masked?: string[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/customers/{id}/360": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything about a customer in one request: profile, products, cases, interactions (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The 360-degree view */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profile: {
                                id: string;
                                /** @enum {string} */
                                kind: "person" | "organization";
                                /** @enum {string} */
                                status: "active" | "merged";
                                mergedInto?: string;
                                displayName: string;
                                names?: {
                                    given?: string;
                                    middle?: string;
                                    family?: string;
                                    legal?: string;
                                    trading?: string;
                                };
                                emails: {
                                    /** Format: email */
                                    address: string;
                                    /**
                                     * @default other
                                     * @enum {string}
                                     */
                                    label: "home" | "work" | "other";
                                    /** @default false */
                                    primary: boolean;
                                    /** @default false */
                                    verified: boolean;
                                }[];
                                phones: {
                                    number: string;
                                    /**
                                     * @default other
                                     * @enum {string}
                                     */
                                    label: "mobile" | "home" | "work" | "other";
                                    /** @default false */
                                    primary: boolean;
                                }[];
                                addresses: {
                                    /**
                                     * @default other
                                     * @enum {string}
                                     */
                                    label: "home" | "work" | "billing" | "shipping" | "other";
                                    lines: string[];
                                    city: string;
                                    region?: string;
                                    postalCode?: string;
                                    country: string;
                                }[];
                                /** @enum {string} */
                                preferredChannel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                preferredLanguage?: string;
                                /** @enum {string} */
                                tier: "standard" | "silver" | "gold" | "platinum";
                                creditLimit?: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                preferences?: {
                                    contact?: {
                                        doNotCall?: boolean;
                                        doNotEmail?: boolean;
                                        doNotMail?: boolean;
                                        doNotSms?: boolean;
                                    };
                                    purchase?: {
                                        [key: string]: string | number | boolean;
                                    };
                                };
                                consents: {
                                    purpose: string;
                                    /** @enum {string} */
                                    status: "granted" | "withdrawn";
                                    /** Format: date-time */
                                    grantedAt: string;
                                    /** Format: date-time */
                                    withdrawnAt?: string;
                                    source: string;
                                }[];
                                externalIds: {
                                    system: string;
                                    value: string;
                                }[];
                                demographics?: {
                                    /** Format: date */
                                    birthDate?: string;
                                    gender?: string;
                                    occupation?: string;
                                    householdSize?: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                masked?: string[];
                            } | null;
                            holdings: {
                                id: string;
                                customerId: string;
                                kind: string;
                                productCode: string;
                                productName: string;
                                reference?: string;
                                startDate: string;
                                endDate?: string;
                                serviceLevel?: string;
                                warrantyEnd?: string;
                                active: boolean;
                            }[];
                            vehicles: {
                                vin: string;
                                customerId: string;
                                /** @enum {string} */
                                role: "owner" | "co_owner";
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to?: string;
                                /** @enum {string} */
                                acquiredBy: "registration" | "transfer";
                                caseId?: string;
                                endedByCaseId?: string;
                                saleDate?: string;
                                vehicleLabel: string;
                            }[];
                            openCases: {
                                id: string;
                                number: string;
                                customerId: string;
                                subject: string;
                                description?: string;
                                type: string;
                                category?: string;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "urgent";
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                queue: string;
                                assigneeId?: string;
                                customFields: {
                                    [key: string]: string | number | boolean;
                                };
                                relatedCaseIds: string[];
                                holdingIds: string[];
                                statusHistory: {
                                    /** @enum {string} */
                                    from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** @enum {string} */
                                    to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                }[];
                                /** Format: date-time */
                                resolvedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                reopenCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            recentCases: {
                                id: string;
                                number: string;
                                customerId: string;
                                subject: string;
                                description?: string;
                                type: string;
                                category?: string;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "urgent";
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                queue: string;
                                assigneeId?: string;
                                customFields: {
                                    [key: string]: string | number | boolean;
                                };
                                relatedCaseIds: string[];
                                holdingIds: string[];
                                statusHistory: {
                                    /** @enum {string} */
                                    from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** @enum {string} */
                                    to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                }[];
                                /** Format: date-time */
                                resolvedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                reopenCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            recentInteractions: {
                                id: string;
                                customerId: string;
                                caseId?: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                direction: "inbound" | "outbound" | "internal";
                                /** @enum {string} */
                                author: "agent" | "customer" | "system";
                                /** @enum {string} */
                                visibility: "public" | "internal";
                                summary: string;
                                body?: string;
                                agentId?: string;
                                /** Format: date-time */
                                occurredAt: string;
                                durationSeconds?: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this customer; the duplicate becomes a tombstone
         * @description Roles: admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duplicateId: string;
                    };
                };
            };
            responses: {
                /** @description Merged (or already merged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            survivorId: string;
                            duplicateId: string;
                            moved: {
                                cases: number;
                                interactions: number;
                                holdings: number;
                            };
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer's products and contracts
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Products and contracts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                kind: string;
                                productCode: string;
                                productName: string;
                                reference?: string;
                                startDate: string;
                                endDate?: string;
                                serviceLevel?: string;
                                warrantyEnd?: string;
                                active: boolean;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a product, contract, entitlement or warranty
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "product" | "service" | "contract" | "entitlement" | "warranty";
                        productCode: string;
                        productName: string;
                        reference?: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate?: string;
                        serviceLevel?: string;
                        /** Format: date */
                        warrantyEnd?: string;
                    };
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            kind: string;
                            productCode: string;
                            productName: string;
                            reference?: string;
                            startDate: string;
                            endDate?: string;
                            serviceLevel?: string;
                            warrantyEnd?: string;
                            active: boolean;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's cases, newest first (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    customerId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer's cases, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                customerId: string;
                                subject: string;
                                description?: string;
                                type: string;
                                category?: string;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "urgent";
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                queue: string;
                                assigneeId?: string;
                                customFields: {
                                    [key: string]: string | number | boolean;
                                };
                                relatedCaseIds: string[];
                                holdingIds: string[];
                                statusHistory: {
                                    /** @enum {string} */
                                    from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** @enum {string} */
                                    to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                }[];
                                /** Format: date-time */
                                resolvedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                reopenCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a case
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: string;
                        subject: string;
                        description?: string;
                        /** @enum {string} */
                        type: "service_request" | "incident" | "complaint" | "inquiry" | "vehicle_transfer" | "donor_request";
                        category?: string;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /**
                         * @default web_form
                         * @enum {string}
                         */
                        channel?: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                        /** @default general */
                        queue?: string;
                        customFields?: {
                            [key: string]: string | number | boolean;
                        };
                        relatedCaseIds?: string[];
                        holdingIds?: string[];
                        transfer?: {
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller";
                                plate: {
                                    jurisdiction: string;
                                    number: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "transferred_with_vehicle";
                                plate: {
                                    jurisdiction: string;
                                    number: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "new_plate";
                                newPlate: {
                                    jurisdiction: string;
                                    number: string;
                                    /**
                                     * @default standard
                                     * @enum {string}
                                     */
                                    type?: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer?: {
                                reading: number;
                                /** @enum {string} */
                                unit: "km" | "mi";
                                /** @enum {string} */
                                status: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                            };
                            liens?: {
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Opened (or, for a retried Idempotency-Key, the first result); ETag and Location set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customerId: string;
                            subject: string;
                            description?: string;
                            type: string;
                            category?: string;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            queue: string;
                            assigneeId?: string;
                            customFields: {
                                [key: string]: string | number | boolean;
                            };
                            relatedCaseIds: string[];
                            holdingIds: string[];
                            statusHistory: {
                                /** @enum {string} */
                                from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** @enum {string} */
                                to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                at: string;
                                by: string;
                                reason?: string;
                            }[];
                            /** Format: date-time */
                            resolvedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            reopenCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a case
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case; its ETag is the version to send as If-Match */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customerId: string;
                            subject: string;
                            description?: string;
                            type: string;
                            category?: string;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            queue: string;
                            assigneeId?: string;
                            customFields: {
                                [key: string]: string | number | boolean;
                            };
                            relatedCaseIds: string[];
                            holdingIds: string[];
                            statusHistory: {
                                /** @enum {string} */
                                from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** @enum {string} */
                                to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                at: string;
                                by: string;
                                reason?: string;
                            }[];
                            /** Format: date-time */
                            resolvedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            reopenCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a case's fields (If-Match)
         * @description Roles: admin, supervisor, agent.
         */
        patch: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject?: string;
                        description?: string;
                        category?: string;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        queue?: string;
                        assigneeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Changed (or already as asked: then unchanged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customerId: string;
                            subject: string;
                            description?: string;
                            type: string;
                            category?: string;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            queue: string;
                            assigneeId?: string;
                            customFields: {
                                [key: string]: string | number | boolean;
                            };
                            relatedCaseIds: string[];
                            holdingIds: string[];
                            statusHistory: {
                                /** @enum {string} */
                                from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** @enum {string} */
                                to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                at: string;
                                by: string;
                                reason?: string;
                            }[];
                            /** Format: date-time */
                            resolvedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            reopenCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A closed or cancelled case cannot be changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case through its lifecycle (If-Match)
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            customerId: string;
                            subject: string;
                            description?: string;
                            type: string;
                            category?: string;
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            queue: string;
                            assigneeId?: string;
                            customFields: {
                                [key: string]: string | number | boolean;
                            };
                            relatedCaseIds: string[];
                            holdingIds: string[];
                            statusHistory: {
                                /** @enum {string} */
                                from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** @enum {string} */
                                to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                at: string;
                                by: string;
                                reason?: string;
                            }[];
                            /** Format: date-time */
                            resolvedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            reopenCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Not a move the case can make now; `allowed` lists those it can */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign, re-prioritize, re-queue or transition up to 100 cases
         * @description Roles: admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign";
                        caseIds: string[];
                        /** @description The assignee; null unassigns */
                        value: string | null;
                    } | {
                        /** @enum {string} */
                        action: "status";
                        caseIds: string[];
                        /** @enum {string} */
                        value: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        action: "priority";
                        caseIds: string[];
                        /** @enum {string} */
                        value: "low" | "normal" | "high" | "urgent";
                    } | {
                        /** @enum {string} */
                        action: "queue";
                        caseIds: string[];
                        value: string;
                    };
                };
            };
            responses: {
                /** @description A result per case, in the order given, each with the status its own request would have had */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                status: 200 | 404 | 409 | 412 | 422 | 500;
                                case?: {
                                    id: string;
                                    number: string;
                                    customerId: string;
                                    subject: string;
                                    description?: string;
                                    type: string;
                                    category?: string;
                                    /** @enum {string} */
                                    priority: "low" | "normal" | "high" | "urgent";
                                    /** @enum {string} */
                                    channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                    /** @enum {string} */
                                    status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    queue: string;
                                    assigneeId?: string;
                                    customFields: {
                                        [key: string]: string | number | boolean;
                                    };
                                    relatedCaseIds: string[];
                                    holdingIds: string[];
                                    statusHistory: {
                                        /** @enum {string} */
                                        from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                        /** @enum {string} */
                                        to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                        /** Format: date-time */
                                        at: string;
                                        by: string;
                                        reason?: string;
                                    }[];
                                    /** Format: date-time */
                                    resolvedAt?: string;
                                    /** Format: date-time */
                                    closedAt?: string;
                                    reopenCount: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    version: number;
                                };
                                problem?: {
                                    type: string;
                                    title: string;
                                    status: number;
                                    detail?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction on a case (a reply, a call, a note)
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Where the contact happened
                         * @enum {string}
                         */
                        channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                        /**
                         * @description inbound (from the customer), outbound (to them), internal (a note)
                         * @enum {string}
                         */
                        direction: "inbound" | "outbound" | "internal";
                        /**
                         * @description public interactions are shown to the customer in the portal; internal ones never are
                         * @enum {string}
                         */
                        visibility?: "public" | "internal";
                        summary: string;
                        body?: string;
                        /**
                         * Format: date-time
                         * @description When it happened (defaults to now; at most 5 minutes ahead)
                         */
                        occurredAt?: string;
                        durationSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Logged (the case's customer is the interaction's customer) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            caseId?: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            direction: "inbound" | "outbound" | "internal";
                            /** @enum {string} */
                            author: "agent" | "customer" | "system";
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            summary: string;
                            body?: string;
                            agentId?: string;
                            /** Format: date-time */
                            occurredAt: string;
                            durationSeconds?: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The case is closed or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's interactions, newest first (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case's interactions, internal notes included */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                caseId?: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                direction: "inbound" | "outbound" | "internal";
                                /** @enum {string} */
                                author: "agent" | "customer" | "system";
                                /** @enum {string} */
                                visibility: "public" | "internal";
                                summary: string;
                                body?: string;
                                agentId?: string;
                                /** Format: date-time */
                                occurredAt: string;
                                durationSeconds?: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction with a customer outside a case
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Where the contact happened
                         * @enum {string}
                         */
                        channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                        /**
                         * @description inbound (from the customer), outbound (to them), internal (a note)
                         * @enum {string}
                         */
                        direction: "inbound" | "outbound" | "internal";
                        /**
                         * @description public interactions are shown to the customer in the portal; internal ones never are
                         * @enum {string}
                         */
                        visibility?: "public" | "internal";
                        summary: string;
                        body?: string;
                        /**
                         * Format: date-time
                         * @description When it happened (defaults to now; at most 5 minutes ahead)
                         */
                        occurredAt?: string;
                        durationSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Logged, outside any case */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            caseId?: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            direction: "inbound" | "outbound" | "internal";
                            /** @enum {string} */
                            author: "agent" | "customer" | "system";
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            summary: string;
                            body?: string;
                            agentId?: string;
                            /** Format: date-time */
                            occurredAt: string;
                            durationSeconds?: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's interactions, newest first (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer's interactions, on cases and outside them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                caseId?: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                direction: "inbound" | "outbound" | "internal";
                                /** @enum {string} */
                                author: "agent" | "customer" | "system";
                                /** @enum {string} */
                                visibility: "public" | "internal";
                                summary: string;
                                body?: string;
                                agentId?: string;
                                /** Format: date-time */
                                occurredAt: string;
                                durationSeconds?: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My cases
         * @description Roles: customer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My cases, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                subject: string;
                                description?: string;
                                type: string;
                                /** @enum {string} */
                                status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a request
         * @description Roles: customer.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: string;
                        description: string;
                        /**
                         * @default service_request
                         * @enum {string}
                         */
                        type?: "service_request" | "incident" | "complaint" | "inquiry" | "vehicle_transfer" | "donor_request";
                        category?: string;
                    };
                };
            };
            responses: {
                /** @description Submitted (channel portal, normal priority) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            subject: string;
                            description?: string;
                            type: string;
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my cases, with its public messages
         * @description Roles: customer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My case and its public messages, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            subject: string;
                            description?: string;
                            type: string;
                            /** @enum {string} */
                            status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Public messages, newest first */
                            messages: {
                                id: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                direction: "inbound" | "outbound" | "internal";
                                /** @enum {string} */
                                author: "agent" | "customer" | "system";
                                summary: string;
                                body?: string;
                                /** Format: date-time */
                                occurredAt: string;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply on one of my cases
         * @description Roles: customer.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                            /** @enum {string} */
                            direction: "inbound" | "outbound" | "internal";
                            /** @enum {string} */
                            author: "agent" | "customer" | "system";
                            summary: string;
                            body?: string;
                            /** Format: date-time */
                            occurredAt: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The case is closed or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find customers, cases, vehicles and plates by email, phone, name, case number, external id, VIN or plate
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Customers and cases that match, exact matches (email, phone, case number, external id) before names */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            items: {
                                /** @enum {string} */
                                type: "customer" | "case" | "vehicle" | "plate";
                                id: string;
                                label: string;
                                /** @enum {string} */
                                matchedBy: "email" | "phone" | "caseNumber" | "externalId" | "name" | "vin" | "vinSuffix" | "plate";
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An entity's audit trail, oldest first (paged)
         * @description Roles: admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    entityType: string;
                    entityId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The entity's audit entries, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                entityType: string;
                                entityId: string;
                                /** @enum {string} */
                                action: "create" | "update" | "delete" | "merge" | "transition" | "sla_warning" | "sla_breach";
                                actor: {
                                    sub: string;
                                    roles: string[];
                                };
                                at: string;
                                correlationId?: string;
                                before?: unknown;
                                after?: unknown;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All calendars (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Calendars */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                name: string;
                                timeZone: string;
                                weekly: {
                                    /** @default [] */
                                    mon: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    tue: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    wed: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    thu: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    fri: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    sat: {
                                        start: string;
                                        end: string;
                                    }[];
                                    /** @default [] */
                                    sun: {
                                        start: string;
                                        end: string;
                                    }[];
                                };
                                /** @default [] */
                                holidays: ({
                                    name?: string;
                                    month: number;
                                    day: number;
                                } | {
                                    name?: string;
                                    /** Format: date */
                                    date: string;
                                })[];
                                /** @default [] */
                                closures: {
                                    name?: string;
                                    /** Format: date-time */
                                    start: string;
                                    /** Format: date-time */
                                    end: string;
                                }[];
                            } & {
                                id: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            })[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a business-hours calendar
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        weekly: {
                            /** @default [] */
                            mon?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            tue?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            wed?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            thu?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            fri?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            sat?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            sun?: {
                                start: string;
                                end: string;
                            }[];
                        };
                        /** @default [] */
                        holidays?: ({
                            name?: string;
                            month: number;
                            day: number;
                        } | {
                            name?: string;
                            /** Format: date */
                            date: string;
                        })[];
                        /** @default [] */
                        closures?: {
                            name?: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Created, with its id */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            timeZone: string;
                            weekly: {
                                /** @default [] */
                                mon: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                tue: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                wed: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                thu: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                fri: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sat: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sun: {
                                    start: string;
                                    end: string;
                                }[];
                            };
                            /** @default [] */
                            holidays: ({
                                name?: string;
                                month: number;
                                day: number;
                            } | {
                                name?: string;
                                /** Format: date */
                                date: string;
                            })[];
                            /** @default [] */
                            closures: {
                                name?: string;
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            }[];
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a calendar
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            timeZone: string;
                            weekly: {
                                /** @default [] */
                                mon: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                tue: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                wed: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                thu: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                fri: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sat: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sun: {
                                    start: string;
                                    end: string;
                                }[];
                            };
                            /** @default [] */
                            holidays: ({
                                name?: string;
                                month: number;
                                day: number;
                            } | {
                                name?: string;
                                /** Format: date */
                                date: string;
                            })[];
                            /** @default [] */
                            closures: {
                                name?: string;
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            }[];
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        /**
         * Replace a calendar (If-Match)
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        weekly: {
                            /** @default [] */
                            mon?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            tue?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            wed?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            thu?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            fri?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            sat?: {
                                start: string;
                                end: string;
                            }[];
                            /** @default [] */
                            sun?: {
                                start: string;
                                end: string;
                            }[];
                        };
                        /** @default [] */
                        holidays?: ({
                            name?: string;
                            month: number;
                            day: number;
                        } | {
                            name?: string;
                            /** Format: date */
                            date: string;
                        })[];
                        /** @default [] */
                        closures?: {
                            name?: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            timeZone: string;
                            weekly: {
                                /** @default [] */
                                mon: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                tue: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                wed: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                thu: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                fri: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sat: {
                                    start: string;
                                    end: string;
                                }[];
                                /** @default [] */
                                sun: {
                                    start: string;
                                    end: string;
                                }[];
                            };
                            /** @default [] */
                            holidays: ({
                                name?: string;
                                month: number;
                                day: number;
                            } | {
                                name?: string;
                                /** Format: date */
                                date: string;
                            })[];
                            /** @default [] */
                            closures: {
                                name?: string;
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            }[];
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a calendar (If-Match)
         * @description Roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{id}/business-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview business time: when {from, addMinutes} falls due, or the business minutes {from, to}
         * @description Roles: admin, supervisor, agent, viewer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        addMinutes: number;
                    } | {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description The answer, exact to the second */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            addMinutes: number;
                            due: string;
                        } | {
                            from: string;
                            to: string;
                            businessMinutes: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every SLA policy, in the order they are tried
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every policy, in the order they are tried */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                name: string;
                                position: number;
                                /** @default {} */
                                conditions: {
                                    priorities?: ("low" | "normal" | "high" | "urgent")[];
                                    customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                                    serviceLevels?: string[];
                                    categories?: string[];
                                    caseTypes?: string[];
                                    channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                                };
                                calendarId: string;
                                metrics: {
                                    firstResponse?: {
                                        targets: {
                                            low?: number;
                                            normal?: number;
                                            high?: number;
                                            urgent?: number;
                                        };
                                        /**
                                         * @default [
                                         *       "pending_customer"
                                         *     ]
                                         */
                                        pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                        warning?: {
                                            /** @description Warn when this share of the target has elapsed */
                                            percent: number;
                                        } | {
                                            /** @description Warn this many business minutes before the target */
                                            minutesBefore: number;
                                        };
                                    };
                                    nextResponse?: {
                                        targets: {
                                            low?: number;
                                            normal?: number;
                                            high?: number;
                                            urgent?: number;
                                        };
                                        /**
                                         * @default [
                                         *       "pending_customer"
                                         *     ]
                                         */
                                        pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                        warning?: {
                                            /** @description Warn when this share of the target has elapsed */
                                            percent: number;
                                        } | {
                                            /** @description Warn this many business minutes before the target */
                                            minutesBefore: number;
                                        };
                                    };
                                    resolution?: {
                                        targets: {
                                            low?: number;
                                            normal?: number;
                                            high?: number;
                                            urgent?: number;
                                        };
                                        /**
                                         * @default [
                                         *       "pending_customer"
                                         *     ]
                                         */
                                        pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                        warning?: {
                                            /** @description Warn when this share of the target has elapsed */
                                            percent: number;
                                        } | {
                                            /** @description Warn this many business minutes before the target */
                                            minutesBefore: number;
                                        };
                                    };
                                };
                                escalationQueue?: string;
                            } & {
                                id: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            })[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an SLA policy
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        position: number;
                        /** @default {} */
                        conditions?: {
                            priorities?: ("low" | "normal" | "high" | "urgent")[];
                            customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                            serviceLevels?: string[];
                            categories?: string[];
                            caseTypes?: string[];
                            channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                        };
                        calendarId: string;
                        metrics: {
                            firstResponse?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                            nextResponse?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                            resolution?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                        };
                        escalationQueue?: string;
                    };
                };
            };
            responses: {
                /** @description Created, with its id; open cases are recomputed in the background */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            position: number;
                            /** @default {} */
                            conditions: {
                                priorities?: ("low" | "normal" | "high" | "urgent")[];
                                customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                                serviceLevels?: string[];
                                categories?: string[];
                                caseTypes?: string[];
                                channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                            };
                            calendarId: string;
                            metrics: {
                                firstResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                nextResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                resolution?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                            };
                            escalationQueue?: string;
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The calendar it names does not exist */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an SLA policy
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            position: number;
                            /** @default {} */
                            conditions: {
                                priorities?: ("low" | "normal" | "high" | "urgent")[];
                                customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                                serviceLevels?: string[];
                                categories?: string[];
                                caseTypes?: string[];
                                channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                            };
                            calendarId: string;
                            metrics: {
                                firstResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                nextResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                resolution?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                            };
                            escalationQueue?: string;
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        /**
         * Replace an SLA policy (If-Match); reorder by position
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        position: number;
                        /** @default {} */
                        conditions?: {
                            priorities?: ("low" | "normal" | "high" | "urgent")[];
                            customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                            serviceLevels?: string[];
                            categories?: string[];
                            caseTypes?: string[];
                            channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                        };
                        calendarId: string;
                        metrics: {
                            firstResponse?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                            nextResponse?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                            resolution?: {
                                targets: {
                                    low?: number;
                                    normal?: number;
                                    high?: number;
                                    urgent?: number;
                                };
                                /**
                                 * @default [
                                 *       "pending_customer"
                                 *     ]
                                 */
                                pauseStatuses?: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                warning?: {
                                    /** @description Warn when this share of the target has elapsed */
                                    percent: number;
                                } | {
                                    /** @description Warn this many business minutes before the target */
                                    minutesBefore: number;
                                };
                            };
                        };
                        escalationQueue?: string;
                    };
                };
            };
            responses: {
                /** @description Replaced; open cases are recomputed in the background */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            position: number;
                            /** @default {} */
                            conditions: {
                                priorities?: ("low" | "normal" | "high" | "urgent")[];
                                customerTiers?: ("standard" | "silver" | "gold" | "platinum")[];
                                serviceLevels?: string[];
                                categories?: string[];
                                caseTypes?: string[];
                                channels?: ("phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal")[];
                            };
                            calendarId: string;
                            metrics: {
                                firstResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                nextResponse?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                                resolution?: {
                                    targets: {
                                        low?: number;
                                        normal?: number;
                                        high?: number;
                                        urgent?: number;
                                    };
                                    /**
                                     * @default [
                                     *       "pending_customer"
                                     *     ]
                                     */
                                    pauseStatuses: ("new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn")[];
                                    warning?: {
                                        /** @description Warn when this share of the target has elapsed */
                                        percent: number;
                                    } | {
                                        /** @description Warn this many business minutes before the target */
                                        minutesBefore: number;
                                    };
                                };
                            };
                            escalationQueue?: string;
                        } & {
                            id: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete an SLA policy (If-Match)
         * @description Roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted; its cases fall to the next policy that matches */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's SLA clocks: per metric the target, business time elapsed, remaining and paused, and state
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each metric's clock, read now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            /** @description The instant the clocks were read at */
                            at: string;
                            policy: {
                                id: string;
                                name: string;
                                calendarId: string;
                            } | null;
                            metrics: {
                                /** @enum {string} */
                                metric: "firstResponse" | "nextResponse" | "resolution";
                                /** @enum {string} */
                                state: "inactive" | "running" | "paused" | "met" | "warned" | "breached";
                                /** @description The target in business minutes, for the case's priority */
                                targetMinutes: number;
                                /** @description 1, or for next response the n-th customer message awaiting a reply */
                                cycle: number;
                                startedAt?: string;
                                /** @description When the target falls (or fell) due; while paused, if resumed now */
                                dueAt?: string;
                                warningAt?: string;
                                metAt?: string;
                                /** @description Business minutes elapsed, to the second */
                                elapsedMinutes: number;
                                remainingMinutes: number;
                                /** @description Business minutes the clock stood still in a pause status */
                                pausedMinutes: number;
                                warned: boolean;
                                breached: boolean;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every configured queue and its supervisors
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every configured queue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                supervisors: string[];
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a queue's settings (If-Match to replace): who supervises it
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description To replace: the ETag you read, e.g. "3" (428 without it, 412 when stale); leave out to create */
                    "if-match"?: string;
                };
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        supervisors: string[];
                    };
                };
            };
            responses: {
                /** @description The queue's settings as stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            supervisors: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues/{name}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A queue's open cases, ordered by SLA risk
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The queue's open cases, most at risk first: breached (longest overdue first), then by the earliest target; cases with no running clock last */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                number: string;
                                subject: string;
                                customerId: string;
                                type: string;
                                status: string;
                                priority: string;
                                queue: string;
                                assigneeId: string | null;
                                sla: {
                                    /**
                                     * @description breached: a running clock is past its target; at_risk: past its warning point; on_track: running; paused: standing still in a pause status; no_sla: no policy or no clock running
                                     * @enum {string}
                                     */
                                    state: "breached" | "at_risk" | "on_track" | "paused" | "no_sla";
                                    /** @description The earliest target of a running clock */
                                    dueAt: string | null;
                                    /** @description The earliest warning point of a running clock */
                                    warningAt: string | null;
                                };
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            cursor: string | null;
                            /** @description The instant states were read at */
                            at: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person's open cases, ordered by SLA risk (`me` for your own queue)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description A user id (the token's sub), or `me` */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person's open cases, most at risk first (`me`: my queue) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                number: string;
                                subject: string;
                                customerId: string;
                                type: string;
                                status: string;
                                priority: string;
                                queue: string;
                                assigneeId: string | null;
                                sla: {
                                    /**
                                     * @description breached: a running clock is past its target; at_risk: past its warning point; on_track: running; paused: standing still in a pause status; no_sla: no policy or no clock running
                                     * @enum {string}
                                     */
                                    state: "breached" | "at_risk" | "on_track" | "paused" | "no_sla";
                                    /** @description The earliest target of a running clock */
                                    dueAt: string | null;
                                    /** @description The earliest warning point of a running clock */
                                    warningAt: string | null;
                                };
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            cursor: string | null;
                            /** @description The instant states were read at */
                            at: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queue-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue board: per queue and agent, the backlog, at risk and breached
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    queue?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per queue (every queue with open cases, and every configured queue): the backlog, how much is at risk or breached, and the same per agent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            queues: {
                                queue: string;
                                /** @description Open cases (the backlog) */
                                open: number;
                                /** @description Past a warning point, not yet breached */
                                atRisk: number;
                                breached: number;
                                onTrack: number;
                                paused: number;
                                noSla: number;
                                unassigned: number;
                                /** @description The earliest target not yet passed */
                                nextDueAt: string | null;
                                /** @description Per agent, most breached first */
                                agents: {
                                    assigneeId: string;
                                    /** @description Open cases (the backlog) */
                                    open: number;
                                    /** @description Past a warning point, not yet breached */
                                    atRisk: number;
                                    breached: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own notifications (SLA breaches), newest first
         * @description Roles: admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your notifications, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                caseId: string;
                                message: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a vehicle by VIN (check digit validated), with its owners
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vin: string;
                        make: string;
                        model: string;
                        modelYear: number;
                        colour?: string;
                        bodyType?: string;
                        odometer?: {
                            reading: number;
                            /** @enum {string} */
                            unit: "km" | "mi";
                            /** Format: date-time */
                            readAt?: string;
                        };
                        owners?: string[];
                    };
                };
            };
            responses: {
                /** @description Registered; ETag and Location set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vin: string;
                            standardVin: boolean;
                            make: string;
                            model: string;
                            modelYear: number;
                            colour?: string;
                            bodyType?: string;
                            decoded?: {
                                wmi: string;
                                region: string;
                                country?: string;
                                manufacturer?: string;
                                descriptor: string;
                                checkDigit: string;
                                checkDigitValid: boolean;
                                modelYearCode: string;
                                modelYearCandidates: number[];
                                modelYear?: number;
                                plantCode: string;
                                serialNumber: string;
                            };
                            odometerReadings: {
                                reading: number;
                                /** @enum {string} */
                                unit: "km" | "mi";
                                /** Format: date-time */
                                readAt: string;
                                /** @enum {string} */
                                source: "registration" | "update" | "transfer";
                                caseId?: string;
                            }[];
                            currentOwners: {
                                customerId: string;
                                /** @enum {string} */
                                role: "owner" | "co_owner";
                                from: string;
                            }[];
                            currentPlates: {
                                jurisdiction: string;
                                number: string;
                                from: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not a valid VIN under the office's rule (alphabet, check digit, pre-1981 lengths) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A vehicle with this VIN is already registered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vehicles/{vin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A vehicle, what its VIN says, its current owners and plates
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The vehicle; its ETag is the version for If-Match */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vin: string;
                            standardVin: boolean;
                            make: string;
                            model: string;
                            modelYear: number;
                            colour?: string;
                            bodyType?: string;
                            decoded?: {
                                wmi: string;
                                region: string;
                                country?: string;
                                manufacturer?: string;
                                descriptor: string;
                                checkDigit: string;
                                checkDigitValid: boolean;
                                modelYearCode: string;
                                modelYearCandidates: number[];
                                modelYear?: number;
                                plantCode: string;
                                serialNumber: string;
                            };
                            odometerReadings: {
                                reading: number;
                                /** @enum {string} */
                                unit: "km" | "mi";
                                /** Format: date-time */
                                readAt: string;
                                /** @enum {string} */
                                source: "registration" | "update" | "transfer";
                                caseId?: string;
                            }[];
                            currentOwners: {
                                customerId: string;
                                /** @enum {string} */
                                role: "owner" | "co_owner";
                                from: string;
                            }[];
                            currentPlates: {
                                jurisdiction: string;
                                number: string;
                                from: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a vehicle's description or add an odometer reading (If-Match)
         * @description Roles: admin, supervisor, agent.
         */
        patch: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    vin: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        make?: string;
                        model?: string;
                        colour?: string;
                        bodyType?: string;
                        odometer?: {
                            reading: number;
                            /** @enum {string} */
                            unit: "km" | "mi";
                            /** Format: date-time */
                            readAt?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vin: string;
                            standardVin: boolean;
                            make: string;
                            model: string;
                            modelYear: number;
                            colour?: string;
                            bodyType?: string;
                            decoded?: {
                                wmi: string;
                                region: string;
                                country?: string;
                                manufacturer?: string;
                                descriptor: string;
                                checkDigit: string;
                                checkDigitValid: boolean;
                                modelYearCode: string;
                                modelYearCandidates: number[];
                                modelYear?: number;
                                plantCode: string;
                                serialNumber: string;
                            };
                            odometerReadings: {
                                reading: number;
                                /** @enum {string} */
                                unit: "km" | "mi";
                                /** Format: date-time */
                                readAt: string;
                                /** @enum {string} */
                                source: "registration" | "update" | "transfer";
                                caseId?: string;
                            }[];
                            currentOwners: {
                                customerId: string;
                                /** @enum {string} */
                                role: "owner" | "co_owner";
                                from: string;
                            }[];
                            currentPlates: {
                                jurisdiction: string;
                                number: string;
                                from: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description An odometer reading lower than the last one in the same unit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/vehicles/{vin}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every owner and plate of a vehicle, over time
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Owners and plates over time, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vin: string;
                            owners: {
                                vin: string;
                                customerId: string;
                                /** @enum {string} */
                                role: "owner" | "co_owner";
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to?: string;
                                /** @enum {string} */
                                acquiredBy: "registration" | "transfer";
                                caseId?: string;
                                endedByCaseId?: string;
                                saleDate?: string;
                                vehicleLabel: string;
                            }[];
                            plates: {
                                jurisdiction: string;
                                number: string;
                                vin: string;
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to?: string;
                                caseId?: string;
                                endedByCaseId?: string;
                            }[];
                            transferCaseIds: string[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a plate, optionally onto a vehicle
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        jurisdiction: string;
                        number: string;
                        /**
                         * @default standard
                         * @enum {string}
                         */
                        type?: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                        vin?: string;
                    };
                };
            };
            responses: {
                /** @description Issued */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdiction: string;
                            number: string;
                            display: string;
                            /** @enum {string} */
                            type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                            /** @enum {string} */
                            status: "available" | "assigned" | "held" | "surrendered" | "cancelled";
                            currentVin?: string;
                            holderIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The number exists in that jurisdiction, or the vehicle already carries a plate there */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plates/{jurisdiction}/{number}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a plate on a vehicle (it leaves the one it was on)
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jurisdiction: string;
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vin: string;
                    };
                };
            };
            responses: {
                /** @description The plate is on the vehicle now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdiction: string;
                            number: string;
                            display: string;
                            /** @enum {string} */
                            type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                            /** @enum {string} */
                            status: "available" | "assigned" | "held" | "surrendered" | "cancelled";
                            currentVin?: string;
                            holderIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description No such plate */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The vehicle already carries a plate in the jurisdiction, or the plate is surrendered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plates/{jurisdiction}/{number}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plate and every vehicle that carried it, from when to when
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jurisdiction: string;
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plate and its assignments, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plate: {
                                jurisdiction: string;
                                number: string;
                                display: string;
                                /** @enum {string} */
                                type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                /** @enum {string} */
                                status: "available" | "assigned" | "held" | "surrendered" | "cancelled";
                                currentVin?: string;
                                holderIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            assignments: {
                                jurisdiction: string;
                                number: string;
                                vin: string;
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to?: string;
                                caseId?: string;
                                endedByCaseId?: string;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fee-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The transfer fee schedule's versions, newest first
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                /** Format: date */
                                effectiveFrom: string;
                                currency: string;
                                fees: {
                                    code: string;
                                    label: string;
                                    amountMinor: number;
                                    plateDecision?: string;
                                }[];
                                tax?: {
                                    code: string;
                                    label: string;
                                    rateBasisPoints: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish a new version of the transfer fee schedule
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveFrom: string;
                        currency: string;
                        fees: {
                            code: string;
                            label: string;
                            amountMinor: number;
                            /** @enum {string} */
                            plateDecision?: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                        }[];
                        tax?: {
                            code: string;
                            label: string;
                            rateBasisPoints: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Published as the next version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date */
                            effectiveFrom: string;
                            currency: string;
                            fees: {
                                code: string;
                                label: string;
                                amountMinor: number;
                                plateDecision?: string;
                            }[];
                            tax?: {
                                code: string;
                                label: string;
                                rateBasisPoints: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A transfer case's parties, vehicle, plate decision, odometer, liens, fees and documents
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transfer, with what still blocks its approval */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                plate?: {
                                    jurisdiction: string;
                                    number: string;
                                };
                                newPlate?: {
                                    jurisdiction: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer: {
                                exempt: boolean;
                                reading?: number;
                                /** @enum {string} */
                                unit?: "km" | "mi";
                                /** @enum {string} */
                                status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                /** Format: date-time */
                                recordedAt?: string;
                                recordedBy?: string;
                            };
                            liens: {
                                id: string;
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                                releaseDocumentId: string;
                                /** Format: date-time */
                                releasedAt?: string;
                                releasedBy?: string;
                            }[];
                            fees: {
                                scheduleVersion: number;
                                /** Format: date */
                                effectiveFrom: string;
                                lines: {
                                    code: string;
                                    label: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                            };
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                partyId?: string;
                                lienId?: string;
                                /** @enum {string} */
                                status: "required" | "received" | "verified";
                                reference?: string;
                                /** Format: date-time */
                                receivedAt?: string;
                                receivedBy?: string;
                                /** Format: date-time */
                                verifiedAt?: string;
                                verifiedBy?: string;
                            }[];
                            approvalBlockers: string[];
                            /** Format: date-time */
                            completedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a required document as received or verified
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "receive" | "verify";
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Changed; the transfer as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                plate?: {
                                    jurisdiction: string;
                                    number: string;
                                };
                                newPlate?: {
                                    jurisdiction: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer: {
                                exempt: boolean;
                                reading?: number;
                                /** @enum {string} */
                                unit?: "km" | "mi";
                                /** @enum {string} */
                                status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                /** Format: date-time */
                                recordedAt?: string;
                                recordedBy?: string;
                            };
                            liens: {
                                id: string;
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                                releaseDocumentId: string;
                                /** Format: date-time */
                                releasedAt?: string;
                                releasedBy?: string;
                            }[];
                            fees: {
                                scheduleVersion: number;
                                /** Format: date */
                                effectiveFrom: string;
                                lines: {
                                    code: string;
                                    label: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                            };
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                partyId?: string;
                                lienId?: string;
                                /** @enum {string} */
                                status: "required" | "received" | "verified";
                                reference?: string;
                                /** Format: date-time */
                                receivedAt?: string;
                                receivedBy?: string;
                                /** Format: date-time */
                                verifiedAt?: string;
                                verifiedBy?: string;
                            }[];
                            approvalBlockers: string[];
                            /** Format: date-time */
                            completedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description No such document on this case's checklist (a document of another case included) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Already received or verified, not yet received, or the transfer is closed to changes */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer/odometer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the odometer disclosure
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reading: number;
                        /** @enum {string} */
                        unit: "km" | "mi";
                        /** @enum {string} */
                        status: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                    };
                };
            };
            responses: {
                /** @description Changed; the transfer as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                plate?: {
                                    jurisdiction: string;
                                    number: string;
                                };
                                newPlate?: {
                                    jurisdiction: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer: {
                                exempt: boolean;
                                reading?: number;
                                /** @enum {string} */
                                unit?: "km" | "mi";
                                /** @enum {string} */
                                status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                /** Format: date-time */
                                recordedAt?: string;
                                recordedBy?: string;
                            };
                            liens: {
                                id: string;
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                                releaseDocumentId: string;
                                /** Format: date-time */
                                releasedAt?: string;
                                releasedBy?: string;
                            }[];
                            fees: {
                                scheduleVersion: number;
                                /** Format: date */
                                effectiveFrom: string;
                                lines: {
                                    code: string;
                                    label: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                            };
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                partyId?: string;
                                lienId?: string;
                                /** @enum {string} */
                                status: "required" | "received" | "verified";
                                reference?: string;
                                /** Format: date-time */
                                receivedAt?: string;
                                receivedBy?: string;
                                /** Format: date-time */
                                verifiedAt?: string;
                                verifiedBy?: string;
                            }[];
                            approvalBlockers: string[];
                            /** Format: date-time */
                            completedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The transfer is no longer open to changes (approved, completed, rejected, withdrawn) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description 'exempt' for a vehicle that is not, or 'actual' below the last recorded reading */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer/liens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a lien on the vehicle
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holder: string;
                        amount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date */
                        recordedOn: string;
                    };
                };
            };
            responses: {
                /** @description Changed; the transfer as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                plate?: {
                                    jurisdiction: string;
                                    number: string;
                                };
                                newPlate?: {
                                    jurisdiction: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer: {
                                exempt: boolean;
                                reading?: number;
                                /** @enum {string} */
                                unit?: "km" | "mi";
                                /** @enum {string} */
                                status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                /** Format: date-time */
                                recordedAt?: string;
                                recordedBy?: string;
                            };
                            liens: {
                                id: string;
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                                releaseDocumentId: string;
                                /** Format: date-time */
                                releasedAt?: string;
                                releasedBy?: string;
                            }[];
                            fees: {
                                scheduleVersion: number;
                                /** Format: date */
                                effectiveFrom: string;
                                lines: {
                                    code: string;
                                    label: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                            };
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                partyId?: string;
                                lienId?: string;
                                /** @enum {string} */
                                status: "required" | "received" | "verified";
                                reference?: string;
                                /** Format: date-time */
                                receivedAt?: string;
                                receivedBy?: string;
                                /** Format: date-time */
                                verifiedAt?: string;
                                verifiedBy?: string;
                            }[];
                            approvalBlockers: string[];
                            /** Format: date-time */
                            completedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The transfer is no longer open to changes (approved, completed, rejected, withdrawn) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer/liens/{lienId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a lien whose release document is verified
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lienId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Changed; the transfer as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            vin: string;
                            sellers: string[];
                            buyers: string[];
                            plateDecision: {
                                /** @enum {string} */
                                kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                plate?: {
                                    jurisdiction: string;
                                    number: string;
                                };
                                newPlate?: {
                                    jurisdiction: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                };
                            };
                            /** Format: date */
                            saleDate: string;
                            price: {
                                amountMinor: number;
                                currency: string;
                            };
                            odometer: {
                                exempt: boolean;
                                reading?: number;
                                /** @enum {string} */
                                unit?: "km" | "mi";
                                /** @enum {string} */
                                status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                /** Format: date-time */
                                recordedAt?: string;
                                recordedBy?: string;
                            };
                            liens: {
                                id: string;
                                holder: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                recordedOn: string;
                                releaseDocumentId: string;
                                /** Format: date-time */
                                releasedAt?: string;
                                releasedBy?: string;
                            }[];
                            fees: {
                                scheduleVersion: number;
                                /** Format: date */
                                effectiveFrom: string;
                                lines: {
                                    code: string;
                                    label: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                            };
                            documents: {
                                id: string;
                                /** @enum {string} */
                                kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                partyId?: string;
                                lienId?: string;
                                /** @enum {string} */
                                status: "required" | "received" | "verified";
                                reference?: string;
                                /** Format: date-time */
                                receivedAt?: string;
                                receivedBy?: string;
                                /** Format: date-time */
                                verifiedAt?: string;
                                verifiedBy?: string;
                            }[];
                            approvalBlockers: string[];
                            /** Format: date-time */
                            completedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Already released, or the transfer is closed to changes */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description The lien's release document is not verified yet */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/transfer/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an approved transfer: ownership, plates and the case change in one transaction (If-Match)
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Completed: the case (ETag set) and the transfer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: string;
                                number: string;
                                customerId: string;
                                subject: string;
                                description?: string;
                                type: string;
                                category?: string;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "urgent";
                                /** @enum {string} */
                                channel: "phone" | "email" | "web_form" | "chat" | "social" | "fax" | "walk_in" | "portal";
                                /** @enum {string} */
                                status: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                queue: string;
                                assigneeId?: string;
                                customFields: {
                                    [key: string]: string | number | boolean;
                                };
                                relatedCaseIds: string[];
                                holdingIds: string[];
                                statusHistory: {
                                    /** @enum {string} */
                                    from?: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** @enum {string} */
                                    to: "new" | "open" | "pending_customer" | "pending_internal" | "resolved" | "closed" | "cancelled" | "submitted" | "documents_pending" | "under_review" | "approved" | "completed" | "rejected" | "withdrawn";
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                }[];
                                /** Format: date-time */
                                resolvedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                reopenCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            transfer: {
                                caseId: string;
                                vin: string;
                                sellers: string[];
                                buyers: string[];
                                plateDecision: {
                                    /** @enum {string} */
                                    kind: "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
                                    plate?: {
                                        jurisdiction: string;
                                        number: string;
                                    };
                                    newPlate?: {
                                        jurisdiction: string;
                                        number: string;
                                        /** @enum {string} */
                                        type: "standard" | "personalized" | "commercial" | "motorcycle" | "trailer" | "dealer" | "temporary" | "government";
                                    };
                                };
                                /** Format: date */
                                saleDate: string;
                                price: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                odometer: {
                                    exempt: boolean;
                                    reading?: number;
                                    /** @enum {string} */
                                    unit?: "km" | "mi";
                                    /** @enum {string} */
                                    status?: "actual" | "exceeds_mechanical_limits" | "not_actual" | "exempt";
                                    /** Format: date-time */
                                    recordedAt?: string;
                                    recordedBy?: string;
                                };
                                liens: {
                                    id: string;
                                    holder: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                    /** Format: date */
                                    recordedOn: string;
                                    releaseDocumentId: string;
                                    /** Format: date-time */
                                    releasedAt?: string;
                                    releasedBy?: string;
                                }[];
                                fees: {
                                    scheduleVersion: number;
                                    /** Format: date */
                                    effectiveFrom: string;
                                    lines: {
                                        code: string;
                                        label: string;
                                        amount: {
                                            amountMinor: number;
                                            currency: string;
                                        };
                                    }[];
                                    total: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                };
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "title" | "bill_of_sale" | "odometer_statement" | "lien_release" | "identity";
                                    partyId?: string;
                                    lienId?: string;
                                    /** @enum {string} */
                                    status: "required" | "received" | "verified";
                                    reference?: string;
                                    /** Format: date-time */
                                    receivedAt?: string;
                                    receivedBy?: string;
                                    /** Format: date-time */
                                    verifiedAt?: string;
                                    verifiedBy?: string;
                                }[];
                                approvalBlockers: string[];
                                /** Format: date-time */
                                completedAt?: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Not approved, or the vehicle's owners or plates changed (another transfer completed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/donor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's donor profile and giving summary
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The donor profile (version 0 when never set); ETag set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            /** @enum {string} */
                            donorType: "individual" | "organization" | "foundation";
                            doNotSolicit: boolean;
                            doNotMail: boolean;
                            /** @enum {string} */
                            receiptDelivery: "email" | "post";
                            giving: {
                                giftCount: number;
                                lifetime: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                yearToDate: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                firstGift: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                } | null;
                                lastGift: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                } | null;
                                largestGifts: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        /**
         * Set a donor's solicitation preferences (If-Match; "0" creates the profile)
         * @description Roles: admin, supervisor, agent.
         */
        put: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default individual
                         * @enum {string}
                         */
                        donorType?: "individual" | "organization" | "foundation";
                        /** @default false */
                        doNotSolicit?: boolean;
                        /** @default false */
                        doNotMail?: boolean;
                        /**
                         * @default email
                         * @enum {string}
                         */
                        receiptDelivery?: "email" | "post";
                    };
                };
            };
            responses: {
                /** @description Preferences set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            /** @enum {string} */
                            donorType: "individual" | "organization" | "foundation";
                            doNotSolicit: boolean;
                            doNotMail: boolean;
                            /** @enum {string} */
                            receiptDelivery: "email" | "post";
                            giving: {
                                giftCount: number;
                                lifetime: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                yearToDate: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                firstGift: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                } | null;
                                lastGift: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                } | null;
                                largestGifts: {
                                    giftId: string;
                                    /** Format: date */
                                    date: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                }[];
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description No such customer */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/donor/receipts/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The donor's annual consolidated receipt for a year (PDF)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The annual consolidated receipt as application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All campaigns with their totals (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every campaign with its totals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                description?: string;
                                goal: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate?: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                raised: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                giftCount: number;
                                donorCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a fundraising campaign
         * @description Roles: admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                        goal: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate?: string;
                    };
                };
            };
            responses: {
                /** @description Started; ETag and Location set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description?: string;
                            goal: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate?: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            raised: {
                                amountMinor: number;
                                currency: string;
                            }[];
                            giftCount: number;
                            donorCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign with its totals
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The campaign; totals per currency */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description?: string;
                            goal: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate?: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            raised: {
                                amountMinor: number;
                                currency: string;
                            }[];
                            giftCount: number;
                            donorCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, re-date or close a campaign (If-Match)
         * @description Roles: admin, supervisor.
         */
        patch: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag you read, e.g. "3"; required: 428 without it, 412 when stale */
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /** Format: date */
                        endDate?: string;
                        /** @enum {string} */
                        status?: "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description?: string;
                            goal: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate?: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            raised: {
                                amountMinor: number;
                                currency: string;
                            }[];
                            giftCount: number;
                            donorCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/gifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor's gifts, or a year's gifts (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    customerId?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A donor's gifts newest first, or a year's by date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                receiptNumber: string;
                                /** @enum {string} */
                                receiptStatus: "valid" | "void";
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                                campaignId?: string;
                                fund?: string;
                                softCredits?: {
                                    /** @enum {string} */
                                    type: "in_honour_of" | "in_memory_of" | "solicited_by";
                                    name?: string;
                                    customerId?: string;
                                }[];
                                recurringGiftId?: string;
                                installmentDueAt?: string;
                                pledgeId?: string;
                                note?: string;
                                /** @enum {string} */
                                status: "recorded" | "voided";
                                reversal?: {
                                    /** @enum {string} */
                                    kind: "void" | "refund";
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a gift; it gets the year's next receipt number
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: string;
                        amount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date */
                        date: string;
                        /** @enum {string} */
                        method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                        campaignId?: string;
                        fund?: string;
                        softCredits?: {
                            /** @enum {string} */
                            type: "in_honour_of" | "in_memory_of" | "solicited_by";
                            name?: string;
                            customerId?: string;
                        }[];
                        recurringGiftId?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Recorded with its receipt number; Location set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            receiptNumber: string;
                            /** @enum {string} */
                            receiptStatus: "valid" | "void";
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                            campaignId?: string;
                            fund?: string;
                            softCredits?: {
                                /** @enum {string} */
                                type: "in_honour_of" | "in_memory_of" | "solicited_by";
                                name?: string;
                                customerId?: string;
                            }[];
                            recurringGiftId?: string;
                            installmentDueAt?: string;
                            pledgeId?: string;
                            note?: string;
                            /** @enum {string} */
                            status: "recorded" | "voided";
                            reversal?: {
                                /** @enum {string} */
                                kind: "void" | "refund";
                                reason: string;
                                /** Format: date-time */
                                at: string;
                                by: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description No such customer, a closed campaign, a date outside it, or a future date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gift
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The gift */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            receiptNumber: string;
                            /** @enum {string} */
                            receiptStatus: "valid" | "void";
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                            campaignId?: string;
                            fund?: string;
                            softCredits?: {
                                /** @enum {string} */
                                type: "in_honour_of" | "in_memory_of" | "solicited_by";
                                name?: string;
                                customerId?: string;
                            }[];
                            recurringGiftId?: string;
                            installmentDueAt?: string;
                            pledgeId?: string;
                            note?: string;
                            /** @enum {string} */
                            status: "recorded" | "voided";
                            reversal?: {
                                /** @enum {string} */
                                kind: "void" | "refund";
                                reason: string;
                                /** Format: date-time */
                                at: string;
                                by: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gifts/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void or refund a gift: its receipt is void and every total drops it
         * @description Roles: admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default void
                         * @enum {string}
                         */
                        kind?: "void" | "refund";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Voided: the reversing entry; the receipt is void */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            receiptNumber: string;
                            /** @enum {string} */
                            receiptStatus: "valid" | "void";
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                            campaignId?: string;
                            fund?: string;
                            softCredits?: {
                                /** @enum {string} */
                                type: "in_honour_of" | "in_memory_of" | "solicited_by";
                                name?: string;
                                customerId?: string;
                            }[];
                            recurringGiftId?: string;
                            installmentDueAt?: string;
                            pledgeId?: string;
                            note?: string;
                            /** @enum {string} */
                            status: "recorded" | "voided";
                            reversal?: {
                                /** @enum {string} */
                                kind: "void" | "refund";
                                reason: string;
                                /** Format: date-time */
                                at: string;
                                by: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Already voided */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring-gifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor's recurring gifts (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    customerId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The donor's recurring gifts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                frequency: "monthly" | "quarterly" | "yearly";
                                method: string;
                                campaignId?: string;
                                fund?: string;
                                /** Format: date-time */
                                nextDueAt: string;
                                /** @enum {string} */
                                status: "active" | "lapsed" | "cancelled";
                                missedCount: number;
                                lapseAfterMissed: number;
                                graceSeconds: number;
                                /** Format: date-time */
                                lapsedAt?: string;
                                installments?: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    amount: {
                                        amountMinor: number;
                                        currency: string;
                                    };
                                    /** @enum {string} */
                                    status: "expected" | "received" | "missed";
                                    giftId?: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up a recurring gift
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: string;
                        amount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "yearly";
                        /**
                         * @default card
                         * @enum {string}
                         */
                        method?: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                        campaignId?: string;
                        fund?: string;
                        /** Format: date-time */
                        nextDueAt?: string;
                        /** Format: date */
                        startDate?: string;
                        /** @default 3 */
                        lapseAfterMissed?: number;
                        /** @default 1209600 */
                        graceSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Set up; its first due timer is armed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly";
                            method: string;
                            campaignId?: string;
                            fund?: string;
                            /** Format: date-time */
                            nextDueAt: string;
                            /** @enum {string} */
                            status: "active" | "lapsed" | "cancelled";
                            missedCount: number;
                            lapseAfterMissed: number;
                            graceSeconds: number;
                            /** Format: date-time */
                            lapsedAt?: string;
                            installments?: {
                                /** Format: date-time */
                                dueAt: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "expected" | "received" | "missed";
                                giftId?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring-gifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recurring gift with its installments
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The recurring gift and its installments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly";
                            method: string;
                            campaignId?: string;
                            fund?: string;
                            /** Format: date-time */
                            nextDueAt: string;
                            /** @enum {string} */
                            status: "active" | "lapsed" | "cancelled";
                            missedCount: number;
                            lapseAfterMissed: number;
                            graceSeconds: number;
                            /** Format: date-time */
                            lapsedAt?: string;
                            installments?: {
                                /** Format: date-time */
                                dueAt: string;
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "expected" | "received" | "missed";
                                giftId?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor's pledges (paged)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    customerId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The donor's pledges */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                paid: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                balance: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                schedule: {
                                    /** Format: date */
                                    dueDate: string;
                                    amountMinor: number;
                                }[];
                                campaignId?: string;
                                fund?: string;
                                reminderDaysBefore: number;
                                /** @enum {string} */
                                status: "open" | "fulfilled" | "cancelled" | "overdue";
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a pledge with its installment schedule
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: string;
                        total: {
                            amountMinor: number;
                            currency: string;
                        };
                        schedule: {
                            /** Format: date */
                            dueDate: string;
                            amountMinor: number;
                        }[];
                        campaignId?: string;
                        fund?: string;
                        /** @default 7 */
                        reminderDaysBefore?: number;
                    };
                };
            };
            responses: {
                /** @description Recorded; reminders armed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            total: {
                                amountMinor: number;
                                currency: string;
                            };
                            paid: {
                                amountMinor: number;
                                currency: string;
                            };
                            balance: {
                                amountMinor: number;
                                currency: string;
                            };
                            schedule: {
                                /** Format: date */
                                dueDate: string;
                                amountMinor: number;
                            }[];
                            campaignId?: string;
                            fund?: string;
                            reminderDaysBefore: number;
                            /** @enum {string} */
                            status: "open" | "fulfilled" | "cancelled" | "overdue";
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pledge with its balance and status
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pledge: paid, balance, status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            total: {
                                amountMinor: number;
                                currency: string;
                            };
                            paid: {
                                amountMinor: number;
                                currency: string;
                            };
                            balance: {
                                amountMinor: number;
                                currency: string;
                            };
                            schedule: {
                                /** Format: date */
                                dueDate: string;
                                amountMinor: number;
                            }[];
                            campaignId?: string;
                            fund?: string;
                            reminderDaysBefore: number;
                            /** @enum {string} */
                            status: "open" | "fulfilled" | "cancelled" | "overdue";
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay towards a pledge (a gift applied to it)
         * @description Roles: admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key returns the first result; another body with it is 422 */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date */
                        date: string;
                        /** @enum {string} */
                        method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Applied: the pledge and the gift (with its receipt) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pledge: {
                                id: string;
                                customerId: string;
                                total: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                paid: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                balance: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                schedule: {
                                    /** Format: date */
                                    dueDate: string;
                                    amountMinor: number;
                                }[];
                                campaignId?: string;
                                fund?: string;
                                reminderDaysBefore: number;
                                /** @enum {string} */
                                status: "open" | "fulfilled" | "cancelled" | "overdue";
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            };
                            gift: {
                                id: string;
                                customerId: string;
                                receiptNumber: string;
                                /** @enum {string} */
                                receiptStatus: "valid" | "void";
                                amount: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                method: "cash" | "cheque" | "card" | "bank_transfer" | "in_kind" | "securities";
                                campaignId?: string;
                                fund?: string;
                                softCredits?: {
                                    /** @enum {string} */
                                    type: "in_honour_of" | "in_memory_of" | "solicited_by";
                                    name?: string;
                                    customerId?: string;
                                }[];
                                recurringGiftId?: string;
                                installmentDueAt?: string;
                                pledgeId?: string;
                                note?: string;
                                /** @enum {string} */
                                status: "recorded" | "voided";
                                reversal?: {
                                    /** @enum {string} */
                                    kind: "void" | "refund";
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description Above the balance, another currency, or the pledge is not open */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gift's receipt (PDF)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The receipt as application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/donors/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campaign progress against goals (JSON or CSV)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaign progress; CSV with ?format=csv or Accept: text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaigns: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                goal: {
                                    amountMinor: number;
                                    currency: string;
                                };
                                raised: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                                giftCount: number;
                                donorCount: number;
                                percentOfGoal: number;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/donors/giving-by-month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's giving by month (JSON or CSV)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Giving by month and currency; CSV with ?format=csv or Accept: text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            months: {
                                month: string;
                                currency: string;
                                amountMinor: number;
                                giftCount: number;
                                donorCount: number;
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/donors/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Donor retention: LYBUNT and SYBUNT lists for a year (JSON or CSV)
         * @description Roles: admin, supervisor, agent, viewer.
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description LYBUNT and SYBUNT donors; CSV with ?format=csv or Accept: text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            lybunt: {
                                customerId: string;
                                displayName: string;
                                lastGiftYear: number;
                                lastGiftYearTotals: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                            }[];
                            sybunt: {
                                customerId: string;
                                displayName: string;
                                lastGiftYear: number;
                                lastGiftYearTotals: {
                                    amountMinor: number;
                                    currency: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an analytics export of all cases
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Export started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            executionId: string;
                            /** @enum {string} */
                            status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";
                            startedAt: string;
                            stoppedAt?: string;
                            manifest?: {
                                exportId: string;
                                /** @enum {string} */
                                entity: "case";
                                /** @enum {string} */
                                format: "csv";
                                columns: string[];
                                createdAt: string;
                                rowCount: number;
                                files: {
                                    key: string;
                                    rows: number;
                                    bytes: number;
                                    sha256: string;
                                }[];
                            };
                            error?: {
                                error: string;
                                cause?: string;
                            };
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/exports/{executionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an export's status and manifest
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    executionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The export's status, with its manifest once it succeeded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            executionId: string;
                            /** @enum {string} */
                            status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";
                            startedAt: string;
                            stoppedAt?: string;
                            manifest?: {
                                exportId: string;
                                /** @enum {string} */
                                entity: "case";
                                /** @enum {string} */
                                format: "csv";
                                columns: string[];
                                createdAt: string;
                                rowCount: number;
                                files: {
                                    key: string;
                                    rows: number;
                                    bytes: number;
                                    sha256: string;
                                }[];
                            };
                            error?: {
                                error: string;
                                cause?: string;
                            };
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
