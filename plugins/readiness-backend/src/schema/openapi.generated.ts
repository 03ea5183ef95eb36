// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = {
  "openapi": "3.0.3",
  "info": {
    "title": "readiness",
    "version": "1",
    "description": "Production-readiness scorecards computed from catalog annotations.\nEvery endpoint answers with what the caller may read in the catalog,\nnothing more.\n",
    "license": {
      "name": "Apache-2.0",
      "url": "http://www.apache.org/licenses/LICENSE-2.0.html"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness of the readiness backend. The only endpoint that needs no credentials.",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthResponse"
                }
              }
            }
          }
        }
      }
    },
    "/checks": {
      "get": {
        "operationId": "GetChecks",
        "description": "The rubric in force, with tiers, categories and checks.",
        "responses": {
          "200": {
            "description": "The rubric.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RubricResponse"
                }
              }
            }
          }
        }
      }
    },
    "/scorecards": {
      "get": {
        "operationId": "ListScorecards",
        "description": "Stored results of the last recompute, one row per entity, for the\nentities the caller may read: the drill-down from a rollup group and\nthe team card. Sorted by tier (lowest first), then score, then ref.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of stored results.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScorecardListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/export.csv": {
      "get": {
        "operationId": "ExportCsv",
        "description": "Every stored result the caller may read, as CSV (one row per entity),\nwith the same filters as GET /scorecards. At most 50,000 rows.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "CSV with the columns entityRef, kind, type, lifecycle, owner, system, domain, tier, score, blockers, failingChecks, tierSince.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/scorecards/{namespace}/{kind}/{name}": {
      "get": {
        "operationId": "GetScorecard",
        "description": "The live scorecard of an entity, computed from the entity as the caller\nsees it. An entity the caller may not read is a 404, the same as one that\ndoes not exist.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The scorecard.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScorecardResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/scorecards/{namespace}/{kind}/{name}/history": {
      "get": {
        "operationId": "GetScorecardHistory",
        "description": "The entity's tier and score over time, one point per change.",
        "parameters": [
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "since",
            "in": "query",
            "required": false,
            "description": "Only points recorded at or after this instant (ISO 8601).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The history, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HistoryResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/attention": {
      "get": {
        "operationId": "ListAttention",
        "description": "What needs a decision or an action, from the last recompute, for the\nentities the caller may read: `overdue-decisions` (undecided past the\ndue date), `old-pilots` (in the first tier or below for at least\nreadiness.attention.oldPilotDays, undecided, no overdue due date),\n`claimed-above-earned` (spec.lifecycle claims a tier above the one\nearned, per readiness.attention.lifecycleClaims) and `expiring`\n(waivers and dated evidence that stop holding within `withinDays`,\nfound by scoring each entity at that future instant). One list per\nrequest, one page of it, sorted on the server; `counts` gives the\nsize of every list under the same filters. Evaluated at the time of\nthe request, so days overdue grow between recomputes.\n",
        "parameters": [
          {
            "name": "list",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/AttentionList"
            }
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "$ref": "#/components/parameters/systemFilter"
          },
          {
            "$ref": "#/components/parameters/domainFilter"
          },
          {
            "$ref": "#/components/parameters/tierFilter"
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "The column to sort by; `urgency` (default) is the list's own order:\nmost days overdue, oldest pilot, most blockers, soonest drop.\n",
            "schema": {
              "$ref": "#/components/schemas/AttentionSort"
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "description": "asc or desc; the default is the column's natural order (urgent first, names A to Z).",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "name": "withinDays",
            "in": "query",
            "required": false,
            "description": "Window of the expiring list; at most readiness.attention.expiringWithinDays (the default).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3650
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of one attention list, and the size of every list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AttentionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/summary": {
      "get": {
        "operationId": "GetSummary",
        "description": "What the last recompute found, for the entities the caller may read:\nentities per tier, the most common gaps, and the entities whose\nspec.lifecycle is production but that do not reach the top tier. The\nsame summary `readiness lint` prints; the Readiness page shows it\nbefore any history exists.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "The summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SummaryResponse"
                }
              }
            }
          }
        }
      }
    },
    "/filter-values": {
      "get": {
        "operationId": "GetFilterValues",
        "description": "The values the filters of the organisation-wide views can take: every\nspec.type, spec.lifecycle, tag, owner, system and domain of the stored\nresults the caller may read, sorted, so the Readiness page can\nsuggest them.\n",
        "responses": {
          "200": {
            "description": "The values in use.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FilterValuesResponse"
                }
              }
            }
          }
        }
      }
    },
    "/rollup": {
      "get": {
        "operationId": "GetRollup",
        "description": "Readiness across the organisation from the last recompute, grouped by\nowner (following the group hierarchy), system, domain, lifecycle or\ntype. Only entities the caller may read in the catalog count.\nGroups come one page of rows at a time (`offset`, `limit`, default\n100), in the order `sort` and `order` ask for (most urgent first by\ndefault). Grouped by owner a row is a whole subtree: `offset` and\n`limit` count the groups at the top of the tree, and each comes with\nevery group below it, children sorted the same way, so a department\nand its teams are never split across pages. `total`, `groupCount`\nand `rowCount` cover every page.\n",
        "parameters": [
          {
            "name": "groupBy",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/RollupGroupBy"
            }
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "What the groups are sorted by: `urgency` (the default: overdue\ndecisions, then open blockers), `name` (title, else key),\n`entityCount`, `meanScore`, `distribution` (the share of entities\nin the top tier, then in each tier below), `openBlockers`,\n`stuckBelowTop`, `overdueDecisions`, `oldPilotsWithoutDecision`,\n`claimedAboveEarned`, `expiringSoon`, or `tier.<id>` (the entities\nin that tier; `tier.none` for below the first tier). Ties go by\nname, A to Z.\n",
            "schema": {
              "type": "string",
              "pattern": "^(urgency|name|entityCount|meanScore|distribution|openBlockers|stuckBelowTop|overdueDecisions|oldPilotsWithoutDecision|claimedAboveEarned|expiringSoon|tier\\.[a-z0-9]+(-[a-z0-9]+)*)$"
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "description": "The sort's direction; by default A to Z for `name`, largest first for the others.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The rollup.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RollupResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/rollup/history": {
      "get": {
        "operationId": "GetRollupHistory",
        "description": "The rollup at the end of each of the last `days` days (default 90),\nfrom the change history. Only entities the caller may read count.\n",
        "parameters": [
          {
            "name": "groupBy",
            "in": "query",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/RollupGroupBy"
            }
          },
          {
            "name": "days",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 730
            }
          },
          {
            "$ref": "#/components/parameters/kindFilter"
          },
          {
            "$ref": "#/components/parameters/typeFilter"
          },
          {
            "$ref": "#/components/parameters/lifecycleFilter"
          },
          {
            "$ref": "#/components/parameters/tagFilter"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "First group (in key order) of each point.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Groups per point (default 100); 0 for the totals alone.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One point per day, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RollupHistoryResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/refresh": {
      "post": {
        "operationId": "PostRefresh",
        "description": "Triggers a recompute of the whole catalog. Requires the readiness.refresh permission.",
        "responses": {
          "202": {
            "description": "The recompute was triggered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefreshResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "description": "A recompute is running already (on this or another replica).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/initiatives": {
      "get": {
        "operationId": "ListInitiatives",
        "description": "The initiatives of readiness.initiatives (a readiness goal with a\nscope, a target and a deadline), each with its progress from the\nlast recompute over the entities the caller may read: in scope, done,\nremaining, and its state (not-started, on-track, at-risk, done,\nmissed) from the projection of its burn-up to the deadline (see the\nbackend README, \"Initiatives\"). In the order of the configuration.\nWith `entityRef`, only the initiatives whose scope holds that entity\n(none when the caller may not read it), each with the entity's own\nprogress (`entity`): what an entity's page shows. With `owner`, each\nwith the share of those teams and the groups below them (`team`):\nwhat a team's page shows, in one request.\n",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": false,
            "description": "An entity ref (e.g. component:default/payments-api); kind and namespace are case-insensitive.",
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "Every initiative with its progress.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InitiativeListResponse"
                }
              }
            }
          }
        }
      }
    },
    "/initiatives/{id}": {
      "get": {
        "operationId": "GetInitiative",
        "description": "One initiative with its progress, the checks that remain (with the\nnumber of entities each holds back) and its progress per owner team\n(the group in spec.owner), most remaining work first, one page at a\ntime (`offset`, `limit`, default 100). Only entities the caller may\nread count.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/initiativeId"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "First team of the page.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Teams per page (default 100).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The initiative and one page of teams.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InitiativeResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/initiatives/{id}/entities": {
      "get": {
        "operationId": "ListInitiativeEntities",
        "description": "The entities in the initiative's scope that the caller may read, the\nones with work remaining first (most remaining checks first), then\nthe done ones, each with the target checks it still fails; one page\nat a time (`offset`, `limit`, default 50). `owner` narrows to a team\nand the groups below it.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/initiativeId"
          },
          {
            "$ref": "#/components/parameters/ownerFilter"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the initiative's entities.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InitiativeEntitiesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/initiatives/{id}/history": {
      "get": {
        "operationId": "GetInitiativeHistory",
        "description": "The burn-up from the start date to today: per day, the entities in\nscope and done, and the needed pace (the straight line from the first\nmeasured day to every entity in scope done at the deadline). A caller\nwho may read every entity gets the points each recompute recorded\n(the last of each day); a caller the permission policy restricts\ngets points replayed from the history of the entities they may read.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/initiativeId"
          }
        ],
        "responses": {
          "200": {
            "description": "One point per day, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InitiativeHistoryResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/initiatives/{id}/export.csv": {
      "get": {
        "operationId": "ExportInitiativeCsv",
        "description": "Every entity in the initiative's scope that the caller may read, as\nCSV, in the order of GET /initiatives/{id}/entities.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/initiativeId"
          }
        ],
        "responses": {
          "200": {
            "description": "CSV with the columns entityRef, kind, type, lifecycle, owner, system, domain, tier, done, remainingChecks.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"
        }
      },
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9]{0,62}$"
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"
        }
      },
      "initiativeId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The initiative's id in readiness.initiatives.",
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"
        }
      },
      "kindFilter": {
        "name": "kind",
        "in": "query",
        "required": false,
        "description": "Entity kinds (Component, Resource, API); any of them.",
        "schema": {
          "$ref": "#/components/schemas/FilterValues"
        }
      },
      "typeFilter": {
        "name": "type",
        "in": "query",
        "required": false,
        "description": "spec.type values; any of them.",
        "schema": {
          "$ref": "#/components/schemas/FilterValues"
        }
      },
      "lifecycleFilter": {
        "name": "lifecycle",
        "in": "query",
        "required": false,
        "description": "spec.lifecycle values; any of them.",
        "schema": {
          "$ref": "#/components/schemas/FilterValues"
        }
      },
      "tagFilter": {
        "name": "tag",
        "in": "query",
        "required": false,
        "description": "metadata.tags; any of them.",
        "schema": {
          "$ref": "#/components/schemas/FilterValues"
        }
      },
      "ownerFilter": {
        "name": "owner",
        "in": "query",
        "required": false,
        "description": "Owner group refs; an entity counts when owned by one of them or a group below it.",
        "schema": {
          "$ref": "#/components/schemas/RefValues"
        }
      },
      "systemFilter": {
        "name": "system",
        "in": "query",
        "required": false,
        "description": "System refs, e.g. system:default/checkout; any of them.",
        "schema": {
          "$ref": "#/components/schemas/RefValues"
        }
      },
      "domainFilter": {
        "name": "domain",
        "in": "query",
        "required": false,
        "description": "Domain refs, e.g. domain:default/payments; any of them.",
        "schema": {
          "$ref": "#/components/schemas/RefValues"
        }
      },
      "tierFilter": {
        "name": "tier",
        "in": "query",
        "required": false,
        "description": "Tier ids, or \"none\" for entities below the first tier; any of them.",
        "schema": {
          "$ref": "#/components/schemas/FilterValues"
        }
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error, in Backstage's error format.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "RecomputeState": {
        "type": "object",
        "additionalProperties": false,
        "description": "Whether the stored results are current. Stale when the last recompute\nfailed or none succeeded for longer than the schedule allows; the\nresults of the last successful run are served meanwhile.\n",
        "required": [
          "stale",
          "running"
        ],
        "properties": {
          "stale": {
            "type": "boolean"
          },
          "staleReason": {
            "type": "string",
            "enum": [
              "last-run-failed",
              "no-recent-success"
            ]
          },
          "running": {
            "type": "boolean"
          },
          "lastSucceededAt": {
            "type": "string",
            "format": "date-time"
          },
          "lastFailedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request": {
            "type": "object"
          },
          "response": {
            "type": "object"
          }
        }
      },
      "EntitySummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EntitySummary"
            }
          }
        }
      },
      "ScorecardResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "scorecard",
          "people",
          "stored"
        ],
        "properties": {
          "scorecard": {
            "$ref": "#/components/schemas/Scorecard"
          },
          "attention": {
            "$ref": "#/components/schemas/EntityAttention"
          },
          "people": {
            "type": "object",
            "additionalProperties": false,
            "description": "Owner group with its members and the operational owner, as the caller sees them.",
            "properties": {
              "ownerGroup": {
                "$ref": "#/components/schemas/EntitySummary"
              },
              "operationalOwner": {
                "$ref": "#/components/schemas/EntitySummary"
              }
            }
          },
          "stored": {
            "type": "object",
            "additionalProperties": false,
            "description": "What the last scheduled recompute stored, if anything.",
            "properties": {
              "tierSince": {
                "type": "string",
                "format": "date-time"
              },
              "computedAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        }
      },
      "Severity": {
        "type": "string",
        "description": "How much a failing check matters.",
        "enum": [
          "blocker",
          "major",
          "minor"
        ]
      },
      "CheckStatus": {
        "type": "string",
        "description": "Outcome of one check for one entity.",
        "enum": [
          "pass",
          "fail",
          "warn",
          "waived",
          "not-applicable",
          "invalid"
        ]
      },
      "EvidenceItem": {
        "type": "object",
        "additionalProperties": false,
        "description": "A piece of evidence the engine looked at (an annotation, a link, a field).",
        "required": [
          "source",
          "value"
        ],
        "properties": {
          "source": {
            "type": "string",
            "description": "Where it was found, e.g. `metadata.annotations[\"readiness/runbook\"]`."
          },
          "value": {
            "type": "string"
          }
        }
      },
      "CheckFix": {
        "type": "object",
        "additionalProperties": false,
        "description": "The YAML that closes a gap.",
        "required": [
          "yaml"
        ],
        "properties": {
          "yaml": {
            "type": "string",
            "description": "A snippet to merge into catalog-info.yaml, starting at `metadata:` or `spec:`."
          },
          "docUrl": {
            "type": "string",
            "description": "Documentation for the check."
          }
        }
      },
      "WaiverInfo": {
        "type": "object",
        "additionalProperties": false,
        "description": "A `readiness/waiver.<check id>` annotation and what the engine made of it.",
        "required": [
          "until",
          "approver",
          "reason",
          "state",
          "message"
        ],
        "properties": {
          "until": {
            "type": "string"
          },
          "approver": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "valid",
              "expiring",
              "expired",
              "too-long",
              "malformed",
              "unknown-check"
            ]
          },
          "message": {
            "type": "string"
          },
          "annotation": {
            "type": "string",
            "description": "The annotation that holds the waiver, e.g. readiness/waiver.runbook."
          },
          "daysLeft": {
            "type": "integer",
            "description": "Days until `until` (0 on the last day); absent when `until` is unreadable."
          },
          "approverInOwningGroup": {
            "type": "boolean",
            "description": "The approver is a member of the owning group (flagged, still counts)."
          },
          "applied": {
            "type": "boolean",
            "description": "False when the check passes or does not apply, so the waiver was not used."
          }
        }
      },
      "UnknownWaiver": {
        "type": "object",
        "additionalProperties": false,
        "description": "A `readiness/waiver.<id>` annotation whose id is not a check of the rubric.",
        "required": [
          "annotation",
          "checkId",
          "value",
          "state",
          "message"
        ],
        "properties": {
          "annotation": {
            "type": "string"
          },
          "checkId": {
            "type": "string"
          },
          "value": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "unknown-check"
            ]
          },
          "message": {
            "type": "string"
          }
        }
      },
      "DecisionGate": {
        "type": "object",
        "additionalProperties": false,
        "description": "The ship, kill or extend decision an experimental entity owes.",
        "required": [
          "state",
          "message"
        ],
        "properties": {
          "state": {
            "type": "string",
            "enum": [
              "ship",
              "kill",
              "extend",
              "undecided",
              "overdue",
              "invalid"
            ]
          },
          "due": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "CheckResult": {
        "type": "object",
        "additionalProperties": false,
        "description": "Outcome of one check of the rubric for one entity.",
        "required": [
          "checkId",
          "title",
          "category",
          "tier",
          "severity",
          "status",
          "message",
          "evidence"
        ],
        "properties": {
          "checkId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "tier": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "status": {
            "$ref": "#/components/schemas/CheckStatus"
          },
          "message": {
            "type": "string",
            "description": "What is wrong (or right), in a sentence a person can act on."
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EvidenceItem"
            }
          },
          "actor": {
            "type": "string",
            "description": "Entity ref of who must act: the owner group or the operational owner."
          },
          "actorNote": {
            "type": "string",
            "description": "Why actor is not who the rubric names (the operational owner is not in the catalog, so the owning team acts)."
          },
          "fix": {
            "$ref": "#/components/schemas/CheckFix"
          },
          "waiver": {
            "$ref": "#/components/schemas/WaiverInfo"
          },
          "unverifiable": {
            "type": "boolean",
            "description": "True when the result could not be verified (e.g. offline CLI without a catalog)."
          }
        }
      },
      "CategoryScore": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "title",
          "score",
          "passed",
          "applicable"
        ],
        "properties": {
          "category": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "score": {
            "type": "number",
            "description": "0..100"
          },
          "passed": {
            "type": "integer"
          },
          "applicable": {
            "type": "integer"
          }
        }
      },
      "Scorecard": {
        "type": "object",
        "additionalProperties": false,
        "description": "What the engine returns for one entity, and what the REST API, the\npages and the CLI exchange (the engine's type in\n@readiness-scorecards/plugin-readiness-common is this one).\n",
        "required": [
          "entityRef",
          "evaluatedAt",
          "tier",
          "nextTier",
          "blockers",
          "score",
          "categories",
          "checks",
          "decision"
        ],
        "properties": {
          "entityRef": {
            "type": "string",
            "description": "e.g. component:default/payments-api"
          },
          "evaluatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "The moment the evaluation was made for."
          },
          "tier": {
            "type": "string",
            "nullable": true,
            "description": "Highest tier reached, or null when not even the first tier is reached."
          },
          "nextTier": {
            "type": "string",
            "nullable": true,
            "description": "The tier after `tier`, or null at the top."
          },
          "blockers": {
            "type": "array",
            "description": "Ids of the checks that block `nextTier` (blockers first).",
            "items": {
              "type": "string"
            }
          },
          "score": {
            "type": "number",
            "description": "Weighted score 0..100, one decimal."
          },
          "categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CategoryScore"
            }
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CheckResult"
            }
          },
          "owner": {
            "type": "string",
            "description": "Owner group ref from spec.owner, as written in the entity."
          },
          "operationalOwner": {
            "type": "string"
          },
          "operationalOwnerFound": {
            "type": "boolean",
            "description": "False when operationalOwner is named but not in the catalog."
          },
          "decision": {
            "$ref": "#/components/schemas/DecisionGate"
          },
          "unknownWaivers": {
            "type": "array",
            "description": "Waivers naming a check the rubric does not have (typo, removed or disabled check).",
            "items": {
              "$ref": "#/components/schemas/UnknownWaiver"
            }
          },
          "inScope": {
            "type": "boolean",
            "description": "False when no check of the rubric applies to the entity (e.g. a\nGroup): then tier is null and score 0, and callers may skip the\nentity.\n"
          }
        }
      },
      "HistoryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "points"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "points": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HistoryPoint"
            }
          }
        }
      },
      "HistoryPoint": {
        "type": "object",
        "additionalProperties": false,
        "description": "One change of an entity's readiness.",
        "required": [
          "recordedAt",
          "tier",
          "score",
          "blockerCount",
          "failingChecks"
        ],
        "properties": {
          "recordedAt": {
            "type": "string",
            "format": "date-time"
          },
          "tier": {
            "type": "string",
            "nullable": true
          },
          "score": {
            "type": "number"
          },
          "blockerCount": {
            "type": "integer"
          },
          "failingChecks": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "RubricResponse": {
        "type": "object",
        "additionalProperties": false,
        "description": "The rubric in force, as people read it.",
        "required": [
          "tiers",
          "categories",
          "checks",
          "weights"
        ],
        "properties": {
          "tiers": {
            "type": "array",
            "description": "Lowest first.",
            "items": {
              "$ref": "#/components/schemas/TierSummary"
            }
          },
          "categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CategorySummary"
            }
          },
          "weights": {
            "type": "object",
            "additionalProperties": false,
            "description": "How much a passing check of each severity weighs in the score.",
            "required": [
              "blocker",
              "major",
              "minor"
            ],
            "properties": {
              "blocker": {
                "type": "number"
              },
              "major": {
                "type": "number"
              },
              "minor": {
                "type": "number"
              }
            }
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RubricCheckSummary"
            }
          }
        }
      },
      "RubricCheckSummary": {
        "type": "object",
        "additionalProperties": false,
        "description": "A check of the rubric, as people read it.",
        "required": [
          "id",
          "title",
          "description",
          "category",
          "tier",
          "severity",
          "appliesTo"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "tier": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "appliesTo": {
            "type": "string",
            "description": "Which entities the check applies to, in words."
          },
          "doc": {
            "$ref": "#/components/schemas/CheckDoc"
          }
        }
      },
      "CheckDoc": {
        "type": "object",
        "additionalProperties": false,
        "description": "The check's documentation, as docs/annotations.md gives it, for the portal.",
        "required": [
          "why",
          "appliesTo",
          "whoActs",
          "evidence",
          "waiverAnnotation"
        ],
        "properties": {
          "why": {
            "type": "string"
          },
          "appliesTo": {
            "type": "string"
          },
          "whoActs": {
            "type": "string"
          },
          "evidence": {
            "type": "string",
            "description": "The evidence that satisfies the check, in words."
          },
          "waiverAnnotation": {
            "type": "string"
          },
          "exampleYaml": {
            "type": "string"
          }
        }
      },
      "FilterValues": {
        "type": "array",
        "maxItems": 20,
        "items": {
          "type": "string",
          "pattern": "^[A-Za-z0-9._-]{1,63}$"
        }
      },
      "RefValues": {
        "type": "array",
        "maxItems": 20,
        "items": {
          "type": "string",
          "pattern": "^[A-Za-z0-9:/._-]{1,255}$"
        }
      },
      "StoredScorecardSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "kind",
          "tier",
          "score",
          "blockerCount",
          "failingChecks",
          "tierSince"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string",
            "description": "The entity's metadata.title when it has one (as last scored)."
          },
          "kind": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "lifecycle": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "domain": {
            "type": "string"
          },
          "tier": {
            "type": "string",
            "nullable": true
          },
          "score": {
            "type": "number"
          },
          "blockerCount": {
            "type": "integer"
          },
          "failingChecks": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tierSince": {
            "type": "string",
            "format": "date-time"
          },
          "tierSinceSource": {
            "$ref": "#/components/schemas/TierSinceSource"
          },
          "decisionState": {
            "$ref": "#/components/schemas/DecisionState"
          },
          "daysOverdue": {
            "type": "integer"
          },
          "claimedTier": {
            "type": "string",
            "description": "The tier spec.lifecycle claims (readiness.attention.lifecycleClaims)."
          },
          "whoActs": {
            "type": "string",
            "description": "The operational owner when the catalog has them, else the owner group."
          }
        }
      },
      "ScorecardListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "total",
          "offset",
          "items",
          "recompute"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "description": "Matching entities the caller may read, over all pages."
          },
          "offset": {
            "type": "integer"
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/StoredScorecardSummary"
            }
          }
        }
      },
      "RollupGroup": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "key",
          "entityCount",
          "tiers",
          "meanScore",
          "openBlockers",
          "stuckBelowTop",
          "overdueDecisions",
          "oldPilotsWithoutDecision",
          "claimedAboveEarned",
          "expiringSoon",
          "topFailingChecks",
          "categoryScores"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "The group's value, e.g. group:default/payments-team, or (none)."
          },
          "title": {
            "type": "string"
          },
          "parent": {
            "type": "string",
            "description": "Grouped by owner, the group above this one (absent at the top), so the groups form a tree."
          },
          "ownedByPerson": {
            "type": "boolean",
            "description": "Grouped by owner, true when a person (a User) owns the entities."
          },
          "entityCount": {
            "type": "integer"
          },
          "tiers": {
            "type": "object",
            "description": "Entities per tier id, and \"none\" for below the first tier.",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "meanScore": {
            "type": "number"
          },
          "openBlockers": {
            "type": "integer"
          },
          "stuckBelowTop": {
            "type": "integer",
            "description": "Entities below the top tier for longer than stuckAfterDays (a declared pilot start counts for pilots)."
          },
          "overdueDecisions": {
            "type": "integer",
            "description": "Undecided entities whose decision due date has passed."
          },
          "oldPilotsWithoutDecision": {
            "type": "integer",
            "description": "Entities in the first tier or below for at least oldPilotDays, undecided, without an overdue due date."
          },
          "claimedAboveEarned": {
            "type": "integer",
            "description": "Entities whose spec.lifecycle claims a tier above the one earned."
          },
          "expiringSoon": {
            "type": "integer",
            "description": "Entities with a waiver or dated evidence that stops holding within expiringWithinDays."
          },
          "topFailingChecks": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "checkId",
                "count"
              ],
              "properties": {
                "checkId": {
                  "type": "string"
                },
                "count": {
                  "type": "integer"
                }
              }
            }
          },
          "categoryScores": {
            "type": "object",
            "additionalProperties": {
              "type": "number"
            }
          }
        }
      },
      "RollupPointTotal": {
        "type": "object",
        "additionalProperties": false,
        "description": "Every entity of a rollup history point.",
        "required": [
          "entityCount",
          "meanScore",
          "tiers"
        ],
        "properties": {
          "entityCount": {
            "type": "integer"
          },
          "meanScore": {
            "type": "number"
          },
          "tiers": {
            "type": "object",
            "description": "Entities per tier id, and \"none\" for below the first tier.",
            "additionalProperties": {
              "type": "integer"
            }
          }
        }
      },
      "RollupPointGroup": {
        "type": "object",
        "additionalProperties": false,
        "description": "One group of a rollup history point.",
        "required": [
          "key",
          "entityCount",
          "meanScore",
          "tiers"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "The group's value, as in GET /rollup."
          },
          "entityCount": {
            "type": "integer"
          },
          "meanScore": {
            "type": "number"
          },
          "tiers": {
            "type": "object",
            "description": "Entities per tier id, and \"none\" for below the first tier.",
            "additionalProperties": {
              "type": "integer"
            }
          }
        }
      },
      "RollupHistoryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupBy",
          "tiers",
          "groupCount",
          "points"
        ],
        "properties": {
          "groupBy": {
            "$ref": "#/components/schemas/RollupGroupBy"
          },
          "tiers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "groupCount": {
            "type": "integer",
            "description": "Distinct groups over all points and pages."
          },
          "points": {
            "type": "array",
            "description": "One per day, oldest first.",
            "items": {
              "$ref": "#/components/schemas/RollupHistoryPoint"
            }
          }
        }
      },
      "RollupHistoryPoint": {
        "type": "object",
        "additionalProperties": false,
        "description": "The rollup at the end of one day (UTC).",
        "required": [
          "date",
          "total",
          "groups"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "total": {
            "$ref": "#/components/schemas/RollupPointTotal"
          },
          "groups": {
            "type": "array",
            "description": "The page of groups asked for, in key order.",
            "items": {
              "$ref": "#/components/schemas/RollupPointGroup"
            }
          }
        }
      },
      "RollupResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupBy",
          "tiers",
          "stuckAfterDays",
          "total",
          "groupCount",
          "rowCount",
          "offset",
          "groups",
          "recompute"
        ],
        "properties": {
          "groupBy": {
            "$ref": "#/components/schemas/RollupGroupBy"
          },
          "tiers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "stuckAfterDays": {
            "type": "integer"
          },
          "total": {
            "$ref": "#/components/schemas/RollupGroup"
          },
          "groupCount": {
            "type": "integer",
            "description": "Groups in all, over every page."
          },
          "rowCount": {
            "type": "integer",
            "description": "Rows in all, over every page: what `offset` and `limit` count.\nGrouped by owner, the groups at the top of the tree (each page\nholds them with every group below them); otherwise groupCount.\n"
          },
          "offset": {
            "type": "integer"
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          },
          "groups": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RollupGroup"
            }
          }
        }
      },
      "TierSummary": {
        "type": "object",
        "additionalProperties": false,
        "description": "A tier of the rubric.",
        "required": [
          "id",
          "title"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          }
        }
      },
      "CategorySummary": {
        "type": "object",
        "additionalProperties": false,
        "description": "A category of the rubric.",
        "required": [
          "id",
          "title"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          }
        }
      },
      "RollupGroupBy": {
        "type": "string",
        "description": "The dimension a rollup groups entities by.",
        "enum": [
          "owner",
          "system",
          "domain",
          "lifecycle",
          "type"
        ]
      },
      "HealthResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          }
        }
      },
      "RefreshResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "triggered"
            ]
          }
        }
      },
      "TierCount": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tier",
          "entities"
        ],
        "properties": {
          "tier": {
            "type": "string",
            "description": "A tier id of the rubric, or \"none\" (not even the first tier)."
          },
          "entities": {
            "type": "integer"
          }
        }
      },
      "CommonGap": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "checkId",
          "title",
          "tier",
          "entities"
        ],
        "properties": {
          "checkId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "tier": {
            "type": "string"
          },
          "entities": {
            "type": "integer",
            "description": "Entities where the check applies and is not met (fail or invalid)."
          },
          "invalid": {
            "type": "integer",
            "description": "Of those, how many hold malformed evidence or a placeholder, when known (the CLI knows; stored results do not say)."
          }
        }
      },
      "FirstRunSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entities",
          "byTier",
          "commonGaps",
          "declaredProductionBelowTop"
        ],
        "properties": {
          "entities": {
            "type": "integer"
          },
          "byTier": {
            "type": "array",
            "description": "Every tier of the rubric, lowest first, then \"none\"; zero counts included.",
            "items": {
              "$ref": "#/components/schemas/TierCount"
            }
          },
          "commonGaps": {
            "type": "array",
            "description": "The most common gaps, most entities first (ties in rubric order).",
            "items": {
              "$ref": "#/components/schemas/CommonGap"
            }
          },
          "declaredProductionBelowTop": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "entities",
              "topTier",
              "entityRefs"
            ],
            "properties": {
              "entities": {
                "type": "integer"
              },
              "topTier": {
                "type": "string"
              },
              "entityRefs": {
                "type": "array",
                "description": "Their entity refs, sorted, at most ten.",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "SummaryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "summary",
          "recompute"
        ],
        "properties": {
          "summary": {
            "$ref": "#/components/schemas/FirstRunSummary"
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          }
        }
      },
      "FilterValuesResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "type",
          "lifecycle",
          "tag",
          "owner",
          "system",
          "domain"
        ],
        "properties": {
          "kind": {
            "type": "array",
            "description": "Kinds of the stored results the caller may read.",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "lifecycle": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tag": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "array",
            "description": "Owner group refs (and the groups above them).",
            "items": {
              "type": "string"
            }
          },
          "ownerTitles": {
            "type": "object",
            "description": "The title of each group in `owner` that has one, by ref.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "system": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "domain": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "AttentionSort": {
        "type": "string",
        "enum": [
          "urgency",
          "entity",
          "owner",
          "whoActs",
          "tier",
          "daysOverdue",
          "daysInTier",
          "blockers",
          "dropsOn"
        ]
      },
      "AttentionList": {
        "type": "string",
        "enum": [
          "overdue-decisions",
          "old-pilots",
          "claimed-above-earned",
          "expiring"
        ]
      },
      "DecisionState": {
        "type": "string",
        "enum": [
          "ship",
          "kill",
          "extend",
          "undecided",
          "overdue",
          "invalid"
        ]
      },
      "TierSinceSource": {
        "type": "string",
        "description": "declared (readiness/pilot-start), recorded (a recompute saw the tier change) or first-record (held at least since the first recompute that scored the entity).",
        "enum": [
          "declared",
          "recorded",
          "first-record"
        ]
      },
      "TimeInTier": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "since",
          "source",
          "days"
        ],
        "properties": {
          "since": {
            "type": "string",
            "format": "date-time"
          },
          "source": {
            "$ref": "#/components/schemas/TierSinceSource"
          },
          "days": {
            "type": "integer"
          }
        }
      },
      "ExpiringCheck": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "checkId",
          "severity",
          "checkTier",
          "kind",
          "dropsOn"
        ],
        "properties": {
          "checkId": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "checkTier": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "waiver",
              "evidence"
            ]
          },
          "dropsOn": {
            "type": "string",
            "description": "The first day (YYYY-MM-DD) on which the check no longer holds."
          }
        }
      },
      "AttentionCounts": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "overdue-decisions",
          "old-pilots",
          "claimed-above-earned",
          "expiring"
        ],
        "properties": {
          "overdue-decisions": {
            "type": "integer"
          },
          "old-pilots": {
            "type": "integer"
          },
          "claimed-above-earned": {
            "type": "integer"
          },
          "expiring": {
            "type": "integer"
          }
        }
      },
      "AttentionItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "kind",
          "tier",
          "score",
          "blockerCount",
          "timeInTier",
          "claimAboveTier",
          "expiring"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string",
            "description": "The entity's metadata.title when it has one (as last scored)."
          },
          "kind": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "lifecycle": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "ownerTitle": {
            "type": "string"
          },
          "operationalOwner": {
            "type": "string"
          },
          "whoActs": {
            "type": "string",
            "description": "The operational owner when the catalog has them, else the owner group."
          },
          "whoActsNote": {
            "type": "string",
            "description": "Why whoActs is not the named operational owner."
          },
          "tier": {
            "type": "string",
            "nullable": true
          },
          "score": {
            "type": "number"
          },
          "blockerCount": {
            "type": "integer"
          },
          "decisionState": {
            "$ref": "#/components/schemas/DecisionState"
          },
          "decisionDue": {
            "type": "string"
          },
          "daysOverdue": {
            "type": "integer"
          },
          "timeInTier": {
            "$ref": "#/components/schemas/TimeInTier"
          },
          "claimedTier": {
            "type": "string"
          },
          "claimAboveTier": {
            "type": "boolean"
          },
          "expiring": {
            "type": "array",
            "description": "What drops within the window, soonest first.",
            "items": {
              "$ref": "#/components/schemas/ExpiringCheck"
            }
          },
          "tierThen": {
            "type": "string",
            "nullable": true,
            "description": "The tier at the end of the window once those checks dropped."
          }
        }
      },
      "AttentionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "list",
          "total",
          "offset",
          "limit",
          "sort",
          "order",
          "withinDays",
          "oldPilotDays",
          "evaluatedAt",
          "counts",
          "items",
          "recompute"
        ],
        "properties": {
          "list": {
            "$ref": "#/components/schemas/AttentionList"
          },
          "total": {
            "type": "integer",
            "description": "Entries of this list the caller may read, over all pages."
          },
          "offset": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "sort": {
            "$ref": "#/components/schemas/AttentionSort"
          },
          "order": {
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ]
          },
          "withinDays": {
            "type": "integer"
          },
          "oldPilotDays": {
            "type": "integer"
          },
          "evaluatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "counts": {
            "$ref": "#/components/schemas/AttentionCounts"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AttentionItem"
            }
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          }
        }
      },
      "EntityAttention": {
        "type": "object",
        "additionalProperties": false,
        "description": "The entity's verdict beyond its scorecard, at the time of the request.",
        "required": [
          "timeInTier",
          "claimAboveTier",
          "expiring",
          "withinDays"
        ],
        "properties": {
          "timeInTier": {
            "$ref": "#/components/schemas/TimeInTier"
          },
          "pilotStart": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "state"
            ],
            "description": "The declared pilot start (readiness/pilot-start), when the entity has the annotation.",
            "properties": {
              "state": {
                "type": "string",
                "enum": [
                  "valid",
                  "invalid"
                ]
              },
              "date": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "claimedTier": {
            "type": "string"
          },
          "claimAboveTier": {
            "type": "boolean",
            "description": "spec.lifecycle claims a tier above the one earned (running in production without meeting production criteria)."
          },
          "decisionState": {
            "$ref": "#/components/schemas/DecisionState"
          },
          "daysOverdue": {
            "type": "integer"
          },
          "whoActs": {
            "type": "string"
          },
          "whoActsNote": {
            "type": "string"
          },
          "expiring": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExpiringCheck"
            }
          },
          "withinDays": {
            "type": "integer"
          }
        }
      },
      "InitiativeTarget": {
        "type": "object",
        "additionalProperties": false,
        "description": "What each entity in scope must reach: a tier of the rubric (`tier`),\nor every check of a list met (`checks`: pass, warn, waived or not\napplicable). Exactly one of the two.\n",
        "properties": {
          "tier": {
            "type": "string"
          },
          "checks": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "InitiativeScope": {
        "type": "object",
        "additionalProperties": false,
        "description": "The stored results an initiative covers, as the rollup filters: each\nlist matches any of its values, lists combine with AND, `owner`\nincludes the groups below it. No list: every scored entity.\n",
        "properties": {
          "owner": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "system": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "domain": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "kind": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "lifecycle": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tag": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Initiative": {
        "type": "object",
        "additionalProperties": false,
        "description": "An initiative as readiness.initiatives declares it.",
        "required": [
          "id",
          "title",
          "target",
          "scope",
          "startDate",
          "deadline"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "target": {
            "$ref": "#/components/schemas/InitiativeTarget"
          },
          "scope": {
            "$ref": "#/components/schemas/InitiativeScope"
          },
          "startDate": {
            "type": "string",
            "format": "date"
          },
          "deadline": {
            "type": "string",
            "format": "date",
            "description": "The last day; work done that day still counts."
          },
          "owningGroup": {
            "type": "string",
            "description": "The group that runs the initiative (a group ref)."
          }
        }
      },
      "InitiativeState": {
        "type": "string",
        "description": "not-started before the start date; done when nothing remains;\nmissed after the deadline with work remaining; otherwise on-track\nwhen the linear projection of done reaches every entity in scope by\nthe deadline, else at-risk.\n",
        "enum": [
          "not-started",
          "on-track",
          "at-risk",
          "done",
          "missed"
        ]
      },
      "RemainingCheck": {
        "type": "object",
        "additionalProperties": false,
        "description": "A target check that entities in scope still fail, and how many.",
        "required": [
          "checkId",
          "entityCount"
        ],
        "properties": {
          "checkId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "entityCount": {
            "type": "integer"
          }
        }
      },
      "InitiativeProgress": {
        "type": "object",
        "additionalProperties": false,
        "description": "An initiative's progress over the entities the caller may read.",
        "required": [
          "inScope",
          "done",
          "remaining",
          "percentDone",
          "state",
          "daysLeft"
        ],
        "properties": {
          "inScope": {
            "type": "integer"
          },
          "done": {
            "type": "integer"
          },
          "remaining": {
            "type": "integer"
          },
          "percentDone": {
            "type": "number",
            "description": "0..100, one decimal; 100 when nothing is in scope."
          },
          "state": {
            "$ref": "#/components/schemas/InitiativeState"
          },
          "daysLeft": {
            "type": "integer",
            "description": "Days until the deadline (0 on the deadline, negative after it)."
          },
          "projectedDone": {
            "type": "number",
            "description": "Entities done at the deadline at the pace since the first measured day, one decimal; while the initiative runs."
          },
          "neededNow": {
            "type": "number",
            "description": "Entities that would be done today on the needed pace, one decimal; while the initiative runs."
          }
        }
      },
      "InitiativeSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "initiative",
          "progress"
        ],
        "properties": {
          "initiative": {
            "$ref": "#/components/schemas/Initiative"
          },
          "owningGroupTitle": {
            "type": "string"
          },
          "scopeOwnerTitles": {
            "type": "object",
            "description": "The title of each group in the scope's `owner` that has one, by ref.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "progress": {
            "$ref": "#/components/schemas/InitiativeProgress"
          },
          "entity": {
            "$ref": "#/components/schemas/InitiativeEntity"
          },
          "team": {
            "$ref": "#/components/schemas/InitiativeTeamShare"
          }
        }
      },
      "InitiativeTeamShare": {
        "type": "object",
        "additionalProperties": false,
        "description": "The share of the teams asked for (`owner`, with the groups below them) in an initiative, over the entities the caller may read.",
        "required": [
          "inScope",
          "done",
          "remaining"
        ],
        "properties": {
          "inScope": {
            "type": "integer"
          },
          "done": {
            "type": "integer"
          },
          "remaining": {
            "type": "integer"
          }
        }
      },
      "InitiativeListResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "evaluatedAt",
          "initiatives",
          "recompute"
        ],
        "properties": {
          "evaluatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "initiatives": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InitiativeSummary"
            }
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          }
        }
      },
      "InitiativeTeamProgress": {
        "type": "object",
        "additionalProperties": false,
        "description": "One owner team's share of an initiative (its entities' spec.owner); no owner for entities without one.",
        "required": [
          "inScope",
          "done",
          "remaining",
          "remainingChecks"
        ],
        "properties": {
          "owner": {
            "type": "string"
          },
          "ownerTitle": {
            "type": "string"
          },
          "inScope": {
            "type": "integer"
          },
          "done": {
            "type": "integer"
          },
          "remaining": {
            "type": "integer"
          },
          "remainingChecks": {
            "type": "array",
            "description": "Most entities first.",
            "items": {
              "$ref": "#/components/schemas/RemainingCheck"
            }
          }
        }
      },
      "InitiativeResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "initiative",
          "progress",
          "remainingChecks",
          "teamCount",
          "offset",
          "limit",
          "teams",
          "evaluatedAt",
          "recompute"
        ],
        "properties": {
          "initiative": {
            "$ref": "#/components/schemas/Initiative"
          },
          "owningGroupTitle": {
            "type": "string"
          },
          "scopeOwnerTitles": {
            "type": "object",
            "description": "The title of each group in the scope's `owner` that has one, by ref.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "progress": {
            "$ref": "#/components/schemas/InitiativeProgress"
          },
          "remainingChecks": {
            "type": "array",
            "description": "Every target check some entity still fails, most entities first.",
            "items": {
              "$ref": "#/components/schemas/RemainingCheck"
            }
          },
          "teamCount": {
            "type": "integer",
            "description": "Teams with entities in scope, over all pages."
          },
          "offset": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "teams": {
            "type": "array",
            "description": "Most remaining entities first, then by owner ref.",
            "items": {
              "$ref": "#/components/schemas/InitiativeTeamProgress"
            }
          },
          "evaluatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          }
        }
      },
      "InitiativeEntity": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "kind",
          "tier",
          "done",
          "remainingChecks"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string",
            "description": "The entity's metadata.title when it has one (as last scored)."
          },
          "kind": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "lifecycle": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "ownerTitle": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "domain": {
            "type": "string"
          },
          "tier": {
            "type": "string",
            "nullable": true
          },
          "done": {
            "type": "boolean"
          },
          "remainingChecks": {
            "type": "array",
            "description": "The target checks it still fails, in rubric order.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "InitiativeEntitiesResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "initiativeId",
          "total",
          "remaining",
          "offset",
          "limit",
          "items",
          "recompute"
        ],
        "properties": {
          "initiativeId": {
            "type": "string"
          },
          "total": {
            "type": "integer",
            "description": "Entities in scope the caller may read (under `owner`), over all pages."
          },
          "remaining": {
            "type": "integer",
            "description": "Those of them not done."
          },
          "offset": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InitiativeEntity"
            }
          },
          "recompute": {
            "$ref": "#/components/schemas/RecomputeState"
          }
        }
      },
      "InitiativeHistoryPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "date",
          "inScope",
          "done",
          "needed"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "inScope": {
            "type": "integer"
          },
          "done": {
            "type": "integer"
          },
          "needed": {
            "type": "number",
            "description": "Entities done by then on the needed pace, one decimal."
          }
        }
      },
      "InitiativePacePoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "date",
          "done"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "done": {
            "type": "number"
          }
        }
      },
      "InitiativeHistoryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "initiativeId",
          "startDate",
          "deadline",
          "source",
          "points"
        ],
        "properties": {
          "initiativeId": {
            "type": "string"
          },
          "startDate": {
            "type": "string",
            "format": "date"
          },
          "deadline": {
            "type": "string",
            "format": "date"
          },
          "source": {
            "type": "string",
            "description": "recorded (the points each recompute stored) or replayed (from the history of the entities the caller may read).",
            "enum": [
              "recorded",
              "replayed"
            ]
          },
          "pace": {
            "type": "object",
            "additionalProperties": false,
            "description": "The needed pace, from the first measured day to every entity in scope done at the deadline; absent before anything is measured.",
            "required": [
              "from",
              "to"
            ],
            "properties": {
              "from": {
                "$ref": "#/components/schemas/InitiativePacePoint"
              },
              "to": {
                "$ref": "#/components/schemas/InitiativePacePoint"
              }
            }
          },
          "points": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InitiativeHistoryPoint"
            }
          }
        }
      }
    }
  }
} as const;
export const createOpenApiSpec = () => spec;
