/**
 * Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit:
 * change the route schemas and run the script again.
 */
export interface paths {
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件 Upload an image or PDF (the raw file as the body) */
        post: {
            parameters: {
                query?: {
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            fileName: string;
                            id: number;
                            size: number;
                            /** @description Give it in `attachments` of an intake, note or resolution */
                            token: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a case you may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 Browse the audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Action or its prefix, e.g. unit. or auth.login */
                    action?: string;
                    actorId?: number;
                    /** @description Next page: entries older than this id */
                    beforeId?: number;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: number | null;
                                actorLabel: string | null;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entityId: string | null;
                                entityType: string;
                                id: number;
                                ip: string | null;
                                requestId: string | null;
                                seq: number | null;
                            }[];
                            nextBeforeId: number | null;
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
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain of the audit trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            ok: boolean;
                            problem?: {
                                reason: string;
                                seq: number;
                            };
                            unsealed: number;
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
    "/api/v1/auth/citizen-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Citizen sign-in with mobile and code */
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
                        code: string;
                        mobile: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as X-CSRF-Token with every write made with the session cookie */
                            csrfToken: string | null;
                            /** @description Permissions held over the whole district */
                            districtWide: string[];
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            /** @description Permissions held somewhere in the tree */
                            permissions: string[];
                            person: {
                                displayName: string;
                                id: number;
                                kind: "staff" | "citizen";
                                username: string | null;
                            };
                            via: "session" | "token";
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
    "/api/v1/auth/demo-logins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo accounts (demo mode only; empty otherwise) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            password: string;
                            role: string;
                            username: string;
                        }[];
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in with username (or mobile) and password */
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
                        /** @description Username or mobile number */
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as X-CSRF-Token with every write made with the session cookie */
                            csrfToken: string | null;
                            /** @description Permissions held over the whole district */
                            districtWide: string[];
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            /** @description Permissions held somewhere in the tree */
                            permissions: string[];
                            person: {
                                displayName: string;
                                id: number;
                                kind: "staff" | "citizen";
                                username: string | null;
                            };
                            via: "session" | "token";
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with roles and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as X-CSRF-Token with every write made with the session cookie */
                            csrfToken: string | null;
                            /** @description Permissions held over the whole district */
                            districtWide: string[];
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            /** @description Permissions held somewhere in the tree */
                            permissions: string[];
                            person: {
                                displayName: string;
                                id: number;
                                kind: "staff" | "citizen";
                                username: string | null;
                            };
                            via: "session" | "token";
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
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
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
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-in code to a citizen mobile */
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
                        mobile: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
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
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历 Holidays and adjusted working days entered here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: "update"[];
                            /** @description The last year the built-in holiday data knows */
                            coveredUntilYear: number;
                            overrides: {
                                day: string;
                                /** @enum {unknown} */
                                kind: "holiday" | "workday";
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/calendar/overrides/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a day as a holiday or a working day */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        kind: "holiday" | "workday";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: "update"[];
                            /** @description The last year the built-in holiday data knows */
                            coveredUntilYear: number;
                            overrides: {
                                day: string;
                                /** @enum {unknown} */
                                kind: "holiday" | "workday";
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** Remove an entered day */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: "update"[];
                            /** @description The last year the built-in holiday data knows */
                            coveredUntilYear: number;
                            overrides: {
                                day: string;
                                /** @enum {unknown} */
                                kind: "holiday" | "workday";
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求列表 Cases in your scope, filtered, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description This category and everything below it */
                    categoryId?: number;
                    channel?: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                    createdFrom?: string;
                    createdTo?: string;
                    /** @description From the previous page */
                    cursor?: string;
                    leadUnitId?: number;
                    limit?: number;
                    /** @description Cases at this place or below it */
                    placeUnitId?: number;
                    /** @description A tracking code, or words to search (Chinese by characters and pairs; Traditional or Simplified); results best match first */
                    q?: string;
                    queue?: "to_accept" | "to_dispatch" | "returned" | "to_acknowledge" | "in_progress" | "due_soon" | "overdue" | "to_review" | "to_follow_up" | "extension_requests" | "closed";
                    status?: ("submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged")[];
                    tier?: "minor" | "general" | "major";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                /** @enum {unknown} */
                                channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                                colour: ("green" | "yellow" | "red") | null;
                                /** Format: date-time */
                                createdAt: string;
                                escalationLevel: number;
                                heat: number;
                                id: number;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                match?: {
                                    /** @description [start, end) of each match in text */
                                    highlights: [
                                        number,
                                        number
                                    ][];
                                    text: string;
                                };
                                place: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                recurrenceOfId: number | null;
                                reopenCount: number;
                                resolveDueAt: string | null;
                                responseDueAt: string | null;
                                returnCount: number;
                                satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                tier: ("minor" | "general" | "major") | null;
                                title: string;
                                trackingCode: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent";
                                version: number;
                            }[];
                            nextCursor: string | null;
                            /**
                             * Format: date-time
                             * @description A search without createdFrom looks back this far (the last 90 days); set createdFrom to search earlier. A search ranks its 200 newest matches and counts up to 1,000
                             */
                            searchedSince?: string;
                            /** @description Matching cases, counted up to 10,000 */
                            total: number;
                            totalIsExact: boolean;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记诉求 Register a case (staff: any channel; signed-in citizens: the web channel) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key answer the case already made */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        anonymous?: boolean;
                        attachments?: string[];
                        categoryId?: number;
                        /**
                         * @description Staff intake only; the public form is always citizen_web
                         * @enum {unknown}
                         */
                        channel?: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                        description: string;
                        extra?: {
                            [key: string]: string | number;
                        };
                        lat?: number;
                        lng?: number;
                        /** @description The grid, village or township where the problem is, when known */
                        placeUnitId?: number;
                        reporterMobile?: string;
                        reporterName?: string;
                        title?: string;
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description True when this answers a retry with the same Idempotency-Key */
                            replayed: boolean;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description True when this answers a retry with the same Idempotency-Key */
                            replayed: boolean;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            trackingCode: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its timeline and the actions you may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 Accept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收 The lead unit acknowledges */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/acknowledge-summons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报到 A summoned unit reports */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: number;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Approve the resolution; follow-up is next */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/approve-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意延期 Approve the pending extension */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分类分级 Set the category, tier and urgency */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId: number;
                        /** @enum {unknown} */
                        tier: "minor" | "general" | "major";
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent";
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档 Close without a rating (e.g. the citizen cannot be reached) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理 Decline, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/deny-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不同意延期 Deny the pending extension */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单 Dispatch to a lead unit and supporting units; deadlines are computed now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leadUnitId: number;
                        note?: string;
                        supportingUnitIds?: number[];
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/dispatch-suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单建议 Lead and supporting units from the routing rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lead: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            reason: string;
                            supporting: {
                                id: number;
                                nameZh: string;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 疑似重复 Earlier cases about the same matter nearby, the most similar first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                heat: number;
                                id: number;
                                placeName: string | null;
                                placeUnitId: number | null;
                                samePlace: boolean;
                                similarity: number;
                                status: string;
                                title: string;
                                trackingCode: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 挂牌督办 Escalate to the tier above and the supervision office */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访 Record the citizen's rating; unsatisfied reopens the case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {unknown} */
                        satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                        solved: boolean;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并 Merge into an earlier case about the same problem */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetId: number;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理进展 Add a progress note (public or internal) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachments?: string[];
                        public?: boolean;
                        text: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/overrule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回退单 The dispatcher overrules a return: the same unit must handle it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重办 Reopen a closed case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/reply-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 答复质量 The latest resolution reply checked for relevance, concreteness and stock phrases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boilerplate: number;
                            caseId: number;
                            concreteness: number;
                            found: {
                                actions: string[];
                                actors: string[];
                                bases: string[];
                                stockPhrases: string[];
                                times: string[];
                            };
                            relevance: number;
                            /** Format: date-time */
                            resolvedAt: string;
                            score: number;
                            weakPoints: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/reporter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看联系方式 The reporter name and mobile, for the unit that must call back (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mobile: string | null;
                            name: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期申请 Ask for a later deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: date-time */
                        until: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结 Resolve with the result and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachments?: string[];
                        result: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单 The lead unit returns the case to the dispatcher, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回重办 Send the resolution back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/summon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吹哨报到 Summon departments; each must report within its limit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        responseHours?: number;
                        unitIds: number[];
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/summon-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 吹哨报到 The departments and task forces this case can summon (not yet part of it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Departments and task forces of the district not yet part of the case, by name */
                            items: {
                                id: number;
                                nameZh: string;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办 Urge the lead unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            acknowledgedAt: string | null;
                            address: string | null;
                            /** @description Exactly the actions the server would accept from the caller now */
                            allowedActions: ("accept" | "decline" | "merge" | "classify" | "dispatch" | "acknowledge" | "return" | "overrule" | "summon" | "acknowledgeSummons" | "note" | "requestExtension" | "approveExtension" | "denyExtension" | "resolve" | "approve" | "sendBack" | "followUp" | "reopen" | "close" | "urge" | "escalate")[];
                            attachments: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            categoryPath: string[];
                            /** @enum {unknown} */
                            channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                            closedAt: string | null;
                            colour: ("green" | "yellow" | "red") | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            dispatchedAt: string | null;
                            escalationLevel: number;
                            extensionCount: number;
                            extra: {
                                [key: string]: unknown;
                            };
                            heat: number;
                            id: number;
                            lat: number | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            lng: number | null;
                            match?: {
                                /** @description [start, end) of each match in text */
                                highlights: [
                                    number,
                                    number
                                ][];
                                text: string;
                            };
                            mergedIntoId: number | null;
                            parties: {
                                acknowledgedAt: string | null;
                                dueAt: string | null;
                                /** @description The lead unit returned the case (退单): it no longer leads it, and the case awaits re-dispatch */
                                returned: boolean;
                                /** @enum {unknown} */
                                role: "lead" | "support" | "summoned";
                                unitId: number;
                                unitName: string;
                                unitType: string;
                            }[];
                            pendingExtension: {
                                reason: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            place: {
                                id: number;
                                nameZh: string;
                                type: string;
                            } | null;
                            recurrenceOfId: number | null;
                            reopenCount: number;
                            reporter: {
                                anonymous: boolean;
                                contactable: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string | null;
                            };
                            resolvedAt: string | null;
                            resolveDueAt: string | null;
                            responseDueAt: string | null;
                            returnCount: number;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            sendBackCount: number;
                            solved: boolean | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            tier: ("minor" | "general" | "major") | null;
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent";
                            version: number;
                            warnAt: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/bulk-dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量派单 Dispatch up to 100 cases to one lead unit; each goes through the ordinary dispatch and reports its own outcome */
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
                        caseIds: number[];
                        leadUnitId: number;
                        note?: string;
                        supportingUnitIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dispatched: number;
                            failed: number;
                            /** @description One outcome per case, in the order given */
                            items: {
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                id: number;
                                ok: boolean;
                                /** @description The case's status after the attempt */
                                status: ("submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged") | null;
                                /** @description Null when the case is not one the caller may read */
                                trackingCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/duplicate-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记查重 Cases like a text being taken in */
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
                        placeUnitId?: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                heat: number;
                                id: number;
                                placeName: string | null;
                                placeUnitId: number | null;
                                samePlace: boolean;
                                similarity: number;
                                status: string;
                                title: string;
                                trackingCode: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出诉求 The filtered list as .xlsx (the list's filters; at most 50,000 cases; reporters masked without pii.read; audited) */
        get: {
            parameters: {
                query?: {
                    /** @description This category and everything below it */
                    categoryId?: number;
                    channel?: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                    createdFrom?: string;
                    createdTo?: string;
                    leadUnitId?: number;
                    /** @description Cases at this place or below it */
                    placeUnitId?: number;
                    /** @description A tracking code, or words to search (Chinese by characters and pairs; Traditional or Simplified); results best match first */
                    q?: string;
                    queue?: "to_accept" | "to_dispatch" | "returned" | "to_acknowledge" | "in_progress" | "due_soon" | "overdue" | "to_review" | "to_follow_up" | "extension_requests" | "closed";
                    status?: ("submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged")[];
                    tier?: "minor" | "general" | "major";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办 A unit's open cases, nearest deadline first */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    unitId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                /** @enum {unknown} */
                                channel: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                                colour: ("green" | "yellow" | "red") | null;
                                /** Format: date-time */
                                createdAt: string;
                                escalationLevel: number;
                                heat: number;
                                id: number;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                match?: {
                                    /** @description [start, end) of each match in text */
                                    highlights: [
                                        number,
                                        number
                                    ][];
                                    text: string;
                                };
                                place: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                recurrenceOfId: number | null;
                                reopenCount: number;
                                resolveDueAt: string | null;
                                responseDueAt: string | null;
                                returnCount: number;
                                satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                tier: ("minor" | "general" | "major") | null;
                                title: string;
                                trackingCode: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent";
                                version: number;
                            }[];
                            nextCursor: string | null;
                            /**
                             * Format: date-time
                             * @description A search without createdFrom looks back this far (the last 90 days); set createdFrom to search earlier. A search ranks its 200 newest matches and counts up to 1,000
                             */
                            searchedSince?: string;
                            /** @description Matching cases, counted up to 10,000 */
                            total: number;
                            totalIsExact: boolean;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的工作 Your queues (by your roles) with their counts under the list's filters, counted in one pass over the open cases (the archive is not counted) */
        get: {
            parameters: {
                query?: {
                    /** @description This category and everything below it */
                    categoryId?: number;
                    channel?: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                    createdFrom?: string;
                    createdTo?: string;
                    leadUnitId?: number;
                    /** @description Cases at this place or below it */
                    placeUnitId?: number;
                    /** @description A tracking code, or words to search (Chinese by characters and pairs; Traditional or Simplified); results best match first */
                    q?: string;
                    status?: ("submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged")[];
                    tier?: "minor" | "general" | "major";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cap: number;
                            /** @description The open queues that make sense for the caller's roles, in workbench order (the closed queue is not counted) */
                            items: {
                                /** @description Cases in the queue under the filters, shown up to `cap` */
                                count: number;
                                /** @description False when there are more than `cap` */
                                exact: boolean;
                                /** @enum {unknown} */
                                queue: "to_accept" | "to_dispatch" | "returned" | "to_acknowledge" | "in_progress" | "due_soon" | "overdue" | "extension_requests" | "to_review" | "to_follow_up" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三率排名 Response, resolution and satisfaction rates per unit for a month */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM */
                    month: string;
                    unitType?: "township" | "subdistrict" | "department" | "village" | "community" | "grid" | "task_force";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dispatched: number;
                                rank: number | null;
                                rated: number;
                                resolutionRate: number | null;
                                respondedOnTime: number;
                                responseRate: number | null;
                                satisfactionRate: number | null;
                                satisfied: number;
                                score: number | null;
                                solved: number;
                                unit: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                };
                            }[];
                            minSample: number;
                            month: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求分类 The category tree with routing, limits and intake fields */
        get: {
            parameters: {
                query?: {
                    includeInactive?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                allowedActions: ("update" | "createChild")[];
                                code: string;
                                depth: number;
                                /** @description What applies after inheriting from the ancestors */
                                effective: {
                                    extraFields: {
                                        key: string;
                                        labelEn: string;
                                        labelZh: string;
                                        options?: string[];
                                        required: boolean;
                                        /** @enum {unknown} */
                                        type: "text" | "number" | "date" | "choice";
                                    }[];
                                    limits: {
                                        general: {
                                            normal: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                            urgent: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                        };
                                        major: {
                                            normal: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                            urgent: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                        };
                                        minor: {
                                            normal: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                            urgent: {
                                                resolveHours: number;
                                                responseHours: number;
                                            };
                                        };
                                    };
                                    routing: {
                                        department?: string;
                                        /** @enum {unknown} */
                                        lead: "territory" | "department";
                                    } | null;
                                };
                                extraFields: {
                                    key: string;
                                    labelEn: string;
                                    labelZh: string;
                                    options?: string[];
                                    required: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "date" | "choice";
                                }[];
                                id: number;
                                limits: {
                                    general: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    major: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    minor: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                } | null;
                                nameEn: string | null;
                                nameZh: string;
                                parentId: number | null;
                                path: string;
                                routing: {
                                    department?: string;
                                    /** @enum {unknown} */
                                    lead: "territory" | "department";
                                } | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增分类 Add a category */
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
                        code: string;
                        extraFields?: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                            options?: string[];
                            required: boolean;
                            /** @enum {unknown} */
                            type: "text" | "number" | "date" | "choice";
                        }[];
                        limits?: {
                            general: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                            major: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                            minor: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                        } | null;
                        nameEn?: string | null;
                        nameZh: string;
                        parentId: number | null;
                        routing?: {
                            department?: string;
                            /** @enum {unknown} */
                            lead: "territory" | "department";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "createChild")[];
                            code: string;
                            depth: number;
                            /** @description What applies after inheriting from the ancestors */
                            effective: {
                                extraFields: {
                                    key: string;
                                    labelEn: string;
                                    labelZh: string;
                                    options?: string[];
                                    required: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "date" | "choice";
                                }[];
                                limits: {
                                    general: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    major: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    minor: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                };
                                routing: {
                                    department?: string;
                                    /** @enum {unknown} */
                                    lead: "territory" | "department";
                                } | null;
                            };
                            extraFields: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                options?: string[];
                                required: boolean;
                                /** @enum {unknown} */
                                type: "text" | "number" | "date" | "choice";
                            }[];
                            id: number;
                            limits: {
                                general: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                major: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                minor: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                            } | null;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            path: string;
                            routing: {
                                department?: string;
                                /** @enum {unknown} */
                                lead: "territory" | "department";
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "createChild")[];
                            code: string;
                            depth: number;
                            /** @description What applies after inheriting from the ancestors */
                            effective: {
                                extraFields: {
                                    key: string;
                                    labelEn: string;
                                    labelZh: string;
                                    options?: string[];
                                    required: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "date" | "choice";
                                }[];
                                limits: {
                                    general: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    major: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    minor: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                };
                                routing: {
                                    department?: string;
                                    /** @enum {unknown} */
                                    lead: "territory" | "department";
                                } | null;
                            };
                            extraFields: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                options?: string[];
                                required: boolean;
                                /** @enum {unknown} */
                                type: "text" | "number" | "date" | "choice";
                            }[];
                            id: number;
                            limits: {
                                general: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                major: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                minor: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                            } | null;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            path: string;
                            routing: {
                                department?: string;
                                /** @enum {unknown} */
                                lead: "territory" | "department";
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a category: names, routing rule, limits, intake fields, active */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        extraFields?: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                            options?: string[];
                            required: boolean;
                            /** @enum {unknown} */
                            type: "text" | "number" | "date" | "choice";
                        }[];
                        limits?: {
                            general: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                            major: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                            minor: {
                                normal: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                                urgent: {
                                    resolveHours: number;
                                    responseHours: number;
                                };
                            };
                        } | null;
                        nameEn?: string | null;
                        nameZh?: string;
                        routing?: {
                            department?: string;
                            /** @enum {unknown} */
                            lead: "territory" | "department";
                        } | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "createChild")[];
                            code: string;
                            depth: number;
                            /** @description What applies after inheriting from the ancestors */
                            effective: {
                                extraFields: {
                                    key: string;
                                    labelEn: string;
                                    labelZh: string;
                                    options?: string[];
                                    required: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "date" | "choice";
                                }[];
                                limits: {
                                    general: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    major: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                    minor: {
                                        normal: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                        urgent: {
                                            resolveHours: number;
                                            responseHours: number;
                                        };
                                    };
                                };
                                routing: {
                                    department?: string;
                                    /** @enum {unknown} */
                                    lead: "territory" | "department";
                                } | null;
                            };
                            extraFields: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                options?: string[];
                                required: boolean;
                                /** @enum {unknown} */
                                type: "text" | "number" | "date" | "choice";
                            }[];
                            id: number;
                            limits: {
                                general: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                major: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                                minor: {
                                    normal: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                    urgent: {
                                        resolveHours: number;
                                        responseHours: number;
                                    };
                                };
                            } | null;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            path: string;
                            routing: {
                                department?: string;
                                /** @enum {unknown} */
                                lead: "territory" | "department";
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导驾驶舱 Volume and trend, top categories, places, overdue, the three-rates ranking with red and black lists */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the period (default: 90 days before `to` on the board, 30 days on the dashboard) */
                    from?: string;
                    /** @description End of the period, exclusive (default: now) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                level1: {
                                    count: number;
                                    id: number;
                                    nameZh: string;
                                }[];
                                level2: {
                                    count: number;
                                    id: number;
                                    nameZh: string;
                                    parentNameZh: string;
                                }[];
                            };
                            /** Format: date-time */
                            generatedAt: string;
                            /** @enum {unknown} */
                            granularity: "day" | "week";
                            overdue: {
                                byUnit: {
                                    general: number;
                                    major: number;
                                    minor: number;
                                    total: number;
                                    unclassified: number;
                                    unit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    };
                                }[];
                                total: number;
                            };
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            /** @description Cases per township or subdistrict where the problem is */
                            places: {
                                /** @description The unit code, as on the district map */
                                code: string;
                                count: number;
                                unit: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                };
                            }[];
                            previous: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            rates: {
                                departments: {
                                    /** @description 黑榜: the worst ranked units, the worst first */
                                    black: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                    items: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                    /** @description 红榜: the best ranked units */
                                    red: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                };
                                fromMonth: string;
                                minSample: number;
                                toMonth: string;
                                townships: {
                                    /** @description 黑榜: the worst ranked units, the worst first */
                                    black: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                    items: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                    /** @description 红榜: the best ranked units */
                                    red: {
                                        dispatched: number;
                                        rank: number | null;
                                        rated: number;
                                        resolutionRate: number | null;
                                        respondedOnTime: number;
                                        responseRate: number | null;
                                        satisfactionRate: number | null;
                                        satisfied: number;
                                        score: number | null;
                                        solved: number;
                                        unit: {
                                            id: number;
                                            nameZh: string;
                                            type: string;
                                        };
                                    }[];
                                };
                            };
                            totals: {
                                change: number | null;
                                /** @description Open now */
                                open: number;
                                /** @description Overdue now */
                                overdue: number;
                                /** @description Cases registered in the period before, of the same length */
                                previousReceived: number;
                                /** @description Cases registered in the period */
                                received: number;
                                satisfactionRate: number | null;
                            };
                            volume: {
                                count: number;
                                /** @description YYYY-MM-DD, exclusive */
                                end: string;
                                /** @description The same bucket one period earlier */
                                previous: number;
                                /** @description YYYY-MM-DD, China time */
                                start: string;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/hot-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 热点 Hot issues of a period: cases and public topics about the same matter at the same place, the hottest first */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the period (default: 30 days before `to`) */
                    from?: string;
                    /** @description How many hot issues, the hottest first */
                    limit?: number;
                    /** @description End of the period, exclusive (default: now) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cases read */
                            cases: number;
                            clusters: {
                                /** Format: date-time */
                                from: string;
                                heat: number;
                                keywords: string[];
                                /** @description At most 20, in time order */
                                members: {
                                    id: number;
                                    kind: "case" | "topic";
                                    place: string | null;
                                    /** Format: date-time */
                                    time: string;
                                    title: string;
                                }[];
                                place: string | null;
                                placeUnitId: number | null;
                                /** @description Reports, cases merged into another counted */
                                reports: number;
                                /** @description Cases and topics in the cluster */
                                size: number;
                                /** @description Supports of the public topics in it */
                                supports: number;
                                title: string;
                                /** Format: date-time */
                                to: string;
                            }[];
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            generatedAt: string;
                            /** Format: date-time */
                            to: string;
                            /** @description Public topics read */
                            topics: number;
                            /** @description Only the most recent 20,000 cases were read */
                            truncated: boolean;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息 Your notifications, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Only the notifications listed after the one with this id (the next page); the list runs newest first by time */
                    beforeId?: number;
                    limit?: number;
                    unreadOnly?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                caseId: number | null;
                                id: number;
                                /** @description What happened, e.g. case.dispatch, case.urge */
                                kind: string;
                                link: string | null;
                                read: boolean;
                                title: string;
                            }[];
                            /** @description All unread notifications of the caller, not only those listed */
                            unread: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark your notifications read (listed ids, or all) */
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
                        /** @description Mark all your notifications read */
                        all?: boolean;
                        /** @description Your notifications to mark read; others are ignored */
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息推送 Live notifications (text/event-stream): `ready` with the unread count, then each `notification` with its id */
        get: {
            parameters: {
                query?: {
                    /** @description Also send notifications with a greater id (the newest you already have); the Last-Event-ID header of a reconnection wins */
                    after?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表 People in your scope (personal data masked) */
        get: {
            parameters: {
                query?: {
                    includeInactive?: boolean;
                    kind?: "staff" | "citizen";
                    limit?: number;
                    offset?: number;
                    /** @description Search in username, name and mobile */
                    q?: string;
                    role?: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                    /** @description Members of this unit and the units below it */
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                                displayName: string;
                                id: number;
                                kind: "staff" | "citizen";
                                /** @description Temporarily locked after failed sign-ins */
                                locked: boolean;
                                /** @description Name and mobile are masked (个人信息脱敏) */
                                masked: boolean;
                                memberships: {
                                    /** @enum {unknown} */
                                    role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                    unitCode: string;
                                    unitId: number;
                                    unitName: string;
                                }[];
                                mobile: string | null;
                                username: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增人员 Create a staff account */
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
                        displayName: string;
                        memberships: {
                            /** @enum {unknown} */
                            role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                            unitId: number;
                        }[];
                        mobile?: string | null;
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                            displayName: string;
                            id: number;
                            kind: "staff" | "citizen";
                            /** @description Temporarily locked after failed sign-ins */
                            locked: boolean;
                            /** @description Name and mobile are masked (个人信息脱敏) */
                            masked: boolean;
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            mobile: string | null;
                            username: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person; reveal=true unmasks personal data (audited) */
        get: {
            parameters: {
                query?: {
                    /** @description Show personal data unmasked (audited) */
                    reveal?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                            displayName: string;
                            id: number;
                            kind: "staff" | "citizen";
                            /** @description Temporarily locked after failed sign-ins */
                            locked: boolean;
                            /** @description Name and mobile are masked (个人信息脱敏) */
                            masked: boolean;
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            mobile: string | null;
                            username: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, disable or enable a person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        displayName?: string;
                        mobile?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                            displayName: string;
                            id: number;
                            kind: "staff" | "citizen";
                            /** @description Temporarily locked after failed sign-ins */
                            locked: boolean;
                            /** @description Name and mobile are masked (个人信息脱敏) */
                            masked: boolean;
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            mobile: string | null;
                            username: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 分配角色 Set units and roles */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberships: {
                            /** @enum {unknown} */
                            role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                            unitId: number;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                            displayName: string;
                            id: number;
                            kind: "staff" | "citizen";
                            /** @description Temporarily locked after failed sign-ins */
                            locked: boolean;
                            /** @description Name and mobile are masked (个人信息脱敏) */
                            masked: boolean;
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            mobile: string | null;
                            username: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password (ends their sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a temporary sign-in lock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            allowedActions: ("update" | "assignRoles" | "resetPassword" | "unlock" | "deactivate" | "activate" | "viewPersonalData")[];
                            displayName: string;
                            id: number;
                            kind: "staff" | "citizen";
                            /** @description Temporarily locked after failed sign-ins */
                            locked: boolean;
                            /** @description Name and mobile are masked (个人信息脱敏) */
                            masked: boolean;
                            memberships: {
                                /** @enum {unknown} */
                                role: "citizen" | "grid_worker" | "dispatcher" | "handler" | "unit_lead" | "supervisor" | "leader" | "programme_office" | "organisation_department" | "administrator";
                                unitCode: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            mobile: string | null;
                            username: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出人员 Export staff in your scope as .xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入人员 Import staff from .xlsx (all rows or none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/people/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .xlsx template for importing people */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清单列表 Programmes you may see, newest first, with task counts by status */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: "campaign" | "pledges" | "key_projects" | "plan";
                    limit?: number;
                    q?: string;
                    status?: "draft" | "active" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                /** @enum {unknown} */
                                kind: "campaign" | "pledges" | "key_projects" | "plan";
                                ownerUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                /** @description Mean progress of those tasks, 0–100 */
                                progress: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                /** @enum {unknown} */
                                status: "draft" | "active" | "closed";
                                /** @description Top-level tasks by displayed status */
                                statusCounts: {
                                    [key: string]: number;
                                };
                                /** @description Top-level tasks you may see */
                                taskCount: number;
                                title: string;
                                topicWindow: {
                                    closesAt: string | null;
                                    intro: string | null;
                                    /** @description Proposals and supports are taken now */
                                    open: boolean;
                                    opensAt: string | null;
                                    /** @description Proposals per person in this window */
                                    proposalLimit: number;
                                    /** @description Supports per person in this window */
                                    supportLimit: number;
                                };
                                version: number;
                                /** @enum {unknown} */
                                visibility: "internal" | "public";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建清单 Create a programme (a draft until activated) */
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
                        atRiskWorkingDays?: number;
                        description?: string;
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        endsOn: string;
                        /** @enum {unknown} */
                        kind: "campaign" | "pledges" | "key_projects" | "plan";
                        /** @description The programme office (牵头单位) */
                        ownerUnitId: number;
                        phases?: {
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            /** @description Keep an existing phase */
                            id?: number;
                            name: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                        }[];
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        startsOn: string;
                        title: string;
                        /** @enum {unknown} */
                        visibility?: "internal" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme: phases, report forms, task counts, topic window, and the actions you may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑清单 Edit a programme and its phases */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        atRiskWorkingDays?: number;
                        description?: string;
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        endsOn?: string;
                        /** @enum {unknown} */
                        kind?: "campaign" | "pledges" | "key_projects" | "plan";
                        /** @description The full list; phases left out are removed (refused while tasks use them) */
                        phases?: {
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            /** @description Keep an existing phase */
                            id?: number;
                            name: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                        }[];
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        startsOn?: string;
                        title?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                        /** @enum {unknown} */
                        visibility?: "internal" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动 Start a draft programme: units see their tasks and reports open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束 Close a programme */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/export/reports.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出报送记录 The full report history of the tasks you may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/programmes/{id}/export/tasks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出调度表 The meeting table: every task you may see with its status and the latest report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/programmes/{id}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建报送表格 Define a report form: fields and cycle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        dueWorkingDay?: number;
                        fields: {
                            help?: string;
                            key: string;
                            label: string;
                            max?: number;
                            maxFiles?: number;
                            maxLength?: number;
                            min?: number;
                            multiple?: boolean;
                            options?: string[];
                            required: boolean;
                            /** @description The value measures the task against its target (e.g. coverage %) */
                            target?: boolean;
                            /** @enum {unknown} */
                            type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                        }[];
                        /** @enum {unknown} */
                        frequency: "weekly" | "monthly" | "quarterly";
                        name: string;
                        remindWorkingDays?: number;
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            description: string;
                            /** @description 0: the last working day of the period; N: the N-th working day after it */
                            dueWorkingDay: number;
                            fields: {
                                help?: string;
                                key: string;
                                label: string;
                                max?: number;
                                maxFiles?: number;
                                maxLength?: number;
                                min?: number;
                                multiple?: boolean;
                                options?: string[];
                                required: boolean;
                                /** @description The value measures the task against its target (e.g. coverage %) */
                                target?: boolean;
                                /** @enum {unknown} */
                                type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                            }[];
                            /** @enum {unknown} */
                            frequency: "weekly" | "monthly" | "quarterly";
                            id: number;
                            name: string;
                            programmeId: number;
                            /** @description Working days before the due day that the reminder goes out */
                            remindWorkingDays: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑报送表格 Edit a form (fields, due day, reminder) or stop it (active: false) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        description?: string;
                        dueWorkingDay?: number;
                        fields?: {
                            help?: string;
                            key: string;
                            label: string;
                            max?: number;
                            maxFiles?: number;
                            maxLength?: number;
                            min?: number;
                            multiple?: boolean;
                            options?: string[];
                            required: boolean;
                            /** @description The value measures the task against its target (e.g. coverage %) */
                            target?: boolean;
                            /** @enum {unknown} */
                            type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                        }[];
                        name?: string;
                        remindWorkingDays?: number;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            description: string;
                            /** @description 0: the last working day of the period; N: the N-th working day after it */
                            dueWorkingDay: number;
                            fields: {
                                help?: string;
                                key: string;
                                label: string;
                                max?: number;
                                maxFiles?: number;
                                maxLength?: number;
                                min?: number;
                                multiple?: boolean;
                                options?: string[];
                                required: boolean;
                                /** @description The value measures the task against its target (e.g. coverage %) */
                                target?: boolean;
                                /** @enum {unknown} */
                                type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                            }[];
                            /** @enum {unknown} */
                            frequency: "weekly" | "monthly" | "quarterly";
                            id: number;
                            name: string;
                            programmeId: number;
                            /** @description Working days before the due day that the reminder goes out */
                            remindWorkingDays: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启动 Reopen a closed programme */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增任务 Add a task (or a sub-task) to a programme */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        dueOn?: string;
                        /** @description Your own key; a spreadsheet import updates the task with the same key */
                        externalId?: string;
                        leaderName?: string;
                        leadUnitId: number;
                        milestones?: {
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            dueOn: string;
                            phaseId?: number;
                            title: string;
                        }[];
                        ownerName?: string;
                        /** @description Makes it a sub-task */
                        parentId?: number;
                        phaseId?: number;
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        startsOn?: string;
                        supportingUnitIds?: number[];
                        targetText?: string;
                        targetUnit?: string;
                        targetValue?: number;
                        title: string;
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/tasks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入任务清单 Import tasks from .xlsx: all rows or none; tasks are updated by their 编号; every bad row is answered with its number and reason (422 IMPORT_FAILED, details.rows) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/tasks/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务清单导入模板 The .xlsx template for importing a task list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/programmes/{id}/topic-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 开启群众点题 Open (or move) the window for public topic proposals and supports */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closesAt: string;
                        intro?: string;
                        /** Format: date-time */
                        opensAt: string;
                        proposalLimit?: number;
                        supportLimit?: number;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/programmes/{id}/topic-window/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束群众点题 Close the topic window now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            atRiskWorkingDays: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            forms: {
                                active: boolean;
                                description: string;
                                /** @description 0: the last working day of the period; N: the N-th working day after it */
                                dueWorkingDay: number;
                                fields: {
                                    help?: string;
                                    key: string;
                                    label: string;
                                    max?: number;
                                    maxFiles?: number;
                                    maxLength?: number;
                                    min?: number;
                                    multiple?: boolean;
                                    options?: string[];
                                    required: boolean;
                                    /** @description The value measures the task against its target (e.g. coverage %) */
                                    target?: boolean;
                                    /** @enum {unknown} */
                                    type: "text" | "number" | "percent" | "money" | "date" | "choice" | "attachment";
                                }[];
                                /** @enum {unknown} */
                                frequency: "weekly" | "monthly" | "quarterly";
                                id: number;
                                name: string;
                                programmeId: number;
                                /** @description Working days before the due day that the reminder goes out */
                                remindWorkingDays: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                version: number;
                            }[];
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开诉求 Anonymised cases of an area, open or closed, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "open" | "closed";
                    /** @description A township/subdistrict (or village/community) unit code */
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string | null;
                                closedAt: string | null;
                                id: number;
                                lat: number | null;
                                lng: number | null;
                                place: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string;
                                title: string;
                                township: {
                                    code: string;
                                    name: string;
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 群众提交诉求 The public form: anonymous or named, answers a tracking code */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key answer the case already made */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        anonymous?: boolean;
                        attachments?: string[];
                        categoryId?: number;
                        /**
                         * @description Staff intake only; the public form is always citizen_web
                         * @enum {unknown}
                         */
                        channel?: "citizen_web" | "hotline" | "patrol" | "inspection" | "enterprise_visit" | "street_sweep" | "leader_reception" | "letter" | "supervision";
                        description: string;
                        extra?: {
                            [key: string]: string | number;
                        };
                        lat?: number;
                        lng?: number;
                        /** @description The grid, village or township where the problem is, when known */
                        placeUnitId?: number;
                        reporterMobile?: string;
                        reporterName?: string;
                        title?: string;
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description True when this answers a retry with the same Idempotency-Key */
                            replayed: boolean;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            trackingCode: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description True when this answers a retry with the same Idempotency-Key */
                            replayed: boolean;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                            trackingCode: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/cases/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求查询 Follow a case by its tracking code (named cases: with the mobile given) */
        get: {
            parameters: {
                query?: {
                    /** @description The mobile given with a named case; anonymous cases need only the code */
                    mobile?: string;
                };
                header?: {
                    /** @description The mobile given with a named case (preferred over the query parameter: it stays out of logs) */
                    "x-reporter-mobile"?: string;
                };
                path: {
                    /** @description 查询码, e.g. LS261122-7KQ3M9 */
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: {
                                name: string;
                                path: string[];
                            } | null;
                            closedAt: string | null;
                            place: string | null;
                            rating: {
                                /** @enum {unknown} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                                solved: boolean | null;
                            } | null;
                            /** @description True while the case waits for the citizen's rating (回访) */
                            ratingAsked: boolean;
                            result: string | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "handling" | "awaiting_rating" | "closed" | "declined" | "merged";
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                kind: "submitted" | "accepted" | "declined" | "merged" | "dispatched" | "redispatched" | "handling" | "progress" | "extended" | "resolved" | "rated" | "reopened" | "closed";
                                label: string;
                                text: string | null;
                            }[];
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/cases/{trackingCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 群众评价 Rate the result (回访): satisfied / basically satisfied / unsatisfied, solved or not */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The mobile given with a named case (preferred over the query parameter: it stays out of logs) */
                    "x-reporter-mobile"?: string;
                };
                path: {
                    /** @description 查询码, e.g. LS261122-7KQ3M9 */
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description For named cases, unless given in X-Reporter-Mobile */
                        mobile?: string;
                        /**
                         * @description satisfied 满意 / basically_satisfied 基本满意 / unsatisfied 不满意
                         * @enum {unknown}
                         */
                        satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                        /** @description 问题是否已实际解决 */
                        solved: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: {
                                name: string;
                                path: string[];
                            } | null;
                            closedAt: string | null;
                            place: string | null;
                            rating: {
                                /** @enum {unknown} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                                solved: boolean | null;
                            } | null;
                            /** @description True while the case waits for the citizen's rating (回访) */
                            ratingAsked: boolean;
                            result: string | null;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "dispatched" | "handling" | "awaiting_rating" | "closed" | "declined" | "merged";
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                kind: "submitted" | "accepted" | "declined" | "merged" | "dispatched" | "redispatched" | "handling" | "progress" | "extended" | "resolved" | "rated" | "reopened" | "closed";
                                label: string;
                                text: string | null;
                            }[];
                            trackingCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/district-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域边界 The district's township and village boundaries (GeoJSON) with unit ids */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            features: {
                                geometry: unknown;
                                properties: {
                                    code: string;
                                    /** @enum {unknown} */
                                    level: "township" | "village";
                                    name: string;
                                    nameEn?: string;
                                    parentCode?: string;
                                    unitId: number | null;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            name?: string;
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开清单 Public programmes with their progress and topic windows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                /** @enum {unknown} */
                                kind: "campaign" | "pledges" | "key_projects" | "plan";
                                ownerUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                /** @description Mean progress of those tasks, 0–100 */
                                progress: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                                /** @enum {unknown} */
                                status: "draft" | "active" | "closed";
                                /** @description Top-level tasks by displayed status */
                                statusCounts: {
                                    [key: string]: number;
                                };
                                /** @description Top-level tasks you may see */
                                taskCount: number;
                                title: string;
                                topicWindow: {
                                    closesAt: string | null;
                                    intro: string | null;
                                    /** @description Proposals and supports are taken now */
                                    open: boolean;
                                    opensAt: string | null;
                                    /** @description Proposals per person in this window */
                                    proposalLimit: number;
                                    /** @description Supports per person in this window */
                                    supportLimit: number;
                                };
                                version: number;
                                /** @enum {unknown} */
                                visibility: "internal" | "public";
                            }[];
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
    "/api/v1/public/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A public programme with the progress of each task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "activate" | "close" | "reopen" | "addTask" | "importTasks" | "exportTables" | "manageForms" | "openTopicWindow" | "closeTopicWindow" | "moderateTopics")[];
                            description: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            endsOn: string;
                            id: number;
                            /** @enum {unknown} */
                            kind: "campaign" | "pledges" | "key_projects" | "plan";
                            ownerUnit: {
                                id: number;
                                nameZh: string;
                            };
                            phases: {
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                endsOn: string;
                                id: number;
                                name: string;
                                seq: number;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                startsOn: string;
                            }[];
                            /** @description Mean progress of those tasks, 0–100 */
                            progress: number;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            startsOn: string;
                            /** @enum {unknown} */
                            status: "draft" | "active" | "closed";
                            /** @description Top-level tasks by displayed status */
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description Top-level tasks you may see */
                            taskCount: number;
                            tasks: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                id: number;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                parentId: number | null;
                                progress: number;
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            title: string;
                            topicWindow: {
                                closesAt: string | null;
                                intro: string | null;
                                /** @description Proposals and supports are taken now */
                                open: boolean;
                                opensAt: string | null;
                                /** @description Proposals per person in this window */
                                proposalLimit: number;
                                /** @description Supports per person in this window */
                                supportLimit: number;
                            };
                            version: number;
                            /** @enum {unknown} */
                            visibility: "internal" | "public";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 群众点题 Published topics, by supports or newest */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    programmeId?: number;
                    sort?: "support" | "new";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @description You proposed it */
                                mine: boolean;
                                moderationNote: string | null;
                                programmeId: number;
                                programmeTitle: string;
                                /** @enum {unknown} */
                                status: "pending" | "published" | "rejected" | "selected";
                                supportCount: number;
                                supportedByMe: boolean;
                                task: {
                                    /** @enum {unknown} */
                                    displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                    dueOn: string | null;
                                    id: number;
                                    milestones: {
                                        completed: boolean;
                                        /**
                                         * Format: date
                                         * @description A China-local date, YYYY-MM-DD
                                         */
                                        dueOn: string;
                                        title: string;
                                    }[];
                                    progress: number;
                                    title: string;
                                    /** @description Public progress notes, newest last */
                                    updates: {
                                        /** Format: date-time */
                                        at: string;
                                        text: string;
                                    }[];
                                } | null;
                                title: string;
                            }[];
                            nextOffset: number | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 我要点题 Propose a topic (signed-in citizen; published after moderation) */
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
                        categoryId?: number;
                        description: string;
                        /** @description Words that find cases about the same matter */
                        keywords?: string[];
                        programmeId: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            /** @description You proposed it */
                            mine: boolean;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            supportedByMe: boolean;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                id: number;
                                milestones: {
                                    completed: boolean;
                                    /**
                                     * Format: date
                                     * @description A China-local date, YYYY-MM-DD
                                     */
                                    dueOn: string;
                                    title: string;
                                }[];
                                progress: number;
                                title: string;
                                /** @description Public progress notes, newest last */
                                updates: {
                                    /** Format: date-time */
                                    at: string;
                                    text: string;
                                }[];
                            } | null;
                            title: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One topic with the public progress of its task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            /** @description You proposed it */
                            mine: boolean;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            supportedByMe: boolean;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                id: number;
                                milestones: {
                                    completed: boolean;
                                    /**
                                     * Format: date
                                     * @description A China-local date, YYYY-MM-DD
                                     */
                                    dueOn: string;
                                    title: string;
                                }[];
                                progress: number;
                                title: string;
                                /** @description Public progress notes, newest last */
                                updates: {
                                    /** Format: date-time */
                                    at: string;
                                    text: string;
                                }[];
                            } | null;
                            title: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/topics/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 支持 Support a topic: once per person (409 TOPIC_ALREADY_SUPPORTED), within your limit for the window */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            supportCount: number;
                            supportedByMe: boolean;
                            /** @description Supports you have left in this window */
                            supportsLeft: number;
                            topicId: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 取消支持 Withdraw your support while the window is open */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            supportCount: number;
                            supportedByMe: boolean;
                            /** @description Supports you have left in this window */
                            supportsLeft: number;
                            topicId: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/topics/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My proposals (signed-in citizen), with their moderation status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @description You proposed it */
                                mine: boolean;
                                moderationNote: string | null;
                                programmeId: number;
                                programmeTitle: string;
                                /** @enum {unknown} */
                                status: "pending" | "published" | "rejected" | "selected";
                                supportCount: number;
                                supportedByMe: boolean;
                                task: {
                                    /** @enum {unknown} */
                                    displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                    dueOn: string | null;
                                    id: number;
                                    milestones: {
                                        completed: boolean;
                                        /**
                                         * Format: date
                                         * @description A China-local date, YYYY-MM-DD
                                         */
                                        dueOn: string;
                                        title: string;
                                    }[];
                                    progress: number;
                                    title: string;
                                    /** @description Public progress notes, newest last */
                                    updates: {
                                        /** Format: date-time */
                                        at: string;
                                        text: string;
                                    }[];
                                } | null;
                                title: string;
                            }[];
                            nextOffset: number | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送列表 Reports you may see: the review queue, a unit's reports to file, a period */
        get: {
            parameters: {
                query?: {
                    formId?: number;
                    late?: boolean;
                    limit?: number;
                    offset?: number;
                    periodKey?: string;
                    programmeId?: number;
                    status?: ("pending" | "submitted" | "returned" | "accepted" | "waived")[];
                    taskId?: number;
                    /** @description Reports of tasks led by this unit or the units below it */
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                                /** Format: date-time */
                                dueAt: string;
                                form: {
                                    id: number;
                                    name: string;
                                };
                                id: number;
                                /** @description 逾期: filed after the due moment, or not filed by it */
                                late: boolean;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                /** @description Still to be filed and past the due moment */
                                overdue: boolean;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                periodEnd: string;
                                periodKey: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                periodStart: string;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number | null;
                                reviewedAt: string | null;
                                reviewNote: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                                submittedAt: string | null;
                                summary: string | null;
                                task: {
                                    id: number;
                                    status: string;
                                    title: string;
                                };
                                values: {
                                    [key: string]: unknown;
                                };
                                version: number;
                            }[];
                            nextOffset: number | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its form fields, attachments, timeline and the actions you may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Accept: the task takes its progress and target value */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Take a submitted report back before review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回 Return for changes, with comments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂存 Save values without submitting (required fields may stay empty) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Overall progress of the task, 0–100 */
                        progress?: number;
                        /** @description 进展情况 */
                        summary?: string;
                        values?: {
                            [key: string]: unknown;
                        };
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送 Submit the report (every required field filled; late past the due moment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Overall progress of the task, 0–100 */
                        progress?: number;
                        /** @description 进展情况 */
                        summary?: string;
                        values?: {
                            [key: string]: unknown;
                        };
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催报 Urge the unit past the due moment (flags the report late) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reports/{id}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免报 Waive this period, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督查看板 Overdue by unit and tier, escalations, repeated returns, unsatisfied closures, recurrences */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the period (default: 90 days before `to` on the board, 30 days on the dashboard) */
                    from?: string;
                    /** @description Lines per section */
                    limit?: number;
                    /** @description End of the period, exclusive (default: now) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalated: {
                                lines: {
                                    /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                    canUrge: boolean;
                                    category: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    closedAt: string | null;
                                    colour: ("green" | "yellow" | "red") | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dueAt: string | null;
                                    escalationLevel: number;
                                    id: number;
                                    lastUrgedAt: string | null;
                                    leadUnit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    overdueDays: number | null;
                                    place: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    recurrenceOfId: number | null;
                                    reopenCount: number;
                                    returnCount: number;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {unknown} */
                                    status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                    tier: ("minor" | "general" | "major") | null;
                                    title: string;
                                    trackingCode: string;
                                    /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                    urgedToday: boolean;
                                    /** @enum {unknown} */
                                    urgency: "normal" | "urgent";
                                }[];
                                total: number;
                            };
                            /** Format: date-time */
                            generatedAt: string;
                            overdue: {
                                byTier: {
                                    general: number;
                                    major: number;
                                    minor: number;
                                    unclassified: number;
                                };
                                /** @description Every lead unit with overdue cases, the most first */
                                byUnit: {
                                    general: number;
                                    major: number;
                                    minor: number;
                                    total: number;
                                    unclassified: number;
                                    unit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    };
                                }[];
                                lines: {
                                    /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                    canUrge: boolean;
                                    category: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    closedAt: string | null;
                                    colour: ("green" | "yellow" | "red") | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dueAt: string | null;
                                    escalationLevel: number;
                                    id: number;
                                    lastUrgedAt: string | null;
                                    leadUnit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    overdueDays: number | null;
                                    place: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    recurrenceOfId: number | null;
                                    reopenCount: number;
                                    returnCount: number;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {unknown} */
                                    status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                    tier: ("minor" | "general" | "major") | null;
                                    title: string;
                                    trackingCode: string;
                                    /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                    urgedToday: boolean;
                                    /** @enum {unknown} */
                                    urgency: "normal" | "urgent";
                                }[];
                                total: number;
                            };
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            recurrences: {
                                lines: {
                                    /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                    canUrge: boolean;
                                    category: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    closedAt: string | null;
                                    colour: ("green" | "yellow" | "red") | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dueAt: string | null;
                                    escalationLevel: number;
                                    id: number;
                                    lastUrgedAt: string | null;
                                    leadUnit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    overdueDays: number | null;
                                    place: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    recurrenceOfId: number | null;
                                    reopenCount: number;
                                    returnCount: number;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {unknown} */
                                    status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                    tier: ("minor" | "general" | "major") | null;
                                    title: string;
                                    trackingCode: string;
                                    /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                    urgedToday: boolean;
                                    /** @enum {unknown} */
                                    urgency: "normal" | "urgent";
                                }[];
                                total: number;
                            };
                            returned: {
                                lines: {
                                    /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                    canUrge: boolean;
                                    category: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    closedAt: string | null;
                                    colour: ("green" | "yellow" | "red") | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dueAt: string | null;
                                    escalationLevel: number;
                                    id: number;
                                    lastUrgedAt: string | null;
                                    leadUnit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    overdueDays: number | null;
                                    place: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    recurrenceOfId: number | null;
                                    reopenCount: number;
                                    returnCount: number;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {unknown} */
                                    status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                    tier: ("minor" | "general" | "major") | null;
                                    title: string;
                                    trackingCode: string;
                                    /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                    urgedToday: boolean;
                                    /** @enum {unknown} */
                                    urgency: "normal" | "urgent";
                                }[];
                                total: number;
                            };
                            unsatisfied: {
                                lines: {
                                    /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                    canUrge: boolean;
                                    category: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    closedAt: string | null;
                                    colour: ("green" | "yellow" | "red") | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dueAt: string | null;
                                    escalationLevel: number;
                                    id: number;
                                    lastUrgedAt: string | null;
                                    leadUnit: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    overdueDays: number | null;
                                    place: {
                                        id: number;
                                        nameZh: string;
                                        type: string;
                                    } | null;
                                    recurrenceOfId: number | null;
                                    reopenCount: number;
                                    returnCount: number;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {unknown} */
                                    status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                    tier: ("minor" | "general" | "major") | null;
                                    title: string;
                                    trackingCode: string;
                                    /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                    urgedToday: boolean;
                                    /** @enum {unknown} */
                                    urgency: "normal" | "urgent";
                                }[];
                                total: number;
                            };
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/supervision/board/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督查看板分项 One section of the board, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the period (default: 90 days before `to` on the board, 30 days on the dashboard) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description End of the period, exclusive (default: now) */
                    to?: string;
                };
                header?: never;
                path: {
                    section: "overdue" | "escalated" | "returned" | "unsatisfied" | "recurrences";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The caller may urge it now (status, role and the once-a-day rule) */
                                canUrge: boolean;
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                closedAt: string | null;
                                colour: ("green" | "yellow" | "red") | null;
                                /** Format: date-time */
                                createdAt: string;
                                dueAt: string | null;
                                escalationLevel: number;
                                id: number;
                                lastUrgedAt: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                overdueDays: number | null;
                                place: {
                                    id: number;
                                    nameZh: string;
                                    type: string;
                                } | null;
                                recurrenceOfId: number | null;
                                reopenCount: number;
                                returnCount: number;
                                satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                tier: ("minor" | "general" | "major") | null;
                                title: string;
                                trackingCode: string;
                                /** @description A person already urged it today (China time): another urge today answers 409 CASE_URGED_TODAY */
                                urgedToday: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent";
                            }[];
                            offset: number;
                            /** @enum {unknown} */
                            section: "overdue" | "escalated" | "returned" | "unsatisfied" | "recurrences";
                            total: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/system/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this installation is and runs on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            /** @description The demo district is loaded */
                            demo: boolean;
                            /** @description Stable id of this installation, made at its first start */
                            instanceId: string;
                            name: string;
                            /** Format: date-time */
                            serverTime: string;
                            /** Format: date-time */
                            startedAt: string;
                            version: string;
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
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务列表 Tasks you may see: by programme, status, unit */
        get: {
            parameters: {
                query?: {
                    displayStatus?: ("not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn")[];
                    leadUnitId?: number;
                    limit?: number;
                    offset?: number;
                    parentId?: number;
                    programmeId?: number;
                    q?: string;
                    /** @description Only tasks without a parent */
                    topLevel?: boolean;
                    /** @description Tasks led or supported by this unit or the units below it */
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            nextOffset: number | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task: milestones, sub-tasks, timeline, comments, evidence, latest reports, and the actions you may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑任务 Edit a task (the programme office) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        dueOn?: string | null;
                        externalId?: string | null;
                        leaderName?: string | null;
                        leadUnitId?: number;
                        ownerName?: string | null;
                        phaseId?: number | null;
                        startsOn?: string | null;
                        supportingUnitIds?: number[];
                        targetText?: string | null;
                        targetUnit?: string | null;
                        targetValue?: number | null;
                        title?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tasks/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of a task you may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/tasks/{id}/claim-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请销号 The lead unit reports the task done (every milestone reached, every sub-task signed off) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督导意见 A supervision comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料 Attach uploaded files (tokens from POST /attachments) as evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachments: string[];
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增节点 Add a milestone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        dueOn: string;
                        phaseId?: number;
                        title: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除节点 Delete an open milestone */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 编辑节点 Edit a milestone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        dueOn?: string;
                        phaseId?: number | null;
                        title?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tasks/{id}/milestones/{milestoneId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成节点 Mark a milestone reached, with a note and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachments?: string[];
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/milestones/{milestoneId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回节点完成 Reopen a milestone, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/move-to-routine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转入常态化 Move the task to routine handling */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验不通过 Send a claimed task back to work, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 填报 Open (or find) the report of a period for this task: the current one by default */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        formId: number;
                        /** @description Defaults to the current period */
                        periodKey?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("save" | "submit" | "recall" | "accept" | "return" | "urge" | "waive")[];
                            attachments: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                size: number;
                                url: string;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The form fields, in order (see ReportFormView.fields) */
                            fields: {
                                [key: string]: unknown;
                            }[];
                            form: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            /** @description 逾期: filed after the due moment, or not filed by it */
                            late: boolean;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            /** @description Still to be filed and past the due moment */
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodEnd: string;
                            periodKey: string;
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            periodStart: string;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number | null;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "submitted" | "returned" | "accepted" | "waived";
                            submittedAt: string | null;
                            summary: string | null;
                            task: {
                                id: number;
                                status: string;
                                title: string;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            }[];
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复重点推进 Back from routine handling to focused work */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办 Urge the lead unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验销号 Verify and sign off a finished task: the only way a task closes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tasks/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销 Withdraw a task nothing was reported on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                            childCount: number;
                            children: {
                                allowedActions: ("update" | "addMilestone" | "completeMilestone" | "reopenMilestone" | "addEvidence" | "claimDone" | "verify" | "reject" | "moveToRoutine" | "resume" | "withdraw" | "comment" | "urge" | "fileReport")[];
                                childCount: number;
                                /**
                                 * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                                 * @enum {unknown}
                                 */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                dueOn: string | null;
                                externalId: string | null;
                                id: number;
                                lastReportAt: string | null;
                                leaderName: string | null;
                                leadUnit: {
                                    id: number;
                                    nameZh: string;
                                };
                                milestonesDone: number;
                                milestonesTotal: number;
                                ownerName: string | null;
                                parentId: number | null;
                                phaseId: number | null;
                                programmeId: number;
                                programmeTitle: string;
                                progress: number;
                                reportsFiled: number;
                                seq: number;
                                startsOn: string | null;
                                /**
                                 * @description The workflow stage
                                 * @enum {unknown}
                                 */
                                status: "active" | "done" | "verified" | "routine" | "withdrawn";
                                statusReasons: {
                                    actual?: number;
                                    /** @enum {unknown} */
                                    code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                    due?: string;
                                    dueAt?: string;
                                    expected?: number;
                                    startsOn?: string;
                                    title?: string;
                                }[];
                                supportingUnits: {
                                    id: number;
                                    nameZh: string;
                                }[];
                                target: {
                                    actual: number | null;
                                    text: string | null;
                                    unit: string | null;
                                    value: number | null;
                                };
                                title: string;
                                topicId: number | null;
                                version: number;
                                weight: number;
                            }[];
                            comments: {
                                /** Format: date-time */
                                at: string;
                                authorLabel: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "comment" | "urge";
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            /**
                             * @description The traffic light shown: computed from milestones, reports, dates and the working calendar
                             * @enum {unknown}
                             */
                            displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                            doneAt: string | null;
                            dueOn: string | null;
                            evidence: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                reportId: number | null;
                                size: number;
                                url: string;
                            }[];
                            externalId: string | null;
                            id: number;
                            lastReportAt: string | null;
                            leaderName: string | null;
                            leadUnit: {
                                id: number;
                                nameZh: string;
                            };
                            milestones: {
                                completedAt: string | null;
                                completionNote: string | null;
                                /** Format: date-time */
                                deadline: string;
                                /**
                                 * Format: date
                                 * @description A China-local date, YYYY-MM-DD
                                 */
                                dueOn: string;
                                id: number;
                                /** @description Open past its deadline, or completed after it */
                                late: boolean;
                                phaseId: number | null;
                                seq: number;
                                title: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            ownerName: string | null;
                            parent: {
                                id: number;
                                title: string;
                            } | null;
                            parentId: number | null;
                            phaseId: number | null;
                            programmeId: number;
                            programmeTitle: string;
                            progress: number;
                            /** @description The latest reports, newest period first (at most 12) */
                            reports: {
                                /** Format: date-time */
                                dueAt: string;
                                formId: number;
                                formName: string;
                                id: number;
                                late: boolean;
                                periodKey: string;
                                progress: number | null;
                                status: string;
                                submittedAt: string | null;
                                summary: string | null;
                            }[];
                            reportsFiled: number;
                            seq: number;
                            startsOn: string | null;
                            /**
                             * @description The workflow stage
                             * @enum {unknown}
                             */
                            status: "active" | "done" | "verified" | "routine" | "withdrawn";
                            statusReasons: {
                                actual?: number;
                                /** @enum {unknown} */
                                code: "task_late" | "milestone_late" | "task_due_soon" | "milestone_due_soon" | "report_overdue" | "progress_behind" | "before_start";
                                due?: string;
                                dueAt?: string;
                                expected?: number;
                                startsOn?: string;
                                title?: string;
                            }[];
                            supportingUnits: {
                                id: number;
                                nameZh: string;
                            }[];
                            target: {
                                actual: number | null;
                                text: string | null;
                                unit: string | null;
                                value: number | null;
                            };
                            timeline: {
                                action: string;
                                actorLabel: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                publicText: string | null;
                                toStatus: string | null;
                            }[];
                            title: string;
                            topicId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            version: number;
                            weight: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/text/category-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分类建议 The three most likely level-1 categories of a message */
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
                        /** @description The message (title and description), Simplified or Traditional */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                /** @description Level-1 category name (一级分类) */
                                category: string;
                                /** @description The level-1 node of this installation’s category tree with that name, if any */
                                categoryId: number | null;
                                confidence: number;
                            }[];
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口令牌 API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: "revoke"[];
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            personId: number;
                            personName: string;
                            /** @description The first characters, to recognise the token */
                            prefix: string;
                            revokedAt: string | null;
                            scopes: string[];
                        }[];
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Issue a token (its secret is shown once) */
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
                        expiresInDays?: number;
                        name: string;
                        scopes: ("unit.read" | "unit.manage" | "person.read" | "person.manage" | "token.manage" | "audit.read" | "pii.read" | "case.read" | "case.create" | "case.dispatch" | "case.handle" | "case.supervise" | "category.manage" | "calendar.manage" | "programme.read" | "programme.manage" | "task.report" | "task.verify" | "task.supervise" | "topic.moderate")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiToken: {
                                allowedActions: "revoke"[];
                                /** Format: date-time */
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                personId: number;
                                personName: string;
                                /** @description The first characters, to recognise the token */
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                            };
                            /** @description Shown once: store it now; only its hash is kept */
                            token: string;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点题审核与排序 A programme's topics for its office: the moderation queue, ranked by supports or by related cases (热点) */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    offset?: number;
                    programmeId: number;
                    /** @description By supports, by related cases (热点), or newest first */
                    sort?: "support" | "cases" | "new";
                    status?: ("pending" | "published" | "rejected" | "selected")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The programme's topics by status (the tabs of the office's page) */
                            counts: {
                                pending: number;
                                published: number;
                                rejected: number;
                                selected: number;
                            };
                            items: {
                                allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                                category: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                id: number;
                                keywords: string[];
                                moderatedAt: string | null;
                                moderationNote: string | null;
                                programmeId: number;
                                programmeTitle: string;
                                proposer: {
                                    masked: boolean;
                                    mobile: string | null;
                                    name: string;
                                } | null;
                                /** @description Cases of the last year about the same matter (热点) */
                                relatedCases: number;
                                /** @enum {unknown} */
                                status: "pending" | "published" | "rejected" | "selected";
                                supportCount: number;
                                task: {
                                    /** @enum {unknown} */
                                    displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                    id: number;
                                    progress: number;
                                    title: string;
                                } | null;
                                title: string;
                                version: number;
                            }[];
                            nextOffset: number | null;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One topic for its office, with the proposer (masked without pii.read) and related cases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            keywords: string[];
                            moderatedAt: string | null;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            proposer: {
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                            } | null;
                            /** @description Cases of the last year about the same matter (热点) */
                            relatedCases: number;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                id: number;
                                progress: number;
                                title: string;
                            } | null;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/topics/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Publish a proposal (keywords and category help find related cases) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId?: number | null;
                        /** @description Words that find cases about the same matter */
                        keywords?: string[];
                        note?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            keywords: string[];
                            moderatedAt: string | null;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            proposer: {
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                            } | null;
                            /** @description Cases of the last year about the same matter (热点) */
                            relatedCases: number;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                id: number;
                                progress: number;
                                title: string;
                            } | null;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/topics/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予采纳 Reject a proposal or take a published topic down, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            keywords: string[];
                            moderatedAt: string | null;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            proposer: {
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                            } | null;
                            /** @description Cases of the last year about the same matter (热点) */
                            relatedCases: number;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                id: number;
                                progress: number;
                                title: string;
                            } | null;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/topics/{id}/related-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 相关诉求 The newest cases about the same matter as the topic (热点) that you may open, and how many there are */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "dispatched" | "returned" | "handling" | "resolved" | "follow_up" | "closed" | "declined" | "merged";
                                title: string;
                                trackingCode: string;
                            }[];
                            /** @description All related cases, including those outside your scope */
                            total: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/topics/{id}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 选题 Make the topic a task of its programme; proposer and supporters then follow its progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        dueOn?: string;
                        leaderName?: string;
                        leadUnitId: number;
                        milestones?: {
                            /**
                             * Format: date
                             * @description A China-local date, YYYY-MM-DD
                             */
                            dueOn: string;
                            phaseId?: number;
                            title: string;
                        }[];
                        /**
                         * Format: date
                         * @description A China-local date, YYYY-MM-DD
                         */
                        startsOn?: string;
                        supportingUnitIds?: number[];
                        targetText?: string;
                        title?: string;
                        /** @description The version you read; a newer one answers 409 VERSION_CONFLICT */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: ("publish" | "reject" | "select" | "support" | "withdrawSupport")[];
                            category: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            keywords: string[];
                            moderatedAt: string | null;
                            moderationNote: string | null;
                            programmeId: number;
                            programmeTitle: string;
                            proposer: {
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                            } | null;
                            /** @description Cases of the last year about the same matter (热点) */
                            relatedCases: number;
                            /** @enum {unknown} */
                            status: "pending" | "published" | "rejected" | "selected";
                            supportCount: number;
                            task: {
                                /** @enum {unknown} */
                                displayStatus: "not_started" | "on_track" | "at_risk" | "late" | "done" | "verified" | "routine" | "withdrawn";
                                id: number;
                                progress: number;
                                title: string;
                            } | null;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表 Units in your scope */
        get: {
            parameters: {
                query?: {
                    includeInactive?: boolean;
                    limit?: number;
                    parentId?: number;
                    /** @description Search in code and names */
                    q?: string;
                    type?: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @description What the caller may do with this unit */
                                allowedActions: ("update" | "move" | "deactivate" | "activate" | "delete" | "createChild")[];
                                code: string;
                                depth: number;
                                id: number;
                                nameEn: string | null;
                                nameZh: string;
                                parentId: number | null;
                                /** @description Ids from the root: /1/5/23/ */
                                path: string;
                                /** @enum {unknown} */
                                type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增单位 Create a unit */
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
                        code: string;
                        nameEn?: string | null;
                        nameZh: string;
                        parentId: number;
                        /** @enum {unknown} */
                        type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description What the caller may do with this unit */
                            allowedActions: ("update" | "move" | "deactivate" | "activate" | "delete" | "createChild")[];
                            code: string;
                            depth: number;
                            id: number;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            /** @description Ids from the root: /1/5/23/ */
                            path: string;
                            /** @enum {unknown} */
                            type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description What the caller may do with this unit */
                            allowedActions: ("update" | "move" | "deactivate" | "activate" | "delete" | "createChild")[];
                            code: string;
                            depth: number;
                            id: number;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            /** @description Ids from the root: /1/5/23/ */
                            path: string;
                            /** @enum {unknown} */
                            type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a unit nothing refers to */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, deactivate or reactivate a unit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        code?: string;
                        nameEn?: string | null;
                        nameZh?: string;
                        /** @enum {unknown} */
                        type?: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                        /** @description The version you read; a newer one means someone else changed it */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description What the caller may do with this unit */
                            allowedActions: ("update" | "move" | "deactivate" | "activate" | "delete" | "createChild")[];
                            code: string;
                            depth: number;
                            id: number;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            /** @description Ids from the root: /1/5/23/ */
                            path: string;
                            /** @enum {unknown} */
                            type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a unit and its subtree under another parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description What the caller may do with this unit */
                            allowedActions: ("update" | "move" | "deactivate" | "activate" | "delete" | "createChild")[];
                            code: string;
                            depth: number;
                            id: number;
                            nameEn: string | null;
                            nameZh: string;
                            parentId: number | null;
                            /** @description Ids from the root: /1/5/23/ */
                            path: string;
                            /** @enum {unknown} */
                            type: "district" | "township" | "subdistrict" | "village" | "community" | "grid" | "department" | "task_force" | "supervision_office" | "discipline_commission" | "hotline_centre";
                            version: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error answers with this body. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/units/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出单位 Export units in your scope as .xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入单位 Import units from .xlsx (all rows or none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                        };
                    };
                };
                /** @description Every error answers with this body. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/units/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .xlsx template for importing units */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
    "/open311/v2/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 服务发现 Discovery. Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description When the service list last changed */
                            changeset: string;
                            contact: string;
                            endpoints: {
                                changeset: string;
                                formats: string[];
                                specification: string;
                                type: string;
                                url: string;
                            }[];
                            /** @description How to get an api_key */
                            key_service: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 诉求列表 Public, anonymised requests, newest first, at most 1,000. Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: {
                    end_date?: string;
                    /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description Comma-separated; overrides every other filter */
                    service_request_id?: string;
                    /** @description W3C datetime; the window may span at most 90 days */
                    start_date?: string;
                    /** @description open, closed or both, comma-separated */
                    status?: string;
                };
                header?: never;
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            address_id: string | null;
                            agency_responsible: string | null;
                            description: string | null;
                            expected_datetime: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                            requested_datetime: string;
                            service_code: string | null;
                            service_name: string | null;
                            service_notice: string | null;
                            service_request_id: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            status_notes: string | null;
                            updated_datetime: string;
                            zipcode: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Open311 提交诉求 Post a service request with an api_key (form-encoded or JSON). Add `.json` or `.xml`. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key answer the case already made */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account_id?: string;
                        /** @description The id of a place in the organisation tree (grid, village, community, township) */
                        address_id?: string;
                        address_string?: string;
                        /** @description An API token issued in luoshi whose holder may register cases (case.create) */
                        api_key?: string;
                        attribute?: {
                            [key: string]: string | string[];
                        };
                        description?: string;
                        device_id?: string;
                        email?: string;
                        first_name?: string;
                        /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                        jurisdiction_id?: string;
                        last_name?: string;
                        lat?: number;
                        long?: number;
                        media_url?: string;
                        phone?: string;
                        service_code: string;
                    } & {
                        [key: string]: unknown;
                    };
                    "application/x-www-form-urlencoded": {
                        account_id?: string;
                        /** @description The id of a place in the organisation tree (grid, village, community, township) */
                        address_id?: string;
                        address_string?: string;
                        /** @description An API token issued in luoshi whose holder may register cases (case.create) */
                        api_key?: string;
                        attribute?: {
                            [key: string]: string | string[];
                        };
                        description?: string;
                        device_id?: string;
                        email?: string;
                        first_name?: string;
                        /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                        jurisdiction_id?: string;
                        last_name?: string;
                        lat?: number;
                        long?: number;
                        media_url?: string;
                        phone?: string;
                        service_code: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account_id: string | null;
                            service_notice: string;
                            service_request_id: string;
                        }[];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account_id: string | null;
                            service_notice: string;
                            service_request_id: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/requests/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 单个诉求 One request by its tracking code. Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: {
                    /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                    /** @description The service_request_id: the case's tracking code (查询码) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            address_id: string | null;
                            agency_responsible: string | null;
                            description: string | null;
                            expected_datetime: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                            requested_datetime: string;
                            service_code: string | null;
                            service_name: string | null;
                            service_notice: string | null;
                            service_request_id: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            status_notes: string | null;
                            updated_datetime: string;
                            zipcode: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 服务列表 Services: one per active leaf category. Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: {
                    /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            /** @description The top-level category */
                            group: string;
                            keywords: string;
                            /** @description True when the service asks for attributes (see the service definition) */
                            metadata: boolean;
                            /** @description The category code, stable across installations of the default taxonomy */
                            service_code: string;
                            service_name: string;
                            /** @enum {string} */
                            type: "realtime";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/services/{code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 服务定义 A service's attributes (the category's intake fields). Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: {
                    /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    code: string;
                    /** @description `json` or `xml` */
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                code: string;
                                /** @enum {unknown} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                datatype_description: string | null;
                                description: string;
                                order: number;
                                required: boolean;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
                                variable: boolean;
                            }[];
                            service_code: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/tokens/{token}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 令牌 Requests are made at once: a token is its service_request_id. Add `.json` or `.xml`. */
        get: {
            parameters: {
                query?: {
                    /** @description Accepted and ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description `json` or `xml` */
                    format: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            token: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            description: string;
                        }[];
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
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Every error answers with this body. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    schemas: {
        /**
         * ErrorBody
         * @description Every error answers with this body.
         */
        "def-0": {
            error?: {
                /** @description Stable error code, e.g. VALIDATION_FAILED */
                code: string;
                details?: unknown;
                /** @description A message a person can read (zh-CN, or en when asked) */
                message: string;
                requestId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
