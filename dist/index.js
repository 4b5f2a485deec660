import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";

/******/ var __webpack_modules__ = {
  /***/ 4280: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ _0: () => /* binding */ COMPARED_FIELDS,
      /* harmony export */ bi: () => /* binding */ desiredAlarms,
      /* harmony export */ hq: () => /* binding */ alarmNamePattern,
      /* harmony export */ yx: () => /* binding */ MAX_CLIENTS
      /* harmony export */    });
    /* unused harmony exports ALARM_PERIOD_SECONDS, ALARM_KEYS, cpuAlarmMetric */
    /* harmony import */    var _node_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2090);
    // The CloudWatch alarms the action keeps on every node of the group (input `alarms`). Pure: from the
    // inputs and the group's members (id and role), the exact PutMetricAlarm configuration of each alarm.
    // Names derive from the group: `<name>-<node>-<metric>`, where `<name>-<node>` is the member cluster
    // id (`shop-cache-001`), so an alarm's name says which node it watches; the metric part is one of
    // ALARM_METRICS' keys. Every metric is published per node (dimension CacheClusterId).
    /** Every alarm watches one node for this long per datapoint (ElastiCache publishes every 60 s). */    const ALARM_PERIOD_SECONDS = 60;
    /** maxclients of ElastiCache Redis/Valkey (not modifiable). */    const MAX_CLIENTS = 65e3;
    const ALARM_KEYS = [ "cpu", "memory", "evictions", "connections", "replication-lag" ];
    /** `<name>-<NNN>-<key>`: the alarms of this group's nodes, and nothing of a group named `<name>-x`. */    function alarmNamePattern(group) {
      const escaped = group.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp(`^${escaped}-(\\d{3})-(${ALARM_KEYS.join("|")})$`);
    }
    /**
 * The CPU alarm of a node type. Redis and Valkey run commands on one thread, so AWS recommends:
 * on nodes with 2 vCPUs or fewer, CPUUtilization (the host) at the threshold divided by the vCPU
 * count (90% of one core of two is 45% of the host); on larger nodes, EngineCPUUtilization (the
 * engine thread alone) at the threshold itself.
 */    function cpuAlarmMetric(nodeType, thresholdPercent) {
      const vcpus = (0, _node_types_js__WEBPACK_IMPORTED_MODULE_0__ /* .vcpuCount */ .K)(nodeType);
      if (vcpus !== void 0 && vcpus <= 2) return {
        metric: "CPUUtilization",
        threshold: Math.round(thresholdPercent / vcpus * 10) / 10,
        vcpus: vcpus
      };
      return {
        metric: "EngineCPUUtilization",
        threshold: thresholdPercent,
        vcpus: vcpus
      };
    }
    /** Every alarm of the group, sorted by name: four per node, plus ReplicationLag on each replica. */    function desiredAlarms(group, nodeType, settings, members) {
      const out = [];
      const cpu = cpuAlarmMetric(nodeType, settings.cpuThresholdPercent);
      for (const m of members) {
        const base = {
          ActionsEnabled: true,
          AlarmActions: [ ...settings.alarmActions ],
          OKActions: [ ...settings.okActions ],
          Namespace: "AWS/ElastiCache",
          Dimensions: [ {
            Name: "CacheClusterId",
            Value: m.id
          } ],
          Period: ALARM_PERIOD_SECONDS
        };
        const of = `on ${m.id} (${m.role} of ${group}; django-redis-action)`;
        out.push({
          ...base,
          AlarmName: `${m.id}-cpu`,
          AlarmDescription: cpu.metric === "CPUUtilization" ? `${cpu.metric} above ${cpu.threshold}% (${settings.cpuThresholdPercent}% of the engine's one core of ${cpu.vcpus}) for 5 minutes ${of}` : `${cpu.metric} above ${cpu.threshold}% for 5 minutes ${of}`,
          MetricName: cpu.metric,
          Statistic: "Average",
          EvaluationPeriods: 5,
          DatapointsToAlarm: 5,
          Threshold: cpu.threshold,
          ComparisonOperator: "GreaterThanThreshold",
          TreatMissingData: "missing"
        }, {
          ...base,
          AlarmName: `${m.id}-memory`,
          AlarmDescription: `DatabaseMemoryUsagePercentage above ${settings.memoryThresholdPercent}% for 5 minutes ${of}`,
          MetricName: "DatabaseMemoryUsagePercentage",
          Statistic: "Average",
          EvaluationPeriods: 5,
          DatapointsToAlarm: 5,
          Threshold: settings.memoryThresholdPercent,
          ComparisonOperator: "GreaterThanThreshold",
          TreatMissingData: "missing"
        }, {
          ...base,
          AlarmName: `${m.id}-evictions`,
          AlarmDescription: `Any eviction ${of}: the group is also the Celery broker, and an evicted key can be a lost task`,
          MetricName: "Evictions",
          Statistic: "Sum",
          EvaluationPeriods: 1,
          DatapointsToAlarm: 1,
          Threshold: 0,
          ComparisonOperator: "GreaterThanThreshold",
          TreatMissingData: "notBreaching"
        }, {
          ...base,
          AlarmName: `${m.id}-connections`,
          AlarmDescription: `CurrConnections at or above ${settings.connectionsThreshold} (maxclients is ${MAX_CLIENTS}) for 3 minutes ${of}`,
          MetricName: "CurrConnections",
          Statistic: "Maximum",
          EvaluationPeriods: 3,
          DatapointsToAlarm: 3,
          Threshold: settings.connectionsThreshold,
          ComparisonOperator: "GreaterThanOrEqualToThreshold",
          TreatMissingData: "missing"
        });
        if (m.role === "replica") out.push({
          ...base,
          AlarmName: `${m.id}-replication-lag`,
          AlarmDescription: `ReplicationLag above ${settings.replicationLagSeconds} s for 5 minutes ${of}`,
          MetricName: "ReplicationLag",
          Statistic: "Maximum",
          EvaluationPeriods: 5,
          DatapointsToAlarm: 5,
          Threshold: settings.replicationLagSeconds,
          ComparisonOperator: "GreaterThanThreshold",
          // A replica promoted to primary stops publishing it until the next run moves the alarm.
          TreatMissingData: "notBreaching"
        });
      }
      return out.sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
    }
    /** The fields compared to decide that an alarm must be written again, with a label each. */    const COMPARED_FIELDS = [ [ "MetricName", "metric" ], [ "Namespace", "namespace" ], [ "Statistic", "statistic" ], [ "Dimensions", "dimensions" ], [ "Period", "period" ], [ "EvaluationPeriods", "evaluation periods" ], [ "DatapointsToAlarm", "datapoints to alarm" ], [ "Threshold", "threshold" ], [ "ComparisonOperator", "comparison" ], [ "TreatMissingData", "missing data" ], [ "AlarmActions", "alarm actions" ], [ "OKActions", "OK actions" ], [ "ActionsEnabled", "actions enabled" ], [ "AlarmDescription", "description" ] ];
    /***/  },
  /***/ 4678: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ formatDuration
      /* harmony export */    });
    /**
 * The one duration format of the action, for waits, timings and window lengths:
 * "0s", "45s", "1m15s", "10m00s", "1h05m", "24h01m" (seconds are dropped from an hour on).
 */    function formatDuration(ms) {
      const s = Math.max(0, Math.round(ms / 1e3));
      const h = Math.floor(s / 3600);
      const m = Math.floor(s % 3600 / 60);
      const sec = s % 60;
      if (h) return `${h}h${String(m).padStart(2, "0")}m`;
      if (m) return `${m}m${String(sec).padStart(2, "0")}s`;
      return `${sec}s`;
    }
    /***/  },
  /***/ 9548: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ Dj: () => /* binding */ ALL_FAMILIES,
      /* harmony export */ Jg: () => /* binding */ supportsInPlaceTransitEncryption,
      /* harmony export */ PY: () => /* binding */ SUPPORTED_VERSIONS,
      /* harmony export */ Zy: () => /* binding */ compareVersions,
      /* harmony export */ uG: () => /* binding */ familyFor,
      /* harmony export */ ug: () => /* binding */ ENGINES,
      /* harmony export */ vI: () => /* binding */ majorMinor
      /* harmony export */    });
    /* unused harmony export isEngine */
    // Engine and version facts: which engine/version pairs exist, their parameter-group family, and
    // version comparison for the planner (ElastiCache reports full patch versions such as "7.1.0",
    // while the action's input and Config carry major.minor such as "7.1").
        const ENGINES = [ "redis", "valkey" ];
    /** The major.minor versions this action accepts for each engine, oldest first. */    const SUPPORTED_VERSIONS = {
      redis: [ "7.0", "7.1" ],
      valkey: [ "7.2", "8.0", "8.1", "8.2" ]
    };
    /** Parameter-group family per supported engine + major.minor. */    const FAMILIES = {
      redis: {
        "7.0": "redis7",
        7.1: "redis7"
      },
      valkey: {
        7.2: "valkey7",
        "8.0": "valkey8",
        8.1: "valkey8",
        8.2: "valkey8"
      }
    };
    /** Every parameter-group family the action has ever created a group in (destroy looks for each by name). */    const ALL_FAMILIES = [ ...new Set(Object.values(FAMILIES).flatMap(byVersion => Object.values(byVersion))) ];
    function isEngine(value) {
      return ENGINES.includes(value);
    }
    /**
 * "7.1.0" → "7.1", "7.1" → "7.1"; undefined when the text does not start with two numeric parts.
 */    function majorMinor(version) {
      const m = /^(\d+)\.(\d+)(?:\.\d+)*$/.exec(version.trim());
      return m ? `${Number(m[1])}.${Number(m[2])}` : void 0;
    }
    /**
 * Parameter-group family for an engine and version, or undefined when the pair is not supported.
 * `version` may be major.minor ("7.1") or a full version as AWS reports it ("7.1.0"); only
 * major.minor is used. (Input validation separately insists the user types major.minor.)
 */    function familyFor(engine, version) {
      if (!isEngine(engine)) return;
      const mm = majorMinor(version);
      return mm === void 0 ? void 0 : FAMILIES[engine][mm];
    }
    function versionParts(version) {
      // Lenient on purpose: AWS has reported versions such as "6.x"; a part without leading digits
      // counts as 0, and "7.1rc2" counts as 7.1.
      return version.trim().split(".").map(part => {
        const digits = /^\d+/.exec(part);
        return digits ? Number(digits[0]) : 0;
      });
    }
    /**
 * Numeric dotted-version comparison: returns -1 when a < b, 0 when equal, 1 when a > b.
 * Parts are compared as numbers ("7.10" > "7.9"); missing parts count as 0, so "7.1" equals
 * "7.1.0" but is lower than "7.1.5" unless `majorMinorOnly` is set.
 */    function compareVersions(a, b, options = {}) {
      let pa = versionParts(a);
      let pb = versionParts(b);
      if (options.majorMinorOnly) {
        pa = pa.slice(0, 2);
        pb = pb.slice(0, 2);
      }
      const n = Math.max(pa.length, pb.length);
      for (let i = 0; i < n; i++) {
        const x = pa[i] ?? 0;
        const y = pb[i] ?? 0;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    }
    /**
 * Whether TransitEncryptionEnabled/Mode can be changed on a running replication group:
 * Redis OSS from 7.0.5, any Valkey. `fullVersion` should be the version AWS reports ("7.0.7");
 * a bare "7.0" is read as 7.0.0 and therefore answers false (the conservative answer).
 */    function supportsInPlaceTransitEncryption(engine, fullVersion) {
      if (engine === "valkey") return true;
      if (engine !== "redis") return false;
      return compareVersions(fullVersion, "7.0.5") >= 0;
    }
    /***/  },
  /***/ 2090: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ H: () => /* binding */ isDataTieringNodeType,
      /* harmony export */ K: () => /* binding */ vcpuCount
      /* harmony export */    });
    // Node-type facts the rules and the planner share.
    /** r6gd-style node types use data tiering, which restricts the eviction policy. */    function isDataTieringNodeType(type) {
      return /^cache\.[a-z]\d+gd\./.test(type);
    }
    /** Sizes with one vCPU (older generations); every other nano/micro/small/medium size has two. */    const ONE_VCPU = new Set([ "cache.t1.micro", "cache.t2.micro", "cache.t2.small", "cache.m1.small", "cache.m1.medium", "cache.m3.medium" ]);
    /**
 * The node type's vCPU count, from its size: nano/micro/small/medium 2 (1 for the older types in
 * ONE_VCPU), large 2, xlarge 4, <n>xlarge 4n. Undefined for a size this rule does not know.
 */    function vcpuCount(type) {
      if (ONE_VCPU.has(type)) return 1;
      const size = /^cache\.[a-z0-9-]+\.([a-z0-9]+)$/.exec(type)?.[1];
      if (!size) return;
      if ([ "nano", "micro", "small", "medium", "large" ].includes(size)) return 2;
      if (size === "xlarge") return 4;
      const n = /^(\d+)xlarge$/.exec(size)?.[1];
      return n ? 4 * Number(n) : void 0;
    }
    /***/  },
  /***/ 7781: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ Aw: () => /* binding */ CREATED_BY_TAG,
      /* harmony export */ C_: () => /* binding */ TAG_PREFIX,
      /* harmony export */ KE: () => /* binding */ CREATE_ONLY_TAGS,
      /* harmony export */ Pw: () => /* binding */ PULL_REQUEST_TAG,
      /* harmony export */ TG: () => /* binding */ GROUP_TAG,
      /* harmony export */ ZU: () => /* binding */ creationTags,
      /* harmony export */ dp: () => /* binding */ usesOurSubnetGroup,
      /* harmony export */ kG: () => /* binding */ ownership
      /* harmony export */    });
    // What belongs to this action. It may change what it manages, but it deletes only what it created:
    // every resource it creates carries CREATED_BY (this repository) and GROUP (the group's name), written
    // on the create call only. Convergence never adds them to a resource it adopted, nor removes them.
    /** A new group, or one in `<name>-subnets`; an adopted group may use `default` or a shared one. */    function usesOurSubnetGroup(g, names) {
      return !g?.subnetGroupName || g.subnetGroupName === names.subnetGroup;
    }
    /** Prefix of the tag keys the action reserves for itself. */    const TAG_PREFIX = "django-redis-action:";
    /** Written on create only: the repository (owner/name) whose workflow created the resource. */    const CREATED_BY_TAG = `${TAG_PREFIX}created-by`
    /** Written on create only: the replication group the resource was created for. */;
    const GROUP_TAG = `${TAG_PREFIX}group`
    /**
 * Written on create only, by an apply run for a pull request: the preview's pull request; the janitor
 * (mode cleanup) finds previews by it. Create-only so that an apply from a pull request on an existing
 * group (a shared staging cache) never marks that group as a preview the janitor would delete.
 */;
    const PULL_REQUEST_TAG = `${TAG_PREFIX}pull-request`
    /** Tags that only a create call writes: never part of a convergence diff. */;
    const CREATE_ONLY_TAGS = new Set([ CREATED_BY_TAG, GROUP_TAG, PULL_REQUEST_TAG ]);
    /**
 * The create-only tags for a resource created for `group` from `repository` (none when unknown, e.g.
 * a local run), with the pull request when the run is for one.
 */    function creationTags(repository, group, pullRequest) {
      if (!repository) return {};
      return {
        [CREATED_BY_TAG]: repository,
        [GROUP_TAG]: group,
        ...pullRequest !== void 0 ? {
          [PULL_REQUEST_TAG]: String(pullRequest)
        } : {}
      };
    }
    /**
 * A resource is ours only if this action created it from this repository: the create-only marker
 * names this repository, and so does the GitHubRepository tag (a resource another repository's
 * workflow adopted and re-tagged is not ours to delete).
 */    function ownership(tags, repository, what) {
      if (!repository) return {
        ours: false,
        why: `GITHUB_REPOSITORY is not set, so no ${what} can be proven to be this repository's`
      };
      const marker = tags[CREATED_BY_TAG];
      if (marker === void 0) return {
        ours: false,
        why: `${what} has no ${CREATED_BY_TAG} tag: this action did not create it (it was created elsewhere, or adopted by an apply)`
      };
      if (marker !== repository) return {
        ours: false,
        why: `${what} was created from ${marker} (tag ${CREATED_BY_TAG}), not from ${repository}`
      };
      if (tags.GitHubRepository !== repository) return {
        ours: false,
        why: `${what} has GitHubRepository=${tags.GitHubRepository ?? "(missing)"}, not ${repository}: another repository's workflow manages it now`
      };
      return {
        ours: true
      };
    }
    /***/  },
  /***/ 4553: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ HG: () => /* binding */ parameterSpec,
      /* harmony export */ PY: () => /* binding */ parameterProblem
      /* harmony export */    });
    /* unused harmony exports PARAMETER_METADATA, isAllowedParameterValue, describeAllowed */
    // What ElastiCache allows for each parameter of a parameter-group family, as data: the engine
    // defaults AWS reports through DescribeEngineDefaultParameters (DataType, AllowedValues,
    // IsModifiable, ChangeType, the default value). Inputs are checked against it before any AWS call,
    // so a value AWS would refuse (e.g. `timeout: 5`: the allowed values are "0,20-") fails at input
    // validation, naming the input, instead of half-way through a run.
    
    // It is a slice of the real catalog (the parameters a Django/Celery deployment tunes; the families
    // this action supports, redis7, valkey7 and valkey8, share it). test/parameter-metadata.test.ts
    // keeps it equal to what the fake cloud answers to DescribeEngineDefaultParameters.
        const YES_NO = "yes,no";
    const EVICTION = "volatile-lru,allkeys-lru,volatile-lfu,allkeys-lfu,volatile-random,allkeys-random,volatile-ttl,noeviction";
    function spec([name, defaultValue, dataType, allowed], opts = {}) {
      return {
        name: name,
        defaultValue: defaultValue,
        dataType: dataType,
        allowed: allowed,
        modifiable: opts.modifiable ?? true,
        changeType: opts.reboot ? "requires-reboot" : "immediate",
        ...opts.pattern ? {
          pattern: opts.pattern
        } : {}
      };
    }
    /** The parameters of the Redis OSS 7 / Valkey 7 and 8 families (redis7, valkey7, valkey8). */    const REDIS7_PARAMETERS = [ spec([ "acllog-max-len", "128", "integer", "1-10000" ]), spec([ "activedefrag", "no", "string", YES_NO ]), spec([ "active-defrag-cycle-max", "75", "integer", "1-75" ]), spec([ "active-defrag-cycle-min", "5", "integer", "1-75" ]), spec([ "active-defrag-ignore-bytes", "104857600", "integer", "1048576-" ]), spec([ "active-defrag-threshold-lower", "10", "integer", "1-100" ]), spec([ "active-defrag-threshold-upper", "100", "integer", "1-100" ]), spec([ "appendfsync", "everysec", "string", "always,everysec,no" ], {
      modifiable: false
    }), spec([ "appendonly", "no", "string", YES_NO ], {
      modifiable: false
    }), spec([ "client-output-buffer-limit-normal-hard-limit", "0", "integer", "0-" ]), spec([ "client-output-buffer-limit-normal-soft-limit", "0", "integer", "0-" ]), spec([ "client-output-buffer-limit-normal-soft-seconds", "0", "integer", "0-" ]), spec([ "client-output-buffer-limit-pubsub-hard-limit", "33554432", "integer", "0-" ]), spec([ "client-output-buffer-limit-pubsub-soft-limit", "8388608", "integer", "0-" ]), spec([ "client-output-buffer-limit-pubsub-soft-seconds", "60", "integer", "0-" ]), spec([ "close-on-replica-write", "yes", "string", YES_NO ]), spec([ "cluster-enabled", "no", "string", YES_NO ], {
      modifiable: false,
      reboot: true
    }), spec([ "databases", "16", "integer", "1-1200000" ], {
      reboot: true
    }), spec([ "hash-max-listpack-entries", "128", "integer", "0-" ]), spec([ "hash-max-listpack-value", "64", "integer", "0-" ]), spec([ "lazyfree-lazy-eviction", "no", "string", YES_NO ]), spec([ "lazyfree-lazy-expire", "no", "string", YES_NO ]), spec([ "lazyfree-lazy-server-del", "no", "string", YES_NO ]), spec([ "lazyfree-lazy-user-del", "no", "string", YES_NO ]), spec([ "lfu-decay-time", "1", "integer", "0-" ]), spec([ "lfu-log-factor", "10", "integer", "1-" ]), spec([ "list-max-listpack-size", "-2", "integer", "-5-" ]), spec([ "maxclients", "65000", "integer", "1-65000" ], {
      modifiable: false,
      reboot: true
    }), spec([ "maxmemory-policy", "volatile-lru", "string", EVICTION ]), spec([ "maxmemory-samples", "3", "integer", "1-" ]), spec([ "min-replicas-max-lag", "10", "integer", "0-" ]), spec([ "min-replicas-to-write", "0", "integer", "0-" ]), spec([ "notify-keyspace-events", "", "string", "" ], {
      pattern: /^[KEg$lshzxetmdnA]*$/
    }), spec([ "repl-backlog-size", "1048576", "integer", "16384-" ]), spec([ "reserved-memory-percent", "25", "integer", "0-100" ]), spec([ "set-max-intset-entries", "512", "integer", "0-" ]), spec([ "slowlog-log-slower-than", "10000", "integer", "0-" ]), spec([ "slowlog-max-len", "128", "integer", "0-" ]), spec([ "tcp-keepalive", "300", "integer", "0-" ]), spec([ "timeout", "0", "integer", "0,20-" ]) ];
    function byName(specs) {
      return Object.fromEntries(specs.map(s => [ s.name, s ]));
    }
    /** Parameter-group family → parameter name → what AWS allows. */    const PARAMETER_METADATA = {
      redis7: byName(REDIS7_PARAMETERS),
      valkey7: byName(REDIS7_PARAMETERS),
      valkey8: byName(REDIS7_PARAMETERS)
    };
    function parameterSpec(family, name) {
      const table = PARAMETER_METADATA[family];
      return table && Object.hasOwn(table, name) ? table[name] : void 0;
    }
    /** Whether `value` fits the parameter's DataType and AllowedValues ("a,b,c", "1-75", "0,20-", "-5-"). */    function isAllowedParameterValue(p, value) {
      if (p.dataType === "integer") {
        if (!/^-?\d+$/.test(value)) return false;
        const n = Number(value);
        if (!Number.isSafeInteger(n)) return false;
        return p.allowed.split(",").some(part => {
          const m = /^(-?\d+)?-(-?\d+)?$/.exec(part);
          if (!m) return Number(part) === n;
          return (m[1] === void 0 || n >= Number(m[1])) && (m[2] === void 0 || n <= Number(m[2]));
        });
      }
      if (p.pattern) return p.pattern.test(value);
      return p.allowed === "" || p.allowed.split(",").includes(value);
    }
    /** "0,20-" → "0 or at least 20"; "1-75" → "from 1 to 75"; "a,b" → "one of: a, b". */    function describeAllowed(p) {
      if (p.dataType === "string") {
        if (p.pattern) return `a string of the characters ${p.pattern.source.replace(/^\^\[|\]\*\$$/g, "")}`;
        return p.allowed === "" ? "any string" : `one of: ${p.allowed.split(",").join(", ")}`;
      }
      const parts = p.allowed.split(",").map(part => {
        const m = /^(-?\d+)?-(-?\d+)?$/.exec(part);
        if (!m) return part;
        if (m[1] !== void 0 && m[2] !== void 0) return `from ${m[1]} to ${m[2]}`;
        if (m[1] !== void 0) return `at least ${m[1]}`;
        return `at most ${m[2]}`;
      });
      return `an integer ${parts.join(" or ")}`;
    }
    /**
 * Why `name = value` cannot be set in a parameter group of `family`, or undefined when it can: an
 * unknown name, a parameter ElastiCache does not let you modify, or a value outside what it allows.
 */    function parameterProblem(family, name, value) {
      const p = parameterSpec(family, name);
      if (!p) {
        const hyphenated = name.replace(/_/g, "-");
        const hint = parameterSpec(family, hyphenated) ? `; did you mean ${hyphenated}? (Redis parameter names use hyphens)` : " (names as in DescribeEngineDefaultParameters, e.g. notify-keyspace-events)";
        return `${JSON.stringify(name)} is not a ${family} parameter this action knows${hint}`;
      }
      if (!p.modifiable) return `${name} cannot be modified on ElastiCache (${family} sets it itself)`;
      if (!isAllowedParameterValue(p, value)) return `${name} = ${JSON.stringify(value)} is not allowed in ${family}: it must be ${describeAllowed(p)} (AllowedValues "${p.allowed}")`;
      return;
    }
    /***/  },
  /***/ 3916: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ Or: () => /* binding */ attemptsOf,
      /* harmony export */ W6: () => /* binding */ PlanError,
      /* harmony export */ gJ: () => /* binding */ errorMessage,
      /* harmony export */ iQ: () => /* binding */ AwsCallError,
      /* harmony export */ tb: () => /* binding */ asSdk,
      /* harmony export */ w7: () => /* binding */ isAccessDenied
      /* harmony export */    });
    /* unused harmony export errorName */
    // Every failure the user sees names the input or the AWS call, and says what to do.
    // Nothing here loads the SDK: main.ts imports this before the inputs are validated, and an invalid
    // input must fail in about the time bare node takes to start. The SDK's classification of an AWS
    // failure is in aws/failure.ts, which only code that calls AWS loads.
    /** A refusal or precondition failure decided before any write. */    class PlanError extends Error {
      name="PlanError";
    }
    /** Access denied, under the names the services use for it. */    const ACCESS_DENIED = new Set([ "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess" ]);
    function asSdk(e) {
      const o = typeof e === "object" && e !== null ? e : {
        message: String(e)
      };
      return {
        name: o.name ?? o.code ?? "Error",
        message: o.message ?? "",
        code: o.code,
        $metadata: o.$metadata ?? {}
      };
    }
    function errorName(e) {
      return asSdk(e).name;
    }
    function isAccessDenied(e) {
      return ACCESS_DENIED.has(errorName(e));
    }
    /** How many times the SDK sent the request (its retry strategy records it on the error). */    function attemptsOf(e) {
      return asSdk(e).$metadata.attempts ?? 1;
    }
    /** An AWS call that failed for good, with the operation, the IAM action and a hint. */    class AwsCallError extends Error {
      service;
      operation;
      causeName;
      attempts;
      name="AwsCallError";
      constructor(service, operation, causeName, 
      /** How many times the SDK sent the request before giving up (1 = not retried). */
      attempts, message, options) {
        super(message, options);
        this.service = service;
        this.operation = operation;
        this.causeName = causeName;
        this.attempts = attempts;
      }
      get iamAction() {
        return `${this.service}:${this.operation}`;
      }
    }
    function errorMessage(e) {
      if (e instanceof Error) return e.message;
      return String(e);
    }
    /***/  },
  /***/ 9407: 
  /***/ (module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {
    __nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
      try {
        /* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6631);
        await (0, _main_js__WEBPACK_IMPORTED_MODULE_0__ /* .run */ .e)();
        __webpack_async_result__();
      } catch (e) {
        __webpack_async_result__(e);
      }
    }, 1);
    /***/  },
  /***/ 6631: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    // EXPORTS
    __nccwpck_require__.d(__webpack_exports__, {
      e: () => /* binding */ run
    });
    // CONCATENATED MODULE: ./src/clock.ts
    // Time is injected everywhere we wait, so tests (and the fake cloud) can run a 15-minute create
    // in milliseconds without ever sleeping for real.
    const systemClock = {
      now: () => Date.now(),
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: () => Math.random()
    };
    function getEnumValues(entries) {
      const numericValues = Object.values(entries).filter(v => typeof v === "number");
      const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
      return values;
    }
    function jsonStringifyReplacer(_, value) {
      if (typeof value === "bigint") return value.toString();
      return value;
    }
    // the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
        class Cached {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    }
    function cached(getter) {
      return new Cached(getter);
    }
    function cleanRegex(source) {
      const start = source.startsWith("^") ? 1 : 0;
      const end = source.endsWith("$") ? source.length - 1 : source.length;
      return source.slice(start, end);
    }
     /* unused pure expression or super */ null && Symbol("evaluating");
    function assignProp(target, prop, value) {
      Object.defineProperty(target, prop, {
        value: value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    /**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */    function rawShape(def) {
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      return desc?.get ? desc.get.raw : desc?.value;
    }
    // where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
        const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
    function util_isObject(data) {
      return typeof data === "object" && data !== null && !Array.isArray(data);
    }
     /* unused pure expression or super */ null && cached(() => {
      // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
      if (globalConfig.jitless) return false;
      // @ts-ignore
            if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
      try {
        const F = Function;
        new F("");
        return true;
      } catch (_) {
        return false;
      }
    });
    const propertyKeyTypes =  new Set([ "string", "number", "symbol" ]);
    function escapeRegex(str) {
      return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    // zod-specific utils
        function clone(inst, def, params) {
      const cl = new inst._zod.constr(def ?? inst._zod.def);
      if (!def || params?.parent) cl._zod.parent = inst;
      return cl;
    }
    function normalizeParams(_params) {
      const params = _params;
      if (!params) return {};
      if (typeof params === "string") return {
        error: () => params
      };
      if (params?.message !== void 0) {
        if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
      }
      delete params.message;
      if (typeof params.error === "string") return {
        ...params,
        error: () => params.error
      };
      return params;
    }
    function optionalKeys(shape) {
      return Object.keys(shape).filter(k => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
    }
    // Wrapped in a ` ` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
         /* unused pure expression or super */ null && (() => {
      Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MAX_VALUE;
    })();
    // invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
    function aborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
      return false;
    }
    // Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
        function explicitlyAborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
      return false;
    }
    function prefixIssues(path, issues) {
      return issues.map(iss => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
      });
    }
    function unwrapMessage(message) {
      return typeof message === "string" ? message : message?.message;
    }
    /* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
    /** The leading size checks of `defChecks` that set an upper bound, each paired with it. */    function attachSchema(issues, start, inst) {
      var _a;
      for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
    }
    function finalizeIssue(iss, ctx, config) {
      var _a;
      // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
            const traits = iss.inst?._zod?.traits;
      if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst); else iss.schema = iss.inst;
      // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
            const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
      const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
      // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
            const full = {};
      for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
        full[k] = iss[k];
      }
      full.path ?? (full.path = []);
      full.message = message;
      if (ctx?.reportInput) full.input = iss.input;
      return full;
    }
    function util_issue(...args) {
      const [iss, input, inst] = args;
      if (typeof iss === "string") return {
        message: iss,
        code: "custom",
        input: input,
        inst: inst
      };
      return {
        ...iss
      };
    }
    //////////    PROTOTYPE INSTALLERS     //////////
    // Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
    /**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
    function members(proto, table) {
      for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
                if (desc.get) Object.defineProperty(proto, key, {
          ...desc,
          enumerable: false
        });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
         else defineBound(proto, key, desc.value);
      }
    }
    /** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */    function own(inst, key, value, enumerable = true) {
      Object.defineProperty(inst, key, {
        configurable: true,
        writable: true,
        enumerable: enumerable,
        value: value
      });
      return value;
    }
    /** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */    function hide(inst, key, value) {
      return own(inst, key, value, false);
    }
    /** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */    function defineBound(proto, key, fn) {
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
          return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
          own(this, key, value);
        }
      });
    }
    /** Returns the prototype to install on, or `undefined` if this group is already installed on it. */    function claim(inst, sentinel) {
      const proto = Object.getPrototypeOf(inst);
      // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
            return sentinel in proto ? void 0 : proto;
    }
    // The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
        let installing;
    // Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
        let broke = false;
    const breaker = {
      configurable: true,
      get() {
        broke = true;
        return;
      }
    };
    /**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */    function defineLazyInternal(inst, key, compute) {
      const proto = Object.getPrototypeOf(inst._zod);
      if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = void 0;
        return;
      }
      installing = inst._zod;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
          Object.defineProperty(this, key, breaker);
          const outer = broke;
          broke = false;
          try {
            const value = compute(this);
            // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                        if (broke) delete this[key]; else Object.defineProperty(this, key, {
              configurable: true,
              writable: true,
              value: value
            });
            broke = broke || outer;
            return value;
          } catch (err) {
            // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
            delete this[key];
            broke = broke || outer;
            throw err;
          }
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            value: value
          });
        }
      });
    }
    /**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */    function installLazyProp(inst, key, make, enumerable) {
      const proto = claim(inst, key);
      if (!proto) return;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
          const desc = {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: void 0
          };
          Object.defineProperty(this, key, desc);
          // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
                    desc.value = make(this);
          Object.defineProperty(this, key, desc);
          return desc.value;
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: value
          });
        }
      });
    }
    /** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */    // CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
    var _a;
    /** A special constant with type `never` */    const NEVER =  Object.freeze({
      status: "aborted"
    });
    /* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */    const _zodDesc = {
      value: void 0,
      enumerable: false
    };
    // null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
        let _E = "captureStackTrace" in Error ? Error : null;
    // v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
        function newError(Definition) {
      const E = _E;
      if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
          try {
            E.stackTraceLimit = 0;
          } catch {
            _E = null;
            return new Definition;
          }
          try {
            return new Definition;
          } finally {
            E.stackTraceLimit = saved;
          }
        }
      }
      return new Definition;
    }
    function $constructor(name, initializer, 
    /** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
    proto, params) {
      // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
      const zodProto = {};
      // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
            function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set;
      }
      Internals.prototype = zodProto;
      const protoMembers = proto;
      // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
            const initialized = protoMembers && new WeakSet;
      function init(inst, def) {
        if (!inst._zod) {
          _zodDesc.value = new Internals(def);
          try {
            Object.defineProperty(inst, "_zod", _zodDesc);
          } finally {
            // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
            _zodDesc.value = void 0;
          }
        } else if (inst._zod.traits.has(name)) return;
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
          // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
          const own = Object.getPrototypeOf(inst);
          const ctorProto = inst._zod.constr.prototype;
          let up = own;
          while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
          const target = up ?? own;
          if (!initialized.has(target)) {
            initialized.add(target);
            members(target, protoMembers);
          }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
                const proto = _.prototype;
        for (const k in proto) {
          if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
          if (!(k in inst)) inst[k] = proto[k].bind(inst);
        }
      }
      // doesn't work if Parent has a constructor with arguments
            const Parent = params?.Parent ?? Object;
      class Definition extends Parent {}
      Object.defineProperty(Definition, "name", {
        value: name
      });
      function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
          for (const fn of deferred) fn();
          // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
                    inst._zod.deferred = void 0;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
                const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp) pp(inst);
        return inst;
      }
      Object.defineProperty(_, "init", {
        value: init
      });
      Object.defineProperty(_, Symbol.hasInstance, {
        value: inst => {
          if (params?.Parent && inst instanceof params.Parent) return true;
          return inst?._zod?.traits?.has(name);
        }
      });
      Object.defineProperty(_, "name", {
        value: name
      });
      return _;
    }
    //////////////////////////////   UTILITIES   ///////////////////////////////////////
         /* unused pure expression or super */ null && Symbol("zod_brand");
    class $ZodAsyncError extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    }
    class $ZodEncodeError extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    }
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    const core_globalConfig = globalThis.__zod_globalConfig;
    function config(newConfig) {
      if (newConfig) Object.assign(core_globalConfig, newConfig);
      return core_globalConfig;
    }
    /** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
    const uuid = version => {
      if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
     /* unused pure expression or super */ null && uuid(4);
     /* unused pure expression or super */ null && uuid(6);
     /* unused pure expression or super */ null && uuid(7);
    /** Practical email validation */    const dateSource = /* unused pure expression or super */ null && `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    /** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a ` ` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */    function regexes_anchor(source) {
      return new RegExp(`^${source}$`);
    }
     /* unused pure expression or super */ null && regexes_anchor(dateSource);
    // the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
    const anyString = /^[\s\S]{0,}$/;
    // Hash regexes for different algorithms and encodings
    // Helper function to create base64 regex with exact length and padding
    function fixedBase64(bodyLength, padding) {
      return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
    }
    // Helper function to create base64url regex with exact length (no padding)
        function fixedBase64url(length) {
      return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
    }
    // MD5 (16 bytes): base64 = 24 chars total (22 + "==")
         /* unused pure expression or super */ null && fixedBase64(22, "==");
     /* unused pure expression or super */ null && fixedBase64url(22);
    // SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
         /* unused pure expression or super */ null && fixedBase64(27, "=");
     /* unused pure expression or super */ null && fixedBase64url(27);
    // SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
         /* unused pure expression or super */ null && fixedBase64(43, "=");
     /* unused pure expression or super */ null && fixedBase64url(43);
    // SHA384 (48 bytes): base64 = 64 chars total (no padding)
         /* unused pure expression or super */ null && fixedBase64(64, "");
     /* unused pure expression or super */ null && fixedBase64url(64);
    // SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
         /* unused pure expression or super */ null && fixedBase64(86, "==");
     /* unused pure expression or super */ null && fixedBase64url(86);
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
    const version = {
      major: 4,
      minor: 6,
      patch: 7
    };
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js
    const $ZodType =  $constructor("$ZodType", (inst, def) => {
      var _a;
      inst ?? (inst = {});
      inst._zod.def = def;
 // set _def property
            inst._zod.bag = inst._zod.bag || {};
 // initialize _bag object
            inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      // if inst is itself a checks.$ZodCheck, run it as a check
            const checks = inst._zod.traits.has("$ZodCheck") ? [ inst, ...defChecks ?? [] ] : defChecks?.length ? [ ...defChecks ] : [];
      for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
      if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks, ctx) => {
          if (payload.memo) return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload)) continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun) continue;
            } else if (isAborted) continue;
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError;
            if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen) return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }); else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen) continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) return asyncResult.then(() => payload);
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          // abort if the canary is aborted
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          // run checks first, then
                    const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return checkResult.then(checkResult => inst._zod.parse(checkResult, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            // run canary initial pass (no checks)
            const canary = inst._zod.parse({
              value: payload.value,
              issues: []
            }, {
              ...ctx,
              skipChecks: true
            });
            if (canary instanceof Promise) return canary.then(canary => handleCanaryResult(canary, payload, ctx));
            return handleCanaryResult(canary, payload, ctx);
          }
          // forward
                    const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return result.then(result => runChecks(result, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    /** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
    // a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
        const toStandardResult = (r, ctx) => r.issues.length ? {
      issues: r.issues.map(iss => finalizeIssue(iss, ctx, config()))
    } : {
      value: r.value
    };
    async function validateAsync(inst, value) {
      const ctx = {
        async: true
      };
      return toStandardResult(await inst._zod.run({
        value: value,
        issues: []
      }, ctx), ctx);
    }
    function standardProps(inst) {
      return {
        validate: value => {
          const ctx = {
            async: false
          };
          try {
            const r = inst._zod.run({
              value: value,
              issues: []
            }, ctx);
            if (!(r instanceof Promise)) return toStandardResult(r, ctx);
          } catch (_) {}
          // async function so a synchronously throwing check rejects instead of escaping validate
                    return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1
      };
    }
    const $ZodString =  $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
            inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce) try {
          payload.value = String(payload.value);
        } catch (_) {}
        if (typeof payload.value === "string") return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodStringFormat =  /* unused pure expression or super */ null && core.$constructor("$ZodStringFormat", (inst, def) => {
      // check initialization must come first
      checks.$ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.guid);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = regexes.uuid(v));
      } else def.pattern ?? (def.pattern = regexes.uuid());
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.email);
      $ZodStringFormat.init(inst, def);
    });
    /** The `://` guard rejected the input before the URL constructor saw it. */    const URL_BAD_FORMAT = 1;
    /** The URL parser rejected the input. */    const URL_UNPARSEABLE = 2;
    function canParseURL(input) {
      try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
        new URL(input);
        return true;
      } catch {
        return false;
      }
    }
    function validateURL(trimmed, def) {
      if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || URL_UNPARSEABLE;
      return parseURLObject(trimmed, def);
    }
    /** Parses a URL while preserving the non-normalizing HTTP guard. */    function parseURLObject(trimmed, def) {
      // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
      if (!def.normalize && def.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return URL_BAD_FORMAT;
      try {
        if (typeof URL !== "undefined") {
          const URLStatic = URL;
          if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
                return new URL(trimmed);
      } catch {
        return URL_UNPARSEABLE;
      }
    }
    const asciiTabOrNewline = /[\t\n\r]/g;
    /** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */    function stripTabAndNewline(value) {
      return value.replace(asciiTabOrNewline, "");
    }
    function urlHostnameOk(url, hostname) {
      hostname.lastIndex = 0;
      return hostname.test(url.hostname);
    }
    function urlProtocolOk(url, protocol) {
      protocol.lastIndex = 0;
      return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        try {
          // Trim whitespace from input
          const trimmed = payload.value.trim();
          const url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst: inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst: inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
          if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
          // Set the output value based on normalize flag
                    payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
        }
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.emoji());
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? regexes.nanoid : regexes.nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */     /* unused pure expression or super */ null && core.$constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.cuid);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.cuid2);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.ulid);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.xid);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.ksuid);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.datetime(def));
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.date);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.time(def));
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.duration);
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.ipv4);
      $ZodStringFormat.init(inst, def);
    });
    /** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */    const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    function isValidIPv6(value) {
      if (!ipv6Alphabet.test(value)) return false;
      return canParseURL(`http://[${value}]`);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (!isValidIPv6(payload.value)) payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodMAC", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
      $ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    function isValidCIDRv6(value) {
      const parts = value.split("/");
      if (parts.length !== 2) return false;
      const [address, prefix] = parts;
      if (!prefix) return false;
      const prefixNum = Number(prefix);
      if (`${prefixNum}` !== prefix) return false;
      if (prefixNum < 0 || prefixNum > 128) return false;
      return isValidIPv6(address);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.cidrv6);
 // not used for validation
            $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (!isValidCIDRv6(payload.value)) payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodBase64   //////////////////////////////
        function isValidBase64(data) {
      if (data === "") return true;
      // atob ignores whitespace, so reject it up front.
            if (/\s/.test(data)) return false;
      if (data.length % 4 !== 0) return false;
      try {
        // @ts-ignore
        atob(data);
        return true;
      } catch {
        return false;
      }
    }
    // lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
        const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
     /* unused pure expression or super */ null && core.$constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidBase64(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodBase64URL   //////////////////////////////
    // lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
        const base64urlCharset = /^[A-Za-z0-9_-]*$/;
    function isValidBase64URL(data) {
      if (!base64urlCharset.test(data)) return false;
      const base64 = data.replace(/[-_]/g, c => c === "-" ? "+" : "/");
      const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
      return isValidBase64(padded);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidBase64URL(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.e164);
      $ZodStringFormat.init(inst, def);
    });
    //////////////////////////////   ZodCreditCard   //////////////////////////////
        const CC_SANITIZE = /[- ]/g;
    /** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */    function isLuhnAlgo(digits) {
      let length = digits.length;
      let bit = 1;
      let sum = 0;
      while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [ 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 ][value] : value;
      }
      return sum % 10 === 0;
    }
    function isValidCreditCard(input) {
      if (!regexes.creditCard.test(input)) return false;
      return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCreditCard", (inst, def) => {
      // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
      def.pattern ?? (def.pattern = regexes.creditCard);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidCreditCard(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "credit_card",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodIBAN   //////////////////////////////
    // iso 7064 mod 97-10 checksum without BigInt
        function isIso7064Mod97(iban) {
      let remainder = 0;
      const len = iban.length;
      for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
      }
      for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
      }
      return remainder === 1;
    }
    function isValidIBAN(input) {
      if (!regexes.iban.test(input)) return false;
      return isIso7064Mod97(input);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodIBAN", (inst, def) => {
      // shape only — checksum is not expressible as a pattern
      def.pattern ?? (def.pattern = regexes.iban);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidIBAN(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "iban",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodJWT   //////////////////////////////
        function isValidJWT(token, algorithm = null) {
      try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3) return false;
        const [header] = tokensParts;
        if (!header) return false;
        // @ts-ignore
                const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
        if (!parsedHeader.alg) return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
        return true;
      } catch {
        return false;
      }
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidJWT(payload.value, def.alg)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCustomStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (def.fn(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodNumber =  /* unused pure expression or super */ null && core.$constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = Number(payload.value);
        } catch (_) {}
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input: input,
          inst: inst,
          ...received ? {
            received: received
          } : {}
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNumberFormat", (inst, def) => {
      checks.$ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
 // no format checks
        });
     /* unused pure expression or super */ null && core.$constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = Boolean(payload.value);
        } catch (_) {}
        const input = payload.value;
        if (typeof input === "boolean") return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodBigInt =  /* unused pure expression or super */ null && core.$constructor("$ZodBigInt", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.bigint;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = BigInt(payload.value);
        } catch (_) {}
        if (typeof payload.value === "bigint") return payload;
        payload.issues.push({
          expected: "bigint",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodBigIntFormat", (inst, def) => {
      checks.$ZodCheckBigIntFormat.init(inst, def);
      $ZodBigInt.init(inst, def);
 // no format checks
        });
     /* unused pure expression or super */ null && core.$constructor("$ZodSymbol", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol") return payload;
        payload.issues.push({
          expected: "symbol",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodUndefined", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.undefined;
      inst._zod.values = new Set([ void 0 ]);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined") return payload;
        payload.issues.push({
          expected: "undefined",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNull", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.null;
      inst._zod.values = new Set([ null ]);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null) return payload;
        payload.issues.push({
          expected: "null",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodAny", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = payload => payload;
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = payload => payload;
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodVoid", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined") return payload;
        payload.issues.push({
          expected: "void",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodDate", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = new Date(payload.value);
        } catch (_err) {}
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate) return payload;
        payload.issues.push({
          expected: "date",
          code: "invalid_type",
          input: input,
          ...isDate ? {
            received: "Invalid Date"
          } : {},
          inst: inst
        });
        return payload;
      };
    });
    // an oversized container fails its leading size checks before any element is parsed
        function capSize(inst, size) {
      const caps = util.sizeCaps(inst._zod.def.checks);
      if (!caps.length) return;
      const cap = Math.min(...caps.map(c => c[0]));
      const parse = inst._zod.parse;
      inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") for (const [max, ch] of util.sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
          util.attachSchema(payload.issues, start, inst);
          return payload;
        }
        return parse(payload, ctx);
      };
    }
    const arraySize = input => Array.isArray(input) ? input.length : -1;
    const mapSize = input => input instanceof Map ? input.size : -1;
    const setSize = input => input instanceof Set ? input.size : -1;
    function handleArrayResult(result, final, index) {
      if (result.issues.length) final.issues.push(...util.prefixIssues(index, result.issues));
      final.value[index] = result.value;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) proms.push(result.then(result => handleArrayResult(result, payload, i))); else {
            handleArrayResult(result, payload, i);
            // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                        if (abortEarly && result.issues.length !== 0 && util.aborted(result)) break;
          }
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
 //handleArrayResultsAsync(parseResults, final);
            };
      capSize(inst, arraySize);
    });
    function handlePropertyResult(result, final, key, input, optin, optout) {
      const isPresent = key in input;
      const isOptionalOut = optout === "optional";
      // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
            if (!isPresent && isOptionalOut && optin === "optional") return;
      if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== void 0 && isOptionalOut && !isPresent) return;
        final.issues.push(...prefixIssues(key, result.issues));
      }
      if (!isPresent && optin === void 0) {
        if (!result.issues.length) final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [ key ]
        });
        return;
      }
      if (result.value === void 0) {
        if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
      } else final.value[key] = result.value;
    }
    // one shared instance; a fresh [] per schema cost 56 bytes retained
        const NO_SYMBOL_KEYS = [];
    function normalizeDef(def) {
      const keys = Object.keys(def.shape);
      const ownSymbols = Object.getOwnPropertySymbols(def.shape);
      const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
      // aliases `keys` when there are no symbols, so a string-only shape keeps one array
            const allKeys = symbolKeys.length ? [ ...keys, ...symbolKeys ] : keys;
      for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      const okeys = optionalKeys(def.shape);
      return {
        ...def,
        allKeys: allKeys,
        symbolKeys: symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys)
      };
    }
    function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
      const unrecognized = [];
      const keySet = def.keySet;
      const _catchall = def.catchall._zod;
      const t = _catchall.def.type;
      const optin = _catchall.optin;
      const optout = _catchall.optout;
      // starts at 0, not the current length: the shape phase already ran and may have aborted
            let seen = 0;
      for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen)) break;
          seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
                if (keySet.has(key)) continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
                if (key === "__proto__") {
          if (t === "never") unrecognized.push(key);
          continue;
        }
        if (t === "never") {
          unrecognized.push(key);
          continue;
        }
        const r = _catchall.run({
          value: input[key],
          issues: []
        }, ctx);
        if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
      }
      if (unrecognized.length) payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input: input,
        inst: inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
      if (!proms.length) return payload;
      return Promise.all(proms).then(() => payload);
    }
    const $ZodObject =  $constructor("$ZodObject", (inst, def) => {
      // requires cast because technically $ZodObject doesn't extend
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
            const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
          const newSh = {
            ...sh
          };
          Object.defineProperty(def, "shape", {
            value: newSh
          });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", {
          get: get
        });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", zod => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, new Set);
            for (const v of field.values) propValues[key].add(v);
            // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                        if (field.optin !== void 0) propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject = util_isObject;
      const catchall = def.catchall;
      let value;
      const memo = core_globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          if (key === "__proto__") continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({
            value: input[key],
            issues: []
          }, ctx);
          if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
        }
        if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodObjectJIT", (inst, def) => {
      // requires cast because technically $ZodObject doesn't extend
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = util.cached(() => normalizeDef(def));
      const memo = core.globalConfig.memoizer;
      const generateFastpass = shape => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
                const doc = new Doc([ "payload", "ctx" ], {
          shape: shape,
          inst: inst,
          memo: memo,
          syms: syms
        });
        const parseStr = k => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
                const prefixStr = (id, k) => `\n          let ${id}_ab = false;\n          for (let i = 0; i < ${id}.issues.length; i++) {\n            const iss = ${id}.issues[i];\n            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${id}_ab = true;\n          }\n          if (${id}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
        // A: preserve key order {
                doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__") continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : util.esc(key);
          const isPresent = `${k} in input`;
          const schema = shape[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`\n        const ${id}_present = ${isPresent};\n        if (!${id}.issues.length || ${id}_present) {\n          if (${id}.issues.length) {${prefixStr(id, k)}\n          }\n\n          if (${assign}) {\n            newResult[${k}] = ${id}.value;\n          }\n        }\n\n      `);
          } else if (!isOptionalIn) doc.write(`\n        const ${id}_present = ${isPresent};\n        if (${id}.issues.length) {${prefixStr(id, k)}\n        }\n        if (!${id}_present && !${id}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${k}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${id}_present) {\n          newResult[${k}] = ${id}.value;\n        }\n\n      `); else {
            doc.write(`\n        if (${id}.issues.length) {${prefixStr(id, k)}\n        }\n      `);
            if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`); else doc.write(`\n        if (${id}.value !== undefined || ${isPresent}) {\n          newResult[${k}] = ${id}.value;\n        }\n      `);
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
                return doc.compile();
      };
      let fastpass;
      const isObject = util.isObject;
      const jit = !core.globalConfig.jitless;
      const allowsEval = util.allowsEval;
      const fastEnabled = jit && allowsEval.value;
 // && !def.catchall;
            const catchall = def.catchall;
      let value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          // always synchronous
          if (!fastpass) fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall) return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    function handleUnionResults(results, final, inst, ctx) {
      for (const result of results) if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
      const nonaborted = results.filter(r => !aborted(r));
      if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
      }
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: results.map(result => result.issues.map(iss => finalizeIssue(iss, ctx, config())))
      });
      return final;
    }
    const $ZodUnion =  $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.options.some(o => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some(o => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", zod => zod.def.options.some(o => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", zod => {
        if (zod.def.options.every(o => o._zod.values)) return new Set(zod.def.options.flatMap(option => Array.from(option._zod.values)));
        return;
      });
      defineLazyInternal(inst, "pattern", zod => {
        if (zod.def.options.every(o => o._zod.pattern)) {
          const patterns = zod.def.options.map(o => o._zod.pattern);
          return new RegExp(`^(${patterns.map(p => cleanRegex(p.source)).join("|")})$`);
        }
        return;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) return first(payload, ctx);
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0) return result;
            results.push(result);
          }
        }
        if (!async) return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then(results => handleUnionResults(results, payload, inst, ctx));
      };
    });
    function handleExclusiveUnionResults(results, final, inst, ctx) {
      const matches = [];
      for (let i = 0; i < results.length; i++) if (results[i].issues.length === 0) matches.push(i);
      if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
      }
      if (matches.length === 0) 
      // No matches - same as regular union
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: results.map(result => result.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())))
      }); else 
      // Multiple matches - exclusive union failure
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: [],
        inclusive: false,
        matches: matches
      });
      return final;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodXor", (inst, def) => {
      $ZodUnion.init(inst, def);
      def.inclusive = false;
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) return first(payload, ctx);
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else results.push(result);
        }
        if (!async) return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then(results => handleExclusiveUnionResults(results, payload, inst, ctx));
      };
    });
    /** Returns the option whose discriminator claims `value`, or throws if ambiguous. */    function discriminatorMap(def) {
      const map = new Map;
      for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) if (map.has(value)) {
          if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
          // keep the collision marked so a later member cannot reclaim it
                    map.set(value, null);
        } else map.set(value, option);
      }
      return map;
    }
    const $ZodDiscriminatedUnion = 
    
    $constructor("$ZodDiscriminatedUnion", (inst, def) => {
      def.inclusive = false;
      $ZodUnion.init(inst, def);
      const _super = inst._zod.parse;
      defineLazyInternal(inst, "propValues", zod => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
          const pv = option._zod.propValues;
          if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
          if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
          for (const [k, v] of Object.entries(pv)) {
            if (!Object.prototype.hasOwnProperty.call(propValues, k)) assignProp(propValues, k, new Set);
            for (const val of v) propValues[k].add(val);
          }
        }
        if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
        return propValues;
      });
      // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
            def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
      });
      const disc = cached(() => discriminatorMap(def));
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
          payload.issues.push({
            code: "invalid_type",
            expected: "object",
            input: input,
            inst: inst
          });
          return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
                if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
                if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
        // no matching discriminator
                payload.issues.push({
          code: "invalid_union",
          errors: [],
          note: "No matching discriminator",
          discriminator: def.discriminator,
          options: Array.from(disc.value.keys()).filter(value => disc.value.get(value) !== null),
          input: input,
          path: [ def.discriminator ],
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({
          value: input,
          issues: []
        }, ctx);
        const right = def.right._zod.run({
          value: input,
          issues: []
        }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) return Promise.all([ left, right ]).then(([left, right]) => handleIntersectionResults(payload, left, right));
        return handleIntersectionResults(payload, left, right);
      };
    });
    function mergeValues(a, b) {
      // const aType = parse.t(a);
      // const bType = parse.t(b);
      if (a === b) return {
        valid: true,
        data: a
      };
      if (a instanceof Date && b instanceof Date && +a === +b) return {
        valid: true,
        data: a
      };
      if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter(key => bKeys.indexOf(key) !== -1);
        const newObj = {
          ...a,
          ...b
        };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
        for (const key of sharedKeys) {
          if (key === "__proto__") continue;
          const sharedValue = mergeValues(a[key], b[key]);
          if (!sharedValue.valid) return {
            valid: false,
            mergeErrorPath: [ key, ...sharedValue.mergeErrorPath ]
          };
          newObj[key] = sharedValue.data;
        }
        return {
          valid: true,
          data: newObj
        };
      }
      if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) return {
          valid: false,
          mergeErrorPath: []
        };
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
          const itemA = a[index];
          const itemB = b[index];
          const sharedValue = mergeValues(itemA, itemB);
          if (!sharedValue.valid) return {
            valid: false,
            mergeErrorPath: [ index, ...sharedValue.mergeErrorPath ]
          };
          newArray.push(sharedValue.data);
        }
        return {
          valid: true,
          data: newArray
        };
      }
      return {
        valid: false,
        mergeErrorPath: []
      };
    }
    function handleIntersectionResults(result, left, right) {
      // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
      const unrecKeys = new Map;
      let unrecIssue;
      const keyIssues = new Map;
      const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
          unrecIssue ?? (unrecIssue = iss);
          keys = iss.keys;
        } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
          const k = String(iss.path[0]);
          if (!keyIssues.has(k)) keyIssues.set(k, iss);
          keys = [ k ];
        } else return false;
        for (const k of keys) {
          if (!unrecKeys.has(k)) unrecKeys.set(k, {});
          unrecKeys.get(k)[side] = true;
        }
        return true;
      };
      for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
      for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
      // Report only keys rejected by BOTH sides
            const bothKeys = [ ...unrecKeys ].filter(([, f]) => f.l && f.r).map(([k]) => k);
      if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter(k => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length) result.issues.push({
          ...unrecIssue,
          keys: aggregated
        });
        for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
      }
      const merged = mergeValues(left.value, right.value);
      if (!merged.valid) {
        if (util.aborted(result)) return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
      }
      result.value = merged.data;
      return result;
    }
    const $ZodTuple =  /* unused pure expression or super */ null && core.$constructor("$ZodTuple", (inst, def) => {
      $ZodType.init(inst, def);
      const items = def.items;
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            input: input,
            inst: inst,
            expected: "tuple",
            code: "invalid_type"
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
          if (input.length < optinStart) {
            payload.issues.push({
              code: "too_small",
              minimum: optinStart,
              inclusive: true,
              input: input,
              inst: inst,
              origin: "array"
            });
            return payload;
          }
          if (input.length > items.length) payload.issues.push({
            code: "too_big",
            maximum: items.length,
            inclusive: true,
            input: input,
            inst: inst,
            origin: "array"
          });
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
                const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
                const abortEarly = def.rest ? ctx?.abortEarly : void 0;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
          const r = items[i]._zod.run({
            value: input[i],
            issues: []
          }, ctx);
          if (r instanceof Promise) proms.push(r.then(rr => {
            itemResults[i] = rr;
          })); else {
            itemResults[i] = r;
            if (abortEarly && !itemAborted && r.issues.length) itemAborted = util.aborted(r);
          }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
                if (def.rest && !itemAborted) {
          let i = items.length - 1;
          const rest = input.slice(items.length);
          let seen = payload.issues.length;
          for (const el of rest) {
            if (abortEarly && payload.issues.length !== seen) {
              if (util.aborted(payload, seen)) break;
              seen = payload.issues.length;
            }
            i++;
            const result = def.rest._zod.run({
              value: el,
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(r => handleTupleResult(r, payload, i))); else handleTupleResult(result, payload, i);
          }
        }
        if (proms.length) return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
      };
    });
    function getTupleOptStart(items, key) {
      for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
        if (!omittable) return i + 1;
      }
      return 0;
    }
    function handleTupleResult(result, final, index) {
      if (result.issues.length) final.issues.push(...util.prefixIssues(index, result.issues));
      final.value[index] = result.value;
    }
    function handleTupleResults(itemResults, final, items, input, optoutStart) {
      // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
      for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
                if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
          final.value.length = i;
          break;
        }
        if (r.issues.length) {
          if (!isPresent && i >= optoutStart) {
            final.value.length = i;
            break;
          }
          final.issues.push(...util.prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
      }
      // Drop trailing slots that produced `undefined` for absent input
      // (the array analog of an absent optional key on an object). The
      // `i >= input.length` floor is critical: an explicit `undefined`
      // *inside* the input must be preserved even when the schema is
      // optional-out (e.g. `z.string().or(z.undefined())` accepting an
      // explicit undefined value).
            for (let i = final.value.length - 1; i >= input.length; i--) if (items[i]._zod.optout === "optional" && final.value[i] === void 0) final.value.length = i; else break;
      return final;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
                const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = new Set;
          for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
            recordKeys.add(typeof key === "number" ? key.toString() : key);
            // A declared __proto__ is stripped but is not an unrecognized key.
                        if (key === "__proto__") continue;
            const keyResult = def.keyType._zod.run({
              value: key,
              issues: []
            }, ctx);
            if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            if (keyResult.issues.length) {
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())),
                input: key,
                path: [ key ],
                inst: inst
              });
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__") continue;
            const result = def.valueType._zod.run({
              value: input[key],
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(result => {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            })); else {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            }
          }
          let unrecognized;
          for (const key in input) if (!recordKeys.has(key)) if (def.mode === "loose") {
            // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
            if (key === "__proto__") continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
          if (unrecognized && unrecognized.length > 0) payload.issues.push({
            code: "unrecognized_keys",
            input: input,
            inst: inst,
            keys: unrecognized,
            continue: true
          });
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
                    let unrecognized;
          // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
                    for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__") continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
            let keyResult = def.keyType._zod.run({
              value: key,
              issues: []
            }, ctx);
            if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                        const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({
                value: Number(key),
                issues: []
              }, ctx);
              if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
              if (retryResult.issues.length === 0) keyResult = retryResult;
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") 
              // Pass through unchanged
              payload.value[key] = input[key]; else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else 
              // Default "strict" behavior: error on invalid key
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())),
                input: key,
                path: [ key ],
                inst: inst
              });
              continue;
            }
            // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                        const outKey = keyResult.value;
            if (outKey === "__proto__") continue;
            const result = def.valueType._zod.run({
              value: input[key],
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(result => {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            })); else {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) payload.issues.push({
            code: "unrecognized_keys",
            input: input,
            inst: inst,
            keys: unrecognized,
            continue: true
          });
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodMap", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
          payload.issues.push({
            expected: "map",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map, ctx) : new Map;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
          if (abortEarly && payload.issues.length !== seen) {
            if (util.aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          const keyResult = def.keyType._zod.run({
            value: key,
            issues: []
          }, ctx);
          const valueResult = def.valueType._zod.run({
            value: value,
            issues: []
          }, ctx);
          if (keyResult instanceof Promise || valueResult instanceof Promise) proms.push(Promise.all([ keyResult, valueResult ]).then(([keyResult, valueResult]) => {
            handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
          })); else handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
      capSize(inst, mapSize);
    });
    function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
      if (keyResult.issues.length) if (util.propertyKeyTypes.has(typeof key)) final.issues.push(...util.prefixIssues(key, keyResult.issues)); else final.issues.push({
        code: "invalid_key",
        origin: "map",
        input: input,
        inst: inst,
        issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config()))
      });
      if (valueResult.issues.length) if (util.propertyKeyTypes.has(typeof key)) final.issues.push(...util.prefixIssues(key, valueResult.issues)); else final.issues.push({
        origin: "map",
        code: "invalid_element",
        input: input,
        inst: inst,
        key: key,
        issues: valueResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config()))
      });
      final.value.set(keyResult.value, valueResult.value);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodSet", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
          payload.issues.push({
            input: input,
            inst: inst,
            expected: "set",
            code: "invalid_type"
          });
          return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set, ctx) : new Set;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
          if (abortEarly && payload.issues.length !== seen) {
            if (util.aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          const result = def.valueType._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) proms.push(result.then(result => handleSetResult(result, payload))); else handleSetResult(result, payload);
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
      capSize(inst, setSize);
    });
    function handleSetResult(result, final) {
      if (result.issues.length) final.issues.push(...result.issues);
      final.value.add(result.value);
    }
    const $ZodEnum =  $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", zod => {
        const patternValues = getEnumValues(zod.def.entries).filter(k => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
                return new RegExp(patternValues.length ? `^(${patternValues.map(o => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) return payload;
        payload.issues.push({
          code: "invalid_value",
          values: values,
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodLiteral =  $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", zod => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
                return new RegExp(vals.length ? `^(${vals.map(o => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) return payload;
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodFile", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
                if (input instanceof File) return payload;
        payload.issues.push({
          expected: "file",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodTransform =  $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      core_globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then(output => {
            payload.value = output;
            return payload;
          });
        }
        if (_out instanceof Promise) throw new $ZodAsyncError;
        payload.value = _out;
        return payload;
      };
    });
    function handleOptionalResult(payload, result) {
      // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
      payload.value = result.issues.length ? void 0 : result.value;
      return payload;
    }
    const $ZodOptional =  $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
            defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", zod => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([ ...values, void 0 ]) : void 0;
      });
      defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
          if (def.innerType._zod.optin !== "defaulted") return payload;
          // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
                    const result = def.innerType._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) return result.then(result => handleOptionalResult(payload, result));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodExactOptional", (inst, def) => {
      // Call parent init - inherits optin/optout = "optional"
      $ZodOptional.init(inst, def);
      // Override values/pattern to NOT add undefined
            util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      util.defineLazyInternal(inst, "pattern", zod => zod.def.innerType._zod.pattern);
      // Override parse to just delegate (no undefined handling)
            inst._zod.parse = (payload, ctx) => def.innerType._zod.run(payload, ctx);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin);
      util.defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      util.defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${util.cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values ? new Set([ ...zod.def.innerType._zod.values, null ]) : void 0);
      inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null) return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      // inst._zod.qin = "true";
            inst._zod.optin = "defaulted";
      util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply defaults for undefined input
                if (payload.value === void 0) {
          payload.value = def.defaultValue;
          /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */          return payload;
        }
        // Forward direction: continue with default handling
                const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => handleDefaultResult(result, def));
        return handleDefaultResult(result, def);
      };
    });
    function handleDefaultResult(payload, def) {
      if (payload.value === void 0) payload.value = def.defaultValue;
      return payload;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply prefault for undefined input
                if (payload.value === void 0) payload.value = def.defaultValue;
        return def.innerType._zod.run(payload, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "values", zod => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([ ...v ].filter(x => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => handleNonOptionalResult(result, inst));
        return handleNonOptionalResult(result, inst);
      };
    });
    function handleNonOptionalResult(payload, inst) {
      if (!payload.issues.length && payload.value === void 0) payload.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: payload.value,
        inst: inst
      });
      return payload;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodSuccess", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") throw new core.$ZodEncodeError("ZodSuccess");
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => {
          payload.value = result.issues.length === 0;
          return payload;
        });
        payload.value = result.issues.length === 0;
        return payload;
      };
    });
    function handleCatchResult(payload, result, def, ctx) {
      if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
                if (result.memo) payload.memo = true;
        return payload;
      }
      // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
            payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
          issues: result.issues.map(iss => util.finalizeIssue(iss, ctx, core.config()))
        },
        input: payload.value
      });
      return payload;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      util.defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply catch logic
                const result = def.innerType._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) return result.then(result => handleCatchResult(payload, result, def, ctx));
        return handleCatchResult(payload, result, def, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNaN", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            expected: "nan",
            code: "invalid_type"
          });
          return payload;
        }
        return payload;
      };
    });
    const $ZodPipe =  $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) return right.then(right => handlePipeResult(right, def.in, ctx));
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) return left.then(left => handlePipeResult(left, def.out, ctx));
        return handlePipeResult(left, def.out, ctx);
      };
    });
    function handlePipeResult(left, next, ctx) {
      // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
      if (left.issues.some(iss => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
      }
      return next._zod.run({
        value: left.value,
        issues: left.issues
      }, ctx);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCodec", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
      util.defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
      util.defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
      util.defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
          const left = def.in._zod.run(payload, ctx);
          if (left instanceof Promise) return left.then(left => handleCodecAResult(left, def, ctx));
          return handleCodecAResult(left, def, ctx);
        } else {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) return right.then(right => handleCodecAResult(right, def, ctx));
          return handleCodecAResult(right, def, ctx);
        }
      };
    });
    function handleCodecAResult(result, def, ctx) {
      if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
      }
      const direction = ctx.direction || "forward";
      if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) return transformed.then(value => handleCodecTxResult(result, value, def.out, ctx));
        return handleCodecTxResult(result, transformed, def.out, ctx);
      } else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) return transformed.then(value => handleCodecTxResult(result, value, def.in, ctx));
        return handleCodecTxResult(result, transformed, def.in, ctx);
      }
    }
    function handleCodecTxResult(left, value, nextSchema, ctx) {
      // Check if transform added any issues
      if (left.issues.length) {
        left.aborted = true;
        return left;
      }
      return nextSchema._zod.run({
        value: value,
        issues: left.issues
      }, ctx);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodPreprocess", (inst, def) => {
      $ZodPipe.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "propValues", zod => zod.def.innerType._zod.propValues);
      util.defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      util.defineLazyInternal(inst, "optin", zod => zod.def.innerType?._zod?.optin);
      util.defineLazyInternal(inst, "optout", zod => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(handleReadonlyResult);
        return handleReadonlyResult(result);
      };
    });
    function handleReadonlyResult(payload) {
      // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
      if (!payload.memo) payload.value = Object.freeze(payload.value);
      return payload;
    }
    // a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
        function leafPattern(schema) {
      const def = schema._zod.def;
      let pattern = def.pattern;
      let isInt = !!def.format?.includes("int");
      let minimum;
      let maximum;
      for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern) pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== void 0 && (minimum === void 0 || lo > minimum)) minimum = lo;
        if (hi !== void 0 && (maximum === void 0 || hi < maximum)) maximum = hi;
      }
      if (pattern) return pattern.source;
      // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
            if (minimum !== void 0 && maximum !== void 0 && minimum > maximum) return "(?!)";
      if (minimum !== void 0 || maximum !== void 0) return regexes.string({
        minimum: minimum,
        maximum: maximum
      }).source;
      const own = schema._zod.pattern;
      return (isInt && own === regexes.number ? regexes.integer : own)?.source;
    }
    // a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
        function partPattern(schema) {
      const def = schema._zod.def;
      const own = schema._zod.pattern?.source;
      // lazy resolves its inner on the internals, not the def
            const inner = def.innerType ?? schema._zod.innerType;
      if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        return own;
      }
      if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean)) return `^(${sources.map(s => util.cleanRegex(s)).join("|")})$`;
      }
      return leafPattern(schema);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodTemplateLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const regexParts = [];
      for (const part of def.parts) if (typeof part === "object" && part !== null) {
        // is Zod schema
        const source = partPattern(part);
        if (!source) throw new Error(`Invalid template literal part, no pattern found: ${[ ...part._zod.traits ].shift()}`);
        regexParts.push(util.cleanRegex(source));
      } else if (part === null || util.primitiveTypes.has(typeof part)) regexParts.push(util.escapeRegex(`${part}`)); else throw new Error(`Invalid template literal part: ${part}`);
      inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            expected: "string",
            code: "invalid_type"
          });
          return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            code: "invalid_format",
            format: def.format ?? "template_literal",
            pattern: inst._zod.pattern.source
          });
          return payload;
        }
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodFunction", (inst, def) => {
      $ZodType.init(inst, def);
      // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
            Object.defineProperty(inst, "_def", {
        value: def
      });
      inst._zod.def = def;
      inst.implement = func => {
        if (typeof func !== "function") throw new Error("implement() must be called with a function");
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
                return Object.defineProperty(function(...args) {
          const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
          const result = Reflect.apply(func, this, parsedArgs);
          if (inst._def.output) return parse(inst._def.output, result);
          return result;
        }, "_zod", {
          value: inst._zod,
          enumerable: false
        });
      };
      inst.implementAsync = func => {
        if (typeof func !== "function") throw new Error("implementAsync() must be called with a function");
        return Object.defineProperty(async function(...args) {
          const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
          const result = await Reflect.apply(func, this, parsedArgs);
          if (inst._def.output) return await parseAsync(inst._def.output, result);
          return result;
        }, "_zod", {
          value: inst._zod,
          enumerable: false
        });
      };
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
          payload.issues.push({
            code: "invalid_type",
            expected: "function",
            input: payload.value,
            inst: inst
          });
          return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
                const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) payload.value = inst.implementAsync(payload.value); else payload.value = inst.implement(payload.value);
        return payload;
      };
      inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) return new F({
          type: "function",
          input: new $ZodTuple({
            type: "tuple",
            items: args[0],
            rest: args[1]
          }),
          output: inst._def.output
        });
        return new F({
          type: "function",
          input: args[0],
          output: inst._def.output
        });
      };
      inst.output = output => {
        const F = inst.constructor;
        return new F({
          type: "function",
          input: inst._def.input,
          output: output
        });
      };
      return inst;
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodPromise", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => Promise.resolve(payload.value).then(inner => def.innerType._zod.run({
        value: inner,
        issues: []
      }, ctx));
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodLazy", (inst, def) => {
      $ZodType.init(inst, def);
      // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
            util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner) d._cachedInner = def.getter();
        return d._cachedInner;
      });
      util.defineLazyInternal(inst, "pattern", zod => zod.innerType?._zod?.pattern);
      util.defineLazyInternal(inst, "propValues", zod => zod.innerType?._zod?.propValues);
      util.defineLazyInternal(inst, "optin", zod => zod.innerType?._zod?.optin ?? void 0);
      util.defineLazyInternal(inst, "optout", zod => zod.innerType?._zod?.optout ?? void 0);
      inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCustom", (inst, def) => {
      checks.$ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => payload;
      inst._zod.check = payload => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) return r.then(r => handleRefineResult(r, payload, input, inst));
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
    function handleRefineResult(result, payload, input, inst) {
      if (!result) {
        const _iss = {
          code: "custom",
          input: input,
          inst: inst,
          // incorporates params.error into issue reporting
          path: [ ...inst._zod.def.path ?? [] ],
          // incorporates params.error into issue reporting
          continue: !inst._zod.def.abort
        };
        if (inst._zod.def.params) _iss.params = inst._zod.def.params;
        payload.issues.push(util.issue(_iss));
      }
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
    // import { $ZodType } from "./schemas.js";
    const $ZodCheck =  $constructor("$ZodCheck", (inst, def) => {
      var _a;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a = inst._zod).onattach ?? (_a.onattach = []);
    });
    /** Default `when` for size-based checks: run only on non-nullish values with a `size`. */    const _whenHasSize = payload => {
      const val = payload.value;
      return !util.nullish(val) && val.size !== void 0;
    };
    /** Default `when` for length-based checks: run only on non-nullish values with a `length`. */    const _whenHasLength = payload => {
      const val = payload.value;
      return !util.nullish(val) && val.length !== void 0;
    };
    const numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = payload => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = payload => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
        def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : util.floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple) return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
 // no format checks
            def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = util.NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = payload => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            // invalid_format issue
            // payload.issues.push({
            //   expected: def.format,
            //   format: def.format,
            //   code: "invalid_format",
            //   input,
            //   inst,
            // });
            // invalid_type issue
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input: input,
              inst: inst
            });
            return;
            // not_multiple_of issue
            // payload.issues.push({
            //   code: "not_multiple_of",
            //   origin: "number",
            //   input,
            //   inst,
            //   divisor: 1,
            // });
                    }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) 
            // too_big
            payload.issues.push({
              input: input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst: inst,
              origin: origin,
              inclusive: true,
              continue: !def.abort
            }); else 
            // too_small
            payload.issues.push({
              input: input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst: inst,
              origin: origin,
              inclusive: true,
              continue: !def.abort
            });
            return;
          }
        }
        if (input < minimum) payload.issues.push({
          origin: "number",
          input: input,
          code: "too_small",
          minimum: minimum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
        if (input > maximum) payload.issues.push({
          origin: "number",
          input: input,
          code: "too_big",
          maximum: maximum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
 // no format checks
            const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
      inst._zod.check = payload => {
        const input = payload.value;
        if (input < minimum) payload.issues.push({
          origin: "bigint",
          input: input,
          code: "too_small",
          minimum: minimum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
        if (input > maximum) payload.issues.push({
          origin: "bigint",
          input: input,
          code: "too_big",
          maximum: maximum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMaxSize", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum) return;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMinSize", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum) return;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size) return;
        const tooBig = size > def.size;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          ...tooBig ? {
            code: "too_big",
            maximum: def.size
          } : {
            code: "too_small",
            minimum: def.size
          },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
                const length = typeof input === "string" && units > def.maximum ? util.codePointLength(input) : units;
        if (length <= def.maximum) return;
        const origin = util.getLengthableOrigin(input);
        payload.issues.push({
          origin: origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMinLength", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
                const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? util.codePointLength(input) : units;
        if (length >= def.minimum) return;
        const origin = util.getLengthableOrigin(input);
        payload.issues.push({
          origin: origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
                const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? util.codePointLength(input) : units;
        if (length === def.length) return;
        const origin = util.getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin: origin,
          ...tooBig ? {
            code: "too_big",
            maximum: def.length
          } : {
            code: "too_small",
            minimum: def.length
          },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckStringFormat =  /* unused pure expression or super */ null && core.$constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern) (_a = inst._zod).check ?? (_a.check = payload => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? {
            pattern: def.pattern.toString()
          } : {},
          inst: inst,
          continue: !def.abort
        });
      }); else (_b = inst._zod).check ?? (_b.check = () => {});
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = payload => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = util.escapeRegex(def.includes);
      // `String.prototype.includes(sub, position)` matches `sub` at `position`
      // OR LATER, so the pattern must allow at least `position` leading chars
      // (`{N,}`), not exactly `position` chars (`{N}`).
            const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = payload => {
        if (payload.value.includes(def.includes, def.position)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${util.escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = payload => {
        if (payload.value.startsWith(def.prefix)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${util.escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = payload => {
        if (payload.value.endsWith(def.suffix)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    ///////////////////////////////////
    /////    $ZodCheckProperty    /////
    ///////////////////////////////////
        function handleCheckPropertyResult(result, payload, property) {
      if (result.issues.length) payload.issues.push(...util.prefixIssues(property, result.issues));
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckProperty", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        const result = def.schema._zod.run({
          value: payload.value[def.property],
          issues: []
        }, {});
        if (result instanceof Promise) return result.then(result => handleCheckPropertyResult(result, payload, def.property));
        handleCheckPropertyResult(result, payload, def.property);
        return;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckProperties", (inst, def) => {
      $ZodCheck.init(inst, def);
      util.hide(inst, Symbol.iterator, function*() {
        yield inst;
      });
      // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
            let entries;
      inst._zod.check = payload => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: payload.value,
            inst: inst
          });
          return;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map(key => [ key, def.shape[key] ]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
          const result = schema._zod.run({
            value: input[key],
            issues: []
          }, {});
          if (result instanceof Promise) {
            proms ?? (proms = []);
            proms.push(result.then(result => handleCheckPropertyResult(result, payload, key)));
          } else handleCheckPropertyResult(result, payload, key);
        }
        if (proms) return Promise.all(proms).then(() => {});
        return;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMimeType", (inst, def) => {
      $ZodCheck.init(inst, def);
      const mimeSet = new Set(def.mime);
      inst._zod.check = payload => {
        if (mimeSet.has(payload.value.type)) return;
        payload.issues.push({
          code: "invalid_value",
          values: def.mime,
          input: payload.value.type,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        payload.value = def.tx(payload.value);
      };
    });
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
    var registries_a;
     /* unused pure expression or super */ null && Symbol("ZodOutput");
     /* unused pure expression or super */ null && Symbol("ZodInput");
    class $ZodRegistry {
      constructor() {
        this._map = new WeakMap;
        this._idmap = new Map;
      }
      add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
        return this;
      }
      clear() {
        this._map = new WeakMap;
        this._idmap = new Map;
        return this;
      }
      remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
          const pm = {
            ...this.get(p) ?? {}
          };
          delete pm.id;
 // do not inherit id
                    const f = {
            ...pm,
            ...this._map.get(schema)
          };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    }
    // registries
        function registry() {
      return new $ZodRegistry;
    }
    (registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
    globalThis.__zod_globalRegistry;
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js
    function snapshotChecks(def) {
      if (def.checks) def.checks = [ ...def.checks ];
      return def;
    }
    // @__NO_SIDE_EFFECTS__
        function _string(Class, params) {
      return new Class(snapshotChecks({
        type: "string",
        ...normalizeParams(params)
      }));
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _superRefine(fn, params) {
      const ch = _check(payload => {
        payload.addIssue = issue => {
          if (typeof issue === "string") payload.issues.push(util_issue(issue, payload.value, ch._zod.def)); else {
            // for Zod 3 backwards compatibility
            const _issue = issue;
            if (_issue.fatal) _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue)) _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = ch);
            _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
 // abort is always undefined, so this is always true...
                        payload.issues.push(util_issue(_issue));
          }
        };
        return fn(payload.value, payload);
      }, params);
      return ch;
    }
    // @__NO_SIDE_EFFECTS__
        function _check(fn, params) {
      const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params)
      });
      ch._zod.check = fn;
      return ch;
    }
    // @__NO_SIDE_EFFECTS__
        // CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js
    /* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
    function _getMessage() {
      const internals = this._zod;
      internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
      return internals.message;
    }
    function _setMessage(value) {
      this._zod.message = value;
    }
    const _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    const _issuesDesc = {
      value: void 0,
      enumerable: false
    };
    /* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */    const _installedToString =  new WeakSet([ Object.prototype, Error.prototype ]);
    const initializer = (inst, def) => {
      inst.name = "$ZodError";
      // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
            _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      // Clear the shared slot; a retained `value` pins the last error's issues.
            _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
          }
        });
      }
    };
    $constructor("$ZodError", initializer);
    const $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
    /** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */    const _parse = _Err => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: false
        } : {
          async: false
        };
        const result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) throw new $ZodAsyncError;
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const parse_parse =  _parse($ZodRealError);
    const _parseAsync = _Err => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: true
        } : {
          async: true
        };
        let result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const parse_parseAsync =  _parseAsync($ZodRealError);
    const _safeParse = _Err => (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: false
      } : {
        async: false
      };
      const result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    const safeParse =  _safeParse($ZodRealError);
    // the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
        function failure(Err, issues, ctx) {
      let error;
      return {
        success: false,
        get error() {
          if (!error) {
            error = new Err(issues.map(iss => finalizeIssue(iss, ctx, config())));
            // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                        issues = void 0;
            ctx = void 0;
          }
          return error;
        },
        set error(e) {
          error = e;
          // a replacement makes the getter's branch unreachable, so the captures have to go here too
                    issues = void 0;
          ctx = void 0;
        }
      };
    }
    const _safeParseAsync = _Err => async (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: true
      } : {
        async: true
      };
      let result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    const safeParseAsync =  _safeParseAsync($ZodRealError);
    // registry mirrors of the compiler's sentinels, so this module never imports the compiler
         /* unused pure expression or super */ null && Symbol.for("zod.compile.invalid");
     /* unused pure expression or super */ null && Symbol.for("zod.compile.fallback");
    // Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
        // CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js
    const ZodMiniType =  $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse_parse(this, data, params, {
          callee: this.parse
        });
      },
      parseAsync(data, params) {
        return parse_parseAsync(this, data, params, {
          callee: this.parseAsync
        });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [ ...def.checks ?? [], ...checks.map(ch => typeof ch === "function" ? {
            _zod: {
              check: ch,
              def: {
                check: "custom"
              },
              onattach: []
            }
          } : ch) ]
        }, {
          parent: true
        });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta) {
        reg.add(this, meta);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    const ZodMiniString =  $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_string(params) {
      return _string(ZodMiniString, params);
    }
    const ZodMiniStringFormat =  /* unused pure expression or super */ null && core.$constructor("ZodMiniStringFormat", (inst, def) => {
      core.$ZodStringFormat.init(inst, def);
      ZodMiniString.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodMiniEmail", (inst, def) => {
      core.$ZodEmail.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniGUID", (inst, def) => {
      core.$ZodGUID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniUUID", (inst, def) => {
      core.$ZodUUID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniURL", (inst, def) => {
      core.$ZodURL.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniEmoji", (inst, def) => {
      core.$ZodEmoji.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNanoID", (inst, def) => {
      core.$ZodNanoID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
     /* unused pure expression or super */ null && core.$constructor("ZodMiniCUID", (inst, def) => {
      core.$ZodCUID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    /**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCUID2", (inst, def) => {
      core.$ZodCUID2.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniULID", (inst, def) => {
      core.$ZodULID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniXID", (inst, def) => {
      core.$ZodXID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniKSUID", (inst, def) => {
      core.$ZodKSUID.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniIPv4", (inst, def) => {
      core.$ZodIPv4.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniIPv6", (inst, def) => {
      core.$ZodIPv6.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCIDRv4", (inst, def) => {
      core.$ZodCIDRv4.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCIDRv6", (inst, def) => {
      core.$ZodCIDRv6.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniMAC", (inst, def) => {
      core.$ZodMAC.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniBase64", (inst, def) => {
      core.$ZodBase64.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniBase64URL", (inst, def) => {
      core.$ZodBase64URL.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniE164", (inst, def) => {
      core.$ZodE164.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCreditCard", (inst, def) => {
      core.$ZodCreditCard.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniIBAN", (inst, def) => {
      core.$ZodIBAN.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniJWT", (inst, def) => {
      core.$ZodJWT.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCustomStringFormat", (inst, def) => {
      core.$ZodCustomStringFormat.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniNumber =  /* unused pure expression or super */ null && core.$constructor("ZodMiniNumber", (inst, def) => {
      core.$ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNumberFormat", (inst, def) => {
      core.$ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodMiniBoolean", (inst, def) => {
      core.$ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniBigInt =  /* unused pure expression or super */ null && core.$constructor("ZodMiniBigInt", (inst, def) => {
      core.$ZodBigInt.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniBigIntFormat", (inst, def) => {
      core.$ZodBigIntFormat.init(inst, def);
      ZodMiniBigInt.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodMiniSymbol", (inst, def) => {
      core.$ZodSymbol.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniUndefined", (inst, def) => {
      core.$ZodUndefined.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNull", (inst, def) => {
      core.$ZodNull.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniAny", (inst, def) => {
      core.$ZodAny.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniUnknown", (inst, def) => {
      core.$ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNever", (inst, def) => {
      core.$ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniVoid", (inst, def) => {
      core.$ZodVoid.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniDate", (inst, def) => {
      core.$ZodDate.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniArray", (inst, def) => {
      core.$ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniObject =  $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", self => self._zod.def.shape, false);
    });
    // @__NO_SIDE_EFFECTS__
        function object(shape, params) {
      const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params)
      };
      return new ZodMiniObject(def);
    }
    // strictObject
    // @__NO_SIDE_EFFECTS__
        const ZodMiniUnion =  /* unused pure expression or super */ null && core.$constructor("ZodMiniUnion", (inst, def) => {
      core.$ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniXor", (inst, def) => {
      ZodMiniUnion.init(inst, def);
      core.$ZodXor.init(inst, def);
    });
    /** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */    const ZodMiniDiscriminatedUnion =  $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
      $ZodDiscriminatedUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function discriminatedUnion(discriminator, options, params) {
      return new ZodMiniDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator: discriminator,
        ...normalizeParams(params)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodMiniIntersection", (inst, def) => {
      core.$ZodIntersection.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniTuple", (inst, def) => {
      core.$ZodTuple.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniRecord", (inst, def) => {
      core.$ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniMap", (inst, def) => {
      core.$ZodMap.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniSet", (inst, def) => {
      core.$ZodSet.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniEnum =  $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
            inst.options = [ ...inst._zod.values ];
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_enum(values, params) {
      const entries = Array.isArray(values) ? Object.fromEntries(values.map(v => [ v, v ])) : values;
      return new ZodMiniEnum({
        type: "enum",
        entries: entries,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
    /** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */    const ZodMiniLiteral =  $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function literal(value, params) {
      return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [ value ],
        ...normalizeParams(params)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodMiniFile", (inst, def) => {
      core.$ZodFile.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniTransform =  $constructor("ZodMiniTransform", (inst, def) => {
      $ZodTransform.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function transform(fn) {
      return new ZodMiniTransform({
        type: "transform",
        transform: fn
      });
    }
    const ZodMiniOptional =  $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function optional(innerType) {
      return new ZodMiniOptional({
        type: "optional",
        innerType: innerType
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodMiniExactOptional", (inst, def) => {
      core.$ZodExactOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNullable", (inst, def) => {
      core.$ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniDefault", (inst, def) => {
      core.$ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniPrefault", (inst, def) => {
      core.$ZodPrefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNonOptional", (inst, def) => {
      core.$ZodNonOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniSuccess", (inst, def) => {
      core.$ZodSuccess.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCatch", (inst, def) => {
      core.$ZodCatch.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniNaN", (inst, def) => {
      core.$ZodNaN.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        const ZodMiniPipe =  $constructor("ZodMiniPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function pipe(in_, out) {
      return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodMiniCodec", (inst, def) => {
      ZodMiniPipe.init(inst, def);
      core.$ZodCodec.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniReadonly", (inst, def) => {
      core.$ZodReadonly.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniTemplateLiteral", (inst, def) => {
      core.$ZodTemplateLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniLazy", (inst, def) => {
      core.$ZodLazy.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // export function lazy<T extends object>(getter: () => T): T {
    //   return util.createTransparentProxy<T>(getter);
    // }
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniPromise", (inst, def) => {
      core.$ZodPromise.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
         /* unused pure expression or super */ null && core.$constructor("ZodMiniCustom", (inst, def) => {
      core.$ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // custom checks
    // @__NO_SIDE_EFFECTS__
        // superRefine
    // @__NO_SIDE_EFFECTS__
    function superRefine(fn, params) {
      return _superRefine(fn, params);
    }
    // Re-export describe and meta from core
         /* unused pure expression or super */ null && core.$constructor("ZodMiniFunction", (inst, def) => {
      core.$ZodFunction.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        // CONCATENATED MODULE: ./src/config/inputs.ts
    // Action inputs as the runner passes them: every input is a string (INPUT_<NAME>), read trimmed;
    // an empty value takes the default restated here (a mocked or local getInput never sees action.yml
    // defaults). test/action-contract.test.ts keeps these names and defaults equal to action.yml.
    const INPUT_NAMES = [ "mode", "name", "node_type", "subnet_ids", "engine", "engine_version", "num_cache_clusters", "automatic_failover_enabled", "multi_az_enabled", "at_rest_encryption_enabled", "kms_key_id", "transit_encryption_enabled", "auth_token_enabled", "auth_token_rotate", "environment", "port", "allowed_security_group_ids", "allowed_cidr_blocks", "security_group_ids", "snapshot_retention_limit", "snapshot_window", "maintenance_window", "maxmemory_policy", "timeout", "tcp_keepalive", "maxmemory_samples", "parameters", "notification_topic_arn", "log_retention_days", "apply_immediately", "tags", "ssm_prefix", "cache_db", "celery_db", "celery_result_db", "wait", "wait_timeout_minutes", "allow_public_subnets", "aws_region", "snapshot_name", "pr_comment", "verify_connection", "github_token", "auto_minor_version_upgrade", "preferred_cache_cluster_azs", "network_type", "ip_discovery", "description", "alarms", "alarm_actions", "ok_actions", "alarm_cpu_threshold_percent", "alarm_memory_threshold_percent", "alarm_connections_threshold", "alarm_replication_lag_seconds", "dry_run", "final_snapshot", "keep_logs", "keep_snapshots", "preview_ttl_hours" ];
    /** The action.yml defaults, restated ('' = no default). test/action-contract.test.ts keeps them equal. */    const INPUT_DEFAULTS = {
      mode: "apply",
      name: "",
      node_type: "",
      subnet_ids: "",
      engine: "redis",
      engine_version: "7.1",
      num_cache_clusters: "2",
      automatic_failover_enabled: "true",
      multi_az_enabled: "true",
      at_rest_encryption_enabled: "true",
      kms_key_id: "",
      transit_encryption_enabled: "true",
      auth_token_enabled: "false",
      auth_token_rotate: "false",
      environment: "",
      port: "6379",
      allowed_security_group_ids: "",
      allowed_cidr_blocks: "",
      security_group_ids: "",
      snapshot_retention_limit: "7",
      snapshot_window: "03:00-04:00",
      maintenance_window: "sun:05:00-sun:06:00",
      maxmemory_policy: "allkeys-lru",
      timeout: "300",
      tcp_keepalive: "300",
      maxmemory_samples: "5",
      parameters: "",
      notification_topic_arn: "",
      log_retention_days: "30",
      apply_immediately: "true",
      tags: "",
      ssm_prefix: "",
      cache_db: "0",
      celery_db: "1",
      celery_result_db: "2",
      wait: "true",
      wait_timeout_minutes: "60",
      allow_public_subnets: "false",
      aws_region: "",
      snapshot_name: "",
      pr_comment: "",
      verify_connection: "",
      github_token: "",
      auto_minor_version_upgrade: "true",
      preferred_cache_cluster_azs: "",
      network_type: "ipv4",
      ip_discovery: "ipv4",
      description: "",
      alarms: "",
      alarm_actions: "",
      ok_actions: "",
      alarm_cpu_threshold_percent: "90",
      alarm_memory_threshold_percent: "80",
      alarm_connections_threshold: "60000",
      alarm_replication_lag_seconds: "30",
      dry_run: "",
      final_snapshot: "",
      keep_logs: "",
      keep_snapshots: "",
      preview_ttl_hours: ""
    };
    /**
 * action.yml defaults that are workflow expressions: the runner evaluates them, so code that runs
 * without the runner (tests, local runs) falls back to '' (and, for the token, to $GITHUB_TOKEN).
 */    
    /**
 * Inputs that only some modes read, each with the modes that read it and its default there. They
 * have no default in action.yml (the runner would pass it to every mode), so a non-empty value is
 * one the workflow set.
 */
    const MODE_INPUTS = {
      snapshot_name: {
        modes: [ "apply", "plan" ],
        default: ""
      },
      pr_comment: {
        modes: [ "apply", "plan" ],
        default: "false"
      },
      verify_connection: {
        modes: [ "apply", "plan" ],
        default: "false"
      },
      dry_run: {
        modes: [ "destroy", "snapshot", "cleanup" ],
        default: "false"
      },
      final_snapshot: {
        modes: [ "destroy" ],
        default: "true"
      },
      keep_logs: {
        modes: [ "destroy", "cleanup" ],
        default: "false"
      },
      keep_snapshots: {
        modes: [ "snapshot" ],
        default: ""
      },
      preview_ttl_hours: {
        modes: [ "cleanup" ],
        default: ""
      }
    };
    const MAX_SHOWN_VALUE = 100;
    function shown(value) {
      const v = value.trim();
      return v.length <= MAX_SHOWN_VALUE ? v : `${v.slice(0, MAX_SHOWN_VALUE - 1)}…`;
    }
    /** `Input "num_cache_clusters" = "9": must be an integer from 1 to 6` */    function formatInputError(e) {
      return `Input "${e.input}" = ${JSON.stringify(shown(e.value))}: ${e.message}`;
    }
    /**
 * Read every input through `get` (e.g. core.getInput), trimmed; an empty value takes the default
 * from INPUT_DEFAULTS.
 */    function readInputs(get) {
      const raw = {};
      for (const name of INPUT_NAMES) {
        const value = (get(name) ?? "").trim();
        raw[name] = value === "" ? INPUT_DEFAULTS[name] : value;
      }
      return raw;
    }
    // CONCATENATED MODULE: ./src/config/types.ts
    // The validated input record of a run: one type per mode, parsed once from the action inputs
    // (names mirror action.yml). Modes share the rules of src/config/; see src/config/index.ts.
    const MAXMEMORY_POLICIES = [ "allkeys-lru", "volatile-lru", "allkeys-lfu", "volatile-lfu", "allkeys-random", "volatile-random", "volatile-ttl", "noeviction" ];
    // EXTERNAL MODULE: ./src/domain/alarms.ts
        var alarms = __nccwpck_require__(4280);
    // EXTERNAL MODULE: ./src/domain/engine.ts
        var domain_engine = __nccwpck_require__(9548);
    // CONCATENATED MODULE: ./src/domain/network.ts
    // NetworkType / IpDiscovery facts: the values ElastiCache accepts, and which engines and node types
    // can use IPv6 at all (Valkey 7.2+, or Redis OSS 6.2 to 7.1, on Nitro-based nodes).
    const NETWORK_TYPES = [ "ipv4", "dual_stack", "ipv6" ];
    const IP_DISCOVERIES = [ "ipv4", "ipv6" ];
    /** Whether ElastiCache runs `engine` at `version` (major.minor) with IPv6 (dual_stack, ipv6). */    function supportsIpv6Engine(engine, version) {
      if (engine === "valkey") return (0, domain_engine /* compareVersions */ .Zy)(version, "7.2", {
        majorMinorOnly: true
      }) >= 0;
      return (0, domain_engine /* compareVersions */ .Zy)(version, "6.2", {
        majorMinorOnly: true
      }) >= 0 && (0, domain_engine /* compareVersions */ .Zy)(version, "7.1", {
        majorMinorOnly: true
      }) <= 0;
    }
    /** Previous-generation (Xen) node families; every current family (t3, t4g, m5+, r5+, ...) is Nitro. */    const XEN_FAMILIES = new Set([ "t1", "t2", "m1", "m2", "m3", "m4", "c1", "r3", "r4" ]);
    /** Whether the node type is Nitro-based (IPv6 needs it); false only for the known older families. */    function isNitroNodeType(type) {
      const family = /^cache\.([a-z0-9-]+)\./.exec(type)?.[1];
      return family === void 0 || !XEN_FAMILIES.has(family);
    }
    // CONCATENATED MODULE: ./src/config/rules.ts
    // Field rules shared by every mode's schema. Each takes the trimmed input string and returns the
    // parsed value, or throws RuleError with a message that says what is valid.
    /** CloudWatch Logs' allowed retention values (days); 0 here means "never expire". */
    const LOG_RETENTION_DAYS = [ 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 ];
    const MAX_LIST_ITEMS = 50;
    class RuleError extends Error {}
    function fail(message) {
      throw new RuleError(message);
    }
    const BOOLEAN_TRUE = [ "true", "True", "TRUE" ];
    const BOOLEAN_FALSE = [ "false", "False", "FALSE" ];
    function bool(s) {
      if (BOOLEAN_TRUE.includes(s)) return true;
      if (BOOLEAN_FALSE.includes(s)) return false;
      return fail(`must be a boolean: one of ${[ ...BOOLEAN_TRUE, ...BOOLEAN_FALSE ].join(", ")}`);
    }
    function rules_int(min, max, note = "") {
      return s => {
        const n = /^\d+$/.test(s) ? Number(s) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) fail(`must be an integer from ${min} to ${max}${note ? ` (${note})` : ""}`);
        return n;
      };
    }
    function oneOf(values, what = "one of") {
      return s => {
        if (!values.includes(s)) fail(`must be ${what}: ${values.join(", ")}`);
        return s;
      };
    }
    function rules_required(what, rule) {
      return s => s === "" ? fail(`is required: ${what}`) : rule(s);
    }
    function rules_optional(rule) {
      return s => s === "" ? void 0 : rule(s);
    }
    /** Split on commas and newlines, trim, drop empties. */    function splitList(s) {
      return s.split(/[,\r\n]/).map(x => x.trim()).filter(x => x !== "");
    }
    function list(what, check, requiredWhat) {
      return s => {
        const items = splitList(s);
        if (requiredWhat && items.length === 0) fail(`is required: ${requiredWhat}`);
        if (items.length > MAX_LIST_ITEMS) fail(`must list at most ${MAX_LIST_ITEMS} ${what} (got ${items.length})`);
        const seen = new Set;
        for (const item of items) {
          const problem = check(item);
          if (problem) fail(problem);
          if (seen.has(item)) fail(`lists ${JSON.stringify(item)} more than once`);
          seen.add(item);
        }
        return items;
      };
    }
    const ID_HEX = "(?:[0-9a-f]{8}|[0-9a-f]{17})";
    const SUBNET_ID = new RegExp(`^subnet-${ID_HEX}$`);
    const SG_ID = new RegExp(`^sg-${ID_HEX}$`);
    const subnetList = list("subnet ids", id => SUBNET_ID.test(id) ? void 0 : `${JSON.stringify(id)} is not a subnet id (subnet- followed by 8 or 17 lowercase hex characters)`, "at least one private subnet id (subnet-…)");
    const sgList = list("security group ids", id => SG_ID.test(id) ? void 0 : `${JSON.stringify(id)} is not a security group id (sg- followed by 8 or 17 lowercase hex characters)`);
    /** Validate an IPv4 CIDR block; returns a problem description, or undefined when valid. */    function cidrProblem(cidr) {
      const q = JSON.stringify(cidr);
      if (cidr.includes(":")) return `${q} is an IPv6 block; only IPv4 CIDR blocks (a.b.c.d/n) are supported`;
      const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
      if (!m) return `${q} is not an IPv4 CIDR block (a.b.c.d/n, e.g. 10.0.0.0/16)`;
      const octets = [ m[1], m[2], m[3], m[4] ];
      if (octets.some(o => o.length > 1 && o.startsWith("0") || Number(o) > 255)) return `${q}: each octet must be 0-255 without leading zeros`;
      const bits = Number(m[5]);
      if (bits > 32 || m[5].length > 1 && m[5].startsWith("0")) return `${q}: the prefix length must be 0-32`;
      const ip = octets.reduce((acc, o) => acc * 256 + Number(o), 0);
      const size = 2 ** (32 - bits);
      const network = Math.floor(ip / size) * size;
      if (network !== ip) {
        const n = [ 24, 16, 8, 0 ].map(shift => Math.floor(network / 2 ** shift) % 256).join(".");
        return `${q} is not a network address (host bits are set); use ${n}/${bits}`;
      }
      return;
    }
    const cidrList = list("CIDR blocks", cidrProblem);
    const REPLICATION_GROUP_RULE = "1-40 letters, digits or hyphens, starting with a letter";
    function replicationGroupId(s) {
      if (s.length > 40) fail(`must be at most 40 characters (${REPLICATION_GROUP_RULE}); got ${s.length}`);
      if (!/^[A-Za-z]/.test(s)) fail(`must start with a letter (${REPLICATION_GROUP_RULE})`);
      if (!/^[A-Za-z0-9-]+$/.test(s)) fail(`may contain only letters, digits and hyphens (${REPLICATION_GROUP_RULE})`);
      if (s.includes("--")) fail("must not contain two consecutive hyphens");
      if (s.endsWith("-")) fail("must not end with a hyphen");
      return s.toLowerCase();
    }
    function nodeType(s) {
      if (!/^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(s)) fail("must be an ElastiCache node type cache.<family>.<size>, e.g. cache.t4g.micro or cache.r7g.large");
      return s;
    }
    function engineVersion(s) {
      const all = domain_engine /* ENGINES */ .ug.map(e => `${e}: ${domain_engine /* SUPPORTED_VERSIONS */ .PY[e].join(", ")}`).join("; ");
      if (/^\d+\.\d+\.\d+$/.test(s)) fail(`must be major.minor (e.g. 7.1), not a patch version; ElastiCache picks the patch. Supported: ${all}`);
      if (!/^\d+\.\d+$/.test(s)) fail(`must be major.minor, e.g. 7.1. Supported: ${all}`);
      return s;
    }
    const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
    const REGION_PART = "[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+";
    const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    const KEY_ID = `(?:${UUID}|mrk-[0-9a-f]{32})`;
    const ALIAS_NAME = "alias/[A-Za-z0-9/_-]{1,250}";
    const KMS_KEY = new RegExp(`^(?:${KEY_ID}|${ALIAS_NAME}|arn:aws[a-z-]*:kms:${REGION_PART}:\\d{12}:(?:key/${KEY_ID}|${ALIAS_NAME}))$`);
    function kmsKeyId(s) {
      if (!KMS_KEY.test(s)) fail("must be a KMS key id (UUID or mrk-…), a key ARN (arn:aws:kms:<region>:<account>:key/<id>), " + "an alias (alias/<name>) or an alias ARN");
      return s;
    }
    const SNS_TOPIC = new RegExp(`^arn:aws[a-z-]*:sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}$`);
    function topicArn(s) {
      if (!SNS_TOPIC.test(s)) fail("must be an SNS topic ARN: arn:aws:sns:<region>:<12-digit account>:<topic name>");
      return s;
    }
    function logRetention(s) {
      const n = /^\d+$/.test(s) ? Number(s) : NaN;
      if (n !== 0 && !LOG_RETENTION_DAYS.includes(n)) fail(`must be one of ${LOG_RETENTION_DAYS.join(", ")} (days), or 0 to never expire`);
      return n;
    }
    // Tag charset as AWS documents it: Unicode letters, digits, spaces and _ . : / = + - @
        function ssmPrefix(s) {
      if (!s.startsWith("/")) fail('must start with "/" (e.g. /myapp/prod/redis)');
      if (!/^[A-Za-z0-9_.\-/]+$/.test(s)) fail("may contain only letters, digits and _ . - /");
      if (s.includes("//")) fail('must not contain "//"');
      if (/^\/(aws|ssm)/i.test(s)) fail("must not start with /aws or /ssm (reserved by AWS)");
      // Stryker disable next-line Regex: "//" is refused above, so at most one trailing "/" is left to strip.
            const p = s.replace(/\/+$/, "");
      if (p === "") fail('must contain at least one path segment after "/"');
      if (p.length > 900) fail(`must be at most 900 characters (got ${p.length})`);
      // SSM allows 15 levels in a parameter name; the parameter itself (REDIS_URL…) is one of them.
            const levels = p.split("/").length - 1;
      if (levels > 14) fail(`must have at most 14 levels (SSM allows 15 including the parameter name; got ${levels})`);
      return p;
    }
    function region(s) {
      if (!REGION.test(s)) fail("must be an AWS region code such as eu-west-1 or us-gov-west-1");
      return s;
    }
    /**
 * An existing snapshot's name (to restore from): manual ones follow the group-id rules, automatic
 * ones look like automatic.<group>-2026-01-01-03-00, so dots are allowed.
 */    function snapshotName(s) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(s)) fail("must be an ElastiCache snapshot name: 1-255 letters, digits, dots, hyphens or underscores");
      return s;
    }
    /** Availability zones, one per node (a zone may repeat: two nodes in one zone). */    function zoneList(s) {
      const zones = splitList(s);
      const bad = zones.find(z => !/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(z));
      if (bad) fail(`${JSON.stringify(bad)} is not an availability zone name (e.g. eu-west-1a)`);
      return zones;
    }
    /** ReplicationGroupDescription: at most 255 characters, no control characters. */    function groupDescription(s) {
      if (s.length > 255) fail(`must be at most 255 characters (got ${s.length})`);
      // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u001f\u007f]/.test(s)) fail("must be one line of text without control characters");
      return s;
    }
    /** CloudWatch accepts at most 5 actions per alarm state. */    const MAX_ALARM_ACTIONS = 5;
    const ALARM_ACTION = new RegExp(`^arn:aws[a-z-]*:(sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}|lambda:${REGION_PART}:\\d{12}:function:.+|ssm(-incidents)?:${REGION_PART}:\\d{12}:.+)$`);
    /** alarm_actions / ok_actions: ARNs of SNS topics (or Lambda functions, SSM OpsItems/incidents). */    function alarmActionList(s) {
      const items = list("alarm actions", a => ALARM_ACTION.test(a) ? void 0 : `${JSON.stringify(a)} is not an alarm action ARN: an SNS topic (arn:aws:sns:<region>:<account>:<topic>), a Lambda function or an SSM OpsItem/incident ARN`)(s);
      if (items.length > MAX_ALARM_ACTIONS) fail(`must list at most ${MAX_ALARM_ACTIONS} ARNs (CloudWatch's limit per alarm state)`);
      return items;
    }
    // EXTERNAL MODULE: ./src/domain/ownership.ts
        var ownership = __nccwpck_require__(7781);
    // CONCATENATED MODULE: ./src/config/tags.ts
    // The `tags` input (YAML map, JSON object or key=value lines) and the `environment` tag value.
    /** Tag keys the action sets itself on every resource. */
    const RESERVED_TAG_KEYS = [ "ManagedBy", "GitHubRepository", "GitHubWorkflowRun" ];
    const MAX_USER_TAGS = 40;
    const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
    const TAG_CHARS_TEXT = "letters, digits, spaces and _ . : / = + - @";
    const charLength = s => [ ...s ].length;
    function environment(s) {
      if (charLength(s) > 256) fail("must be at most 256 characters");
      if (!TAG_CHARS.test(s)) fail(`may contain only ${TAG_CHARS_TEXT} (it becomes the Environment tag)`);
      return s;
    }
    function tagProblem(key, value) {
      const k = JSON.stringify(key);
      if (charLength(key) < 1 || charLength(key) > 128) return `tag key ${k} must be 1-128 characters`;
      if (!TAG_CHARS.test(key)) return `tag key ${k} may contain only ${TAG_CHARS_TEXT}`;
      if (key.toLowerCase().startsWith("aws:")) return `tag key ${k} must not start with "aws:" (reserved by AWS)`;
      const reserved = RESERVED_TAG_KEYS.find(r => r.toLowerCase() === key.toLowerCase());
      if (reserved) return `tag key ${k} is reserved: the action sets ${RESERVED_TAG_KEYS.join(", ")} itself`;
      if (key.toLowerCase().startsWith(ownership /* TAG_PREFIX */ .C_)) return `tag key ${k} is reserved: keys starting with ${ownership /* TAG_PREFIX */ .C_} record what this action created`;
      if (charLength(value) > 256) return `the value of tag ${k} must be at most 256 characters`;
      if (!TAG_CHARS.test(value)) return `the value of tag ${k} may contain only ${TAG_CHARS_TEXT}`;
      return;
    }
    const TAGS_FORMAT = "a YAML or JSON map (Key: value) or key=value lines";
    /**
 * key=value lines: every line has "=" after a non-empty key, and no YAML "key: " separator comes
 * before that "=" (so "Url=https://x" and "aws:team=x" are key=value, "Owner: a=b" is YAML).
 */    function isKeyValueLines(lines) {
      return lines.every(line => {
        const eq = line.indexOf("=");
        return eq > 0 && !line.startsWith("{") && !/:(\s|$)/.test(line.slice(0, eq));
      });
    }
    /** The lines that carry tags: trimmed, without blank lines and # comments. */    function significantLines(text) {
      return text.trim().split(/\r?\n/).map(l => l.trim()).filter(l => l !== "" && !l.startsWith("#"));
    }
    /** Whether parsing `text` needs the YAML parser (it is neither empty nor key=value lines). */    function tagsAreYaml(text) {
      return !isKeyValueLines(significantLines(text));
    }
    /**
 * Parse the `tags` input: a YAML map, a JSON object (JSON is YAML), or `key=value` lines.
 * Number and boolean values become strings as written (`007` stays "007"); an empty YAML value is "".
 * `yaml` is needed only when tagsAreYaml(text).
 */    function parseTags(text, yaml) {
      const tags = {};
      const trimmed = text.trim();
      if (trimmed === "") return {
        ok: true,
        tags: tags
      };
      const lines = significantLines(trimmed);
      const entries = [];
      if (isKeyValueLines(lines)) for (const line of lines) {
        const eq = line.indexOf("=");
        entries.push([ line.slice(0, eq).trim(), line.slice(eq + 1).trim() ]);
      } else {
        if (!yaml) throw new Error("parseTags: YAML tags need the yaml parser (see tagsAreYaml)");
        const {parseDocument: parseDocument, isMap: isMap, isPair: isPair, isScalar: isScalar} = yaml;
        const doc = parseDocument(trimmed, {
          uniqueKeys: true,
          prettyErrors: false
        });
        const err = doc.errors[0];
        if (err) return {
          ok: false,
          message: `must be ${TAGS_FORMAT}; YAML error: ${err.message.split("\n")[0]}`
        };
        if (!isMap(doc.contents)) return {
          ok: false,
          message: `must be ${TAGS_FORMAT}`
        };
        for (const pair of doc.contents.items) {
          if (!isPair(pair) || !isScalar(pair.key)) return {
            ok: false,
            message: `must be ${TAGS_FORMAT}`
          };
          const key = scalarText(pair.key);
          if (pair.value !== null && !isScalar(pair.value)) return {
            ok: false,
            message: `the value of tag ${JSON.stringify(key)} must be a string, number or boolean, not a list or map`
          };
          entries.push([ key, pair.value === null ? "" : scalarText(pair.value) ]);
        }
      }
      for (const [key, value] of entries) {
        if (Object.hasOwn(tags, key)) return {
          ok: false,
          message: `tag key ${JSON.stringify(key)} is given twice`
        };
        const problem = tagProblem(key, value);
        if (problem) return {
          ok: false,
          message: problem
        };
        tags[key] = value;
      }
      const count = Object.keys(tags).length;
      if (count > MAX_USER_TAGS) return {
        ok: false,
        message: `must have at most ${MAX_USER_TAGS} tags (got ${count})`
      };
      return {
        ok: true,
        tags: tags
      };
    }
    function scalarText(node) {
      if (node.value === null || node.value === void 0) return "";
      if (typeof node.value === "string") return node.value;
      // Numbers and booleans keep their written form ("007", "1.10", "TRUE"), not JS's rendering.
            return node.source ?? String(node.value);
    }
    function tags(s, yaml) {
      const r = parseTags(s, yaml);
      return r.ok ? r.tags : fail(r.message);
    }
    // CONCATENATED MODULE: ./src/config/parameters.ts
    // The `parameters` input: a YAML or JSON map of Redis parameter → value, merged over the four
    // Django defaults (maxmemory_policy, timeout, tcp_keepalive, maxmemory_samples). Names and values
    // are checked against the family's parameter metadata (src/domain/parameter-metadata.ts) once the
    // family is known (a cross-input rule in apply.ts), before any AWS call.
    /** ModifyCacheParameterGroup takes 20 per call; more than a few dozen is not a Django tuning. */
    const MAX_PARAMETERS = 40;
    const FORMAT = 'a YAML or JSON map of Redis parameter name to value (e.g. {"notify-keyspace-events": "Ex"})';
    /** Whether the `parameters` input needs the YAML parser (any non-empty value: JSON is YAML). */    function parametersNeedYaml(text) {
      return text.trim() !== "";
    }
    /** Parse the `parameters` input; values keep their written form (`007` stays "007"). */    function parameters(text, yaml) {
      const out = {};
      const trimmed = text.trim();
      if (trimmed === "") return out;
      if (!yaml) throw new Error("parameters: a non-empty input needs the yaml parser (parametersNeedYaml)");
      const {parseDocument: parseDocument, isMap: isMap, isPair: isPair, isScalar: isScalar} = yaml;
      const doc = parseDocument(trimmed, {
        uniqueKeys: true,
        prettyErrors: false
      });
      const err = doc.errors[0];
      if (err) fail(`must be ${FORMAT}; YAML error: ${err.message.split("\n")[0]}`);
      if (!isMap(doc.contents)) fail(`must be ${FORMAT}`);
      for (const pair of doc.contents.items) {
        if (!isPair(pair) || !isScalar(pair.key)) fail(`must be ${FORMAT}`);
        const name = parameters_scalarText(pair.key);
        if (!isScalar(pair.value) || pair.value.value === null || pair.value.value === void 0) fail(`the value of ${JSON.stringify(name)} must be a string or a number, not empty, a list or a map`);
        if (Object.hasOwn(out, name)) fail(`${JSON.stringify(name)} is given twice`);
        out[name] = parameters_scalarText(pair.value);
      }
      const count = Object.keys(out).length;
      if (count > MAX_PARAMETERS) fail(`must set at most ${MAX_PARAMETERS} parameters (got ${count})`);
      return out;
    }
    function parameters_scalarText(node) {
      if (node.value === null || node.value === void 0) return "";
      if (typeof node.value === "string") return node.value;
      return node.source ?? String(node.value);
    }
    // CONCATENATED MODULE: ./src/config/field.ts
    // A zod field over one raw input string: trimmed, empty → the action.yml default, then its rule.
    // Rule errors become zod issues on that input, so one parse reports every bad input at once.
    /** A zod field over the raw string: trimmed, empty → the action.yml default, then `rule`. */
    function field(name, rule, fallback = INPUT_DEFAULTS[name]) {
      return pipe(optional(schemas_string()), transform((v, ctx) => {
        const s = (v ?? "").trim() || fallback;
        try {
          return rule(s);
        } catch (e) {
          if (!(e instanceof RuleError)) throw e;
          ctx.issues.push({
            code: "custom",
            message: e.message,
            input: v
          });
          return NEVER;
        }
      }));
    }
    function windowRule(parse) {
      return s => {
        const r = parse(s);
        return r.ok ? r.window : fail(r.message);
      };
    }
    /**
 * A cross-input rule for superRefine: `rule` runs only when every input it reads is individually
 * valid (so one bad input never causes a second, misleading error), and reports on a named input.
 */    function cross(inputs, rule) {
      return [ (v, ctx) => rule(v, (input, message) => ctx.addIssue({
        code: "custom",
        message: message,
        path: [ input ]
      })), {
        when: payload => !payload.issues.some(i => inputs.includes(i.path?.[0]))
      } ];
    }
    /** A field read only by some modes: empty → that input's default in those modes (MODE_INPUTS). */    function modeField(name, rule) {
      return field(name, rule, MODE_INPUTS[name].default);
    }
    /**
 * An input this mode does not read but that signals a misunderstanding when set (e.g. dry_run with
 * apply, which would write): refused with `message`, before any AWS call.
 */    function refusedHere(message) {
      return optional(schemas_string()).check(superRefine((v, ctx) => {
        if ((v ?? "").trim() !== "") ctx.addIssue({
          code: "custom",
          message: message
        });
      }));
    }
    /** aws_region, or the AWS_REGION/AWS_DEFAULT_REGION the credentials step set (named in errors). */    function regionField(regionSource) {
      return field("aws_region", rules_required("set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)", s => {
        try {
          return region(s);
        } catch (e) {
          if (e instanceof RuleError && regionSource) fail(`${e.message} (taken from ${regionSource})`);
          throw e;
        }
      }));
    }
    // EXTERNAL MODULE: ./src/domain/duration.ts
        var domain_duration = __nccwpck_require__(4678);
    // CONCATENATED MODULE: ./src/config/windows.ts
    // ElastiCache time windows (all UTC):
    // - snapshot window    "hh24:mi-hh24:mi"          — daily, at least 60 minutes, may wrap midnight;
    // - maintenance window "ddd:hh24:mi-ddd:hh24:mi"  — weekly, 60 minutes to 24 hours, may wrap sat→sun.
    // ElastiCache rejects a maintenance window that overlaps the snapshot window. Because the snapshot
    // window repeats every day, the check compares the weekly window against all seven daily copies.
    // Intervals are half-open [start, end): windows that merely touch (04:00 end / 04:00 start) are fine.
    const DAYS = [ "sun", "mon", "tue", "wed", "thu", "fri", "sat" ];
    const MINUTES_PER_DAY = 24 * 60;
    const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    const MIN_WINDOW_MINUTES = 60;
    const MAX_MAINTENANCE_WINDOW_MINUTES = MINUTES_PER_DAY;
    const mod = (n, m) => (n % m + m) % m;
    const pad = n => String(n).padStart(2, "0");
    /** Minutes after midnight for "hh:mm" (two digits each, 00:00–23:59), else undefined. */    function timeOfDay(hh, mm) {
      const h = Number(hh);
      const m = Number(mm);
      if (h > 23 || m > 59) return;
      return h * 60 + m;
    }
    function formatTimeOfDay(minutes) {
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    function formatTimeOfWeek(minutes) {
      const day = DAYS[Math.floor(minutes / MINUTES_PER_DAY)] ?? "sun";
      return `${day}:${formatTimeOfDay(minutes % MINUTES_PER_DAY)}`;
    }
    /** Parse and validate a snapshot window such as "03:00-04:00" (may wrap midnight: "23:30-00:30"). */    function parseSnapshotWindow(text) {
      const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
      if (!m) return {
        ok: false,
        message: "must be hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00"
      };
      const start = timeOfDay(m[1], m[2]);
      const end = timeOfDay(m[3], m[4]);
      if (start === void 0 || end === void 0) return {
        ok: false,
        message: "hours must be 00-23 and minutes 00-59 (hh24:mi-hh24:mi, UTC)"
      };
      const durationMinutes = mod(end - start, MINUTES_PER_DAY);
      if (durationMinutes < MIN_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at least 60 minutes long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      return {
        ok: true,
        window: {
          start: start,
          end: end,
          durationMinutes: durationMinutes,
          text: `${formatTimeOfDay(start)}-${formatTimeOfDay(end)}`
        }
      };
    }
    /**
 * Parse and validate a maintenance window such as "sun:05:00-sun:06:00" (days are case-insensitive
 * and normalised to lowercase; may wrap from sat to sun: "sat:23:00-sun:01:00").
 */    function parseMaintenanceWindow(text) {
      const m = /^([a-z]{3}):(\d{2}):(\d{2})-([a-z]{3}):(\d{2}):(\d{2})$/i.exec(text.trim());
      if (!m) return {
        ok: false,
        message: "must be ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:05:00-sun:06:00"
      };
      const startDay = DAYS.indexOf(m[1].toLowerCase());
      const endDay = DAYS.indexOf(m[4].toLowerCase());
      if (startDay < 0 || endDay < 0) return {
        ok: false,
        message: `days must be one of ${DAYS.join(", ")}`
      };
      const startTime = timeOfDay(m[2], m[3]);
      const endTime = timeOfDay(m[5], m[6]);
      if (startTime === void 0 || endTime === void 0) return {
        ok: false,
        message: "hours must be 00-23 and minutes 00-59 (ddd:hh24:mi-ddd:hh24:mi, UTC)"
      };
      const start = startDay * MINUTES_PER_DAY + startTime;
      const end = endDay * MINUTES_PER_DAY + endTime;
      const durationMinutes = mod(end - start, MINUTES_PER_WEEK);
      if (durationMinutes < MIN_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at least 60 minutes long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      if (durationMinutes > MAX_MAINTENANCE_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at most 24 hours long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      return {
        ok: true,
        window: {
          start: start,
          end: end,
          durationMinutes: durationMinutes,
          text: `${formatTimeOfWeek(start)}-${formatTimeOfWeek(end)}`
        }
      };
    }
    /**
 * Whether two half-open intervals [aStart, aStart+aLen) and [bStart, bStart+bLen) on a circle of
 * `period` minutes share at least one minute. Handles intervals that wrap past the end of the period.
 */    function circularOverlap(aStart, aLen, bStart, bLen, period) {
      if (aLen <= 0 || bLen <= 0) return false;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a short cut only: an interval of a whole period (or more) already passes the `mod(...) < len` test below.
            if (aLen >= period || bLen >= period) return true;
      return mod(bStart - aStart, period) < aLen || mod(aStart - bStart, period) < bLen;
    }
    /**
 * Whether the weekly maintenance window overlaps any day's occurrence of the daily snapshot window.
 * Touching windows (one ends when the other starts) do not overlap.
 */    function windowsOverlap(snapshot, maintenance) {
      for (let day = 0; day < DAYS.length; day++) {
        const start = day * MINUTES_PER_DAY + snapshot.start;
        if (circularOverlap(start, snapshot.durationMinutes, maintenance.start, maintenance.durationMinutes, MINUTES_PER_WEEK)) return true;
      }
      return false;
    }
    // EXTERNAL MODULE: ./src/domain/node-types.ts
        var node_types = __nccwpck_require__(2090);
    // EXTERNAL MODULE: ./src/domain/parameter-metadata.ts
        var parameter_metadata = __nccwpck_require__(4553);
    // CONCATENATED MODULE: ./src/config/apply-rules.ts
    // The cross-input rules of `apply` and `plan`: what AWS enforces between inputs (failover and
    // Multi-AZ, AUTH and TLS, data tiering, parameter metadata, windows, network type, alarms, DBs),
    // each checked before any call and only when the inputs it reads are individually valid.
    const DATA_TIERING_POLICIES = [ "noeviction", "volatile-lru", "allkeys-lru" ];
    /**
 * Security groups on a replication group's network interface: 5 by default (the EC2 quota
 * "security groups per network interface"), 16 at most with a raised quota; the managed one counts.
 */    const DEFAULT_SECURITY_GROUPS_PER_ENI = 5;
    const MAX_SECURITY_GROUPS_PER_ENI = 16;
    /** The four Django defaults as their dedicated inputs set them, keyed by the Redis parameter name. */    const DJANGO_PARAMETER_INPUTS = {
      "maxmemory-policy": "maxmemory_policy",
      timeout: "timeout",
      "tcp-keepalive": "tcp_keepalive",
      "maxmemory-samples": "maxmemory_samples"
    };
    function djangoParameters(v) {
      return {
        "maxmemory-policy": v.maxmemory_policy,
        timeout: String(v.timeout),
        "tcp-keepalive": String(v.tcp_keepalive),
        "maxmemory-samples": String(v.maxmemory_samples)
      };
    }
    /** Cross-input rules: each runs only when the inputs it reads are individually valid. */    const APPLY_RULES = [ cross([ "num_cache_clusters", "automatic_failover_enabled" ], (v, issue) => {
      if (v.automatic_failover_enabled && v.num_cache_clusters < 2) issue("num_cache_clusters", "automatic failover (automatic_failover_enabled: true) needs at least 2 nodes (a primary and a " + "replica); raise num_cache_clusters, or set automatic_failover_enabled and multi_az_enabled to false");
    }), cross([ "multi_az_enabled", "automatic_failover_enabled" ], (v, issue) => {
      if (v.multi_az_enabled && !v.automatic_failover_enabled) issue("multi_az_enabled", "Multi-AZ requires automatic_failover_enabled: true");
    }), cross([ "auth_token_enabled", "transit_encryption_enabled" ], (v, issue) => {
      if (v.auth_token_enabled && !v.transit_encryption_enabled) issue("auth_token_enabled", "an AUTH token requires transit_encryption_enabled: true (TLS)");
    }), cross([ "auth_token_rotate", "auth_token_enabled" ], (v, issue) => {
      if (v.auth_token_rotate && !v.auth_token_enabled) issue("auth_token_rotate", "rotating the AUTH token requires auth_token_enabled: true");
    }), cross([ "kms_key_id", "at_rest_encryption_enabled" ], (v, issue) => {
      if (v.kms_key_id !== void 0 && !v.at_rest_encryption_enabled) issue("kms_key_id", "a KMS key requires at_rest_encryption_enabled: true");
    }), cross([ "node_type", "maxmemory_policy", "parameters" ], (v, issue) => {
      const fromMap = v.parameters["maxmemory-policy"];
      const policy = fromMap ?? v.maxmemory_policy;
      if ((0, node_types /* isDataTieringNodeType */ .H)(v.node_type) && !DATA_TIERING_POLICIES.includes(policy)) issue(fromMap === void 0 ? "maxmemory_policy" : "parameters", `node type ${v.node_type} uses data tiering, which supports only maxmemory_policy ` + `${DATA_TIERING_POLICIES.join(", ")}`);
    }), cross([ "security_group_ids" ], (v, issue) => {
      const attached = v.security_group_ids.length + 1;
      if (attached > MAX_SECURITY_GROUPS_PER_ENI) issue("security_group_ids", `lists ${v.security_group_ids.length} security groups; with the managed one that is ${attached} on the ` + `group's network interface, and AWS allows at most ${MAX_SECURITY_GROUPS_PER_ENI} (with a raised ` + `"security groups per network interface" quota; ${DEFAULT_SECURITY_GROUPS_PER_ENI} by default). ` + `List at most ${MAX_SECURITY_GROUPS_PER_ENI - 1}, or allow clients through allowed_security_group_ids instead`);
    }), 
    // Every parameter value must fit the family's metadata (AllowedValues, DataType, IsModifiable),
    // checked here so AWS never refuses it half-way through a run.
    cross([ "engine", "engine_version", "maxmemory_policy", "timeout", "tcp_keepalive", "maxmemory_samples", "parameters" ], (v, issue) => {
      const family = (0, domain_engine /* familyFor */ .uG)(v.engine, v.engine_version);
      if (family === void 0) return;
      for (const [name, value] of Object.entries(djangoParameters(v))) {
        if (Object.hasOwn(v.parameters, name)) continue;
 // the map overrides the input
                const problem = (0, parameter_metadata /* parameterProblem */ .PY)(family, name, value);
        if (problem) issue(DJANGO_PARAMETER_INPUTS[name], problem);
      }
      for (const [name, value] of Object.entries(v.parameters)) {
        const problem = (0, parameter_metadata /* parameterProblem */ .PY)(family, name, value);
        if (problem) issue("parameters", problem);
      }
    }), cross([ "parameters", "cache_db", "celery_db", "celery_result_db" ], (v, issue) => {
      const databases = v.parameters.databases;
      if (databases === void 0 || !/^\d+$/.test(databases)) return;
      const highest = Math.max(v.cache_db, v.celery_db, v.celery_result_db);
      if (Number(databases) <= highest) issue("parameters", `databases = ${databases} leaves no DB ${highest} (cache_db/celery_db/celery_result_db); set databases to at least ${highest + 1}`);
    }), cross([ "engine", "engine_version" ], (v, issue) => {
      if ((0, domain_engine /* familyFor */ .uG)(v.engine, v.engine_version) === void 0) issue("engine_version", `is not available for engine ${v.engine}; valid versions: ${domain_engine /* SUPPORTED_VERSIONS */ .PY[v.engine].join(", ")}`);
    }), cross([ "snapshot_window", "maintenance_window" ], (v, issue) => {
      if (windowsOverlap(v.snapshot_window, v.maintenance_window)) issue("maintenance_window", `overlaps snapshot_window ${v.snapshot_window.text}; the snapshot window repeats every day, so the ` + "maintenance window must avoid it on every day it covers");
    }), cross([ "preferred_cache_cluster_azs", "num_cache_clusters" ], (v, issue) => {
      const n = v.preferred_cache_cluster_azs.length;
      if (n > 0 && n !== v.num_cache_clusters) issue("preferred_cache_cluster_azs", `lists ${n} zone${n === 1 ? "" : "s"} for ${v.num_cache_clusters} node${v.num_cache_clusters === 1 ? "" : "s"}: ` + "list exactly one zone per node (num_cache_clusters), the primary’s first, or leave it empty");
    }), cross([ "ip_discovery", "network_type" ], (v, issue) => {
      if (v.ip_discovery === "ipv6" && v.network_type === "ipv4") issue("ip_discovery", "ipv6 discovery needs IPv6 addresses on the nodes: set network_type to dual_stack (or ipv6), or ip_discovery to ipv4");
    }), 
    // IPv6 (dual_stack, ipv6) needs Valkey 7.2+ or Redis OSS 6.2 to 7.1, on Nitro-based nodes.
    cross([ "network_type", "engine", "engine_version", "node_type" ], (v, issue) => {
      if (v.network_type === "ipv4") return;
      if (!supportsIpv6Engine(v.engine, v.engine_version)) issue("network_type", `${v.network_type} needs Valkey 7.2 or later, or Redis OSS 6.2 to 7.1; engine ${v.engine} ${v.engine_version} ` + "runs on IPv4 only: choose another engine_version, or network_type ipv4");
      if (!isNitroNodeType(v.node_type)) issue("network_type", `${v.network_type} needs a Nitro-based node type (e.g. cache.t4g, cache.m7g, cache.r7g); ` + `${v.node_type} is of an older generation: choose a current node_type, or network_type ipv4`);
    }), cross([ "alarms", "notification_topic_arn", "alarm_actions" ], (v, issue) => {
      if (v.alarms === true && v.notification_topic_arn === void 0 && v.alarm_actions.length === 0) issue("alarms", "alarms need somewhere to send them: set notification_topic_arn (alarm_actions and ok_actions " + "default to it) or alarm_actions");
    }), cross([ "cache_db", "celery_db", "celery_result_db" ], (v, issue) => {
      const dbs = [ [ "cache_db", v.cache_db ], [ "celery_db", v.celery_db ], [ "celery_result_db", v.celery_result_db ] ];
      dbs.forEach(([input, db], i) => {
        const clash = dbs.slice(0, i).find(([, other]) => other === db);
        if (clash) issue(input, `must differ from ${clash[0]} (both are ${db}); each use needs its own database`);
      });
    }) ];
    // CONCATENATED MODULE: ./src/config/apply.ts
    // The schema of `apply` and its dry run `plan`: every input of the Terraform module this action
    // mirrors, each through its rule, then the cross-input rules (apply-rules.ts), checked before any call.
    /** The inputs `apply` and `plan` read, each through its rule. */
    function applyShape({regionSource: regionSource, yaml: yaml}) {
      return {
        mode: schemas_enum([ "apply", "plan" ]),
        name: field("name", rules_required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId)),
        node_type: field("node_type", rules_required("the node type, e.g. cache.t4g.micro", nodeType)),
        subnet_ids: field("subnet_ids", subnetList),
        engine: field("engine", oneOf(domain_engine /* ENGINES */ .ug)),
        engine_version: field("engine_version", engineVersion),
        num_cache_clusters: field("num_cache_clusters", rules_int(1, 6, "1 primary + up to 5 replicas")),
        automatic_failover_enabled: field("automatic_failover_enabled", bool),
        multi_az_enabled: field("multi_az_enabled", bool),
        at_rest_encryption_enabled: field("at_rest_encryption_enabled", bool),
        kms_key_id: field("kms_key_id", rules_optional(kmsKeyId)),
        transit_encryption_enabled: field("transit_encryption_enabled", bool),
        auth_token_enabled: field("auth_token_enabled", bool),
        auth_token_rotate: field("auth_token_rotate", bool),
        environment: field("environment", rules_optional(environment)),
        port: field("port", rules_int(1024, 65535)),
        allowed_security_group_ids: field("allowed_security_group_ids", sgList),
        allowed_cidr_blocks: field("allowed_cidr_blocks", cidrList),
        security_group_ids: field("security_group_ids", sgList),
        snapshot_retention_limit: field("snapshot_retention_limit", rules_int(0, 35, "days; 0 disables automatic backups")),
        snapshot_window: field("snapshot_window", windowRule(parseSnapshotWindow)),
        maintenance_window: field("maintenance_window", windowRule(parseMaintenanceWindow)),
        maxmemory_policy: field("maxmemory_policy", oneOf(MAXMEMORY_POLICIES)),
        timeout: field("timeout", rules_int(0, 86400, "seconds; 0 = never close idle connections")),
        tcp_keepalive: field("tcp_keepalive", rules_int(0, 3600, "seconds; 0 disables keepalive")),
        maxmemory_samples: field("maxmemory_samples", rules_int(1, 64)),
        parameters: field("parameters", s => parameters(s, yaml)),
        notification_topic_arn: field("notification_topic_arn", rules_optional(topicArn)),
        log_retention_days: field("log_retention_days", logRetention),
        apply_immediately: field("apply_immediately", bool),
        tags: field("tags", s => tags(s, yaml)),
        ssm_prefix: field("ssm_prefix", rules_optional(ssmPrefix)),
        cache_db: field("cache_db", rules_int(0, 15, "Redis database number")),
        celery_db: field("celery_db", rules_int(0, 15, "Redis database number")),
        celery_result_db: field("celery_result_db", rules_int(0, 15, "Redis database number")),
        wait: field("wait", bool),
        wait_timeout_minutes: field("wait_timeout_minutes", rules_int(1, 355)),
        allow_public_subnets: field("allow_public_subnets", bool),
        aws_region: regionField(regionSource),
        snapshot_name: modeField("snapshot_name", rules_optional(snapshotName)),
        pr_comment: modeField("pr_comment", bool),
        verify_connection: modeField("verify_connection", bool),
        github_token: field("github_token", rules_optional(s => s)),
        preferred_cache_cluster_azs: field("preferred_cache_cluster_azs", zoneList),
        network_type: field("network_type", oneOf(NETWORK_TYPES)),
        ip_discovery: field("ip_discovery", oneOf(IP_DISCOVERIES)),
        auto_minor_version_upgrade: field("auto_minor_version_upgrade", bool),
        description: field("description", rules_optional(groupDescription)),
        alarms: field("alarms", rules_optional(bool)),
        alarm_actions: field("alarm_actions", alarmActionList),
        ok_actions: field("ok_actions", alarmActionList),
        alarm_cpu_threshold_percent: field("alarm_cpu_threshold_percent", rules_int(1, 100, "percent")),
        alarm_memory_threshold_percent: field("alarm_memory_threshold_percent", rules_int(1, 100, "percent")),
        alarm_connections_threshold: field("alarm_connections_threshold", rules_int(1, alarms /* MAX_CLIENTS */ .yx, `connections; maxclients is ${alarms /* MAX_CLIENTS */ .yx}`)),
        alarm_replication_lag_seconds: field("alarm_replication_lag_seconds", rules_int(1, 3600, "seconds")),
        dry_run: refusedHere("applies to modes destroy, snapshot and cleanup; the dry run of apply is mode: plan (it writes nothing)")
      };
    }
    /** The schema of apply/plan: fields, then cross-input rules, then the ApplyConfig record. */    function applySchema(ctx) {
      const schema = object(applyShape(ctx)).check(...APPLY_RULES.map(([fn, params]) => superRefine(fn, params)));
      return pipe(schema, transform(toApplyConfig));
    }
    /** The validated fields as the record the planner reads; defaults derived here (family, ssm_prefix). */    function toApplyConfig(v) {
      const family = (0, domain_engine /* familyFor */ .uG)(v.engine, v.engine_version);
      return {
        mode: v.mode,
        name: v.name,
        nodeType: v.node_type,
        subnetIds: v.subnet_ids,
        engine: v.engine,
        engineVersion: v.engine_version,
        family: family,
        numCacheClusters: v.num_cache_clusters,
        automaticFailoverEnabled: v.automatic_failover_enabled,
        multiAzEnabled: v.multi_az_enabled,
        atRestEncryptionEnabled: v.at_rest_encryption_enabled,
        kmsKeyId: v.kms_key_id,
        transitEncryptionEnabled: v.transit_encryption_enabled,
        authTokenEnabled: v.auth_token_enabled,
        authTokenRotate: v.auth_token_rotate,
        environment: v.environment,
        port: v.port,
        allowedSecurityGroupIds: v.allowed_security_group_ids,
        allowedCidrBlocks: v.allowed_cidr_blocks,
        securityGroupIds: v.security_group_ids,
        snapshotRetentionLimit: v.snapshot_retention_limit,
        snapshotWindow: v.snapshot_window.text,
        maintenanceWindow: v.maintenance_window.text,
        // The `parameters` map is merged over the four Django defaults (a name in both: the map wins).
        parameters: {
          ...djangoParameters(v),
          ...v.parameters
        },
        notificationTopicArn: v.notification_topic_arn,
        logRetentionDays: v.log_retention_days,
        applyImmediately: v.apply_immediately,
        tags: v.tags,
        ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
        cacheDb: v.cache_db,
        celeryDb: v.celery_db,
        celeryResultDb: v.celery_result_db,
        wait: v.wait,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        allowPublicSubnets: v.allow_public_subnets,
        region: v.aws_region,
        snapshotName: v.snapshot_name,
        prComment: v.pr_comment,
        verifyConnection: v.verify_connection,
        githubToken: v.github_token,
        preferredCacheClusterAzs: v.preferred_cache_cluster_azs,
        networkType: v.network_type,
        ipDiscovery: v.ip_discovery,
        autoMinorVersionUpgrade: v.auto_minor_version_upgrade,
        description: v.description,
        alarms: alarmSettings(v)
      };
    }
    /** `alarms` empty: on when notification_topic_arn is set. Actions default to that topic. */    function alarmSettings(v) {
      const topic = v.notification_topic_arn;
      if (!(v.alarms ?? topic !== void 0)) return;
      const toTopic = topic ? [ topic ] : [];
      return {
        cpuThresholdPercent: v.alarm_cpu_threshold_percent,
        memoryThresholdPercent: v.alarm_memory_threshold_percent,
        connectionsThreshold: v.alarm_connections_threshold,
        replicationLagSeconds: v.alarm_replication_lag_seconds,
        alarmActions: v.alarm_actions.length ? v.alarm_actions : toTopic,
        okActions: v.ok_actions.length ? v.ok_actions : toTopic
      };
    }
    // CONCATENATED MODULE: ./src/config/apply-warnings.ts
    // Advice on the inputs of `apply` and `plan` that does not stop the run: nothing admitted, more
    // security groups than the default quota, alarm settings with alarms off, a port open to the world.
    const ALARM_INPUTS = [ "alarm_actions", "ok_actions", "alarm_cpu_threshold_percent", "alarm_memory_threshold_percent", "alarm_connections_threshold", "alarm_replication_lag_seconds" ];
    /** Whether the workflow set an input that only matters with alarms on. */    function alarmInputsSet(raw) {
      return ALARM_INPUTS.some(n => {
        const v = (raw?.[n] ?? "").trim();
        return v !== "" && v !== INPUT_DEFAULTS[n];
      });
    }
    /** Advice that does not stop the run. */    function applyWarnings(config, raw) {
      const warnings = [];
      if (config.allowedSecurityGroupIds.length === 0 && config.allowedCidrBlocks.length === 0) warnings.push(config.securityGroupIds.length === 0 ? "Neither allowed_security_group_ids nor allowed_cidr_blocks is set: nothing will be able to connect " + `to ${config.name} on port ${config.port}.` : "Neither allowed_security_group_ids nor allowed_cidr_blocks is set: the action’s security group " + `admits nothing, so only the rules of security_group_ids let clients reach port ${config.port}.`);
      const attached = config.securityGroupIds.length + 1;
      if (attached > DEFAULT_SECURITY_GROUPS_PER_ENI) warnings.push(`security_group_ids: ${attached} security groups on the group's network interface (with the managed one), ` + `more than the default quota of ${DEFAULT_SECURITY_GROUPS_PER_ENI} per network interface. AWS refuses the ` + `create or change unless the account's "security groups per network interface" quota (VPC) is raised to at least ${attached}.`);
      if (!config.alarms && alarmInputsSet(raw)) warnings.push("alarm_actions, ok_actions or an alarm threshold is set, but alarms are off (alarms is false, or empty " + "without notification_topic_arn): no alarm is created. Set alarms: true to create them.");
      if (config.allowedCidrBlocks.includes("0.0.0.0/0")) warnings.push(`allowed_cidr_blocks contains 0.0.0.0/0: port ${config.port} is open to every address that can route ` + "to the VPC. Prefer the application’s security group or its private CIDR.");
      return warnings;
    }
    // CONCATENATED MODULE: ./src/config/lifecycle.ts
    // The schemas of the lifecycle modes: destroy (one group), snapshot (one group) and cleanup (this
    // repository's previews). Each reads only the inputs it needs; the inputs of apply that a shared
    // `with:` block passes to every mode (node_type, subnet_ids, …) are ignored, but an input that
    // signals a misunderstanding is refused by name before any AWS call.
    const SNAPSHOT_NAME_HERE = "restores a new group on mode apply; destroy names its final snapshot <name>-final-<YYYYMMDD-HHMM> and snapshot names its own <name>-manual-<YYYY-MM-DD>";
    /** What every lifecycle mode reads. */    function lifecycleShape({regionSource: regionSource}) {
      return {
        aws_region: regionField(regionSource),
        wait_timeout_minutes: field("wait_timeout_minutes", rules_int(1, 355)),
        dry_run: modeField("dry_run", bool),
        snapshot_name: refusedHere(SNAPSHOT_NAME_HERE)
      };
    }
    const groupName = () => field("name", rules_required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId));
    function destroySchema(ctx) {
      return pipe(object({
        mode: literal("destroy"),
        ...lifecycleShape(ctx),
        name: groupName(),
        ssm_prefix: field("ssm_prefix", rules_optional(ssmPrefix)),
        final_snapshot: modeField("final_snapshot", bool),
        keep_logs: modeField("keep_logs", bool)
      }), transform(v => ({
        mode: "destroy",
        name: v.name,
        region: v.aws_region,
        ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        finalSnapshot: v.final_snapshot,
        keepLogs: v.keep_logs
      })));
    }
    function snapshotSchema(ctx) {
      return pipe(object({
        mode: literal("snapshot"),
        ...lifecycleShape(ctx),
        name: groupName(),
        keep_snapshots: modeField("keep_snapshots", rules_optional(rules_int(1, 100, "snapshots to keep, newest first")))
      }), transform(v => ({
        mode: "snapshot",
        name: v.name,
        region: v.aws_region,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        keepSnapshots: v.keep_snapshots
      })));
    }
    function cleanupSchema(ctx) {
      return pipe(object({
        mode: literal("cleanup"),
        ...lifecycleShape(ctx),
        name: refusedHere("is not read by mode cleanup: it finds every preview group of this repository by its tags; to delete one group use mode destroy"),
        preview_ttl_hours: modeField("preview_ttl_hours", rules_optional(rules_int(1, 8760, "hours since the preview was created"))),
        keep_logs: modeField("keep_logs", bool),
        github_token: field("github_token", rules_optional(s => s))
      }), transform(v => ({
        mode: "cleanup",
        region: v.aws_region,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        previewTtlHours: v.preview_ttl_hours,
        keepLogs: v.keep_logs,
        githubToken: v.github_token
      })));
    }
    // CONCATENATED MODULE: ./src/config/index.ts
    // Inputs → one validated record per mode: z.discriminatedUnion on `mode`, parsed once, before
    // anything heavy is loaded. Every problem is reported at once, each naming its input.
    // zod/mini, not the classic API: the same core and the same parse, but without the classic module and
    // the methods it attaches to every schema instance: less to compile and to build on every run (the
    // bundle's index.js went from 474 to 375 KB; npm run bench measures the start-up).
    // One parse per process: zod's JIT (it compiles a fast path per object schema with new Function)
    // would cost more than it saves.
    config({
      jitless: true
    });
    function display(v) {
      return typeof v === "string" ? v : "";
    }
    /**
 * Validate the raw inputs (as read by readInputs) into a Config. Every problem is reported, each
 * naming its input; warnings are advice that does not stop the run. `yaml` is needed only when the
 * `tags` input is YAML (tagsAreYaml), so the parser is loaded only then.
 */    function parseConfig(raw, env, yaml) {
      const regionInput = (raw.aws_region ?? "").trim();
      const fromEnv = regionInput ? void 0 : [ "AWS_REGION", "AWS_DEFAULT_REGION" ].find(k => (env[k] ?? "").trim() !== "");
      const values = {
        ...INPUT_DEFAULTS
      };
      for (const name of INPUT_NAMES) {
        const v = (raw[name] ?? "").trim();
        if (v !== "") values[name] = v;
      }
      if (fromEnv) values.aws_region = (env[fromEnv] ?? "").trim();
      const result = configSchema({
        regionSource: fromEnv ? `the ${fromEnv} environment variable` : "",
        yaml: yaml
      }).safeParse(values);
      if (!result.success) {
        const errors = result.error.issues.map(issue => {
          const input = String(issue.path[0] ?? "inputs");
          return {
            input: input,
            value: shown(display(values[input])),
            message: issue.message
          };
        });
        return {
          ok: false,
          errors: errors
        };
      }
      const config = result.data;
      return {
        ok: true,
        config: config,
        warnings: warningsFor(config, raw)
      };
    }
    /** Every mode the `mode` input accepts, in the order the docs list them. */    const MODES = [ "apply", "plan", "destroy", "snapshot", "cleanup" ];
    function configSchema(ctx) {
      const schemas = [ applySchema(ctx), destroySchema(ctx), snapshotSchema(ctx), cleanupSchema(ctx) ];
      return discriminatedUnion("mode", schemas, {
        error: issue => issue.code === "invalid_union" ? `must be one of: ${MODES.join(", ")}` : void 0
      });
    }
    function warningsFor(config, raw) {
      switch (config.mode) {
       case "apply":
       case "plan":
        return applyWarnings(config, raw);

       case "destroy":
       case "snapshot":
       case "cleanup":
        return [];
      }
    }
    // EXTERNAL MODULE: ./src/errors.ts
        var errors = __nccwpck_require__(3916);
    // EXTERNAL MODULE: external "node:fs"
        var external_node_fs_ = __nccwpck_require__(3024);
    // CONCATENATED MODULE: external "node:module"
    const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
    // EXTERNAL MODULE: external "node:os"
        var external_node_os_ = __nccwpck_require__(8161);
    // CONCATENATED MODULE: ./src/report/runner.ts
    // The GitHub Actions runner protocol, the little of it this action speaks: inputs from INPUT_*
    // variables, workflow commands on stdout (::error::, ::warning::, ::add-mask::, …), step outputs
    // and the job summary appended to the files the runner names. It is what @actions/core does for
    // these calls (same escaping, same `name<<ghadelimiter_<uuid>` block for a multi-line output), without
    // loading @actions/core's HTTP and OIDC clients: an invalid input fails in about the time node takes
    // to start.
    const runner_require = (0, external_node_module_namespaceObject.createRequire)(import.meta.url);
    /** An input as the runner passes it: INPUT_<NAME> (spaces → _, upper-cased), trimmed; '' when unset. */    function getInput(name) {
      return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    }
    /** The runner's escaping of a command's message: %, CR and LF. */    function escapeData(s) {
      return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    }
    function command(name, message) {
      process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_.EOL}`);
    }
    const info = message => void process.stdout.write(`${message}${external_node_os_.EOL}`);
    const debug = message => command("debug", message);
    const notice = message => command("notice", message);
    const warning = message => command("warning", message);
    const error = message => command("error", message);
    /** Masks `secret` in every later log line. */    const setSecret = secret => command("add-mask", secret);
    const startGroup = name => command("group", name);
    const endGroup = () => command("endgroup", "");
    /** Marks the step failed (exit code 1) with an ::error:: line. */    function setFailed(message) {
      process.exitCode = 1;
      error(message);
    }
    function appendToFileCommand(variable, text) {
      const path = process.env[variable];
      if (!path) throw new Error(`Unable to find environment variable for file command ${variable.slice(7)}`);
      if (!(0, external_node_fs_.existsSync)(path)) throw new Error(`Missing file at path: ${path}`);
      (0, external_node_fs_.appendFileSync)(path, `${text}${external_node_os_.EOL}`, {
        encoding: "utf8"
      });
    }
    /**
 * A step output, appended to $GITHUB_OUTPUT (the deprecated ::set-output only when it is unset): a
 * one-line value as `name=value` (the form GitHub documents for $GITHUB_OUTPUT), a multi-line one as
 * @actions/core writes it, `name<<ghadelimiter_<uuid>` … delimiter. node:crypto, for the random
 * delimiter, is loaded only then: a failed run's `status=failed` does not wait for it.
 */    function setOutput(name, value) {
      if (!process.env.GITHUB_OUTPUT) {
        process.stdout.write(external_node_os_.EOL);
        process.stdout.write(`::set-output name=${name}::${escapeData(value)}${external_node_os_.EOL}`);
        return;
      }
      if (!/[\r\n]/.test(value)) {
        appendToFileCommand("GITHUB_OUTPUT", `${name}=${value}`);
        return;
      }
      const {randomUUID: randomUUID} = runner_require("node:crypto");
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter)) throw new Error("output contains its delimiter");
      appendToFileCommand("GITHUB_OUTPUT", `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`);
    }
    /** Appends markdown to the job summary; throws when $GITHUB_STEP_SUMMARY is unset or missing. */    function appendSummary(markdown) {
      const path = process.env.GITHUB_STEP_SUMMARY;
      if (!path) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
      if (!(0, external_node_fs_.existsSync)(path)) throw new Error(`Missing file at path: ${path}`);
      (0, external_node_fs_.appendFileSync)(path, markdown, {
        encoding: "utf8"
      });
    }
    // CONCATENATED MODULE: ./src/report/io.ts
    // Everything a run exchanges with the runner: inputs in; outputs, log lines, secrets to mask, the
    // failure and the job summary out. By default the runner's own protocol (report/runner.ts: INPUT_*
    // variables, workflow commands on stdout, the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files); a test
    // injects one per run so that two runs can go at the same time in one process.
    /** The runner's IO (report/runner.ts), read from process.env at each call. */
    const coreIO = {
      getInput: name => getInput(name),
      setOutput: (name, value) => setOutput(name, value),
      setSecret: secret => setSecret(secret),
      setFailed: message => setFailed(message),
      info: message => info(message),
      notice: message => notice(message),
      warning: message => warning(message),
      error: message => error(message),
      debug: message => debug(message),
      startGroup: name => startGroup(name),
      endGroup: () => endGroup(),
      appendSummary: async markdown => {
        appendSummary(markdown);
      }
    };
    // CONCATENATED MODULE: ./src/main.ts
    // The story of one run: parse inputs → observe AWS → plan → execute → publish.
    // Parsing needs nothing heavy (the runner protocol, zod and the input rules; the YAML parser only
    // for YAML tags). The mode's own module, and with it the AWS SDK, loads only once the inputs are
    // valid, so a bad input fails in about the time bare node takes to start.
    async function run(deps = {}) {
      const io = deps.io ?? coreIO;
      try {
        // 1. Inputs: one validated record for the mode; a bad input fails here with zero AWS calls.
        const cfg = await parseInputs(deps.env ?? process.env, io);
        if (!cfg) return;
        // 2–5. The mode observes AWS, plans, runs the plan through the shared executor, and publishes.
                await runMode(cfg, {
          ...deps,
          clock: deps.clock ?? systemClock,
          io: io
        });
      } catch (e) {
        // Every run sets `status`; a failed one sets nothing a later step could mistake for a plan.
        io.setOutput("status", "failed");
        io.setFailed((0, errors /* errorMessage */ .gJ)(e));
        // A refusal (PlanError) says all there is to say; anything else leaves its stack in the debug log.
                if (e instanceof Error && e.stack && !(e instanceof errors /* PlanError */ .W6)) io.debug(e.stack);
      }
    }
    async function parseInputs(env, io) {
      const raw = readInputs(n => io.getInput(n));
      const yaml = tagsAreYaml(raw.tags) || parametersNeedYaml(raw.parameters) ? await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)) : void 0;
      const parsed = parseConfig(raw, env, yaml);
      if (!parsed.ok) {
        for (const e of parsed.errors) io.error(formatInputError(e));
        io.setOutput("status", "failed");
        io.setFailed(`${parsed.errors.length} invalid input${parsed.errors.length > 1 ? "s" : ""}; nothing was changed in AWS.`);
        return;
      }
      for (const w of parsed.warnings) io.warning(w);
      return parsed.config;
    }
    /** Makes the switch exhaustive: a new mode without a case is a compile error. */    function unreachable(cfg) {
      throw new errors /* PlanError */ .W6(`internal error: mode ${cfg.mode} has no runner`);
    }
    async function runMode(cfg, deps) {
      switch (cfg.mode) {
       case "apply":
       case "plan":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(950), __nccwpck_require__.e(846), __nccwpck_require__.e(20) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 8020))).runApply(cfg, deps);

       case "destroy":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(950), __nccwpck_require__.e(846), __nccwpck_require__.e(362) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 5362))).runDestroy(cfg, deps);

       case "cleanup":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(950), __nccwpck_require__.e(846), __nccwpck_require__.e(92) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 92))).runCleanup(cfg, deps);

       case "snapshot":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(950), __nccwpck_require__.e(846), __nccwpck_require__.e(466) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 8466))).runSnapshot(cfg, deps);

       default:
        return unreachable(cfg);
      }
    }
    /***/  },
  /***/ 2613: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    /***/  },
  /***/ 181: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    /***/  },
  /***/ 6982: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    /***/  },
  /***/ 2250: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");
    /***/  },
  /***/ 4434: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    /***/  },
  /***/ 9278: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    /***/  },
  /***/ 6698: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    /***/  },
  /***/ 1421: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    /***/  },
  /***/ 7598: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    /***/  },
  /***/ 3053: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    /***/  },
  /***/ 3024: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    /***/  },
  /***/ 1455: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    /***/  },
  /***/ 7067: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    /***/  },
  /***/ 2467: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    /***/  },
  /***/ 4708: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    /***/  },
  /***/ 7030: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    /***/  },
  /***/ 8161: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    /***/  },
  /***/ 6760: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    /***/  },
  /***/ 1708: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
    /***/  },
  /***/ 7075: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    /***/  },
  /***/ 1692: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    /***/  },
  /***/ 7975: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    /***/  },
  /***/ 8522: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    /***/  },
  /***/ 857: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    /***/  },
  /***/ 932: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    /***/  },
  /***/ 2203: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    /***/  },
  /***/ 4756: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    /***/  },
  /***/ 2018: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");
    /***/  },
  /***/ 9023: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    /***/  }
  /******/};

/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};

/******/
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
  /******/ // Check if module is in cache
  /******/ var cachedModule = __webpack_module_cache__[moduleId];
  /******/  if (cachedModule !== void 0) 
  /******/ return cachedModule.exports;
  /******/
  /******/ // Create a new module (and put it into the cache)
  /******/  var module = __webpack_module_cache__[moduleId] = {
    /******/ // no module.id needed
    /******/ // no module.loaded needed
    /******/ exports: {}
    /******/  };
  /******/
  /******/ // Execute the module function
  /******/  var threw = true;
  /******/  try {
    /******/ __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    /******/    threw = false;
    /******/  } finally {
    /******/ if (threw) delete __webpack_module_cache__[moduleId];
    /******/  }
  /******/
  /******/ // Return the exports of the module
  /******/  return module.exports;
  /******/}

/******/
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;

/******/
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";

/******/
/******/ /* webpack/runtime/async module */
/******/ (() => {
  /******/ var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
  /******/  var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
  /******/  var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
  /******/  var resolveQueue = queue => {
    /******/ if (queue && queue.d < 1) {
      /******/ queue.d = 1;
      /******/      queue.forEach(fn => fn.r--);
      /******/      queue.forEach(fn => fn.r-- ? fn.r++ : fn());
      /******/    }
    /******/  }
  /******/;
  var wrapDeps = deps => deps.map(dep => {
    /******/ if (dep !== null && typeof dep === "object") {
      /******/ if (dep[webpackQueues]) return dep;
      /******/      if (dep.then) {
        /******/ var queue = [];
        /******/        queue.d = 0;
        /******/        dep.then(r => {
          /******/ obj[webpackExports] = r;
          /******/          resolveQueue(queue);
          /******/        }, e => {
          /******/ obj[webpackError] = e;
          /******/          resolveQueue(queue);
          /******/        });
        /******/        var obj = {};
        /******/        obj[webpackQueues] = fn => fn(queue);
        /******/        return obj;
        /******/      }
      /******/    }
    /******/    var ret = {};
    /******/    ret[webpackQueues] = x => {};
    /******/    ret[webpackExports] = dep;
    /******/    return ret;
    /******/  });
  /******/  __nccwpck_require__.a = (module, body, hasAwait) => {
    /******/ var queue;
    /******/    hasAwait && ((queue = []).d = -1);
    /******/    var depQueues = new Set;
    /******/    var exports = module.exports;
    /******/    var currentDeps;
    /******/    var outerResolve;
    /******/    var reject;
    /******/    var promise = new Promise((resolve, rej) => {
      /******/ reject = rej;
      /******/      outerResolve = resolve;
      /******/    });
    /******/    promise[webpackExports] = exports;
    /******/    promise[webpackQueues] = fn => (queue && fn(queue), depQueues.forEach(fn), 
    promise["catch"](x => {}));
    /******/    module.exports = promise;
    /******/    body(deps => {
      /******/ currentDeps = wrapDeps(deps);
      /******/      var fn;
      /******/      var getResult = () => currentDeps.map(d => {
        /******/ if (d[webpackError]) throw d[webpackError];
        /******/        return d[webpackExports];
        /******/      })
      /******/;
      var promise = new Promise(resolve => {
        /******/ fn = () => resolve(getResult);
        /******/        fn.r = 0;
        /******/        var fnQueue = q => q !== queue && !depQueues.has(q) && (depQueues.add(q), 
        q && !q.d && (fn.r++, q.push(fn))
        /******/);
        currentDeps.map(dep => dep[webpackQueues](fnQueue));
        /******/      });
      /******/      return fn.r ? promise : getResult();
      /******/    }, err => (err ? reject(promise[webpackError] = err) : outerResolve(exports), 
    resolveQueue(queue)
    /******/));
    queue && queue.d < 0 && (queue.d = 0);
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
  /******/ // getDefaultExport function for compatibility with non-harmony modules
  /******/ __nccwpck_require__.n = module => {
    /******/ var getter = module && module.__esModule ? 
    /******/ () => module["default"] : 
    /******/ () => module;
    /******/    __nccwpck_require__.d(getter, {
      a: getter
    });
    /******/    return getter;
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
  /******/ var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
  /******/  var leafPrototypes;
  /******/ // create a fake namespace object
  /******/ // mode & 1: value is a module id, require it
  /******/ // mode & 2: merge all properties of value into the ns
  /******/ // mode & 4: return value when already ns object
  /******/ // mode & 16: return value when it's Promise-like
  /******/ // mode & 8|1: behave like require
  /******/  __nccwpck_require__.t = function(value, mode) {
    /******/ if (mode & 1) value = this(value);
    /******/    if (mode & 8) return value;
    /******/    if (typeof value === "object" && value) {
      /******/ if (mode & 4 && value.__esModule) return value;
      /******/      if (mode & 16 && typeof value.then === "function") return value;
      /******/    }
    /******/    var ns = Object.create(null);
    /******/    __nccwpck_require__.r(ns);
    /******/    var def = {};
    /******/    leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
    /******/    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) 
    /******/ Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
    /******/
    /******/    def["default"] = () => value;
    /******/    __nccwpck_require__.d(ns, def);
    /******/    return ns;
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
  /******/ // define getter functions for harmony exports
  /******/ __nccwpck_require__.d = (exports, definition) => {
    /******/ for (var key in definition) 
    /******/ if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) 
    /******/ Object.defineProperty(exports, key, {
      enumerable: true,
      get: definition[key]
    });
    /******/
    /******/
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
  /******/ __nccwpck_require__.f = {};
  /******/ // This file contains only the entry chunk.
  /******/ // The chunk loading function for additional chunks
  /******/  __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
    /******/ __nccwpck_require__.f[key](chunkId, promises);
    /******/    return promises;
    /******/  }, []));
  /******/})();

/******/
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
  /******/ // This function allow to reference async chunks
  /******/ __nccwpck_require__.u = chunkId => chunkId + ".index.js";
  /******/})();

/******/
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
  /******/ __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop)
  /******/;
})();

/******/
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
  /******/ // define __esModule on exports
  /******/ __nccwpck_require__.r = exports => {
    /******/ if (typeof Symbol !== "undefined" && Symbol.toStringTag) 
    /******/ Object.defineProperty(exports, Symbol.toStringTag, {
      value: "Module"
    });
    /******/
    /******/    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
  /******/ // no baseURI
  /******/
  /******/ // object to store loaded and loading chunks
  /******/ // undefined = chunk not loaded, null = chunk preloaded/prefetched
  /******/ // [resolve, Promise] = chunk loading, 0 = chunk loaded
  /******/ var installedChunks = {
    /******/ 792: 0
    /******/  };
  /******/
  /******/  var installChunk = data => {
    /******/ var {ids: ids, modules: modules, runtime: runtime} = data;
    /******/ // add "modules" to the modules object,
    /******/ // then flag all "ids" as loaded and fire callback
    /******/    var moduleId, chunkId, i = 0;
    /******/    for (moduleId in modules) 
    /******/ if (__nccwpck_require__.o(modules, moduleId)) 
    /******/ __nccwpck_require__.m[moduleId] = modules[moduleId];
    /******/
    /******/
    /******/    if (runtime) runtime(__nccwpck_require__);
    /******/    for (;i < ids.length; i++) {
      /******/ chunkId = ids[i];
      /******/      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) 
      /******/ installedChunks[chunkId][0]();
      /******/
      /******/      installedChunks[ids[i]] = 0;
      /******/    }
    /******/
    /******/  }
  /******/
  /******/;
  __nccwpck_require__.f.j = (chunkId, promises) => {
    /******/ // import() chunk loading for javascript
    /******/ var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    /******/    if (installedChunkData !== 0) // 0 means "already installed".
    /******/
    /******/ // a Promise means "currently loading".
    /******/ if (installedChunkData) 
    /******/ promises.push(installedChunkData[1]);
    /******/ else 
    /******/ if (true) {
      // all chunks have JS
      /******/ // setup Promise in chunk cache
      /******/ var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, e => {
        /******/ if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
        /******/        throw e;
        /******/      });
      /******/      promise = Promise.race([ promise, new Promise(resolve => installedChunkData = installedChunks[chunkId] = [ resolve ]) ])
      /******/;
      promises.push(installedChunkData[1] = promise);
      /******/    }
    /******/
    /******/
    /******/  };
  /******/
  /******/ // no prefetching
  /******/
  /******/ // no preloaded
  /******/
  /******/ // no external install chunk
  /******/
  /******/ // no on chunks loaded
  /******/})();

/******/
/************************************************************************/
/******/
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);

/******/ __webpack_exports__ = await __webpack_exports__;
/******/