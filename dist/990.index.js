export const id = 990;

export const ids = [ 990 ];

export const modules = {
  /***/ 519: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      T: () => /* binding */ CloudWatchLogsClient
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/event-streams/index.js
        var event_streams = __webpack_require__(6579);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthSchemeProvider.js
    const defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "logs",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultCloudWatchLogsHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(6644);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/bdd.js
    const m = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = {
      [m]: "Endpoint"
    }, i = {
      [m]: d
    }, j = {
      [m]: "Region"
    }, k = {}, l = [ j ];
    const _data = {
      conditions: [ [ c, [ h ] ], [ c, l ], [ "aws.partition", l, d ], [ e, [ {
        [m]: "UseFIPS"
      }, b ] ], [ e, [ {
        [m]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ i, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ i, "supportsFIPS" ]
      }, b ] ], [ g, [ j, "us-gov-east-1" ] ], [ g, [ j, "us-gov-west-1" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, k ], [ "https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://logs.us-gov-east-1.amazonaws.com", k ], [ "https://logs.us-gov-west-1.amazonaws.com", k ], [ "https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://logs.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 14, 3, 1, 4, r + 13, 2, 5, r + 13, 3, 8, 6, 4, 7, r + 12, 5, r + 10, r + 11, 4, 12, 9, 6, 10, r + 9, 7, r + 6, 11, 8, r + 7, r + 8, 5, 13, r + 5, 6, r + 4, r + 5, 3, r + 1, 15, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(5482);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2014-03-28",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.cloudwatchlogs",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1U,
        xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
        version: "2014-03-28",
        serviceTarget: "Logs_20140328"
      },
      serviceId: config?.serviceId ?? "CloudWatch Logs",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? event_streams.eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/CloudWatchLogsClient.js
    class CloudWatchLogsClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = (0, event_streams.resolveEventStreamSerdeConfig)(_config_6);
        const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 1851: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ G5: () => /* binding */ command,
      /* harmony export */ lq: () => /* binding */ _ep0,
      /* harmony export */ yt: () => /* binding */ _mw0
      /* harmony export */    });
    /* harmony import */    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    /* harmony import */    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    /* harmony import */    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6644);
    const command = (0 /* .commonParams */ , _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "Logs_20140328", "CloudWatchLogsClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    /***/  },
  /***/ 5200: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ B: () => /* binding */ CreateLogGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class CreateLogGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateLogGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateLogGroup$ */ .EP0)){}
    /***/  },
  /***/ 3757: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ I: () => /* binding */ DeleteLogGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class DeleteLogGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteLogGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteLogGroup$ */ .Vao)){}
    /***/  },
  /***/ 7974: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ X: () => /* binding */ DeleteRetentionPolicyCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class DeleteRetentionPolicyCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteRetentionPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteRetentionPolicy$ */ .QEH)){}
    /***/  },
  /***/ 174: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ V: () => /* binding */ DescribeLogGroupsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class DescribeLogGroupsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeLogGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeLogGroups$ */ .aTt)){}
    /***/  },
  /***/ 853: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ ListTagsForResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class ListTagsForResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ListTagsForResource$ */ .Tzn)){}
    /***/  },
  /***/ 1054: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ h: () => /* binding */ PutRetentionPolicyCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class PutRetentionPolicyCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "PutRetentionPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .PutRetentionPolicy$ */ .YSo)){}
    /***/  },
  /***/ 985: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ e: () => /* binding */ TagResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class TagResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "TagResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .TagResource$ */ .Jqp)){}
    /***/  },
  /***/ 1218: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ R: () => /* binding */ UntagResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5482);
    class UntagResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "UntagResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .UntagResource$ */ .AUX)){}
    /***/  },
  /***/ 6644: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "logs"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 5482: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      EP0: () => /* binding */ CreateLogGroup$,
      Vao: () => /* binding */ DeleteLogGroup$,
      QEH: () => /* binding */ DeleteRetentionPolicy$,
      aTt: () => /* binding */ DescribeLogGroups$,
      Tzn: () => /* binding */ ListTagsForResource$,
      YSo: () => /* binding */ PutRetentionPolicy$,
      Jqp: () => /* binding */ TagResource$,
      AUX: () => /* binding */ UntagResource$,
      q1U: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: AccessDeniedException$, AccountPolicy$, AddKeyEntry$, AddKeys$, AggregateLogGroupSummary$, Anomaly$, AnomalyDetector$, AssociateKmsKey$, AssociateKmsKeyRequest$, AssociateSourceToS3TableIntegration$, AssociateSourceToS3TableIntegrationRequest$, AssociateSourceToS3TableIntegrationResponse$, CSV$, CancelExportTask$, CancelExportTaskRequest$, CancelImportTask$, CancelImportTaskRequest$, CancelImportTaskResponse$, CloudWatchLogsServiceException$, ConfigurationTemplate$, ConfigurationTemplateDeliveryConfigValues$, ConflictException$, CopyValue$, CopyValueEntry$, CreateDelivery$, CreateDeliveryRequest$, CreateDeliveryResponse$, CreateExportTask$, CreateExportTaskRequest$, CreateExportTaskResponse$, CreateImportTask$, CreateImportTaskRequest$, CreateImportTaskResponse$, CreateLogAnomalyDetector$, CreateLogAnomalyDetectorRequest$, CreateLogAnomalyDetectorResponse$, CreateLogGroupRequest$, CreateLogStream$, CreateLogStreamRequest$, CreateLookupTable$, CreateLookupTableRequest$, CreateLookupTableResponse$, CreateScheduledQuery$, CreateScheduledQueryRequest$, CreateScheduledQueryResponse$, DataAlreadyAcceptedException$, DataSource$, DataSourceFilter$, DateTimeConverter$, DeleteAccountPolicy$, DeleteAccountPolicyRequest$, DeleteDataProtectionPolicy$, DeleteDataProtectionPolicyRequest$, DeleteDelivery$, DeleteDeliveryDestination$, DeleteDeliveryDestinationPolicy$, DeleteDeliveryDestinationPolicyRequest$, DeleteDeliveryDestinationRequest$, DeleteDeliveryRequest$, DeleteDeliverySource$, DeleteDeliverySourceRequest$, DeleteDestination$, DeleteDestinationRequest$, DeleteIndexPolicy$, DeleteIndexPolicyRequest$, DeleteIndexPolicyResponse$, DeleteIntegration$, DeleteIntegrationRequest$, DeleteIntegrationResponse$, DeleteKeys$, DeleteLogAnomalyDetector$, DeleteLogAnomalyDetectorRequest$, DeleteLogGroupRequest$, DeleteLogStream$, DeleteLogStreamRequest$, DeleteLookupTable$, DeleteLookupTableRequest$, DeleteMetricFilter$, DeleteMetricFilterRequest$, DeleteQueryDefinition$, DeleteQueryDefinitionRequest$, DeleteQueryDefinitionResponse$, DeleteResourcePolicy$, DeleteResourcePolicyRequest$, DeleteRetentionPolicyRequest$, DeleteScheduledQuery$, DeleteScheduledQueryRequest$, DeleteScheduledQueryResponse$, DeleteSubscriptionFilter$, DeleteSubscriptionFilterRequest$, DeleteSyslogConfiguration$, DeleteSyslogConfigurationRequest$, DeleteTransformer$, DeleteTransformerRequest$, Delivery$, DeliveryDestination$, DeliveryDestinationConfiguration$, DeliverySource$, DeliverySourceConfigurationSchema$, DescribeAccountPolicies$, DescribeAccountPoliciesRequest$, DescribeAccountPoliciesResponse$, DescribeConfigurationTemplates$, DescribeConfigurationTemplatesRequest$, DescribeConfigurationTemplatesResponse$, DescribeDeliveries$, DescribeDeliveriesRequest$, DescribeDeliveriesResponse$, DescribeDeliveryDestinations$, DescribeDeliveryDestinationsRequest$, DescribeDeliveryDestinationsResponse$, DescribeDeliverySources$, DescribeDeliverySourcesRequest$, DescribeDeliverySourcesResponse$, DescribeDestinations$, DescribeDestinationsRequest$, DescribeDestinationsResponse$, DescribeExportTasks$, DescribeExportTasksRequest$, DescribeExportTasksResponse$, DescribeFieldIndexes$, DescribeFieldIndexesRequest$, DescribeFieldIndexesResponse$, DescribeImportTaskBatches$, DescribeImportTaskBatchesRequest$, DescribeImportTaskBatchesResponse$, DescribeImportTasks$, DescribeImportTasksRequest$, DescribeImportTasksResponse$, DescribeIndexPolicies$, DescribeIndexPoliciesRequest$, DescribeIndexPoliciesResponse$, DescribeLogGroupsRequest$, DescribeLogGroupsResponse$, DescribeLogStreams$, DescribeLogStreamsRequest$, DescribeLogStreamsResponse$, DescribeLookupTables$, DescribeLookupTablesRequest$, DescribeLookupTablesResponse$, DescribeMetricFilters$, DescribeMetricFiltersRequest$, DescribeMetricFiltersResponse$, DescribeQueries$, DescribeQueriesRequest$, DescribeQueriesResponse$, DescribeQueryDefinitions$, DescribeQueryDefinitionsRequest$, DescribeQueryDefinitionsResponse$, DescribeResourcePolicies$, DescribeResourcePoliciesRequest$, DescribeResourcePoliciesResponse$, DescribeSubscriptionFilters$, DescribeSubscriptionFiltersRequest$, DescribeSubscriptionFiltersResponse$, Destination$, DestinationConfiguration$, DisassociateKmsKey$, DisassociateKmsKeyRequest$, DisassociateSourceFromS3TableIntegration$, DisassociateSourceFromS3TableIntegrationRequest$, DisassociateSourceFromS3TableIntegrationResponse$, Entity$, ExportTask$, ExportTaskExecutionInfo$, ExportTaskStatus$, FieldIndex$, FieldsData$, FilterLogEvents$, FilterLogEventsRequest$, FilterLogEventsResponse$, FilteredLogEvent$, GetDataProtectionPolicy$, GetDataProtectionPolicyRequest$, GetDataProtectionPolicyResponse$, GetDelivery$, GetDeliveryDestination$, GetDeliveryDestinationPolicy$, GetDeliveryDestinationPolicyRequest$, GetDeliveryDestinationPolicyResponse$, GetDeliveryDestinationRequest$, GetDeliveryDestinationResponse$, GetDeliveryRequest$, GetDeliveryResponse$, GetDeliverySource$, GetDeliverySourceRequest$, GetDeliverySourceResponse$, GetIntegration$, GetIntegrationRequest$, GetIntegrationResponse$, GetLogAnomalyDetector$, GetLogAnomalyDetectorRequest$, GetLogAnomalyDetectorResponse$, GetLogEvents$, GetLogEventsRequest$, GetLogEventsResponse$, GetLogFields$, GetLogFieldsRequest$, GetLogFieldsResponse$, GetLogGroupFields$, GetLogGroupFieldsRequest$, GetLogGroupFieldsResponse$, GetLogObject$, GetLogObjectRequest$, GetLogObjectResponse$, GetLogObjectResponseStream$, GetLogRecord$, GetLogRecordRequest$, GetLogRecordResponse$, GetLookupTable$, GetLookupTableRequest$, GetLookupTableResponse$, GetQueryResults$, GetQueryResultsRequest$, GetQueryResultsResponse$, GetScheduledQuery$, GetScheduledQueryHistory$, GetScheduledQueryHistoryRequest$, GetScheduledQueryHistoryResponse$, GetScheduledQueryRequest$, GetScheduledQueryResponse$, GetStorageTierPolicy$, GetStorageTierPolicyRequest$, GetStorageTierPolicyResponse$, GetTransformer$, GetTransformerRequest$, GetTransformerResponse$, Grok$, GroupingIdentifier$, Import$, ImportBatch$, ImportFilter$, ImportStatistics$, IndexPolicy$, InputLogEvent$, IntegrationDetails$, IntegrationSummary$, InternalServerException$, InternalStreamingException$, InvalidOperationException$, InvalidParameterException$, InvalidSequenceTokenException$, LimitExceededException$, ListAggregateLogGroupSummaries$, ListAggregateLogGroupSummariesRequest$, ListAggregateLogGroupSummariesResponse$, ListAnomalies$, ListAnomaliesRequest$, ListAnomaliesResponse$, ListIntegrations$, ListIntegrationsRequest$, ListIntegrationsResponse$, ListLogAnomalyDetectors$, ListLogAnomalyDetectorsRequest$, ListLogAnomalyDetectorsResponse$, ListLogGroups$, ListLogGroupsForQuery$, ListLogGroupsForQueryRequest$, ListLogGroupsForQueryResponse$, ListLogGroupsRequest$, ListLogGroupsResponse$, ListScheduledQueries$, ListScheduledQueriesRequest$, ListScheduledQueriesResponse$, ListSourcesForS3TableIntegration$, ListSourcesForS3TableIntegrationRequest$, ListSourcesForS3TableIntegrationResponse$, ListSyslogConfigurations$, ListSyslogConfigurationsRequest$, ListSyslogConfigurationsResponse$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, ListTagsLogGroup$, ListTagsLogGroupRequest$, ListTagsLogGroupResponse$, ListToMap$, LiveTailSessionLogEvent$, LiveTailSessionMetadata$, LiveTailSessionStart$, LiveTailSessionUpdate$, LogEvent$, LogFieldType$, LogFieldsListItem$, LogGroup$, LogGroupField$, LogGroupSummary$, LogStream$, LookupTable$, LookupTableConfiguration$, LowerCaseString$, MalformedQueryException$, MetricFilter$, MetricFilterMatchRecord$, MetricTransformation$, MoveKeyEntry$, MoveKeys$, OpenSearchApplication$, OpenSearchCollection$, OpenSearchDataAccessPolicy$, OpenSearchDataSource$, OpenSearchEncryptionPolicy$, OpenSearchIntegrationDetails$, OpenSearchLifecyclePolicy$, OpenSearchNetworkPolicy$, OpenSearchResourceConfig$, OpenSearchResourceStatus$, OpenSearchWorkspace$, OperationAbortedException$, OutputLogEvent$, ParseCloudfront$, ParseJSON$, ParseKeyValue$, ParsePostgres$, ParseRoute53$, ParseToOCSF$, ParseVPC$, ParseWAF$, PatternToken$, Policy$, Processor$, PutAccountPolicy$, PutAccountPolicyRequest$, PutAccountPolicyResponse$, PutBearerTokenAuthentication$, PutBearerTokenAuthenticationRequest$, PutDataProtectionPolicy$, PutDataProtectionPolicyRequest$, PutDataProtectionPolicyResponse$, PutDeliveryDestination$, PutDeliveryDestinationPolicy$, PutDeliveryDestinationPolicyRequest$, PutDeliveryDestinationPolicyResponse$, PutDeliveryDestinationRequest$, PutDeliveryDestinationResponse$, PutDeliverySource$, PutDeliverySourceRequest$, PutDeliverySourceResponse$, PutDestination$, PutDestinationPolicy$, PutDestinationPolicyRequest$, PutDestinationRequest$, PutDestinationResponse$, PutIndexPolicy$, PutIndexPolicyRequest$, PutIndexPolicyResponse$, PutIntegration$, PutIntegrationRequest$, PutIntegrationResponse$, PutLogEvents$, PutLogEventsRequest$, PutLogEventsResponse$, PutLogGroupDeletionProtection$, PutLogGroupDeletionProtectionRequest$, PutMetricFilter$, PutMetricFilterRequest$, PutQueryDefinition$, PutQueryDefinitionRequest$, PutQueryDefinitionResponse$, PutResourcePolicy$, PutResourcePolicyRequest$, PutResourcePolicyResponse$, PutRetentionPolicyRequest$, PutStorageTierPolicy$, PutStorageTierPolicyRequest$, PutStorageTierPolicyResponse$, PutSubscriptionFilter$, PutSubscriptionFilterRequest$, PutSyslogConfiguration$, PutSyslogConfigurationRequest$, PutTransformer$, PutTransformerRequest$, QueryCompileError$, QueryCompileErrorLocation$, QueryDefinition$, QueryInfo$, QueryParameter$, QueryStatistics$, RecordField$, RejectedEntityInfo$, RejectedLogEventsInfo$, RenameKeyEntry$, RenameKeys$, ResourceAlreadyExistsException$, ResourceConfig$, ResourceNotFoundException$, ResourcePolicy$, ResultField$, S3Configuration$, S3DeliveryConfiguration$, S3TableIntegrationSource$, S3TablesIntegration$, ScheduledQueryDestination$, ScheduledQuerySummary$, SearchedLogStream$, ServiceQuotaExceededException$, ServiceUnavailableException$, SessionStreamingException$, SessionTimeoutException$, SplitString$, SplitStringEntry$, StartLiveTail$, StartLiveTailRequest$, StartLiveTailResponse$, StartLiveTailResponseStream$, StartQuery$, StartQueryRequest$, StartQueryResponse$, StopQuery$, StopQueryRequest$, StopQueryResponse$, SubscriptionFilter$, SubstituteString$, SubstituteStringEntry$, SuppressionPeriod$, SyslogConfiguration$, TagFilter$, TagLogGroup$, TagLogGroupRequest$, TagResourceRequest$, TestMetricFilter$, TestMetricFilterRequest$, TestMetricFilterResponse$, TestTransformer$, TestTransformerRequest$, TestTransformerResponse$, ThrottlingException$, TooManyTagsException$, TransformedLogRecord$, TriggerHistoryRecord$, TrimString$, TypeConverter$, TypeConverterEntry$, UnrecognizedClientException$, UntagLogGroup$, UntagLogGroupRequest$, UntagResourceRequest$, UpdateAnomaly$, UpdateAnomalyRequest$, UpdateDeliveryConfiguration$, UpdateDeliveryConfigurationRequest$, UpdateDeliveryConfigurationResponse$, UpdateLogAnomalyDetector$, UpdateLogAnomalyDetectorRequest$, UpdateLookupTable$, UpdateLookupTableRequest$, UpdateLookupTableResponse$, UpdateScheduledQuery$, UpdateScheduledQueryRequest$, UpdateScheduledQueryResponse$, UpperCaseString$, ValidationException$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/CloudWatchLogsServiceException.js
    class CloudWatchLogsServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CloudWatchLogsServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/errors.js
    class AccessDeniedException extends CloudWatchLogsServiceException {
      name="AccessDeniedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
      }
    }
    class InvalidParameterException extends CloudWatchLogsServiceException {
      name="InvalidParameterException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
      }
    }
    class OperationAbortedException extends CloudWatchLogsServiceException {
      name="OperationAbortedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OperationAbortedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OperationAbortedException.prototype);
      }
    }
    class ResourceNotFoundException extends CloudWatchLogsServiceException {
      name="ResourceNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
      }
    }
    class ServiceUnavailableException extends CloudWatchLogsServiceException {
      name="ServiceUnavailableException";
      $fault="server";
      constructor(opts) {
        super({
          name: "ServiceUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
      }
    }
    class InternalServerException extends CloudWatchLogsServiceException {
      name="InternalServerException";
      $fault="server";
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
      }
    }
    class ThrottlingException extends CloudWatchLogsServiceException {
      name="ThrottlingException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
      }
    }
    class ValidationException extends CloudWatchLogsServiceException {
      name="ValidationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
      }
    }
    class InvalidOperationException extends CloudWatchLogsServiceException {
      name="InvalidOperationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOperationException.prototype);
      }
    }
    class ConflictException extends CloudWatchLogsServiceException {
      name="ConflictException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
      }
    }
    class ServiceQuotaExceededException extends CloudWatchLogsServiceException {
      name="ServiceQuotaExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
      }
    }
    class LimitExceededException extends CloudWatchLogsServiceException {
      name="LimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
      }
    }
    class ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
      name="ResourceAlreadyExistsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
      }
    }
    class DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
      name="DataAlreadyAcceptedException";
      $fault="client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "DataAlreadyAcceptedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DataAlreadyAcceptedException.prototype);
        this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    }
    class InternalStreamingException extends CloudWatchLogsServiceException {
      name="InternalStreamingException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InternalStreamingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InternalStreamingException.prototype);
      }
    }
    class InvalidSequenceTokenException extends CloudWatchLogsServiceException {
      name="InvalidSequenceTokenException";
      $fault="client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "InvalidSequenceTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSequenceTokenException.prototype);
        this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    }
    class UnrecognizedClientException extends CloudWatchLogsServiceException {
      name="UnrecognizedClientException";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnrecognizedClientException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnrecognizedClientException.prototype);
      }
    }
    class SessionStreamingException extends CloudWatchLogsServiceException {
      name="SessionStreamingException";
      $fault="client";
      constructor(opts) {
        super({
          name: "SessionStreamingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SessionStreamingException.prototype);
      }
    }
    class SessionTimeoutException extends CloudWatchLogsServiceException {
      name="SessionTimeoutException";
      $fault="client";
      constructor(opts) {
        super({
          name: "SessionTimeoutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SessionTimeoutException.prototype);
      }
    }
    class MalformedQueryException extends CloudWatchLogsServiceException {
      name="MalformedQueryException";
      $fault="client";
      queryCompileError;
      constructor(opts) {
        super({
          name: "MalformedQueryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MalformedQueryException.prototype);
        this.queryCompileError = opts.queryCompileError;
      }
    }
    class TooManyTagsException extends CloudWatchLogsServiceException {
      name="TooManyTagsException";
      $fault="client";
      resourceName;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.resourceName = opts.resourceName;
      }
    }
    const _ADE = "AccessDeniedException";
    const _CE = "ConflictException";
    const _CLG = "CreateLogGroup";
    const _CLGR = "CreateLogGroupRequest";
    const _DAAE = "DataAlreadyAcceptedException";
    const _DLG = "DeleteLogGroup";
    const _DLGR = "DeleteLogGroupRequest";
    const _DLGRe = "DescribeLogGroupsRequest";
    const _DLGRes = "DescribeLogGroupsResponse";
    const _DLGe = "DescribeLogGroups";
    const _DRPRe = "DeleteRetentionPolicyRequest";
    const _DRPe = "DeleteRetentionPolicy";
    const _IOE = "InvalidOperationException";
    const _IPE = "InvalidParameterException";
    const _ISE = "InternalServerException";
    const _ISEn = "InternalStreamingException";
    const _ISTE = "InvalidSequenceTokenException";
    const _LEE = "LimitExceededException";
    const _LG = "LogGroup";
    const _LGo = "LogGroups";
    const _LTFR = "ListTagsForResource";
    const _LTFRR = "ListTagsForResourceRequest";
    const _LTFRRi = "ListTagsForResourceResponse";
    const _MQE = "MalformedQueryException";
    const _OAE = "OperationAbortedException";
    const _PRPRut = "PutRetentionPolicyRequest";
    const _PRPu = "PutRetentionPolicy";
    const _QCE = "QueryCompileError";
    const _QCEL = "QueryCompileErrorLocation";
    const _RAEE = "ResourceAlreadyExistsException";
    const _RNFE = "ResourceNotFoundException";
    const _SQEE = "ServiceQuotaExceededException";
    const _SSE = "SessionStreamingException";
    const _STE = "SessionTimeoutException";
    const _SUE = "ServiceUnavailableException";
    const _TE = "ThrottlingException";
    const _TMTE = "TooManyTagsException";
    const _TR = "TagResource";
    const _TRR = "TagResourceRequest";
    const _UCE = "UnrecognizedClientException";
    const _UR = "UntagResource";
    const _URR = "UntagResourceRequest";
    const _VE = "ValidationException";
    const _aIc = "accountIdentifiers";
    const _ar = "arn";
    const _bTAE = "bearerTokenAuthenticationEnabled";
    const _c = "client";
    const _cT = "creationTime";
    const _dPE = "deletionProtectionEnabled";
    const _dPS = "dataProtectionStatus";
    const _e = "error";
    const _eCO = "endCharOffset";
    const _eST = "expectedSequenceToken";
    const _hE = "httpError";
    const _iLA = "includeLinkedAccounts";
    const _iPn = "inheritedProperties";
    const _kKI = "kmsKeyId";
    const _lG = "logGroups";
    const _lGA = "logGroupArn";
    const _lGCo = "logGroupClass";
    const _lGI = "logGroupIdentifiers";
    const _lGN = "logGroupName";
    const _lGNP = "logGroupNamePrefix";
    const _lGNPo = "logGroupNamePattern";
    const _li = "limit";
    const _lo = "location";
    const _m = "message";
    const _mFC = "metricFilterCount";
    const _nT = "nextToken";
    const _qCE = "queryCompileError";
    const _rA = "resourceArn";
    const _rID = "retentionInDays";
    const _rN = "resourceName";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
    const _sBt = "storedBytes";
    const _sCO = "startCharOffset";
    const _se = "server";
    const _tK = "tagKeys";
    const _ta = "tags";
    const n0 = "com.amazonaws.cloudwatchlogs";
    const _s_registry = schema.TypeRegistry.for(_s);
    var CloudWatchLogsServiceException$ = [ -3, _s, "CloudWatchLogsServiceException", 0, [], [] ];
    _s_registry.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var AccessDeniedException$ = [ -3, n0, _ADE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [ -3, n0, _CE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DataAlreadyAcceptedException$ = [ -3, n0, _DAAE, {
      [_e]: _c
    }, [ _eST, _m ], [ 0, 0 ] ];
    n0_registry.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
    var InternalServerException$ = [ -3, n0, _ISE, {
      [_e]: _se,
      [_hE]: 500
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InternalStreamingException$ = [ -3, n0, _ISEn, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InternalStreamingException$, InternalStreamingException);
    var InvalidOperationException$ = [ -3, n0, _IOE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
    var InvalidParameterException$ = [ -3, n0, _IPE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidSequenceTokenException$ = [ -3, n0, _ISTE, {
      [_e]: _c
    }, [ _eST, _m ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
    var LimitExceededException$ = [ -3, n0, _LEE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedQueryException$ = [ -3, n0, _MQE, {
      [_e]: _c
    }, [ _qCE, _m ], [ () => QueryCompileError$, 0 ] ];
    n0_registry.registerError(MalformedQueryException$, MalformedQueryException);
    var OperationAbortedException$ = [ -3, n0, _OAE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OperationAbortedException$, OperationAbortedException);
    var ResourceAlreadyExistsException$ = [ -3, n0, _RAEE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
    var ResourceNotFoundException$ = [ -3, n0, _RNFE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [ -3, n0, _SQEE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceUnavailableException$ = [ -3, n0, _SUE, {
      [_e]: _se
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
    var SessionStreamingException$ = [ -3, n0, _SSE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SessionStreamingException$, SessionStreamingException);
    var SessionTimeoutException$ = [ -3, n0, _STE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SessionTimeoutException$, SessionTimeoutException);
    var ThrottlingException$ = [ -3, n0, _TE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsException$ = [ -3, n0, _TMTE, {
      [_e]: _c,
      [_hE]: 400
    }, [ _m, _rN ], [ 0, 0 ] ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var UnrecognizedClientException$ = [ -3, n0, _UCE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnrecognizedClientException$, UnrecognizedClientException);
    var ValidationException$ = [ -3, n0, _VE, {
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ValidationException$, ValidationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var CreateLogGroupRequest$ = [ 3, n0, _CLGR, 0, [ _lGN, _kKI, _ta, _lGCo, _dPE ], [ 0, 0, 128 | 0, 0, 2 ], 1 ];
    var DeleteLogGroupRequest$ = [ 3, n0, _DLGR, 0, [ _lGN ], [ 0 ], 1 ];
    var DeleteRetentionPolicyRequest$ = [ 3, n0, _DRPRe, 0, [ _lGN ], [ 0 ], 1 ];
    var DescribeLogGroupsRequest$ = [ 3, n0, _DLGRe, 0, [ _aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI ], [ 64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0 ] ];
    var DescribeLogGroupsResponse$ = [ 3, n0, _DLGRes, 0, [ _lG, _nT ], [ () => LogGroups, 0 ] ];
    var ListTagsForResourceRequest$ = [ 3, n0, _LTFRR, 0, [ _rA ], [ 0 ], 1 ];
    var ListTagsForResourceResponse$ = [ 3, n0, _LTFRRi, 0, [ _ta ], [ 128 | 0 ] ];
    var LogGroup$ = [ 3, n0, _LG, 0, [ _lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE ], [ 0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2 ] ];
    var PutRetentionPolicyRequest$ = [ 3, n0, _PRPRut, 0, [ _lGN, _rID ], [ 0, 1 ], 2 ];
    var QueryCompileError$ = [ 3, n0, _QCE, 0, [ _lo, _m ], [ () => QueryCompileErrorLocation$, 0 ] ];
    var QueryCompileErrorLocation$ = [ 3, n0, _QCEL, 0, [ _sCO, _eCO ], [ 1, 1 ] ];
    var TagResourceRequest$ = [ 3, n0, _TRR, 0, [ _rA, _ta ], [ 0, 128 | 0 ], 2 ];
    var UntagResourceRequest$ = [ 3, n0, _URR, 0, [ _rA, _tK ], [ 0, 64 | 0 ], 2 ];
    var __Unit = "unit";
    var LogGroups = [ 1, n0, _LGo, 0, () => LogGroup$ ];
    var CreateLogGroup$ = [ 9, n0, _CLG, 0, () => CreateLogGroupRequest$, () => __Unit ];
    var DeleteLogGroup$ = [ 9, n0, _DLG, 0, () => DeleteLogGroupRequest$, () => __Unit ];
    var DeleteRetentionPolicy$ = [ 9, n0, _DRPe, 0, () => DeleteRetentionPolicyRequest$, () => __Unit ];
    var DescribeLogGroups$ = [ 9, n0, _DLGe, 0, () => DescribeLogGroupsRequest$, () => DescribeLogGroupsResponse$ ];
    var ListTagsForResource$ = [ 9, n0, _LTFR, 0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$ ];
    var PutRetentionPolicy$ = [ 9, n0, _PRPu, 0, () => PutRetentionPolicyRequest$, () => __Unit ];
    var TagResource$ = [ 9, n0, _TR, 0, () => TagResourceRequest$, () => __Unit ];
    var UntagResource$ = [ 9, n0, _UR, 0, () => UntagResourceRequest$, () => __Unit ];
  },
  /***/ 4234: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      W: () => /* binding */ CloudWatchClient
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // CONCATENATED MODULE: ./node_modules/@smithy/middleware-compression/dist-es/resolveCompressionConfig.js
    const resolveCompressionConfig = input => {
      const {disableRequestCompression: disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes} = input;
      return Object.assign(input, {
        disableRequestCompression: (0, submodules_client.normalizeProvider)(disableRequestCompression),
        requestMinCompressionSizeBytes: async () => {
          const requestMinCompressionSizeBytes = await (0, submodules_client.normalizeProvider)(_requestMinCompressionSizeBytes)();
          if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) throw new RangeError("The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. " + `The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
          return requestMinCompressionSizeBytes;
        }
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthSchemeProvider.js
    const defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "monitoring",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultCloudWatchHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(2826);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // CONCATENATED MODULE: ./node_modules/@smithy/middleware-compression/dist-es/NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS.js
    const NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
    const NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
    const DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
    const NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
      environmentVariableSelector: env => (0, submodules_config.booleanSelector)(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, submodules_config.SelectorType.ENV),
      configFileSelector: profile => (0, submodules_config.booleanSelector)(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, submodules_config.SelectorType.CONFIG),
      default: DEFAULT_DISABLE_REQUEST_COMPRESSION
    };
    // CONCATENATED MODULE: ./node_modules/@smithy/middleware-compression/dist-es/NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS.js
    const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
    const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
    const DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
    const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
      environmentVariableSelector: env => (0, submodules_config.numberSelector)(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, submodules_config.SelectorType.ENV),
      configFileSelector: profile => (0, submodules_config.numberSelector)(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, submodules_config.SelectorType.CONFIG),
      default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
    };
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/bdd.js
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ "stringEquals", [ {
        fn: f,
        argv: [ h, "name" ]
      }, "aws-us-gov" ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i ], [ "https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ "https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 14, 3, 1, 4, r + 11, 2, 5, r + 11, 3, 8, 6, 4, 7, r + 4, 7, r + 5, r + 10, 4, 11, 9, 5, r + 4, 10, 6, r + 8, r + 9, 5, r + 5, 12, 6, 13, r + 7, 7, r + 6, r + 7, 3, r + 1, 15, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(3037);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2010-08-01",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsJson1_0Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.cloudwatch",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1U,
        xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
        version: "2010-08-01",
        serviceTarget: "GraniteServiceVersion20100801",
        awsQueryCompatible: true
      },
      serviceId: config?.serviceId ?? "CloudWatch",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        disableRequestCompression: config?.disableRequestCompression ?? (0, submodules_config.loadConfig)(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? (0, submodules_config.loadConfig)(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js
    class CloudWatchClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveCompressionConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 4225: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ G5: () => /* binding */ command,
      /* harmony export */ lq: () => /* binding */ _ep0,
      /* harmony export */ yt: () => /* binding */ _mw0
      /* harmony export */    });
    /* unused harmony export _mw1 */
    /* harmony import */    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    /* harmony import */    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    /* harmony import */    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2826);
    const command = (0 /* .commonParams */ , _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "GraniteServiceVersion20100801", "CloudWatchClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  /***/ 7786: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ n: () => /* binding */ DeleteAlarmsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);
    class DeleteAlarmsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteAlarms", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteAlarms$ */ ._M9)){}
    /***/  },
  /***/ 2188: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ z: () => /* binding */ DescribeAlarmsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);
    class DescribeAlarmsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeAlarms", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeAlarms$ */ .K7p)){}
    /***/  },
  /***/ 3927: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ ListTagsForResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);
    class ListTagsForResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ListTagsForResource$ */ .Tzn)){}
    /***/  },
  /***/ 639: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ A: () => /* binding */ PutMetricAlarmCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);
    class PutMetricAlarmCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "PutMetricAlarm", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .PutMetricAlarm$ */ .xg9)){}
    /***/  },
  /***/ 2826: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "monitoring"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 3037: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      _M9: () => /* binding */ DeleteAlarms$,
      K7p: () => /* binding */ DescribeAlarms$,
      Tzn: () => /* binding */ ListTagsForResource$,
      xg9: () => /* binding */ PutMetricAlarm$,
      q1U: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: AlarmContributor$, AlarmHistoryItem$, AlarmMuteRuleSummary$, AlarmPromQLCriteria$, AnomalyDetector$, AnomalyDetectorConfiguration$, AssociateDatasetKmsKey$, AssociateDatasetKmsKeyInput$, AssociateDatasetKmsKeyOutput$, CloudWatchServiceException$, CompositeAlarm$, ConcurrentModificationException$, ConflictException$, DashboardEntry$, DashboardInvalidInputError$, DashboardNotFoundError$, DashboardValidationMessage$, Datapoint$, DeleteAlarmMuteRule$, DeleteAlarmMuteRuleInput$, DeleteAlarmsInput$, DeleteAnomalyDetector$, DeleteAnomalyDetectorInput$, DeleteAnomalyDetectorOutput$, DeleteDashboards$, DeleteDashboardsInput$, DeleteDashboardsOutput$, DeleteInsightRules$, DeleteInsightRulesInput$, DeleteInsightRulesOutput$, DeleteMetricStream$, DeleteMetricStreamInput$, DeleteMetricStreamOutput$, DescribeAlarmContributors$, DescribeAlarmContributorsInput$, DescribeAlarmContributorsOutput$, DescribeAlarmHistory$, DescribeAlarmHistoryInput$, DescribeAlarmHistoryOutput$, DescribeAlarmsForMetric$, DescribeAlarmsForMetricInput$, DescribeAlarmsForMetricOutput$, DescribeAlarmsInput$, DescribeAlarmsOutput$, DescribeAnomalyDetectors$, DescribeAnomalyDetectorsInput$, DescribeAnomalyDetectorsOutput$, DescribeInsightRules$, DescribeInsightRulesInput$, DescribeInsightRulesOutput$, Dimension$, DimensionFilter$, DisableAlarmActions$, DisableAlarmActionsInput$, DisableInsightRules$, DisableInsightRulesInput$, DisableInsightRulesOutput$, DisassociateDatasetKmsKey$, DisassociateDatasetKmsKeyInput$, DisassociateDatasetKmsKeyOutput$, EnableAlarmActions$, EnableAlarmActionsInput$, EnableInsightRules$, EnableInsightRulesInput$, EnableInsightRulesOutput$, Entity$, EntityMetricData$, EvaluationCriteria$, EvaluationWindow$, GetAlarmMuteRule$, GetAlarmMuteRuleInput$, GetAlarmMuteRuleOutput$, GetDashboard$, GetDashboardInput$, GetDashboardOutput$, GetDataset$, GetDatasetInput$, GetDatasetOutput$, GetInsightRuleReport$, GetInsightRuleReportInput$, GetInsightRuleReportOutput$, GetMetricData$, GetMetricDataInput$, GetMetricDataOutput$, GetMetricStatistics$, GetMetricStatisticsInput$, GetMetricStatisticsOutput$, GetMetricStream$, GetMetricStreamInput$, GetMetricStreamOutput$, GetMetricWidgetImage$, GetMetricWidgetImageInput$, GetMetricWidgetImageOutput$, GetOTelEnrichment$, GetOTelEnrichmentInput$, GetOTelEnrichmentOutput$, InsightRule$, InsightRuleContributor$, InsightRuleContributorDatapoint$, InsightRuleMetricDatapoint$, InternalServiceFault$, InvalidFormatFault$, InvalidNextToken$, InvalidParameterCombinationException$, InvalidParameterValueException$, KmsAccessDeniedException$, KmsKeyDisabledException$, KmsKeyNotFoundException$, LabelOptions$, LimitExceededException$, LimitExceededFault$, ListAlarmMuteRules$, ListAlarmMuteRulesInput$, ListAlarmMuteRulesOutput$, ListDashboards$, ListDashboardsInput$, ListDashboardsOutput$, ListManagedInsightRules$, ListManagedInsightRulesInput$, ListManagedInsightRulesOutput$, ListMetricStreams$, ListMetricStreamsInput$, ListMetricStreamsOutput$, ListMetrics$, ListMetricsInput$, ListMetricsOutput$, ListTagsForResourceInput$, ListTagsForResourceOutput$, LogAlarm$, ManagedRule$, ManagedRuleDescription$, ManagedRuleState$, MessageData$, Metric$, MetricAlarm$, MetricCharacteristics$, MetricDataQuery$, MetricDataResult$, MetricDatum$, MetricMathAnomalyDetector$, MetricStat$, MetricStreamEntry$, MetricStreamFilter$, MetricStreamStatisticsConfiguration$, MetricStreamStatisticsMetric$, MissingRequiredParameterException$, MuteTargets$, PartialFailure$, PutAlarmMuteRule$, PutAlarmMuteRuleInput$, PutAnomalyDetector$, PutAnomalyDetectorInput$, PutAnomalyDetectorOutput$, PutCompositeAlarm$, PutCompositeAlarmInput$, PutDashboard$, PutDashboardInput$, PutDashboardOutput$, PutInsightRule$, PutInsightRuleInput$, PutInsightRuleOutput$, PutLogAlarm$, PutLogAlarmInput$, PutManagedInsightRules$, PutManagedInsightRulesInput$, PutManagedInsightRulesOutput$, PutMetricAlarmInput$, PutMetricData$, PutMetricDataInput$, PutMetricStream$, PutMetricStreamInput$, PutMetricStreamOutput$, Range$, ResourceConflict$, ResourceNotFound$, ResourceNotFoundException$, Rule$, Schedule$, ScheduleConfiguration$, ScheduledQueryConfiguration$, SetAlarmState$, SetAlarmStateInput$, SingleMetricAnomalyDetector$, SlidingWindow$, StartMetricStreams$, StartMetricStreamsInput$, StartMetricStreamsOutput$, StartOTelEnrichment$, StartOTelEnrichmentInput$, StartOTelEnrichmentOutput$, StatisticSet$, StopMetricStreams$, StopMetricStreamsInput$, StopMetricStreamsOutput$, StopOTelEnrichment$, StopOTelEnrichmentInput$, StopOTelEnrichmentOutput$, Tag$, TagResource$, TagResourceInput$, TagResourceOutput$, UntagResource$, UntagResourceInput$, UntagResourceOutput$, WallClockWindow$, WarmUpConfiguration$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
    class CloudWatchServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CloudWatchServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
    class ConflictException extends CloudWatchServiceException {
      name="ConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class KmsAccessDeniedException extends CloudWatchServiceException {
      name="KmsAccessDeniedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "KmsAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KmsAccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    }
    class KmsKeyDisabledException extends CloudWatchServiceException {
      name="KmsKeyDisabledException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KmsKeyDisabledException.prototype);
        this.Message = opts.Message;
      }
    }
    class KmsKeyNotFoundException extends CloudWatchServiceException {
      name="KmsKeyNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KmsKeyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceNotFoundException extends CloudWatchServiceException {
      name="ResourceNotFoundException";
      $fault="client";
      ResourceType;
      ResourceId;
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.ResourceType = opts.ResourceType;
        this.ResourceId = opts.ResourceId;
        this.Message = opts.Message;
      }
    }
    class ConcurrentModificationException extends CloudWatchServiceException {
      name="ConcurrentModificationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    }
    class DashboardInvalidInputError extends CloudWatchServiceException {
      name="DashboardInvalidInputError";
      $fault="client";
      dashboardValidationMessages;
      constructor(opts) {
        super({
          name: "DashboardInvalidInputError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DashboardInvalidInputError.prototype);
        this.dashboardValidationMessages = opts.dashboardValidationMessages;
      }
    }
    class DashboardNotFoundError extends CloudWatchServiceException {
      name="DashboardNotFoundError";
      $fault="client";
      constructor(opts) {
        super({
          name: "DashboardNotFoundError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DashboardNotFoundError.prototype);
      }
    }
    class ResourceConflict extends CloudWatchServiceException {
      name="ResourceConflict";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceConflict",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceConflict.prototype);
      }
    }
    class ResourceNotFound extends CloudWatchServiceException {
      name="ResourceNotFound";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFound.prototype);
      }
    }
    class InternalServiceFault extends CloudWatchServiceException {
      name="InternalServiceFault";
      $fault="server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceFault",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServiceFault.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidParameterCombinationException extends CloudWatchServiceException {
      name="InvalidParameterCombinationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterCombinationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
      }
    }
    class InvalidParameterValueException extends CloudWatchServiceException {
      name="InvalidParameterValueException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
      }
    }
    class MissingRequiredParameterException extends CloudWatchServiceException {
      name="MissingRequiredParameterException";
      $fault="client";
      constructor(opts) {
        super({
          name: "MissingRequiredParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MissingRequiredParameterException.prototype);
      }
    }
    class InvalidNextToken extends CloudWatchServiceException {
      name="InvalidNextToken";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidNextToken",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidNextToken.prototype);
      }
    }
    class LimitExceededException extends CloudWatchServiceException {
      name="LimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class LimitExceededFault extends CloudWatchServiceException {
      name="LimitExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "LimitExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, LimitExceededFault.prototype);
      }
    }
    class InvalidFormatFault extends CloudWatchServiceException {
      name="InvalidFormatFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidFormatFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFormatFault.prototype);
      }
    }
    const _AA = "AlarmActions";
    const _AAl = "AlarmArn";
    const _ACUT = "AlarmConfigurationUpdatedTimestamp";
    const _ADl = "AlarmDescription";
    const _AE = "ActionsEnabled";
    const _AEg = "AggregationExpression";
    const _AI = "AccountId";
    const _ALLC = "ActionLogLineCount";
    const _ALLRA = "ActionLogLineRoleArn";
    const _AN = "AlarmName";
    const _ANP = "AlarmNamePrefix";
    const _ANl = "AlarmNames";
    const _AP = "ActionPrefix";
    const _APQLC = "AlarmPromQLCriteria";
    const _AR = "AlarmRule";
    const _AS = "ActionsSuppressor";
    const _ASB = "ActionsSuppressedBy";
    const _ASEP = "ActionsSuppressorExtensionPeriod";
    const _ASR = "ActionsSuppressedReason";
    const _ASWP = "ActionsSuppressorWaitPeriod";
    const _ATl = "AlarmTypes";
    const _CAo = "CompositeAlarm";
    const _CAom = "CompositeAlarms";
    const _CE = "ConflictException";
    const _CME = "ConcurrentModificationException";
    const _CO = "ComparisonOperator";
    const _COAN = "ChildrenOfAlarmName";
    const _D = "Dimensions";
    const _DAI = "DeleteAlarmsInput";
    const _DAIe = "DescribeAlarmsInput";
    const _DAO = "DescribeAlarmsOutput";
    const _DAe = "DeleteAlarms";
    const _DAes = "DescribeAlarms";
    const _DIIE = "DashboardInvalidInputError";
    const _DNFE = "DashboardNotFoundError";
    const _DP = "DataPath";
    const _DTA = "DatapointsToAlarm";
    const _DVM = "DashboardValidationMessage";
    const _DVMa = "DashboardValidationMessages";
    const _Di = "Dimension";
    const _EC = "EvaluationCriteria";
    const _EI = "EvaluationInterval";
    const _ELSCP = "EvaluateLowSampleCountPercentile";
    const _EP = "EvaluationPeriods";
    const _ESv = "EvaluationState";
    const _ESx = "ExtendedStatistic";
    const _ETO = "EndTimeOffset";
    const _EW = "EvaluationWindow";
    const _Ex = "Expression";
    const _I = "Id";
    const _IDA = "InsufficientDataActions";
    const _IFF = "InvalidFormatFault";
    const _INT = "InvalidNextToken";
    const _IPCE = "InvalidParameterCombinationException";
    const _IPVE = "InvalidParameterValueException";
    const _ISF = "InternalServiceFault";
    const _KADE = "KmsAccessDeniedException";
    const _KKDE = "KmsKeyDisabledException";
    const _KKNFE = "KmsKeyNotFoundException";
    const _Ke = "Key";
    const _L = "Label";
    const _LA = "LogAlarms";
    const _LAo = "LogAlarm";
    const _LEE = "LimitExceededException";
    const _LEF = "LimitExceededFault";
    const _LGI = "LogGroupIdentifiers";
    const _LTFR = "ListTagsForResource";
    const _LTFRI = "ListTagsForResourceInput";
    const _LTFRO = "ListTagsForResourceOutput";
    const _M = "Message";
    const _MA = "MetricAlarms";
    const _MAe = "MetricAlarm";
    const _MDQ = "MetricDataQueries";
    const _MDQe = "MetricDataQuery";
    const _MN = "MetricName";
    const _MR = "MaxRecords";
    const _MRPE = "MissingRequiredParameterException";
    const _MS = "MetricStat";
    const _Me = "Metrics";
    const _Met = "Metric";
    const _N = "Namespace";
    const _NT = "NextToken";
    const _Na = "Name";
    const _OKA = "OKActions";
    const _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
    const _P = "Period";
    const _PMA = "PutMetricAlarm";
    const _PMAI = "PutMetricAlarmInput";
    const _POAN = "ParentsOfAlarmName";
    const _PP = "PendingPeriod";
    const _PQLC = "PromQLCriteria";
    const _Q = "Query";
    const _QARN = "QueryARN";
    const _QRTA = "QueryResultsToAlarm";
    const _QRTE = "QueryResultsToEvaluate";
    const _QS = "QueryString";
    const _RARN = "ResourceARN";
    const _RC = "ResourceConflict";
    const _RD = "ReturnData";
    const _RI = "ResourceId";
    const _RNF = "ResourceNotFound";
    const _RNFE = "ResourceNotFoundException";
    const _RP = "RecoveryPeriod";
    const _RT = "ResourceType";
    const _SCc = "ScheduleConfiguration";
    const _SE = "ScheduleExpression";
    const _SQC = "ScheduledQueryConfiguration";
    const _SQRARN = "ScheduledQueryRoleARN";
    const _SR = "StateReason";
    const _SRD = "StateReasonData";
    const _STO = "StartTimeOffset";
    const _STT = "StateTransitionedTimestamp";
    const _SUT = "StateUpdatedTimestamp";
    const _SV = "StateValue";
    const _SW = "SlidingWindow";
    const _St = "Stat";
    const _Sta = "Statistic";
    const _TL = "TagList";
    const _TMD = "TreatMissingData";
    const _TMI = "ThresholdMetricId";
    const _Ta = "Tags";
    const _Tag = "Tag";
    const _Th = "Threshold";
    const _Ti = "Timezone";
    const _U = "Unit";
    const _V = "Value";
    const _WCW = "WallClockWindow";
    const _WUC = "WarmUpConfiguration";
    const _WUPDIM = "WarmUpPeriodDurationInMinutes";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _dVM = "dashboardValidationMessages";
    const _e = "error";
    const _hE = "httpError";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
    const _se = "server";
    const n0 = "com.amazonaws.cloudwatch";
    const _s_registry = schema.TypeRegistry.for(_s);
    var CloudWatchServiceException$ = [ -3, _s, "CloudWatchServiceException", 0, [], [] ];
    _s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var ConcurrentModificationException$ = [ -3, n0, _CME, {
      [_aQE]: [ `ConcurrentModificationException`, 429 ],
      [_e]: _c,
      [_hE]: 429
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [ -3, n0, _CE, {
      [_e]: _c,
      [_hE]: 409
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DashboardInvalidInputError$ = [ -3, n0, _DIIE, {
      [_aQE]: [ `InvalidParameterInput`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m, _dVM ], [ 0, () => DashboardValidationMessages ] ];
    n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
    var DashboardNotFoundError$ = [ -3, n0, _DNFE, {
      [_aQE]: [ `ResourceNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
    var InternalServiceFault$ = [ -3, n0, _ISF, {
      [_aQE]: [ `InternalServiceError`, 500 ],
      [_e]: _se,
      [_hE]: 500
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
    var InvalidFormatFault$ = [ -3, n0, _IFF, {
      [_aQE]: [ `InvalidFormat`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
    var InvalidNextToken$ = [ -3, n0, _INT, {
      [_aQE]: [ `InvalidNextToken`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
    var InvalidParameterCombinationException$ = [ -3, n0, _IPCE, {
      [_aQE]: [ `InvalidParameterCombination`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
    var InvalidParameterValueException$ = [ -3, n0, _IPVE, {
      [_aQE]: [ `InvalidParameterValue`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var KmsAccessDeniedException$ = [ -3, n0, _KADE, {
      [_e]: _c
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
    var KmsKeyDisabledException$ = [ -3, n0, _KKDE, {
      [_e]: _c
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
    var KmsKeyNotFoundException$ = [ -3, n0, _KKNFE, {
      [_e]: _c
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
    var LimitExceededException$ = [ -3, n0, _LEE, {
      [_aQE]: [ `LimitExceededException`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var LimitExceededFault$ = [ -3, n0, _LEF, {
      [_aQE]: [ `LimitExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
    var MissingRequiredParameterException$ = [ -3, n0, _MRPE, {
      [_aQE]: [ `MissingParameter`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
    var ResourceConflict$ = [ -3, n0, _RC, {
      [_aQE]: [ `ResourceConflict`, 409 ],
      [_e]: _c,
      [_hE]: 409
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceConflict$, ResourceConflict);
    var ResourceNotFound$ = [ -3, n0, _RNF, {
      [_aQE]: [ `ResourceNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
    var ResourceNotFoundException$ = [ -3, n0, _RNFE, {
      [_aQE]: [ `ResourceNotFoundException`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _RT, _RI, _M ], [ 0, 0, 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AlarmPromQLCriteria$ = [ 3, n0, _APQLC, 0, [ _Q, _PP, _RP ], [ 0, 1, 1 ], 1 ];
    var CompositeAlarm$ = [ 3, n0, _CAo, 0, [ _AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _AS, _ASWP, _ASEP ], [ 2, 64 | 0, 0, 4, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1 ] ];
    var DashboardValidationMessage$ = [ 3, n0, _DVM, 0, [ _DP, _M ], [ 0, 0 ] ];
    var DeleteAlarmsInput$ = [ 3, n0, _DAI, 0, [ _ANl ], [ 64 | 0 ], 1 ];
    var DescribeAlarmsInput$ = [ 3, n0, _DAIe, 0, [ _ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT ], [ 64 | 0, 0, 64 | 0, 0, 0, 0, 0, 1, 0 ] ];
    var DescribeAlarmsOutput$ = [ 3, n0, _DAO, 0, [ _CAom, _MA, _LA, _NT ], [ () => CompositeAlarms, () => MetricAlarms, () => LogAlarms, 0 ] ];
    var Dimension$ = [ 3, n0, _Di, 0, [ _Na, _V ], [ 0, 0 ], 2 ];
    var ListTagsForResourceInput$ = [ 3, n0, _LTFRI, 0, [ _RARN ], [ 0 ], 1 ];
    var ListTagsForResourceOutput$ = [ 3, n0, _LTFRO, 0, [ _Ta ], [ () => TagList ] ];
    var LogAlarm$ = [ 3, n0, _LAo, 0, [ _AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC ], [ 0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$ ] ];
    var Metric$ = [ 3, n0, _Met, 0, [ _N, _MN, _D ], [ 0, 0, () => Dimensions ] ];
    var MetricAlarm$ = [ 3, n0, _MAe, 0, [ _AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI ], [ 0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1 ] ];
    var MetricDataQuery$ = [ 3, n0, _MDQe, 0, [ _I, _MS, _Ex, _L, _RD, _P, _AI ], [ 0, () => MetricStat$, 0, 0, 2, 1, 0 ], 1 ];
    var MetricStat$ = [ 3, n0, _MS, 0, [ _Met, _P, _St, _U ], [ () => Metric$, 1, 0, 0 ], 3 ];
    var PutMetricAlarmInput$ = [ 3, n0, _PMAI, 0, [ _AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI ], [ 0, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1 ], 1 ];
    var ScheduleConfiguration$ = [ 3, n0, _SCc, 0, [ _SE, _STO, _ETO ], [ 0, 1, 1 ], 2 ];
    var ScheduledQueryConfiguration$ = [ 3, n0, _SQC, 0, [ _QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta ], [ 0, 0, () => ScheduleConfiguration$, 0, 64 | 0, 0, () => TagList ], 4 ];
    var SlidingWindow$ = [ 3, n0, _SW, 0, [], [] ];
    var Tag$ = [ 3, n0, _Tag, 0, [ _Ke, _V ], [ 0, 0 ], 2 ];
    var WallClockWindow$ = [ 3, n0, _WCW, 0, [ _Ti ], [ 0 ] ];
    var WarmUpConfiguration$ = [ 3, n0, _WUC, 0, [ _WUPDIM, _OSEAWUPE ], [ 1, 2 ], 1 ];
    var __Unit = "unit";
    var CompositeAlarms = [ 1, n0, _CAom, 0, () => CompositeAlarm$ ];
    var DashboardValidationMessages = [ 1, n0, _DVMa, 0, () => DashboardValidationMessage$ ];
    var Dimensions = [ 1, n0, _D, 0, () => Dimension$ ];
    var LogAlarms = [ 1, n0, _LA, 0, () => LogAlarm$ ];
    var MetricAlarms = [ 1, n0, _MA, 0, () => MetricAlarm$ ];
    var MetricDataQueries = [ 1, n0, _MDQ, 0, () => MetricDataQuery$ ];
    var TagList = [ 1, n0, _TL, 0, () => Tag$ ];
    var EvaluationCriteria$ = [ 4, n0, _EC, 0, [ _PQLC ], [ () => AlarmPromQLCriteria$ ] ];
    var EvaluationWindow$ = [ 4, n0, _EW, 0, [ _WCW, _SW ], [ () => WallClockWindow$, () => SlidingWindow$ ] ];
    var DeleteAlarms$ = [ 9, n0, _DAe, 0, () => DeleteAlarmsInput$, () => __Unit ];
    var DescribeAlarms$ = [ 9, n0, _DAes, 0, () => DescribeAlarmsInput$, () => DescribeAlarmsOutput$ ];
    var ListTagsForResource$ = [ 9, n0, _LTFR, 0, () => ListTagsForResourceInput$, () => ListTagsForResourceOutput$ ];
    var PutMetricAlarm$ = [ 9, n0, _PMA, 0, () => PutMetricAlarmInput$, () => __Unit ];
  },
  /***/ 4601: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      g: () => /* binding */ EC2Client
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthSchemeProvider.js
    const defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "ec2",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultEC2HttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(3358);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/bdd.js
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ], [ "stringEquals", [ {
        fn: f,
        argv: [ h, "name" ]
      }, "aws-us-gov" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://ec2.{Region}.amazonaws.com", i ], [ "https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://ec2.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 11, 9, 6, 10, r + 8, 7, r + 6, r + 7, 5, 12, r + 5, 6, r + 4, r + 5, 3, r + 1, 14, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js + 1 modules
        var schemas_0 = __webpack_require__(230);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2016-11-15",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsEc2QueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ec2",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1U,
        xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
        version: "2016-11-15",
        serviceTarget: "AmazonEC2"
      },
      serviceId: config?.serviceId ?? "EC2",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js
    class EC2Client extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 8509: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ G5: () => /* binding */ command,
      /* harmony export */ lq: () => /* binding */ _ep0,
      /* harmony export */ yt: () => /* binding */ _mw0
      /* harmony export */    });
    /* unused harmony export _mw1 */
    /* harmony import */    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    /* harmony import */    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    /* harmony import */    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3358);
    const command = (0 /* .commonParams */ , _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AmazonEC2", "EC2Client", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  /***/ 5990: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ N: () => /* binding */ AuthorizeSecurityGroupIngressCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class AuthorizeSecurityGroupIngressCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "AuthorizeSecurityGroupIngress", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .AuthorizeSecurityGroupIngress$ */ .Kos)){}
    /***/  },
  /***/ 8992: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ x: () => /* binding */ CreateSecurityGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class CreateSecurityGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateSecurityGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateSecurityGroup$ */ .Ism)){}
    /***/  },
  /***/ 7122: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ R: () => /* binding */ CreateTagsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class CreateTagsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateTags$ */ .GIH)){}
    /***/  },
  /***/ 3699: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ y: () => /* binding */ DeleteSecurityGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeleteSecurityGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteSecurityGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteSecurityGroup$ */ .Tnk)){}
    /***/  },
  /***/ 6879: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ M: () => /* binding */ DeleteTagsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DeleteTagsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteTags$ */ .$$V)){}
    /***/  },
  /***/ 6790: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ V: () => /* binding */ DescribeRouteTablesCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeRouteTablesCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeRouteTables", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeRouteTables$ */ .Mxi)){}
    /***/  },
  /***/ 8988: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ j: () => /* binding */ DescribeSecurityGroupsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeSecurityGroupsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeSecurityGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeSecurityGroups$ */ .GZZ)){}
    /***/  },
  /***/ 3168: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ j: () => /* binding */ DescribeSubnetsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class DescribeSubnetsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeSubnets", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeSubnets$ */ ._3j)){}
    /***/  },
  /***/ 2543: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ e: () => /* binding */ RevokeSecurityGroupIngressCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);
    class RevokeSecurityGroupIngressCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "RevokeSecurityGroupIngress", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .RevokeSecurityGroupIngress$ */ .H5M)){}
    /***/  },
  /***/ 3358: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "ec2"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 230: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      Kos: () => /* binding */ AuthorizeSecurityGroupIngress$,
      Ism: () => /* binding */ CreateSecurityGroup$,
      GIH: () => /* binding */ CreateTags$,
      Tnk: () => /* binding */ DeleteSecurityGroup$,
      $$V: () => /* binding */ DeleteTags$,
      Mxi: () => /* binding */ DescribeRouteTables$,
      GZZ: () => /* binding */ DescribeSecurityGroups$,
      _3j: () => /* binding */ DescribeSubnets$,
      H5M: () => /* binding */ RevokeSecurityGroupIngress$,
      q1U: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: AcceleratorCount$, AcceleratorCountRequest$, AcceleratorTotalMemoryMiB$, AcceleratorTotalMemoryMiBRequest$, AcceptAddressTransfer$, AcceptAddressTransferRequest$, AcceptAddressTransferResult$, AcceptCapacityReservationBillingOwnership$, AcceptCapacityReservationBillingOwnershipRequest$, AcceptCapacityReservationBillingOwnershipResult$, AcceptReservedInstancesExchangeQuote$, AcceptReservedInstancesExchangeQuoteRequest$, AcceptReservedInstancesExchangeQuoteResult$, AcceptTransitGatewayClientVpnAttachment$, AcceptTransitGatewayClientVpnAttachmentRequest$, AcceptTransitGatewayClientVpnAttachmentResult$, AcceptTransitGatewayMulticastDomainAssociations$, AcceptTransitGatewayMulticastDomainAssociationsRequest$, AcceptTransitGatewayMulticastDomainAssociationsResult$, AcceptTransitGatewayPeeringAttachment$, AcceptTransitGatewayPeeringAttachmentRequest$, AcceptTransitGatewayPeeringAttachmentResult$, AcceptTransitGatewayVpcAttachment$, AcceptTransitGatewayVpcAttachmentRequest$, AcceptTransitGatewayVpcAttachmentResult$, AcceptVpcEndpointConnections$, AcceptVpcEndpointConnectionsRequest$, AcceptVpcEndpointConnectionsResult$, AcceptVpcPeeringConnection$, AcceptVpcPeeringConnectionRequest$, AcceptVpcPeeringConnectionResult$, AccessScopeAnalysisFinding$, AccessScopePath$, AccessScopePathRequest$, AccountAttribute$, AccountAttributeValue$, AccountVpcEncryptionControl$, AccountVpcEncryptionControlExclusions$, ActiveInstance$, ActiveVpnTunnelStatus$, AddIpamOperatingRegion$, AddIpamOrganizationalUnitExclusion$, AddPrefixListEntry$, AddedPrincipal$, AdditionalDetail$, Address$, AddressAttribute$, AddressTransfer$, AdvertiseByoipCidr$, AdvertiseByoipCidrRequest$, AdvertiseByoipCidrResult$, AllocateAddress$, AllocateAddressRequest$, AllocateAddressResult$, AllocateHosts$, AllocateHostsRequest$, AllocateHostsResult$, AllocateIpamPoolCidr$, AllocateIpamPoolCidrRequest$, AllocateIpamPoolCidrResult$, AllowedPrincipal$, AlternatePathHint$, AnalysisAclRule$, AnalysisComponent$, AnalysisLoadBalancerListener$, AnalysisLoadBalancerTarget$, AnalysisPacketHeader$, AnalysisRouteTableRoute$, AnalysisSecurityGroupRule$, ApplicationStatus$, ApplicationStatusCheckAssociationObject$, ApplicationStatusCheckResponseObject$, ApplicationStatusDetail$, ApplicationStatusReason$, ApplicationStatusSummary$, ApplicationStatusesResponseType$, ApplySecurityGroupsToClientVpnTargetNetwork$, ApplySecurityGroupsToClientVpnTargetNetworkRequest$, ApplySecurityGroupsToClientVpnTargetNetworkResult$, AsnAssociation$, AsnAuthorizationContext$, AssignIpv6Addresses$, AssignIpv6AddressesRequest$, AssignIpv6AddressesResult$, AssignPrivateIpAddresses$, AssignPrivateIpAddressesRequest$, AssignPrivateIpAddressesResult$, AssignPrivateNatGatewayAddress$, AssignPrivateNatGatewayAddressRequest$, AssignPrivateNatGatewayAddressResult$, AssignedPrivateIpAddress$, AssociateAddress$, AssociateAddressRequest$, AssociateAddressResult$, AssociateApplicationStatusCheck$, AssociateApplicationStatusCheckRequest$, AssociateApplicationStatusCheckResult$, AssociateCapacityReservationBillingOwner$, AssociateCapacityReservationBillingOwnerRequest$, AssociateCapacityReservationBillingOwnerResult$, AssociateClientVpnTargetNetwork$, AssociateClientVpnTargetNetworkRequest$, AssociateClientVpnTargetNetworkResult$, AssociateDhcpOptions$, AssociateDhcpOptionsRequest$, AssociateEnclaveCertificateIamRole$, AssociateEnclaveCertificateIamRoleRequest$, AssociateEnclaveCertificateIamRoleResult$, AssociateIamInstanceProfile$, AssociateIamInstanceProfileRequest$, AssociateIamInstanceProfileResult$, AssociateInstanceEventWindow$, AssociateInstanceEventWindowRequest$, AssociateInstanceEventWindowResult$, AssociateIpamByoasn$, AssociateIpamByoasnRequest$, AssociateIpamByoasnResult$, AssociateIpamResourceDiscovery$, AssociateIpamResourceDiscoveryRequest$, AssociateIpamResourceDiscoveryResult$, AssociateNatGatewayAddress$, AssociateNatGatewayAddressRequest$, AssociateNatGatewayAddressResult$, AssociateRouteServer$, AssociateRouteServerRequest$, AssociateRouteServerResult$, AssociateRouteTable$, AssociateRouteTableRequest$, AssociateRouteTableResult$, AssociateSecurityGroupVpc$, AssociateSecurityGroupVpcRequest$, AssociateSecurityGroupVpcResult$, AssociateSubnetCidrBlock$, AssociateSubnetCidrBlockRequest$, AssociateSubnetCidrBlockResult$, AssociateTransitGatewayMulticastDomain$, AssociateTransitGatewayMulticastDomainRequest$, AssociateTransitGatewayMulticastDomainResult$, AssociateTransitGatewayPolicyTable$, AssociateTransitGatewayPolicyTableRequest$, AssociateTransitGatewayPolicyTableResult$, AssociateTransitGatewayRouteTable$, AssociateTransitGatewayRouteTableRequest$, AssociateTransitGatewayRouteTableResult$, AssociateTrunkInterface$, AssociateTrunkInterfaceRequest$, AssociateTrunkInterfaceResult$, AssociateVpcCidrBlock$, AssociateVpcCidrBlockRequest$, AssociateVpcCidrBlockResult$, AssociatedRole$, AssociatedTargetNetwork$, AssociationStatus$, AthenaIntegration$, AttachClassicLinkVpc$, AttachClassicLinkVpcRequest$, AttachClassicLinkVpcResult$, AttachImageWatermark$, AttachImageWatermarkRequest$, AttachImageWatermarkResult$, AttachInternetGateway$, AttachInternetGatewayRequest$, AttachNetworkInterface$, AttachNetworkInterfaceRequest$, AttachNetworkInterfaceResult$, AttachVerifiedAccessTrustProvider$, AttachVerifiedAccessTrustProviderRequest$, AttachVerifiedAccessTrustProviderResult$, AttachVolume$, AttachVolumeRequest$, AttachVpnGateway$, AttachVpnGatewayRequest$, AttachVpnGatewayResult$, AttachmentEnaSrdSpecification$, AttachmentEnaSrdUdpSpecification$, AttributeBooleanValue$, AttributeSummary$, AttributeValue$, AuthorizationRule$, AuthorizeClientVpnIngress$, AuthorizeClientVpnIngressRequest$, AuthorizeClientVpnIngressResult$, AuthorizeSecurityGroupEgress$, AuthorizeSecurityGroupEgressRequest$, AuthorizeSecurityGroupEgressResult$, AuthorizeSecurityGroupIngressRequest$, AuthorizeSecurityGroupIngressResult$, AvailabilityZone$, AvailabilityZoneAddress$, AvailabilityZoneGeography$, AvailabilityZoneMessage$, AvailabilityZoneSubGeography$, AvailableCapacity$, BaselineEbsBandwidthMbps$, BaselineEbsBandwidthMbpsRequest$, BaselinePerformanceFactors$, BaselinePerformanceFactorsRequest$, BatchModifyIpamRoutingPolicyRegistrations$, BatchModifyIpamRoutingPolicyRegistrationsRequest$, BatchModifyIpamRoutingPolicyRegistrationsResult$, BlockDeviceMapping$, BlockDeviceMappingResponse$, BlockPublicAccessStates$, BundleInstance$, BundleInstanceRequest$, BundleInstanceResult$, BundleTask$, BundleTaskError$, Byoasn$, ByoipCidr$, CancelBundleTask$, CancelBundleTaskRequest$, CancelBundleTaskResult$, CancelCapacityReservation$, CancelCapacityReservationFleetError$, CancelCapacityReservationFleets$, CancelCapacityReservationFleetsRequest$, CancelCapacityReservationFleetsResult$, CancelCapacityReservationRequest$, CancelCapacityReservationResult$, CancelConversionRequest$, CancelConversionTask$, CancelDeclarativePoliciesReport$, CancelDeclarativePoliciesReportRequest$, CancelDeclarativePoliciesReportResult$, CancelExportTask$, CancelExportTaskRequest$, CancelImageLaunchPermission$, CancelImageLaunchPermissionRequest$, CancelImageLaunchPermissionResult$, CancelImportTask$, CancelImportTaskRequest$, CancelImportTaskResult$, CancelReservedInstancesListing$, CancelReservedInstancesListingRequest$, CancelReservedInstancesListingResult$, CancelSpotFleetRequests$, CancelSpotFleetRequestsError$, CancelSpotFleetRequestsErrorItem$, CancelSpotFleetRequestsRequest$, CancelSpotFleetRequestsResponse$, CancelSpotFleetRequestsSuccessItem$, CancelSpotInstanceRequests$, CancelSpotInstanceRequestsRequest$, CancelSpotInstanceRequestsResult$, CancellationTerms$, CancelledSpotInstanceRequest$, CapacityAllocation$, CapacityAllocationMetadataEntry$, CapacityBlock$, CapacityBlockExtension$, CapacityBlockExtensionOffering$, CapacityBlockOffering$, CapacityBlockStatus$, CapacityManagerCondition$, CapacityManagerDataExportResponse$, CapacityManagerDimension$, CapacityManagerMonitoredTagKey$, CapacityManagerTagDimension$, CapacityReservation$, CapacityReservationBillingRequest$, CapacityReservationCancellationQuote$, CapacityReservationCommitmentInfo$, CapacityReservationConfiguration$, CapacityReservationFleet$, CapacityReservationFleetCancellationState$, CapacityReservationGroup$, CapacityReservationInfo$, CapacityReservationOptions$, CapacityReservationOptionsRequest$, CapacityReservationSpecification$, CapacityReservationSpecificationResponse$, CapacityReservationStatus$, CapacityReservationTarget$, CapacityReservationTargetResponse$, CapacityReservationTopology$, CarrierGateway$, CertificateAuthentication$, CertificateAuthenticationRequest$, CidrAuthorizationContext$, CidrBlock$, ClassicLinkDnsSupport$, ClassicLinkInstance$, ClassicLoadBalancer$, ClassicLoadBalancersConfig$, ClientCertificateRevocationListStatus$, ClientConnectOptions$, ClientConnectResponseOptions$, ClientData$, ClientLoginBannerOptions$, ClientLoginBannerResponseOptions$, ClientRouteEnforcementOptions$, ClientRouteEnforcementResponseOptions$, ClientVpnAuthentication$, ClientVpnAuthenticationRequest$, ClientVpnAuthorizationRuleStatus$, ClientVpnConnection$, ClientVpnConnectionStatus$, ClientVpnEndpoint$, ClientVpnEndpointAttributeStatus$, ClientVpnEndpointStatus$, ClientVpnRoute$, ClientVpnRouteStatus$, CloudWatchLogOptions$, CloudWatchLogOptionsSpecification$, CoipAddressUsage$, CoipCidr$, CoipPool$, ConfirmProductInstance$, ConfirmProductInstanceRequest$, ConfirmProductInstanceResult$, ConnectionLogOptions$, ConnectionLogResponseOptions$, ConnectionNotification$, ConnectionTrackingConfiguration$, ConnectionTrackingSpecification$, ConnectionTrackingSpecificationRequest$, ConnectionTrackingSpecificationResponse$, ConversionTask$, CopyFpgaImage$, CopyFpgaImageRequest$, CopyFpgaImageResult$, CopyImage$, CopyImageRequest$, CopyImageResult$, CopySnapshot$, CopySnapshotRequest$, CopySnapshotResult$, CopyVolumes$, CopyVolumesRequest$, CopyVolumesResult$, CpuOptions$, CpuOptionsRequest$, CpuPerformanceFactor$, CpuPerformanceFactorRequest$, CreateApplicationStatusCheck$, CreateApplicationStatusCheckRequest$, CreateApplicationStatusCheckResult$, CreateCapacityManagerDataExport$, CreateCapacityManagerDataExportRequest$, CreateCapacityManagerDataExportResult$, CreateCapacityReservation$, CreateCapacityReservationBySplitting$, CreateCapacityReservationBySplittingRequest$, CreateCapacityReservationBySplittingResult$, CreateCapacityReservationCancellationQuote$, CreateCapacityReservationCancellationQuoteRequest$, CreateCapacityReservationCancellationQuoteResult$, CreateCapacityReservationFleet$, CreateCapacityReservationFleetRequest$, CreateCapacityReservationFleetResult$, CreateCapacityReservationRequest$, CreateCapacityReservationResult$, CreateCarrierGateway$, CreateCarrierGatewayRequest$, CreateCarrierGatewayResult$, CreateClientVpnEndpoint$, CreateClientVpnEndpointRequest$, CreateClientVpnEndpointResult$, CreateClientVpnRoute$, CreateClientVpnRouteRequest$, CreateClientVpnRouteResult$, CreateCoipCidr$, CreateCoipCidrRequest$, CreateCoipCidrResult$, CreateCoipPool$, CreateCoipPoolRequest$, CreateCoipPoolResult$, CreateCustomerGateway$, CreateCustomerGatewayRequest$, CreateCustomerGatewayResult$, CreateDefaultSubnet$, CreateDefaultSubnetRequest$, CreateDefaultSubnetResult$, CreateDefaultVpc$, CreateDefaultVpcRequest$, CreateDefaultVpcResult$, CreateDelegateMacVolumeOwnershipTask$, CreateDelegateMacVolumeOwnershipTaskRequest$, CreateDelegateMacVolumeOwnershipTaskResult$, CreateDhcpOptions$, CreateDhcpOptionsRequest$, CreateDhcpOptionsResult$, CreateEgressOnlyInternetGateway$, CreateEgressOnlyInternetGatewayRequest$, CreateEgressOnlyInternetGatewayResult$, CreateFleet$, CreateFleetError$, CreateFleetInstance$, CreateFleetRequest$, CreateFleetResult$, CreateFlowLogs$, CreateFlowLogsRequest$, CreateFlowLogsResult$, CreateFpgaImage$, CreateFpgaImageRequest$, CreateFpgaImageResult$, CreateImage$, CreateImageRequest$, CreateImageResult$, CreateImageUsageReport$, CreateImageUsageReportRequest$, CreateImageUsageReportResult$, CreateInstanceConnectEndpoint$, CreateInstanceConnectEndpointRequest$, CreateInstanceConnectEndpointResult$, CreateInstanceEventWindow$, CreateInstanceEventWindowRequest$, CreateInstanceEventWindowResult$, CreateInstanceExportTask$, CreateInstanceExportTaskRequest$, CreateInstanceExportTaskResult$, CreateInternetGateway$, CreateInternetGatewayRequest$, CreateInternetGatewayResult$, CreateInterruptibleCapacityReservationAllocation$, CreateInterruptibleCapacityReservationAllocationRequest$, CreateInterruptibleCapacityReservationAllocationResult$, CreateIpam$, CreateIpamExternalResourceVerificationToken$, CreateIpamExternalResourceVerificationTokenRequest$, CreateIpamExternalResourceVerificationTokenResult$, CreateIpamInternetRegistryAssociation$, CreateIpamInternetRegistryAssociationRequest$, CreateIpamInternetRegistryAssociationResult$, CreateIpamPolicy$, CreateIpamPolicyRequest$, CreateIpamPolicyResult$, CreateIpamPool$, CreateIpamPoolRequest$, CreateIpamPoolResult$, CreateIpamPrefixListResolver$, CreateIpamPrefixListResolverRequest$, CreateIpamPrefixListResolverResult$, CreateIpamPrefixListResolverTarget$, CreateIpamPrefixListResolverTargetRequest$, CreateIpamPrefixListResolverTargetResult$, CreateIpamRequest$, CreateIpamResourceDiscovery$, CreateIpamResourceDiscoveryRequest$, CreateIpamResourceDiscoveryResult$, CreateIpamResult$, CreateIpamRoutingPolicyRegistration$, CreateIpamRoutingPolicyRegistrationRequest$, CreateIpamRoutingPolicyRegistrationResult$, CreateIpamScope$, CreateIpamScopeRequest$, CreateIpamScopeResult$, CreateKeyPair$, CreateKeyPairRequest$, CreateLaunchTemplate$, CreateLaunchTemplateRequest$, CreateLaunchTemplateResult$, CreateLaunchTemplateVersion$, CreateLaunchTemplateVersionRequest$, CreateLaunchTemplateVersionResult$, CreateLocalGatewayRoute$, CreateLocalGatewayRouteRequest$, CreateLocalGatewayRouteResult$, CreateLocalGatewayRouteTable$, CreateLocalGatewayRouteTableRequest$, CreateLocalGatewayRouteTableResult$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult$, CreateLocalGatewayRouteTableVpcAssociation$, CreateLocalGatewayRouteTableVpcAssociationRequest$, CreateLocalGatewayRouteTableVpcAssociationResult$, CreateLocalGatewayVirtualInterface$, CreateLocalGatewayVirtualInterfaceGroup$, CreateLocalGatewayVirtualInterfaceGroupRequest$, CreateLocalGatewayVirtualInterfaceGroupResult$, CreateLocalGatewayVirtualInterfaceRequest$, CreateLocalGatewayVirtualInterfaceResult$, CreateMacSystemIntegrityProtectionModificationTask$, CreateMacSystemIntegrityProtectionModificationTaskRequest$, CreateMacSystemIntegrityProtectionModificationTaskResult$, CreateManagedPrefixList$, CreateManagedPrefixListRequest$, CreateManagedPrefixListResult$, CreateNatGateway$, CreateNatGatewayRequest$, CreateNatGatewayResult$, CreateNetworkAcl$, CreateNetworkAclEntry$, CreateNetworkAclEntryRequest$, CreateNetworkAclRequest$, CreateNetworkAclResult$, CreateNetworkInsightsAccessScope$, CreateNetworkInsightsAccessScopeRequest$, CreateNetworkInsightsAccessScopeResult$, CreateNetworkInsightsPath$, CreateNetworkInsightsPathRequest$, CreateNetworkInsightsPathResult$, CreateNetworkInterface$, CreateNetworkInterfacePermission$, CreateNetworkInterfacePermissionRequest$, CreateNetworkInterfacePermissionResult$, CreateNetworkInterfaceRequest$, CreateNetworkInterfaceResult$, CreatePlacementGroup$, CreatePlacementGroupRequest$, CreatePlacementGroupResult$, CreatePublicIpv4Pool$, CreatePublicIpv4PoolRequest$, CreatePublicIpv4PoolResult$, CreateReplaceRootVolumeTask$, CreateReplaceRootVolumeTaskRequest$, CreateReplaceRootVolumeTaskResult$, CreateReservedInstancesListing$, CreateReservedInstancesListingRequest$, CreateReservedInstancesListingResult$, CreateRestoreImageTask$, CreateRestoreImageTaskRequest$, CreateRestoreImageTaskResult$, CreateRoute$, CreateRouteRequest$, CreateRouteResult$, CreateRouteServer$, CreateRouteServerEndpoint$, CreateRouteServerEndpointRequest$, CreateRouteServerEndpointResult$, CreateRouteServerPeer$, CreateRouteServerPeerRequest$, CreateRouteServerPeerResult$, CreateRouteServerRequest$, CreateRouteServerResult$, CreateRouteTable$, CreateRouteTableRequest$, CreateRouteTableResult$, CreateSecondaryNetwork$, CreateSecondaryNetworkRequest$, CreateSecondaryNetworkResult$, CreateSecondarySubnet$, CreateSecondarySubnetRequest$, CreateSecondarySubnetResult$, CreateSecurityGroupRequest$, CreateSecurityGroupResult$, CreateSnapshot$, CreateSnapshotRequest$, CreateSnapshots$, CreateSnapshotsRequest$, CreateSnapshotsResult$, CreateSpotDatafeedSubscription$, CreateSpotDatafeedSubscriptionRequest$, CreateSpotDatafeedSubscriptionResult$, CreateStoreImageTask$, CreateStoreImageTaskRequest$, CreateStoreImageTaskResult$, CreateSubnet$, CreateSubnetCidrReservation$, CreateSubnetCidrReservationRequest$, CreateSubnetCidrReservationResult$, CreateSubnetRequest$, CreateSubnetResult$, CreateTagsRequest$, CreateTrafficMirrorFilter$, CreateTrafficMirrorFilterRequest$, CreateTrafficMirrorFilterResult$, CreateTrafficMirrorFilterRule$, CreateTrafficMirrorFilterRuleRequest$, CreateTrafficMirrorFilterRuleResult$, CreateTrafficMirrorSession$, CreateTrafficMirrorSessionRequest$, CreateTrafficMirrorSessionResult$, CreateTrafficMirrorTarget$, CreateTrafficMirrorTargetRequest$, CreateTrafficMirrorTargetResult$, CreateTransitGateway$, CreateTransitGatewayConnect$, CreateTransitGatewayConnectPeer$, CreateTransitGatewayConnectPeerRequest$, CreateTransitGatewayConnectPeerResult$, CreateTransitGatewayConnectRequest$, CreateTransitGatewayConnectRequestOptions$, CreateTransitGatewayConnectResult$, CreateTransitGatewayMeteringPolicy$, CreateTransitGatewayMeteringPolicyEntry$, CreateTransitGatewayMeteringPolicyEntryRequest$, CreateTransitGatewayMeteringPolicyEntryResult$, CreateTransitGatewayMeteringPolicyRequest$, CreateTransitGatewayMeteringPolicyResult$, CreateTransitGatewayMulticastDomain$, CreateTransitGatewayMulticastDomainRequest$, CreateTransitGatewayMulticastDomainRequestOptions$, CreateTransitGatewayMulticastDomainResult$, CreateTransitGatewayPeeringAttachment$, CreateTransitGatewayPeeringAttachmentRequest$, CreateTransitGatewayPeeringAttachmentRequestOptions$, CreateTransitGatewayPeeringAttachmentResult$, CreateTransitGatewayPolicyTable$, CreateTransitGatewayPolicyTableEntry$, CreateTransitGatewayPolicyTableEntryRequest$, CreateTransitGatewayPolicyTableEntryResult$, CreateTransitGatewayPolicyTableRequest$, CreateTransitGatewayPolicyTableResult$, CreateTransitGatewayPrefixListReference$, CreateTransitGatewayPrefixListReferenceRequest$, CreateTransitGatewayPrefixListReferenceResult$, CreateTransitGatewayRequest$, CreateTransitGatewayResult$, CreateTransitGatewayRoute$, CreateTransitGatewayRouteRequest$, CreateTransitGatewayRouteResult$, CreateTransitGatewayRouteTable$, CreateTransitGatewayRouteTableAnnouncement$, CreateTransitGatewayRouteTableAnnouncementRequest$, CreateTransitGatewayRouteTableAnnouncementResult$, CreateTransitGatewayRouteTableRequest$, CreateTransitGatewayRouteTableResult$, CreateTransitGatewayVpcAttachment$, CreateTransitGatewayVpcAttachmentRequest$, CreateTransitGatewayVpcAttachmentRequestOptions$, CreateTransitGatewayVpcAttachmentResult$, CreateVerifiedAccessEndpoint$, CreateVerifiedAccessEndpointCidrOptions$, CreateVerifiedAccessEndpointEniOptions$, CreateVerifiedAccessEndpointLoadBalancerOptions$, CreateVerifiedAccessEndpointPortRange$, CreateVerifiedAccessEndpointRdsOptions$, CreateVerifiedAccessEndpointRequest$, CreateVerifiedAccessEndpointResult$, CreateVerifiedAccessGroup$, CreateVerifiedAccessGroupRequest$, CreateVerifiedAccessGroupResult$, CreateVerifiedAccessInstance$, CreateVerifiedAccessInstanceRequest$, CreateVerifiedAccessInstanceResult$, CreateVerifiedAccessNativeApplicationOidcOptions$, CreateVerifiedAccessTrustProvider$, CreateVerifiedAccessTrustProviderDeviceOptions$, CreateVerifiedAccessTrustProviderOidcOptions$, CreateVerifiedAccessTrustProviderRequest$, CreateVerifiedAccessTrustProviderResult$, CreateVolume$, CreateVolumePermission$, CreateVolumePermissionModifications$, CreateVolumeRequest$, CreateVpc$, CreateVpcBlockPublicAccessExclusion$, CreateVpcBlockPublicAccessExclusionRequest$, CreateVpcBlockPublicAccessExclusionResult$, CreateVpcEncryptionControl$, CreateVpcEncryptionControlRequest$, CreateVpcEncryptionControlResult$, CreateVpcEndpoint$, CreateVpcEndpointConnectionNotification$, CreateVpcEndpointConnectionNotificationRequest$, CreateVpcEndpointConnectionNotificationResult$, CreateVpcEndpointRequest$, CreateVpcEndpointResult$, CreateVpcEndpointServiceConfiguration$, CreateVpcEndpointServiceConfigurationRequest$, CreateVpcEndpointServiceConfigurationResult$, CreateVpcPeeringConnection$, CreateVpcPeeringConnectionRequest$, CreateVpcPeeringConnectionResult$, CreateVpcRequest$, CreateVpcResult$, CreateVpnConcentrator$, CreateVpnConcentratorRequest$, CreateVpnConcentratorResult$, CreateVpnConnection$, CreateVpnConnectionRequest$, CreateVpnConnectionResult$, CreateVpnConnectionRoute$, CreateVpnConnectionRouteRequest$, CreateVpnGateway$, CreateVpnGatewayRequest$, CreateVpnGatewayResult$, CreationDateCondition$, CreationDateConditionRequest$, CreditSpecification$, CreditSpecificationRequest$, CustomTagKeyValueRequestPair$, CustomTagKeyValueResponsePair$, CustomerGateway$, DataQuery$, DataResponse$, DeclarativePoliciesReport$, DefaultConnectionTrackingConfiguration$, DeleteApplicationStatusCheck$, DeleteApplicationStatusCheckRequest$, DeleteApplicationStatusCheckResult$, DeleteCapacityManagerDataExport$, DeleteCapacityManagerDataExportRequest$, DeleteCapacityManagerDataExportResult$, DeleteCarrierGateway$, DeleteCarrierGatewayRequest$, DeleteCarrierGatewayResult$, DeleteClientVpnEndpoint$, DeleteClientVpnEndpointRequest$, DeleteClientVpnEndpointResult$, DeleteClientVpnRoute$, DeleteClientVpnRouteRequest$, DeleteClientVpnRouteResult$, DeleteCoipCidr$, DeleteCoipCidrRequest$, DeleteCoipCidrResult$, DeleteCoipPool$, DeleteCoipPoolRequest$, DeleteCoipPoolResult$, DeleteCustomerGateway$, DeleteCustomerGatewayRequest$, DeleteDhcpOptions$, DeleteDhcpOptionsRequest$, DeleteEgressOnlyInternetGateway$, DeleteEgressOnlyInternetGatewayRequest$, DeleteEgressOnlyInternetGatewayResult$, DeleteFleetError$, DeleteFleetErrorItem$, DeleteFleetSuccessItem$, DeleteFleets$, DeleteFleetsRequest$, DeleteFleetsResult$, DeleteFlowLogs$, DeleteFlowLogsRequest$, DeleteFlowLogsResult$, DeleteFpgaImage$, DeleteFpgaImageRequest$, DeleteFpgaImageResult$, DeleteImageUsageReport$, DeleteImageUsageReportRequest$, DeleteImageUsageReportResult$, DeleteInstanceConnectEndpoint$, DeleteInstanceConnectEndpointRequest$, DeleteInstanceConnectEndpointResult$, DeleteInstanceEventWindow$, DeleteInstanceEventWindowRequest$, DeleteInstanceEventWindowResult$, DeleteInternetGateway$, DeleteInternetGatewayRequest$, DeleteIpam$, DeleteIpamExternalResourceVerificationToken$, DeleteIpamExternalResourceVerificationTokenRequest$, DeleteIpamExternalResourceVerificationTokenResult$, DeleteIpamInternetRegistryAssociation$, DeleteIpamInternetRegistryAssociationRequest$, DeleteIpamInternetRegistryAssociationResult$, DeleteIpamPolicy$, DeleteIpamPolicyRequest$, DeleteIpamPolicyResult$, DeleteIpamPool$, DeleteIpamPoolRequest$, DeleteIpamPoolResult$, DeleteIpamPrefixListResolver$, DeleteIpamPrefixListResolverRequest$, DeleteIpamPrefixListResolverResult$, DeleteIpamPrefixListResolverTarget$, DeleteIpamPrefixListResolverTargetRequest$, DeleteIpamPrefixListResolverTargetResult$, DeleteIpamRequest$, DeleteIpamResourceDiscovery$, DeleteIpamResourceDiscoveryRequest$, DeleteIpamResourceDiscoveryResult$, DeleteIpamResult$, DeleteIpamRoutingPolicyRegistration$, DeleteIpamRoutingPolicyRegistrationRequest$, DeleteIpamRoutingPolicyRegistrationResult$, DeleteIpamScope$, DeleteIpamScopeRequest$, DeleteIpamScopeResult$, DeleteKeyPair$, DeleteKeyPairRequest$, DeleteKeyPairResult$, DeleteLaunchTemplate$, DeleteLaunchTemplateRequest$, DeleteLaunchTemplateResult$, DeleteLaunchTemplateVersions$, DeleteLaunchTemplateVersionsRequest$, DeleteLaunchTemplateVersionsResponseErrorItem$, DeleteLaunchTemplateVersionsResponseSuccessItem$, DeleteLaunchTemplateVersionsResult$, DeleteLocalGatewayRoute$, DeleteLocalGatewayRouteRequest$, DeleteLocalGatewayRouteResult$, DeleteLocalGatewayRouteTable$, DeleteLocalGatewayRouteTableRequest$, DeleteLocalGatewayRouteTableResult$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult$, DeleteLocalGatewayRouteTableVpcAssociation$, DeleteLocalGatewayRouteTableVpcAssociationRequest$, DeleteLocalGatewayRouteTableVpcAssociationResult$, DeleteLocalGatewayVirtualInterface$, DeleteLocalGatewayVirtualInterfaceGroup$, DeleteLocalGatewayVirtualInterfaceGroupRequest$, DeleteLocalGatewayVirtualInterfaceGroupResult$, DeleteLocalGatewayVirtualInterfaceRequest$, DeleteLocalGatewayVirtualInterfaceResult$, DeleteManagedPrefixList$, DeleteManagedPrefixListRequest$, DeleteManagedPrefixListResult$, DeleteNatGateway$, DeleteNatGatewayRequest$, DeleteNatGatewayResult$, DeleteNetworkAcl$, DeleteNetworkAclEntry$, DeleteNetworkAclEntryRequest$, DeleteNetworkAclRequest$, DeleteNetworkInsightsAccessScope$, DeleteNetworkInsightsAccessScopeAnalysis$, DeleteNetworkInsightsAccessScopeAnalysisRequest$, DeleteNetworkInsightsAccessScopeAnalysisResult$, DeleteNetworkInsightsAccessScopeRequest$, DeleteNetworkInsightsAccessScopeResult$, DeleteNetworkInsightsAnalysis$, DeleteNetworkInsightsAnalysisRequest$, DeleteNetworkInsightsAnalysisResult$, DeleteNetworkInsightsPath$, DeleteNetworkInsightsPathRequest$, DeleteNetworkInsightsPathResult$, DeleteNetworkInterface$, DeleteNetworkInterfacePermission$, DeleteNetworkInterfacePermissionRequest$, DeleteNetworkInterfacePermissionResult$, DeleteNetworkInterfaceRequest$, DeletePlacementGroup$, DeletePlacementGroupRequest$, DeletePublicIpv4Pool$, DeletePublicIpv4PoolRequest$, DeletePublicIpv4PoolResult$, DeleteQueuedReservedInstances$, DeleteQueuedReservedInstancesError$, DeleteQueuedReservedInstancesRequest$, DeleteQueuedReservedInstancesResult$, DeleteRoute$, DeleteRouteRequest$, DeleteRouteServer$, DeleteRouteServerEndpoint$, DeleteRouteServerEndpointRequest$, DeleteRouteServerEndpointResult$, DeleteRouteServerPeer$, DeleteRouteServerPeerRequest$, DeleteRouteServerPeerResult$, DeleteRouteServerRequest$, DeleteRouteServerResult$, DeleteRouteTable$, DeleteRouteTableRequest$, DeleteSecondaryNetwork$, DeleteSecondaryNetworkRequest$, DeleteSecondaryNetworkResult$, DeleteSecondarySubnet$, DeleteSecondarySubnetRequest$, DeleteSecondarySubnetResult$, DeleteSecurityGroupRequest$, DeleteSecurityGroupResult$, DeleteSnapshot$, DeleteSnapshotRequest$, DeleteSnapshotReturnCode$, DeleteSpotDatafeedSubscription$, DeleteSpotDatafeedSubscriptionRequest$, DeleteSubnet$, DeleteSubnetCidrReservation$, DeleteSubnetCidrReservationRequest$, DeleteSubnetCidrReservationResult$, DeleteSubnetRequest$, DeleteTagsRequest$, DeleteTrafficMirrorFilter$, DeleteTrafficMirrorFilterRequest$, DeleteTrafficMirrorFilterResult$, DeleteTrafficMirrorFilterRule$, DeleteTrafficMirrorFilterRuleRequest$, DeleteTrafficMirrorFilterRuleResult$, DeleteTrafficMirrorSession$, DeleteTrafficMirrorSessionRequest$, DeleteTrafficMirrorSessionResult$, DeleteTrafficMirrorTarget$, DeleteTrafficMirrorTargetRequest$, DeleteTrafficMirrorTargetResult$, DeleteTransitGateway$, DeleteTransitGatewayClientVpnAttachment$, DeleteTransitGatewayClientVpnAttachmentRequest$, DeleteTransitGatewayClientVpnAttachmentResult$, DeleteTransitGatewayConnect$, DeleteTransitGatewayConnectPeer$, DeleteTransitGatewayConnectPeerRequest$, DeleteTransitGatewayConnectPeerResult$, DeleteTransitGatewayConnectRequest$, DeleteTransitGatewayConnectResult$, DeleteTransitGatewayMeteringPolicy$, DeleteTransitGatewayMeteringPolicyEntry$, DeleteTransitGatewayMeteringPolicyEntryRequest$, DeleteTransitGatewayMeteringPolicyEntryResult$, DeleteTransitGatewayMeteringPolicyRequest$, DeleteTransitGatewayMeteringPolicyResult$, DeleteTransitGatewayMulticastDomain$, DeleteTransitGatewayMulticastDomainRequest$, DeleteTransitGatewayMulticastDomainResult$, DeleteTransitGatewayPeeringAttachment$, DeleteTransitGatewayPeeringAttachmentRequest$, DeleteTransitGatewayPeeringAttachmentResult$, DeleteTransitGatewayPolicyTable$, DeleteTransitGatewayPolicyTableEntry$, DeleteTransitGatewayPolicyTableEntryRequest$, DeleteTransitGatewayPolicyTableEntryResult$, DeleteTransitGatewayPolicyTableRequest$, DeleteTransitGatewayPolicyTableResult$, DeleteTransitGatewayPrefixListReference$, DeleteTransitGatewayPrefixListReferenceRequest$, DeleteTransitGatewayPrefixListReferenceResult$, DeleteTransitGatewayRequest$, DeleteTransitGatewayResult$, DeleteTransitGatewayRoute$, DeleteTransitGatewayRouteRequest$, DeleteTransitGatewayRouteResult$, DeleteTransitGatewayRouteTable$, DeleteTransitGatewayRouteTableAnnouncement$, DeleteTransitGatewayRouteTableAnnouncementRequest$, DeleteTransitGatewayRouteTableAnnouncementResult$, DeleteTransitGatewayRouteTableRequest$, DeleteTransitGatewayRouteTableResult$, DeleteTransitGatewayVpcAttachment$, DeleteTransitGatewayVpcAttachmentRequest$, DeleteTransitGatewayVpcAttachmentResult$, DeleteVerifiedAccessEndpoint$, DeleteVerifiedAccessEndpointRequest$, DeleteVerifiedAccessEndpointResult$, DeleteVerifiedAccessGroup$, DeleteVerifiedAccessGroupRequest$, DeleteVerifiedAccessGroupResult$, DeleteVerifiedAccessInstance$, DeleteVerifiedAccessInstanceRequest$, DeleteVerifiedAccessInstanceResult$, DeleteVerifiedAccessTrustProvider$, DeleteVerifiedAccessTrustProviderRequest$, DeleteVerifiedAccessTrustProviderResult$, DeleteVolume$, DeleteVolumeRequest$, DeleteVpc$, DeleteVpcBlockPublicAccessExclusion$, DeleteVpcBlockPublicAccessExclusionRequest$, DeleteVpcBlockPublicAccessExclusionResult$, DeleteVpcEncryptionControl$, DeleteVpcEncryptionControlRequest$, DeleteVpcEncryptionControlResult$, DeleteVpcEndpointConnectionNotifications$, DeleteVpcEndpointConnectionNotificationsRequest$, DeleteVpcEndpointConnectionNotificationsResult$, DeleteVpcEndpointServiceConfigurations$, DeleteVpcEndpointServiceConfigurationsRequest$, DeleteVpcEndpointServiceConfigurationsResult$, DeleteVpcEndpoints$, DeleteVpcEndpointsRequest$, DeleteVpcEndpointsResult$, DeleteVpcPeeringConnection$, DeleteVpcPeeringConnectionRequest$, DeleteVpcPeeringConnectionResult$, DeleteVpcRequest$, DeleteVpnConcentrator$, DeleteVpnConcentratorRequest$, DeleteVpnConcentratorResult$, DeleteVpnConnection$, DeleteVpnConnectionRequest$, DeleteVpnConnectionRoute$, DeleteVpnConnectionRouteRequest$, DeleteVpnGateway$, DeleteVpnGatewayRequest$, DeprecationTimeCondition$, DeprecationTimeConditionRequest$, DeprovisionByoipCidr$, DeprovisionByoipCidrRequest$, DeprovisionByoipCidrResult$, DeprovisionIpamByoasn$, DeprovisionIpamByoasnRequest$, DeprovisionIpamByoasnResult$, DeprovisionIpamPoolCidr$, DeprovisionIpamPoolCidrRequest$, DeprovisionIpamPoolCidrResult$, DeprovisionPublicIpv4PoolCidr$, DeprovisionPublicIpv4PoolCidrRequest$, DeprovisionPublicIpv4PoolCidrResult$, DeregisterImage$, DeregisterImageRequest$, DeregisterImageResult$, DeregisterInstanceEventNotificationAttributes$, DeregisterInstanceEventNotificationAttributesRequest$, DeregisterInstanceEventNotificationAttributesResult$, DeregisterInstanceTagAttributeRequest$, DeregisterTransitGatewayMulticastGroupMembers$, DeregisterTransitGatewayMulticastGroupMembersRequest$, DeregisterTransitGatewayMulticastGroupMembersResult$, DeregisterTransitGatewayMulticastGroupSources$, DeregisterTransitGatewayMulticastGroupSourcesRequest$, DeregisterTransitGatewayMulticastGroupSourcesResult$, DescribeAccountAttributes$, DescribeAccountAttributesRequest$, DescribeAccountAttributesResult$, DescribeAccountVpcEncryptionControl$, DescribeAccountVpcEncryptionControlRequest$, DescribeAccountVpcEncryptionControlResult$, DescribeAddressTransfers$, DescribeAddressTransfersRequest$, DescribeAddressTransfersResult$, DescribeAddresses$, DescribeAddressesAttribute$, DescribeAddressesAttributeRequest$, DescribeAddressesAttributeResult$, DescribeAddressesRequest$, DescribeAddressesResult$, DescribeAggregateIdFormat$, DescribeAggregateIdFormatRequest$, DescribeAggregateIdFormatResult$, DescribeApplicationStatus$, DescribeApplicationStatusCheckAssociations$, DescribeApplicationStatusCheckAssociationsRequest$, DescribeApplicationStatusCheckAssociationsResult$, DescribeApplicationStatusChecks$, DescribeApplicationStatusChecksRequest$, DescribeApplicationStatusChecksResult$, DescribeApplicationStatusRequest$, DescribeApplicationStatusResult$, DescribeAvailabilityZones$, DescribeAvailabilityZonesRequest$, DescribeAvailabilityZonesResult$, DescribeAwsNetworkPerformanceMetricSubscriptions$, DescribeAwsNetworkPerformanceMetricSubscriptionsRequest$, DescribeAwsNetworkPerformanceMetricSubscriptionsResult$, DescribeBundleTasks$, DescribeBundleTasksRequest$, DescribeBundleTasksResult$, DescribeByoipCidrs$, DescribeByoipCidrsRequest$, DescribeByoipCidrsResult$, DescribeCapacityBlockExtensionHistory$, DescribeCapacityBlockExtensionHistoryRequest$, DescribeCapacityBlockExtensionHistoryResult$, DescribeCapacityBlockExtensionOfferings$, DescribeCapacityBlockExtensionOfferingsRequest$, DescribeCapacityBlockExtensionOfferingsResult$, DescribeCapacityBlockOfferings$, DescribeCapacityBlockOfferingsRequest$, DescribeCapacityBlockOfferingsResult$, DescribeCapacityBlockStatus$, DescribeCapacityBlockStatusRequest$, DescribeCapacityBlockStatusResult$, DescribeCapacityBlocks$, DescribeCapacityBlocksRequest$, DescribeCapacityBlocksResult$, DescribeCapacityManagerDataExports$, DescribeCapacityManagerDataExportsRequest$, DescribeCapacityManagerDataExportsResult$, DescribeCapacityReservationBillingRequests$, DescribeCapacityReservationBillingRequestsRequest$, DescribeCapacityReservationBillingRequestsResult$, DescribeCapacityReservationCancellationQuotes$, DescribeCapacityReservationCancellationQuotesRequest$, DescribeCapacityReservationCancellationQuotesResult$, DescribeCapacityReservationFleets$, DescribeCapacityReservationFleetsRequest$, DescribeCapacityReservationFleetsResult$, DescribeCapacityReservationTopology$, DescribeCapacityReservationTopologyRequest$, DescribeCapacityReservationTopologyResult$, DescribeCapacityReservations$, DescribeCapacityReservationsRequest$, DescribeCapacityReservationsResult$, DescribeCarrierGateways$, DescribeCarrierGatewaysRequest$, DescribeCarrierGatewaysResult$, DescribeClassicLinkInstances$, DescribeClassicLinkInstancesRequest$, DescribeClassicLinkInstancesResult$, DescribeClientVpnAuthorizationRules$, DescribeClientVpnAuthorizationRulesRequest$, DescribeClientVpnAuthorizationRulesResult$, DescribeClientVpnConnections$, DescribeClientVpnConnectionsRequest$, DescribeClientVpnConnectionsResult$, DescribeClientVpnEndpoints$, DescribeClientVpnEndpointsRequest$, DescribeClientVpnEndpointsResult$, DescribeClientVpnRoutes$, DescribeClientVpnRoutesRequest$, DescribeClientVpnRoutesResult$, DescribeClientVpnTargetNetworks$, DescribeClientVpnTargetNetworksRequest$, DescribeClientVpnTargetNetworksResult$, DescribeCoipPools$, DescribeCoipPoolsRequest$, DescribeCoipPoolsResult$, DescribeConversionTasks$, DescribeConversionTasksRequest$, DescribeConversionTasksResult$, DescribeCustomerGateways$, DescribeCustomerGatewaysRequest$, DescribeCustomerGatewaysResult$, DescribeDeclarativePoliciesReports$, DescribeDeclarativePoliciesReportsRequest$, DescribeDeclarativePoliciesReportsResult$, DescribeDhcpOptions$, DescribeDhcpOptionsRequest$, DescribeDhcpOptionsResult$, DescribeEgressOnlyInternetGateways$, DescribeEgressOnlyInternetGatewaysRequest$, DescribeEgressOnlyInternetGatewaysResult$, DescribeElasticGpus$, DescribeElasticGpusRequest$, DescribeElasticGpusResult$, DescribeExportImageTasks$, DescribeExportImageTasksRequest$, DescribeExportImageTasksResult$, DescribeExportTasks$, DescribeExportTasksRequest$, DescribeExportTasksResult$, DescribeFastLaunchImages$, DescribeFastLaunchImagesRequest$, DescribeFastLaunchImagesResult$, DescribeFastLaunchImagesSuccessItem$, DescribeFastSnapshotRestoreSuccessItem$, DescribeFastSnapshotRestores$, DescribeFastSnapshotRestoresRequest$, DescribeFastSnapshotRestoresResult$, DescribeFleetError$, DescribeFleetHistory$, DescribeFleetHistoryRequest$, DescribeFleetHistoryResult$, DescribeFleetInstances$, DescribeFleetInstancesRequest$, DescribeFleetInstancesResult$, DescribeFleets$, DescribeFleetsInstances$, DescribeFleetsRequest$, DescribeFleetsResult$, DescribeFlowLogs$, DescribeFlowLogsRequest$, DescribeFlowLogsResult$, DescribeFpgaImageAttribute$, DescribeFpgaImageAttributeRequest$, DescribeFpgaImageAttributeResult$, DescribeFpgaImages$, DescribeFpgaImagesRequest$, DescribeFpgaImagesResult$, DescribeHostReservationOfferings$, DescribeHostReservationOfferingsRequest$, DescribeHostReservationOfferingsResult$, DescribeHostReservations$, DescribeHostReservationsRequest$, DescribeHostReservationsResult$, DescribeHosts$, DescribeHostsRequest$, DescribeHostsResult$, DescribeIamInstanceProfileAssociations$, DescribeIamInstanceProfileAssociationsRequest$, DescribeIamInstanceProfileAssociationsResult$, DescribeIdFormat$, DescribeIdFormatRequest$, DescribeIdFormatResult$, DescribeIdentityIdFormat$, DescribeIdentityIdFormatRequest$, DescribeIdentityIdFormatResult$, DescribeImageAttribute$, DescribeImageAttributeRequest$, DescribeImageReferences$, DescribeImageReferencesRequest$, DescribeImageReferencesResult$, DescribeImageUsageReportEntries$, DescribeImageUsageReportEntriesRequest$, DescribeImageUsageReportEntriesResult$, DescribeImageUsageReports$, DescribeImageUsageReportsRequest$, DescribeImageUsageReportsResult$, DescribeImages$, DescribeImagesRequest$, DescribeImagesResult$, DescribeImportImageTasks$, DescribeImportImageTasksRequest$, DescribeImportImageTasksResult$, DescribeImportSnapshotTasks$, DescribeImportSnapshotTasksRequest$, DescribeImportSnapshotTasksResult$, DescribeInstanceAttribute$, DescribeInstanceAttributeRequest$, DescribeInstanceConnectEndpoints$, DescribeInstanceConnectEndpointsRequest$, DescribeInstanceConnectEndpointsResult$, DescribeInstanceCreditSpecifications$, DescribeInstanceCreditSpecificationsRequest$, DescribeInstanceCreditSpecificationsResult$, DescribeInstanceEventNotificationAttributes$, DescribeInstanceEventNotificationAttributesRequest$, DescribeInstanceEventNotificationAttributesResult$, DescribeInstanceEventWindows$, DescribeInstanceEventWindowsRequest$, DescribeInstanceEventWindowsResult$, DescribeInstanceImageMetadata$, DescribeInstanceImageMetadataRequest$, DescribeInstanceImageMetadataResult$, DescribeInstanceSqlHaHistoryStates$, DescribeInstanceSqlHaHistoryStatesRequest$, DescribeInstanceSqlHaHistoryStatesResult$, DescribeInstanceSqlHaStates$, DescribeInstanceSqlHaStatesRequest$, DescribeInstanceSqlHaStatesResult$, DescribeInstanceStatus$, DescribeInstanceStatusRequest$, DescribeInstanceStatusResult$, DescribeInstanceTopology$, DescribeInstanceTopologyRequest$, DescribeInstanceTopologyResult$, DescribeInstanceTypeOfferings$, DescribeInstanceTypeOfferingsRequest$, DescribeInstanceTypeOfferingsResult$, DescribeInstanceTypes$, DescribeInstanceTypesRequest$, DescribeInstanceTypesResult$, DescribeInstances$, DescribeInstancesRequest$, DescribeInstancesResult$, DescribeInternetGateways$, DescribeInternetGatewaysRequest$, DescribeInternetGatewaysResult$, DescribeIpamByoasn$, DescribeIpamByoasnRequest$, DescribeIpamByoasnResult$, DescribeIpamExternalResourceVerificationTokens$, DescribeIpamExternalResourceVerificationTokensRequest$, DescribeIpamExternalResourceVerificationTokensResult$, DescribeIpamInternetRegistryAssociations$, DescribeIpamInternetRegistryAssociationsRequest$, DescribeIpamInternetRegistryAssociationsResult$, DescribeIpamPolicies$, DescribeIpamPoliciesRequest$, DescribeIpamPoliciesResult$, DescribeIpamPoolAllocations$, DescribeIpamPoolAllocationsRequest$, DescribeIpamPoolAllocationsResult$, DescribeIpamPools$, DescribeIpamPoolsRequest$, DescribeIpamPoolsResult$, DescribeIpamPrefixListResolverTargets$, DescribeIpamPrefixListResolverTargetsRequest$, DescribeIpamPrefixListResolverTargetsResult$, DescribeIpamPrefixListResolvers$, DescribeIpamPrefixListResolversRequest$, DescribeIpamPrefixListResolversResult$, DescribeIpamResourceDiscoveries$, DescribeIpamResourceDiscoveriesRequest$, DescribeIpamResourceDiscoveriesResult$, DescribeIpamResourceDiscoveryAssociations$, DescribeIpamResourceDiscoveryAssociationsRequest$, DescribeIpamResourceDiscoveryAssociationsResult$, DescribeIpamScopes$, DescribeIpamScopesRequest$, DescribeIpamScopesResult$, DescribeIpams$, DescribeIpamsRequest$, DescribeIpamsResult$, DescribeIpv6Pools$, DescribeIpv6PoolsRequest$, DescribeIpv6PoolsResult$, DescribeKeyPairs$, DescribeKeyPairsRequest$, DescribeKeyPairsResult$, DescribeLaunchTemplateVersions$, DescribeLaunchTemplateVersionsRequest$, DescribeLaunchTemplateVersionsResult$, DescribeLaunchTemplates$, DescribeLaunchTemplatesRequest$, DescribeLaunchTemplatesResult$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsRequest$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsResult$, DescribeLocalGatewayRouteTableVpcAssociations$, DescribeLocalGatewayRouteTableVpcAssociationsRequest$, DescribeLocalGatewayRouteTableVpcAssociationsResult$, DescribeLocalGatewayRouteTables$, DescribeLocalGatewayRouteTablesRequest$, DescribeLocalGatewayRouteTablesResult$, DescribeLocalGatewayVirtualInterfaceGroups$, DescribeLocalGatewayVirtualInterfaceGroupsRequest$, DescribeLocalGatewayVirtualInterfaceGroupsResult$, DescribeLocalGatewayVirtualInterfaces$, DescribeLocalGatewayVirtualInterfacesRequest$, DescribeLocalGatewayVirtualInterfacesResult$, DescribeLocalGateways$, DescribeLocalGatewaysRequest$, DescribeLocalGatewaysResult$, DescribeLockedSnapshots$, DescribeLockedSnapshotsRequest$, DescribeLockedSnapshotsResult$, DescribeMacHosts$, DescribeMacHostsRequest$, DescribeMacHostsResult$, DescribeMacModificationTasks$, DescribeMacModificationTasksRequest$, DescribeMacModificationTasksResult$, DescribeManagedPrefixLists$, DescribeManagedPrefixListsRequest$, DescribeManagedPrefixListsResult$, DescribeMovingAddresses$, DescribeMovingAddressesRequest$, DescribeMovingAddressesResult$, DescribeNatGateways$, DescribeNatGatewaysRequest$, DescribeNatGatewaysResult$, DescribeNetworkAcls$, DescribeNetworkAclsRequest$, DescribeNetworkAclsResult$, DescribeNetworkInsightsAccessScopeAnalyses$, DescribeNetworkInsightsAccessScopeAnalysesRequest$, DescribeNetworkInsightsAccessScopeAnalysesResult$, DescribeNetworkInsightsAccessScopes$, DescribeNetworkInsightsAccessScopesRequest$, DescribeNetworkInsightsAccessScopesResult$, DescribeNetworkInsightsAnalyses$, DescribeNetworkInsightsAnalysesRequest$, DescribeNetworkInsightsAnalysesResult$, DescribeNetworkInsightsPaths$, DescribeNetworkInsightsPathsRequest$, DescribeNetworkInsightsPathsResult$, DescribeNetworkInterfaceAttribute$, DescribeNetworkInterfaceAttributeRequest$, DescribeNetworkInterfaceAttributeResult$, DescribeNetworkInterfacePermissions$, DescribeNetworkInterfacePermissionsRequest$, DescribeNetworkInterfacePermissionsResult$, DescribeNetworkInterfaces$, DescribeNetworkInterfacesRequest$, DescribeNetworkInterfacesResult$, DescribeOutpostLags$, DescribeOutpostLagsRequest$, DescribeOutpostLagsResult$, DescribePlacementGroups$, DescribePlacementGroupsRequest$, DescribePlacementGroupsResult$, DescribePrefixLists$, DescribePrefixListsRequest$, DescribePrefixListsResult$, DescribePrincipalIdFormat$, DescribePrincipalIdFormatRequest$, DescribePrincipalIdFormatResult$, DescribePublicIpv4Pools$, DescribePublicIpv4PoolsRequest$, DescribePublicIpv4PoolsResult$, DescribeRegions$, DescribeRegionsRequest$, DescribeRegionsResult$, DescribeReplaceRootVolumeTasks$, DescribeReplaceRootVolumeTasksRequest$, DescribeReplaceRootVolumeTasksResult$, DescribeReservedInstances$, DescribeReservedInstancesListings$, DescribeReservedInstancesListingsRequest$, DescribeReservedInstancesListingsResult$, DescribeReservedInstancesModifications$, DescribeReservedInstancesModificationsRequest$, DescribeReservedInstancesModificationsResult$, DescribeReservedInstancesOfferings$, DescribeReservedInstancesOfferingsRequest$, DescribeReservedInstancesOfferingsResult$, DescribeReservedInstancesRequest$, DescribeReservedInstancesResult$, DescribeRouteServerEndpoints$, DescribeRouteServerEndpointsRequest$, DescribeRouteServerEndpointsResult$, DescribeRouteServerPeers$, DescribeRouteServerPeersRequest$, DescribeRouteServerPeersResult$, DescribeRouteServers$, DescribeRouteServersRequest$, DescribeRouteServersResult$, DescribeRouteTablesRequest$, DescribeRouteTablesResult$, DescribeScheduledInstanceAvailability$, DescribeScheduledInstanceAvailabilityRequest$, DescribeScheduledInstanceAvailabilityResult$, DescribeScheduledInstances$, DescribeScheduledInstancesRequest$, DescribeScheduledInstancesResult$, DescribeSecondaryInterfaces$, DescribeSecondaryInterfacesRequest$, DescribeSecondaryInterfacesResult$, DescribeSecondaryNetworks$, DescribeSecondaryNetworksRequest$, DescribeSecondaryNetworksResult$, DescribeSecondarySubnets$, DescribeSecondarySubnetsRequest$, DescribeSecondarySubnetsResult$, DescribeSecurityGroupReferences$, DescribeSecurityGroupReferencesRequest$, DescribeSecurityGroupReferencesResult$, DescribeSecurityGroupRules$, DescribeSecurityGroupRulesRequest$, DescribeSecurityGroupRulesResult$, DescribeSecurityGroupVpcAssociations$, DescribeSecurityGroupVpcAssociationsRequest$, DescribeSecurityGroupVpcAssociationsResult$, DescribeSecurityGroupsRequest$, DescribeSecurityGroupsResult$, DescribeServiceLinkVirtualInterfaces$, DescribeServiceLinkVirtualInterfacesRequest$, DescribeServiceLinkVirtualInterfacesResult$, DescribeSnapshotAttribute$, DescribeSnapshotAttributeRequest$, DescribeSnapshotAttributeResult$, DescribeSnapshotTierStatus$, DescribeSnapshotTierStatusRequest$, DescribeSnapshotTierStatusResult$, DescribeSnapshots$, DescribeSnapshotsRequest$, DescribeSnapshotsResult$, DescribeSpotDatafeedSubscription$, DescribeSpotDatafeedSubscriptionRequest$, DescribeSpotDatafeedSubscriptionResult$, DescribeSpotFleetInstances$, DescribeSpotFleetInstancesRequest$, DescribeSpotFleetInstancesResponse$, DescribeSpotFleetRequestHistory$, DescribeSpotFleetRequestHistoryRequest$, DescribeSpotFleetRequestHistoryResponse$, DescribeSpotFleetRequests$, DescribeSpotFleetRequestsRequest$, DescribeSpotFleetRequestsResponse$, DescribeSpotInstanceRequests$, DescribeSpotInstanceRequestsRequest$, DescribeSpotInstanceRequestsResult$, DescribeSpotPriceHistory$, DescribeSpotPriceHistoryRequest$, DescribeSpotPriceHistoryResult$, DescribeStaleSecurityGroups$, DescribeStaleSecurityGroupsRequest$, DescribeStaleSecurityGroupsResult$, DescribeStoreImageTasks$, DescribeStoreImageTasksRequest$, DescribeStoreImageTasksResult$, DescribeSubnetsRequest$, DescribeSubnetsResult$, DescribeTags$, DescribeTagsRequest$, DescribeTagsResult$, DescribeTrafficMirrorFilterRules$, DescribeTrafficMirrorFilterRulesRequest$, DescribeTrafficMirrorFilterRulesResult$, DescribeTrafficMirrorFilters$, DescribeTrafficMirrorFiltersRequest$, DescribeTrafficMirrorFiltersResult$, DescribeTrafficMirrorSessions$, DescribeTrafficMirrorSessionsRequest$, DescribeTrafficMirrorSessionsResult$, DescribeTrafficMirrorTargets$, DescribeTrafficMirrorTargetsRequest$, DescribeTrafficMirrorTargetsResult$, DescribeTransitGatewayAttachments$, DescribeTransitGatewayAttachmentsRequest$, DescribeTransitGatewayAttachmentsResult$, DescribeTransitGatewayConnectPeers$, DescribeTransitGatewayConnectPeersRequest$, DescribeTransitGatewayConnectPeersResult$, DescribeTransitGatewayConnects$, DescribeTransitGatewayConnectsRequest$, DescribeTransitGatewayConnectsResult$, DescribeTransitGatewayMeteringPolicies$, DescribeTransitGatewayMeteringPoliciesRequest$, DescribeTransitGatewayMeteringPoliciesResult$, DescribeTransitGatewayMulticastDomains$, DescribeTransitGatewayMulticastDomainsRequest$, DescribeTransitGatewayMulticastDomainsResult$, DescribeTransitGatewayPeeringAttachments$, DescribeTransitGatewayPeeringAttachmentsRequest$, DescribeTransitGatewayPeeringAttachmentsResult$, DescribeTransitGatewayPolicyTables$, DescribeTransitGatewayPolicyTablesRequest$, DescribeTransitGatewayPolicyTablesResult$, DescribeTransitGatewayRouteTableAnnouncements$, DescribeTransitGatewayRouteTableAnnouncementsRequest$, DescribeTransitGatewayRouteTableAnnouncementsResult$, DescribeTransitGatewayRouteTables$, DescribeTransitGatewayRouteTablesRequest$, DescribeTransitGatewayRouteTablesResult$, DescribeTransitGatewayVpcAttachments$, DescribeTransitGatewayVpcAttachmentsRequest$, DescribeTransitGatewayVpcAttachmentsResult$, DescribeTransitGateways$, DescribeTransitGatewaysRequest$, DescribeTransitGatewaysResult$, DescribeTrunkInterfaceAssociations$, DescribeTrunkInterfaceAssociationsRequest$, DescribeTrunkInterfaceAssociationsResult$, DescribeVerifiedAccessEndpoints$, DescribeVerifiedAccessEndpointsRequest$, DescribeVerifiedAccessEndpointsResult$, DescribeVerifiedAccessGroups$, DescribeVerifiedAccessGroupsRequest$, DescribeVerifiedAccessGroupsResult$, DescribeVerifiedAccessInstanceLoggingConfigurations$, DescribeVerifiedAccessInstanceLoggingConfigurationsRequest$, DescribeVerifiedAccessInstanceLoggingConfigurationsResult$, DescribeVerifiedAccessInstances$, DescribeVerifiedAccessInstancesRequest$, DescribeVerifiedAccessInstancesResult$, DescribeVerifiedAccessTrustProviders$, DescribeVerifiedAccessTrustProvidersRequest$, DescribeVerifiedAccessTrustProvidersResult$, DescribeVolumeAttribute$, DescribeVolumeAttributeRequest$, DescribeVolumeAttributeResult$, DescribeVolumeStatus$, DescribeVolumeStatusRequest$, DescribeVolumeStatusResult$, DescribeVolumes$, DescribeVolumesModifications$, DescribeVolumesModificationsRequest$, DescribeVolumesModificationsResult$, DescribeVolumesRequest$, DescribeVolumesResult$, DescribeVpcAttribute$, DescribeVpcAttributeRequest$, DescribeVpcAttributeResult$, DescribeVpcBlockPublicAccessExclusions$, DescribeVpcBlockPublicAccessExclusionsRequest$, DescribeVpcBlockPublicAccessExclusionsResult$, DescribeVpcBlockPublicAccessOptions$, DescribeVpcBlockPublicAccessOptionsRequest$, DescribeVpcBlockPublicAccessOptionsResult$, DescribeVpcClassicLink$, DescribeVpcClassicLinkDnsSupport$, DescribeVpcClassicLinkDnsSupportRequest$, DescribeVpcClassicLinkDnsSupportResult$, DescribeVpcClassicLinkRequest$, DescribeVpcClassicLinkResult$, DescribeVpcEncryptionControls$, DescribeVpcEncryptionControlsRequest$, DescribeVpcEncryptionControlsResult$, DescribeVpcEndpointAssociations$, DescribeVpcEndpointAssociationsRequest$, DescribeVpcEndpointAssociationsResult$, DescribeVpcEndpointConnectionNotifications$, DescribeVpcEndpointConnectionNotificationsRequest$, DescribeVpcEndpointConnectionNotificationsResult$, DescribeVpcEndpointConnections$, DescribeVpcEndpointConnectionsRequest$, DescribeVpcEndpointConnectionsResult$, DescribeVpcEndpointServiceConfigurations$, DescribeVpcEndpointServiceConfigurationsRequest$, DescribeVpcEndpointServiceConfigurationsResult$, DescribeVpcEndpointServicePermissions$, DescribeVpcEndpointServicePermissionsRequest$, DescribeVpcEndpointServicePermissionsResult$, DescribeVpcEndpointServices$, DescribeVpcEndpointServicesRequest$, DescribeVpcEndpointServicesResult$, DescribeVpcEndpoints$, DescribeVpcEndpointsRequest$, DescribeVpcEndpointsResult$, DescribeVpcPeeringConnections$, DescribeVpcPeeringConnectionsRequest$, DescribeVpcPeeringConnectionsResult$, DescribeVpcs$, DescribeVpcsRequest$, DescribeVpcsResult$, DescribeVpnConcentrators$, DescribeVpnConcentratorsRequest$, DescribeVpnConcentratorsResult$, DescribeVpnConnections$, DescribeVpnConnectionsRequest$, DescribeVpnConnectionsResult$, DescribeVpnGateways$, DescribeVpnGatewaysRequest$, DescribeVpnGatewaysResult$, DestinationOptionsRequest$, DestinationOptionsResponse$, DetachClassicLinkVpc$, DetachClassicLinkVpcRequest$, DetachClassicLinkVpcResult$, DetachImageWatermark$, DetachImageWatermarkRequest$, DetachImageWatermarkResult$, DetachInternetGateway$, DetachInternetGatewayRequest$, DetachNetworkInterface$, DetachNetworkInterfaceRequest$, DetachVerifiedAccessTrustProvider$, DetachVerifiedAccessTrustProviderRequest$, DetachVerifiedAccessTrustProviderResult$, DetachVolume$, DetachVolumeRequest$, DetachVpnGateway$, DetachVpnGatewayRequest$, DeviceOptions$, DhcpConfiguration$, DhcpOptions$, DimensionCondition$, DirectoryServiceAuthentication$, DirectoryServiceAuthenticationRequest$, DisableAddressTransfer$, DisableAddressTransferRequest$, DisableAddressTransferResult$, DisableAllowedImagesSettings$, DisableAllowedImagesSettingsRequest$, DisableAllowedImagesSettingsResult$, DisableApplicationStatusCheckSuppression$, DisableApplicationStatusCheckSuppressionRequest$, DisableApplicationStatusCheckSuppressionResult$, DisableAwsNetworkPerformanceMetricSubscription$, DisableAwsNetworkPerformanceMetricSubscriptionRequest$, DisableAwsNetworkPerformanceMetricSubscriptionResult$, DisableCapacityManager$, DisableCapacityManagerRequest$, DisableCapacityManagerResult$, DisableEbsEncryptionByDefault$, DisableEbsEncryptionByDefaultRequest$, DisableEbsEncryptionByDefaultResult$, DisableFastLaunch$, DisableFastLaunchRequest$, DisableFastLaunchResult$, DisableFastSnapshotRestoreErrorItem$, DisableFastSnapshotRestoreStateError$, DisableFastSnapshotRestoreStateErrorItem$, DisableFastSnapshotRestoreSuccessItem$, DisableFastSnapshotRestores$, DisableFastSnapshotRestoresRequest$, DisableFastSnapshotRestoresResult$, DisableImage$, DisableImageBlockPublicAccess$, DisableImageBlockPublicAccessRequest$, DisableImageBlockPublicAccessResult$, DisableImageDeprecation$, DisableImageDeprecationRequest$, DisableImageDeprecationResult$, DisableImageDeregistrationProtection$, DisableImageDeregistrationProtectionRequest$, DisableImageDeregistrationProtectionResult$, DisableImageRequest$, DisableImageResult$, DisableInstanceSqlHaStandbyDetections$, DisableInstanceSqlHaStandbyDetectionsRequest$, DisableInstanceSqlHaStandbyDetectionsResult$, DisableIpamOrganizationAdminAccount$, DisableIpamOrganizationAdminAccountRequest$, DisableIpamOrganizationAdminAccountResult$, DisableIpamPolicy$, DisableIpamPolicyRequest$, DisableIpamPolicyResult$, DisableRouteServerPropagation$, DisableRouteServerPropagationRequest$, DisableRouteServerPropagationResult$, DisableSerialConsoleAccess$, DisableSerialConsoleAccessRequest$, DisableSerialConsoleAccessResult$, DisableSnapshotBlockPublicAccess$, DisableSnapshotBlockPublicAccessRequest$, DisableSnapshotBlockPublicAccessResult$, DisableTransitGatewayRouteTablePropagation$, DisableTransitGatewayRouteTablePropagationRequest$, DisableTransitGatewayRouteTablePropagationResult$, DisableVgwRoutePropagation$, DisableVgwRoutePropagationRequest$, DisableVpcClassicLink$, DisableVpcClassicLinkDnsSupport$, DisableVpcClassicLinkDnsSupportRequest$, DisableVpcClassicLinkDnsSupportResult$, DisableVpcClassicLinkRequest$, DisableVpcClassicLinkResult$, DisassociateAddress$, DisassociateAddressRequest$, DisassociateApplicationStatusCheck$, DisassociateApplicationStatusCheckRequest$, DisassociateApplicationStatusCheckResult$, DisassociateCapacityReservationBillingOwner$, DisassociateCapacityReservationBillingOwnerRequest$, DisassociateCapacityReservationBillingOwnerResult$, DisassociateClientVpnTargetNetwork$, DisassociateClientVpnTargetNetworkRequest$, DisassociateClientVpnTargetNetworkResult$, DisassociateEnclaveCertificateIamRole$, DisassociateEnclaveCertificateIamRoleRequest$, DisassociateEnclaveCertificateIamRoleResult$, DisassociateIamInstanceProfile$, DisassociateIamInstanceProfileRequest$, DisassociateIamInstanceProfileResult$, DisassociateInstanceEventWindow$, DisassociateInstanceEventWindowRequest$, DisassociateInstanceEventWindowResult$, DisassociateIpamByoasn$, DisassociateIpamByoasnRequest$, DisassociateIpamByoasnResult$, DisassociateIpamResourceDiscovery$, DisassociateIpamResourceDiscoveryRequest$, DisassociateIpamResourceDiscoveryResult$, DisassociateNatGatewayAddress$, DisassociateNatGatewayAddressRequest$, DisassociateNatGatewayAddressResult$, DisassociateRouteServer$, DisassociateRouteServerRequest$, DisassociateRouteServerResult$, DisassociateRouteTable$, DisassociateRouteTableRequest$, DisassociateSecurityGroupVpc$, DisassociateSecurityGroupVpcRequest$, DisassociateSecurityGroupVpcResult$, DisassociateSubnetCidrBlock$, DisassociateSubnetCidrBlockRequest$, DisassociateSubnetCidrBlockResult$, DisassociateTransitGatewayMulticastDomain$, DisassociateTransitGatewayMulticastDomainRequest$, DisassociateTransitGatewayMulticastDomainResult$, DisassociateTransitGatewayPolicyTable$, DisassociateTransitGatewayPolicyTableRequest$, DisassociateTransitGatewayPolicyTableResult$, DisassociateTransitGatewayRouteTable$, DisassociateTransitGatewayRouteTableRequest$, DisassociateTransitGatewayRouteTableResult$, DisassociateTrunkInterface$, DisassociateTrunkInterfaceRequest$, DisassociateTrunkInterfaceResult$, DisassociateVpcCidrBlock$, DisassociateVpcCidrBlockRequest$, DisassociateVpcCidrBlockResult$, DiskImage$, DiskImageDescription$, DiskImageDetail$, DiskImageVolumeDescription$, DiskInfo$, DnsEntry$, DnsOptions$, DnsOptionsSpecification$, DnsServersOptionsModifyStructure$, EC2ServiceException$, EbsBlockDevice$, EbsBlockDeviceResponse$, EbsCardInfo$, EbsInfo$, EbsInstanceBlockDevice$, EbsInstanceBlockDeviceSpecification$, EbsOptimizedInfo$, EbsStatusDetails$, EbsStatusSummary$, Ec2InstanceConnectEndpoint$, EfaInfo$, EgressOnlyInternetGateway$, ElasticGpuAssociation$, ElasticGpuHealth$, ElasticGpuSpecification$, ElasticGpuSpecificationResponse$, ElasticGpus$, ElasticInferenceAccelerator$, ElasticInferenceAcceleratorAssociation$, EnaSrdSpecification$, EnaSrdSpecificationRequest$, EnaSrdUdpSpecification$, EnaSrdUdpSpecificationRequest$, EnableAddressTransfer$, EnableAddressTransferRequest$, EnableAddressTransferResult$, EnableAllowedImagesSettings$, EnableAllowedImagesSettingsRequest$, EnableAllowedImagesSettingsResult$, EnableApplicationStatusCheckSuppression$, EnableApplicationStatusCheckSuppressionRequest$, EnableApplicationStatusCheckSuppressionResult$, EnableAwsNetworkPerformanceMetricSubscription$, EnableAwsNetworkPerformanceMetricSubscriptionRequest$, EnableAwsNetworkPerformanceMetricSubscriptionResult$, EnableCapacityManager$, EnableCapacityManagerRequest$, EnableCapacityManagerResult$, EnableEbsEncryptionByDefault$, EnableEbsEncryptionByDefaultRequest$, EnableEbsEncryptionByDefaultResult$, EnableFastLaunch$, EnableFastLaunchRequest$, EnableFastLaunchResult$, EnableFastSnapshotRestoreErrorItem$, EnableFastSnapshotRestoreStateError$, EnableFastSnapshotRestoreStateErrorItem$, EnableFastSnapshotRestoreSuccessItem$, EnableFastSnapshotRestores$, EnableFastSnapshotRestoresRequest$, EnableFastSnapshotRestoresResult$, EnableImage$, EnableImageBlockPublicAccess$, EnableImageBlockPublicAccessRequest$, EnableImageBlockPublicAccessResult$, EnableImageDeprecation$, EnableImageDeprecationRequest$, EnableImageDeprecationResult$, EnableImageDeregistrationProtection$, EnableImageDeregistrationProtectionRequest$, EnableImageDeregistrationProtectionResult$, EnableImageRequest$, EnableImageResult$, EnableInstanceSqlHaStandbyDetections$, EnableInstanceSqlHaStandbyDetectionsRequest$, EnableInstanceSqlHaStandbyDetectionsResult$, EnableIpamInternetRegistryAssociation$, EnableIpamInternetRegistryAssociationRequest$, EnableIpamInternetRegistryAssociationResult$, EnableIpamOrganizationAdminAccount$, EnableIpamOrganizationAdminAccountRequest$, EnableIpamOrganizationAdminAccountResult$, EnableIpamPolicy$, EnableIpamPolicyRequest$, EnableIpamPolicyResult$, EnableReachabilityAnalyzerOrganizationSharing$, EnableReachabilityAnalyzerOrganizationSharingRequest$, EnableReachabilityAnalyzerOrganizationSharingResult$, EnableRouteServerPropagation$, EnableRouteServerPropagationRequest$, EnableRouteServerPropagationResult$, EnableSerialConsoleAccess$, EnableSerialConsoleAccessRequest$, EnableSerialConsoleAccessResult$, EnableSnapshotBlockPublicAccess$, EnableSnapshotBlockPublicAccessRequest$, EnableSnapshotBlockPublicAccessResult$, EnableTransitGatewayRouteTablePropagation$, EnableTransitGatewayRouteTablePropagationRequest$, EnableTransitGatewayRouteTablePropagationResult$, EnableVgwRoutePropagation$, EnableVgwRoutePropagationRequest$, EnableVolumeIO$, EnableVolumeIORequest$, EnableVpcClassicLink$, EnableVpcClassicLinkDnsSupport$, EnableVpcClassicLinkDnsSupportRequest$, EnableVpcClassicLinkDnsSupportResult$, EnableVpcClassicLinkRequest$, EnableVpcClassicLinkResult$, EnclaveOptions$, EnclaveOptionsRequest$, EncryptionSupport$, EventInformation$, Explanation$, ExportClientVpnClientCertificateRevocationList$, ExportClientVpnClientCertificateRevocationListRequest$, ExportClientVpnClientCertificateRevocationListResult$, ExportClientVpnClientConfiguration$, ExportClientVpnClientConfigurationRequest$, ExportClientVpnClientConfigurationResult$, ExportImage$, ExportImageRequest$, ExportImageResult$, ExportImageTask$, ExportTask$, ExportTaskS3Location$, ExportTaskS3LocationRequest$, ExportToS3Task$, ExportToS3TaskSpecification$, ExportTransitGatewayRoutes$, ExportTransitGatewayRoutesRequest$, ExportTransitGatewayRoutesResult$, ExportVerifiedAccessInstanceClientConfiguration$, ExportVerifiedAccessInstanceClientConfigurationRequest$, ExportVerifiedAccessInstanceClientConfigurationResult$, ExternalAuthorityConfiguration$, FailedCapacityReservationFleetCancellationResult$, FailedQueuedPurchaseDeletion$, FastLaunchLaunchTemplateSpecificationRequest$, FastLaunchLaunchTemplateSpecificationResponse$, FastLaunchSnapshotConfigurationRequest$, FastLaunchSnapshotConfigurationResponse$, FederatedAuthentication$, FederatedAuthenticationRequest$, Filter$, FilterPortRange$, FirewallStatefulRule$, FirewallStatelessRule$, FleetBlockDeviceMappingRequest$, FleetCapacityReservation$, FleetCapacityReservationTargetRequest$, FleetData$, FleetEbsBlockDeviceRequest$, FleetIamInstanceProfileSpecificationRequest$, FleetInstanceMetadataOptionsRequest$, FleetLaunchTemplateConfig$, FleetLaunchTemplateConfigRequest$, FleetLaunchTemplateOverrides$, FleetLaunchTemplateOverridesRequest$, FleetLaunchTemplateSpecification$, FleetLaunchTemplateSpecificationRequest$, FleetSpotCapacityRebalance$, FleetSpotCapacityRebalanceRequest$, FleetSpotMaintenanceStrategies$, FleetSpotMaintenanceStrategiesRequest$, FlowLog$, FpgaDeviceInfo$, FpgaDeviceMemoryInfo$, FpgaImage$, FpgaImageAttribute$, FpgaImageState$, FpgaInfo$, GetActiveVpnTunnelStatus$, GetActiveVpnTunnelStatusRequest$, GetActiveVpnTunnelStatusResult$, GetAllowedImagesSettings$, GetAllowedImagesSettingsRequest$, GetAllowedImagesSettingsResult$, GetAssociatedEnclaveCertificateIamRoles$, GetAssociatedEnclaveCertificateIamRolesRequest$, GetAssociatedEnclaveCertificateIamRolesResult$, GetAssociatedIpv6PoolCidrs$, GetAssociatedIpv6PoolCidrsRequest$, GetAssociatedIpv6PoolCidrsResult$, GetAwsNetworkPerformanceData$, GetAwsNetworkPerformanceDataRequest$, GetAwsNetworkPerformanceDataResult$, GetCapacityManagerAttributes$, GetCapacityManagerAttributesRequest$, GetCapacityManagerAttributesResult$, GetCapacityManagerMetricData$, GetCapacityManagerMetricDataRequest$, GetCapacityManagerMetricDataResult$, GetCapacityManagerMetricDimensions$, GetCapacityManagerMetricDimensionsRequest$, GetCapacityManagerMetricDimensionsResult$, GetCapacityManagerMonitoredTagKeys$, GetCapacityManagerMonitoredTagKeysRequest$, GetCapacityManagerMonitoredTagKeysResult$, GetCapacityReservationUsage$, GetCapacityReservationUsageRequest$, GetCapacityReservationUsageResult$, GetCoipPoolUsage$, GetCoipPoolUsageRequest$, GetCoipPoolUsageResult$, GetConsoleOutput$, GetConsoleOutputRequest$, GetConsoleOutputResult$, GetConsoleScreenshot$, GetConsoleScreenshotRequest$, GetConsoleScreenshotResult$, GetDeclarativePoliciesReportSummary$, GetDeclarativePoliciesReportSummaryRequest$, GetDeclarativePoliciesReportSummaryResult$, GetDefaultCreditSpecification$, GetDefaultCreditSpecificationRequest$, GetDefaultCreditSpecificationResult$, GetEbsDefaultKmsKeyId$, GetEbsDefaultKmsKeyIdRequest$, GetEbsDefaultKmsKeyIdResult$, GetEbsEncryptionByDefault$, GetEbsEncryptionByDefaultRequest$, GetEbsEncryptionByDefaultResult$, GetEnabledIpamPolicy$, GetEnabledIpamPolicyRequest$, GetEnabledIpamPolicyResult$, GetFlowLogsIntegrationTemplate$, GetFlowLogsIntegrationTemplateRequest$, GetFlowLogsIntegrationTemplateResult$, GetGroupsForCapacityReservation$, GetGroupsForCapacityReservationRequest$, GetGroupsForCapacityReservationResult$, GetHostReservationPurchasePreview$, GetHostReservationPurchasePreviewRequest$, GetHostReservationPurchasePreviewResult$, GetImageAncestry$, GetImageAncestryRequest$, GetImageAncestryResult$, GetImageBlockPublicAccessState$, GetImageBlockPublicAccessStateRequest$, GetImageBlockPublicAccessStateResult$, GetInstanceMetadataDefaults$, GetInstanceMetadataDefaultsRequest$, GetInstanceMetadataDefaultsResult$, GetInstanceTpmEkPub$, GetInstanceTpmEkPubRequest$, GetInstanceTpmEkPubResult$, GetInstanceTypesFromInstanceRequirements$, GetInstanceTypesFromInstanceRequirementsRequest$, GetInstanceTypesFromInstanceRequirementsResult$, GetInstanceUefiData$, GetInstanceUefiDataRequest$, GetInstanceUefiDataResult$, GetIpamAddressHistory$, GetIpamAddressHistoryRequest$, GetIpamAddressHistoryResult$, GetIpamDiscoveredAccounts$, GetIpamDiscoveredAccountsRequest$, GetIpamDiscoveredAccountsResult$, GetIpamDiscoveredPublicAddresses$, GetIpamDiscoveredPublicAddressesRequest$, GetIpamDiscoveredPublicAddressesResult$, GetIpamDiscoveredResourceCidrs$, GetIpamDiscoveredResourceCidrsRequest$, GetIpamDiscoveredResourceCidrsResult$, GetIpamDiscoveredRoutes$, GetIpamDiscoveredRoutesRequest$, GetIpamDiscoveredRoutesResult$, GetIpamInternetRegistryAssociationAsns$, GetIpamInternetRegistryAssociationAsnsRequest$, GetIpamInternetRegistryAssociationAsnsResult$, GetIpamInternetRegistryAssociationCidrs$, GetIpamInternetRegistryAssociationCidrsRequest$, GetIpamInternetRegistryAssociationCidrsResult$, GetIpamPolicyAllocationRules$, GetIpamPolicyAllocationRulesRequest$, GetIpamPolicyAllocationRulesResult$, GetIpamPolicyOrganizationTargets$, GetIpamPolicyOrganizationTargetsRequest$, GetIpamPolicyOrganizationTargetsResult$, GetIpamPoolAllocations$, GetIpamPoolAllocationsRequest$, GetIpamPoolAllocationsResult$, GetIpamPoolCidrs$, GetIpamPoolCidrsRequest$, GetIpamPoolCidrsResult$, GetIpamPrefixListResolverRules$, GetIpamPrefixListResolverRulesRequest$, GetIpamPrefixListResolverRulesResult$, GetIpamPrefixListResolverVersionEntries$, GetIpamPrefixListResolverVersionEntriesRequest$, GetIpamPrefixListResolverVersionEntriesResult$, GetIpamPrefixListResolverVersions$, GetIpamPrefixListResolverVersionsRequest$, GetIpamPrefixListResolverVersionsResult$, GetIpamResourceCidrs$, GetIpamResourceCidrsRequest$, GetIpamResourceCidrsResult$, GetIpamRouteOriginAuthorizations$, GetIpamRouteOriginAuthorizationsRequest$, GetIpamRouteOriginAuthorizationsResult$, GetIpamRouteProtectionFindings$, GetIpamRouteProtectionFindingsRequest$, GetIpamRouteProtectionFindingsResult$, GetIpamRoutingPolicyRegistrationDeltas$, GetIpamRoutingPolicyRegistrationDeltasRequest$, GetIpamRoutingPolicyRegistrationDeltasResult$, GetIpamRoutingPolicyRegistrations$, GetIpamRoutingPolicyRegistrationsRequest$, GetIpamRoutingPolicyRegistrationsResult$, GetLaunchTemplateData$, GetLaunchTemplateDataRequest$, GetLaunchTemplateDataResult$, GetManagedPrefixListAssociations$, GetManagedPrefixListAssociationsRequest$, GetManagedPrefixListAssociationsResult$, GetManagedPrefixListEntries$, GetManagedPrefixListEntriesRequest$, GetManagedPrefixListEntriesResult$, GetManagedResourceVisibility$, GetManagedResourceVisibilityRequest$, GetManagedResourceVisibilityResult$, GetNetworkInsightsAccessScopeAnalysisFindings$, GetNetworkInsightsAccessScopeAnalysisFindingsRequest$, GetNetworkInsightsAccessScopeAnalysisFindingsResult$, GetNetworkInsightsAccessScopeContent$, GetNetworkInsightsAccessScopeContentRequest$, GetNetworkInsightsAccessScopeContentResult$, GetPasswordData$, GetPasswordDataRequest$, GetPasswordDataResult$, GetReservedInstancesExchangeQuote$, GetReservedInstancesExchangeQuoteRequest$, GetReservedInstancesExchangeQuoteResult$, GetRouteServerAssociations$, GetRouteServerAssociationsRequest$, GetRouteServerAssociationsResult$, GetRouteServerPropagations$, GetRouteServerPropagationsRequest$, GetRouteServerPropagationsResult$, GetRouteServerRoutingDatabase$, GetRouteServerRoutingDatabaseRequest$, GetRouteServerRoutingDatabaseResult$, GetSecurityGroupsForVpc$, GetSecurityGroupsForVpcRequest$, GetSecurityGroupsForVpcResult$, GetSerialConsoleAccessStatus$, GetSerialConsoleAccessStatusRequest$, GetSerialConsoleAccessStatusResult$, GetSnapshotBlockPublicAccessState$, GetSnapshotBlockPublicAccessStateRequest$, GetSnapshotBlockPublicAccessStateResult$, GetSpotPlacementScores$, GetSpotPlacementScoresRequest$, GetSpotPlacementScoresResult$, GetSubnetCidrReservations$, GetSubnetCidrReservationsRequest$, GetSubnetCidrReservationsResult$, GetTransitGatewayAttachmentPropagations$, GetTransitGatewayAttachmentPropagationsRequest$, GetTransitGatewayAttachmentPropagationsResult$, GetTransitGatewayMeteringPolicyEntries$, GetTransitGatewayMeteringPolicyEntriesRequest$, GetTransitGatewayMeteringPolicyEntriesResult$, GetTransitGatewayMulticastDomainAssociations$, GetTransitGatewayMulticastDomainAssociationsRequest$, GetTransitGatewayMulticastDomainAssociationsResult$, GetTransitGatewayPolicyTableAssociations$, GetTransitGatewayPolicyTableAssociationsRequest$, GetTransitGatewayPolicyTableAssociationsResult$, GetTransitGatewayPolicyTableEntries$, GetTransitGatewayPolicyTableEntriesRequest$, GetTransitGatewayPolicyTableEntriesResult$, GetTransitGatewayPrefixListReferences$, GetTransitGatewayPrefixListReferencesRequest$, GetTransitGatewayPrefixListReferencesResult$, GetTransitGatewayRouteTableAssociations$, GetTransitGatewayRouteTableAssociationsRequest$, GetTransitGatewayRouteTableAssociationsResult$, GetTransitGatewayRouteTablePropagations$, GetTransitGatewayRouteTablePropagationsRequest$, GetTransitGatewayRouteTablePropagationsResult$, GetVerifiedAccessEndpointPolicy$, GetVerifiedAccessEndpointPolicyRequest$, GetVerifiedAccessEndpointPolicyResult$, GetVerifiedAccessEndpointTargets$, GetVerifiedAccessEndpointTargetsRequest$, GetVerifiedAccessEndpointTargetsResult$, GetVerifiedAccessGroupPolicy$, GetVerifiedAccessGroupPolicyRequest$, GetVerifiedAccessGroupPolicyResult$, GetVpcResourcesBlockingEncryptionEnforcement$, GetVpcResourcesBlockingEncryptionEnforcementRequest$, GetVpcResourcesBlockingEncryptionEnforcementResult$, GetVpnConnectionDeviceSampleConfiguration$, GetVpnConnectionDeviceSampleConfigurationRequest$, GetVpnConnectionDeviceSampleConfigurationResult$, GetVpnConnectionDeviceTypes$, GetVpnConnectionDeviceTypesRequest$, GetVpnConnectionDeviceTypesResult$, GetVpnTunnelReplacementStatus$, GetVpnTunnelReplacementStatusRequest$, GetVpnTunnelReplacementStatusResult$, GpuDeviceInfo$, GpuDeviceMemoryInfo$, GpuInfo$, GroupIdentifier$, HealthCheckPathDestinationRequestObject$, HealthCheckPathDestinationResponseObject$, HealthCheckPathRequestObject$, HealthCheckPathResponseObject$, HealthCheckPathSourceRequestObject$, HealthCheckPathSourceResponseObject$, HibernationOptions$, HibernationOptionsRequest$, HistoryRecord$, HistoryRecordEntry$, Host$, HostCpuOptions$, HostCpuOptionsRequest$, HostInstance$, HostOffering$, HostProperties$, HostReservation$, IKEVersionsListValue$, IKEVersionsRequestListValue$, IamInstanceProfile$, IamInstanceProfileAssociation$, IamInstanceProfileSpecification$, IcmpTypeCode$, IdFormat$, Image$, ImageAncestryEntry$, ImageAttribute$, ImageCriterion$, ImageCriterionRequest$, ImageDiskContainer$, ImageMetadata$, ImageRecycleBinInfo$, ImageReference$, ImageUsageReport$, ImageUsageReportEntry$, ImageUsageResourceType$, ImageUsageResourceTypeOption$, ImageUsageResourceTypeOptionRequest$, ImageUsageResourceTypeRequest$, ImageWatermark$, ImageWatermarkFilterRequest$, ImageWatermarkFilterResponse$, ImportClientVpnClientCertificateRevocationList$, ImportClientVpnClientCertificateRevocationListRequest$, ImportClientVpnClientCertificateRevocationListResult$, ImportImage$, ImportImageLicenseConfigurationRequest$, ImportImageLicenseConfigurationResponse$, ImportImageRequest$, ImportImageResult$, ImportImageTask$, ImportInstance$, ImportInstanceLaunchSpecification$, ImportInstanceRequest$, ImportInstanceResult$, ImportInstanceTaskDetails$, ImportInstanceVolumeDetailItem$, ImportKeyPair$, ImportKeyPairRequest$, ImportKeyPairResult$, ImportSnapshot$, ImportSnapshotRequest$, ImportSnapshotResult$, ImportSnapshotTask$, ImportVolume$, ImportVolumeRequest$, ImportVolumeResult$, ImportVolumeTaskDetails$, InferenceAcceleratorInfo$, InferenceDeviceInfo$, InferenceDeviceMemoryInfo$, InitializationStatusDetails$, Instance$, InstanceApplicationStatus$, InstanceAttachmentEnaSrdSpecification$, InstanceAttachmentEnaSrdUdpSpecification$, InstanceAttribute$, InstanceBlockDeviceMapping$, InstanceBlockDeviceMappingSpecification$, InstanceCapacity$, InstanceConnectEndpointDnsNames$, InstanceConnectEndpointPublicDnsNames$, InstanceCount$, InstanceCreditSpecification$, InstanceCreditSpecificationRequest$, InstanceEventWindow$, InstanceEventWindowAssociationRequest$, InstanceEventWindowAssociationTarget$, InstanceEventWindowDisassociationRequest$, InstanceEventWindowStateChange$, InstanceEventWindowTimeRange$, InstanceEventWindowTimeRangeRequest$, InstanceExportDetails$, InstanceFamilyCreditSpecification$, InstanceImageMetadata$, InstanceIpv4Prefix$, InstanceIpv6Address$, InstanceIpv6AddressRequest$, InstanceIpv6Prefix$, InstanceMaintenanceOptions$, InstanceMaintenanceOptionsRequest$, InstanceMarketOptionsRequest$, InstanceMetadataDefaultsResponse$, InstanceMetadataOptionsRequest$, InstanceMetadataOptionsResponse$, InstanceMonitoring$, InstanceNetworkInterface$, InstanceNetworkInterfaceAssociation$, InstanceNetworkInterfaceAttachment$, InstanceNetworkInterfaceSpecification$, InstanceNetworkPerformanceOptions$, InstanceNetworkPerformanceOptionsRequest$, InstancePrivateIpAddress$, InstanceRequirements$, InstanceRequirementsRequest$, InstanceRequirementsWithMetadataRequest$, InstanceSecondaryInterface$, InstanceSecondaryInterfaceAttachment$, InstanceSecondaryInterfacePrivateIpAddress$, InstanceSecondaryInterfacePrivateIpAddressRequest$, InstanceSecondaryInterfaceSpecificationRequest$, InstanceSpecification$, InstanceState$, InstanceStateChange$, InstanceStatus$, InstanceStatusDetails$, InstanceStatusEvent$, InstanceStatusSummary$, InstanceStorageInfo$, InstanceTagNotificationAttribute$, InstanceTopology$, InstanceTypeInfo$, InstanceTypeInfoFromInstanceRequirements$, InstanceTypeItem$, InstanceTypeOffering$, InstanceTypeSpecification$, InstanceTypeSpecificationRequest$, InstanceUsage$, IntegrateServices$, InternetGateway$, InternetGatewayAttachment$, InterruptibleCapacityAllocation$, InterruptionInfo$, IpPermission$, IpRange$, Ipam$, IpamAddressHistoryRecord$, IpamCidrAuthorizationContext$, IpamDiscoveredAccount$, IpamDiscoveredPublicAddress$, IpamDiscoveredResourceCidr$, IpamDiscoveredRoute$, IpamDiscoveryFailureReason$, IpamExternalResourceVerificationToken$, IpamInternetRegistryAssociation$, IpamInternetRegistryAssociationAsn$, IpamInternetRegistryAssociationCidr$, IpamOperatingRegion$, IpamOrganizationalUnitExclusion$, IpamPolicy$, IpamPolicyAllocationRule$, IpamPolicyAllocationRuleRequest$, IpamPolicyDocument$, IpamPolicyOrganizationTarget$, IpamPool$, IpamPoolAllocation$, IpamPoolCidr$, IpamPoolCidrFailureReason$, IpamPoolSourceResource$, IpamPoolSourceResourceRequest$, IpamPrefixListResolver$, IpamPrefixListResolverRule$, IpamPrefixListResolverRuleCondition$, IpamPrefixListResolverRuleConditionRequest$, IpamPrefixListResolverRuleRequest$, IpamPrefixListResolverTarget$, IpamPrefixListResolverVersion$, IpamPrefixListResolverVersionEntry$, IpamPublicAddressSecurityGroup$, IpamPublicAddressTag$, IpamPublicAddressTags$, IpamResourceCidr$, IpamResourceDiscovery$, IpamResourceDiscoveryAssociation$, IpamResourceTag$, IpamRouteOriginAuthorization$, IpamRouteOriginAuthorizationInfo$, IpamRouteOverlap$, IpamRouteProtectionFinding$, IpamRoutingPolicyRegistration$, IpamRoutingPolicyRegistrationDelta$, IpamScope$, IpamScopeExternalAuthorityConfiguration$, Ipv4PrefixSpecification$, Ipv4PrefixSpecificationRequest$, Ipv4PrefixSpecificationResponse$, Ipv6CidrAssociation$, Ipv6CidrBlock$, Ipv6Pool$, Ipv6PrefixSpecification$, Ipv6PrefixSpecificationRequest$, Ipv6PrefixSpecificationResponse$, Ipv6Range$, KeyPair$, KeyPairInfo$, LastError$, LaunchPermission$, LaunchPermissionModifications$, LaunchSpecification$, LaunchTemplate$, LaunchTemplateAndOverridesResponse$, LaunchTemplateBlockDeviceMapping$, LaunchTemplateBlockDeviceMappingRequest$, LaunchTemplateCapacityReservationSpecificationRequest$, LaunchTemplateCapacityReservationSpecificationResponse$, LaunchTemplateConfig$, LaunchTemplateCpuOptions$, LaunchTemplateCpuOptionsRequest$, LaunchTemplateEbsBlockDevice$, LaunchTemplateEbsBlockDeviceRequest$, LaunchTemplateElasticInferenceAccelerator$, LaunchTemplateElasticInferenceAcceleratorResponse$, LaunchTemplateEnaSrdSpecification$, LaunchTemplateEnaSrdUdpSpecification$, LaunchTemplateEnclaveOptions$, LaunchTemplateEnclaveOptionsRequest$, LaunchTemplateHibernationOptions$, LaunchTemplateHibernationOptionsRequest$, LaunchTemplateIamInstanceProfileSpecification$, LaunchTemplateIamInstanceProfileSpecificationRequest$, LaunchTemplateInstanceMaintenanceOptions$, LaunchTemplateInstanceMaintenanceOptionsRequest$, LaunchTemplateInstanceMarketOptions$, LaunchTemplateInstanceMarketOptionsRequest$, LaunchTemplateInstanceMetadataOptions$, LaunchTemplateInstanceMetadataOptionsRequest$, LaunchTemplateInstanceNetworkInterfaceSpecification$, LaunchTemplateInstanceNetworkInterfaceSpecificationRequest$, LaunchTemplateInstanceSecondaryInterfaceSpecification$, LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest$, LaunchTemplateLicenseConfiguration$, LaunchTemplateLicenseConfigurationRequest$, LaunchTemplateNetworkPerformanceOptions$, LaunchTemplateNetworkPerformanceOptionsRequest$, LaunchTemplateOverrides$, LaunchTemplatePlacement$, LaunchTemplatePlacementRequest$, LaunchTemplatePrivateDnsNameOptions$, LaunchTemplatePrivateDnsNameOptionsRequest$, LaunchTemplateSpecification$, LaunchTemplateSpotMarketOptions$, LaunchTemplateSpotMarketOptionsRequest$, LaunchTemplateTagSpecification$, LaunchTemplateTagSpecificationRequest$, LaunchTemplateVersion$, LaunchTemplatesMonitoring$, LaunchTemplatesMonitoringRequest$, LicenseConfiguration$, LicenseConfigurationRequest$, ListImagesInRecycleBin$, ListImagesInRecycleBinRequest$, ListImagesInRecycleBinResult$, ListSnapshotsInRecycleBin$, ListSnapshotsInRecycleBinRequest$, ListSnapshotsInRecycleBinResult$, ListVolumesInRecycleBin$, ListVolumesInRecycleBinRequest$, ListVolumesInRecycleBinResult$, LoadBalancersConfig$, LoadPermission$, LoadPermissionModifications$, LoadPermissionRequest$, LocalGateway$, LocalGatewayRoute$, LocalGatewayRouteTable$, LocalGatewayRouteTableVirtualInterfaceGroupAssociation$, LocalGatewayRouteTableVpcAssociation$, LocalGatewayVirtualInterface$, LocalGatewayVirtualInterfaceGroup$, LockSnapshot$, LockSnapshotRequest$, LockSnapshotResult$, LockedSnapshotsInfo$, MacHost$, MacModificationTask$, MacSystemIntegrityProtectionConfiguration$, MacSystemIntegrityProtectionConfigurationRequest$, MaintenanceDetails$, ManagedPrefixList$, ManagedResourceVisibilitySettings$, MediaAcceleratorInfo$, MediaDeviceInfo$, MediaDeviceMemoryInfo$, MemoryGiBPerVCpu$, MemoryGiBPerVCpuRequest$, MemoryInfo$, MemoryMiB$, MemoryMiBRequest$, MetricDataResult$, MetricPoint$, MetricValue$, ModifyAccountVpcEncryptionControl$, ModifyAccountVpcEncryptionControlRequest$, ModifyAccountVpcEncryptionControlResult$, ModifyAddressAttribute$, ModifyAddressAttributeRequest$, ModifyAddressAttributeResult$, ModifyApplicationStatusCheck$, ModifyApplicationStatusCheckRequest$, ModifyApplicationStatusCheckResult$, ModifyAvailabilityZoneGroup$, ModifyAvailabilityZoneGroupRequest$, ModifyAvailabilityZoneGroupResult$, ModifyCapacityReservation$, ModifyCapacityReservationFleet$, ModifyCapacityReservationFleetRequest$, ModifyCapacityReservationFleetResult$, ModifyCapacityReservationRequest$, ModifyCapacityReservationResult$, ModifyClientVpnEndpoint$, ModifyClientVpnEndpointRequest$, ModifyClientVpnEndpointResult$, ModifyDefaultCreditSpecification$, ModifyDefaultCreditSpecificationRequest$, ModifyDefaultCreditSpecificationResult$, ModifyEbsDefaultKmsKeyId$, ModifyEbsDefaultKmsKeyIdRequest$, ModifyEbsDefaultKmsKeyIdResult$, ModifyFleet$, ModifyFleetRequest$, ModifyFleetResult$, ModifyFpgaImageAttribute$, ModifyFpgaImageAttributeRequest$, ModifyFpgaImageAttributeResult$, ModifyHosts$, ModifyHostsRequest$, ModifyHostsResult$, ModifyIdFormat$, ModifyIdFormatRequest$, ModifyIdentityIdFormat$, ModifyIdentityIdFormatRequest$, ModifyImageAttribute$, ModifyImageAttributeRequest$, ModifyInstanceAttribute$, ModifyInstanceAttributeRequest$, ModifyInstanceCapacityReservationAttributes$, ModifyInstanceCapacityReservationAttributesRequest$, ModifyInstanceCapacityReservationAttributesResult$, ModifyInstanceConnectEndpoint$, ModifyInstanceConnectEndpointRequest$, ModifyInstanceConnectEndpointResult$, ModifyInstanceCpuOptions$, ModifyInstanceCpuOptionsRequest$, ModifyInstanceCpuOptionsResult$, ModifyInstanceCreditSpecification$, ModifyInstanceCreditSpecificationRequest$, ModifyInstanceCreditSpecificationResult$, ModifyInstanceEventStartTime$, ModifyInstanceEventStartTimeRequest$, ModifyInstanceEventStartTimeResult$, ModifyInstanceEventWindow$, ModifyInstanceEventWindowRequest$, ModifyInstanceEventWindowResult$, ModifyInstanceMaintenanceOptions$, ModifyInstanceMaintenanceOptionsRequest$, ModifyInstanceMaintenanceOptionsResult$, ModifyInstanceMetadataDefaults$, ModifyInstanceMetadataDefaultsRequest$, ModifyInstanceMetadataDefaultsResult$, ModifyInstanceMetadataOptions$, ModifyInstanceMetadataOptionsRequest$, ModifyInstanceMetadataOptionsResult$, ModifyInstanceNetworkPerformanceOptions$, ModifyInstanceNetworkPerformanceRequest$, ModifyInstanceNetworkPerformanceResult$, ModifyInstancePlacement$, ModifyInstancePlacementRequest$, ModifyInstancePlacementResult$, ModifyIpam$, ModifyIpamPolicyAllocationRules$, ModifyIpamPolicyAllocationRulesRequest$, ModifyIpamPolicyAllocationRulesResult$, ModifyIpamPool$, ModifyIpamPoolAllocation$, ModifyIpamPoolAllocationRequest$, ModifyIpamPoolAllocationResult$, ModifyIpamPoolRequest$, ModifyIpamPoolResult$, ModifyIpamPrefixListResolver$, ModifyIpamPrefixListResolverRequest$, ModifyIpamPrefixListResolverResult$, ModifyIpamPrefixListResolverTarget$, ModifyIpamPrefixListResolverTargetRequest$, ModifyIpamPrefixListResolverTargetResult$, ModifyIpamRequest$, ModifyIpamResourceCidr$, ModifyIpamResourceCidrRequest$, ModifyIpamResourceCidrResult$, ModifyIpamResourceDiscovery$, ModifyIpamResourceDiscoveryRequest$, ModifyIpamResourceDiscoveryResult$, ModifyIpamResult$, ModifyIpamRoutingPolicyRegistration$, ModifyIpamRoutingPolicyRegistrationRequest$, ModifyIpamRoutingPolicyRegistrationResult$, ModifyIpamScope$, ModifyIpamScopeRequest$, ModifyIpamScopeResult$, ModifyLaunchTemplate$, ModifyLaunchTemplateRequest$, ModifyLaunchTemplateResult$, ModifyLocalGatewayRoute$, ModifyLocalGatewayRouteRequest$, ModifyLocalGatewayRouteResult$, ModifyManagedPrefixList$, ModifyManagedPrefixListRequest$, ModifyManagedPrefixListResult$, ModifyManagedResourceVisibility$, ModifyManagedResourceVisibilityRequest$, ModifyManagedResourceVisibilityResult$, ModifyNetworkInterfaceAttribute$, ModifyNetworkInterfaceAttributeRequest$, ModifyPrivateDnsNameOptions$, ModifyPrivateDnsNameOptionsRequest$, ModifyPrivateDnsNameOptionsResult$, ModifyPublicIpDnsNameOptions$, ModifyPublicIpDnsNameOptionsRequest$, ModifyPublicIpDnsNameOptionsResult$, ModifyReservedInstances$, ModifyReservedInstancesRequest$, ModifyReservedInstancesResult$, ModifyRouteServer$, ModifyRouteServerRequest$, ModifyRouteServerResult$, ModifySecurityGroupRules$, ModifySecurityGroupRulesRequest$, ModifySecurityGroupRulesResult$, ModifySnapshotAttribute$, ModifySnapshotAttributeRequest$, ModifySnapshotTier$, ModifySnapshotTierRequest$, ModifySnapshotTierResult$, ModifySpotFleetRequest$, ModifySpotFleetRequestRequest$, ModifySpotFleetRequestResponse$, ModifySubnetAttribute$, ModifySubnetAttributeRequest$, ModifyTrafficMirrorFilterNetworkServices$, ModifyTrafficMirrorFilterNetworkServicesRequest$, ModifyTrafficMirrorFilterNetworkServicesResult$, ModifyTrafficMirrorFilterRule$, ModifyTrafficMirrorFilterRuleRequest$, ModifyTrafficMirrorFilterRuleResult$, ModifyTrafficMirrorSession$, ModifyTrafficMirrorSessionRequest$, ModifyTrafficMirrorSessionResult$, ModifyTransitGateway$, ModifyTransitGatewayMeteringPolicy$, ModifyTransitGatewayMeteringPolicyRequest$, ModifyTransitGatewayMeteringPolicyResult$, ModifyTransitGatewayOptions$, ModifyTransitGatewayPolicyTableEntry$, ModifyTransitGatewayPolicyTableEntryRequest$, ModifyTransitGatewayPolicyTableEntryResult$, ModifyTransitGatewayPrefixListReference$, ModifyTransitGatewayPrefixListReferenceRequest$, ModifyTransitGatewayPrefixListReferenceResult$, ModifyTransitGatewayRequest$, ModifyTransitGatewayResult$, ModifyTransitGatewayVpcAttachment$, ModifyTransitGatewayVpcAttachmentRequest$, ModifyTransitGatewayVpcAttachmentRequestOptions$, ModifyTransitGatewayVpcAttachmentResult$, ModifyVerifiedAccessEndpoint$, ModifyVerifiedAccessEndpointCidrOptions$, ModifyVerifiedAccessEndpointEniOptions$, ModifyVerifiedAccessEndpointLoadBalancerOptions$, ModifyVerifiedAccessEndpointPolicy$, ModifyVerifiedAccessEndpointPolicyRequest$, ModifyVerifiedAccessEndpointPolicyResult$, ModifyVerifiedAccessEndpointPortRange$, ModifyVerifiedAccessEndpointRdsOptions$, ModifyVerifiedAccessEndpointRequest$, ModifyVerifiedAccessEndpointResult$, ModifyVerifiedAccessGroup$, ModifyVerifiedAccessGroupPolicy$, ModifyVerifiedAccessGroupPolicyRequest$, ModifyVerifiedAccessGroupPolicyResult$, ModifyVerifiedAccessGroupRequest$, ModifyVerifiedAccessGroupResult$, ModifyVerifiedAccessInstance$, ModifyVerifiedAccessInstanceLoggingConfiguration$, ModifyVerifiedAccessInstanceLoggingConfigurationRequest$, ModifyVerifiedAccessInstanceLoggingConfigurationResult$, ModifyVerifiedAccessInstanceRequest$, ModifyVerifiedAccessInstanceResult$, ModifyVerifiedAccessNativeApplicationOidcOptions$, ModifyVerifiedAccessTrustProvider$, ModifyVerifiedAccessTrustProviderDeviceOptions$, ModifyVerifiedAccessTrustProviderOidcOptions$, ModifyVerifiedAccessTrustProviderRequest$, ModifyVerifiedAccessTrustProviderResult$, ModifyVolume$, ModifyVolumeAttribute$, ModifyVolumeAttributeRequest$, ModifyVolumeRequest$, ModifyVolumeResult$, ModifyVpcAttribute$, ModifyVpcAttributeRequest$, ModifyVpcBlockPublicAccessExclusion$, ModifyVpcBlockPublicAccessExclusionRequest$, ModifyVpcBlockPublicAccessExclusionResult$, ModifyVpcBlockPublicAccessOptions$, ModifyVpcBlockPublicAccessOptionsRequest$, ModifyVpcBlockPublicAccessOptionsResult$, ModifyVpcEncryptionControl$, ModifyVpcEncryptionControlRequest$, ModifyVpcEncryptionControlResult$, ModifyVpcEndpoint$, ModifyVpcEndpointConnectionNotification$, ModifyVpcEndpointConnectionNotificationRequest$, ModifyVpcEndpointConnectionNotificationResult$, ModifyVpcEndpointPayerResponsibility$, ModifyVpcEndpointPayerResponsibilityRequest$, ModifyVpcEndpointPayerResponsibilityResult$, ModifyVpcEndpointRequest$, ModifyVpcEndpointResult$, ModifyVpcEndpointServiceConfiguration$, ModifyVpcEndpointServiceConfigurationRequest$, ModifyVpcEndpointServiceConfigurationResult$, ModifyVpcEndpointServicePayerResponsibility$, ModifyVpcEndpointServicePayerResponsibilityRequest$, ModifyVpcEndpointServicePayerResponsibilityResult$, ModifyVpcEndpointServicePermissions$, ModifyVpcEndpointServicePermissionsRequest$, ModifyVpcEndpointServicePermissionsResult$, ModifyVpcPeeringConnectionOptions$, ModifyVpcPeeringConnectionOptionsRequest$, ModifyVpcPeeringConnectionOptionsResult$, ModifyVpcTenancy$, ModifyVpcTenancyRequest$, ModifyVpcTenancyResult$, ModifyVpnConnection$, ModifyVpnConnectionOptions$, ModifyVpnConnectionOptionsRequest$, ModifyVpnConnectionOptionsResult$, ModifyVpnConnectionRequest$, ModifyVpnConnectionResult$, ModifyVpnTunnelCertificate$, ModifyVpnTunnelCertificateRequest$, ModifyVpnTunnelCertificateResult$, ModifyVpnTunnelOptions$, ModifyVpnTunnelOptionsRequest$, ModifyVpnTunnelOptionsResult$, ModifyVpnTunnelOptionsSpecification$, MonitorInstances$, MonitorInstancesRequest$, MonitorInstancesResult$, Monitoring$, MoveAddressToVpc$, MoveAddressToVpcRequest$, MoveAddressToVpcResult$, MoveByoipCidrToIpam$, MoveByoipCidrToIpamRequest$, MoveByoipCidrToIpamResult$, MoveCapacityReservationInstances$, MoveCapacityReservationInstancesRequest$, MoveCapacityReservationInstancesResult$, MovingAddressStatus$, NatGateway$, NatGatewayAddress$, NatGatewayAttachedAppliance$, NativeApplicationOidcOptions$, NetworkAcl$, NetworkAclAssociation$, NetworkAclEntry$, NetworkBandwidthGbps$, NetworkBandwidthGbpsRequest$, NetworkCardInfo$, NetworkInfo$, NetworkInsightsAccessScope$, NetworkInsightsAccessScopeAnalysis$, NetworkInsightsAccessScopeContent$, NetworkInsightsAnalysis$, NetworkInsightsPath$, NetworkInterface$, NetworkInterfaceAssociation$, NetworkInterfaceAttachment$, NetworkInterfaceAttachmentChanges$, NetworkInterfaceCount$, NetworkInterfaceCountRequest$, NetworkInterfaceIpv6Address$, NetworkInterfacePermission$, NetworkInterfacePermissionState$, NetworkInterfacePrivateIpAddress$, NeuronDeviceCoreInfo$, NeuronDeviceInfo$, NeuronDeviceMemoryInfo$, NeuronInfo$, NewDhcpConfiguration$, NitroTpmInfo$, OidcOptions$, OnDemandOptions$, OnDemandOptionsRequest$, OperatorRequest$, OperatorResponse$, OutpostLag$, PacketHeaderStatement$, PacketHeaderStatementRequest$, PathComponent$, PathFilter$, PathRequestFilter$, PathStatement$, PathStatementRequest$, PayerResponsibilityEntry$, PciId$, PeeringAttachmentStatus$, PeeringConnectionOptions$, PeeringConnectionOptionsRequest$, PeeringTgwInfo$, PerformanceFactorReference$, PerformanceFactorReferenceRequest$, Phase1DHGroupNumbersListValue$, Phase1DHGroupNumbersRequestListValue$, Phase1EncryptionAlgorithmsListValue$, Phase1EncryptionAlgorithmsRequestListValue$, Phase1IntegrityAlgorithmsListValue$, Phase1IntegrityAlgorithmsRequestListValue$, Phase2DHGroupNumbersListValue$, Phase2DHGroupNumbersRequestListValue$, Phase2EncryptionAlgorithmsListValue$, Phase2EncryptionAlgorithmsRequestListValue$, Phase2IntegrityAlgorithmsListValue$, Phase2IntegrityAlgorithmsRequestListValue$, Placement$, PlacementGroup$, PlacementGroupInfo$, PlacementResponse$, PoolCidrBlock$, PortRange$, PrefixList$, PrefixListAssociation$, PrefixListEntry$, PrefixListId$, PriceSchedule$, PriceScheduleSpecification$, PricingDetail$, PrincipalIdFormat$, PrivateDnsDetails$, PrivateDnsNameConfiguration$, PrivateDnsNameOptionsOnLaunch$, PrivateDnsNameOptionsRequest$, PrivateDnsNameOptionsResponse$, PrivateIpAddressSpecification$, ProcessorInfo$, ProductCode$, PropagatingVgw$, ProvisionByoipCidr$, ProvisionByoipCidrRequest$, ProvisionByoipCidrResult$, ProvisionIpamByoasn$, ProvisionIpamByoasnRequest$, ProvisionIpamByoasnResult$, ProvisionIpamPoolCidr$, ProvisionIpamPoolCidrRequest$, ProvisionIpamPoolCidrResult$, ProvisionPublicIpv4PoolCidr$, ProvisionPublicIpv4PoolCidrRequest$, ProvisionPublicIpv4PoolCidrResult$, ProvisionedBandwidth$, PtrUpdateStatus$, PublicIpDnsNameOptions$, PublicIpv4Pool$, PublicIpv4PoolRange$, Purchase$, PurchaseCapacityBlock$, PurchaseCapacityBlockExtension$, PurchaseCapacityBlockExtensionRequest$, PurchaseCapacityBlockExtensionResult$, PurchaseCapacityBlockRequest$, PurchaseCapacityBlockResult$, PurchaseHostReservation$, PurchaseHostReservationRequest$, PurchaseHostReservationResult$, PurchaseRequest$, PurchaseReservedInstancesOffering$, PurchaseReservedInstancesOfferingRequest$, PurchaseReservedInstancesOfferingResult$, PurchaseScheduledInstances$, PurchaseScheduledInstancesRequest$, PurchaseScheduledInstancesResult$, RebootInstances$, RebootInstancesRequest$, RecurringCharge$, ReferencedSecurityGroup$, Region$, RegionGeography$, RegionalSummary$, RegisterImage$, RegisterImageRequest$, RegisterImageResult$, RegisterInstanceEventNotificationAttributes$, RegisterInstanceEventNotificationAttributesRequest$, RegisterInstanceEventNotificationAttributesResult$, RegisterInstanceTagAttributeRequest$, RegisterTransitGatewayMulticastGroupMembers$, RegisterTransitGatewayMulticastGroupMembersRequest$, RegisterTransitGatewayMulticastGroupMembersResult$, RegisterTransitGatewayMulticastGroupSources$, RegisterTransitGatewayMulticastGroupSourcesRequest$, RegisterTransitGatewayMulticastGroupSourcesResult$, RegisteredInstance$, RejectCapacityReservationBillingOwnership$, RejectCapacityReservationBillingOwnershipRequest$, RejectCapacityReservationBillingOwnershipResult$, RejectTransitGatewayClientVpnAttachment$, RejectTransitGatewayClientVpnAttachmentRequest$, RejectTransitGatewayClientVpnAttachmentResult$, RejectTransitGatewayMulticastDomainAssociations$, RejectTransitGatewayMulticastDomainAssociationsRequest$, RejectTransitGatewayMulticastDomainAssociationsResult$, RejectTransitGatewayPeeringAttachment$, RejectTransitGatewayPeeringAttachmentRequest$, RejectTransitGatewayPeeringAttachmentResult$, RejectTransitGatewayVpcAttachment$, RejectTransitGatewayVpcAttachmentRequest$, RejectTransitGatewayVpcAttachmentResult$, RejectVpcEndpointConnections$, RejectVpcEndpointConnectionsRequest$, RejectVpcEndpointConnectionsResult$, RejectVpcPeeringConnection$, RejectVpcPeeringConnectionRequest$, RejectVpcPeeringConnectionResult$, ReleaseAddress$, ReleaseAddressRequest$, ReleaseHosts$, ReleaseHostsRequest$, ReleaseHostsResult$, ReleaseIpamPoolAllocation$, ReleaseIpamPoolAllocationRequest$, ReleaseIpamPoolAllocationResult$, RemoveIpamOperatingRegion$, RemoveIpamOrganizationalUnitExclusion$, RemovePrefixListEntry$, ReplaceIamInstanceProfileAssociation$, ReplaceIamInstanceProfileAssociationRequest$, ReplaceIamInstanceProfileAssociationResult$, ReplaceImageCriteriaInAllowedImagesSettings$, ReplaceImageCriteriaInAllowedImagesSettingsRequest$, ReplaceImageCriteriaInAllowedImagesSettingsResult$, ReplaceImageInstanceTypeSpecification$, ReplaceImageInstanceTypeSpecificationRequest$, ReplaceImageInstanceTypeSpecificationResult$, ReplaceNetworkAclAssociation$, ReplaceNetworkAclAssociationRequest$, ReplaceNetworkAclAssociationResult$, ReplaceNetworkAclEntry$, ReplaceNetworkAclEntryRequest$, ReplaceRootVolumeTask$, ReplaceRoute$, ReplaceRouteRequest$, ReplaceRouteTableAssociation$, ReplaceRouteTableAssociationRequest$, ReplaceRouteTableAssociationResult$, ReplaceTransitGatewayRoute$, ReplaceTransitGatewayRouteRequest$, ReplaceTransitGatewayRouteResult$, ReplaceVpnTunnel$, ReplaceVpnTunnelRequest$, ReplaceVpnTunnelResult$, ReportInstanceStatus$, ReportInstanceStatusRequest$, RequestFilterPortRange$, RequestIpamResourceTag$, RequestLaunchTemplateData$, RequestSpotFleet$, RequestSpotFleetRequest$, RequestSpotFleetResponse$, RequestSpotInstances$, RequestSpotInstancesRequest$, RequestSpotInstancesResult$, RequestSpotLaunchSpecification$, Reservation$, ReservationFleetInstanceSpecification$, ReservationValue$, ReservedCapacityFallbackOptions$, ReservedCapacityFallbackOptionsRequest$, ReservedCapacityOptions$, ReservedCapacityOptionsRequest$, ReservedInstanceLimitPrice$, ReservedInstanceReservationValue$, ReservedInstances$, ReservedInstancesConfiguration$, ReservedInstancesId$, ReservedInstancesListing$, ReservedInstancesModification$, ReservedInstancesModificationResult$, ReservedInstancesOffering$, ResetAddressAttribute$, ResetAddressAttributeRequest$, ResetAddressAttributeResult$, ResetEbsDefaultKmsKeyId$, ResetEbsDefaultKmsKeyIdRequest$, ResetEbsDefaultKmsKeyIdResult$, ResetFpgaImageAttribute$, ResetFpgaImageAttributeRequest$, ResetFpgaImageAttributeResult$, ResetImageAttribute$, ResetImageAttributeRequest$, ResetInstanceAttribute$, ResetInstanceAttributeRequest$, ResetNetworkInterfaceAttribute$, ResetNetworkInterfaceAttributeRequest$, ResetSnapshotAttribute$, ResetSnapshotAttributeRequest$, ResourceStatement$, ResourceStatementRequest$, ResourceTypeOption$, ResourceTypeRequest$, ResponseError$, ResponseLaunchTemplateData$, RestoreAddressToClassic$, RestoreAddressToClassicRequest$, RestoreAddressToClassicResult$, RestoreImageFromRecycleBin$, RestoreImageFromRecycleBinRequest$, RestoreImageFromRecycleBinResult$, RestoreManagedPrefixListVersion$, RestoreManagedPrefixListVersionRequest$, RestoreManagedPrefixListVersionResult$, RestoreSnapshotFromRecycleBin$, RestoreSnapshotFromRecycleBinRequest$, RestoreSnapshotFromRecycleBinResult$, RestoreSnapshotTier$, RestoreSnapshotTierRequest$, RestoreSnapshotTierResult$, RestoreVolumeFromRecycleBin$, RestoreVolumeFromRecycleBinRequest$, RestoreVolumeFromRecycleBinResult$, RevokeClientVpnIngress$, RevokeClientVpnIngressRequest$, RevokeClientVpnIngressResult$, RevokeSecurityGroupEgress$, RevokeSecurityGroupEgressRequest$, RevokeSecurityGroupEgressResult$, RevokeSecurityGroupIngressRequest$, RevokeSecurityGroupIngressResult$, RevokedSecurityGroupRule$, Route$, RouteServer$, RouteServerAssociation$, RouteServerBfdStatus$, RouteServerBgpOptions$, RouteServerBgpOptionsRequest$, RouteServerBgpStatus$, RouteServerEndpoint$, RouteServerPeer$, RouteServerPropagation$, RouteServerRoute$, RouteServerRouteInstallationDetail$, RouteTable$, RouteTableAssociation$, RouteTableAssociationState$, RuleGroupRuleOptionsPair$, RuleGroupTypePair$, RuleOption$, RunInstances$, RunInstancesMonitoringEnabled$, RunInstancesRequest$, RunScheduledInstances$, RunScheduledInstancesRequest$, RunScheduledInstancesResult$, S3ObjectTag$, S3Storage$, ScheduledInstance$, ScheduledInstanceAvailability$, ScheduledInstanceRecurrence$, ScheduledInstanceRecurrenceRequest$, ScheduledInstancesBlockDeviceMapping$, ScheduledInstancesEbs$, ScheduledInstancesIamInstanceProfile$, ScheduledInstancesIpv6Address$, ScheduledInstancesLaunchSpecification$, ScheduledInstancesMonitoring$, ScheduledInstancesNetworkInterface$, ScheduledInstancesPlacement$, ScheduledInstancesPrivateIpAddressConfig$, SearchLocalGatewayRoutes$, SearchLocalGatewayRoutesRequest$, SearchLocalGatewayRoutesResult$, SearchTransitGatewayMulticastGroups$, SearchTransitGatewayMulticastGroupsRequest$, SearchTransitGatewayMulticastGroupsResult$, SearchTransitGatewayRoutes$, SearchTransitGatewayRoutesRequest$, SearchTransitGatewayRoutesResult$, SecondaryInterface$, SecondaryInterfaceAttachment$, SecondaryInterfaceIpv4Address$, SecondaryInterfacePrivateIpAddressSpecification$, SecondaryInterfacePrivateIpAddressSpecificationRequest$, SecondaryNetwork$, SecondaryNetworkIpv4CidrBlockAssociation$, SecondarySubnet$, SecondarySubnetIpv4CidrBlockAssociation$, SecureBlobAttributeValue$, SecurityGroup$, SecurityGroupForVpc$, SecurityGroupIdentifier$, SecurityGroupReference$, SecurityGroupRule$, SecurityGroupRuleDescription$, SecurityGroupRuleRequest$, SecurityGroupRuleUpdate$, SecurityGroupVpcAssociation$, SendDiagnosticInterrupt$, SendDiagnosticInterruptRequest$, ServiceConfiguration$, ServiceDetail$, ServiceLinkVirtualInterface$, ServiceTypeDetail$, SlotDateTimeRangeRequest$, SlotStartTimeRangeRequest$, Snapshot$, SnapshotDetail$, SnapshotDiskContainer$, SnapshotInfo$, SnapshotRecycleBinInfo$, SnapshotTaskDetail$, SnapshotTierStatus$, SpotCapacityRebalance$, SpotDatafeedSubscription$, SpotFleetLaunchSpecification$, SpotFleetMonitoring$, SpotFleetRequestConfig$, SpotFleetRequestConfigData$, SpotFleetTagSpecification$, SpotInstanceRequest$, SpotInstanceStateFault$, SpotInstanceStatus$, SpotMaintenanceStrategies$, SpotMarketOptions$, SpotOptions$, SpotOptionsRequest$, SpotPlacement$, SpotPlacementScore$, SpotPrice$, StaleIpPermission$, StaleSecurityGroup$, StartDeclarativePoliciesReport$, StartDeclarativePoliciesReportRequest$, StartDeclarativePoliciesReportResult$, StartInstances$, StartInstancesRequest$, StartInstancesResult$, StartNetworkInsightsAccessScopeAnalysis$, StartNetworkInsightsAccessScopeAnalysisRequest$, StartNetworkInsightsAccessScopeAnalysisResult$, StartNetworkInsightsAnalysis$, StartNetworkInsightsAnalysisRequest$, StartNetworkInsightsAnalysisResult$, StartVpcEndpointServicePrivateDnsVerification$, StartVpcEndpointServicePrivateDnsVerificationRequest$, StartVpcEndpointServicePrivateDnsVerificationResult$, StateReason$, StopInstances$, StopInstancesRequest$, StopInstancesResult$, Storage$, StorageLocation$, StoreImageTaskResult$, Subnet$, SubnetAssociation$, SubnetCidrBlockState$, SubnetCidrReservation$, SubnetConfiguration$, SubnetIpPrefixes$, SubnetIpv6CidrBlockAssociation$, Subscription$, SuccessfulAssociationResponseObject$, SuccessfulInstanceCreditSpecificationItem$, SuccessfulQueuedPurchaseDeletion$, SuccessfulSuppressionResponseObject$, SupportedRegionDetail$, Tag$, TagDescription$, TagFieldSpecificationRequest$, TagFieldSpecificationResponse$, TagSpecification$, TargetCapacitySpecification$, TargetCapacitySpecificationRequest$, TargetConfiguration$, TargetConfigurationRequest$, TargetGroup$, TargetGroupsConfig$, TargetNetwork$, TargetReservationValue$, TerminateClientVpnConnections$, TerminateClientVpnConnectionsRequest$, TerminateClientVpnConnectionsResult$, TerminateConnectionStatus$, TerminateInstances$, TerminateInstancesRequest$, TerminateInstancesResult$, ThroughResourcesStatement$, ThroughResourcesStatementRequest$, TotalLocalStorageGB$, TotalLocalStorageGBRequest$, TrafficMirrorFilter$, TrafficMirrorFilterRule$, TrafficMirrorPortRange$, TrafficMirrorPortRangeRequest$, TrafficMirrorSession$, TrafficMirrorTarget$, TransitGateway$, TransitGatewayAssociation$, TransitGatewayAttachment$, TransitGatewayAttachmentAssociation$, TransitGatewayAttachmentBgpConfiguration$, TransitGatewayAttachmentPropagation$, TransitGatewayClientVpnAttachment$, TransitGatewayConfigurationDescribeEndpointStructure$, TransitGatewayConfigurationInputStructure$, TransitGatewayConnect$, TransitGatewayConnectOptions$, TransitGatewayConnectPeer$, TransitGatewayConnectPeerConfiguration$, TransitGatewayConnectRequestBgpOptions$, TransitGatewayMeteringPolicy$, TransitGatewayMeteringPolicyEntry$, TransitGatewayMeteringPolicyRule$, TransitGatewayMulticastDeregisteredGroupMembers$, TransitGatewayMulticastDeregisteredGroupSources$, TransitGatewayMulticastDomain$, TransitGatewayMulticastDomainAssociation$, TransitGatewayMulticastDomainAssociations$, TransitGatewayMulticastDomainOptions$, TransitGatewayMulticastGroup$, TransitGatewayMulticastRegisteredGroupMembers$, TransitGatewayMulticastRegisteredGroupSources$, TransitGatewayOptions$, TransitGatewayPeeringAttachment$, TransitGatewayPeeringAttachmentOptions$, TransitGatewayPolicyRule$, TransitGatewayPolicyRuleMetaData$, TransitGatewayPolicyTable$, TransitGatewayPolicyTableAssociation$, TransitGatewayPolicyTableEntry$, TransitGatewayPrefixListAttachment$, TransitGatewayPrefixListReference$, TransitGatewayPropagation$, TransitGatewayRequestOptions$, TransitGatewayRequestPolicyRule$, TransitGatewayRequestPolicyRuleMetaData$, TransitGatewayRoute$, TransitGatewayRouteAttachment$, TransitGatewayRouteTable$, TransitGatewayRouteTableAnnouncement$, TransitGatewayRouteTableAssociation$, TransitGatewayRouteTablePropagation$, TransitGatewayRouteTableRoute$, TransitGatewayVpcAttachment$, TransitGatewayVpcAttachmentOptions$, TrunkInterfaceAssociation$, TunnelOption$, UnassignIpv6Addresses$, UnassignIpv6AddressesRequest$, UnassignIpv6AddressesResult$, UnassignPrivateIpAddresses$, UnassignPrivateIpAddressesRequest$, UnassignPrivateNatGatewayAddress$, UnassignPrivateNatGatewayAddressRequest$, UnassignPrivateNatGatewayAddressResult$, UnlockSnapshot$, UnlockSnapshotRequest$, UnlockSnapshotResult$, UnmonitorInstances$, UnmonitorInstancesRequest$, UnmonitorInstancesResult$, UnsuccessfulAssociationResponseObject$, UnsuccessfulInstanceCreditSpecificationItem$, UnsuccessfulInstanceCreditSpecificationItemError$, UnsuccessfulItem$, UnsuccessfulItemError$, UnsuccessfulSuppressionResponseObject$, UpdateCapacityManagerMonitoredTagKeys$, UpdateCapacityManagerMonitoredTagKeysRequest$, UpdateCapacityManagerMonitoredTagKeysResult$, UpdateCapacityManagerOrganizationsAccess$, UpdateCapacityManagerOrganizationsAccessRequest$, UpdateCapacityManagerOrganizationsAccessResult$, UpdateInterruptibleCapacityReservationAllocation$, UpdateInterruptibleCapacityReservationAllocationRequest$, UpdateInterruptibleCapacityReservationAllocationResult$, UpdateSecurityGroupRuleDescriptionsEgress$, UpdateSecurityGroupRuleDescriptionsEgressRequest$, UpdateSecurityGroupRuleDescriptionsEgressResult$, UpdateSecurityGroupRuleDescriptionsIngress$, UpdateSecurityGroupRuleDescriptionsIngressRequest$, UpdateSecurityGroupRuleDescriptionsIngressResult$, UserBucket$, UserBucketDetails$, UserData$, UserIdGroupPair$, VCpuCountRange$, VCpuCountRangeRequest$, VCpuInfo$, ValidateSecurityGroupQuotasForInterface$, ValidateSecurityGroupQuotasForInterfaceRequest$, ValidateSecurityGroupQuotasForInterfaceResult$, ValidationError$, ValidationWarning$, VerifiedAccessEndpoint$, VerifiedAccessEndpointCidrOptions$, VerifiedAccessEndpointEniOptions$, VerifiedAccessEndpointLoadBalancerOptions$, VerifiedAccessEndpointPortRange$, VerifiedAccessEndpointRdsOptions$, VerifiedAccessEndpointStatus$, VerifiedAccessEndpointTarget$, VerifiedAccessGroup$, VerifiedAccessInstance$, VerifiedAccessInstanceCustomSubDomain$, VerifiedAccessInstanceLoggingConfiguration$, VerifiedAccessInstanceOpenVpnClientConfiguration$, VerifiedAccessInstanceOpenVpnClientConfigurationRoute$, VerifiedAccessInstanceUserTrustProviderClientConfiguration$, VerifiedAccessLogCloudWatchLogsDestination$, VerifiedAccessLogCloudWatchLogsDestinationOptions$, VerifiedAccessLogDeliveryStatus$, VerifiedAccessLogKinesisDataFirehoseDestination$, VerifiedAccessLogKinesisDataFirehoseDestinationOptions$, VerifiedAccessLogOptions$, VerifiedAccessLogS3Destination$, VerifiedAccessLogS3DestinationOptions$, VerifiedAccessLogs$, VerifiedAccessSseSpecificationRequest$, VerifiedAccessSseSpecificationResponse$, VerifiedAccessTrustProvider$, VerifiedAccessTrustProviderCondensed$, VgwTelemetry$, Volume$, VolumeAttachment$, VolumeDetail$, VolumeModification$, VolumeRecycleBinInfo$, VolumeStatusAction$, VolumeStatusAttachmentStatus$, VolumeStatusDetails$, VolumeStatusEvent$, VolumeStatusInfo$, VolumeStatusItem$, Vpc$, VpcAttachment$, VpcBlockPublicAccessExclusion$, VpcBlockPublicAccessOptions$, VpcCidrBlockAssociation$, VpcCidrBlockState$, VpcClassicLink$, VpcEncryptionControl$, VpcEncryptionControlConfiguration$, VpcEncryptionControlExclusion$, VpcEncryptionControlExclusions$, VpcEncryptionNonCompliantResource$, VpcEndpoint$, VpcEndpointAssociation$, VpcEndpointConnection$, VpcIpv6CidrBlockAssociation$, VpcPeeringConnection$, VpcPeeringConnectionOptionsDescription$, VpcPeeringConnectionStateReason$, VpcPeeringConnectionVpcInfo$, VpnConcentrator$, VpnConnection$, VpnConnectionDeviceType$, VpnConnectionOptions$, VpnConnectionOptionsSpecification$, VpnGateway$, VpnStaticRoute$, VpnTunnelLogOptions$, VpnTunnelLogOptionsSpecification$, VpnTunnelOptionsSpecification$, WithdrawByoipCidr$, WithdrawByoipCidrRequest$, WithdrawByoipCidrResult$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/models/EC2ServiceException.js
    class EC2ServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, EC2ServiceException.prototype);
      }
    }
    const _AIAC = "AvailableIpAddressCount";
    const _AIAOC = "AssignIpv6AddressOnCreation";
    const _AIs = "AssociationId";
    const _ASGIR = "AuthorizeSecurityGroupIngressRequest";
    const _ASGIRu = "AuthorizeSecurityGroupIngressResult";
    const _ASGIu = "AuthorizeSecurityGroupIngress";
    const _ASs = "AssociationState";
    const _AZ = "AvailabilityZone";
    const _AZI = "AvailabilityZoneId";
    const _As = "Associations";
    const _BPAS = "BlockPublicAccessStates";
    const _CB = "CidrBlock";
    const _CGI = "CarrierGatewayId";
    const _CIi = "CidrIp";
    const _CIid = "CidrIpv6";
    const _CIidr = "CidrIpv4";
    const _CNA = "CoreNetworkArn";
    const _COIP = "CustomerOwnedIpv4Pool";
    const _CSG = "CreateSecurityGroup";
    const _CSGR = "CreateSecurityGroupRequest";
    const _CSGRr = "CreateSecurityGroupResult";
    const _CTR = "CreateTagsRequest";
    const _CTreat = "CreateTags";
    const _DCB = "DestinationCidrBlock";
    const _DFA = "DefaultForAz";
    const _DICB = "DestinationIpv6CidrBlock";
    const _DPLI = "DestinationPrefixListId";
    const _DR = "DryRun";
    const _DRTRe = "DescribeRouteTablesRequest";
    const _DRTRes = "DescribeRouteTablesResult";
    const _DRTe = "DescribeRouteTables";
    const _DSG = "DeleteSecurityGroup";
    const _DSGR = "DeleteSecurityGroupRequest";
    const _DSGRe = "DeleteSecurityGroupResult";
    const _DSGRes = "DescribeSecurityGroupsRequest";
    const _DSGResc = "DescribeSecurityGroupsResult";
    const _DSGe = "DescribeSecurityGroups";
    const _DSRescr = "DescribeSubnetsRequest";
    const _DSRescri = "DescribeSubnetsResult";
    const _DSesc = "DescribeSubnets";
    const _DTR = "DeleteTagsRequest";
    const _DTelet = "DeleteTags";
    const _De = "Description";
    const _EDn = "EnableDns64";
    const _ELADI = "EnableLniAtDeviceIndex";
    const _EOIGI = "EgressOnlyInternetGatewayId";
    const _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
    const _ERNDAR = "EnableResourceNameDnsARecord";
    const _FLi = "FilterList";
    const _FP = "FromPort";
    const _Fi = "Filters";
    const _Fil = "Filter";
    const _GD = "GroupDescription";
    const _GI = "GatewayId";
    const _GISL = "GroupIdStringList";
    const _GIr = "GroupId";
    const _GIro = "GroupIds";
    const _GN = "GroupName";
    const _GNSL = "GroupNameStringList";
    const _GNr = "GroupNames";
    const _GOI = "GroupOwnerId";
    const _HTo = "HostnameType";
    const _IAA = "Ipv6AddressAttribute";
    const _IAp = "IpAddress";
    const _ICB = "Ipv6CidrBlock";
    const _ICBAS = "Ipv6CidrBlockAssociationSet";
    const _ICBS = "Ipv6CidrBlockState";
    const _IE = "IsEgress";
    const _IGBM = "InternetGatewayBlockMode";
    const _II = "InstanceId";
    const _IN = "Ipv6Native";
    const _IOIn = "InstanceOwnerId";
    const _IPEp = "IpPermissionsEgress";
    const _IPLp = "IpPermissionList";
    const _IPpe = "IpPermissions";
    const _IPper = "IpPermission";
    const _IPpr = "IpProtocol";
    const _IRLp = "IpRangeList";
    const _IRLpv = "Ipv6RangeList";
    const _IRpa = "IpRanges";
    const _IRpan = "IpRange";
    const _IRpv = "Ipv6Ranges";
    const _IRpva = "Ipv6Range";
    const _ISpo = "IpSource";
    const _K = "Key";
    const _LGI = "LocalGatewayId";
    const _MCOIOL = "MapCustomerOwnedIpOnLaunch";
    const _MPIOL = "MapPublicIpOnLaunch";
    const _MR = "MaxResults";
    const _Mai = "Main";
    const _N = "Name";
    const _NGI = "NatGatewayId";
    const _NII = "NetworkInterfaceId";
    const _NTe = "NextToken";
    const _O = "Origin";
    const _OA = "OutpostArn";
    const _OI = "OwnerId";
    const _ONA = "OdbNetworkArn";
    const _PDNOOL = "PrivateDnsNameOptionsOnLaunch";
    const _PIP = "PublicIpv4Pool";
    const _PLI = "PrefixListId";
    const _PLIL = "PrefixListIdList";
    const _PLIr = "PrefixListIds";
    const _PSee = "PeeringStatus";
    const _PV = "PropagatingVgw";
    const _PVL = "PropagatingVgwList";
    const _PVro = "PropagatingVgws";
    const _R = "Return";
    const _RGI = "ReferencedGroupId";
    const _RGIe = "ReferencedGroupInfo";
    const _RIeso = "ResourceId";
    const _RLo = "RouteList";
    const _RSG = "ReferencedSecurityGroup";
    const _RSGIR = "RevokeSecurityGroupIngressRequest";
    const _RSGIRe = "RevokeSecurityGroupIngressResult";
    const _RSGIev = "RevokeSecurityGroupIngress";
    const _RSGR = "RevokedSecurityGroupRule";
    const _RSGRL = "RevokedSecurityGroupRuleList";
    const _RSGRe = "RevokedSecurityGroupRules";
    const _RTA = "RouteTableAssociation";
    const _RTAI = "RouteTableAssociationId";
    const _RTAL = "RouteTableAssociationList";
    const _RTAS = "RouteTableAssociationState";
    const _RTI = "RouteTableId";
    const _RTISL = "RouteTableIdStringList";
    const _RTIo = "RouteTableIds";
    const _RTLo = "RouteTableList";
    const _RTe = "ResourceType";
    const _RTo = "RouteTable";
    const _RTou = "RouteTables";
    const _Res = "Resources";
    const _Ro = "Route";
    const _Rou = "Routes";
    const _SAub = "SubnetArn";
    const _SCBS = "SubnetCidrBlockState";
    const _SGA = "SecurityGroupArn";
    const _SGL = "SecurityGroupList";
    const _SGR = "SecurityGroupRules";
    const _SGRA = "SecurityGroupRuleArn";
    const _SGRI = "SecurityGroupRuleIds";
    const _SGRIL = "SecurityGroupRuleIdList";
    const _SGRIe = "SecurityGroupRuleId";
    const _SGRL = "SecurityGroupRuleList";
    const _SGRe = "SecurityGroupRule";
    const _SGe = "SecurityGroups";
    const _SGec = "SecurityGroup";
    const _SI = "SubnetIds";
    const _SICBA = "SubnetIpv6CidrBlockAssociation";
    const _SICBAS = "SubnetIpv6CidrBlockAssociationSet";
    const _SISLu = "SubnetIdStringList";
    const _SIu = "SubnetId";
    const _SLu = "SubnetList";
    const _SMt = "StatusMessage";
    const _SSGN = "SourceSecurityGroupName";
    const _SSGOI = "SourceSecurityGroupOwnerId";
    const _St = "State";
    const _Su = "Subnet";
    const _Subn = "Subnets";
    const _T = "Tags";
    const _TGI = "TransitGatewayId";
    const _TL = "TagList";
    const _TP = "ToPort";
    const _TS = "TagSpecifications";
    const _TSL = "TagSpecificationList";
    const _TSa = "TagSpecification";
    const _Ta = "Tag";
    const _Ty = "Type";
    const _UI = "UserId";
    const _UIGP = "UserIdGroupPairs";
    const _UIGPL = "UserIdGroupPairList";
    const _UIGPs = "UserIdGroupPair";
    const _UIP = "UnknownIpPermissions";
    const _V = "Value";
    const _VI = "VpcId";
    const _VPCI = "VpcPeeringConnectionId";
    const _VSL = "ValueStringList";
    const _Va = "Values";
    const _aIAC = "availableIpAddressCount";
    const _aIAOC = "assignIpv6AddressOnCreation";
    const _aIs = "associationId";
    const _aS = "associationState";
    const _aSs = "associationSet";
    const _aZ = "availabilityZone";
    const _aZI = "availabilityZoneId";
    const _bPAS = "blockPublicAccessStates";
    const _cB = "cidrBlock";
    const _cGI = "carrierGatewayId";
    const _cIi = "cidrIp";
    const _cIid = "cidrIpv6";
    const _cIidr = "cidrIpv4";
    const _cNA = "coreNetworkArn";
    const _cOIP = "customerOwnedIpv4Pool";
    const _dCB = "destinationCidrBlock";
    const _dFA = "defaultForAz";
    const _dICB = "destinationIpv6CidrBlock";
    const _dPLI = "destinationPrefixListId";
    const _dR = "dryRun";
    const _de = "description";
    const _eDn = "enableDns64";
    const _eLADI = "enableLniAtDeviceIndex";
    const _eOIGI = "egressOnlyInternetGatewayId";
    const _eQN = "ec2QueryName";
    const _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
    const _eRNDAR = "enableResourceNameDnsARecord";
    const _fP = "fromPort";
    const _gD = "groupDescription";
    const _gI = "gatewayId";
    const _gIr = "groupId";
    const _gN = "groupName";
    const _gOI = "groupOwnerId";
    const _gr = "groups";
    const _hTo = "hostnameType";
    const _iAA = "ipv6AddressAttribute";
    const _iAp = "ipAddress";
    const _iCB = "ipv6CidrBlock";
    const _iCBASp = "ipv6CidrBlockAssociationSet";
    const _iCBS = "ipv6CidrBlockState";
    const _iEs = "isEgress";
    const _iGBM = "internetGatewayBlockMode";
    const _iI = "instanceId";
    const _iN = "ipv6Native";
    const _iOIn = "instanceOwnerId";
    const _iPEp = "ipPermissionsEgress";
    const _iPp = "ipProtocol";
    const _iPpe = "ipPermissions";
    const _iRpa = "ipRanges";
    const _iRpv = "ipv6Ranges";
    const _iSpo = "ipSource";
    const _it = "item";
    const _k = "key";
    const _lGI = "localGatewayId";
    const _mCOIOL = "mapCustomerOwnedIpOnLaunch";
    const _mPIOL = "mapPublicIpOnLaunch";
    const _mai = "main";
    const _nGI = "natGatewayId";
    const _nII = "networkInterfaceId";
    const _nTe = "nextToken";
    const _o = "origin";
    const _oA = "outpostArn";
    const _oI = "ownerId";
    const _oNA = "odbNetworkArn";
    const _pDNOOL = "privateDnsNameOptionsOnLaunch";
    const _pIP = "publicIpv4Pool";
    const _pLI = "prefixListId";
    const _pLIr = "prefixListIds";
    const _pSee = "peeringStatus";
    const _pVS = "propagatingVgwSet";
    const _r = "return";
    const _rGI = "referencedGroupId";
    const _rGIe = "referencedGroupInfo";
    const _rIes = "resourceId";
    const _rSGRS = "revokedSecurityGroupRuleSet";
    const _rSou = "routeSet";
    const _rTAI = "routeTableAssociationId";
    const _rTI = "routeTableId";
    const _rTS = "routeTableSet";
    const _rTe = "resourceType";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
    const _sAub = "subnetArn";
    const _sGA = "securityGroupArn";
    const _sGIec = "securityGroupInfo";
    const _sGRA = "securityGroupRuleArn";
    const _sGRI = "securityGroupRuleId";
    const _sGRS = "securityGroupRuleSet";
    const _sIu = "subnetId";
    const _sMt = "statusMessage";
    const _sSub = "subnetSet";
    const _st = "state";
    const _tGI = "transitGatewayId";
    const _tP = "toPort";
    const _tS = "tagSet";
    const _ta = "tag";
    const _ty = "type";
    const _uI = "userId";
    const _uIPS = "unknownIpPermissionSet";
    const _v = "value";
    const _vI = "vpcId";
    const _vPCI = "vpcPeeringConnectionId";
    const _xN = "xmlName";
    const n0 = "com.amazonaws.ec2";
    const _s_registry = schema.TypeRegistry.for(_s);
    var EC2ServiceException$ = [ -3, _s, "EC2ServiceException", 0, [], [] ];
    _s_registry.registerError(EC2ServiceException$, EC2ServiceException);
    const errorTypeRegistries = [ _s_registry ];
    var AuthorizeSecurityGroupIngressRequest$ = [ 3, n0, _ASGIR, 0, [ _CIi, _FP, _GIr, _GN, _IPpe, _IPpr, _SSGN, _SSGOI, _TP, _TS, _DR ], [ 0, 1, 0, 0, [ () => IpPermissionList, 0 ], 0, 0, 0, 1, [ () => TagSpecificationList, {
      [_xN]: _TSa
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var AuthorizeSecurityGroupIngressResult$ = [ 3, n0, _ASGIRu, 0, [ _R, _SGR ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ () => SecurityGroupRuleList, {
      [_eQN]: `SecurityGroupRuleSet`,
      [_xN]: _sGRS
    } ] ] ];
    var BlockPublicAccessStates$ = [ 3, n0, _BPAS, 0, [ _IGBM ], [ [ 0, {
      [_eQN]: `InternetGatewayBlockMode`,
      [_xN]: _iGBM
    } ] ] ];
    var CreateSecurityGroupRequest$ = [ 3, n0, _CSGR, 0, [ _De, _GN, _VI, _TS, _DR ], [ [ 0, {
      [_xN]: _GD
    } ], 0, 0, [ () => TagSpecificationList, {
      [_xN]: _TSa
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 2 ];
    var CreateSecurityGroupResult$ = [ 3, n0, _CSGRr, 0, [ _GIr, _T, _SGA ], [ [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `SecurityGroupArn`,
      [_xN]: _sGA
    } ] ] ];
    var CreateTagsRequest$ = [ 3, n0, _CTR, 0, [ _Res, _T, _DR ], [ [ 64 | 0, {
      [_xN]: _RIeso
    } ], [ () => TagList, {
      [_xN]: _Ta
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ], 2 ];
    var DeleteSecurityGroupRequest$ = [ 3, n0, _DSGR, 0, [ _GIr, _GN, _DR ], [ 0, 0, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var DeleteSecurityGroupResult$ = [ 3, n0, _DSGRe, 0, [ _R, _GIr ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ] ] ];
    var DeleteTagsRequest$ = [ 3, n0, _DTR, 0, [ _Res, _DR, _T ], [ [ 64 | 0, {
      [_eQN]: `ResourceId`,
      [_xN]: _rIes
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => TagList, {
      [_eQN]: `Tag`,
      [_xN]: _ta
    } ] ], 1 ];
    var DescribeRouteTablesRequest$ = [ 3, n0, _DRTRe, 0, [ _NTe, _MR, _DR, _RTIo, _Fi ], [ 0, 1, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => RouteTableIdStringList, {
      [_xN]: _RTI
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ] ] ];
    var DescribeRouteTablesResult$ = [ 3, n0, _DRTRes, 0, [ _RTou, _NTe ], [ [ () => RouteTableList, {
      [_eQN]: `RouteTableSet`,
      [_xN]: _rTS
    } ], [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ] ] ];
    var DescribeSecurityGroupsRequest$ = [ 3, n0, _DSGRes, 0, [ _GIro, _GNr, _NTe, _MR, _DR, _Fi ], [ [ () => GroupIdStringList, {
      [_xN]: _GIr
    } ], [ () => GroupNameStringList, {
      [_xN]: _GN
    } ], 0, 1, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ], [ () => FilterList, {
      [_xN]: _Fil
    } ] ] ];
    var DescribeSecurityGroupsResult$ = [ 3, n0, _DSGResc, 0, [ _NTe, _SGe ], [ [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ () => SecurityGroupList, {
      [_eQN]: `SecurityGroupInfo`,
      [_xN]: _sGIec
    } ] ] ];
    var DescribeSubnetsRequest$ = [ 3, n0, _DSRescr, 0, [ _Fi, _SI, _NTe, _MR, _DR ], [ [ () => FilterList, {
      [_xN]: _Fil
    } ], [ () => SubnetIdStringList, {
      [_xN]: _SIu
    } ], 0, 1, [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var DescribeSubnetsResult$ = [ 3, n0, _DSRescri, 0, [ _NTe, _Subn ], [ [ 0, {
      [_eQN]: `NextToken`,
      [_xN]: _nTe
    } ], [ () => SubnetList, {
      [_eQN]: `SubnetSet`,
      [_xN]: _sSub
    } ] ] ];
    var Filter$ = [ 3, n0, _Fil, 0, [ _N, _Va ], [ 0, [ () => ValueStringList, {
      [_xN]: _V
    } ] ] ];
    var IpPermission$ = [ 3, n0, _IPper, 0, [ _IPpr, _FP, _TP, _UIGP, _IRpa, _IRpv, _PLIr ], [ [ 0, {
      [_eQN]: `IpProtocol`,
      [_xN]: _iPp
    } ], [ 1, {
      [_eQN]: `FromPort`,
      [_xN]: _fP
    } ], [ 1, {
      [_eQN]: `ToPort`,
      [_xN]: _tP
    } ], [ () => UserIdGroupPairList, {
      [_eQN]: `Groups`,
      [_xN]: _gr
    } ], [ () => IpRangeList, {
      [_eQN]: `IpRanges`,
      [_xN]: _iRpa
    } ], [ () => Ipv6RangeList, {
      [_eQN]: `Ipv6Ranges`,
      [_xN]: _iRpv
    } ], [ () => PrefixListIdList, {
      [_eQN]: `PrefixListIds`,
      [_xN]: _pLIr
    } ] ] ];
    var IpRange$ = [ 3, n0, _IRpan, 0, [ _De, _CIi ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `CidrIp`,
      [_xN]: _cIi
    } ] ] ];
    var Ipv6Range$ = [ 3, n0, _IRpva, 0, [ _De, _CIid ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `CidrIpv6`,
      [_xN]: _cIid
    } ] ] ];
    var PrefixListId$ = [ 3, n0, _PLI, 0, [ _De, _PLI ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `PrefixListId`,
      [_xN]: _pLI
    } ] ] ];
    var PrivateDnsNameOptionsOnLaunch$ = [ 3, n0, _PDNOOL, 0, [ _HTo, _ERNDAR, _ERNDAAAAR ], [ [ 0, {
      [_eQN]: `HostnameType`,
      [_xN]: _hTo
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsARecord`,
      [_xN]: _eRNDAR
    } ], [ 2, {
      [_eQN]: `EnableResourceNameDnsAAAARecord`,
      [_xN]: _eRNDAAAAR
    } ] ] ];
    var PropagatingVgw$ = [ 3, n0, _PV, 0, [ _GI ], [ [ 0, {
      [_eQN]: `GatewayId`,
      [_xN]: _gI
    } ] ] ];
    var ReferencedSecurityGroup$ = [ 3, n0, _RSG, 0, [ _GIr, _PSee, _UI, _VI, _VPCI ], [ [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `PeeringStatus`,
      [_xN]: _pSee
    } ], [ 0, {
      [_eQN]: `UserId`,
      [_xN]: _uI
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `VpcPeeringConnectionId`,
      [_xN]: _vPCI
    } ] ] ];
    var RevokedSecurityGroupRule$ = [ 3, n0, _RSGR, 0, [ _SGRIe, _GIr, _IE, _IPpr, _FP, _TP, _CIidr, _CIid, _PLI, _RGI, _De ], [ [ 0, {
      [_eQN]: `SecurityGroupRuleId`,
      [_xN]: _sGRI
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 2, {
      [_eQN]: `IsEgress`,
      [_xN]: _iEs
    } ], [ 0, {
      [_eQN]: `IpProtocol`,
      [_xN]: _iPp
    } ], [ 1, {
      [_eQN]: `FromPort`,
      [_xN]: _fP
    } ], [ 1, {
      [_eQN]: `ToPort`,
      [_xN]: _tP
    } ], [ 0, {
      [_eQN]: `CidrIpv4`,
      [_xN]: _cIidr
    } ], [ 0, {
      [_eQN]: `CidrIpv6`,
      [_xN]: _cIid
    } ], [ 0, {
      [_eQN]: `PrefixListId`,
      [_xN]: _pLI
    } ], [ 0, {
      [_eQN]: `ReferencedGroupId`,
      [_xN]: _rGI
    } ], [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ] ] ];
    var RevokeSecurityGroupIngressRequest$ = [ 3, n0, _RSGIR, 0, [ _CIi, _FP, _GIr, _GN, _IPpe, _IPpr, _SSGN, _SSGOI, _TP, _SGRI, _DR ], [ 0, 1, 0, 0, [ () => IpPermissionList, 0 ], 0, 0, 0, 1, [ () => SecurityGroupRuleIdList, {
      [_xN]: _SGRIe
    } ], [ 2, {
      [_eQN]: `DryRun`,
      [_xN]: _dR
    } ] ] ];
    var RevokeSecurityGroupIngressResult$ = [ 3, n0, _RSGIRe, 0, [ _R, _UIP, _RSGRe ], [ [ 2, {
      [_eQN]: `Return`,
      [_xN]: _r
    } ], [ () => IpPermissionList, {
      [_eQN]: `UnknownIpPermissionSet`,
      [_xN]: _uIPS
    } ], [ () => RevokedSecurityGroupRuleList, {
      [_eQN]: `RevokedSecurityGroupRuleSet`,
      [_xN]: _rSGRS
    } ] ] ];
    var Route$ = [ 3, n0, _Ro, 0, [ _DCB, _DICB, _DPLI, _EOIGI, _GI, _II, _IOIn, _NGI, _TGI, _LGI, _CGI, _NII, _O, _St, _VPCI, _CNA, _ONA, _IAp ], [ [ 0, {
      [_eQN]: `DestinationCidrBlock`,
      [_xN]: _dCB
    } ], [ 0, {
      [_eQN]: `DestinationIpv6CidrBlock`,
      [_xN]: _dICB
    } ], [ 0, {
      [_eQN]: `DestinationPrefixListId`,
      [_xN]: _dPLI
    } ], [ 0, {
      [_eQN]: `EgressOnlyInternetGatewayId`,
      [_xN]: _eOIGI
    } ], [ 0, {
      [_eQN]: `GatewayId`,
      [_xN]: _gI
    } ], [ 0, {
      [_eQN]: `InstanceId`,
      [_xN]: _iI
    } ], [ 0, {
      [_eQN]: `InstanceOwnerId`,
      [_xN]: _iOIn
    } ], [ 0, {
      [_eQN]: `NatGatewayId`,
      [_xN]: _nGI
    } ], [ 0, {
      [_eQN]: `TransitGatewayId`,
      [_xN]: _tGI
    } ], [ 0, {
      [_eQN]: `LocalGatewayId`,
      [_xN]: _lGI
    } ], [ 0, {
      [_eQN]: `CarrierGatewayId`,
      [_xN]: _cGI
    } ], [ 0, {
      [_eQN]: `NetworkInterfaceId`,
      [_xN]: _nII
    } ], [ 0, {
      [_eQN]: `Origin`,
      [_xN]: _o
    } ], [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `VpcPeeringConnectionId`,
      [_xN]: _vPCI
    } ], [ 0, {
      [_eQN]: `CoreNetworkArn`,
      [_xN]: _cNA
    } ], [ 0, {
      [_eQN]: `OdbNetworkArn`,
      [_xN]: _oNA
    } ], [ 0, {
      [_eQN]: `IpAddress`,
      [_xN]: _iAp
    } ] ] ];
    var RouteTable$ = [ 3, n0, _RTo, 0, [ _As, _PVro, _RTI, _Rou, _T, _VI, _OI ], [ [ () => RouteTableAssociationList, {
      [_eQN]: `AssociationSet`,
      [_xN]: _aSs
    } ], [ () => PropagatingVgwList, {
      [_eQN]: `PropagatingVgwSet`,
      [_xN]: _pVS
    } ], [ 0, {
      [_eQN]: `RouteTableId`,
      [_xN]: _rTI
    } ], [ () => RouteList, {
      [_eQN]: `RouteSet`,
      [_xN]: _rSou
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ] ] ];
    var RouteTableAssociation$ = [ 3, n0, _RTA, 0, [ _Mai, _RTAI, _RTI, _SIu, _GI, _PIP, _ASs ], [ [ 2, {
      [_eQN]: `Main`,
      [_xN]: _mai
    } ], [ 0, {
      [_eQN]: `RouteTableAssociationId`,
      [_xN]: _rTAI
    } ], [ 0, {
      [_eQN]: `RouteTableId`,
      [_xN]: _rTI
    } ], [ 0, {
      [_eQN]: `SubnetId`,
      [_xN]: _sIu
    } ], [ 0, {
      [_eQN]: `GatewayId`,
      [_xN]: _gI
    } ], [ 0, {
      [_eQN]: `PublicIpv4Pool`,
      [_xN]: _pIP
    } ], [ () => RouteTableAssociationState$, {
      [_eQN]: `AssociationState`,
      [_xN]: _aS
    } ] ] ];
    var RouteTableAssociationState$ = [ 3, n0, _RTAS, 0, [ _St, _SMt ], [ [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `StatusMessage`,
      [_xN]: _sMt
    } ] ] ];
    var SecurityGroup$ = [ 3, n0, _SGec, 0, [ _GIr, _IPEp, _T, _VI, _SGA, _OI, _GN, _De, _IPpe ], [ [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ () => IpPermissionList, {
      [_eQN]: `IpPermissionsEgress`,
      [_xN]: _iPEp
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `SecurityGroupArn`,
      [_xN]: _sGA
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 0, {
      [_eQN]: `GroupDescription`,
      [_xN]: _gD
    } ], [ () => IpPermissionList, {
      [_eQN]: `IpPermissions`,
      [_xN]: _iPpe
    } ] ] ];
    var SecurityGroupRule$ = [ 3, n0, _SGRe, 0, [ _SGRIe, _GIr, _GOI, _IE, _IPpr, _FP, _TP, _CIidr, _CIid, _PLI, _RGIe, _De, _T, _SGRA ], [ [ 0, {
      [_eQN]: `SecurityGroupRuleId`,
      [_xN]: _sGRI
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `GroupOwnerId`,
      [_xN]: _gOI
    } ], [ 2, {
      [_eQN]: `IsEgress`,
      [_xN]: _iEs
    } ], [ 0, {
      [_eQN]: `IpProtocol`,
      [_xN]: _iPp
    } ], [ 1, {
      [_eQN]: `FromPort`,
      [_xN]: _fP
    } ], [ 1, {
      [_eQN]: `ToPort`,
      [_xN]: _tP
    } ], [ 0, {
      [_eQN]: `CidrIpv4`,
      [_xN]: _cIidr
    } ], [ 0, {
      [_eQN]: `CidrIpv6`,
      [_xN]: _cIid
    } ], [ 0, {
      [_eQN]: `PrefixListId`,
      [_xN]: _pLI
    } ], [ () => ReferencedSecurityGroup$, {
      [_eQN]: `ReferencedGroupInfo`,
      [_xN]: _rGIe
    } ], [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `SecurityGroupRuleArn`,
      [_xN]: _sGRA
    } ] ] ];
    var Subnet$ = [ 3, n0, _Su, 0, [ _AZI, _ELADI, _MCOIOL, _COIP, _OI, _AIAOC, _ICBAS, _T, _SAub, _OA, _EDn, _IN, _PDNOOL, _BPAS, _Ty, _SIu, _St, _VI, _CB, _AIAC, _AZ, _DFA, _MPIOL ], [ [ 0, {
      [_eQN]: `AvailabilityZoneId`,
      [_xN]: _aZI
    } ], [ 1, {
      [_eQN]: `EnableLniAtDeviceIndex`,
      [_xN]: _eLADI
    } ], [ 2, {
      [_eQN]: `MapCustomerOwnedIpOnLaunch`,
      [_xN]: _mCOIOL
    } ], [ 0, {
      [_eQN]: `CustomerOwnedIpv4Pool`,
      [_xN]: _cOIP
    } ], [ 0, {
      [_eQN]: `OwnerId`,
      [_xN]: _oI
    } ], [ 2, {
      [_eQN]: `AssignIpv6AddressOnCreation`,
      [_xN]: _aIAOC
    } ], [ () => SubnetIpv6CidrBlockAssociationSet, {
      [_eQN]: `Ipv6CidrBlockAssociationSet`,
      [_xN]: _iCBASp
    } ], [ () => TagList, {
      [_eQN]: `TagSet`,
      [_xN]: _tS
    } ], [ 0, {
      [_eQN]: `SubnetArn`,
      [_xN]: _sAub
    } ], [ 0, {
      [_eQN]: `OutpostArn`,
      [_xN]: _oA
    } ], [ 2, {
      [_eQN]: `EnableDns64`,
      [_xN]: _eDn
    } ], [ 2, {
      [_eQN]: `Ipv6Native`,
      [_xN]: _iN
    } ], [ () => PrivateDnsNameOptionsOnLaunch$, {
      [_eQN]: `PrivateDnsNameOptionsOnLaunch`,
      [_xN]: _pDNOOL
    } ], [ () => BlockPublicAccessStates$, {
      [_eQN]: `BlockPublicAccessStates`,
      [_xN]: _bPAS
    } ], [ 0, {
      [_eQN]: `Type`,
      [_xN]: _ty
    } ], [ 0, {
      [_eQN]: `SubnetId`,
      [_xN]: _sIu
    } ], [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `CidrBlock`,
      [_xN]: _cB
    } ], [ 1, {
      [_eQN]: `AvailableIpAddressCount`,
      [_xN]: _aIAC
    } ], [ 0, {
      [_eQN]: `AvailabilityZone`,
      [_xN]: _aZ
    } ], [ 2, {
      [_eQN]: `DefaultForAz`,
      [_xN]: _dFA
    } ], [ 2, {
      [_eQN]: `MapPublicIpOnLaunch`,
      [_xN]: _mPIOL
    } ] ] ];
    var SubnetCidrBlockState$ = [ 3, n0, _SCBS, 0, [ _St, _SMt ], [ [ 0, {
      [_eQN]: `State`,
      [_xN]: _st
    } ], [ 0, {
      [_eQN]: `StatusMessage`,
      [_xN]: _sMt
    } ] ] ];
    var SubnetIpv6CidrBlockAssociation$ = [ 3, n0, _SICBA, 0, [ _AIs, _ICB, _ICBS, _IAA, _ISpo ], [ [ 0, {
      [_eQN]: `AssociationId`,
      [_xN]: _aIs
    } ], [ 0, {
      [_eQN]: `Ipv6CidrBlock`,
      [_xN]: _iCB
    } ], [ () => SubnetCidrBlockState$, {
      [_eQN]: `Ipv6CidrBlockState`,
      [_xN]: _iCBS
    } ], [ 0, {
      [_eQN]: `Ipv6AddressAttribute`,
      [_xN]: _iAA
    } ], [ 0, {
      [_eQN]: `IpSource`,
      [_xN]: _iSpo
    } ] ] ];
    var Tag$ = [ 3, n0, _Ta, 0, [ _K, _V ], [ [ 0, {
      [_eQN]: `Key`,
      [_xN]: _k
    } ], [ 0, {
      [_eQN]: `Value`,
      [_xN]: _v
    } ] ] ];
    var TagSpecification$ = [ 3, n0, _TSa, 0, [ _RTe, _T ], [ [ 0, {
      [_eQN]: `ResourceType`,
      [_xN]: _rTe
    } ], [ () => TagList, {
      [_xN]: _Ta
    } ] ] ];
    var UserIdGroupPair$ = [ 3, n0, _UIGPs, 0, [ _De, _UI, _GN, _GIr, _VI, _VPCI, _PSee ], [ [ 0, {
      [_eQN]: `Description`,
      [_xN]: _de
    } ], [ 0, {
      [_eQN]: `UserId`,
      [_xN]: _uI
    } ], [ 0, {
      [_eQN]: `GroupName`,
      [_xN]: _gN
    } ], [ 0, {
      [_eQN]: `GroupId`,
      [_xN]: _gIr
    } ], [ 0, {
      [_eQN]: `VpcId`,
      [_xN]: _vI
    } ], [ 0, {
      [_eQN]: `VpcPeeringConnectionId`,
      [_xN]: _vPCI
    } ], [ 0, {
      [_eQN]: `PeeringStatus`,
      [_xN]: _pSee
    } ] ] ];
    var __Unit = "unit";
    var FilterList = [ 1, n0, _FLi, 0, [ () => Filter$, {
      [_xN]: _Fil
    } ] ];
    var GroupIdStringList = [ 1, n0, _GISL, 0, [ 0, {
      [_xN]: _gIr
    } ] ];
    var GroupNameStringList = [ 1, n0, _GNSL, 0, [ 0, {
      [_xN]: _GN
    } ] ];
    var IpPermissionList = [ 1, n0, _IPLp, 0, [ () => IpPermission$, {
      [_xN]: _it
    } ] ];
    var IpRangeList = [ 1, n0, _IRLp, 0, [ () => IpRange$, {
      [_xN]: _it
    } ] ];
    var Ipv6RangeList = [ 1, n0, _IRLpv, 0, [ () => Ipv6Range$, {
      [_xN]: _it
    } ] ];
    var PrefixListIdList = [ 1, n0, _PLIL, 0, [ () => PrefixListId$, {
      [_xN]: _it
    } ] ];
    var PropagatingVgwList = [ 1, n0, _PVL, 0, [ () => PropagatingVgw$, {
      [_xN]: _it
    } ] ];
    var RevokedSecurityGroupRuleList = [ 1, n0, _RSGRL, 0, [ () => RevokedSecurityGroupRule$, {
      [_xN]: _it
    } ] ];
    var RouteList = [ 1, n0, _RLo, 0, [ () => Route$, {
      [_xN]: _it
    } ] ];
    var RouteTableAssociationList = [ 1, n0, _RTAL, 0, [ () => RouteTableAssociation$, {
      [_xN]: _it
    } ] ];
    var RouteTableIdStringList = [ 1, n0, _RTISL, 0, [ 0, {
      [_xN]: _it
    } ] ];
    var RouteTableList = [ 1, n0, _RTLo, 0, [ () => RouteTable$, {
      [_xN]: _it
    } ] ];
    var SecurityGroupList = [ 1, n0, _SGL, 0, [ () => SecurityGroup$, {
      [_xN]: _it
    } ] ];
    var SecurityGroupRuleIdList = [ 1, n0, _SGRIL, 0, [ 0, {
      [_xN]: _it
    } ] ];
    var SecurityGroupRuleList = [ 1, n0, _SGRL, 0, [ () => SecurityGroupRule$, {
      [_xN]: _it
    } ] ];
    var SubnetIdStringList = [ 1, n0, _SISLu, 0, [ 0, {
      [_xN]: _SIu
    } ] ];
    var SubnetIpv6CidrBlockAssociationSet = [ 1, n0, _SICBAS, 0, [ () => SubnetIpv6CidrBlockAssociation$, {
      [_xN]: _it
    } ] ];
    var SubnetList = [ 1, n0, _SLu, 0, [ () => Subnet$, {
      [_xN]: _it
    } ] ];
    var TagList = [ 1, n0, _TL, 0, [ () => Tag$, {
      [_xN]: _it
    } ] ];
    var TagSpecificationList = [ 1, n0, _TSL, 0, [ () => TagSpecification$, {
      [_xN]: _it
    } ] ];
    var UserIdGroupPairList = [ 1, n0, _UIGPL, 0, [ () => UserIdGroupPair$, {
      [_xN]: _it
    } ] ];
    var ValueStringList = [ 1, n0, _VSL, 0, [ 0, {
      [_xN]: _it
    } ] ];
    var AuthorizeSecurityGroupIngress$ = [ 9, n0, _ASGIu, 0, () => AuthorizeSecurityGroupIngressRequest$, () => AuthorizeSecurityGroupIngressResult$ ];
    var CreateSecurityGroup$ = [ 9, n0, _CSG, 0, () => CreateSecurityGroupRequest$, () => CreateSecurityGroupResult$ ];
    var CreateTags$ = [ 9, n0, _CTreat, 0, () => CreateTagsRequest$, () => __Unit ];
    var DeleteSecurityGroup$ = [ 9, n0, _DSG, 0, () => DeleteSecurityGroupRequest$, () => DeleteSecurityGroupResult$ ];
    var DeleteTags$ = [ 9, n0, _DTelet, 0, () => DeleteTagsRequest$, () => __Unit ];
    var DescribeRouteTables$ = [ 9, n0, _DRTe, 0, () => DescribeRouteTablesRequest$, () => DescribeRouteTablesResult$ ];
    var DescribeSecurityGroups$ = [ 9, n0, _DSGe, 0, () => DescribeSecurityGroupsRequest$, () => DescribeSecurityGroupsResult$ ];
    var DescribeSubnets$ = [ 9, n0, _DSesc, 0, () => DescribeSubnetsRequest$, () => DescribeSubnetsResult$ ];
    var RevokeSecurityGroupIngress$ = [ 9, n0, _RSGIev, 0, () => RevokeSecurityGroupIngressRequest$, () => RevokeSecurityGroupIngressResult$ ];
  },
  /***/ 8300: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      g: () => /* binding */ ElastiCacheClient
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/auth/httpAuthSchemeProvider.js
    const defaultElastiCacheHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "elasticache",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultElastiCacheHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(6672);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/bdd.js
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ], [ "stringEquals", [ {
        fn: f,
        argv: [ h, "name" ]
      }, "aws-us-gov" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://elasticache-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://elasticache.{Region}.amazonaws.com", i ], [ "https://elasticache-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://elasticache.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://elasticache.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 11, 9, 6, 10, r + 8, 7, r + 6, r + 7, 5, 12, r + 5, 6, r + 4, r + 5, 3, r + 1, 14, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(2693);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2015-02-02",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElastiCacheHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.elasticache",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1U,
        xmlNamespace: "http://elasticache.amazonaws.com/doc/2015-02-02/",
        version: "2015-02-02",
        serviceTarget: "AmazonElastiCacheV9"
      },
      serviceId: config?.serviceId ?? "ElastiCache",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/ElastiCacheClient.js
    class ElastiCacheClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultElastiCacheHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 5855: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ G5: () => /* binding */ command,
      /* harmony export */ lq: () => /* binding */ _ep0,
      /* harmony export */ yt: () => /* binding */ _mw0
      /* harmony export */    });
    /* harmony import */    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    /* harmony import */    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    /* harmony import */    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6672);
    const command = (0 /* .commonParams */ , _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AmazonElastiCacheV9", "ElastiCacheClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    /***/  },
  /***/ 8980: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ X: () => /* binding */ AddTagsToResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class AddTagsToResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "AddTagsToResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .AddTagsToResource$ */ .Yl$)){}
    /***/  },
  /***/ 9533: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ w: () => /* binding */ CreateCacheParameterGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class CreateCacheParameterGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateCacheParameterGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateCacheParameterGroup$ */ .Z2d)){}
    /***/  },
  /***/ 6389: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ e: () => /* binding */ CreateCacheSubnetGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class CreateCacheSubnetGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateCacheSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateCacheSubnetGroup$ */ .l_X)){}
    /***/  },
  /***/ 7708: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ b: () => /* binding */ CreateReplicationGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class CreateReplicationGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateReplicationGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateReplicationGroup$ */ .SGg)){}
    /***/  },
  /***/ 5499: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ g: () => /* binding */ CreateSnapshotCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class CreateSnapshotCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "CreateSnapshot", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .CreateSnapshot$ */ .z42)){}
    /***/  },
  /***/ 262: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ l: () => /* binding */ DecreaseReplicaCountCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DecreaseReplicaCountCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DecreaseReplicaCount", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DecreaseReplicaCount$ */ .Yc1)){}
    /***/  },
  /***/ 7466: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ z: () => /* binding */ DeleteCacheParameterGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DeleteCacheParameterGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteCacheParameterGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteCacheParameterGroup$ */ ._56)){}
    /***/  },
  /***/ 5852: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ Z: () => /* binding */ DeleteCacheSubnetGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DeleteCacheSubnetGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteCacheSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteCacheSubnetGroup$ */ .YDD)){}
    /***/  },
  /***/ 1141: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ y: () => /* binding */ DeleteReplicationGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DeleteReplicationGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteReplicationGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteReplicationGroup$ */ .rF)){}
    /***/  },
  /***/ 3290: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ t: () => /* binding */ DeleteSnapshotCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DeleteSnapshotCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteSnapshot", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteSnapshot$ */ .ql1)){}
    /***/  },
  /***/ 7567: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ s: () => /* binding */ DescribeCacheClustersCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeCacheClustersCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeCacheClusters", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeCacheClusters$ */ .R96)){}
    /***/  },
  /***/ 9923: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ DescribeCacheParameterGroupsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeCacheParameterGroupsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeCacheParameterGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeCacheParameterGroups$ */ .n2F)){}
    /***/  },
  /***/ 1806: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ z: () => /* binding */ DescribeCacheParametersCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeCacheParametersCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeCacheParameters", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeCacheParameters$ */ .IUr)){}
    /***/  },
  /***/ 2277: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ u: () => /* binding */ DescribeCacheSubnetGroupsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeCacheSubnetGroupsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeCacheSubnetGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeCacheSubnetGroups$ */ .rnN)){}
    /***/  },
  /***/ 4979: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ w: () => /* binding */ DescribeEventsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeEventsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeEvents", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeEvents$ */ .J7M)){}
    /***/  },
  /***/ 1446: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ H: () => /* binding */ DescribeReplicationGroupsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeReplicationGroupsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeReplicationGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeReplicationGroups$ */ .Y8s)){}
    /***/  },
  /***/ 4219: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ M: () => /* binding */ DescribeSnapshotsCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class DescribeSnapshotsCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DescribeSnapshots", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DescribeSnapshots$ */ .FJ$)){}
    /***/  },
  /***/ 6262: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ p: () => /* binding */ IncreaseReplicaCountCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class IncreaseReplicaCountCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "IncreaseReplicaCount", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .IncreaseReplicaCount$ */ .gAl)){}
    /***/  },
  /***/ 6721: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ ListTagsForResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class ListTagsForResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ListTagsForResource$ */ .Tzn)){}
    /***/  },
  /***/ 3295: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ ModifyCacheParameterGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class ModifyCacheParameterGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ModifyCacheParameterGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ModifyCacheParameterGroup$ */ .t7e)){}
    /***/  },
  /***/ 5567: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ C: () => /* binding */ ModifyCacheSubnetGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class ModifyCacheSubnetGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ModifyCacheSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ModifyCacheSubnetGroup$ */ .X6m)){}
    /***/  },
  /***/ 4138: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ Z: () => /* binding */ ModifyReplicationGroupCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class ModifyReplicationGroupCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ModifyReplicationGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ModifyReplicationGroup$ */ .AoP)){}
    /***/  },
  /***/ 1448: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ F: () => /* binding */ RemoveTagsFromResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
    class RemoveTagsFromResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "RemoveTagsFromResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .RemoveTagsFromResource$ */ .MRo)){}
    /***/  },
  /***/ 6672: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "elasticache"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 2693: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      Yl$: () => /* binding */ AddTagsToResource$,
      Z2d: () => /* binding */ CreateCacheParameterGroup$,
      l_X: () => /* binding */ CreateCacheSubnetGroup$,
      SGg: () => /* binding */ CreateReplicationGroup$,
      z42: () => /* binding */ CreateSnapshot$,
      Yc1: () => /* binding */ DecreaseReplicaCount$,
      _56: () => /* binding */ DeleteCacheParameterGroup$,
      YDD: () => /* binding */ DeleteCacheSubnetGroup$,
      rF: () => /* binding */ DeleteReplicationGroup$,
      ql1: () => /* binding */ DeleteSnapshot$,
      R96: () => /* binding */ DescribeCacheClusters$,
      n2F: () => /* binding */ DescribeCacheParameterGroups$,
      IUr: () => /* binding */ DescribeCacheParameters$,
      rnN: () => /* binding */ DescribeCacheSubnetGroups$,
      J7M: () => /* binding */ DescribeEvents$,
      Y8s: () => /* binding */ DescribeReplicationGroups$,
      FJ$: () => /* binding */ DescribeSnapshots$,
      gAl: () => /* binding */ IncreaseReplicaCount$,
      Tzn: () => /* binding */ ListTagsForResource$,
      t7e: () => /* binding */ ModifyCacheParameterGroup$,
      X6m: () => /* binding */ ModifyCacheSubnetGroup$,
      AoP: () => /* binding */ ModifyReplicationGroup$,
      MRo: () => /* binding */ RemoveTagsFromResource$,
      q1U: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: APICallRateForCustomerExceededFault$, AddTagsToResourceMessage$, AllowedNodeTypeModificationsMessage$, Authentication$, AuthenticationMode$, AuthorizationAlreadyExistsFault$, AuthorizationNotFoundFault$, AuthorizeCacheSecurityGroupIngress$, AuthorizeCacheSecurityGroupIngressMessage$, AuthorizeCacheSecurityGroupIngressResult$, AvailabilityZone$, BatchApplyUpdateAction$, BatchApplyUpdateActionMessage$, BatchStopUpdateAction$, BatchStopUpdateActionMessage$, CacheCluster$, CacheClusterAlreadyExistsFault$, CacheClusterMessage$, CacheClusterNotFoundFault$, CacheEngineVersion$, CacheEngineVersionMessage$, CacheNode$, CacheNodeTypeSpecificParameter$, CacheNodeTypeSpecificValue$, CacheNodeUpdateStatus$, CacheParameterGroup$, CacheParameterGroupAlreadyExistsFault$, CacheParameterGroupDetails$, CacheParameterGroupNameMessage$, CacheParameterGroupNotFoundFault$, CacheParameterGroupQuotaExceededFault$, CacheParameterGroupStatus$, CacheParameterGroupsMessage$, CacheSecurityGroup$, CacheSecurityGroupAlreadyExistsFault$, CacheSecurityGroupMembership$, CacheSecurityGroupMessage$, CacheSecurityGroupNotFoundFault$, CacheSecurityGroupQuotaExceededFault$, CacheSubnetGroup$, CacheSubnetGroupAlreadyExistsFault$, CacheSubnetGroupInUse$, CacheSubnetGroupMessage$, CacheSubnetGroupNotFoundFault$, CacheSubnetGroupQuotaExceededFault$, CacheSubnetQuotaExceededFault$, CacheUsageLimits$, CloudWatchLogsDestinationDetails$, ClusterQuotaForCustomerExceededFault$, CompleteMigration$, CompleteMigrationMessage$, CompleteMigrationResponse$, ConfigureShard$, CopyServerlessCacheSnapshot$, CopyServerlessCacheSnapshotRequest$, CopyServerlessCacheSnapshotResponse$, CopySnapshot$, CopySnapshotMessage$, CopySnapshotResult$, CreateCacheCluster$, CreateCacheClusterMessage$, CreateCacheClusterResult$, CreateCacheParameterGroupMessage$, CreateCacheParameterGroupResult$, CreateCacheSecurityGroup$, CreateCacheSecurityGroupMessage$, CreateCacheSecurityGroupResult$, CreateCacheSubnetGroupMessage$, CreateCacheSubnetGroupResult$, CreateGlobalReplicationGroup$, CreateGlobalReplicationGroupMessage$, CreateGlobalReplicationGroupResult$, CreateReplicationGroupMessage$, CreateReplicationGroupResult$, CreateServerlessCache$, CreateServerlessCacheRequest$, CreateServerlessCacheResponse$, CreateServerlessCacheSnapshot$, CreateServerlessCacheSnapshotRequest$, CreateServerlessCacheSnapshotResponse$, CreateSnapshotMessage$, CreateSnapshotResult$, CreateUser$, CreateUserGroup$, CreateUserGroupMessage$, CreateUserMessage$, CustomerNodeEndpoint$, DataStorage$, DecreaseNodeGroupsInGlobalReplicationGroup$, DecreaseNodeGroupsInGlobalReplicationGroupMessage$, DecreaseNodeGroupsInGlobalReplicationGroupResult$, DecreaseReplicaCountMessage$, DecreaseReplicaCountResult$, DefaultUserAssociatedToUserGroupFault$, DefaultUserRequired$, DeleteCacheCluster$, DeleteCacheClusterMessage$, DeleteCacheClusterResult$, DeleteCacheParameterGroupMessage$, DeleteCacheSecurityGroup$, DeleteCacheSecurityGroupMessage$, DeleteCacheSubnetGroupMessage$, DeleteGlobalReplicationGroup$, DeleteGlobalReplicationGroupMessage$, DeleteGlobalReplicationGroupResult$, DeleteReplicationGroupMessage$, DeleteReplicationGroupResult$, DeleteServerlessCache$, DeleteServerlessCacheRequest$, DeleteServerlessCacheResponse$, DeleteServerlessCacheSnapshot$, DeleteServerlessCacheSnapshotRequest$, DeleteServerlessCacheSnapshotResponse$, DeleteSnapshotMessage$, DeleteSnapshotResult$, DeleteUser$, DeleteUserGroup$, DeleteUserGroupMessage$, DeleteUserMessage$, DescribeCacheClustersMessage$, DescribeCacheEngineVersions$, DescribeCacheEngineVersionsMessage$, DescribeCacheParameterGroupsMessage$, DescribeCacheParametersMessage$, DescribeCacheSecurityGroups$, DescribeCacheSecurityGroupsMessage$, DescribeCacheSubnetGroupsMessage$, DescribeEngineDefaultParameters$, DescribeEngineDefaultParametersMessage$, DescribeEngineDefaultParametersResult$, DescribeEventsMessage$, DescribeGlobalReplicationGroups$, DescribeGlobalReplicationGroupsMessage$, DescribeGlobalReplicationGroupsResult$, DescribeReplicationGroupsMessage$, DescribeReservedCacheNodes$, DescribeReservedCacheNodesMessage$, DescribeReservedCacheNodesOfferings$, DescribeReservedCacheNodesOfferingsMessage$, DescribeServerlessCacheSnapshots$, DescribeServerlessCacheSnapshotsRequest$, DescribeServerlessCacheSnapshotsResponse$, DescribeServerlessCaches$, DescribeServerlessCachesRequest$, DescribeServerlessCachesResponse$, DescribeServiceUpdates$, DescribeServiceUpdatesMessage$, DescribeSnapshotsListMessage$, DescribeSnapshotsMessage$, DescribeUpdateActions$, DescribeUpdateActionsMessage$, DescribeUserGroups$, DescribeUserGroupsMessage$, DescribeUserGroupsResult$, DescribeUsers$, DescribeUsersMessage$, DescribeUsersResult$, DestinationDetails$, DisassociateGlobalReplicationGroup$, DisassociateGlobalReplicationGroupMessage$, DisassociateGlobalReplicationGroupResult$, DuplicateUserNameFault$, EC2SecurityGroup$, ECPUPerSecond$, ElastiCacheServiceException$, Endpoint$, EngineDefaults$, Event$, EventsMessage$, ExportServerlessCacheSnapshot$, ExportServerlessCacheSnapshotRequest$, ExportServerlessCacheSnapshotResponse$, FailoverGlobalReplicationGroup$, FailoverGlobalReplicationGroupMessage$, FailoverGlobalReplicationGroupResult$, Filter$, GlobalNodeGroup$, GlobalReplicationGroup$, GlobalReplicationGroupAlreadyExistsFault$, GlobalReplicationGroupInfo$, GlobalReplicationGroupMember$, GlobalReplicationGroupNotFoundFault$, IncreaseNodeGroupsInGlobalReplicationGroup$, IncreaseNodeGroupsInGlobalReplicationGroupMessage$, IncreaseNodeGroupsInGlobalReplicationGroupResult$, IncreaseReplicaCountMessage$, IncreaseReplicaCountResult$, InsufficientCacheClusterCapacityFault$, InvalidARNFault$, InvalidCacheClusterStateFault$, InvalidCacheParameterGroupStateFault$, InvalidCacheSecurityGroupStateFault$, InvalidCredentialsException$, InvalidGlobalReplicationGroupStateFault$, InvalidKMSKeyFault$, InvalidParameterCombinationException$, InvalidParameterValueException$, InvalidReplicationGroupStateFault$, InvalidServerlessCacheSnapshotStateFault$, InvalidServerlessCacheStateFault$, InvalidSnapshotStateFault$, InvalidSubnet$, InvalidUserGroupStateFault$, InvalidUserStateFault$, InvalidVPCNetworkStateFault$, KinesisFirehoseDestinationDetails$, ListAllowedNodeTypeModifications$, ListAllowedNodeTypeModificationsMessage$, ListTagsForResourceMessage$, LogDeliveryConfiguration$, LogDeliveryConfigurationRequest$, ModifyCacheCluster$, ModifyCacheClusterMessage$, ModifyCacheClusterResult$, ModifyCacheParameterGroupMessage$, ModifyCacheSubnetGroupMessage$, ModifyCacheSubnetGroupResult$, ModifyGlobalReplicationGroup$, ModifyGlobalReplicationGroupMessage$, ModifyGlobalReplicationGroupResult$, ModifyReplicationGroupMessage$, ModifyReplicationGroupResult$, ModifyReplicationGroupShardConfiguration$, ModifyReplicationGroupShardConfigurationMessage$, ModifyReplicationGroupShardConfigurationResult$, ModifyServerlessCache$, ModifyServerlessCacheRequest$, ModifyServerlessCacheResponse$, ModifyUser$, ModifyUserGroup$, ModifyUserGroupMessage$, ModifyUserMessage$, NoOperationFault$, NodeGroup$, NodeGroupConfiguration$, NodeGroupMember$, NodeGroupMemberUpdateStatus$, NodeGroupNotFoundFault$, NodeGroupUpdateStatus$, NodeGroupsPerReplicationGroupQuotaExceededFault$, NodeQuotaForClusterExceededFault$, NodeQuotaForCustomerExceededFault$, NodeSnapshot$, NotificationConfiguration$, Parameter$, ParameterNameValue$, PendingLogDeliveryConfiguration$, PendingModifiedValues$, ProcessedUpdateAction$, PurchaseReservedCacheNodesOffering$, PurchaseReservedCacheNodesOfferingMessage$, PurchaseReservedCacheNodesOfferingResult$, RebalanceSlotsInGlobalReplicationGroup$, RebalanceSlotsInGlobalReplicationGroupMessage$, RebalanceSlotsInGlobalReplicationGroupResult$, RebootCacheCluster$, RebootCacheClusterMessage$, RebootCacheClusterResult$, RecurringCharge$, RegionalConfiguration$, RemoveTagsFromResourceMessage$, ReplicationGroup$, ReplicationGroupAlreadyExistsFault$, ReplicationGroupAlreadyUnderMigrationFault$, ReplicationGroupMessage$, ReplicationGroupNotFoundFault$, ReplicationGroupNotUnderMigrationFault$, ReplicationGroupPendingModifiedValues$, ReservedCacheNode$, ReservedCacheNodeAlreadyExistsFault$, ReservedCacheNodeMessage$, ReservedCacheNodeNotFoundFault$, ReservedCacheNodeQuotaExceededFault$, ReservedCacheNodesOffering$, ReservedCacheNodesOfferingMessage$, ReservedCacheNodesOfferingNotFoundFault$, ResetCacheParameterGroup$, ResetCacheParameterGroupMessage$, ReshardingConfiguration$, ReshardingStatus$, RevokeCacheSecurityGroupIngress$, RevokeCacheSecurityGroupIngressMessage$, RevokeCacheSecurityGroupIngressResult$, ScaleConfig$, SecurityGroupMembership$, ServerlessCache$, ServerlessCacheAlreadyExistsFault$, ServerlessCacheConfiguration$, ServerlessCacheNotFoundFault$, ServerlessCacheQuotaForCustomerExceededFault$, ServerlessCacheSnapshot$, ServerlessCacheSnapshotAlreadyExistsFault$, ServerlessCacheSnapshotNotFoundFault$, ServerlessCacheSnapshotQuotaExceededFault$, ServiceLinkedRoleNotFoundFault$, ServiceUpdate$, ServiceUpdateNotFoundFault$, ServiceUpdatesMessage$, SlotMigration$, Snapshot$, SnapshotAlreadyExistsFault$, SnapshotFeatureNotSupportedFault$, SnapshotNotFoundFault$, SnapshotQuotaExceededFault$, StartMigration$, StartMigrationMessage$, StartMigrationResponse$, Subnet$, SubnetInUse$, SubnetNotAllowedFault$, SubnetOutpost$, Tag$, TagListMessage$, TagNotFoundFault$, TagQuotaPerResourceExceeded$, TestFailover$, TestFailoverMessage$, TestFailoverNotAvailableFault$, TestFailoverResult$, TestMigration$, TestMigrationMessage$, TestMigrationResponse$, TimeRangeFilter$, UnprocessedUpdateAction$, UpdateAction$, UpdateActionResultsMessage$, UpdateActionsMessage$, User$, UserAlreadyExistsFault$, UserGroup$, UserGroupAlreadyExistsFault$, UserGroupNotFoundFault$, UserGroupPendingChanges$, UserGroupQuotaExceededFault$, UserGroupsUpdateStatus$, UserNotFoundFault$, UserQuotaExceededFault$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/models/ElastiCacheServiceException.js
    class ElastiCacheServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ElastiCacheServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-es/models/errors.js
    class CacheClusterNotFoundFault extends ElastiCacheServiceException {
      name="CacheClusterNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheClusterNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheClusterNotFoundFault.prototype);
      }
    }
    class CacheParameterGroupNotFoundFault extends ElastiCacheServiceException {
      name="CacheParameterGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheParameterGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheParameterGroupNotFoundFault.prototype);
      }
    }
    class CacheSecurityGroupNotFoundFault extends ElastiCacheServiceException {
      name="CacheSecurityGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSecurityGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSecurityGroupNotFoundFault.prototype);
      }
    }
    class CacheSubnetGroupNotFoundFault extends ElastiCacheServiceException {
      name="CacheSubnetGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSubnetGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSubnetGroupNotFoundFault.prototype);
      }
    }
    class InvalidARNFault extends ElastiCacheServiceException {
      name="InvalidARNFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidARNFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidARNFault.prototype);
      }
    }
    class InvalidReplicationGroupStateFault extends ElastiCacheServiceException {
      name="InvalidReplicationGroupStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidReplicationGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidReplicationGroupStateFault.prototype);
      }
    }
    class InvalidServerlessCacheSnapshotStateFault extends ElastiCacheServiceException {
      name="InvalidServerlessCacheSnapshotStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidServerlessCacheSnapshotStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidServerlessCacheSnapshotStateFault.prototype);
      }
    }
    class InvalidServerlessCacheStateFault extends ElastiCacheServiceException {
      name="InvalidServerlessCacheStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidServerlessCacheStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidServerlessCacheStateFault.prototype);
      }
    }
    class ReplicationGroupNotFoundFault extends ElastiCacheServiceException {
      name="ReplicationGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReplicationGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReplicationGroupNotFoundFault.prototype);
      }
    }
    class ReservedCacheNodeNotFoundFault extends ElastiCacheServiceException {
      name="ReservedCacheNodeNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReservedCacheNodeNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReservedCacheNodeNotFoundFault.prototype);
      }
    }
    class ServerlessCacheNotFoundFault extends ElastiCacheServiceException {
      name="ServerlessCacheNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheNotFoundFault.prototype);
      }
    }
    class ServerlessCacheSnapshotNotFoundFault extends ElastiCacheServiceException {
      name="ServerlessCacheSnapshotNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheSnapshotNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotNotFoundFault.prototype);
      }
    }
    class SnapshotNotFoundFault extends ElastiCacheServiceException {
      name="SnapshotNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "SnapshotNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SnapshotNotFoundFault.prototype);
      }
    }
    class TagQuotaPerResourceExceeded extends ElastiCacheServiceException {
      name="TagQuotaPerResourceExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "TagQuotaPerResourceExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TagQuotaPerResourceExceeded.prototype);
      }
    }
    class UserGroupNotFoundFault extends ElastiCacheServiceException {
      name="UserGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserGroupNotFoundFault.prototype);
      }
    }
    class UserNotFoundFault extends ElastiCacheServiceException {
      name="UserNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserNotFoundFault.prototype);
      }
    }
    class AuthorizationAlreadyExistsFault extends ElastiCacheServiceException {
      name="AuthorizationAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "AuthorizationAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AuthorizationAlreadyExistsFault.prototype);
      }
    }
    class InvalidCacheSecurityGroupStateFault extends ElastiCacheServiceException {
      name="InvalidCacheSecurityGroupStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCacheSecurityGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCacheSecurityGroupStateFault.prototype);
      }
    }
    class InvalidParameterCombinationException extends ElastiCacheServiceException {
      name="InvalidParameterCombinationException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterCombinationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
      }
    }
    class InvalidParameterValueException extends ElastiCacheServiceException {
      name="InvalidParameterValueException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
      }
    }
    class ServiceUpdateNotFoundFault extends ElastiCacheServiceException {
      name="ServiceUpdateNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServiceUpdateNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceUpdateNotFoundFault.prototype);
      }
    }
    class ReplicationGroupNotUnderMigrationFault extends ElastiCacheServiceException {
      name="ReplicationGroupNotUnderMigrationFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReplicationGroupNotUnderMigrationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReplicationGroupNotUnderMigrationFault.prototype);
      }
    }
    class ServerlessCacheSnapshotAlreadyExistsFault extends ElastiCacheServiceException {
      name="ServerlessCacheSnapshotAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheSnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotAlreadyExistsFault.prototype);
      }
    }
    class ServerlessCacheSnapshotQuotaExceededFault extends ElastiCacheServiceException {
      name="ServerlessCacheSnapshotQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheSnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotQuotaExceededFault.prototype);
      }
    }
    class ServiceLinkedRoleNotFoundFault extends ElastiCacheServiceException {
      name="ServiceLinkedRoleNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServiceLinkedRoleNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceLinkedRoleNotFoundFault.prototype);
      }
    }
    class InvalidSnapshotStateFault extends ElastiCacheServiceException {
      name="InvalidSnapshotStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidSnapshotStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSnapshotStateFault.prototype);
      }
    }
    class SnapshotAlreadyExistsFault extends ElastiCacheServiceException {
      name="SnapshotAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "SnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SnapshotAlreadyExistsFault.prototype);
      }
    }
    class SnapshotQuotaExceededFault extends ElastiCacheServiceException {
      name="SnapshotQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "SnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SnapshotQuotaExceededFault.prototype);
      }
    }
    class CacheClusterAlreadyExistsFault extends ElastiCacheServiceException {
      name="CacheClusterAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheClusterAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheClusterAlreadyExistsFault.prototype);
      }
    }
    class ClusterQuotaForCustomerExceededFault extends ElastiCacheServiceException {
      name="ClusterQuotaForCustomerExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ClusterQuotaForCustomerExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ClusterQuotaForCustomerExceededFault.prototype);
      }
    }
    class InsufficientCacheClusterCapacityFault extends ElastiCacheServiceException {
      name="InsufficientCacheClusterCapacityFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InsufficientCacheClusterCapacityFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InsufficientCacheClusterCapacityFault.prototype);
      }
    }
    class InvalidVPCNetworkStateFault extends ElastiCacheServiceException {
      name="InvalidVPCNetworkStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidVPCNetworkStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidVPCNetworkStateFault.prototype);
      }
    }
    class NodeQuotaForClusterExceededFault extends ElastiCacheServiceException {
      name="NodeQuotaForClusterExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "NodeQuotaForClusterExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NodeQuotaForClusterExceededFault.prototype);
      }
    }
    class NodeQuotaForCustomerExceededFault extends ElastiCacheServiceException {
      name="NodeQuotaForCustomerExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "NodeQuotaForCustomerExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NodeQuotaForCustomerExceededFault.prototype);
      }
    }
    class CacheParameterGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="CacheParameterGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheParameterGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheParameterGroupAlreadyExistsFault.prototype);
      }
    }
    class CacheParameterGroupQuotaExceededFault extends ElastiCacheServiceException {
      name="CacheParameterGroupQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheParameterGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheParameterGroupQuotaExceededFault.prototype);
      }
    }
    class InvalidCacheParameterGroupStateFault extends ElastiCacheServiceException {
      name="InvalidCacheParameterGroupStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCacheParameterGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCacheParameterGroupStateFault.prototype);
      }
    }
    class CacheSecurityGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="CacheSecurityGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSecurityGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSecurityGroupAlreadyExistsFault.prototype);
      }
    }
    class CacheSecurityGroupQuotaExceededFault extends ElastiCacheServiceException {
      name="CacheSecurityGroupQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSecurityGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSecurityGroupQuotaExceededFault.prototype);
      }
    }
    class CacheSubnetGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="CacheSubnetGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSubnetGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSubnetGroupAlreadyExistsFault.prototype);
      }
    }
    class CacheSubnetGroupQuotaExceededFault extends ElastiCacheServiceException {
      name="CacheSubnetGroupQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSubnetGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSubnetGroupQuotaExceededFault.prototype);
      }
    }
    class CacheSubnetQuotaExceededFault extends ElastiCacheServiceException {
      name="CacheSubnetQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSubnetQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSubnetQuotaExceededFault.prototype);
      }
    }
    class InvalidSubnet extends ElastiCacheServiceException {
      name="InvalidSubnet";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidSubnet",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSubnet.prototype);
      }
    }
    class SubnetNotAllowedFault extends ElastiCacheServiceException {
      name="SubnetNotAllowedFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "SubnetNotAllowedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SubnetNotAllowedFault.prototype);
      }
    }
    class GlobalReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="GlobalReplicationGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "GlobalReplicationGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, GlobalReplicationGroupAlreadyExistsFault.prototype);
      }
    }
    class GlobalReplicationGroupNotFoundFault extends ElastiCacheServiceException {
      name="GlobalReplicationGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "GlobalReplicationGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, GlobalReplicationGroupNotFoundFault.prototype);
      }
    }
    class InvalidCacheClusterStateFault extends ElastiCacheServiceException {
      name="InvalidCacheClusterStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCacheClusterStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCacheClusterStateFault.prototype);
      }
    }
    class InvalidGlobalReplicationGroupStateFault extends ElastiCacheServiceException {
      name="InvalidGlobalReplicationGroupStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidGlobalReplicationGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidGlobalReplicationGroupStateFault.prototype);
      }
    }
    class InvalidUserGroupStateFault extends ElastiCacheServiceException {
      name="InvalidUserGroupStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidUserGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidUserGroupStateFault.prototype);
      }
    }
    class NodeGroupsPerReplicationGroupQuotaExceededFault extends ElastiCacheServiceException {
      name="NodeGroupsPerReplicationGroupQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "NodeGroupsPerReplicationGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NodeGroupsPerReplicationGroupQuotaExceededFault.prototype);
      }
    }
    class ReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="ReplicationGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReplicationGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReplicationGroupAlreadyExistsFault.prototype);
      }
    }
    class InvalidCredentialsException extends ElastiCacheServiceException {
      name="InvalidCredentialsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCredentialsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCredentialsException.prototype);
      }
    }
    class ServerlessCacheAlreadyExistsFault extends ElastiCacheServiceException {
      name="ServerlessCacheAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheAlreadyExistsFault.prototype);
      }
    }
    class ServerlessCacheQuotaForCustomerExceededFault extends ElastiCacheServiceException {
      name="ServerlessCacheQuotaForCustomerExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ServerlessCacheQuotaForCustomerExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServerlessCacheQuotaForCustomerExceededFault.prototype);
      }
    }
    class SnapshotFeatureNotSupportedFault extends ElastiCacheServiceException {
      name="SnapshotFeatureNotSupportedFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "SnapshotFeatureNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SnapshotFeatureNotSupportedFault.prototype);
      }
    }
    class DuplicateUserNameFault extends ElastiCacheServiceException {
      name="DuplicateUserNameFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "DuplicateUserNameFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateUserNameFault.prototype);
      }
    }
    class UserAlreadyExistsFault extends ElastiCacheServiceException {
      name="UserAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserAlreadyExistsFault.prototype);
      }
    }
    class UserQuotaExceededFault extends ElastiCacheServiceException {
      name="UserQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserQuotaExceededFault.prototype);
      }
    }
    class DefaultUserRequired extends ElastiCacheServiceException {
      name="DefaultUserRequired";
      $fault="client";
      constructor(opts) {
        super({
          name: "DefaultUserRequired",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DefaultUserRequired.prototype);
      }
    }
    class UserGroupAlreadyExistsFault extends ElastiCacheServiceException {
      name="UserGroupAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserGroupAlreadyExistsFault.prototype);
      }
    }
    class UserGroupQuotaExceededFault extends ElastiCacheServiceException {
      name="UserGroupQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserGroupQuotaExceededFault.prototype);
      }
    }
    class NoOperationFault extends ElastiCacheServiceException {
      name="NoOperationFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "NoOperationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NoOperationFault.prototype);
      }
    }
    class CacheSubnetGroupInUse extends ElastiCacheServiceException {
      name="CacheSubnetGroupInUse";
      $fault="client";
      constructor(opts) {
        super({
          name: "CacheSubnetGroupInUse",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CacheSubnetGroupInUse.prototype);
      }
    }
    class DefaultUserAssociatedToUserGroupFault extends ElastiCacheServiceException {
      name="DefaultUserAssociatedToUserGroupFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "DefaultUserAssociatedToUserGroupFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DefaultUserAssociatedToUserGroupFault.prototype);
      }
    }
    class InvalidUserStateFault extends ElastiCacheServiceException {
      name="InvalidUserStateFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidUserStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidUserStateFault.prototype);
      }
    }
    class ReservedCacheNodesOfferingNotFoundFault extends ElastiCacheServiceException {
      name="ReservedCacheNodesOfferingNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReservedCacheNodesOfferingNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReservedCacheNodesOfferingNotFoundFault.prototype);
      }
    }
    class InvalidKMSKeyFault extends ElastiCacheServiceException {
      name="InvalidKMSKeyFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidKMSKeyFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidKMSKeyFault.prototype);
      }
    }
    class SubnetInUse extends ElastiCacheServiceException {
      name="SubnetInUse";
      $fault="client";
      constructor(opts) {
        super({
          name: "SubnetInUse",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SubnetInUse.prototype);
      }
    }
    class ReservedCacheNodeAlreadyExistsFault extends ElastiCacheServiceException {
      name="ReservedCacheNodeAlreadyExistsFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReservedCacheNodeAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReservedCacheNodeAlreadyExistsFault.prototype);
      }
    }
    class ReservedCacheNodeQuotaExceededFault extends ElastiCacheServiceException {
      name="ReservedCacheNodeQuotaExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReservedCacheNodeQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReservedCacheNodeQuotaExceededFault.prototype);
      }
    }
    class TagNotFoundFault extends ElastiCacheServiceException {
      name="TagNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "TagNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TagNotFoundFault.prototype);
      }
    }
    class AuthorizationNotFoundFault extends ElastiCacheServiceException {
      name="AuthorizationNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "AuthorizationNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AuthorizationNotFoundFault.prototype);
      }
    }
    class ReplicationGroupAlreadyUnderMigrationFault extends ElastiCacheServiceException {
      name="ReplicationGroupAlreadyUnderMigrationFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReplicationGroupAlreadyUnderMigrationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReplicationGroupAlreadyUnderMigrationFault.prototype);
      }
    }
    class APICallRateForCustomerExceededFault extends ElastiCacheServiceException {
      name="APICallRateForCustomerExceededFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "APICallRateForCustomerExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, APICallRateForCustomerExceededFault.prototype);
      }
    }
    class NodeGroupNotFoundFault extends ElastiCacheServiceException {
      name="NodeGroupNotFoundFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "NodeGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NodeGroupNotFoundFault.prototype);
      }
    }
    class TestFailoverNotAvailableFault extends ElastiCacheServiceException {
      name="TestFailoverNotAvailableFault";
      $fault="client";
      constructor(opts) {
        super({
          name: "TestFailoverNotAvailableFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TestFailoverNotAvailableFault.prototype);
      }
    }
    const _AAEF = "AuthorizationAlreadyExistsFault";
    const _AF = "AutomaticFailover";
    const _AFE = "AutomaticFailoverEnabled";
    const _AFS = "AutomaticFailoverStatus";
    const _AI = "ApplyImmediately";
    const _AMVU = "AutoMinorVersionUpgrade";
    const _ANFF = "AuthorizationNotFoundFault";
    const _APICRFCEF = "APICallRateForCustomerExceededFault";
    const _AREE = "AtRestEncryptionEnabled";
    const _ARN = "ARN";
    const _AT = "AuthToken";
    const _ATE = "AuthTokenEnabled";
    const _ATLMD = "AuthTokenLastModifiedDate";
    const _ATS = "AuthTokenStatus";
    const _ATTR = "AddTagsToResource";
    const _ATTRM = "AddTagsToResourceMessage";
    const _ATUS = "AuthTokenUpdateStrategy";
    const _AV = "AllowedValues";
    const _AZ = "AvailabilityZone";
    const _AZL = "AvailabilityZonesList";
    const _Ad = "Address";
    const _CAZ = "CustomerAvailabilityZone";
    const _CC = "CacheCluster";
    const _CCAEF = "CacheClusterAlreadyExistsFault";
    const _CCCT = "CacheClusterCreateTime";
    const _CCIa = "CacheClusterId";
    const _CCL = "CacheClusterList";
    const _CCM = "CacheClusterMessage";
    const _CCNFF = "CacheClusterNotFoundFault";
    const _CCPG = "CreateCacheParameterGroup";
    const _CCPGM = "CreateCacheParameterGroupMessage";
    const _CCPGR = "CreateCacheParameterGroupResult";
    const _CCS = "CacheClusterStatus";
    const _CCSGMr = "CreateCacheSubnetGroupMessage";
    const _CCSGRr = "CreateCacheSubnetGroupResult";
    const _CCSGr = "CreateCacheSubnetGroup";
    const _CCa = "CacheClusters";
    const _CDLP = "ClientDownloadLandingPage";
    const _CE = "ConfigurationEndpoint";
    const _CEl = "ClusterEnabled";
    const _CI = "ClusterId";
    const _CIL = "ClusterIdList";
    const _CM = "ClusterMode";
    const _CN = "CacheNodes";
    const _CNCT = "CacheNodeCreateTime";
    const _CNI = "CacheNodeId";
    const _CNIL = "CacheNodeIdsList";
    const _CNITR = "CacheNodeIdsToReboot";
    const _CNITRa = "CacheNodeIdsToRemove";
    const _CNL = "CacheNodeList";
    const _CNS = "CacheNodeStatus";
    const _CNT = "CacheNodeType";
    const _CNTSP = "CacheNodeTypeSpecificParameter";
    const _CNTSPL = "CacheNodeTypeSpecificParametersList";
    const _CNTSPa = "CacheNodeTypeSpecificParameters";
    const _CNTSV = "CacheNodeTypeSpecificValues";
    const _CNTSVL = "CacheNodeTypeSpecificValueList";
    const _CNTSVa = "CacheNodeTypeSpecificValue";
    const _CNa = "CacheNode";
    const _COA = "CustomerOutpostArn";
    const _CPG = "CacheParameterGroup";
    const _CPGAEF = "CacheParameterGroupAlreadyExistsFault";
    const _CPGD = "CacheParameterGroupDetails";
    const _CPGF = "CacheParameterGroupFamily";
    const _CPGL = "CacheParameterGroupList";
    const _CPGM = "CacheParameterGroupsMessage";
    const _CPGN = "CacheParameterGroupName";
    const _CPGNFF = "CacheParameterGroupNotFoundFault";
    const _CPGNM = "CacheParameterGroupNameMessage";
    const _CPGQEF = "CacheParameterGroupQuotaExceededFault";
    const _CPGS = "CacheParameterGroupStatus";
    const _CPGa = "CacheParameterGroups";
    const _CQFCEF = "ClusterQuotaForCustomerExceededFault";
    const _CR = "CurrentRole";
    const _CRG = "CreateReplicationGroup";
    const _CRGM = "CreateReplicationGroupMessage";
    const _CRGR = "CreateReplicationGroupResult";
    const _CS = "ConfigureShard";
    const _CSG = "CacheSecurityGroup";
    const _CSGAEF = "CacheSecurityGroupAlreadyExistsFault";
    const _CSGAEFa = "CacheSubnetGroupAlreadyExistsFault";
    const _CSGD = "CacheSubnetGroupDescription";
    const _CSGIU = "CacheSubnetGroupInUse";
    const _CSGM = "CacheSecurityGroupMembership";
    const _CSGML = "CacheSecurityGroupMembershipList";
    const _CSGMac = "CacheSubnetGroupMessage";
    const _CSGN = "CacheSecurityGroupName";
    const _CSGNFF = "CacheSecurityGroupNotFoundFault";
    const _CSGNFFa = "CacheSubnetGroupNotFoundFault";
    const _CSGNL = "CacheSecurityGroupNameList";
    const _CSGNa = "CacheSubnetGroupName";
    const _CSGNac = "CacheSecurityGroupNames";
    const _CSGQEF = "CacheSecurityGroupQuotaExceededFault";
    const _CSGQEFa = "CacheSubnetGroupQuotaExceededFault";
    const _CSGa = "CacheSecurityGroups";
    const _CSGac = "CacheSubnetGroup";
    const _CSGach = "CacheSubnetGroups";
    const _CSMr = "CreateSnapshotMessage";
    const _CSQEF = "CacheSubnetQuotaExceededFault";
    const _CSRr = "CreateSnapshotResult";
    const _CSa = "CacheSize";
    const _CSr = "CreateSnapshot";
    const _CT = "ChangeType";
    const _CWLD = "CloudWatchLogsDetails";
    const _CWLDD = "CloudWatchLogsDestinationDetails";
    const _D = "Description";
    const _DCCMe = "DescribeCacheClustersMessage";
    const _DCCe = "DescribeCacheClusters";
    const _DCP = "DescribeCacheParameters";
    const _DCPG = "DeleteCacheParameterGroup";
    const _DCPGM = "DeleteCacheParameterGroupMessage";
    const _DCPGMe = "DescribeCacheParameterGroupsMessage";
    const _DCPGe = "DescribeCacheParameterGroups";
    const _DCPM = "DescribeCacheParametersMessage";
    const _DCSGMe = "DeleteCacheSubnetGroupMessage";
    const _DCSGMesc = "DescribeCacheSubnetGroupsMessage";
    const _DCSGe = "DeleteCacheSubnetGroup";
    const _DCSGesc = "DescribeCacheSubnetGroups";
    const _DD = "DestinationDetails";
    const _DE = "DescribeEvents";
    const _DEM = "DescribeEventsMessage";
    const _DRC = "DecreaseReplicaCount";
    const _DRCM = "DecreaseReplicaCountMessage";
    const _DRCR = "DecreaseReplicaCountResult";
    const _DRG = "DeleteReplicationGroup";
    const _DRGM = "DeleteReplicationGroupMessage";
    const _DRGMe = "DescribeReplicationGroupsMessage";
    const _DRGR = "DeleteReplicationGroupResult";
    const _DRGe = "DescribeReplicationGroups";
    const _DSLM = "DescribeSnapshotsListMessage";
    const _DSM = "DeleteSnapshotMessage";
    const _DSMe = "DescribeSnapshotsMessage";
    const _DSR = "DeleteSnapshotResult";
    const _DSe = "DeliveryStream";
    const _DSel = "DeleteSnapshot";
    const _DSes = "DescribeSnapshots";
    const _DT = "DataType";
    const _DTE = "DataTieringEnabled";
    const _DTa = "DataTiering";
    const _DTe = "DestinationType";
    const _DUATUGF = "DefaultUserAssociatedToUserGroupFault";
    const _DUNF = "DuplicateUserNameFault";
    const _DUR = "DefaultUserRequired";
    const _Da = "Date";
    const _Du = "Durability";
    const _Dur = "Duration";
    const _E = "Engine";
    const _EDf = "EffectiveDurability";
    const _EL = "EventList";
    const _EM = "EventsMessage";
    const _ET = "EndTime";
    const _EV = "EngineVersion";
    const _En = "Endpoint";
    const _Ena = "Enabled";
    const _Ev = "Event";
    const _Eve = "Events";
    const _FSI = "FinalSnapshotIdentifier";
    const _GRGAEF = "GlobalReplicationGroupAlreadyExistsFault";
    const _GRGI = "GlobalReplicationGroupId";
    const _GRGIl = "GlobalReplicationGroupInfo";
    const _GRGMR = "GlobalReplicationGroupMemberRole";
    const _GRGNFF = "GlobalReplicationGroupNotFoundFault";
    const _IARNF = "InvalidARNFault";
    const _ICCCF = "InsufficientCacheClusterCapacityFault";
    const _ICCSF = "InvalidCacheClusterStateFault";
    const _ICE = "InvalidCredentialsException";
    const _ICPGSF = "InvalidCacheParameterGroupStateFault";
    const _ICSGSF = "InvalidCacheSecurityGroupStateFault";
    const _ID = "IpDiscovery";
    const _IG = "IsGlobal";
    const _IGRGSF = "InvalidGlobalReplicationGroupStateFault";
    const _IKMSKF = "InvalidKMSKeyFault";
    const _IM = "IsModifiable";
    const _IPCE = "InvalidParameterCombinationException";
    const _IPVE = "InvalidParameterValueException";
    const _IRC = "IncreaseReplicaCount";
    const _IRCM = "IncreaseReplicaCountMessage";
    const _IRCR = "IncreaseReplicaCountResult";
    const _IRGSF = "InvalidReplicationGroupStateFault";
    const _IS = "InvalidSubnet";
    const _ISCSF = "InvalidServerlessCacheStateFault";
    const _ISCSSF = "InvalidServerlessCacheSnapshotStateFault";
    const _ISSF = "InvalidSnapshotStateFault";
    const _IUGSF = "InvalidUserGroupStateFault";
    const _IUSF = "InvalidUserStateFault";
    const _IVPCNSF = "InvalidVPCNetworkStateFault";
    const _K = "Key";
    const _KFD = "KinesisFirehoseDetails";
    const _KFDD = "KinesisFirehoseDestinationDetails";
    const _KKI = "KmsKeyId";
    const _LDC = "LogDeliveryConfigurations";
    const _LDCL = "LogDeliveryConfigurationList";
    const _LDCR = "LogDeliveryConfigurationRequest";
    const _LDCRL = "LogDeliveryConfigurationRequestList";
    const _LDCo = "LogDeliveryConfiguration";
    const _LF = "LogFormat";
    const _LG = "LogGroup";
    const _LT = "LogType";
    const _LTFR = "ListTagsForResource";
    const _LTFRM = "ListTagsForResourceMessage";
    const _M = "Marker";
    const _MAZ = "MultiAZ";
    const _MAZE = "MultiAZEnabled";
    const _MC = "MemberClusters";
    const _MCOA = "MemberClustersOutpostArns";
    const _MCPG = "ModifyCacheParameterGroup";
    const _MCPGM = "ModifyCacheParameterGroupMessage";
    const _MCSG = "ModifyCacheSubnetGroup";
    const _MCSGM = "ModifyCacheSubnetGroupMessage";
    const _MCSGR = "ModifyCacheSubnetGroupResult";
    const _MEV = "MinimumEngineVersion";
    const _MR = "MaxRecords";
    const _MRG = "ModifyReplicationGroup";
    const _MRGM = "ModifyReplicationGroupMessage";
    const _MRGR = "ModifyReplicationGroupResult";
    const _Me = "Message";
    const _N = "Name";
    const _NC = "NotificationConfiguration";
    const _NCC = "NumCacheClusters";
    const _NCN = "NumCacheNodes";
    const _NG = "NodeGroup";
    const _NGC = "NodeGroupConfiguration";
    const _NGCL = "NodeGroupConfigurationList";
    const _NGI = "NodeGroupId";
    const _NGL = "NodeGroupList";
    const _NGM = "NodeGroupMembers";
    const _NGML = "NodeGroupMemberList";
    const _NGMo = "NodeGroupMember";
    const _NGNFF = "NodeGroupNotFoundFault";
    const _NGPRGQEF = "NodeGroupsPerReplicationGroupQuotaExceededFault";
    const _NGo = "NodeGroups";
    const _NNG = "NumNodeGroups";
    const _NOF = "NoOperationFault";
    const _NQFCEF = "NodeQuotaForClusterExceededFault";
    const _NQFCEFo = "NodeQuotaForCustomerExceededFault";
    const _NRC = "NewReplicaCount";
    const _NS = "NodeSnapshot";
    const _NSL = "NodeSnapshotList";
    const _NSo = "NodeSnapshots";
    const _NT = "NetworkType";
    const _NTA = "NotificationTopicArn";
    const _NTS = "NotificationTopicStatus";
    const _OA = "OutpostArn";
    const _OAL = "OutpostArnsList";
    const _PAS = "ParameterApplyStatus";
    const _PAZ = "PreferredAvailabilityZone";
    const _PAZL = "PreferredAvailabilityZoneList";
    const _PAZr = "PreferredAvailabilityZones";
    const _PAZri = "PrimaryAvailabilityZone";
    const _PCCAZ = "PreferredCacheClusterAZs";
    const _PCI = "PrimaryClusterId";
    const _PE = "PrimaryEndpoint";
    const _PGS = "ParameterGroupStatus";
    const _PL = "ParametersList";
    const _PLDC = "PendingLogDeliveryConfiguration";
    const _PLDCL = "PendingLogDeliveryConfigurationList";
    const _PMV = "PendingModifiedValues";
    const _PMW = "PreferredMaintenanceWindow";
    const _PN = "ParameterName";
    const _PNV = "ParameterNameValues";
    const _PNVL = "ParameterNameValueList";
    const _PNVa = "ParameterNameValue";
    const _POA = "PreferredOutpostArn";
    const _POAL = "PreferredOutpostArnList";
    const _POAr = "PreferredOutpostArns";
    const _POAri = "PrimaryOutpostArn";
    const _PP = "ProgressPercentage";
    const _PV = "ParameterValue";
    const _Pa = "Parameters";
    const _Par = "Parameter";
    const _Po = "Port";
    const _RAZ = "ReplicaAvailabilityZones";
    const _RC = "ReplicaConfiguration";
    const _RCLep = "ReplicaConfigurationList";
    const _RCNAEF = "ReservedCacheNodeAlreadyExistsFault";
    const _RCNNFF = "ReservedCacheNodeNotFoundFault";
    const _RCNONFF = "ReservedCacheNodesOfferingNotFoundFault";
    const _RCNQEF = "ReservedCacheNodeQuotaExceededFault";
    const _RCep = "ReplicaCount";
    const _RE = "ReaderEndpoint";
    const _REe = "ReadEndpoint";
    const _RG = "ReplicationGroup";
    const _RGAEF = "ReplicationGroupAlreadyExistsFault";
    const _RGAUMF = "ReplicationGroupAlreadyUnderMigrationFault";
    const _RGCT = "ReplicationGroupCreateTime";
    const _RGD = "ReplicationGroupDescription";
    const _RGIe = "ReplicationGroupId";
    const _RGL = "ReplicationGroupList";
    const _RGLDE = "ReplicationGroupLogDeliveryEnabled";
    const _RGM = "ReplicationGroupMessage";
    const _RGNFF = "ReplicationGroupNotFoundFault";
    const _RGNUMF = "ReplicationGroupNotUnderMigrationFault";
    const _RGOA = "ReplicationGroupOutpostArn";
    const _RGOAL = "ReplicationGroupOutpostArnList";
    const _RGPMV = "ReplicationGroupPendingModifiedValues";
    const _RGe = "ReplicationGroups";
    const _RN = "ResourceName";
    const _ROA = "ReplicaOutpostArns";
    const _RPC = "RetainPrimaryCluster";
    const _RPNG = "ReplicasPerNodeGroup";
    const _RS = "ReshardingStatus";
    const _RTFR = "RemoveTagsFromResource";
    const _RTFRM = "RemoveTagsFromResourceMessage";
    const _RTR = "ReplicasToRemove";
    const _RUG = "RemoveUserGroups";
    const _Re = "Resharding";
    const _S = "Source";
    const _SA = "SnapshotArns";
    const _SAEF = "SnapshotAlreadyExistsFault";
    const _SAL = "SnapshotArnsList";
    const _SAZ = "SubnetAvailabilityZone";
    const _SAn = "SnapshotArn";
    const _SCAEF = "ServerlessCacheAlreadyExistsFault";
    const _SCCNIRG = "ShowCacheClustersNotInReplicationGroups";
    const _SCI = "SnapshottingClusterId";
    const _SCNFF = "ServerlessCacheNotFoundFault";
    const _SCNI = "SourceCacheNodeId";
    const _SCNIh = "ShowCacheNodeInfo";
    const _SCQFCEF = "ServerlessCacheQuotaForCustomerExceededFault";
    const _SCSAEF = "ServerlessCacheSnapshotAlreadyExistsFault";
    const _SCSN = "ServerlessCacheSnapshotName";
    const _SCSNFF = "ServerlessCacheSnapshotNotFoundFault";
    const _SCSQEF = "ServerlessCacheSnapshotQuotaExceededFault";
    const _SCT = "SnapshotCreateTime";
    const _SCc = "ScaleConfig";
    const _SET = "StorageEncryptionType";
    const _SFNSF = "SnapshotFeatureNotSupportedFault";
    const _SG = "SecurityGroups";
    const _SGI = "SecurityGroupIds";
    const _SGIL = "SecurityGroupIdsList";
    const _SGIe = "SecurityGroupId";
    const _SGM = "SecurityGroupMembership";
    const _SGML = "SecurityGroupMembershipList";
    const _SI = "SubnetIds";
    const _SIL = "SubnetIdentifierList";
    const _SIM = "ScaleIntervalMinutes";
    const _SIU = "SubnetInUse";
    const _SIo = "SourceIdentifier";
    const _SIu = "SubnetIdentifier";
    const _SL = "SnapshotList";
    const _SLRNFF = "ServiceLinkedRoleNotFoundFault";
    const _SLu = "SubnetList";
    const _SM = "SlotMigration";
    const _SN = "SnapshotName";
    const _SNAF = "SubnetNotAllowedFault";
    const _SNFF = "SnapshotNotFoundFault";
    const _SNGC = "ShowNodeGroupConfig";
    const _SNT = "SupportedNetworkTypes";
    const _SO = "SubnetOutpost";
    const _SOA = "SubnetOutpostArn";
    const _SP = "ScalePercentage";
    const _SQEF = "SnapshotQuotaExceededFault";
    const _SRL = "SnapshotRetentionLimit";
    const _SS = "SnapshotSource";
    const _SSn = "SnapshotStatus";
    const _ST = "SourceType";
    const _STt = "StartTime";
    const _SUNFF = "ServiceUpdateNotFoundFault";
    const _SW = "SnapshotWindow";
    const _Sl = "Slots";
    const _Sn = "Snapshot";
    const _Sna = "Snapshots";
    const _St = "Status";
    const _Su = "Subnets";
    const _Sub = "Subnet";
    const _T = "Tags";
    const _TA = "TopicArn";
    const _TEE = "TransitEncryptionEnabled";
    const _TEM = "TransitEncryptionMode";
    const _TFNAF = "TestFailoverNotAvailableFault";
    const _TK = "TagKeys";
    const _TL = "TagList";
    const _TLM = "TagListMessage";
    const _TNFF = "TagNotFoundFault";
    const _TQPRE = "TagQuotaPerResourceExceeded";
    const _TS = "TopicStatus";
    const _Ta = "Tag";
    const _UAEF = "UserAlreadyExistsFault";
    const _UG = "UserGroups";
    const _UGAEF = "UserGroupAlreadyExistsFault";
    const _UGI = "UserGroupIds";
    const _UGITA = "UserGroupIdsToAdd";
    const _UGITR = "UserGroupIdsToRemove";
    const _UGNFF = "UserGroupNotFoundFault";
    const _UGQEF = "UserGroupQuotaExceededFault";
    const _UGUS = "UserGroupsUpdateStatus";
    const _UNFF = "UserNotFoundFault";
    const _UQEF = "UserQuotaExceededFault";
    const _V = "Value";
    const _VI = "VpcId";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _hE = "httpError";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticache";
    const _xN = "xmlName";
    const n0 = "com.amazonaws.elasticache";
    const _s_registry = schema.TypeRegistry.for(_s);
    var ElastiCacheServiceException$ = [ -3, _s, "ElastiCacheServiceException", 0, [], [] ];
    _s_registry.registerError(ElastiCacheServiceException$, ElastiCacheServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var APICallRateForCustomerExceededFault$ = [ -3, n0, _APICRFCEF, {
      [_aQE]: [ `APICallRateForCustomerExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(APICallRateForCustomerExceededFault$, APICallRateForCustomerExceededFault);
    var AuthorizationAlreadyExistsFault$ = [ -3, n0, _AAEF, {
      [_aQE]: [ `AuthorizationAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
    var AuthorizationNotFoundFault$ = [ -3, n0, _ANFF, {
      [_aQE]: [ `AuthorizationNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
    var CacheClusterAlreadyExistsFault$ = [ -3, n0, _CCAEF, {
      [_aQE]: [ `CacheClusterAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheClusterAlreadyExistsFault$, CacheClusterAlreadyExistsFault);
    var CacheClusterNotFoundFault$ = [ -3, n0, _CCNFF, {
      [_aQE]: [ `CacheClusterNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheClusterNotFoundFault$, CacheClusterNotFoundFault);
    var CacheParameterGroupAlreadyExistsFault$ = [ -3, n0, _CPGAEF, {
      [_aQE]: [ `CacheParameterGroupAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheParameterGroupAlreadyExistsFault$, CacheParameterGroupAlreadyExistsFault);
    var CacheParameterGroupNotFoundFault$ = [ -3, n0, _CPGNFF, {
      [_aQE]: [ `CacheParameterGroupNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheParameterGroupNotFoundFault$, CacheParameterGroupNotFoundFault);
    var CacheParameterGroupQuotaExceededFault$ = [ -3, n0, _CPGQEF, {
      [_aQE]: [ `CacheParameterGroupQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheParameterGroupQuotaExceededFault$, CacheParameterGroupQuotaExceededFault);
    var CacheSecurityGroupAlreadyExistsFault$ = [ -3, n0, _CSGAEF, {
      [_aQE]: [ `CacheSecurityGroupAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSecurityGroupAlreadyExistsFault$, CacheSecurityGroupAlreadyExistsFault);
    var CacheSecurityGroupNotFoundFault$ = [ -3, n0, _CSGNFF, {
      [_aQE]: [ `CacheSecurityGroupNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSecurityGroupNotFoundFault$, CacheSecurityGroupNotFoundFault);
    var CacheSecurityGroupQuotaExceededFault$ = [ -3, n0, _CSGQEF, {
      [_aQE]: [ `QuotaExceeded.CacheSecurityGroup`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSecurityGroupQuotaExceededFault$, CacheSecurityGroupQuotaExceededFault);
    var CacheSubnetGroupAlreadyExistsFault$ = [ -3, n0, _CSGAEFa, {
      [_aQE]: [ `CacheSubnetGroupAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSubnetGroupAlreadyExistsFault$, CacheSubnetGroupAlreadyExistsFault);
    var CacheSubnetGroupInUse$ = [ -3, n0, _CSGIU, {
      [_aQE]: [ `CacheSubnetGroupInUse`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSubnetGroupInUse$, CacheSubnetGroupInUse);
    var CacheSubnetGroupNotFoundFault$ = [ -3, n0, _CSGNFFa, {
      [_aQE]: [ `CacheSubnetGroupNotFoundFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSubnetGroupNotFoundFault$, CacheSubnetGroupNotFoundFault);
    var CacheSubnetGroupQuotaExceededFault$ = [ -3, n0, _CSGQEFa, {
      [_aQE]: [ `CacheSubnetGroupQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSubnetGroupQuotaExceededFault$, CacheSubnetGroupQuotaExceededFault);
    var CacheSubnetQuotaExceededFault$ = [ -3, n0, _CSQEF, {
      [_aQE]: [ `CacheSubnetQuotaExceededFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(CacheSubnetQuotaExceededFault$, CacheSubnetQuotaExceededFault);
    var ClusterQuotaForCustomerExceededFault$ = [ -3, n0, _CQFCEF, {
      [_aQE]: [ `ClusterQuotaForCustomerExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ClusterQuotaForCustomerExceededFault$, ClusterQuotaForCustomerExceededFault);
    var DefaultUserAssociatedToUserGroupFault$ = [ -3, n0, _DUATUGF, {
      [_aQE]: [ `DefaultUserAssociatedToUserGroup`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DefaultUserAssociatedToUserGroupFault$, DefaultUserAssociatedToUserGroupFault);
    var DefaultUserRequired$ = [ -3, n0, _DUR, {
      [_aQE]: [ `DefaultUserRequired`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DefaultUserRequired$, DefaultUserRequired);
    var DuplicateUserNameFault$ = [ -3, n0, _DUNF, {
      [_aQE]: [ `DuplicateUserName`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(DuplicateUserNameFault$, DuplicateUserNameFault);
    var GlobalReplicationGroupAlreadyExistsFault$ = [ -3, n0, _GRGAEF, {
      [_aQE]: [ `GlobalReplicationGroupAlreadyExistsFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(GlobalReplicationGroupAlreadyExistsFault$, GlobalReplicationGroupAlreadyExistsFault);
    var GlobalReplicationGroupNotFoundFault$ = [ -3, n0, _GRGNFF, {
      [_aQE]: [ `GlobalReplicationGroupNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(GlobalReplicationGroupNotFoundFault$, GlobalReplicationGroupNotFoundFault);
    var InsufficientCacheClusterCapacityFault$ = [ -3, n0, _ICCCF, {
      [_aQE]: [ `InsufficientCacheClusterCapacity`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InsufficientCacheClusterCapacityFault$, InsufficientCacheClusterCapacityFault);
    var InvalidARNFault$ = [ -3, n0, _IARNF, {
      [_aQE]: [ `InvalidARN`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidARNFault$, InvalidARNFault);
    var InvalidCacheClusterStateFault$ = [ -3, n0, _ICCSF, {
      [_aQE]: [ `InvalidCacheClusterState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidCacheClusterStateFault$, InvalidCacheClusterStateFault);
    var InvalidCacheParameterGroupStateFault$ = [ -3, n0, _ICPGSF, {
      [_aQE]: [ `InvalidCacheParameterGroupState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidCacheParameterGroupStateFault$, InvalidCacheParameterGroupStateFault);
    var InvalidCacheSecurityGroupStateFault$ = [ -3, n0, _ICSGSF, {
      [_aQE]: [ `InvalidCacheSecurityGroupState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidCacheSecurityGroupStateFault$, InvalidCacheSecurityGroupStateFault);
    var InvalidCredentialsException$ = [ -3, n0, _ICE, {
      [_aQE]: [ `InvalidCredentialsException`, 408 ],
      [_e]: _c,
      [_hE]: 408
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidCredentialsException$, InvalidCredentialsException);
    var InvalidGlobalReplicationGroupStateFault$ = [ -3, n0, _IGRGSF, {
      [_aQE]: [ `InvalidGlobalReplicationGroupState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidGlobalReplicationGroupStateFault$, InvalidGlobalReplicationGroupStateFault);
    var InvalidKMSKeyFault$ = [ -3, n0, _IKMSKF, {
      [_aQE]: [ `InvalidKMSKeyFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidKMSKeyFault$, InvalidKMSKeyFault);
    var InvalidParameterCombinationException$ = [ -3, n0, _IPCE, {
      [_aQE]: [ `InvalidParameterCombination`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
    var InvalidParameterValueException$ = [ -3, n0, _IPVE, {
      [_aQE]: [ `InvalidParameterValue`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var InvalidReplicationGroupStateFault$ = [ -3, n0, _IRGSF, {
      [_aQE]: [ `InvalidReplicationGroupState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidReplicationGroupStateFault$, InvalidReplicationGroupStateFault);
    var InvalidServerlessCacheSnapshotStateFault$ = [ -3, n0, _ISCSSF, {
      [_aQE]: [ `InvalidServerlessCacheSnapshotStateFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidServerlessCacheSnapshotStateFault$, InvalidServerlessCacheSnapshotStateFault);
    var InvalidServerlessCacheStateFault$ = [ -3, n0, _ISCSF, {
      [_aQE]: [ `InvalidServerlessCacheStateFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidServerlessCacheStateFault$, InvalidServerlessCacheStateFault);
    var InvalidSnapshotStateFault$ = [ -3, n0, _ISSF, {
      [_aQE]: [ `InvalidSnapshotState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidSnapshotStateFault$, InvalidSnapshotStateFault);
    var InvalidSubnet$ = [ -3, n0, _IS, {
      [_aQE]: [ `InvalidSubnet`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
    var InvalidUserGroupStateFault$ = [ -3, n0, _IUGSF, {
      [_aQE]: [ `InvalidUserGroupState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidUserGroupStateFault$, InvalidUserGroupStateFault);
    var InvalidUserStateFault$ = [ -3, n0, _IUSF, {
      [_aQE]: [ `InvalidUserState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidUserStateFault$, InvalidUserStateFault);
    var InvalidVPCNetworkStateFault$ = [ -3, n0, _IVPCNSF, {
      [_aQE]: [ `InvalidVPCNetworkStateFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
    var NodeGroupNotFoundFault$ = [ -3, n0, _NGNFF, {
      [_aQE]: [ `NodeGroupNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NodeGroupNotFoundFault$, NodeGroupNotFoundFault);
    var NodeGroupsPerReplicationGroupQuotaExceededFault$ = [ -3, n0, _NGPRGQEF, {
      [_aQE]: [ `NodeGroupsPerReplicationGroupQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NodeGroupsPerReplicationGroupQuotaExceededFault$, NodeGroupsPerReplicationGroupQuotaExceededFault);
    var NodeQuotaForClusterExceededFault$ = [ -3, n0, _NQFCEF, {
      [_aQE]: [ `NodeQuotaForClusterExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NodeQuotaForClusterExceededFault$, NodeQuotaForClusterExceededFault);
    var NodeQuotaForCustomerExceededFault$ = [ -3, n0, _NQFCEFo, {
      [_aQE]: [ `NodeQuotaForCustomerExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NodeQuotaForCustomerExceededFault$, NodeQuotaForCustomerExceededFault);
    var NoOperationFault$ = [ -3, n0, _NOF, {
      [_aQE]: [ `NoOperationFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NoOperationFault$, NoOperationFault);
    var ReplicationGroupAlreadyExistsFault$ = [ -3, n0, _RGAEF, {
      [_aQE]: [ `ReplicationGroupAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReplicationGroupAlreadyExistsFault$, ReplicationGroupAlreadyExistsFault);
    var ReplicationGroupAlreadyUnderMigrationFault$ = [ -3, n0, _RGAUMF, {
      [_aQE]: [ `ReplicationGroupAlreadyUnderMigrationFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReplicationGroupAlreadyUnderMigrationFault$, ReplicationGroupAlreadyUnderMigrationFault);
    var ReplicationGroupNotFoundFault$ = [ -3, n0, _RGNFF, {
      [_aQE]: [ `ReplicationGroupNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReplicationGroupNotFoundFault$, ReplicationGroupNotFoundFault);
    var ReplicationGroupNotUnderMigrationFault$ = [ -3, n0, _RGNUMF, {
      [_aQE]: [ `ReplicationGroupNotUnderMigrationFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReplicationGroupNotUnderMigrationFault$, ReplicationGroupNotUnderMigrationFault);
    var ReservedCacheNodeAlreadyExistsFault$ = [ -3, n0, _RCNAEF, {
      [_aQE]: [ `ReservedCacheNodeAlreadyExists`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReservedCacheNodeAlreadyExistsFault$, ReservedCacheNodeAlreadyExistsFault);
    var ReservedCacheNodeNotFoundFault$ = [ -3, n0, _RCNNFF, {
      [_aQE]: [ `ReservedCacheNodeNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReservedCacheNodeNotFoundFault$, ReservedCacheNodeNotFoundFault);
    var ReservedCacheNodeQuotaExceededFault$ = [ -3, n0, _RCNQEF, {
      [_aQE]: [ `ReservedCacheNodeQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReservedCacheNodeQuotaExceededFault$, ReservedCacheNodeQuotaExceededFault);
    var ReservedCacheNodesOfferingNotFoundFault$ = [ -3, n0, _RCNONFF, {
      [_aQE]: [ `ReservedCacheNodesOfferingNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReservedCacheNodesOfferingNotFoundFault$, ReservedCacheNodesOfferingNotFoundFault);
    var ServerlessCacheAlreadyExistsFault$ = [ -3, n0, _SCAEF, {
      [_aQE]: [ `ServerlessCacheAlreadyExistsFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheAlreadyExistsFault$, ServerlessCacheAlreadyExistsFault);
    var ServerlessCacheNotFoundFault$ = [ -3, n0, _SCNFF, {
      [_aQE]: [ `ServerlessCacheNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheNotFoundFault$, ServerlessCacheNotFoundFault);
    var ServerlessCacheQuotaForCustomerExceededFault$ = [ -3, n0, _SCQFCEF, {
      [_aQE]: [ `ServerlessCacheQuotaForCustomerExceededFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheQuotaForCustomerExceededFault$, ServerlessCacheQuotaForCustomerExceededFault);
    var ServerlessCacheSnapshotAlreadyExistsFault$ = [ -3, n0, _SCSAEF, {
      [_aQE]: [ `ServerlessCacheSnapshotAlreadyExistsFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheSnapshotAlreadyExistsFault$, ServerlessCacheSnapshotAlreadyExistsFault);
    var ServerlessCacheSnapshotNotFoundFault$ = [ -3, n0, _SCSNFF, {
      [_aQE]: [ `ServerlessCacheSnapshotNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheSnapshotNotFoundFault$, ServerlessCacheSnapshotNotFoundFault);
    var ServerlessCacheSnapshotQuotaExceededFault$ = [ -3, n0, _SCSQEF, {
      [_aQE]: [ `ServerlessCacheSnapshotQuotaExceededFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServerlessCacheSnapshotQuotaExceededFault$, ServerlessCacheSnapshotQuotaExceededFault);
    var ServiceLinkedRoleNotFoundFault$ = [ -3, n0, _SLRNFF, {
      [_aQE]: [ `ServiceLinkedRoleNotFoundFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceLinkedRoleNotFoundFault$, ServiceLinkedRoleNotFoundFault);
    var ServiceUpdateNotFoundFault$ = [ -3, n0, _SUNFF, {
      [_aQE]: [ `ServiceUpdateNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ServiceUpdateNotFoundFault$, ServiceUpdateNotFoundFault);
    var SnapshotAlreadyExistsFault$ = [ -3, n0, _SAEF, {
      [_aQE]: [ `SnapshotAlreadyExistsFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SnapshotAlreadyExistsFault$, SnapshotAlreadyExistsFault);
    var SnapshotFeatureNotSupportedFault$ = [ -3, n0, _SFNSF, {
      [_aQE]: [ `SnapshotFeatureNotSupportedFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SnapshotFeatureNotSupportedFault$, SnapshotFeatureNotSupportedFault);
    var SnapshotNotFoundFault$ = [ -3, n0, _SNFF, {
      [_aQE]: [ `SnapshotNotFoundFault`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SnapshotNotFoundFault$, SnapshotNotFoundFault);
    var SnapshotQuotaExceededFault$ = [ -3, n0, _SQEF, {
      [_aQE]: [ `SnapshotQuotaExceededFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
    var SubnetInUse$ = [ -3, n0, _SIU, {
      [_aQE]: [ `SubnetInUse`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SubnetInUse$, SubnetInUse);
    var SubnetNotAllowedFault$ = [ -3, n0, _SNAF, {
      [_aQE]: [ `SubnetNotAllowedFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SubnetNotAllowedFault$, SubnetNotAllowedFault);
    var TagNotFoundFault$ = [ -3, n0, _TNFF, {
      [_aQE]: [ `TagNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TagNotFoundFault$, TagNotFoundFault);
    var TagQuotaPerResourceExceeded$ = [ -3, n0, _TQPRE, {
      [_aQE]: [ `TagQuotaPerResourceExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TagQuotaPerResourceExceeded$, TagQuotaPerResourceExceeded);
    var TestFailoverNotAvailableFault$ = [ -3, n0, _TFNAF, {
      [_aQE]: [ `TestFailoverNotAvailableFault`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TestFailoverNotAvailableFault$, TestFailoverNotAvailableFault);
    var UserAlreadyExistsFault$ = [ -3, n0, _UAEF, {
      [_aQE]: [ `UserAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserAlreadyExistsFault$, UserAlreadyExistsFault);
    var UserGroupAlreadyExistsFault$ = [ -3, n0, _UGAEF, {
      [_aQE]: [ `UserGroupAlreadyExists`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserGroupAlreadyExistsFault$, UserGroupAlreadyExistsFault);
    var UserGroupNotFoundFault$ = [ -3, n0, _UGNFF, {
      [_aQE]: [ `UserGroupNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserGroupNotFoundFault$, UserGroupNotFoundFault);
    var UserGroupQuotaExceededFault$ = [ -3, n0, _UGQEF, {
      [_aQE]: [ `UserGroupQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserGroupQuotaExceededFault$, UserGroupQuotaExceededFault);
    var UserNotFoundFault$ = [ -3, n0, _UNFF, {
      [_aQE]: [ `UserNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserNotFoundFault$, UserNotFoundFault);
    var UserQuotaExceededFault$ = [ -3, n0, _UQEF, {
      [_aQE]: [ `UserQuotaExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserQuotaExceededFault$, UserQuotaExceededFault);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var AddTagsToResourceMessage$ = [ 3, n0, _ATTRM, 0, [ _RN, _T ], [ 0, [ () => TagList, 0 ] ], 2 ];
    var AvailabilityZone$ = [ 3, n0, _AZ, 0, [ _N ], [ 0 ] ];
    var CacheCluster$ = [ 3, n0, _CC, 0, [ _CCIa, _CE, _CDLP, _CNT, _E, _EV, _CCS, _NCN, _PAZ, _POA, _CCCT, _PMW, _PMV, _NC, _CSGa, _CPG, _CSGNa, _CN, _AMVU, _SG, _RGIe, _SRL, _SW, _ATE, _ATLMD, _TEE, _AREE, _ARN, _RGLDE, _LDC, _NT, _ID, _TEM ], [ 0, () => Endpoint$, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, [ () => PendingModifiedValues$, 0 ], () => NotificationConfiguration$, [ () => CacheSecurityGroupMembershipList, 0 ], [ () => CacheParameterGroupStatus$, 0 ], 0, [ () => CacheNodeList, 0 ], 2, () => SecurityGroupMembershipList, 0, 1, 0, 2, 4, 2, 2, 0, 2, [ () => LogDeliveryConfigurationList, 0 ], 0, 0, 0 ] ];
    var CacheClusterMessage$ = [ 3, n0, _CCM, 0, [ _M, _CCa ], [ 0, [ () => CacheClusterList, 0 ] ] ];
    var CacheNode$ = [ 3, n0, _CNa, 0, [ _CNI, _CNS, _CNCT, _En, _PGS, _SCNI, _CAZ, _COA ], [ 0, 0, 4, () => Endpoint$, 0, 0, 0, 0 ] ];
    var CacheNodeTypeSpecificParameter$ = [ 3, n0, _CNTSP, 0, [ _PN, _D, _S, _DT, _AV, _IM, _MEV, _CNTSV, _CT ], [ 0, 0, 0, 0, 0, 2, 0, [ () => CacheNodeTypeSpecificValueList, 0 ], 0 ] ];
    var CacheNodeTypeSpecificValue$ = [ 3, n0, _CNTSVa, 0, [ _CNT, _V ], [ 0, 0 ] ];
    var CacheParameterGroup$ = [ 3, n0, _CPG, 0, [ _CPGN, _CPGF, _D, _IG, _ARN ], [ 0, 0, 0, 2, 0 ] ];
    var CacheParameterGroupDetails$ = [ 3, n0, _CPGD, 0, [ _M, _Pa, _CNTSPa ], [ 0, [ () => ParametersList, 0 ], [ () => CacheNodeTypeSpecificParametersList, 0 ] ] ];
    var CacheParameterGroupNameMessage$ = [ 3, n0, _CPGNM, 0, [ _CPGN ], [ 0 ] ];
    var CacheParameterGroupsMessage$ = [ 3, n0, _CPGM, 0, [ _M, _CPGa ], [ 0, [ () => CacheParameterGroupList, 0 ] ] ];
    var CacheParameterGroupStatus$ = [ 3, n0, _CPGS, 0, [ _CPGN, _PAS, _CNITR ], [ 0, 0, [ () => CacheNodeIdsList, 0 ] ] ];
    var CacheSecurityGroupMembership$ = [ 3, n0, _CSGM, 0, [ _CSGN, _St ], [ 0, 0 ] ];
    var CacheSubnetGroup$ = [ 3, n0, _CSGac, 0, [ _CSGNa, _CSGD, _VI, _Su, _ARN, _SNT ], [ 0, 0, 0, [ () => SubnetList, 0 ], 0, 64 | 0 ] ];
    var CacheSubnetGroupMessage$ = [ 3, n0, _CSGMac, 0, [ _M, _CSGach ], [ 0, [ () => CacheSubnetGroups, 0 ] ] ];
    var CloudWatchLogsDestinationDetails$ = [ 3, n0, _CWLDD, 0, [ _LG ], [ 0 ] ];
    var ConfigureShard$ = [ 3, n0, _CS, 0, [ _NGI, _NRC, _PAZr, _POAr ], [ 0, 1, [ () => PreferredAvailabilityZoneList, 0 ], [ () => PreferredOutpostArnList, 0 ] ], 2 ];
    var CreateCacheParameterGroupMessage$ = [ 3, n0, _CCPGM, 0, [ _CPGN, _CPGF, _D, _T ], [ 0, 0, 0, [ () => TagList, 0 ] ], 3 ];
    var CreateCacheParameterGroupResult$ = [ 3, n0, _CCPGR, 0, [ _CPG ], [ () => CacheParameterGroup$ ] ];
    var CreateCacheSubnetGroupMessage$ = [ 3, n0, _CCSGMr, 0, [ _CSGNa, _CSGD, _SI, _T ], [ 0, 0, [ () => SubnetIdentifierList, 0 ], [ () => TagList, 0 ] ], 3 ];
    var CreateCacheSubnetGroupResult$ = [ 3, n0, _CCSGRr, 0, [ _CSGac ], [ [ () => CacheSubnetGroup$, 0 ] ] ];
    var CreateReplicationGroupMessage$ = [ 3, n0, _CRGM, 0, [ _RGIe, _RGD, _GRGI, _PCI, _AFE, _MAZE, _NCC, _PCCAZ, _NNG, _RPNG, _NGC, _CNT, _E, _EV, _CPGN, _CSGNa, _CSGNac, _SGI, _T, _SA, _SN, _PMW, _Po, _NTA, _AMVU, _SRL, _SW, _AT, _TEE, _AREE, _KKI, _UGI, _LDC, _DTE, _NT, _ID, _TEM, _CM, _SCSN, _Du ], [ 0, 0, 0, 0, 2, 2, 1, [ () => AvailabilityZonesList, 0 ], 1, 1, [ () => NodeGroupConfigurationList, 0 ], 0, 0, 0, 0, 0, [ () => CacheSecurityGroupNameList, 0 ], [ () => SecurityGroupIdsList, 0 ], [ () => TagList, 0 ], [ () => SnapshotArnsList, 0 ], 0, 0, 1, 0, 2, 1, 0, 0, 2, 2, 0, 64 | 0, [ () => LogDeliveryConfigurationRequestList, 0 ], 2, 0, 0, 0, 0, 0, 0 ], 2 ];
    var CreateReplicationGroupResult$ = [ 3, n0, _CRGR, 0, [ _RG ], [ [ () => ReplicationGroup$, 0 ] ] ];
    var CreateSnapshotMessage$ = [ 3, n0, _CSMr, 0, [ _SN, _RGIe, _CCIa, _KKI, _T ], [ 0, 0, 0, 0, [ () => TagList, 0 ] ], 1 ];
    var CreateSnapshotResult$ = [ 3, n0, _CSRr, 0, [ _Sn ], [ [ () => Snapshot$, 0 ] ] ];
    var DecreaseReplicaCountMessage$ = [ 3, n0, _DRCM, 0, [ _RGIe, _AI, _NRC, _RC, _RTR ], [ 0, 2, 1, [ () => ReplicaConfigurationList, 0 ], 64 | 0 ], 2 ];
    var DecreaseReplicaCountResult$ = [ 3, n0, _DRCR, 0, [ _RG ], [ [ () => ReplicationGroup$, 0 ] ] ];
    var DeleteCacheParameterGroupMessage$ = [ 3, n0, _DCPGM, 0, [ _CPGN ], [ 0 ], 1 ];
    var DeleteCacheSubnetGroupMessage$ = [ 3, n0, _DCSGMe, 0, [ _CSGNa ], [ 0 ], 1 ];
    var DeleteReplicationGroupMessage$ = [ 3, n0, _DRGM, 0, [ _RGIe, _RPC, _FSI ], [ 0, 2, 0 ], 1 ];
    var DeleteReplicationGroupResult$ = [ 3, n0, _DRGR, 0, [ _RG ], [ [ () => ReplicationGroup$, 0 ] ] ];
    var DeleteSnapshotMessage$ = [ 3, n0, _DSM, 0, [ _SN ], [ 0 ], 1 ];
    var DeleteSnapshotResult$ = [ 3, n0, _DSR, 0, [ _Sn ], [ [ () => Snapshot$, 0 ] ] ];
    var DescribeCacheClustersMessage$ = [ 3, n0, _DCCMe, 0, [ _CCIa, _MR, _M, _SCNIh, _SCCNIRG ], [ 0, 1, 0, 2, 2 ] ];
    var DescribeCacheParameterGroupsMessage$ = [ 3, n0, _DCPGMe, 0, [ _CPGN, _MR, _M ], [ 0, 1, 0 ] ];
    var DescribeCacheParametersMessage$ = [ 3, n0, _DCPM, 0, [ _CPGN, _S, _MR, _M ], [ 0, 0, 1, 0 ], 1 ];
    var DescribeCacheSubnetGroupsMessage$ = [ 3, n0, _DCSGMesc, 0, [ _CSGNa, _MR, _M ], [ 0, 1, 0 ] ];
    var DescribeEventsMessage$ = [ 3, n0, _DEM, 0, [ _SIo, _ST, _STt, _ET, _Dur, _MR, _M ], [ 0, 0, 4, 4, 1, 1, 0 ] ];
    var DescribeReplicationGroupsMessage$ = [ 3, n0, _DRGMe, 0, [ _RGIe, _MR, _M ], [ 0, 1, 0 ] ];
    var DescribeSnapshotsListMessage$ = [ 3, n0, _DSLM, 0, [ _M, _Sna ], [ 0, [ () => SnapshotList, 0 ] ] ];
    var DescribeSnapshotsMessage$ = [ 3, n0, _DSMe, 0, [ _RGIe, _CCIa, _SN, _SS, _M, _MR, _SNGC ], [ 0, 0, 0, 0, 0, 1, 2 ] ];
    var DestinationDetails$ = [ 3, n0, _DD, 0, [ _CWLD, _KFD ], [ () => CloudWatchLogsDestinationDetails$, () => KinesisFirehoseDestinationDetails$ ] ];
    var Endpoint$ = [ 3, n0, _En, 0, [ _Ad, _Po ], [ 0, 1 ] ];
    var Event$ = [ 3, n0, _Ev, 0, [ _SIo, _ST, _Me, _Da ], [ 0, 0, 0, 4 ] ];
    var EventsMessage$ = [ 3, n0, _EM, 0, [ _M, _Eve ], [ 0, [ () => EventList, 0 ] ] ];
    var GlobalReplicationGroupInfo$ = [ 3, n0, _GRGIl, 0, [ _GRGI, _GRGMR ], [ 0, 0 ] ];
    var IncreaseReplicaCountMessage$ = [ 3, n0, _IRCM, 0, [ _RGIe, _AI, _NRC, _RC ], [ 0, 2, 1, [ () => ReplicaConfigurationList, 0 ] ], 2 ];
    var IncreaseReplicaCountResult$ = [ 3, n0, _IRCR, 0, [ _RG ], [ [ () => ReplicationGroup$, 0 ] ] ];
    var KinesisFirehoseDestinationDetails$ = [ 3, n0, _KFDD, 0, [ _DSe ], [ 0 ] ];
    var ListTagsForResourceMessage$ = [ 3, n0, _LTFRM, 0, [ _RN ], [ 0 ], 1 ];
    var LogDeliveryConfiguration$ = [ 3, n0, _LDCo, 0, [ _LT, _DTe, _DD, _LF, _St, _Me ], [ 0, 0, () => DestinationDetails$, 0, 0, 0 ] ];
    var LogDeliveryConfigurationRequest$ = [ 3, n0, _LDCR, 0, [ _LT, _DTe, _DD, _LF, _Ena ], [ 0, 0, () => DestinationDetails$, 0, 2 ] ];
    var ModifyCacheParameterGroupMessage$ = [ 3, n0, _MCPGM, 0, [ _CPGN, _PNV ], [ 0, [ () => ParameterNameValueList, 0 ] ], 2 ];
    var ModifyCacheSubnetGroupMessage$ = [ 3, n0, _MCSGM, 0, [ _CSGNa, _CSGD, _SI ], [ 0, 0, [ () => SubnetIdentifierList, 0 ] ], 1 ];
    var ModifyCacheSubnetGroupResult$ = [ 3, n0, _MCSGR, 0, [ _CSGac ], [ [ () => CacheSubnetGroup$, 0 ] ] ];
    var ModifyReplicationGroupMessage$ = [ 3, n0, _MRGM, 0, [ _RGIe, _RGD, _PCI, _SCI, _AFE, _MAZE, _NGI, _CSGNac, _SGI, _PMW, _NTA, _CPGN, _NTS, _AI, _E, _EV, _AMVU, _SRL, _SW, _CNT, _AT, _ATUS, _UGITA, _UGITR, _RUG, _LDC, _ID, _TEE, _TEM, _CM, _Du ], [ 0, 0, 0, 0, 2, 2, 0, [ () => CacheSecurityGroupNameList, 0 ], [ () => SecurityGroupIdsList, 0 ], 0, 0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, 64 | 0, 64 | 0, 2, [ () => LogDeliveryConfigurationRequestList, 0 ], 0, 2, 0, 0, 0 ], 1 ];
    var ModifyReplicationGroupResult$ = [ 3, n0, _MRGR, 0, [ _RG ], [ [ () => ReplicationGroup$, 0 ] ] ];
    var NodeGroup$ = [ 3, n0, _NG, 0, [ _NGI, _St, _PE, _RE, _Sl, _NGM ], [ 0, 0, () => Endpoint$, () => Endpoint$, 0, [ () => NodeGroupMemberList, 0 ] ] ];
    var NodeGroupConfiguration$ = [ 3, n0, _NGC, 0, [ _NGI, _Sl, _RCep, _PAZri, _RAZ, _POAri, _ROA ], [ 0, 0, 1, 0, [ () => AvailabilityZonesList, 0 ], 0, [ () => OutpostArnsList, 0 ] ] ];
    var NodeGroupMember$ = [ 3, n0, _NGMo, 0, [ _CCIa, _CNI, _REe, _PAZ, _POA, _CR ], [ 0, 0, () => Endpoint$, 0, 0, 0 ] ];
    var NodeSnapshot$ = [ 3, n0, _NS, 0, [ _CCIa, _NGI, _CNI, _NGC, _CSa, _CNCT, _SCT ], [ 0, 0, 0, [ () => NodeGroupConfiguration$, 0 ], 0, 4, 4 ] ];
    var NotificationConfiguration$ = [ 3, n0, _NC, 0, [ _TA, _TS ], [ 0, 0 ] ];
    var Parameter$ = [ 3, n0, _Par, 0, [ _PN, _PV, _D, _S, _DT, _AV, _IM, _MEV, _CT ], [ 0, 0, 0, 0, 0, 0, 2, 0, 0 ] ];
    var ParameterNameValue$ = [ 3, n0, _PNVa, 0, [ _PN, _PV ], [ 0, 0 ] ];
    var PendingLogDeliveryConfiguration$ = [ 3, n0, _PLDC, 0, [ _LT, _DTe, _DD, _LF ], [ 0, 0, () => DestinationDetails$, 0 ] ];
    var PendingModifiedValues$ = [ 3, n0, _PMV, 0, [ _NCN, _CNITRa, _EV, _CNT, _ATS, _LDC, _TEE, _TEM, _SCc ], [ 1, [ () => CacheNodeIdsList, 0 ], 0, 0, 0, () => PendingLogDeliveryConfigurationList, 2, 0, () => ScaleConfig$ ] ];
    var RemoveTagsFromResourceMessage$ = [ 3, n0, _RTFRM, 0, [ _RN, _TK ], [ 0, 64 | 0 ], 2 ];
    var ReplicationGroup$ = [ 3, n0, _RG, 0, [ _RGIe, _D, _GRGIl, _St, _PMV, _MC, _NGo, _SCI, _AF, _MAZ, _CE, _SRL, _SW, _CEl, _CNT, _ATE, _ATLMD, _TEE, _AREE, _MCOA, _KKI, _SET, _ARN, _UGI, _LDC, _RGCT, _DTa, _AMVU, _NT, _ID, _TEM, _CM, _E, _Du, _EDf ], [ 0, 0, () => GlobalReplicationGroupInfo$, 0, () => ReplicationGroupPendingModifiedValues$, [ () => ClusterIdList, 0 ], [ () => NodeGroupList, 0 ], 0, 0, 0, () => Endpoint$, 1, 0, 2, 0, 2, 4, 2, 2, [ () => ReplicationGroupOutpostArnList, 0 ], 0, 0, 0, 64 | 0, [ () => LogDeliveryConfigurationList, 0 ], 4, 0, 2, 0, 0, 0, 0, 0, 0, 0 ] ];
    var ReplicationGroupMessage$ = [ 3, n0, _RGM, 0, [ _M, _RGe ], [ 0, [ () => ReplicationGroupList, 0 ] ] ];
    var ReplicationGroupPendingModifiedValues$ = [ 3, n0, _RGPMV, 0, [ _PCI, _AFS, _Re, _ATS, _UG, _LDC, _TEE, _TEM, _CM ], [ 0, 0, () => ReshardingStatus$, 0, () => UserGroupsUpdateStatus$, () => PendingLogDeliveryConfigurationList, 2, 0, 0 ] ];
    var ReshardingStatus$ = [ 3, n0, _RS, 0, [ _SM ], [ () => SlotMigration$ ] ];
    var ScaleConfig$ = [ 3, n0, _SCc, 0, [ _SP, _SIM ], [ 1, 1 ] ];
    var SecurityGroupMembership$ = [ 3, n0, _SGM, 0, [ _SGIe, _St ], [ 0, 0 ] ];
    var SlotMigration$ = [ 3, n0, _SM, 0, [ _PP ], [ 1 ] ];
    var Snapshot$ = [ 3, n0, _Sn, 0, [ _SN, _RGIe, _RGD, _CCIa, _SSn, _SS, _CNT, _E, _EV, _NCN, _PAZ, _POA, _CCCT, _PMW, _TA, _Po, _CPGN, _CSGNa, _VI, _AMVU, _SRL, _SW, _NNG, _AF, _NSo, _KKI, _ARN, _DTa, _Du ], [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, 0, 1, 0, 0, 0, 2, 1, 0, 1, 0, [ () => NodeSnapshotList, 0 ], 0, 0, 0, 0 ] ];
    var Subnet$ = [ 3, n0, _Sub, 0, [ _SIu, _SAZ, _SO, _SNT ], [ 0, () => AvailabilityZone$, () => SubnetOutpost$, 64 | 0 ] ];
    var SubnetOutpost$ = [ 3, n0, _SO, 0, [ _SOA ], [ 0 ] ];
    var Tag$ = [ 3, n0, _Ta, 0, [ _K, _V ], [ 0, 0 ] ];
    var TagListMessage$ = [ 3, n0, _TLM, 0, [ _TL ], [ [ () => TagList, 0 ] ] ];
    var UserGroupsUpdateStatus$ = [ 3, n0, _UGUS, 0, [ _UGITA, _UGITR ], [ 64 | 0, 64 | 0 ] ];
    var __Unit = "unit";
    var AvailabilityZonesList = [ 1, n0, _AZL, 0, [ 0, {
      [_xN]: _AZ
    } ] ];
    var CacheClusterList = [ 1, n0, _CCL, 0, [ () => CacheCluster$, {
      [_xN]: _CC
    } ] ];
    var CacheNodeIdsList = [ 1, n0, _CNIL, 0, [ 0, {
      [_xN]: _CNI
    } ] ];
    var CacheNodeList = [ 1, n0, _CNL, 0, [ () => CacheNode$, {
      [_xN]: _CNa
    } ] ];
    var CacheNodeTypeSpecificParametersList = [ 1, n0, _CNTSPL, 0, [ () => CacheNodeTypeSpecificParameter$, {
      [_xN]: _CNTSP
    } ] ];
    var CacheNodeTypeSpecificValueList = [ 1, n0, _CNTSVL, 0, [ () => CacheNodeTypeSpecificValue$, {
      [_xN]: _CNTSVa
    } ] ];
    var CacheParameterGroupList = [ 1, n0, _CPGL, 0, [ () => CacheParameterGroup$, {
      [_xN]: _CPG
    } ] ];
    var CacheSecurityGroupMembershipList = [ 1, n0, _CSGML, 0, [ () => CacheSecurityGroupMembership$, {
      [_xN]: _CSG
    } ] ];
    var CacheSecurityGroupNameList = [ 1, n0, _CSGNL, 0, [ 0, {
      [_xN]: _CSGN
    } ] ];
    var CacheSubnetGroups = [ 1, n0, _CSGach, 0, [ () => CacheSubnetGroup$, {
      [_xN]: _CSGac
    } ] ];
    var ClusterIdList = [ 1, n0, _CIL, 0, [ 0, {
      [_xN]: _CI
    } ] ];
    var EventList = [ 1, n0, _EL, 0, [ () => Event$, {
      [_xN]: _Ev
    } ] ];
    var LogDeliveryConfigurationList = [ 1, n0, _LDCL, 0, [ () => LogDeliveryConfiguration$, {
      [_xN]: _LDCo
    } ] ];
    var LogDeliveryConfigurationRequestList = [ 1, n0, _LDCRL, 0, [ () => LogDeliveryConfigurationRequest$, {
      [_xN]: _LDCR
    } ] ];
    var NodeGroupConfigurationList = [ 1, n0, _NGCL, 0, [ () => NodeGroupConfiguration$, {
      [_xN]: _NGC
    } ] ];
    var NodeGroupList = [ 1, n0, _NGL, 0, [ () => NodeGroup$, {
      [_xN]: _NG
    } ] ];
    var NodeGroupMemberList = [ 1, n0, _NGML, 0, [ () => NodeGroupMember$, {
      [_xN]: _NGMo
    } ] ];
    var NodeSnapshotList = [ 1, n0, _NSL, 0, [ () => NodeSnapshot$, {
      [_xN]: _NS
    } ] ];
    var OutpostArnsList = [ 1, n0, _OAL, 0, [ 0, {
      [_xN]: _OA
    } ] ];
    var ParameterNameValueList = [ 1, n0, _PNVL, 0, [ () => ParameterNameValue$, {
      [_xN]: _PNVa
    } ] ];
    var ParametersList = [ 1, n0, _PL, 0, [ () => Parameter$, {
      [_xN]: _Par
    } ] ];
    var PendingLogDeliveryConfigurationList = [ 1, n0, _PLDCL, 0, () => PendingLogDeliveryConfiguration$ ];
    var PreferredAvailabilityZoneList = [ 1, n0, _PAZL, 0, [ 0, {
      [_xN]: _PAZ
    } ] ];
    var PreferredOutpostArnList = [ 1, n0, _POAL, 0, [ 0, {
      [_xN]: _POA
    } ] ];
    var ReplicaConfigurationList = [ 1, n0, _RCLep, 0, [ () => ConfigureShard$, {
      [_xN]: _CS
    } ] ];
    var ReplicationGroupList = [ 1, n0, _RGL, 0, [ () => ReplicationGroup$, {
      [_xN]: _RG
    } ] ];
    var ReplicationGroupOutpostArnList = [ 1, n0, _RGOAL, 0, [ 0, {
      [_xN]: _RGOA
    } ] ];
    var SecurityGroupIdsList = [ 1, n0, _SGIL, 0, [ 0, {
      [_xN]: _SGIe
    } ] ];
    var SecurityGroupMembershipList = [ 1, n0, _SGML, 0, () => SecurityGroupMembership$ ];
    var SnapshotArnsList = [ 1, n0, _SAL, 0, [ 0, {
      [_xN]: _SAn
    } ] ];
    var SnapshotList = [ 1, n0, _SL, 0, [ () => Snapshot$, {
      [_xN]: _Sn
    } ] ];
    var SubnetIdentifierList = [ 1, n0, _SIL, 0, [ 0, {
      [_xN]: _SIu
    } ] ];
    var SubnetList = [ 1, n0, _SLu, 0, [ () => Subnet$, {
      [_xN]: _Sub
    } ] ];
    var TagList = [ 1, n0, _TL, 0, [ () => Tag$, {
      [_xN]: _Ta
    } ] ];
    var AddTagsToResource$ = [ 9, n0, _ATTR, 0, () => AddTagsToResourceMessage$, () => TagListMessage$ ];
    var CreateCacheParameterGroup$ = [ 9, n0, _CCPG, 0, () => CreateCacheParameterGroupMessage$, () => CreateCacheParameterGroupResult$ ];
    var CreateCacheSubnetGroup$ = [ 9, n0, _CCSGr, 0, () => CreateCacheSubnetGroupMessage$, () => CreateCacheSubnetGroupResult$ ];
    var CreateReplicationGroup$ = [ 9, n0, _CRG, 0, () => CreateReplicationGroupMessage$, () => CreateReplicationGroupResult$ ];
    var CreateSnapshot$ = [ 9, n0, _CSr, 0, () => CreateSnapshotMessage$, () => CreateSnapshotResult$ ];
    var DecreaseReplicaCount$ = [ 9, n0, _DRC, 0, () => DecreaseReplicaCountMessage$, () => DecreaseReplicaCountResult$ ];
    var DeleteCacheParameterGroup$ = [ 9, n0, _DCPG, 0, () => DeleteCacheParameterGroupMessage$, () => __Unit ];
    var DeleteCacheSubnetGroup$ = [ 9, n0, _DCSGe, 0, () => DeleteCacheSubnetGroupMessage$, () => __Unit ];
    var DeleteReplicationGroup$ = [ 9, n0, _DRG, 0, () => DeleteReplicationGroupMessage$, () => DeleteReplicationGroupResult$ ];
    var DeleteSnapshot$ = [ 9, n0, _DSel, 0, () => DeleteSnapshotMessage$, () => DeleteSnapshotResult$ ];
    var DescribeCacheClusters$ = [ 9, n0, _DCCe, 0, () => DescribeCacheClustersMessage$, () => CacheClusterMessage$ ];
    var DescribeCacheParameterGroups$ = [ 9, n0, _DCPGe, 0, () => DescribeCacheParameterGroupsMessage$, () => CacheParameterGroupsMessage$ ];
    var DescribeCacheParameters$ = [ 9, n0, _DCP, 0, () => DescribeCacheParametersMessage$, () => CacheParameterGroupDetails$ ];
    var DescribeCacheSubnetGroups$ = [ 9, n0, _DCSGesc, 0, () => DescribeCacheSubnetGroupsMessage$, () => CacheSubnetGroupMessage$ ];
    var DescribeEvents$ = [ 9, n0, _DE, 0, () => DescribeEventsMessage$, () => EventsMessage$ ];
    var DescribeReplicationGroups$ = [ 9, n0, _DRGe, 0, () => DescribeReplicationGroupsMessage$, () => ReplicationGroupMessage$ ];
    var DescribeSnapshots$ = [ 9, n0, _DSes, 0, () => DescribeSnapshotsMessage$, () => DescribeSnapshotsListMessage$ ];
    var IncreaseReplicaCount$ = [ 9, n0, _IRC, 0, () => IncreaseReplicaCountMessage$, () => IncreaseReplicaCountResult$ ];
    var ListTagsForResource$ = [ 9, n0, _LTFR, 0, () => ListTagsForResourceMessage$, () => TagListMessage$ ];
    var ModifyCacheParameterGroup$ = [ 9, n0, _MCPG, 0, () => ModifyCacheParameterGroupMessage$, () => CacheParameterGroupNameMessage$ ];
    var ModifyCacheSubnetGroup$ = [ 9, n0, _MCSG, 0, () => ModifyCacheSubnetGroupMessage$, () => ModifyCacheSubnetGroupResult$ ];
    var ModifyReplicationGroup$ = [ 9, n0, _MRG, 0, () => ModifyReplicationGroupMessage$, () => ModifyReplicationGroupResult$ ];
    var RemoveTagsFromResource$ = [ 9, n0, _RTFR, 0, () => RemoveTagsFromResourceMessage$, () => TagListMessage$ ];
  },
  /***/ 2885: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      D: () => /* binding */ ResourceGroupsTaggingAPIClient
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/auth/httpAuthSchemeProvider.js
    const defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "tagging",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(7800);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/endpoint/bdd.js
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://tagging-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://tagging-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://tagging.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://tagging.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 12, 3, 1, 4, r + 11, 2, 5, r + 11, 3, 8, 6, 4, 7, r + 10, 5, r + 8, r + 9, 4, 10, 9, 6, r + 6, r + 7, 5, 11, r + 5, 6, r + 4, r + 5, 3, r + 1, 13, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(730);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2017-01-26",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.resourcegroupstaggingapi",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1,
        version: "2017-01-26",
        serviceTarget: "ResourceGroupsTaggingAPI_20170126"
      },
      serviceId: config?.serviceId ?? "Resource Groups Tagging API",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/ResourceGroupsTaggingAPIClient.js
    class ResourceGroupsTaggingAPIClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 1691: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      z: () => /* binding */ GetResourcesCommand
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(7800);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/commandBuilder.js
    const command = (0 /* commonParams */ , client.makeBuilder)(EndpointParameters.S, "ResourceGroupsTaggingAPI_20170126", "ResourceGroupsTaggingAPIClient", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(730);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/commands/GetResourcesCommand.js
    class GetResourcesCommand extends(command(_ep0, _mw0, "GetResources", schemas_0 /* GetResources$ */ .GM)){}
    /***/  },
  /***/ 7800: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "tagging"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 730: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      GM: () => /* binding */ GetResources$,
      q1: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: ComplianceDetails$, ConcurrentModificationException$, ConstraintViolationException$, DescribeReportCreation$, DescribeReportCreationInput$, DescribeReportCreationOutput$, FailureInfo$, GetComplianceSummary$, GetComplianceSummaryInput$, GetComplianceSummaryOutput$, GetResourcesInput$, GetResourcesOutput$, GetTagKeys$, GetTagKeysInput$, GetTagKeysOutput$, GetTagValues$, GetTagValuesInput$, GetTagValuesOutput$, InternalServiceException$, InvalidParameterException$, ListRequiredTags$, ListRequiredTagsInput$, ListRequiredTagsOutput$, PaginationTokenExpiredException$, RequiredTag$, ResourceGroupsTaggingAPIServiceException$, ResourceTagMapping$, StartReportCreation$, StartReportCreationInput$, StartReportCreationOutput$, Summary$, Tag$, TagFilter$, TagResources$, TagResourcesInput$, TagResourcesOutput$, ThrottledException$, UntagResources$, UntagResourcesInput$, UntagResourcesOutput$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/models/ResourceGroupsTaggingAPIServiceException.js
    class ResourceGroupsTaggingAPIServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ResourceGroupsTaggingAPIServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/models/errors.js
    class ConcurrentModificationException extends ResourceGroupsTaggingAPIServiceException {
      name="ConcurrentModificationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    }
    class ConstraintViolationException extends ResourceGroupsTaggingAPIServiceException {
      name="ConstraintViolationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConstraintViolationException.prototype);
        this.Message = opts.Message;
      }
    }
    class InternalServiceException extends ResourceGroupsTaggingAPIServiceException {
      name="InternalServiceException";
      $fault="server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidParameterException extends ResourceGroupsTaggingAPIServiceException {
      name="InvalidParameterException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
      }
    }
    class ThrottledException extends ResourceGroupsTaggingAPIServiceException {
      name="ThrottledException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ThrottledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
        this.Message = opts.Message;
      }
    }
    class PaginationTokenExpiredException extends ResourceGroupsTaggingAPIServiceException {
      name="PaginationTokenExpiredException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "PaginationTokenExpiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PaginationTokenExpiredException.prototype);
        this.Message = opts.Message;
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-es/schemas/schemas_0.js
    const _CD = "ComplianceDetails";
    const _CME = "ConcurrentModificationException";
    const _CS = "ComplianceStatus";
    const _CVE = "ConstraintViolationException";
    const _ECR = "ExcludeCompliantResources";
    const _GR = "GetResources";
    const _GRI = "GetResourcesInput";
    const _GRO = "GetResourcesOutput";
    const _ICD = "IncludeComplianceDetails";
    const _IPE = "InvalidParameterException";
    const _ISE = "InternalServiceException";
    const _K = "Key";
    const _KWNV = "KeysWithNoncompliantValues";
    const _M = "Message";
    const _MTK = "MissingTagKeys";
    const _NK = "NoncompliantKeys";
    const _PT = "PaginationToken";
    const _PTEE = "PaginationTokenExpiredException";
    const _RARN = "ResourceARN";
    const _RARNL = "ResourceARNList";
    const _RPP = "ResourcesPerPage";
    const _RTF = "ResourceTypeFilters";
    const _RTM = "ResourceTagMapping";
    const _RTML = "ResourceTagMappingList";
    const _T = "Tags";
    const _TE = "ThrottledException";
    const _TF = "TagFilters";
    const _TFL = "TagFilterList";
    const _TFa = "TagFilter";
    const _TL = "TagList";
    const _TPP = "TagsPerPage";
    const _Ta = "Tag";
    const _V = "Value";
    const _Va = "Values";
    const _c = "client";
    const _e = "error";
    const _h = "http";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroupstaggingapi";
    const _se = "server";
    const n0 = "com.amazonaws.resourcegroupstaggingapi";
    const _s_registry = schema.TypeRegistry.for(_s);
    var ResourceGroupsTaggingAPIServiceException$ = [ -3, _s, "ResourceGroupsTaggingAPIServiceException", 0, [], [] ];
    _s_registry.registerError(ResourceGroupsTaggingAPIServiceException$, ResourceGroupsTaggingAPIServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var ConcurrentModificationException$ = [ -3, n0, _CME, {
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConstraintViolationException$ = [ -3, n0, _CVE, {
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var InternalServiceException$ = [ -3, n0, _ISE, {
      [_e]: _se
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InternalServiceException$, InternalServiceException);
    var InvalidParameterException$ = [ -3, n0, _IPE, {
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var PaginationTokenExpiredException$ = [ -3, n0, _PTEE, {
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(PaginationTokenExpiredException$, PaginationTokenExpiredException);
    var ThrottledException$ = [ -3, n0, _TE, {
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ThrottledException$, ThrottledException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var ComplianceDetails$ = [ 3, n0, _CD, 0, [ _NK, _KWNV, _MTK, _CS ], [ 64 | 0, 64 | 0, 64 | 0, 2 ] ];
    var GetResourcesInput$ = [ 3, n0, _GRI, 0, [ _PT, _TF, _RPP, _TPP, _RTF, _ICD, _ECR, _RARNL ], [ 0, () => TagFilterList, 1, 1, 64 | 0, 2, 2, 64 | 0 ] ];
    var GetResourcesOutput$ = [ 3, n0, _GRO, 0, [ _PT, _RTML ], [ 0, () => ResourceTagMappingList ] ];
    var ResourceTagMapping$ = [ 3, n0, _RTM, 0, [ _RARN, _T, _CD ], [ 0, () => TagList, () => ComplianceDetails$ ] ];
    var Tag$ = [ 3, n0, _Ta, 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var TagFilter$ = [ 3, n0, _TFa, 0, [ _K, _Va ], [ 0, 64 | 0 ] ];
    var ResourceTagMappingList = [ 1, n0, _RTML, 0, () => ResourceTagMapping$ ];
    var TagFilterList = [ 1, n0, _TFL, 0, () => TagFilter$ ];
    var TagList = [ 1, n0, _TL, 0, () => Tag$ ];
    var GetResources$ = [ 9, n0, _GR, {
      [_h]: [ "POST", "/GetResources", 200 ]
    }, () => GetResourcesInput$, () => GetResourcesOutput$ ];
  },
  /***/ 7650: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      j: () => /* binding */ SSMClient
    });
    // UNUSED EXPORTS: __Client
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthSchemeProvider.js
    const defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "ssm",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultSSMHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/EndpointParameters.js
        var EndpointParameters = __webpack_require__(2805);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/bdd.js
    const k = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
      [k]: "Endpoint"
    }, h = {
      [k]: d
    }, i = {}, j = [ {
      [k]: "Region"
    } ];
    const _data = {
      conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
        [k]: "UseFIPS"
      }, b ] ], [ e, [ {
        [k]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ h, "supportsFIPS" ]
      }, b ] ], [ "stringEquals", [ {
        fn: f,
        argv: [ h, "name" ]
      }, "aws-us-gov" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://ssm.{Region}.amazonaws.com", i ], [ "https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://ssm.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 11, 9, 6, 10, r + 8, 7, r + 6, r + 7, 5, 12, r + 5, 6, r + 4, r + 5, 3, r + 1, 14, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/schemas/schemas_0.js + 2 modules
        var schemas_0 = __webpack_require__(9060);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2014-11-06",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssm",
        errorTypeRegistries: schemas_0 /* errorTypeRegistries */ .q1U,
        xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
        version: "2014-11-06",
        serviceTarget: "AmazonSSM"
      },
      serviceId: config?.serviceId ?? "SSM",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/SSMClient.js
    class SSMClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0, EndpointParameters /* resolveClientEndpointParameters */ .v)(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    /***/  },
  /***/ 6896: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ G5: () => /* binding */ command,
      /* harmony export */ lq: () => /* binding */ _ep0,
      /* harmony export */ yt: () => /* binding */ _mw0
      /* harmony export */    });
    /* harmony import */    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    /* harmony import */    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    /* harmony import */    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2805);
    const command = (0 /* .commonParams */ , _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "AmazonSSM", "SSMClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    /***/  },
  /***/ 9049: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ X: () => /* binding */ AddTagsToResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class AddTagsToResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "AddTagsToResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .AddTagsToResource$ */ .Yl$)){}
    /***/  },
  /***/ 790: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ O: () => /* binding */ DeleteParameterCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class DeleteParameterCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "DeleteParameter", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .DeleteParameter$ */ .JLh)){}
    /***/  },
  /***/ 5848: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ A: () => /* binding */ GetParametersCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class GetParametersCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "GetParameters", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .GetParameters$ */ .h6Z)){}
    /***/  },
  /***/ 8204: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ ListTagsForResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class ListTagsForResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .ListTagsForResource$ */ .Tzn)){}
    /***/  },
  /***/ 8704: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ i: () => /* binding */ PutParameterCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class PutParameterCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "PutParameter", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .PutParameter$ */ .t7P)){}
    /***/  },
  /***/ 6799: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ F: () => /* binding */ RemoveTagsFromResourceCommand
      /* harmony export */    });
    /* harmony import */    var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6896);
    /* harmony import */    var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9060);
    class RemoveTagsFromResourceCommand extends((0 /* ._ep0 */ , _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ /* ._mw0 */ .yt, "RemoveTagsFromResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ /* .RemoveTagsFromResource$ */ .MRo)){}
    /***/  },
  /***/ 2805: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ S: () => /* binding */ commonParams,
      /* harmony export */ v: () => /* binding */ resolveClientEndpointParameters
      /* harmony export */    });
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "ssm"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    /***/  },
  /***/ 9060: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      Yl$: () => /* binding */ AddTagsToResource$,
      JLh: () => /* binding */ DeleteParameter$,
      h6Z: () => /* binding */ GetParameters$,
      Tzn: () => /* binding */ ListTagsForResource$,
      t7P: () => /* binding */ PutParameter$,
      MRo: () => /* binding */ RemoveTagsFromResource$,
      q1U: () => /* binding */ errorTypeRegistries
    });
    // UNUSED EXPORTS: AccessDeniedException$, AccountSharingInfo$, Activation$, AddTagsToResourceRequest$, AddTagsToResourceResult$, Alarm$, AlarmConfiguration$, AlarmStateInformation$, AlreadyExistsException$, AssociateOpsItemRelatedItem$, AssociateOpsItemRelatedItemRequest$, AssociateOpsItemRelatedItemResponse$, AssociatedInstances$, Association$, AssociationAlreadyExists$, AssociationDescription$, AssociationDoesNotExist$, AssociationExecution$, AssociationExecutionDoesNotExist$, AssociationExecutionFilter$, AssociationExecutionTarget$, AssociationExecutionTargetsFilter$, AssociationFilter$, AssociationLimitExceeded$, AssociationOverview$, AssociationStatus$, AssociationVersionInfo$, AssociationVersionLimitExceeded$, AttachmentContent$, AttachmentInformation$, AttachmentsSource$, AutomationDefinitionNotApprovedException$, AutomationDefinitionNotFoundException$, AutomationDefinitionVersionNotFoundException$, AutomationExecution$, AutomationExecutionFilter$, AutomationExecutionInputs$, AutomationExecutionLimitExceededException$, AutomationExecutionMetadata$, AutomationExecutionNotFoundException$, AutomationExecutionPreview$, AutomationStepNotFoundException$, AzureConfiguration$, AzureSubscription$, BaselineOverride$, CancelCommand$, CancelCommandRequest$, CancelCommandResult$, CancelMaintenanceWindowExecution$, CancelMaintenanceWindowExecutionRequest$, CancelMaintenanceWindowExecutionResult$, CloudConnectorConfiguration$, CloudConnectorFilter$, CloudConnectorSummary$, CloudWatchOutputConfig$, Command$, CommandFilter$, CommandInvocation$, CommandPlugin$, ComplianceExecutionSummary$, ComplianceItem$, ComplianceItemEntry$, ComplianceStringFilter$, ComplianceSummaryItem$, ComplianceTypeCountLimitExceededException$, CompliantSummary$, ConfigurationTargets$, ConflictException$, CreateActivation$, CreateActivationRequest$, CreateActivationResult$, CreateAssociation$, CreateAssociationBatch$, CreateAssociationBatchRequest$, CreateAssociationBatchRequestEntry$, CreateAssociationBatchResult$, CreateAssociationRequest$, CreateAssociationResult$, CreateCloudConnector$, CreateCloudConnectorRequest$, CreateCloudConnectorResult$, CreateDocument$, CreateDocumentRequest$, CreateDocumentResult$, CreateMaintenanceWindow$, CreateMaintenanceWindowRequest$, CreateMaintenanceWindowResult$, CreateOpsItem$, CreateOpsItemRequest$, CreateOpsItemResponse$, CreateOpsMetadata$, CreateOpsMetadataRequest$, CreateOpsMetadataResult$, CreatePatchBaseline$, CreatePatchBaselineRequest$, CreatePatchBaselineResult$, CreateResourceDataSync$, CreateResourceDataSyncRequest$, CreateResourceDataSyncResult$, Credentials$, CustomSchemaCountLimitExceededException$, DeleteActivation$, DeleteActivationRequest$, DeleteActivationResult$, DeleteAssociation$, DeleteAssociationRequest$, DeleteAssociationResult$, DeleteCloudConnector$, DeleteCloudConnectorRequest$, DeleteCloudConnectorResult$, DeleteDocument$, DeleteDocumentRequest$, DeleteDocumentResult$, DeleteInventory$, DeleteInventoryRequest$, DeleteInventoryResult$, DeleteMaintenanceWindow$, DeleteMaintenanceWindowRequest$, DeleteMaintenanceWindowResult$, DeleteOpsItem$, DeleteOpsItemRequest$, DeleteOpsItemResponse$, DeleteOpsMetadata$, DeleteOpsMetadataRequest$, DeleteOpsMetadataResult$, DeleteParameterRequest$, DeleteParameterResult$, DeleteParameters$, DeleteParametersRequest$, DeleteParametersResult$, DeletePatchBaseline$, DeletePatchBaselineRequest$, DeletePatchBaselineResult$, DeleteResourceDataSync$, DeleteResourceDataSyncRequest$, DeleteResourceDataSyncResult$, DeleteResourcePolicy$, DeleteResourcePolicyRequest$, DeleteResourcePolicyResponse$, DeregisterManagedInstance$, DeregisterManagedInstanceRequest$, DeregisterManagedInstanceResult$, DeregisterPatchBaselineForPatchGroup$, DeregisterPatchBaselineForPatchGroupRequest$, DeregisterPatchBaselineForPatchGroupResult$, DeregisterTargetFromMaintenanceWindow$, DeregisterTargetFromMaintenanceWindowRequest$, DeregisterTargetFromMaintenanceWindowResult$, DeregisterTaskFromMaintenanceWindow$, DeregisterTaskFromMaintenanceWindowRequest$, DeregisterTaskFromMaintenanceWindowResult$, DescribeActivations$, DescribeActivationsFilter$, DescribeActivationsRequest$, DescribeActivationsResult$, DescribeAssociation$, DescribeAssociationExecutionTargets$, DescribeAssociationExecutionTargetsRequest$, DescribeAssociationExecutionTargetsResult$, DescribeAssociationExecutions$, DescribeAssociationExecutionsRequest$, DescribeAssociationExecutionsResult$, DescribeAssociationRequest$, DescribeAssociationResult$, DescribeAutomationExecutions$, DescribeAutomationExecutionsRequest$, DescribeAutomationExecutionsResult$, DescribeAutomationStepExecutions$, DescribeAutomationStepExecutionsRequest$, DescribeAutomationStepExecutionsResult$, DescribeAvailablePatches$, DescribeAvailablePatchesRequest$, DescribeAvailablePatchesResult$, DescribeDocument$, DescribeDocumentPermission$, DescribeDocumentPermissionRequest$, DescribeDocumentPermissionResponse$, DescribeDocumentRequest$, DescribeDocumentResult$, DescribeEffectiveInstanceAssociations$, DescribeEffectiveInstanceAssociationsRequest$, DescribeEffectiveInstanceAssociationsResult$, DescribeEffectivePatchesForPatchBaseline$, DescribeEffectivePatchesForPatchBaselineRequest$, DescribeEffectivePatchesForPatchBaselineResult$, DescribeInstanceAssociationsStatus$, DescribeInstanceAssociationsStatusRequest$, DescribeInstanceAssociationsStatusResult$, DescribeInstanceInformation$, DescribeInstanceInformationRequest$, DescribeInstanceInformationResult$, DescribeInstancePatchStates$, DescribeInstancePatchStatesForPatchGroup$, DescribeInstancePatchStatesForPatchGroupRequest$, DescribeInstancePatchStatesForPatchGroupResult$, DescribeInstancePatchStatesRequest$, DescribeInstancePatchStatesResult$, DescribeInstancePatches$, DescribeInstancePatchesRequest$, DescribeInstancePatchesResult$, DescribeInstanceProperties$, DescribeInstancePropertiesRequest$, DescribeInstancePropertiesResult$, DescribeInventoryDeletions$, DescribeInventoryDeletionsRequest$, DescribeInventoryDeletionsResult$, DescribeMaintenanceWindowExecutionTaskInvocations$, DescribeMaintenanceWindowExecutionTaskInvocationsRequest$, DescribeMaintenanceWindowExecutionTaskInvocationsResult$, DescribeMaintenanceWindowExecutionTasks$, DescribeMaintenanceWindowExecutionTasksRequest$, DescribeMaintenanceWindowExecutionTasksResult$, DescribeMaintenanceWindowExecutions$, DescribeMaintenanceWindowExecutionsRequest$, DescribeMaintenanceWindowExecutionsResult$, DescribeMaintenanceWindowSchedule$, DescribeMaintenanceWindowScheduleRequest$, DescribeMaintenanceWindowScheduleResult$, DescribeMaintenanceWindowTargets$, DescribeMaintenanceWindowTargetsRequest$, DescribeMaintenanceWindowTargetsResult$, DescribeMaintenanceWindowTasks$, DescribeMaintenanceWindowTasksRequest$, DescribeMaintenanceWindowTasksResult$, DescribeMaintenanceWindows$, DescribeMaintenanceWindowsForTarget$, DescribeMaintenanceWindowsForTargetRequest$, DescribeMaintenanceWindowsForTargetResult$, DescribeMaintenanceWindowsRequest$, DescribeMaintenanceWindowsResult$, DescribeOpsItems$, DescribeOpsItemsRequest$, DescribeOpsItemsResponse$, DescribeParameters$, DescribeParametersRequest$, DescribeParametersResult$, DescribePatchBaselines$, DescribePatchBaselinesRequest$, DescribePatchBaselinesResult$, DescribePatchGroupState$, DescribePatchGroupStateRequest$, DescribePatchGroupStateResult$, DescribePatchGroups$, DescribePatchGroupsRequest$, DescribePatchGroupsResult$, DescribePatchProperties$, DescribePatchPropertiesRequest$, DescribePatchPropertiesResult$, DescribeSessions$, DescribeSessionsRequest$, DescribeSessionsResponse$, DisassociateOpsItemRelatedItem$, DisassociateOpsItemRelatedItemRequest$, DisassociateOpsItemRelatedItemResponse$, DocumentAlreadyExists$, DocumentDefaultVersionDescription$, DocumentDescription$, DocumentFilter$, DocumentIdentifier$, DocumentKeyValuesFilter$, DocumentLimitExceeded$, DocumentMetadataResponseInfo$, DocumentParameter$, DocumentPermissionLimit$, DocumentRequires$, DocumentReviewCommentSource$, DocumentReviewerResponseSource$, DocumentReviews$, DocumentVersionInfo$, DocumentVersionLimitExceeded$, DoesNotExistException$, DuplicateDocumentContent$, DuplicateDocumentVersionName$, DuplicateInstanceId$, EffectivePatch$, ExecutionInputs$, ExecutionPreview$, FailedCreateAssociation$, FailureDetails$, FeatureNotAvailableException$, GetAccessToken$, GetAccessTokenRequest$, GetAccessTokenResponse$, GetAutomationExecution$, GetAutomationExecutionRequest$, GetAutomationExecutionResult$, GetCalendarState$, GetCalendarStateRequest$, GetCalendarStateResponse$, GetCloudConnector$, GetCloudConnectorRequest$, GetCloudConnectorResult$, GetCommandInvocation$, GetCommandInvocationRequest$, GetCommandInvocationResult$, GetConnectionStatus$, GetConnectionStatusRequest$, GetConnectionStatusResponse$, GetDefaultPatchBaseline$, GetDefaultPatchBaselineRequest$, GetDefaultPatchBaselineResult$, GetDeployablePatchSnapshotForInstance$, GetDeployablePatchSnapshotForInstanceRequest$, GetDeployablePatchSnapshotForInstanceResult$, GetDocument$, GetDocumentRequest$, GetDocumentResult$, GetExecutionPreview$, GetExecutionPreviewRequest$, GetExecutionPreviewResponse$, GetInventory$, GetInventoryRequest$, GetInventoryResult$, GetInventorySchema$, GetInventorySchemaRequest$, GetInventorySchemaResult$, GetMaintenanceWindow$, GetMaintenanceWindowExecution$, GetMaintenanceWindowExecutionRequest$, GetMaintenanceWindowExecutionResult$, GetMaintenanceWindowExecutionTask$, GetMaintenanceWindowExecutionTaskInvocation$, GetMaintenanceWindowExecutionTaskInvocationRequest$, GetMaintenanceWindowExecutionTaskInvocationResult$, GetMaintenanceWindowExecutionTaskRequest$, GetMaintenanceWindowExecutionTaskResult$, GetMaintenanceWindowRequest$, GetMaintenanceWindowResult$, GetMaintenanceWindowTask$, GetMaintenanceWindowTaskRequest$, GetMaintenanceWindowTaskResult$, GetOpsItem$, GetOpsItemRequest$, GetOpsItemResponse$, GetOpsMetadata$, GetOpsMetadataRequest$, GetOpsMetadataResult$, GetOpsSummary$, GetOpsSummaryRequest$, GetOpsSummaryResult$, GetParameter$, GetParameterHistory$, GetParameterHistoryRequest$, GetParameterHistoryResult$, GetParameterRequest$, GetParameterResult$, GetParametersByPath$, GetParametersByPathRequest$, GetParametersByPathResult$, GetParametersRequest$, GetParametersResult$, GetPatchBaseline$, GetPatchBaselineForPatchGroup$, GetPatchBaselineForPatchGroupRequest$, GetPatchBaselineForPatchGroupResult$, GetPatchBaselineRequest$, GetPatchBaselineResult$, GetResourcePolicies$, GetResourcePoliciesRequest$, GetResourcePoliciesResponse$, GetResourcePoliciesResponseEntry$, GetServiceSetting$, GetServiceSettingRequest$, GetServiceSettingResult$, HierarchyLevelLimitExceededException$, HierarchyTypeMismatchException$, IdempotentParameterMismatch$, IncompatiblePolicyException$, InstanceAggregatedAssociationOverview$, InstanceAssociation$, InstanceAssociationOutputLocation$, InstanceAssociationOutputUrl$, InstanceAssociationStatusInfo$, InstanceInfo$, InstanceInformation$, InstanceInformationFilter$, InstanceInformationStringFilter$, InstancePatchState$, InstancePatchStateFilter$, InstanceProperty$, InstancePropertyFilter$, InstancePropertyStringFilter$, InternalServerError$, InvalidActivation$, InvalidActivationId$, InvalidAggregatorException$, InvalidAllowedPatternException$, InvalidAssociation$, InvalidAssociationVersion$, InvalidAutomationExecutionParametersException$, InvalidAutomationSignalException$, InvalidAutomationStatusUpdateException$, InvalidCommandId$, InvalidDeleteInventoryParametersException$, InvalidDeletionIdException$, InvalidDocument$, InvalidDocumentContent$, InvalidDocumentOperation$, InvalidDocumentSchemaVersion$, InvalidDocumentType$, InvalidDocumentVersion$, InvalidFilter$, InvalidFilterKey$, InvalidFilterOption$, InvalidFilterValue$, InvalidInstanceId$, InvalidInstanceInformationFilterValue$, InvalidInstancePropertyFilterValue$, InvalidInventoryGroupException$, InvalidInventoryItemContextException$, InvalidInventoryRequestException$, InvalidItemContentException$, InvalidKeyId$, InvalidNextToken$, InvalidNotificationConfig$, InvalidOptionException$, InvalidOutputFolder$, InvalidOutputLocation$, InvalidParameters$, InvalidPermissionType$, InvalidPluginName$, InvalidPolicyAttributeException$, InvalidPolicyTypeException$, InvalidResourceId$, InvalidResourceType$, InvalidResultAttributeException$, InvalidRole$, InvalidSchedule$, InvalidTag$, InvalidTarget$, InvalidTargetMaps$, InvalidTypeNameException$, InvalidUpdate$, InventoryAggregator$, InventoryDeletionStatusItem$, InventoryDeletionSummary$, InventoryDeletionSummaryItem$, InventoryFilter$, InventoryGroup$, InventoryItem$, InventoryItemAttribute$, InventoryItemSchema$, InventoryResultEntity$, InventoryResultItem$, InvocationDoesNotExist$, ItemContentMismatchException$, ItemSizeLimitExceededException$, LabelParameterVersion$, LabelParameterVersionRequest$, LabelParameterVersionResult$, ListAssociationVersions$, ListAssociationVersionsRequest$, ListAssociationVersionsResult$, ListAssociations$, ListAssociationsRequest$, ListAssociationsResult$, ListCloudConnectors$, ListCloudConnectorsRequest$, ListCloudConnectorsResult$, ListCommandInvocations$, ListCommandInvocationsRequest$, ListCommandInvocationsResult$, ListCommands$, ListCommandsRequest$, ListCommandsResult$, ListComplianceItems$, ListComplianceItemsRequest$, ListComplianceItemsResult$, ListComplianceSummaries$, ListComplianceSummariesRequest$, ListComplianceSummariesResult$, ListDocumentMetadataHistory$, ListDocumentMetadataHistoryRequest$, ListDocumentMetadataHistoryResponse$, ListDocumentVersions$, ListDocumentVersionsRequest$, ListDocumentVersionsResult$, ListDocuments$, ListDocumentsRequest$, ListDocumentsResult$, ListInventoryEntries$, ListInventoryEntriesRequest$, ListInventoryEntriesResult$, ListNodes$, ListNodesRequest$, ListNodesResult$, ListNodesSummary$, ListNodesSummaryRequest$, ListNodesSummaryResult$, ListOpsItemEvents$, ListOpsItemEventsRequest$, ListOpsItemEventsResponse$, ListOpsItemRelatedItems$, ListOpsItemRelatedItemsRequest$, ListOpsItemRelatedItemsResponse$, ListOpsMetadata$, ListOpsMetadataRequest$, ListOpsMetadataResult$, ListResourceComplianceSummaries$, ListResourceComplianceSummariesRequest$, ListResourceComplianceSummariesResult$, ListResourceDataSync$, ListResourceDataSyncRequest$, ListResourceDataSyncResult$, ListTagsForResourceRequest$, ListTagsForResourceResult$, LoggingInfo$, MaintenanceWindowAutomationParameters$, MaintenanceWindowExecution$, MaintenanceWindowExecutionTaskIdentity$, MaintenanceWindowExecutionTaskInvocationIdentity$, MaintenanceWindowFilter$, MaintenanceWindowIdentity$, MaintenanceWindowIdentityForTarget$, MaintenanceWindowLambdaParameters$, MaintenanceWindowRunCommandParameters$, MaintenanceWindowStepFunctionsParameters$, MaintenanceWindowTarget$, MaintenanceWindowTask$, MaintenanceWindowTaskInvocationParameters$, MaintenanceWindowTaskParameterValueExpression$, MalformedResourcePolicyDocumentException$, MaxDocumentSizeExceeded$, MetadataValue$, ModifyDocumentPermission$, ModifyDocumentPermissionRequest$, ModifyDocumentPermissionResponse$, NoLongerSupportedException$, Node$, NodeAggregator$, NodeFilter$, NodeOwnerInfo$, NodeType$, NonCompliantSummary$, NotificationConfig$, OpsAggregator$, OpsEntity$, OpsEntityItem$, OpsFilter$, OpsItem$, OpsItemAccessDeniedException$, OpsItemAlreadyExistsException$, OpsItemConflictException$, OpsItemDataValue$, OpsItemEventFilter$, OpsItemEventSummary$, OpsItemFilter$, OpsItemIdentity$, OpsItemInvalidParameterException$, OpsItemLimitExceededException$, OpsItemNotFoundException$, OpsItemNotification$, OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemSummary$, OpsItemRelatedItemsFilter$, OpsItemSummary$, OpsMetadata$, OpsMetadataAlreadyExistsException$, OpsMetadataFilter$, OpsMetadataInvalidArgumentException$, OpsMetadataKeyLimitExceededException$, OpsMetadataLimitExceededException$, OpsMetadataNotFoundException$, OpsMetadataTooManyUpdatesException$, OpsResultAttribute$, OutputSource$, Parameter$, ParameterAlreadyExists$, ParameterHistory$, ParameterInlinePolicy$, ParameterLimitExceeded$, ParameterMaxVersionLimitExceeded$, ParameterMetadata$, ParameterNotFound$, ParameterPatternMismatchException$, ParameterStringFilter$, ParameterVersionLabelLimitExceeded$, ParameterVersionNotFound$, ParametersFilter$, ParentStepDetails$, Patch$, PatchBaselineIdentity$, PatchComplianceData$, PatchFilter$, PatchFilterGroup$, PatchGroupPatchBaselineMapping$, PatchOrchestratorFilter$, PatchRule$, PatchRuleGroup$, PatchSource$, PatchStatus$, PoliciesLimitExceededException$, ProgressCounters$, PutComplianceItems$, PutComplianceItemsRequest$, PutComplianceItemsResult$, PutInventory$, PutInventoryRequest$, PutInventoryResult$, PutParameterRequest$, PutParameterResult$, PutResourcePolicy$, PutResourcePolicyRequest$, PutResourcePolicyResponse$, RegisterDefaultPatchBaseline$, RegisterDefaultPatchBaselineRequest$, RegisterDefaultPatchBaselineResult$, RegisterPatchBaselineForPatchGroup$, RegisterPatchBaselineForPatchGroupRequest$, RegisterPatchBaselineForPatchGroupResult$, RegisterTargetWithMaintenanceWindow$, RegisterTargetWithMaintenanceWindowRequest$, RegisterTargetWithMaintenanceWindowResult$, RegisterTaskWithMaintenanceWindow$, RegisterTaskWithMaintenanceWindowRequest$, RegisterTaskWithMaintenanceWindowResult$, RegistrationMetadataItem$, RelatedOpsItem$, RemoveTagsFromResourceRequest$, RemoveTagsFromResourceResult$, ResetServiceSetting$, ResetServiceSettingRequest$, ResetServiceSettingResult$, ResolvedTargets$, ResourceComplianceSummaryItem$, ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAwsOrganizationsSource$, ResourceDataSyncConflictException$, ResourceDataSyncCountExceededException$, ResourceDataSyncDestinationDataSharing$, ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncItem$, ResourceDataSyncNotFoundException$, ResourceDataSyncOrganizationalUnit$, ResourceDataSyncS3Destination$, ResourceDataSyncSource$, ResourceDataSyncSourceWithState$, ResourceInUseException$, ResourceLimitExceededException$, ResourceNotFoundException$, ResourcePolicyConflictException$, ResourcePolicyInvalidParameterException$, ResourcePolicyLimitExceededException$, ResourcePolicyNotFoundException$, ResultAttribute$, ResumeSession$, ResumeSessionRequest$, ResumeSessionResponse$, ReviewInformation$, Runbook$, S3OutputLocation$, S3OutputUrl$, SSMServiceException$, ScheduledWindowExecution$, SendAutomationSignal$, SendAutomationSignalRequest$, SendAutomationSignalResult$, SendCommand$, SendCommandRequest$, SendCommandResult$, ServiceQuotaExceededException$, ServiceSetting$, ServiceSettingNotFound$, Session$, SessionFilter$, SessionManagerOutputUrl$, SeveritySummary$, StartAccessRequest$, StartAccessRequestRequest$, StartAccessRequestResponse$, StartAssociationsOnce$, StartAssociationsOnceRequest$, StartAssociationsOnceResult$, StartAutomationExecution$, StartAutomationExecutionRequest$, StartAutomationExecutionResult$, StartChangeRequestExecution$, StartChangeRequestExecutionRequest$, StartChangeRequestExecutionResult$, StartExecutionPreview$, StartExecutionPreviewRequest$, StartExecutionPreviewResponse$, StartSession$, StartSessionRequest$, StartSessionResponse$, StatusUnchanged$, StepExecution$, StepExecutionFilter$, StopAutomationExecution$, StopAutomationExecutionRequest$, StopAutomationExecutionResult$, SubTypeCountLimitExceededException$, Tag$, Target$, TargetInUseException$, TargetLocation$, TargetNotConnected$, TargetPreview$, TerminateSession$, TerminateSessionRequest$, TerminateSessionResponse$, ThrottlingException$, TooManyTagsError$, TooManyUpdates$, TotalSizeLimitExceededException$, UnlabelParameterVersion$, UnlabelParameterVersionRequest$, UnlabelParameterVersionResult$, UnsupportedCalendarException$, UnsupportedFeatureRequiredException$, UnsupportedInventoryItemContextException$, UnsupportedInventorySchemaVersionException$, UnsupportedOperatingSystem$, UnsupportedOperationException$, UnsupportedParameterType$, UnsupportedPlatformType$, UpdateAssociation$, UpdateAssociationRequest$, UpdateAssociationResult$, UpdateAssociationStatus$, UpdateAssociationStatusRequest$, UpdateAssociationStatusResult$, UpdateCloudConnector$, UpdateCloudConnectorRequest$, UpdateCloudConnectorResult$, UpdateDocument$, UpdateDocumentDefaultVersion$, UpdateDocumentDefaultVersionRequest$, UpdateDocumentDefaultVersionResult$, UpdateDocumentMetadata$, UpdateDocumentMetadataRequest$, UpdateDocumentMetadataResponse$, UpdateDocumentRequest$, UpdateDocumentResult$, UpdateMaintenanceWindow$, UpdateMaintenanceWindowRequest$, UpdateMaintenanceWindowResult$, UpdateMaintenanceWindowTarget$, UpdateMaintenanceWindowTargetRequest$, UpdateMaintenanceWindowTargetResult$, UpdateMaintenanceWindowTask$, UpdateMaintenanceWindowTaskRequest$, UpdateMaintenanceWindowTaskResult$, UpdateManagedInstanceRole$, UpdateManagedInstanceRoleRequest$, UpdateManagedInstanceRoleResult$, UpdateOpsItem$, UpdateOpsItemRequest$, UpdateOpsItemResponse$, UpdateOpsMetadata$, UpdateOpsMetadataRequest$, UpdateOpsMetadataResult$, UpdatePatchBaseline$, UpdatePatchBaselineRequest$, UpdatePatchBaselineResult$, UpdateResourceDataSync$, UpdateResourceDataSyncRequest$, UpdateResourceDataSyncResult$, UpdateServiceSetting$, UpdateServiceSettingRequest$, UpdateServiceSettingResult$, ValidateCloudConnector$, ValidateCloudConnectorRequest$, ValidateCloudConnectorResult$, ValidationException$, ValidationFinding$, ValidationFindingScope$
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/models/SSMServiceException.js
    class SSMServiceException extends client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SSMServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/models/errors.js
    class AccessDeniedException extends SSMServiceException {
      name="AccessDeniedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    }
    class InternalServerError extends SSMServiceException {
      name="InternalServerError";
      $fault="server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServerError",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerError.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidResourceId extends SSMServiceException {
      name="InvalidResourceId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidResourceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResourceId.prototype);
      }
    }
    class InvalidResourceType extends SSMServiceException {
      name="InvalidResourceType";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidResourceType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResourceType.prototype);
      }
    }
    class TooManyTagsError extends SSMServiceException {
      name="TooManyTagsError";
      $fault="client";
      constructor(opts) {
        super({
          name: "TooManyTagsError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyTagsError.prototype);
      }
    }
    class TooManyUpdates extends SSMServiceException {
      name="TooManyUpdates";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyUpdates",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyUpdates.prototype);
        this.Message = opts.Message;
      }
    }
    class AlreadyExistsException extends SSMServiceException {
      name="AlreadyExistsException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemConflictException extends SSMServiceException {
      name="OpsItemConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemInvalidParameterException extends SSMServiceException {
      name="OpsItemInvalidParameterException";
      $fault="client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    }
    class OpsItemLimitExceededException extends SSMServiceException {
      name="OpsItemLimitExceededException";
      $fault="client";
      ResourceTypes;
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemLimitExceededException.prototype);
        this.ResourceTypes = opts.ResourceTypes;
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    }
    class OpsItemNotFoundException extends SSMServiceException {
      name="OpsItemNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
      name="OpsItemRelatedItemAlreadyExistsException";
      $fault="client";
      Message;
      ResourceUri;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemRelatedItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.ResourceUri = opts.ResourceUri;
        this.OpsItemId = opts.OpsItemId;
      }
    }
    class DuplicateInstanceId extends SSMServiceException {
      name="DuplicateInstanceId";
      $fault="client";
      constructor(opts) {
        super({
          name: "DuplicateInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateInstanceId.prototype);
      }
    }
    class InvalidCommandId extends SSMServiceException {
      name="InvalidCommandId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidCommandId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidCommandId.prototype);
      }
    }
    class InvalidInstanceId extends SSMServiceException {
      name="InvalidInstanceId";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstanceId.prototype);
        this.Message = opts.Message;
      }
    }
    class DoesNotExistException extends SSMServiceException {
      name="DoesNotExistException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DoesNotExistException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DoesNotExistException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidParameters extends SSMServiceException {
      name="InvalidParameters";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameters",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameters.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationAlreadyExists extends SSMServiceException {
      name="AssociationAlreadyExists";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociationAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationAlreadyExists.prototype);
      }
    }
    class AssociationLimitExceeded extends SSMServiceException {
      name="AssociationLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociationLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationLimitExceeded.prototype);
      }
    }
    class InvalidDocument extends SSMServiceException {
      name="InvalidDocument";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocument",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocument.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentVersion extends SSMServiceException {
      name="InvalidDocumentVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOutputLocation extends SSMServiceException {
      name="InvalidOutputLocation";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidOutputLocation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOutputLocation.prototype);
      }
    }
    class InvalidSchedule extends SSMServiceException {
      name="InvalidSchedule";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSchedule",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSchedule.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTag extends SSMServiceException {
      name="InvalidTag";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTag",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTag.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTarget extends SSMServiceException {
      name="InvalidTarget";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTarget",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTarget.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTargetMaps extends SSMServiceException {
      name="InvalidTargetMaps";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTargetMaps",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTargetMaps.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedPlatformType extends SSMServiceException {
      name="UnsupportedPlatformType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedPlatformType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedPlatformType.prototype);
        this.Message = opts.Message;
      }
    }
    class ConflictException extends SSMServiceException {
      name="ConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class ServiceQuotaExceededException extends SSMServiceException {
      name="ServiceQuotaExceededException";
      $fault="client";
      Message;
      ResourceId;
      ResourceType;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.ResourceId = opts.ResourceId;
        this.ResourceType = opts.ResourceType;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    }
    class DocumentAlreadyExists extends SSMServiceException {
      name="DocumentAlreadyExists";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentAlreadyExists.prototype);
        this.Message = opts.Message;
      }
    }
    class DocumentLimitExceeded extends SSMServiceException {
      name="DocumentLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentContent extends SSMServiceException {
      name="InvalidDocumentContent";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentContent.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDocumentSchemaVersion extends SSMServiceException {
      name="InvalidDocumentSchemaVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentSchemaVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentSchemaVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class MaxDocumentSizeExceeded extends SSMServiceException {
      name="MaxDocumentSizeExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "MaxDocumentSizeExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MaxDocumentSizeExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class NoLongerSupportedException extends SSMServiceException {
      name="NoLongerSupportedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "NoLongerSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NoLongerSupportedException.prototype);
        this.Message = opts.Message;
      }
    }
    class IdempotentParameterMismatch extends SSMServiceException {
      name="IdempotentParameterMismatch";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "IdempotentParameterMismatch",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IdempotentParameterMismatch.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceLimitExceededException extends SSMServiceException {
      name="ResourceLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemAccessDeniedException extends SSMServiceException {
      name="OpsItemAccessDeniedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemAccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsItemAlreadyExistsException extends SSMServiceException {
      name="OpsItemAlreadyExistsException";
      $fault="client";
      Message;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.OpsItemId = opts.OpsItemId;
      }
    }
    class OpsMetadataAlreadyExistsException extends SSMServiceException {
      name="OpsMetadataAlreadyExistsException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataAlreadyExistsException.prototype);
      }
    }
    class OpsMetadataInvalidArgumentException extends SSMServiceException {
      name="OpsMetadataInvalidArgumentException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataInvalidArgumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataInvalidArgumentException.prototype);
      }
    }
    class OpsMetadataLimitExceededException extends SSMServiceException {
      name="OpsMetadataLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataLimitExceededException.prototype);
      }
    }
    class OpsMetadataTooManyUpdatesException extends SSMServiceException {
      name="OpsMetadataTooManyUpdatesException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataTooManyUpdatesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataTooManyUpdatesException.prototype);
      }
    }
    class ResourceDataSyncAlreadyExistsException extends SSMServiceException {
      name="ResourceDataSyncAlreadyExistsException";
      $fault="client";
      SyncName;
      constructor(opts) {
        super({
          name: "ResourceDataSyncAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncAlreadyExistsException.prototype);
        this.SyncName = opts.SyncName;
      }
    }
    class ResourceDataSyncCountExceededException extends SSMServiceException {
      name="ResourceDataSyncCountExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncCountExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncCountExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
      name="ResourceDataSyncInvalidConfigurationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncInvalidConfigurationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncInvalidConfigurationException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidActivation extends SSMServiceException {
      name="InvalidActivation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidActivation.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidActivationId extends SSMServiceException {
      name="InvalidActivationId";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivationId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidActivationId.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationDoesNotExist extends SSMServiceException {
      name="AssociationDoesNotExist";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceNotFoundException extends SSMServiceException {
      name="ResourceNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociatedInstances extends SSMServiceException {
      name="AssociatedInstances";
      $fault="client";
      constructor(opts) {
        super({
          name: "AssociatedInstances",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociatedInstances.prototype);
      }
    }
    class InvalidDocumentOperation extends SSMServiceException {
      name="InvalidDocumentOperation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentOperation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentOperation.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidDeleteInventoryParametersException extends SSMServiceException {
      name="InvalidDeleteInventoryParametersException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeleteInventoryParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDeleteInventoryParametersException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryRequestException extends SSMServiceException {
      name="InvalidInventoryRequestException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryRequestException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOptionException extends SSMServiceException {
      name="InvalidOptionException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidOptionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOptionException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidTypeNameException extends SSMServiceException {
      name="InvalidTypeNameException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTypeNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidTypeNameException.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsMetadataNotFoundException extends SSMServiceException {
      name="OpsMetadataNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataNotFoundException.prototype);
      }
    }
    class ParameterNotFound extends SSMServiceException {
      name="ParameterNotFound";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterNotFound.prototype);
      }
    }
    class ResourceInUseException extends SSMServiceException {
      name="ResourceInUseException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourceDataSyncNotFoundException extends SSMServiceException {
      name="ResourceDataSyncNotFoundException";
      $fault="client";
      SyncName;
      SyncType;
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncNotFoundException.prototype);
        this.SyncName = opts.SyncName;
        this.SyncType = opts.SyncType;
        this.Message = opts.Message;
      }
    }
    class MalformedResourcePolicyDocumentException extends SSMServiceException {
      name="MalformedResourcePolicyDocumentException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedResourcePolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, MalformedResourcePolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyConflictException extends SSMServiceException {
      name="ResourcePolicyConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyInvalidParameterException extends SSMServiceException {
      name="ResourcePolicyInvalidParameterException";
      $fault="client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    }
    class ResourcePolicyNotFoundException extends SSMServiceException {
      name="ResourcePolicyNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class TargetInUseException extends SSMServiceException {
      name="TargetInUseException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TargetInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TargetInUseException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilter extends SSMServiceException {
      name="InvalidFilter";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilter",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilter.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidNextToken extends SSMServiceException {
      name="InvalidNextToken";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextToken",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidNextToken.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAssociationVersion extends SSMServiceException {
      name="InvalidAssociationVersion";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociationVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAssociationVersion.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationExecutionDoesNotExist extends SSMServiceException {
      name="AssociationExecutionDoesNotExist";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationExecutionDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationExecutionDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilterKey extends SSMServiceException {
      name="InvalidFilterKey";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidFilterKey",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterKey.prototype);
      }
    }
    class InvalidFilterValue extends SSMServiceException {
      name="InvalidFilterValue";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterValue.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationExecutionNotFoundException extends SSMServiceException {
      name="AutomationExecutionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationExecutionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidPermissionType extends SSMServiceException {
      name="InvalidPermissionType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidPermissionType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPermissionType.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedOperatingSystem extends SSMServiceException {
      name="UnsupportedOperatingSystem";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperatingSystem",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedOperatingSystem.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInstanceInformationFilterValue extends SSMServiceException {
      name="InvalidInstanceInformationFilterValue";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidInstanceInformationFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstanceInformationFilterValue.prototype);
      }
    }
    class InvalidInstancePropertyFilterValue extends SSMServiceException {
      name="InvalidInstancePropertyFilterValue";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidInstancePropertyFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInstancePropertyFilterValue.prototype);
      }
    }
    class InvalidDeletionIdException extends SSMServiceException {
      name="InvalidDeletionIdException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeletionIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDeletionIdException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidFilterOption extends SSMServiceException {
      name="InvalidFilterOption";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidFilterOption",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidFilterOption.prototype);
      }
    }
    class OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
      name="OpsItemRelatedItemAssociationNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAssociationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsItemRelatedItemAssociationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class ThrottlingException extends SSMServiceException {
      name="ThrottlingException";
      $fault="client";
      Message;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    }
    class ValidationException extends SSMServiceException {
      name="ValidationException";
      $fault="client";
      Message;
      ReasonCode;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
        this.ReasonCode = opts.ReasonCode;
      }
    }
    class InvalidDocumentType extends SSMServiceException {
      name="InvalidDocumentType";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidDocumentType.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedCalendarException extends SSMServiceException {
      name="UnsupportedCalendarException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedCalendarException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedCalendarException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidPluginName extends SSMServiceException {
      name="InvalidPluginName";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPluginName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPluginName.prototype);
      }
    }
    class InvocationDoesNotExist extends SSMServiceException {
      name="InvocationDoesNotExist";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvocationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvocationDoesNotExist.prototype);
      }
    }
    class UnsupportedFeatureRequiredException extends SSMServiceException {
      name="UnsupportedFeatureRequiredException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedFeatureRequiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedFeatureRequiredException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAggregatorException extends SSMServiceException {
      name="InvalidAggregatorException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAggregatorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAggregatorException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryGroupException extends SSMServiceException {
      name="InvalidInventoryGroupException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryGroupException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryGroupException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidResultAttributeException extends SSMServiceException {
      name="InvalidResultAttributeException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResultAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidResultAttributeException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidKeyId extends SSMServiceException {
      name="InvalidKeyId";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidKeyId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidKeyId.prototype);
      }
    }
    class ParameterVersionNotFound extends SSMServiceException {
      name="ParameterVersionNotFound";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterVersionNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterVersionNotFound.prototype);
      }
    }
    class ServiceSettingNotFound extends SSMServiceException {
      name="ServiceSettingNotFound";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceSettingNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ServiceSettingNotFound.prototype);
        this.Message = opts.Message;
      }
    }
    class ParameterVersionLabelLimitExceeded extends SSMServiceException {
      name="ParameterVersionLabelLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterVersionLabelLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterVersionLabelLimitExceeded.prototype);
      }
    }
    class UnsupportedOperationException extends SSMServiceException {
      name="UnsupportedOperationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
        this.Message = opts.Message;
      }
    }
    class DocumentPermissionLimit extends SSMServiceException {
      name="DocumentPermissionLimit";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentPermissionLimit",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentPermissionLimit.prototype);
        this.Message = opts.Message;
      }
    }
    class ComplianceTypeCountLimitExceededException extends SSMServiceException {
      name="ComplianceTypeCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ComplianceTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ComplianceTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidItemContentException extends SSMServiceException {
      name="InvalidItemContentException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "InvalidItemContentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidItemContentException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class ItemSizeLimitExceededException extends SSMServiceException {
      name="ItemSizeLimitExceededException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ItemSizeLimitExceededException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class TotalSizeLimitExceededException extends SSMServiceException {
      name="TotalSizeLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TotalSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TotalSizeLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class CustomSchemaCountLimitExceededException extends SSMServiceException {
      name="CustomSchemaCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "CustomSchemaCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, CustomSchemaCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidInventoryItemContextException extends SSMServiceException {
      name="InvalidInventoryItemContextException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidInventoryItemContextException.prototype);
        this.Message = opts.Message;
      }
    }
    class ItemContentMismatchException extends SSMServiceException {
      name="ItemContentMismatchException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemContentMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ItemContentMismatchException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class SubTypeCountLimitExceededException extends SSMServiceException {
      name="SubTypeCountLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "SubTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SubTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class UnsupportedInventoryItemContextException extends SSMServiceException {
      name="UnsupportedInventoryItemContextException";
      $fault="client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedInventoryItemContextException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    }
    class UnsupportedInventorySchemaVersionException extends SSMServiceException {
      name="UnsupportedInventorySchemaVersionException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventorySchemaVersionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedInventorySchemaVersionException.prototype);
        this.Message = opts.Message;
      }
    }
    class HierarchyLevelLimitExceededException extends SSMServiceException {
      name="HierarchyLevelLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "HierarchyLevelLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, HierarchyLevelLimitExceededException.prototype);
      }
    }
    class HierarchyTypeMismatchException extends SSMServiceException {
      name="HierarchyTypeMismatchException";
      $fault="client";
      constructor(opts) {
        super({
          name: "HierarchyTypeMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, HierarchyTypeMismatchException.prototype);
      }
    }
    class IncompatiblePolicyException extends SSMServiceException {
      name="IncompatiblePolicyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "IncompatiblePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, IncompatiblePolicyException.prototype);
      }
    }
    class InvalidAllowedPatternException extends SSMServiceException {
      name="InvalidAllowedPatternException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidAllowedPatternException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAllowedPatternException.prototype);
      }
    }
    class InvalidPolicyAttributeException extends SSMServiceException {
      name="InvalidPolicyAttributeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPolicyAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPolicyAttributeException.prototype);
      }
    }
    class InvalidPolicyTypeException extends SSMServiceException {
      name="InvalidPolicyTypeException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidPolicyTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidPolicyTypeException.prototype);
      }
    }
    class ParameterAlreadyExists extends SSMServiceException {
      name="ParameterAlreadyExists";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterAlreadyExists.prototype);
      }
    }
    class ParameterLimitExceeded extends SSMServiceException {
      name="ParameterLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterLimitExceeded.prototype);
      }
    }
    class ParameterMaxVersionLimitExceeded extends SSMServiceException {
      name="ParameterMaxVersionLimitExceeded";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterMaxVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterMaxVersionLimitExceeded.prototype);
      }
    }
    class ParameterPatternMismatchException extends SSMServiceException {
      name="ParameterPatternMismatchException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ParameterPatternMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ParameterPatternMismatchException.prototype);
      }
    }
    class PoliciesLimitExceededException extends SSMServiceException {
      name="PoliciesLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PoliciesLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PoliciesLimitExceededException.prototype);
      }
    }
    class UnsupportedParameterType extends SSMServiceException {
      name="UnsupportedParameterType";
      $fault="client";
      constructor(opts) {
        super({
          name: "UnsupportedParameterType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UnsupportedParameterType.prototype);
      }
    }
    class ResourcePolicyLimitExceededException extends SSMServiceException {
      name="ResourcePolicyLimitExceededException";
      $fault="client";
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourcePolicyLimitExceededException.prototype);
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    }
    class FeatureNotAvailableException extends SSMServiceException {
      name="FeatureNotAvailableException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "FeatureNotAvailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, FeatureNotAvailableException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationStepNotFoundException extends SSMServiceException {
      name="AutomationStepNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationStepNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationStepNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationSignalException extends SSMServiceException {
      name="InvalidAutomationSignalException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationSignalException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationSignalException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidNotificationConfig extends SSMServiceException {
      name="InvalidNotificationConfig";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNotificationConfig",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidNotificationConfig.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidOutputFolder extends SSMServiceException {
      name="InvalidOutputFolder";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidOutputFolder",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidOutputFolder.prototype);
      }
    }
    class InvalidRole extends SSMServiceException {
      name="InvalidRole";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRole",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidRole.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAssociation extends SSMServiceException {
      name="InvalidAssociation";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAssociation.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionNotFoundException extends SSMServiceException {
      name="AutomationDefinitionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionVersionNotFoundException extends SSMServiceException {
      name="AutomationDefinitionVersionNotFoundException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionVersionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionVersionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationExecutionLimitExceededException extends SSMServiceException {
      name="AutomationExecutionLimitExceededException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationExecutionLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationExecutionParametersException extends SSMServiceException {
      name="InvalidAutomationExecutionParametersException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationExecutionParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationExecutionParametersException.prototype);
        this.Message = opts.Message;
      }
    }
    class AutomationDefinitionNotApprovedException extends SSMServiceException {
      name="AutomationDefinitionNotApprovedException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotApprovedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AutomationDefinitionNotApprovedException.prototype);
        this.Message = opts.Message;
      }
    }
    class TargetNotConnected extends SSMServiceException {
      name="TargetNotConnected";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotConnected",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TargetNotConnected.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidAutomationStatusUpdateException extends SSMServiceException {
      name="InvalidAutomationStatusUpdateException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationStatusUpdateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidAutomationStatusUpdateException.prototype);
        this.Message = opts.Message;
      }
    }
    class AssociationVersionLimitExceeded extends SSMServiceException {
      name="AssociationVersionLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AssociationVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class InvalidUpdate extends SSMServiceException {
      name="InvalidUpdate";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidUpdate",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidUpdate.prototype);
        this.Message = opts.Message;
      }
    }
    class StatusUnchanged extends SSMServiceException {
      name="StatusUnchanged";
      $fault="client";
      constructor(opts) {
        super({
          name: "StatusUnchanged",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, StatusUnchanged.prototype);
      }
    }
    class DocumentVersionLimitExceeded extends SSMServiceException {
      name="DocumentVersionLimitExceeded";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DocumentVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    }
    class DuplicateDocumentContent extends SSMServiceException {
      name="DuplicateDocumentContent";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateDocumentContent.prototype);
        this.Message = opts.Message;
      }
    }
    class DuplicateDocumentVersionName extends SSMServiceException {
      name="DuplicateDocumentVersionName";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentVersionName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, DuplicateDocumentVersionName.prototype);
        this.Message = opts.Message;
      }
    }
    class OpsMetadataKeyLimitExceededException extends SSMServiceException {
      name="OpsMetadataKeyLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OpsMetadataKeyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OpsMetadataKeyLimitExceededException.prototype);
      }
    }
    class ResourceDataSyncConflictException extends SSMServiceException {
      name="ResourceDataSyncConflictException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceDataSyncConflictException.prototype);
        this.Message = opts.Message;
      }
    }
    const _AAE = "AssociationAlreadyExists";
    const _ADE = "AccessDeniedException";
    const _ADNAE = "AutomationDefinitionNotApprovedException";
    const _ADNE = "AssociationDoesNotExist";
    const _ADNFE = "AutomationDefinitionNotFoundException";
    const _ADVNFE = "AutomationDefinitionVersionNotFoundException";
    const _AEDNE = "AssociationExecutionDoesNotExist";
    const _AEE = "AlreadyExistsException";
    const _AELEE = "AutomationExecutionLimitExceededException";
    const _AENFE = "AutomationExecutionNotFoundException";
    const _AI = "AssociatedInstances";
    const _ALE = "AssociationLimitExceeded";
    const _APl = "AllowedPattern";
    const _ARN = "ARN";
    const _ASNFE = "AutomationStepNotFoundException";
    const _ATTR = "AddTagsToResource";
    const _ATTRR = "AddTagsToResourceRequest";
    const _ATTRRd = "AddTagsToResourceResult";
    const _AVLE = "AssociationVersionLimitExceeded";
    const _CE = "ConflictException";
    const _CSCLEE = "CustomSchemaCountLimitExceededException";
    const _CTCLEE = "ComplianceTypeCountLimitExceededException";
    const _D = "Description";
    const _DAE = "DocumentAlreadyExists";
    const _DDC = "DuplicateDocumentContent";
    const _DDVN = "DuplicateDocumentVersionName";
    const _DII = "DuplicateInstanceId";
    const _DLE = "DocumentLimitExceeded";
    const _DNEE = "DoesNotExistException";
    const _DPL = "DocumentPermissionLimit";
    const _DPR = "DeleteParameterRequest";
    const _DPRe = "DeleteParameterResult";
    const _DPe = "DeleteParameter";
    const _DTa = "DataType";
    const _DVLE = "DocumentVersionLimitExceeded";
    const _FNAE = "FeatureNotAvailableException";
    const _GPRet = "GetParametersRequest";
    const _GPReta = "GetParametersResult";
    const _GPe = "GetParameters";
    const _HLLEE = "HierarchyLevelLimitExceededException";
    const _HTME = "HierarchyTypeMismatchException";
    const _IA = "InvalidActivation";
    const _IAE = "InvalidAggregatorException";
    const _IAEPE = "InvalidAutomationExecutionParametersException";
    const _IAI = "InvalidActivationId";
    const _IAPE = "InvalidAllowedPatternException";
    const _IASE = "InvalidAutomationSignalException";
    const _IASUE = "InvalidAutomationStatusUpdateException";
    const _IAV = "InvalidAssociationVersion";
    const _IAn = "InvalidAssociation";
    const _ICI = "InvalidCommandId";
    const _ICME = "ItemContentMismatchException";
    const _ID = "InvalidDocument";
    const _IDC = "InvalidDocumentContent";
    const _IDIE = "InvalidDeletionIdException";
    const _IDIPE = "InvalidDeleteInventoryParametersException";
    const _IDNE = "InvocationDoesNotExist";
    const _IDO = "InvalidDocumentOperation";
    const _IDSV = "InvalidDocumentSchemaVersion";
    const _IDT = "InvalidDocumentType";
    const _IDV = "InvalidDocumentVersion";
    const _IF = "InvalidFilter";
    const _IFK = "InvalidFilterKey";
    const _IFO = "InvalidFilterOption";
    const _IFV = "InvalidFilterValue";
    const _IICE = "InvalidItemContentException";
    const _IIGE = "InvalidInventoryGroupException";
    const _III = "InvalidInstanceId";
    const _IIICE = "InvalidInventoryItemContextException";
    const _IIIFV = "InvalidInstanceInformationFilterValue";
    const _IIPFV = "InvalidInstancePropertyFilterValue";
    const _IIRE = "InvalidInventoryRequestException";
    const _IKI = "InvalidKeyId";
    const _INC = "InvalidNotificationConfig";
    const _INT = "InvalidNextToken";
    const _IOE = "InvalidOptionException";
    const _IOF = "InvalidOutputFolder";
    const _IOL = "InvalidOutputLocation";
    const _IP = "InvalidParameters";
    const _IPAE = "InvalidPolicyAttributeException";
    const _IPE = "IncompatiblePolicyException";
    const _IPM = "IdempotentParameterMismatch";
    const _IPN = "InvalidPluginName";
    const _IPT = "InvalidPermissionType";
    const _IPTE = "InvalidPolicyTypeException";
    const _IR = "InvalidRole";
    const _IRAE = "InvalidResultAttributeException";
    const _IRI = "InvalidResourceId";
    const _IRT = "InvalidResourceType";
    const _IS = "InvalidSchedule";
    const _ISE = "InternalServerError";
    const _ISLEE = "ItemSizeLimitExceededException";
    const _IT = "InvalidTag";
    const _ITM = "InvalidTargetMaps";
    const _ITNE = "InvalidTypeNameException";
    const _ITn = "InvalidTarget";
    const _IU = "InvalidUpdate";
    const _K = "Key";
    const _KI = "KeyId";
    const _L = "Limit";
    const _LMD = "LastModifiedDate";
    const _LT = "LimitType";
    const _LTFR = "ListTagsForResource";
    const _LTFRR = "ListTagsForResourceRequest";
    const _LTFRRi = "ListTagsForResourceResult";
    const _M = "Message";
    const _MDSE = "MaxDocumentSizeExceeded";
    const _MRPDE = "MalformedResourcePolicyDocumentException";
    const _N = "Name";
    const _NLSE = "NoLongerSupportedException";
    const _Na = "Names";
    const _OIADE = "OpsItemAccessDeniedException";
    const _OIAEE = "OpsItemAlreadyExistsException";
    const _OICE = "OpsItemConflictException";
    const _OII = "OpsItemId";
    const _OIIPE = "OpsItemInvalidParameterException";
    const _OILEE = "OpsItemLimitExceededException";
    const _OINFE = "OpsItemNotFoundException";
    const _OIRIAEE = "OpsItemRelatedItemAlreadyExistsException";
    const _OIRIANFE = "OpsItemRelatedItemAssociationNotFoundException";
    const _OMAEE = "OpsMetadataAlreadyExistsException";
    const _OMIAE = "OpsMetadataInvalidArgumentException";
    const _OMKLEE = "OpsMetadataKeyLimitExceededException";
    const _OMLEE = "OpsMetadataLimitExceededException";
    const _OMNFE = "OpsMetadataNotFoundException";
    const _OMTMUE = "OpsMetadataTooManyUpdatesException";
    const _Ov = "Overwrite";
    const _P = "Parameters";
    const _PAE = "ParameterAlreadyExists";
    const _PL = "ParameterList";
    const _PLE = "ParameterLimitExceeded";
    const _PLEE = "PoliciesLimitExceededException";
    const _PMVLE = "ParameterMaxVersionLimitExceeded";
    const _PN = "ParameterNames";
    const _PNF = "ParameterNotFound";
    const _PP = "PutParameter";
    const _PPME = "ParameterPatternMismatchException";
    const _PPR = "PutParameterRequest";
    const _PPRu = "PutParameterResult";
    const _PSPV = "PSParameterValue";
    const _PVLLE = "ParameterVersionLabelLimitExceeded";
    const _PVNF = "ParameterVersionNotFound";
    const _Par = "Parameter";
    const _Po = "Policies";
    const _QC = "QuotaCode";
    const _RC = "ReasonCode";
    const _RDSAEE = "ResourceDataSyncAlreadyExistsException";
    const _RDSCE = "ResourceDataSyncConflictException";
    const _RDSCEE = "ResourceDataSyncCountExceededException";
    const _RDSICE = "ResourceDataSyncInvalidConfigurationException";
    const _RDSNFE = "ResourceDataSyncNotFoundException";
    const _RI = "ResourceId";
    const _RIUE = "ResourceInUseException";
    const _RLEE = "ResourceLimitExceededException";
    const _RNFE = "ResourceNotFoundException";
    const _RPCE = "ResourcePolicyConflictException";
    const _RPIPE = "ResourcePolicyInvalidParameterException";
    const _RPLEE = "ResourcePolicyLimitExceededException";
    const _RPNFE = "ResourcePolicyNotFoundException";
    const _RT = "ResourceTypes";
    const _RTFR = "RemoveTagsFromResource";
    const _RTFRR = "RemoveTagsFromResourceRequest";
    const _RTFRRe = "RemoveTagsFromResourceResult";
    const _RTe = "ResourceType";
    const _RU = "ResourceUri";
    const _SC = "ServiceCode";
    const _SN = "SyncName";
    const _SQEE = "ServiceQuotaExceededException";
    const _SRo = "SourceResult";
    const _SSNF = "ServiceSettingNotFound";
    const _ST = "SyncType";
    const _STCLEE = "SubTypeCountLimitExceededException";
    const _SU = "StatusUnchanged";
    const _Sel = "Selector";
    const _T = "Tags";
    const _TE = "ThrottlingException";
    const _TIUE = "TargetInUseException";
    const _TK = "TagKeys";
    const _TLa = "TagList";
    const _TMTE = "TooManyTagsError";
    const _TMU = "TooManyUpdates";
    const _TN = "TypeName";
    const _TNC = "TargetNotConnected";
    const _TSLEE = "TotalSizeLimitExceededException";
    const _Tag = "Tag";
    const _Tie = "Tier";
    const _Ty = "Type";
    const _UCE = "UnsupportedCalendarException";
    const _UFRE = "UnsupportedFeatureRequiredException";
    const _UIICE = "UnsupportedInventoryItemContextException";
    const _UISVE = "UnsupportedInventorySchemaVersionException";
    const _UOE = "UnsupportedOperationException";
    const _UOS = "UnsupportedOperatingSystem";
    const _UPT = "UnsupportedParameterType";
    const _UPTn = "UnsupportedPlatformType";
    const _V = "Value";
    const _VE = "ValidationException";
    const _Ve = "Version";
    const _WD = "WithDecryption";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _m = "message";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
    const _se = "server";
    const n0 = "com.amazonaws.ssm";
    const _s_registry = schema.TypeRegistry.for(_s);
    var SSMServiceException$ = [ -3, _s, "SSMServiceException", 0, [], [] ];
    _s_registry.registerError(SSMServiceException$, SSMServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var AccessDeniedException$ = [ -3, n0, _ADE, {
      [_e]: _c
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AlreadyExistsException$ = [ -3, n0, _AEE, {
      [_aQE]: [ `AlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var AssociatedInstances$ = [ -3, n0, _AI, {
      [_aQE]: [ `AssociatedInstances`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociatedInstances$, AssociatedInstances);
    var AssociationAlreadyExists$ = [ -3, n0, _AAE, {
      [_aQE]: [ `AssociationAlreadyExists`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociationAlreadyExists$, AssociationAlreadyExists);
    var AssociationDoesNotExist$ = [ -3, n0, _ADNE, {
      [_aQE]: [ `AssociationDoesNotExist`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationDoesNotExist$, AssociationDoesNotExist);
    var AssociationExecutionDoesNotExist$ = [ -3, n0, _AEDNE, {
      [_aQE]: [ `AssociationExecutionDoesNotExist`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationExecutionDoesNotExist$, AssociationExecutionDoesNotExist);
    var AssociationLimitExceeded$ = [ -3, n0, _ALE, {
      [_aQE]: [ `AssociationLimitExceeded`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(AssociationLimitExceeded$, AssociationLimitExceeded);
    var AssociationVersionLimitExceeded$ = [ -3, n0, _AVLE, {
      [_aQE]: [ `AssociationVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AssociationVersionLimitExceeded$, AssociationVersionLimitExceeded);
    var AutomationDefinitionNotApprovedException$ = [ -3, n0, _ADNAE, {
      [_aQE]: [ `AutomationDefinitionNotApproved`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionNotApprovedException$, AutomationDefinitionNotApprovedException);
    var AutomationDefinitionNotFoundException$ = [ -3, n0, _ADNFE, {
      [_aQE]: [ `AutomationDefinitionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionNotFoundException$, AutomationDefinitionNotFoundException);
    var AutomationDefinitionVersionNotFoundException$ = [ -3, n0, _ADVNFE, {
      [_aQE]: [ `AutomationDefinitionVersionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationDefinitionVersionNotFoundException$, AutomationDefinitionVersionNotFoundException);
    var AutomationExecutionLimitExceededException$ = [ -3, n0, _AELEE, {
      [_aQE]: [ `AutomationExecutionLimitExceeded`, 429 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationExecutionLimitExceededException$, AutomationExecutionLimitExceededException);
    var AutomationExecutionNotFoundException$ = [ -3, n0, _AENFE, {
      [_aQE]: [ `AutomationExecutionNotFound`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationExecutionNotFoundException$, AutomationExecutionNotFoundException);
    var AutomationStepNotFoundException$ = [ -3, n0, _ASNFE, {
      [_aQE]: [ `AutomationStepNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(AutomationStepNotFoundException$, AutomationStepNotFoundException);
    var ComplianceTypeCountLimitExceededException$ = [ -3, n0, _CTCLEE, {
      [_aQE]: [ `ComplianceTypeCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ComplianceTypeCountLimitExceededException$, ComplianceTypeCountLimitExceededException);
    var ConflictException$ = [ -3, n0, _CE, {
      [_aQE]: [ `ConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var CustomSchemaCountLimitExceededException$ = [ -3, n0, _CSCLEE, {
      [_aQE]: [ `CustomSchemaCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(CustomSchemaCountLimitExceededException$, CustomSchemaCountLimitExceededException);
    var DocumentAlreadyExists$ = [ -3, n0, _DAE, {
      [_aQE]: [ `DocumentAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentAlreadyExists$, DocumentAlreadyExists);
    var DocumentLimitExceeded$ = [ -3, n0, _DLE, {
      [_aQE]: [ `DocumentLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentLimitExceeded$, DocumentLimitExceeded);
    var DocumentPermissionLimit$ = [ -3, n0, _DPL, {
      [_aQE]: [ `DocumentPermissionLimit`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentPermissionLimit$, DocumentPermissionLimit);
    var DocumentVersionLimitExceeded$ = [ -3, n0, _DVLE, {
      [_aQE]: [ `DocumentVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DocumentVersionLimitExceeded$, DocumentVersionLimitExceeded);
    var DoesNotExistException$ = [ -3, n0, _DNEE, {
      [_aQE]: [ `DoesNotExistException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DoesNotExistException$, DoesNotExistException);
    var DuplicateDocumentContent$ = [ -3, n0, _DDC, {
      [_aQE]: [ `DuplicateDocumentContent`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DuplicateDocumentContent$, DuplicateDocumentContent);
    var DuplicateDocumentVersionName$ = [ -3, n0, _DDVN, {
      [_aQE]: [ `DuplicateDocumentVersionName`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(DuplicateDocumentVersionName$, DuplicateDocumentVersionName);
    var DuplicateInstanceId$ = [ -3, n0, _DII, {
      [_aQE]: [ `DuplicateInstanceId`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(DuplicateInstanceId$, DuplicateInstanceId);
    var FeatureNotAvailableException$ = [ -3, n0, _FNAE, {
      [_aQE]: [ `FeatureNotAvailableException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(FeatureNotAvailableException$, FeatureNotAvailableException);
    var HierarchyLevelLimitExceededException$ = [ -3, n0, _HLLEE, {
      [_aQE]: [ `HierarchyLevelLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(HierarchyLevelLimitExceededException$, HierarchyLevelLimitExceededException);
    var HierarchyTypeMismatchException$ = [ -3, n0, _HTME, {
      [_aQE]: [ `HierarchyTypeMismatchException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(HierarchyTypeMismatchException$, HierarchyTypeMismatchException);
    var IdempotentParameterMismatch$ = [ -3, n0, _IPM, {
      [_aQE]: [ `IdempotentParameterMismatch`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
    var IncompatiblePolicyException$ = [ -3, n0, _IPE, {
      [_aQE]: [ `IncompatiblePolicyException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(IncompatiblePolicyException$, IncompatiblePolicyException);
    var InternalServerError$ = [ -3, n0, _ISE, {
      [_aQE]: [ `InternalServerError`, 500 ],
      [_e]: _se
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InternalServerError$, InternalServerError);
    var InvalidActivation$ = [ -3, n0, _IA, {
      [_aQE]: [ `InvalidActivation`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidActivation$, InvalidActivation);
    var InvalidActivationId$ = [ -3, n0, _IAI, {
      [_aQE]: [ `InvalidActivationId`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidActivationId$, InvalidActivationId);
    var InvalidAggregatorException$ = [ -3, n0, _IAE, {
      [_aQE]: [ `InvalidAggregator`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAggregatorException$, InvalidAggregatorException);
    var InvalidAllowedPatternException$ = [ -3, n0, _IAPE, {
      [_aQE]: [ `InvalidAllowedPatternException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidAllowedPatternException$, InvalidAllowedPatternException);
    var InvalidAssociation$ = [ -3, n0, _IAn, {
      [_aQE]: [ `InvalidAssociation`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAssociation$, InvalidAssociation);
    var InvalidAssociationVersion$ = [ -3, n0, _IAV, {
      [_aQE]: [ `InvalidAssociationVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAssociationVersion$, InvalidAssociationVersion);
    var InvalidAutomationExecutionParametersException$ = [ -3, n0, _IAEPE, {
      [_aQE]: [ `InvalidAutomationExecutionParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationExecutionParametersException$, InvalidAutomationExecutionParametersException);
    var InvalidAutomationSignalException$ = [ -3, n0, _IASE, {
      [_aQE]: [ `InvalidAutomationSignalException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationSignalException$, InvalidAutomationSignalException);
    var InvalidAutomationStatusUpdateException$ = [ -3, n0, _IASUE, {
      [_aQE]: [ `InvalidAutomationStatusUpdateException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidAutomationStatusUpdateException$, InvalidAutomationStatusUpdateException);
    var InvalidCommandId$ = [ -3, n0, _ICI, {
      [_aQE]: [ `InvalidCommandId`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidCommandId$, InvalidCommandId);
    var InvalidDeleteInventoryParametersException$ = [ -3, n0, _IDIPE, {
      [_aQE]: [ `InvalidDeleteInventoryParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDeleteInventoryParametersException$, InvalidDeleteInventoryParametersException);
    var InvalidDeletionIdException$ = [ -3, n0, _IDIE, {
      [_aQE]: [ `InvalidDeletionId`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDeletionIdException$, InvalidDeletionIdException);
    var InvalidDocument$ = [ -3, n0, _ID, {
      [_aQE]: [ `InvalidDocument`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocument$, InvalidDocument);
    var InvalidDocumentContent$ = [ -3, n0, _IDC, {
      [_aQE]: [ `InvalidDocumentContent`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentContent$, InvalidDocumentContent);
    var InvalidDocumentOperation$ = [ -3, n0, _IDO, {
      [_aQE]: [ `InvalidDocumentOperation`, 403 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentOperation$, InvalidDocumentOperation);
    var InvalidDocumentSchemaVersion$ = [ -3, n0, _IDSV, {
      [_aQE]: [ `InvalidDocumentSchemaVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentSchemaVersion$, InvalidDocumentSchemaVersion);
    var InvalidDocumentType$ = [ -3, n0, _IDT, {
      [_aQE]: [ `InvalidDocumentType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentType$, InvalidDocumentType);
    var InvalidDocumentVersion$ = [ -3, n0, _IDV, {
      [_aQE]: [ `InvalidDocumentVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidDocumentVersion$, InvalidDocumentVersion);
    var InvalidFilter$ = [ -3, n0, _IF, {
      [_aQE]: [ `InvalidFilter`, 441 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidFilter$, InvalidFilter);
    var InvalidFilterKey$ = [ -3, n0, _IFK, {
      [_aQE]: [ `InvalidFilterKey`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidFilterKey$, InvalidFilterKey);
    var InvalidFilterOption$ = [ -3, n0, _IFO, {
      [_aQE]: [ `InvalidFilterOption`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidFilterOption$, InvalidFilterOption);
    var InvalidFilterValue$ = [ -3, n0, _IFV, {
      [_aQE]: [ `InvalidFilterValue`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidFilterValue$, InvalidFilterValue);
    var InvalidInstanceId$ = [ -3, n0, _III, {
      [_aQE]: [ `InvalidInstanceId`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInstanceId$, InvalidInstanceId);
    var InvalidInstanceInformationFilterValue$ = [ -3, n0, _IIIFV, {
      [_aQE]: [ `InvalidInstanceInformationFilterValue`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidInstanceInformationFilterValue$, InvalidInstanceInformationFilterValue);
    var InvalidInstancePropertyFilterValue$ = [ -3, n0, _IIPFV, {
      [_aQE]: [ `InvalidInstancePropertyFilterValue`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidInstancePropertyFilterValue$, InvalidInstancePropertyFilterValue);
    var InvalidInventoryGroupException$ = [ -3, n0, _IIGE, {
      [_aQE]: [ `InvalidInventoryGroup`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryGroupException$, InvalidInventoryGroupException);
    var InvalidInventoryItemContextException$ = [ -3, n0, _IIICE, {
      [_aQE]: [ `InvalidInventoryItemContext`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryItemContextException$, InvalidInventoryItemContextException);
    var InvalidInventoryRequestException$ = [ -3, n0, _IIRE, {
      [_aQE]: [ `InvalidInventoryRequest`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidInventoryRequestException$, InvalidInventoryRequestException);
    var InvalidItemContentException$ = [ -3, n0, _IICE, {
      [_aQE]: [ `InvalidItemContent`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(InvalidItemContentException$, InvalidItemContentException);
    var InvalidKeyId$ = [ -3, n0, _IKI, {
      [_aQE]: [ `InvalidKeyId`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidKeyId$, InvalidKeyId);
    var InvalidNextToken$ = [ -3, n0, _INT, {
      [_aQE]: [ `InvalidNextToken`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
    var InvalidNotificationConfig$ = [ -3, n0, _INC, {
      [_aQE]: [ `InvalidNotificationConfig`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidNotificationConfig$, InvalidNotificationConfig);
    var InvalidOptionException$ = [ -3, n0, _IOE, {
      [_aQE]: [ `InvalidOption`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidOptionException$, InvalidOptionException);
    var InvalidOutputFolder$ = [ -3, n0, _IOF, {
      [_aQE]: [ `InvalidOutputFolder`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidOutputFolder$, InvalidOutputFolder);
    var InvalidOutputLocation$ = [ -3, n0, _IOL, {
      [_aQE]: [ `InvalidOutputLocation`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidOutputLocation$, InvalidOutputLocation);
    var InvalidParameters$ = [ -3, n0, _IP, {
      [_aQE]: [ `InvalidParameters`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidParameters$, InvalidParameters);
    var InvalidPermissionType$ = [ -3, n0, _IPT, {
      [_aQE]: [ `InvalidPermissionType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidPermissionType$, InvalidPermissionType);
    var InvalidPluginName$ = [ -3, n0, _IPN, {
      [_aQE]: [ `InvalidPluginName`, 404 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidPluginName$, InvalidPluginName);
    var InvalidPolicyAttributeException$ = [ -3, n0, _IPAE, {
      [_aQE]: [ `InvalidPolicyAttributeException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidPolicyAttributeException$, InvalidPolicyAttributeException);
    var InvalidPolicyTypeException$ = [ -3, n0, _IPTE, {
      [_aQE]: [ `InvalidPolicyTypeException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidPolicyTypeException$, InvalidPolicyTypeException);
    var InvalidResourceId$ = [ -3, n0, _IRI, {
      [_aQE]: [ `InvalidResourceId`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidResourceId$, InvalidResourceId);
    var InvalidResourceType$ = [ -3, n0, _IRT, {
      [_aQE]: [ `InvalidResourceType`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvalidResourceType$, InvalidResourceType);
    var InvalidResultAttributeException$ = [ -3, n0, _IRAE, {
      [_aQE]: [ `InvalidResultAttribute`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidResultAttributeException$, InvalidResultAttributeException);
    var InvalidRole$ = [ -3, n0, _IR, {
      [_aQE]: [ `InvalidRole`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidRole$, InvalidRole);
    var InvalidSchedule$ = [ -3, n0, _IS, {
      [_aQE]: [ `InvalidSchedule`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidSchedule$, InvalidSchedule);
    var InvalidTag$ = [ -3, n0, _IT, {
      [_aQE]: [ `InvalidTag`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTag$, InvalidTag);
    var InvalidTarget$ = [ -3, n0, _ITn, {
      [_aQE]: [ `InvalidTarget`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTarget$, InvalidTarget);
    var InvalidTargetMaps$ = [ -3, n0, _ITM, {
      [_aQE]: [ `InvalidTargetMaps`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTargetMaps$, InvalidTargetMaps);
    var InvalidTypeNameException$ = [ -3, n0, _ITNE, {
      [_aQE]: [ `InvalidTypeName`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidTypeNameException$, InvalidTypeNameException);
    var InvalidUpdate$ = [ -3, n0, _IU, {
      [_aQE]: [ `InvalidUpdate`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(InvalidUpdate$, InvalidUpdate);
    var InvocationDoesNotExist$ = [ -3, n0, _IDNE, {
      [_aQE]: [ `InvocationDoesNotExist`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(InvocationDoesNotExist$, InvocationDoesNotExist);
    var ItemContentMismatchException$ = [ -3, n0, _ICME, {
      [_aQE]: [ `ItemContentMismatch`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(ItemContentMismatchException$, ItemContentMismatchException);
    var ItemSizeLimitExceededException$ = [ -3, n0, _ISLEE, {
      [_aQE]: [ `ItemSizeLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(ItemSizeLimitExceededException$, ItemSizeLimitExceededException);
    var MalformedResourcePolicyDocumentException$ = [ -3, n0, _MRPDE, {
      [_aQE]: [ `MalformedResourcePolicyDocumentException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(MalformedResourcePolicyDocumentException$, MalformedResourcePolicyDocumentException);
    var MaxDocumentSizeExceeded$ = [ -3, n0, _MDSE, {
      [_aQE]: [ `MaxDocumentSizeExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(MaxDocumentSizeExceeded$, MaxDocumentSizeExceeded);
    var NoLongerSupportedException$ = [ -3, n0, _NLSE, {
      [_aQE]: [ `NoLongerSupported`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(NoLongerSupportedException$, NoLongerSupportedException);
    var OpsItemAccessDeniedException$ = [ -3, n0, _OIADE, {
      [_aQE]: [ `OpsItemAccessDeniedException`, 403 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemAccessDeniedException$, OpsItemAccessDeniedException);
    var OpsItemAlreadyExistsException$ = [ -3, n0, _OIAEE, {
      [_aQE]: [ `OpsItemAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M, _OII ], [ 0, 0 ] ];
    n0_registry.registerError(OpsItemAlreadyExistsException$, OpsItemAlreadyExistsException);
    var OpsItemConflictException$ = [ -3, n0, _OICE, {
      [_aQE]: [ `OpsItemConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemConflictException$, OpsItemConflictException);
    var OpsItemInvalidParameterException$ = [ -3, n0, _OIIPE, {
      [_aQE]: [ `OpsItemInvalidParameterException`, 400 ],
      [_e]: _c
    }, [ _PN, _M ], [ 64 | 0, 0 ] ];
    n0_registry.registerError(OpsItemInvalidParameterException$, OpsItemInvalidParameterException);
    var OpsItemLimitExceededException$ = [ -3, n0, _OILEE, {
      [_aQE]: [ `OpsItemLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _RT, _L, _LT, _M ], [ 64 | 0, 1, 0, 0 ] ];
    n0_registry.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
    var OpsItemNotFoundException$ = [ -3, n0, _OINFE, {
      [_aQE]: [ `OpsItemNotFoundException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
    var OpsItemRelatedItemAlreadyExistsException$ = [ -3, n0, _OIRIAEE, {
      [_aQE]: [ `OpsItemRelatedItemAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _M, _RU, _OII ], [ 0, 0, 0 ] ];
    n0_registry.registerError(OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAlreadyExistsException);
    var OpsItemRelatedItemAssociationNotFoundException$ = [ -3, n0, _OIRIANFE, {
      [_aQE]: [ `OpsItemRelatedItemAssociationNotFoundException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemAssociationNotFoundException);
    var OpsMetadataAlreadyExistsException$ = [ -3, n0, _OMAEE, {
      [_aQE]: [ `OpsMetadataAlreadyExistsException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataAlreadyExistsException$, OpsMetadataAlreadyExistsException);
    var OpsMetadataInvalidArgumentException$ = [ -3, n0, _OMIAE, {
      [_aQE]: [ `OpsMetadataInvalidArgumentException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataInvalidArgumentException$, OpsMetadataInvalidArgumentException);
    var OpsMetadataKeyLimitExceededException$ = [ -3, n0, _OMKLEE, {
      [_aQE]: [ `OpsMetadataKeyLimitExceededException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataKeyLimitExceededException$, OpsMetadataKeyLimitExceededException);
    var OpsMetadataLimitExceededException$ = [ -3, n0, _OMLEE, {
      [_aQE]: [ `OpsMetadataLimitExceededException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataLimitExceededException$, OpsMetadataLimitExceededException);
    var OpsMetadataNotFoundException$ = [ -3, n0, _OMNFE, {
      [_aQE]: [ `OpsMetadataNotFoundException`, 404 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataNotFoundException$, OpsMetadataNotFoundException);
    var OpsMetadataTooManyUpdatesException$ = [ -3, n0, _OMTMUE, {
      [_aQE]: [ `OpsMetadataTooManyUpdatesException`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OpsMetadataTooManyUpdatesException$, OpsMetadataTooManyUpdatesException);
    var ParameterAlreadyExists$ = [ -3, n0, _PAE, {
      [_aQE]: [ `ParameterAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterAlreadyExists$, ParameterAlreadyExists);
    var ParameterLimitExceeded$ = [ -3, n0, _PLE, {
      [_aQE]: [ `ParameterLimitExceeded`, 429 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterLimitExceeded$, ParameterLimitExceeded);
    var ParameterMaxVersionLimitExceeded$ = [ -3, n0, _PMVLE, {
      [_aQE]: [ `ParameterMaxVersionLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterMaxVersionLimitExceeded$, ParameterMaxVersionLimitExceeded);
    var ParameterNotFound$ = [ -3, n0, _PNF, {
      [_aQE]: [ `ParameterNotFound`, 404 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterNotFound$, ParameterNotFound);
    var ParameterPatternMismatchException$ = [ -3, n0, _PPME, {
      [_aQE]: [ `ParameterPatternMismatchException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterPatternMismatchException$, ParameterPatternMismatchException);
    var ParameterVersionLabelLimitExceeded$ = [ -3, n0, _PVLLE, {
      [_aQE]: [ `ParameterVersionLabelLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterVersionLabelLimitExceeded$, ParameterVersionLabelLimitExceeded);
    var ParameterVersionNotFound$ = [ -3, n0, _PVNF, {
      [_aQE]: [ `ParameterVersionNotFound`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ParameterVersionNotFound$, ParameterVersionNotFound);
    var PoliciesLimitExceededException$ = [ -3, n0, _PLEE, {
      [_aQE]: [ `PoliciesLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PoliciesLimitExceededException$, PoliciesLimitExceededException);
    var ResourceDataSyncAlreadyExistsException$ = [ -3, n0, _RDSAEE, {
      [_aQE]: [ `ResourceDataSyncAlreadyExists`, 400 ],
      [_e]: _c
    }, [ _SN ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAlreadyExistsException);
    var ResourceDataSyncConflictException$ = [ -3, n0, _RDSCE, {
      [_aQE]: [ `ResourceDataSyncConflictException`, 409 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncConflictException$, ResourceDataSyncConflictException);
    var ResourceDataSyncCountExceededException$ = [ -3, n0, _RDSCEE, {
      [_aQE]: [ `ResourceDataSyncCountExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncCountExceededException$, ResourceDataSyncCountExceededException);
    var ResourceDataSyncInvalidConfigurationException$ = [ -3, n0, _RDSICE, {
      [_aQE]: [ `ResourceDataSyncInvalidConfiguration`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncInvalidConfigurationException);
    var ResourceDataSyncNotFoundException$ = [ -3, n0, _RDSNFE, {
      [_aQE]: [ `ResourceDataSyncNotFound`, 404 ],
      [_e]: _c
    }, [ _SN, _ST, _M ], [ 0, 0, 0 ] ];
    n0_registry.registerError(ResourceDataSyncNotFoundException$, ResourceDataSyncNotFoundException);
    var ResourceInUseException$ = [ -3, n0, _RIUE, {
      [_aQE]: [ `ResourceInUseException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceLimitExceededException$ = [ -3, n0, _RLEE, {
      [_aQE]: [ `ResourceLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
    var ResourceNotFoundException$ = [ -3, n0, _RNFE, {
      [_aQE]: [ `ResourceNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourcePolicyConflictException$ = [ -3, n0, _RPCE, {
      [_aQE]: [ `ResourcePolicyConflictException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourcePolicyConflictException$, ResourcePolicyConflictException);
    var ResourcePolicyInvalidParameterException$ = [ -3, n0, _RPIPE, {
      [_aQE]: [ `ResourcePolicyInvalidParameterException`, 400 ],
      [_e]: _c
    }, [ _PN, _M ], [ 64 | 0, 0 ] ];
    n0_registry.registerError(ResourcePolicyInvalidParameterException$, ResourcePolicyInvalidParameterException);
    var ResourcePolicyLimitExceededException$ = [ -3, n0, _RPLEE, {
      [_aQE]: [ `ResourcePolicyLimitExceededException`, 400 ],
      [_e]: _c
    }, [ _L, _LT, _M ], [ 1, 0, 0 ] ];
    n0_registry.registerError(ResourcePolicyLimitExceededException$, ResourcePolicyLimitExceededException);
    var ResourcePolicyNotFoundException$ = [ -3, n0, _RPNFE, {
      [_aQE]: [ `ResourcePolicyNotFoundException`, 404 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ServiceQuotaExceededException$ = [ -3, n0, _SQEE, {
      [_e]: _c
    }, [ _M, _QC, _SC, _RI, _RTe ], [ 0, 0, 0, 0, 0 ], 3 ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceSettingNotFound$ = [ -3, n0, _SSNF, {
      [_aQE]: [ `ServiceSettingNotFound`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(ServiceSettingNotFound$, ServiceSettingNotFound);
    var StatusUnchanged$ = [ -3, n0, _SU, {
      [_aQE]: [ `StatusUnchanged`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(StatusUnchanged$, StatusUnchanged);
    var SubTypeCountLimitExceededException$ = [ -3, n0, _STCLEE, {
      [_aQE]: [ `SubTypeCountLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(SubTypeCountLimitExceededException$, SubTypeCountLimitExceededException);
    var TargetInUseException$ = [ -3, n0, _TIUE, {
      [_aQE]: [ `TargetInUseException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TargetInUseException$, TargetInUseException);
    var TargetNotConnected$ = [ -3, n0, _TNC, {
      [_aQE]: [ `TargetNotConnected`, 430 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TargetNotConnected$, TargetNotConnected);
    var ThrottlingException$ = [ -3, n0, _TE, {
      [_e]: _c
    }, [ _M, _QC, _SC ], [ 0, 0, 0 ], 1 ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsError$ = [ -3, n0, _TMTE, {
      [_aQE]: [ `TooManyTagsError`, 400 ],
      [_e]: _c
    }, [], [] ];
    n0_registry.registerError(TooManyTagsError$, TooManyTagsError);
    var TooManyUpdates$ = [ -3, n0, _TMU, {
      [_aQE]: [ `TooManyUpdates`, 429 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TooManyUpdates$, TooManyUpdates);
    var TotalSizeLimitExceededException$ = [ -3, n0, _TSLEE, {
      [_aQE]: [ `TotalSizeLimitExceeded`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(TotalSizeLimitExceededException$, TotalSizeLimitExceededException);
    var UnsupportedCalendarException$ = [ -3, n0, _UCE, {
      [_aQE]: [ `UnsupportedCalendarException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedCalendarException$, UnsupportedCalendarException);
    var UnsupportedFeatureRequiredException$ = [ -3, n0, _UFRE, {
      [_aQE]: [ `UnsupportedFeatureRequiredException`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedFeatureRequiredException$, UnsupportedFeatureRequiredException);
    var UnsupportedInventoryItemContextException$ = [ -3, n0, _UIICE, {
      [_aQE]: [ `UnsupportedInventoryItemContext`, 400 ],
      [_e]: _c
    }, [ _TN, _M ], [ 0, 0 ] ];
    n0_registry.registerError(UnsupportedInventoryItemContextException$, UnsupportedInventoryItemContextException);
    var UnsupportedInventorySchemaVersionException$ = [ -3, n0, _UISVE, {
      [_aQE]: [ `UnsupportedInventorySchemaVersion`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedInventorySchemaVersionException$, UnsupportedInventorySchemaVersionException);
    var UnsupportedOperatingSystem$ = [ -3, n0, _UOS, {
      [_aQE]: [ `UnsupportedOperatingSystem`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedOperatingSystem$, UnsupportedOperatingSystem);
    var UnsupportedOperationException$ = [ -3, n0, _UOE, {
      [_aQE]: [ `UnsupportedOperation`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
    var UnsupportedParameterType$ = [ -3, n0, _UPT, {
      [_aQE]: [ `UnsupportedParameterType`, 400 ],
      [_e]: _c
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UnsupportedParameterType$, UnsupportedParameterType);
    var UnsupportedPlatformType$ = [ -3, n0, _UPTn, {
      [_aQE]: [ `UnsupportedPlatformType`, 400 ],
      [_e]: _c
    }, [ _M ], [ 0 ] ];
    n0_registry.registerError(UnsupportedPlatformType$, UnsupportedPlatformType);
    var ValidationException$ = [ -3, n0, _VE, {
      [_aQE]: [ `ValidationException`, 400 ],
      [_e]: _c
    }, [ _M, _RC ], [ 0, 0 ] ];
    n0_registry.registerError(ValidationException$, ValidationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var PSParameterValue = [ 0, n0, _PSPV, 8, 0 ];
    var AddTagsToResourceRequest$ = [ 3, n0, _ATTRR, 0, [ _RTe, _RI, _T ], [ 0, 0, () => TagList ], 3 ];
    var AddTagsToResourceResult$ = [ 3, n0, _ATTRRd, 0, [], [] ];
    var DeleteParameterRequest$ = [ 3, n0, _DPR, 0, [ _N ], [ 0 ], 1 ];
    var DeleteParameterResult$ = [ 3, n0, _DPRe, 0, [], [] ];
    var GetParametersRequest$ = [ 3, n0, _GPRet, 0, [ _Na, _WD ], [ 64 | 0, 2 ], 1 ];
    var GetParametersResult$ = [ 3, n0, _GPReta, 0, [ _P, _IP ], [ [ () => ParameterList, 0 ], 64 | 0 ] ];
    var ListTagsForResourceRequest$ = [ 3, n0, _LTFRR, 0, [ _RTe, _RI ], [ 0, 0 ], 2 ];
    var ListTagsForResourceResult$ = [ 3, n0, _LTFRRi, 0, [ _TLa ], [ () => TagList ] ];
    var Parameter$ = [ 3, n0, _Par, 0, [ _N, _Ty, _V, _Ve, _Sel, _SRo, _LMD, _ARN, _DTa ], [ 0, 0, [ () => PSParameterValue, 0 ], 1, 0, 0, 4, 0, 0 ] ];
    var PutParameterRequest$ = [ 3, n0, _PPR, 0, [ _N, _V, _D, _Ty, _KI, _Ov, _APl, _T, _Tie, _Po, _DTa ], [ 0, [ () => PSParameterValue, 0 ], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0 ], 2 ];
    var PutParameterResult$ = [ 3, n0, _PPRu, 0, [ _Ve, _Tie ], [ 1, 0 ] ];
    var RemoveTagsFromResourceRequest$ = [ 3, n0, _RTFRR, 0, [ _RTe, _RI, _TK ], [ 0, 0, 64 | 0 ], 3 ];
    var RemoveTagsFromResourceResult$ = [ 3, n0, _RTFRRe, 0, [], [] ];
    var Tag$ = [ 3, n0, _Tag, 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var ParameterList = [ 1, n0, _PL, 0, [ () => Parameter$, 0 ] ];
    var TagList = [ 1, n0, _TLa, 0, () => Tag$ ];
    var AddTagsToResource$ = [ 9, n0, _ATTR, 0, () => AddTagsToResourceRequest$, () => AddTagsToResourceResult$ ];
    var DeleteParameter$ = [ 9, n0, _DPe, 0, () => DeleteParameterRequest$, () => DeleteParameterResult$ ];
    var GetParameters$ = [ 9, n0, _GPe, 0, () => GetParametersRequest$, () => GetParametersResult$ ];
    var ListTagsForResource$ = [ 9, n0, _LTFR, 0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResult$ ];
    var PutParameter$ = [ 9, n0, _PP, 0, () => PutParameterRequest$, () => PutParameterResult$ ];
    var RemoveTagsFromResource$ = [ 9, n0, _RTFR, 0, () => RemoveTagsFromResourceRequest$, () => RemoveTagsFromResourceResult$ ];
  },
  /***/ 5152: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {HttpRequest: HttpRequest, parseUrl: parseUrl} = __webpack_require__(3422);
    const {NoOpLogger: NoOpLogger} = __webpack_require__(2658);
    const {InvokeStore: InvokeStore} = __webpack_require__(9320);
    const {normalizeProvider: normalizeProvider} = __webpack_require__(402);
    const {RETRY_MODES: RETRY_MODES} = __webpack_require__(3609);
    const {platform: platform, release: release} = __webpack_require__(8161);
    const {versions: versions, env: env} = __webpack_require__(1708);
    const {isValidHostLabel: isValidHostLabel, isIpAddress: isIpAddress, customEndpointFunctions: customEndpointFunctions} = __webpack_require__(2085);
    const {EndpointError: EndpointError, resolveEndpoint: resolveEndpoint} = __webpack_require__(2085);
    exports.EndpointError = EndpointError;
    exports.isIpAddress = isIpAddress;
    exports.resolveEndpoint = resolveEndpoint;
    const {loadConfig: loadConfig, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS} = __webpack_require__(7291);
    const {REGION_ENV_NAME: REGION_ENV_NAME, REGION_INI_NAME: REGION_INI_NAME, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
    exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
    exports.REGION_ENV_NAME = REGION_ENV_NAME;
    exports.REGION_INI_NAME = REGION_INI_NAME;
    exports.resolveRegionConfig = resolveRegionConfig;
    const state = {
      warningEmitted: false
    };
    const emitWarningIfUnsupportedVersion = version => {
      if (version && !state.warningEmitted) {
        if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
          state.warningEmitted = true;
          return;
        }
        const userMajorVersion = parseInt(version.substring(1, version.indexOf(".")));
        const vv = 22;
        if (userMajorVersion < vv) {
          state.warningEmitted = true;
          process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${vv}. You are running node ${version}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${vv}.\n\nMore information can be found at: https://a.co/c895JFp`);
        }
      }
    };
    const longPollMiddleware = () => (next, context) => async args => {
      context.__retryLongPoll = true;
      return next(args);
    };
    const longPollMiddlewareOptions = {
      name: "longPollMiddleware",
      tags: [ "RETRY" ],
      step: "initialize",
      override: true
    };
    const getLongPollPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(longPollMiddleware(), longPollMiddlewareOptions);
      }
    });
    function setCredentialFeature(credentials, feature, value) {
      if (!credentials.$source) credentials.$source = {};
      credentials.$source[feature] = value;
      return credentials;
    }
    function setFeature(context, feature, value) {
      if (!context.__aws_sdk_context) context.__aws_sdk_context = {
        features: {}
      }; else if (!context.__aws_sdk_context.features) context.__aws_sdk_context.features = {};
      context.__aws_sdk_context.features[feature] = value;
    }
    function setTokenFeature(token, feature, value) {
      if (!token.$source) token.$source = {};
      token.$source[feature] = value;
      return token;
    }
    const isDefaultSocketTimeoutEnabled = () => typeof process === "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true";
    const getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
      if (!isDefaultSocketTimeoutEnabled()) return;
      if (typeof requestHandler?.handle === "function") return;
      return timeoutMs;
    };
    function resolveHostHeaderConfig(input) {
      return input;
    }
    const hostHeaderMiddleware = options => next => async args => {
      if (!HttpRequest.isInstance(args.request)) return next(args);
      const {request: request} = args;
      const {handlerProtocol: handlerProtocol = ""} = options.requestHandler.metadata || {};
      if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) {
        delete request.headers["host"];
        request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
      } else if (!request.headers["host"]) {
        let host = request.hostname;
        if (request.port != null) host += `:${request.port}`;
        request.headers["host"] = host;
      }
      return next(args);
    };
    const hostHeaderMiddlewareOptions = {
      name: "hostHeaderMiddleware",
      step: "build",
      priority: "low",
      tags: [ "HOST" ],
      override: true
    };
    const getHostHeaderPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
      }
    });
    const loggerMiddleware = () => (next, context) => async args => {
      try {
        const response = await next(args);
        const {logger: logger} = context;
        const isNoOpLogger = logger instanceof NoOpLogger;
        if (logger && !isNoOpLogger) {
          const {clientName: clientName, commandName: commandName, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
          const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog: overrideOutputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
          const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
          const outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog;
          const {$metadata: $metadata, ...outputWithoutMetadata} = response.output;
          logger.info?.({
            clientName: clientName,
            commandName: commandName,
            input: inputFilterSensitiveLog(args.input),
            output: outputFilterSensitiveLog(outputWithoutMetadata),
            metadata: $metadata
          });
        }
        return response;
      } catch (error) {
        const {clientName: clientName, commandName: commandName, logger: logger, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context;
        const {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog} = dynamoDbDocumentClientOptions;
        const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
        logger?.error?.({
          clientName: clientName,
          commandName: commandName,
          input: inputFilterSensitiveLog(args.input),
          error: error,
          metadata: error.$metadata
        });
        throw error;
      }
    };
    const loggerMiddlewareOptions = {
      name: "loggerMiddleware",
      tags: [ "LOGGER" ],
      step: "initialize",
      override: true
    };
    const getLoggerPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
      }
    });
    const recursionDetectionMiddlewareOptions = {
      step: "build",
      tags: [ "RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION" ],
      name: "recursionDetectionMiddleware",
      override: true,
      priority: "low"
    };
    const AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    const _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID";
    const X_AMZN_TRACE_ID = "X-Amzn-Trace-Id";
    const TRACEPARENT = "traceparent";
    const TRACESTATE = "tracestate";
    const BAGGAGE = "baggage";
    const recursionDetectionMiddleware = () => next => async args => {
      const {request: request} = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      let invokeStore;
      {
        const traceIdHeader = Object.keys(request.headers ?? {}).find(h => h.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ?? X_AMZN_TRACE_ID;
        if (!request.headers.hasOwnProperty(traceIdHeader)) {
          const functionName = process.env[AWS_LAMBDA_FUNCTION_NAME];
          const traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
          invokeStore ??= await InvokeStore.getInstanceAsync();
          const traceIdFromInvokeStore = invokeStore?.getXRayTraceId();
          const traceId = traceIdFromInvokeStore ?? traceIdFromEnv;
          const nonEmptyString = str => typeof str === "string" && str.length > 0;
          if (nonEmptyString(functionName) && nonEmptyString(traceId)) request.headers[X_AMZN_TRACE_ID] = traceId;
        }
      }
      {
        sanitizeTraceHeaders(request.headers);
        const existingTraceparent = request.headers[TRACEPARENT];
        if (!existingTraceparent) {
          const traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
          if (traceparent) {
            request.headers[TRACEPARENT] = traceparent;
            const tracestate = invokeStore?.getTracestate?.();
            if (tracestate) request.headers[TRACESTATE] = tracestate;
            const baggage = invokeStore?.getBaggage?.();
            if (baggage) request.headers[BAGGAGE] = baggage;
          }
        }
      }
      return next(args);
    };
    function sanitizeTraceHeaders(headers) {
      for (const header of Object.keys(headers)) {
        const lower = header.toLowerCase();
        if (header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE)) {
          headers[lower] = headers[header];
          delete headers[header];
        }
      }
    }
    const getRecursionDetectionPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
      }
    });
    const DEFAULT_UA_APP_ID = void 0;
    function isValidUserAgentAppId(appId) {
      if (appId === void 0) return true;
      return typeof appId === "string" && appId.length <= 50;
    }
    function resolveUserAgentConfig(input) {
      const normalizedAppIdProvider = normalizeProvider(input.userAgentAppId ?? DEFAULT_UA_APP_ID);
      const {customUserAgent: customUserAgent} = input;
      return Object.assign(input, {
        customUserAgent: typeof customUserAgent === "string" ? [ [ customUserAgent ] ] : customUserAgent,
        userAgentAppId: async () => {
          const appId = await normalizedAppIdProvider();
          if (!isValidUserAgentAppId(appId)) {
            const logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
            if (typeof appId !== "string") logger?.warn("userAgentAppId must be a string or undefined."); else if (appId.length > 50) logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
          }
          return appId;
        }
      });
    }
    const partitionsInfo = {
      partitions: [ {
        id: "aws",
        outputs: {
          dnsSuffix: "amazonaws.com",
          dualStackDnsSuffix: "api.aws",
          implicitGlobalRegion: "us-east-1",
          name: "aws",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
        regions: {
          "af-south-1": {
            description: "Africa (Cape Town)"
          },
          "ap-east-1": {
            description: "Asia Pacific (Hong Kong)"
          },
          "ap-east-2": {
            description: "Asia Pacific (Taipei)"
          },
          "ap-northeast-1": {
            description: "Asia Pacific (Tokyo)"
          },
          "ap-northeast-2": {
            description: "Asia Pacific (Seoul)"
          },
          "ap-northeast-3": {
            description: "Asia Pacific (Osaka)"
          },
          "ap-south-1": {
            description: "Asia Pacific (Mumbai)"
          },
          "ap-south-2": {
            description: "Asia Pacific (Hyderabad)"
          },
          "ap-southeast-1": {
            description: "Asia Pacific (Singapore)"
          },
          "ap-southeast-2": {
            description: "Asia Pacific (Sydney)"
          },
          "ap-southeast-3": {
            description: "Asia Pacific (Jakarta)"
          },
          "ap-southeast-4": {
            description: "Asia Pacific (Melbourne)"
          },
          "ap-southeast-5": {
            description: "Asia Pacific (Malaysia)"
          },
          "ap-southeast-6": {
            description: "Asia Pacific (New Zealand)"
          },
          "ap-southeast-7": {
            description: "Asia Pacific (Thailand)"
          },
          "aws-global": {
            description: "aws global region"
          },
          "ca-central-1": {
            description: "Canada (Central)"
          },
          "ca-west-1": {
            description: "Canada West (Calgary)"
          },
          "eu-central-1": {
            description: "Europe (Frankfurt)"
          },
          "eu-central-2": {
            description: "Europe (Zurich)"
          },
          "eu-north-1": {
            description: "Europe (Stockholm)"
          },
          "eu-south-1": {
            description: "Europe (Milan)"
          },
          "eu-south-2": {
            description: "Europe (Spain)"
          },
          "eu-west-1": {
            description: "Europe (Ireland)"
          },
          "eu-west-2": {
            description: "Europe (London)"
          },
          "eu-west-3": {
            description: "Europe (Paris)"
          },
          "il-central-1": {
            description: "Israel (Tel Aviv)"
          },
          "me-central-1": {
            description: "Middle East (UAE)"
          },
          "me-south-1": {
            description: "Middle East (Bahrain)"
          },
          "me-west-1": {
            description: "Middle East (Saudi Arabia)"
          },
          "mx-central-1": {
            description: "Mexico (Central)"
          },
          "sa-east-1": {
            description: "South America (Sao Paulo)"
          },
          "sa-west-1": {
            description: "South America (Chile)"
          },
          "us-east-1": {
            description: "US East (N. Virginia)"
          },
          "us-east-2": {
            description: "US East (Ohio)"
          },
          "us-west-1": {
            description: "US West (N. California)"
          },
          "us-west-2": {
            description: "US West (Oregon)"
          }
        }
      }, {
        id: "aws-cn",
        outputs: {
          dnsSuffix: "amazonaws.com.cn",
          dualStackDnsSuffix: "api.amazonwebservices.com.cn",
          implicitGlobalRegion: "cn-northwest-1",
          name: "aws-cn",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^cn\\-\\w+\\-\\d+$",
        regions: {
          "aws-cn-global": {
            description: "aws-cn global region"
          },
          "cn-north-1": {
            description: "China (Beijing)"
          },
          "cn-northwest-1": {
            description: "China (Ningxia)"
          }
        }
      }, {
        id: "aws-eusc",
        outputs: {
          dnsSuffix: "amazonaws.eu",
          dualStackDnsSuffix: "api.amazonwebservices.eu",
          implicitGlobalRegion: "eusc-de-east-1",
          name: "aws-eusc",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
        regions: {
          "eusc-de-east-1": {
            description: "AWS European Sovereign Cloud (Germany)"
          }
        }
      }, {
        id: "aws-iso",
        outputs: {
          dnsSuffix: "c2s.ic.gov",
          dualStackDnsSuffix: "api.aws.ic.gov",
          implicitGlobalRegion: "us-iso-east-1",
          name: "aws-iso",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-global": {
            description: "aws-iso global region"
          },
          "us-iso-east-1": {
            description: "US ISO East"
          },
          "us-iso-west-1": {
            description: "US ISO WEST"
          }
        }
      }, {
        id: "aws-iso-b",
        outputs: {
          dnsSuffix: "sc2s.sgov.gov",
          dualStackDnsSuffix: "api.aws.scloud",
          implicitGlobalRegion: "us-isob-east-1",
          name: "aws-iso-b",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-b-global": {
            description: "aws-iso-b global region"
          },
          "us-isob-east-1": {
            description: "US ISOB East (Ohio)"
          },
          "us-isob-west-1": {
            description: "US ISOB West"
          }
        }
      }, {
        id: "aws-iso-e",
        outputs: {
          dnsSuffix: "cloud.adc-e.uk",
          dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
          implicitGlobalRegion: "eu-isoe-west-1",
          name: "aws-iso-e",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-e-global": {
            description: "aws-iso-e global region"
          },
          "eu-isoe-west-1": {
            description: "EU ISOE West"
          }
        }
      }, {
        id: "aws-iso-f",
        outputs: {
          dnsSuffix: "csp.hci.ic.gov",
          dualStackDnsSuffix: "api.aws.hci.ic.gov",
          implicitGlobalRegion: "us-isof-south-1",
          name: "aws-iso-f",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
        regions: {
          "aws-iso-f-global": {
            description: "aws-iso-f global region"
          },
          "us-isof-east-1": {
            description: "US ISOF EAST"
          },
          "us-isof-south-1": {
            description: "US ISOF SOUTH"
          }
        }
      }, {
        id: "aws-us-gov",
        outputs: {
          dnsSuffix: "amazonaws.com",
          dualStackDnsSuffix: "api.aws",
          implicitGlobalRegion: "us-gov-west-1",
          name: "aws-us-gov",
          supportsDualStack: true,
          supportsFIPS: true
        },
        regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
        regions: {
          "aws-us-gov-global": {
            description: "aws-us-gov global region"
          },
          "us-gov-east-1": {
            description: "AWS GovCloud (US-East)"
          },
          "us-gov-west-1": {
            description: "AWS GovCloud (US-West)"
          }
        }
      } ],
      version: "1.1"
    };
    let selectedPartitionsInfo = partitionsInfo;
    let selectedUserAgentPrefix = "";
    const partition = value => {
      const {partitions: partitions} = selectedPartitionsInfo;
      for (const partition of partitions) {
        const {regions: regions, outputs: outputs} = partition;
        for (const [region, regionData] of Object.entries(regions)) if (region === value) return {
          ...outputs,
          ...regionData
        };
      }
      for (const partition of partitions) {
        const {regionRegex: regionRegex, outputs: outputs} = partition;
        if (new RegExp(regionRegex).test(value)) return {
          ...outputs
        };
      }
      const DEFAULT_PARTITION = partitions.find(partition => partition.id === "aws");
      if (!DEFAULT_PARTITION) throw new Error("Provided region was not found in the partition array or regex," + " and default partition with id 'aws' doesn't exist.");
      return {
        ...DEFAULT_PARTITION.outputs
      };
    };
    const setPartitionInfo = (partitionsInfo, userAgentPrefix = "") => {
      selectedPartitionsInfo = partitionsInfo;
      selectedUserAgentPrefix = userAgentPrefix;
    };
    const useDefaultPartitionInfo = () => {
      setPartitionInfo(partitionsInfo, "");
    };
    const getUserAgentPrefix = () => selectedUserAgentPrefix;
    const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
    async function checkFeatures(context, config, args) {
      const request = args.request;
      if (request?.headers?.["smithy-protocol"] === "rpc-v2-cbor") setFeature(context, "PROTOCOL_RPC_V2_CBOR", "M");
      if (typeof config.retryStrategy === "function") {
        const retryStrategy = await config.retryStrategy();
        if (typeof retryStrategy.mode === "string") switch (retryStrategy.mode) {
         case RETRY_MODES.ADAPTIVE:
          setFeature(context, "RETRY_MODE_ADAPTIVE", "F");
          break;

         case RETRY_MODES.STANDARD:
          setFeature(context, "RETRY_MODE_STANDARD", "E");
          break;
        }
      }
      if (typeof config.accountIdEndpointMode === "function") {
        const endpointV2 = context.endpointV2;
        if (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) setFeature(context, "ACCOUNT_ID_ENDPOINT", "O");
        switch (await (config.accountIdEndpointMode?.())) {
         case "disabled":
          setFeature(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
          break;

         case "preferred":
          setFeature(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
          break;

         case "required":
          setFeature(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
          break;
        }
      }
      const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
      if (identity?.$source) {
        const credentials = identity;
        if (credentials.accountId) setFeature(context, "RESOLVED_ACCOUNT_ID", "T");
        for (const [key, value] of Object.entries(credentials.$source ?? {})) setFeature(context, key, value);
      }
    }
    const USER_AGENT = "user-agent";
    const X_AMZ_USER_AGENT = "x-amz-user-agent";
    const SPACE = " ";
    const UA_NAME_SEPARATOR = "/";
    const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
    const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
    const UA_ESCAPE_CHAR = "-";
    const BYTE_LIMIT = 1024;
    function encodeFeatures(features) {
      let buffer = "";
      for (const key in features) {
        const val = features[key];
        if (buffer.length + val.length + 1 <= BYTE_LIMIT) {
          if (buffer.length) buffer += "," + val; else buffer += val;
          continue;
        }
        break;
      }
      return buffer;
    }
    const userAgentMiddleware = options => (next, context) => async args => {
      const {request: request} = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      const {headers: headers} = request;
      const userAgent = context?.userAgent?.map(escapeUserAgent) || [];
      const defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
      await checkFeatures(context, options, args);
      const awsContext = context;
      defaultUserAgent.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
      const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [];
      const appId = await options.userAgentAppId();
      if (appId) defaultUserAgent.push(escapeUserAgent([ `app`, `${appId}` ]));
      const prefix = getUserAgentPrefix();
      const sdkUserAgentValue = (prefix ? [ prefix ] : []).concat([ ...defaultUserAgent, ...userAgent, ...customUserAgent ]).join(SPACE);
      const normalUAValue = [ ...defaultUserAgent.filter(section => section.startsWith("aws-sdk-")), ...customUserAgent ].join(SPACE);
      if (options.runtime !== "browser") {
        if (normalUAValue) headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue;
        headers[USER_AGENT] = sdkUserAgentValue;
      } else headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
      return next({
        ...args,
        request: request
      });
    };
    const escapeUserAgent = userAgentPair => {
      const name = userAgentPair[0].split(UA_NAME_SEPARATOR).map(part => part.replace(UA_NAME_ESCAPE_REGEX, UA_ESCAPE_CHAR)).join(UA_NAME_SEPARATOR);
      const version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, UA_ESCAPE_CHAR);
      const prefixSeparatorIndex = name.indexOf(UA_NAME_SEPARATOR);
      const prefix = name.substring(0, prefixSeparatorIndex);
      let uaName = name.substring(prefixSeparatorIndex + 1);
      if (prefix === "api") uaName = uaName.toLowerCase();
      return [ prefix, uaName, version ].filter(item => item && item.length > 0).reduce((acc, item, index) => {
        switch (index) {
         case 0:
          return item;

         case 1:
          return `${acc}/${item}`;

         default:
          return `${acc}#${item}`;
        }
      }, "");
    };
    const getUserAgentMiddlewareOptions = {
      name: "getUserAgentMiddleware",
      step: "build",
      priority: "low",
      tags: [ "SET_USER_AGENT", "USER_AGENT" ],
      override: true
    };
    const getUserAgentPlugin = config => ({
      applyToStack: clientStack => {
        clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
      }
    });
    const getRuntimeUserAgentPair = () => {
      const runtimesToCheck = [ "deno", "bun", "llrt" ];
      for (const runtime of runtimesToCheck) if (versions[runtime]) return [ `md/${runtime}`, versions[runtime] ];
      return [ "md/nodejs", versions.node ];
    };
    const crtAvailability = {
      isCrtAvailable: false
    };
    const isCrtAvailable = () => {
      if (crtAvailability.isCrtAvailable) return [ "md/crt-avail" ];
      return null;
    };
    const createDefaultUserAgentProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => {
      const runtimeUserAgentPair = getRuntimeUserAgentPair();
      return async config => {
        const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${platform()}`, release() ], [ "lang/js" ], runtimeUserAgentPair ];
        const crtAvailable = isCrtAvailable();
        if (crtAvailable) sections.push(crtAvailable);
        if (serviceId) sections.push([ `api/${serviceId}`, clientVersion ]);
        if (env.AWS_EXECUTION_ENV) sections.push([ `exec-env/${env.AWS_EXECUTION_ENV}` ]);
        const appId = await (config?.userAgentAppId?.());
        const resolvedUserAgent = appId ? [ ...sections, [ `app/${appId}` ] ] : [ ...sections ];
        return resolvedUserAgent;
      };
    };
    const defaultUserAgent = createDefaultUserAgentProvider;
    const UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID";
    const UA_APP_ID_INI_NAME = "sdk_ua_app_id";
    const UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id";
    const NODE_APP_ID_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[UA_APP_ID_ENV_NAME],
      configFileSelector: profile => profile[UA_APP_ID_INI_NAME] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
      default: DEFAULT_UA_APP_ID
    };
    const createUserAgentStringParsingProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => async config => {
      const module = __webpack_require__(9449);
      const parse = module.parse ?? module.default.parse ?? (() => "");
      const parsedUA = typeof window !== "undefined" && window?.navigator?.userAgent ? parse(window.navigator.userAgent) : void 0;
      const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${parsedUA?.os?.name || "other"}`, parsedUA?.os?.version ], [ "lang/js" ], [ "md/browser", `${parsedUA?.browser?.name ?? "unknown"}_${parsedUA?.browser?.version ?? "unknown"}` ] ];
      if (serviceId) sections.push([ `api/${serviceId}`, clientVersion ]);
      const appId = await (config?.userAgentAppId?.());
      if (appId) sections.push([ `app/${appId}` ]);
      return sections;
    };
    const fallback = {
      os(ua) {
        if (/iPhone|iPad|iPod/.test(ua)) return "iOS";
        if (/Macintosh|Mac OS X/.test(ua)) return "macOS";
        if (/Windows NT/.test(ua)) return "Windows";
        if (/Android/.test(ua)) return "Android";
        if (/Linux/.test(ua)) return "Linux";
        return;
      },
      browser(ua) {
        if (/EdgiOS|EdgA|Edg\//.test(ua)) return "Microsoft Edge";
        if (/Firefox\//.test(ua)) return "Firefox";
        if (/Chrome\//.test(ua)) return "Chrome";
        if (/Safari\//.test(ua)) return "Safari";
        return;
      }
    };
    const isVirtualHostableS3Bucket = (value, allowSubDomains = false) => {
      if (allowSubDomains) {
        for (const label of value.split(".")) if (!isVirtualHostableS3Bucket(label)) return false;
        return true;
      }
      if (!isValidHostLabel(value)) return false;
      if (value.length < 3 || value.length > 63) return false;
      if (value !== value.toLowerCase()) return false;
      if (isIpAddress(value)) return false;
      return true;
    };
    const ARN_DELIMITER = ":";
    const RESOURCE_DELIMITER = "/";
    const parseArn = value => {
      const segments = value.split(ARN_DELIMITER);
      if (segments.length < 6) return null;
      const [arn, partition, service, region, accountId, ...resourcePath] = segments;
      if (arn !== "arn" || partition === "" || service === "" || resourcePath.join(ARN_DELIMITER) === "") return null;
      const resourceId = resourcePath.map(resource => resource.split(RESOURCE_DELIMITER)).flat();
      return {
        partition: partition,
        service: service,
        region: region,
        accountId: accountId,
        resourceId: resourceId
      };
    };
    const awsEndpointFunctions = {
      isVirtualHostableS3Bucket: isVirtualHostableS3Bucket,
      parseArn: parseArn,
      partition: partition
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    const resolveDefaultAwsRegionalEndpointsConfig = input => {
      if (typeof input.endpointProvider !== "function") throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.");
      const {endpoint: endpoint} = input;
      if (endpoint === void 0) input.endpoint = async () => toEndpointV1(input.endpointProvider({
        Region: typeof input.region === "function" ? await input.region() : input.region,
        UseDualStack: typeof input.useDualstackEndpoint === "function" ? await input.useDualstackEndpoint() : input.useDualstackEndpoint,
        UseFIPS: typeof input.useFipsEndpoint === "function" ? await input.useFipsEndpoint() : input.useFipsEndpoint,
        Endpoint: void 0
      }, {
        logger: input.logger
      }));
      return input;
    };
    const toEndpointV1 = endpoint => parseUrl(endpoint.url);
    function stsRegionDefaultResolver(loaderConfig = {}) {
      return loadConfig({
        ...NODE_REGION_CONFIG_OPTIONS,
        async default() {
          if (!warning.silence) console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.");
          return "us-east-1";
        }
      }, {
        ...NODE_REGION_CONFIG_FILE_OPTIONS,
        ...loaderConfig
      });
    }
    const warning = {
      silence: false
    };
    const getAwsRegionExtensionConfiguration = runtimeConfig => ({
      setRegion(region) {
        runtimeConfig.region = region;
      },
      region() {
        return runtimeConfig.region;
      }
    });
    const resolveAwsRegionExtensionConfiguration = awsRegionExtensionConfiguration => ({
      region: awsRegionExtensionConfiguration.region()
    });
    exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
    exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
    exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
    exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
    exports.awsEndpointFunctions = awsEndpointFunctions;
    exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
    exports.createUserAgentStringParsingProvider = createUserAgentStringParsingProvider;
    exports.crtAvailability = crtAvailability;
    exports.defaultUserAgent = defaultUserAgent;
    exports.emitWarningIfUnsupportedVersion = emitWarningIfUnsupportedVersion;
    exports.fallback = fallback;
    exports.getAwsRegionExtensionConfiguration = getAwsRegionExtensionConfiguration;
    exports.getDefaultSocketTimeout = getDefaultSocketTimeout;
    exports.getHostHeaderPlugin = getHostHeaderPlugin;
    exports.getLoggerPlugin = getLoggerPlugin;
    exports.getLongPollPlugin = getLongPollPlugin;
    exports.getRecursionDetectionPlugin = getRecursionDetectionPlugin;
    exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
    exports.getUserAgentPlugin = getUserAgentPlugin;
    exports.getUserAgentPrefix = getUserAgentPrefix;
    exports.hostHeaderMiddleware = hostHeaderMiddleware;
    exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
    exports.isVirtualHostableS3Bucket = isVirtualHostableS3Bucket;
    exports.loggerMiddleware = loggerMiddleware;
    exports.loggerMiddlewareOptions = loggerMiddlewareOptions;
    exports.parseArn = parseArn;
    exports.partition = partition;
    exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
    exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;
    exports.resolveAwsRegionExtensionConfiguration = resolveAwsRegionExtensionConfiguration;
    exports.resolveDefaultAwsRegionalEndpointsConfig = resolveDefaultAwsRegionalEndpointsConfig;
    exports.resolveHostHeaderConfig = resolveHostHeaderConfig;
    exports.resolveUserAgentConfig = resolveUserAgentConfig;
    exports.setCredentialFeature = setCredentialFeature;
    exports.setFeature = setFeature;
    exports.setPartitionInfo = setPartitionInfo;
    exports.setTokenFeature = setTokenFeature;
    exports.state = state;
    exports.stsRegionDefaultResolver = stsRegionDefaultResolver;
    exports.stsRegionWarning = warning;
    exports.toEndpointV1 = toEndpointV1;
    exports.useDefaultPartitionInfo = useDefaultPartitionInfo;
    exports.userAgentMiddleware = userAgentMiddleware;
    /***/  },
  /***/ 7523: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {ProviderError: ProviderError, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __webpack_require__(7291);
    const {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152);
    const {normalizeProvider: normalizeProvider, memoizeIdentityProvider: memoizeIdentityProvider, isIdentityExpired: isIdentityExpired, doesIdentityRequireRefresh: doesIdentityRequireRefresh} = __webpack_require__(402);
    const {SignatureV4: SignatureV4} = __webpack_require__(8736);
    const {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(5662);
    const getDateHeader = response => HttpResponse.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0;
    const getAgeHeader = response => HttpResponse.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0;
    const getSkewCorrectedDate = systemClockOffset => new Date(Date.now() + systemClockOffset);
    const getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
      if (ageHeader !== void 0) return currentSystemClockOffset;
      const serverTime = Date.parse(clockTime);
      if (Number.isNaN(serverTime)) return currentSystemClockOffset;
      const timeResponseReceived = Date.now();
      if (timeRequestSent !== void 0 && timeResponseReceived - timeRequestSent > 9e5) return currentSystemClockOffset;
      return serverTime - timeResponseReceived;
    };
    const throwSigningPropertyError = (name, property) => {
      if (!property) throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
      return property;
    };
    const hasEventStreamOutput = signingProperties => {
      const context = signingProperties.context;
      const eventStream = context?.[SMITHY_CONTEXT_KEY]?.eventStream;
      return eventStream?.output === true;
    };
    const validateSigningProperties = async signingProperties => {
      const context = throwSigningPropertyError("context", signingProperties.context);
      const config = throwSigningPropertyError("config", signingProperties.config);
      const authScheme = context.endpointV2?.properties?.authSchemes?.[0];
      const signerFunction = throwSigningPropertyError("signer", config.signer);
      const signer = await signerFunction(authScheme);
      const signingRegion = signingProperties?.signingRegion;
      const signingRegionSet = signingProperties?.signingRegionSet;
      const signingName = signingProperties?.signingName;
      return {
        config: config,
        signer: signer,
        signingRegion: signingRegion,
        signingRegionSet: signingRegionSet,
        signingName: signingName
      };
    };
    class AwsSdkSigV4Signer {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        const validatedProps = await validateSigningProperties(signingProperties);
        const {config: config, signer: signer} = validatedProps;
        let {signingRegion: signingRegion, signingName: signingName} = validatedProps;
        const handlerExecutionContext = signingProperties.context;
        if (handlerExecutionContext?.authSchemes?.length ?? 0 > 1) {
          const [first, second] = handlerExecutionContext.authSchemes;
          if (first?.name === "sigv4a" && second?.name === "sigv4") {
            signingRegion = second?.signingRegion ?? signingRegion;
            signingName = second?.signingName ?? signingName;
          }
        }
        const noSkewCorrection = await (config.disableClockSkewCorrection?.()) === true;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        const skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
        signingProperties._skipClockSkewSampling = skipSkewSampling;
        if (!skipSkewSampling) {
          signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
          signingProperties._requestSentAt = Date.now();
        }
        const signedRequest = await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion: signingRegion,
          signingService: signingName
        });
        return signedRequest;
      }
      errorHandler(signingProperties) {
        return error => {
          const errorException = error;
          if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
            const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
            if (serverTime) {
              const config = throwSigningPropertyError("config", signingProperties.config);
              const preRequestOffset = signingProperties._preRequestSystemClockOffset;
              const timeRequestSent = signingProperties._requestSentAt;
              const ageHeader = getAgeHeader(errorException.$response);
              const newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
              config.systemClockOffset = newOffset;
              const skewExceedsThreshold = Math.abs(newOffset) >= 24e4;
              const isLocalCorrection = newOffset !== preRequestOffset;
              const isConcurrentCorrection = preRequestOffset !== void 0 && preRequestOffset !== newOffset;
              if (skewExceedsThreshold && (isLocalCorrection || isConcurrentCorrection) && errorException.$metadata) errorException.$metadata.clockSkewCorrected = true;
            }
          }
          throw error;
        };
      }
      successHandler(httpResponse, signingProperties) {
        if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) return;
        const dateHeader = getDateHeader(httpResponse);
        if (dateHeader) {
          const config = throwSigningPropertyError("config", signingProperties.config);
          const timeRequestSent = signingProperties._requestSentAt;
          const ageHeader = getAgeHeader(httpResponse);
          config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
        }
      }
    }
    const AWSSDKSigV4Signer = AwsSdkSigV4Signer;
    class AwsSdkSigV4ASigner extends AwsSdkSigV4Signer {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        const {config: config, signer: signer, signingRegion: signingRegion, signingRegionSet: signingRegionSet, signingName: signingName} = await validateSigningProperties(signingProperties);
        const configResolvedSigningRegionSet = await (config.sigv4aSigningRegionSet?.());
        const multiRegionOverride = (configResolvedSigningRegionSet ?? signingRegionSet ?? [ signingRegion ]).join(",");
        const noSkewCorrection = await (config.disableClockSkewCorrection?.()) === true;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        if (!noSkewCorrection) {
          signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
          signingProperties._requestSentAt = Date.now();
        }
        const signedRequest = await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion: multiRegionOverride,
          signingService: signingName
        });
        return signedRequest;
      }
    }
    const getArrayForCommaSeparatedString = str => typeof str === "string" && str.length > 0 ? str.split(",").map(item => item.trim()) : [];
    const getBearerTokenEnvKey = signingName => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;
    const NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE";
    const NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference";
    const NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
      environmentVariableSelector: (env, options) => {
        if (options?.signingName) {
          const bearerTokenKey = getBearerTokenEnvKey(options.signingName);
          if (bearerTokenKey in env) return [ "httpBearerAuth" ];
        }
        if (!(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)) return;
        return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
      },
      configFileSelector: profile => {
        if (!(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)) return;
        return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
      },
      default: []
    };
    const resolveAwsSdkSigV4AConfig = config => {
      config.sigv4aSigningRegionSet = normalizeProvider(config.sigv4aSigningRegionSet);
      return config;
    };
    const NODE_SIGV4A_CONFIG_OPTIONS = {
      environmentVariableSelector(env) {
        if (env.AWS_SIGV4A_SIGNING_REGION_SET) return env.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(_ => _.trim());
        throw new ProviderError("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
          tryNextLink: true
        });
      },
      configFileSelector(profile) {
        if (profile.sigv4a_signing_region_set) return (profile.sigv4a_signing_region_set ?? "").split(",").map(_ => _.trim());
        throw new ProviderError("sigv4a_signing_region_set not set in profile.", {
          tryNextLink: true
        });
      },
      default: void 0
    };
    const bindResolveAwsSdkSigV4Config = defaultDisableClockSkewCorrection => config => {
      let inputCredentials = config.credentials;
      let isUserSupplied = !!config.credentials;
      let resolvedCredentials;
      Object.defineProperty(config, "credentials", {
        set(credentials) {
          if (credentials && credentials !== inputCredentials && credentials !== resolvedCredentials) isUserSupplied = true;
          inputCredentials = credentials;
          const memoizedProvider = normalizeCredentialProvider(config, {
            credentials: inputCredentials,
            credentialDefaultProvider: config.credentialDefaultProvider
          });
          const boundProvider = bindCallerConfig(config, memoizedProvider);
          if (isUserSupplied && !boundProvider.attributed) {
            const isCredentialObject = typeof inputCredentials === "object" && inputCredentials !== null;
            resolvedCredentials = async options => {
              const creds = await boundProvider(options);
              const attributedCreds = creds;
              if (isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0)) return setCredentialFeature(attributedCreds, "CREDENTIALS_CODE", "e");
              return attributedCreds;
            };
            resolvedCredentials.memoized = boundProvider.memoized;
            resolvedCredentials.configBound = boundProvider.configBound;
            resolvedCredentials.attributed = true;
          } else resolvedCredentials = boundProvider;
        },
        get() {
          return resolvedCredentials;
        },
        enumerable: true,
        configurable: true
      });
      config.credentials = inputCredentials;
      const {signingEscapePath: signingEscapePath = true, systemClockOffset: systemClockOffset = config.systemClockOffset || 0, sha256: sha256} = config;
      let signer;
      if (config.signer) signer = normalizeProvider(config.signer); else if (config.regionInfoProvider) signer = () => normalizeProvider(config.region)().then(async region => [ await config.regionInfoProvider(region, {
        useFipsEndpoint: await config.useFipsEndpoint(),
        useDualstackEndpoint: await config.useDualstackEndpoint()
      }) || {}, region ]).then(([regionInfo, region]) => {
        const {signingRegion: signingRegion, signingService: signingService} = regionInfo;
        config.signingRegion = config.signingRegion || signingRegion || region;
        config.signingName = config.signingName || signingService || config.serviceId;
        const params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256: sha256,
          uriEscapePath: signingEscapePath
        };
        const SignerCtor = config.signerConstructor || SignatureV4;
        return new SignerCtor(params);
      }); else signer = async authScheme => {
        authScheme = Object.assign({}, {
          name: "sigv4",
          signingName: config.signingName || config.defaultSigningName,
          signingRegion: await normalizeProvider(config.region)(),
          properties: {}
        }, authScheme);
        const signingRegion = authScheme.signingRegion;
        const signingService = authScheme.signingName;
        config.signingRegion = config.signingRegion || signingRegion;
        config.signingName = config.signingName || signingService || config.serviceId;
        const params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256: sha256,
          uriEscapePath: signingEscapePath
        };
        const SignerCtor = config.signerConstructor || SignatureV4;
        return new SignerCtor(params);
      };
      const resolvedConfig = Object.assign(config, {
        systemClockOffset: systemClockOffset,
        signingEscapePath: signingEscapePath,
        signer: signer,
        disableClockSkewCorrection: normalizeProvider(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
      });
      return resolvedConfig;
    };
    function normalizeCredentialProvider(config, {credentials: credentials, credentialDefaultProvider: credentialDefaultProvider}) {
      let credentialsProvider;
      if (credentials) if (!credentials?.memoized) credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh); else credentialsProvider = credentials; else if (credentialDefaultProvider) credentialsProvider = normalizeProvider(credentialDefaultProvider(Object.assign({}, config, {
        parentClientConfig: config
      }))); else credentialsProvider = async () => {
        throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
      };
      credentialsProvider.memoized = true;
      return credentialsProvider;
    }
    function bindCallerConfig(config, credentialsProvider) {
      if (credentialsProvider.configBound) return credentialsProvider;
      const fn = async options => credentialsProvider({
        ...options,
        callerClientConfig: config
      });
      fn.memoized = credentialsProvider.memoized;
      fn.configBound = true;
      return fn;
    }
    const ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION";
    const CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction";
    const NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.CONFIG),
      default: false
    };
    const DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = loadConfig(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);
    const resolveAwsSdkSigV4Config = bindResolveAwsSdkSigV4Config(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION);
    const resolveAWSSDKSigV4Config = resolveAwsSdkSigV4Config;
    exports.AWSSDKSigV4Signer = AWSSDKSigV4Signer;
    exports.AwsSdkSigV4ASigner = AwsSdkSigV4ASigner;
    exports.AwsSdkSigV4Signer = AwsSdkSigV4Signer;
    exports.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = NODE_AUTH_SCHEME_PREFERENCE_OPTIONS;
    exports.NODE_SIGV4A_CONFIG_OPTIONS = NODE_SIGV4A_CONFIG_OPTIONS;
    exports.getBearerTokenEnvKey = getBearerTokenEnvKey;
    exports.resolveAWSSDKSigV4Config = resolveAWSSDKSigV4Config;
    exports.resolveAwsSdkSigV4AConfig = resolveAwsSdkSigV4AConfig;
    exports.resolveAwsSdkSigV4Config = resolveAwsSdkSigV4Config;
    exports.validateSigningProperties = validateSigningProperties;
    /***/  },
  /***/ 7288: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {SmithyRpcV2CborProtocol: SmithyRpcV2CborProtocol, loadSmithyRpcV2CborErrorCode: loadSmithyRpcV2CborErrorCode} = __webpack_require__(4645);
    const {TypeRegistry: TypeRegistry, NormalizedSchema: NormalizedSchema, deref: deref} = __webpack_require__(6890);
    const {decorateServiceException: decorateServiceException, getValueFromTextNode: getValueFromTextNode} = __webpack_require__(2658);
    const {RpcProtocol: RpcProtocol, JsonCodec2: JsonCodec2, loadJsonRpcErrorCode: loadJsonRpcErrorCode, HttpBindingProtocol: HttpBindingProtocol, HttpInterceptingShapeSerializer: HttpInterceptingShapeSerializer, HttpInterceptingShapeDeserializer: HttpInterceptingShapeDeserializer, loadRestJsonErrorCode: loadRestJsonErrorCode, SmithyRpcV2JsonProtocol: SmithyRpcV2JsonProtocol, loadSmithyRpcV2JsonErrorCode: loadSmithyRpcV2JsonErrorCode, FromStringShapeDeserializer: FromStringShapeDeserializer, determineTimestampFormat: determineTimestampFormat, extendedEncodeURIComponent: extendedEncodeURIComponent, collectBody: collectBody} = __webpack_require__(3422);
    const {JsonCodec: JsonCodec, JsonShapeDeserializer: JsonShapeDeserializer, JsonShapeDeserializer2: JsonShapeDeserializer2, JsonShapeSerializer: JsonShapeSerializer, JsonShapeSerializer2: JsonShapeSerializer2, parseJsonBody: parseJsonBody, parseJsonErrorBody: parseJsonErrorBody} = __webpack_require__(3422);
    exports.JsonCodec = JsonCodec;
    exports.JsonCodec2 = JsonCodec2;
    exports.JsonShapeDeserializer = JsonShapeDeserializer;
    exports.JsonShapeDeserializer2 = JsonShapeDeserializer2;
    exports.JsonShapeSerializer = JsonShapeSerializer;
    exports.JsonShapeSerializer2 = JsonShapeSerializer2;
    exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode;
    exports.loadRestJsonErrorCode = loadRestJsonErrorCode;
    exports.parseJsonBody = parseJsonBody;
    exports.parseJsonErrorBody = parseJsonErrorBody;
    const {parseXML: parseXML, XmlNode: XmlNode, XmlText: XmlText} = __webpack_require__(7874);
    const {toUtf8: toUtf8, toBase64: toBase64, generateIdempotencyToken: generateIdempotencyToken, NumericValue: NumericValue, dateToUtcString: dateToUtcString, fromBase64: fromBase64, expectUnion: expectUnion} = __webpack_require__(2430);
    class ProtocolLib {
      queryCompat;
      errorRegistry;
      constructor(queryCompat = false) {
        this.queryCompat = queryCompat;
      }
      resolveRestContentType(defaultContentType, inputSchema) {
        const members = inputSchema.getMemberSchemas();
        const httpPayloadMember = Object.values(members).find(m => !!m.getMergedTraits().httpPayload);
        if (httpPayloadMember) {
          const mediaType = httpPayloadMember.getMergedTraits().mediaType;
          if (mediaType) return mediaType; else if (httpPayloadMember.isStringSchema()) return "text/plain"; else if (httpPayloadMember.isBlobSchema()) return "application/octet-stream"; else return defaultContentType;
        } else if (!inputSchema.isUnitSchema()) {
          const hasBody = Object.values(members).find(m => {
            const {httpQuery: httpQuery, httpQueryParams: httpQueryParams, httpHeader: httpHeader, httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders} = m.getMergedTraits();
            const noPrefixHeaders = httpPrefixHeaders === void 0;
            return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && noPrefixHeaders;
          });
          if (hasBody) return defaultContentType;
        }
      }
      async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
        let errorName = errorIdentifier;
        if (errorIdentifier.includes("#")) [, errorName] = errorIdentifier.split("#");
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        };
        if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
        try {
          const errorSchema = getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier);
          return {
            errorSchema: errorSchema,
            errorMetadata: errorMetadata
          };
        } catch (e) {
          dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
          const synthetic = this.errorRegistry;
          const baseExceptionSchema = synthetic.getBaseException();
          if (baseExceptionSchema) {
            const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
            throw this.decorateServiceException(Object.assign(new ErrorCtor({
              name: errorName
            }), errorMetadata), dataObject);
          }
          const d = dataObject;
          const message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(message), {
            name: errorName
          }, errorMetadata), dataObject);
        }
      }
      compose(composite, errorIdentifier, defaultNamespace) {
        let namespace = defaultNamespace;
        if (errorIdentifier.includes("#")) [namespace] = errorIdentifier.split("#");
        const staticRegistry = TypeRegistry.for(namespace);
        const defaultSyntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + defaultNamespace);
        composite.copyFrom(staticRegistry);
        composite.copyFrom(defaultSyntheticRegistry);
        this.errorRegistry = composite;
      }
      decorateServiceException(exception, additions = {}) {
        if (this.queryCompat) {
          const msg = exception.Message ?? additions.Message;
          const error = decorateServiceException(exception, additions);
          if (msg) error.message = msg;
          const errorObj = error.Error ?? {};
          errorObj.Type = error.Error?.Type;
          errorObj.Code = error.Error?.Code;
          errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg;
          error.Error = errorObj;
          const reqId = error.$metadata.requestId;
          if (reqId) error.RequestId = reqId;
          return error;
        }
        return decorateServiceException(exception, additions);
      }
      setQueryCompatError(output, response) {
        const queryErrorHeader = response.headers?.["x-amzn-query-error"];
        if (output !== void 0 && queryErrorHeader != null) {
          const [Code, Type] = queryErrorHeader.split(";");
          const keys = Object.keys(output);
          const Error = {
            Code: Code,
            Type: Type
          };
          output.Code = Code;
          output.Type = Type;
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            Error[k === "message" ? "Message" : k] = output[k];
          }
          delete Error.__type;
          output.Error = Error;
        }
      }
      queryCompatOutput(queryCompatErrorData, errorData) {
        if (queryCompatErrorData.Error) errorData.Error = queryCompatErrorData.Error;
        if (queryCompatErrorData.Type) errorData.Type = queryCompatErrorData.Type;
        if (queryCompatErrorData.Code) errorData.Code = queryCompatErrorData.Code;
      }
      findQueryCompatibleError(registry, errorName) {
        try {
          return registry.getSchema(errorName);
        } catch (e) {
          return registry.find(schema => NormalizedSchema.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
        }
      }
    }
    class AwsSmithyRpcV2CborProtocol extends SmithyRpcV2CborProtocol {
      awsQueryCompatible;
      mixin;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        return request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        if (this.awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorName = (() => {
          const compatHeader = response.headers["x-amzn-query-error"];
          if (compatHeader && this.awsQueryCompatible) return compatHeader.split(";")[0];
          return loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = this.deserializer.readValue(member, dataObject[name]);
        if (this.awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    }
    class AwsJsonRpcProtocol extends RpcProtocol {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.serviceTarget = serviceTarget;
        this.codec = jsonCodec ?? new JsonCodec2({
          timestampFormat: {
            useTrait: true,
            default: 7
          },
          jsonName: false
        });
        this.serializer = this.codec.createSerializer();
        this.deserializer = this.codec.createDeserializer();
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (!request.path.endsWith("/")) request.path += "/";
        request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`;
        request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`;
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        if (deref(operationSchema.input) === "unit" || !request.body) request.body = "{}";
        return request;
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const {awsQueryCompatible: awsQueryCompatible} = this;
        if (awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorIdentifier = loadJsonRpcErrorCode(response, dataObject, awsQueryCompatible) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        if (awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    }
    class AwsJson1_0Protocol extends AwsJsonRpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries,
          serviceTarget: serviceTarget,
          awsQueryCompatible: awsQueryCompatible,
          jsonCodec: jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_0";
      }
      getJsonRpcVersion() {
        return "1.0";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.0";
      }
    }
    class AwsJson1_1Protocol extends AwsJsonRpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries,
          serviceTarget: serviceTarget,
          awsQueryCompatible: awsQueryCompatible,
          jsonCodec: jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_1";
      }
      getJsonRpcVersion() {
        return "1.1";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.1";
      }
    }
    class AwsRestJsonProtocol extends HttpBindingProtocol {
      serializer;
      deserializer;
      codec;
      mixin=new ProtocolLib;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, jsonCodec: jsonCodec}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 7
          },
          httpBindings: true,
          jsonName: true
        };
        this.codec = jsonCodec ?? new JsonCodec2(settings);
        this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings);
        this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getShapeId() {
        return "aws.protocols#restJson1";
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(serdeContext) {
        this.codec.setSerdeContext(serdeContext);
        super.setSerdeContext(serdeContext);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          if (contentType) request.headers["content-type"] = contentType;
        }
        if (request.body == null && request.headers["content-type"] === this.getDefaultContentType()) request.body = "{}";
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const output = await super.deserializeResponse(operationSchema, context, response);
        const outputSchema = NormalizedSchema.of(operationSchema.output);
        for (const [name, member] of outputSchema.structIterator()) if (member.getMemberTraits().httpPayload && !(name in output)) output[name] = null;
        return output;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadRestJsonErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().jsonName ?? name;
          output[name] = errorDeserializer.readObject(member, dataObject[target]);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/json";
      }
    }
    class AwsSmithyRpcV2JsonProtocol extends SmithyRpcV2JsonProtocol {
      awsQueryCompatible;
      mixin;
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
        return request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        if (this.awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
        const errorName = (() => {
          const compatHeader = response.headers["x-amzn-query-error"];
          if (compatHeader && this.awsQueryCompatible) return compatHeader.split(";")[0];
          return loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.getPayloadCodec().createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        if (this.awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
    }
    class SerdeContextConfig {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class UnionSerde {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const k = this.keys.values().next().value;
          const v = this.from[k];
          this.to.$unknown = [ k, v ];
        }
      }
    }
    function writeKey(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    class XmlShapeDeserializer extends SerdeContextConfig {
      settings;
      stringDeserializer;
      constructor(settings) {
        super();
        this.settings = settings;
        this.stringDeserializer = new FromStringShapeDeserializer(settings);
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.stringDeserializer.setSerdeContext(serdeContext);
      }
      read(schema, bytes, key) {
        const ns = NormalizedSchema.of(schema);
        const memberSchemas = ns.getMemberSchemas();
        const isEventPayload = ns.isStructSchema() && ns.isMemberSchema() && !!Object.values(memberSchemas).find(memberNs => !!memberNs.getMemberTraits().eventPayload);
        if (isEventPayload) {
          const output = {};
          const memberName = Object.keys(memberSchemas)[0];
          const eventMemberSchema = memberSchemas[memberName];
          if (eventMemberSchema.isBlobSchema()) output[memberName] = bytes; else output[memberName] = this.read(memberSchemas[memberName], bytes);
          return output;
        }
        const xmlString = (this.serdeContext?.utf8Encoder ?? toUtf8)(bytes);
        const parsedObject = this.parseXml(xmlString);
        return this.readSchema(schema, key ? parsedObject[key] : parsedObject);
      }
      readSchema(_schema, value) {
        const ns = NormalizedSchema.of(_schema);
        if (ns.isUnitSchema()) return;
        const traits = ns.getMergedTraits();
        if (ns.isListSchema() && !Array.isArray(value)) return this.readSchema(ns, [ value ]);
        if (value == null) return value;
        if (typeof value === "object") {
          const flat = !!traits.xmlFlattened;
          if (ns.isListSchema()) {
            const listValue = ns.getValueSchema();
            const buffer = [];
            const sourceKey = listValue.getMergedTraits().xmlName ?? "member";
            const source = flat ? value : (value[0] ?? value)[sourceKey];
            if (source == null) return buffer;
            const sourceArray = Array.isArray(source) ? source : [ source ];
            for (const v of sourceArray) buffer.push(this.readSchema(listValue, v));
            return buffer;
          }
          const buffer = {};
          if (ns.isMapSchema()) {
            const keyNs = ns.getKeySchema();
            const memberNs = ns.getValueSchema();
            let entries;
            if (flat) entries = Array.isArray(value) ? value : [ value ]; else entries = Array.isArray(value.entry) ? value.entry : [ value.entry ];
            const keyProperty = keyNs.getMergedTraits().xmlName ?? "key";
            const valueProperty = memberNs.getMergedTraits().xmlName ?? "value";
            for (const entry of entries) {
              const key = entry[keyProperty];
              const value = entry[valueProperty];
              if (key === "__proto__") writeKey(buffer);
              buffer[key] = this.readSchema(memberNs, value);
            }
            return buffer;
          }
          if (ns.isStructSchema()) {
            const union = ns.isUnionSchema();
            let unionSerde;
            if (union) unionSerde = new UnionSerde(value, buffer);
            for (const [memberName, memberSchema] of ns.structIterator()) {
              const memberTraits = memberSchema.getMergedTraits();
              const xmlObjectKey = !memberTraits.httpPayload ? memberSchema.getMemberTraits().xmlName ?? memberName : memberTraits.xmlName ?? memberSchema.getName();
              if (union) unionSerde.mark(xmlObjectKey);
              if (value[xmlObjectKey] != null) buffer[memberName] = this.readSchema(memberSchema, value[xmlObjectKey]);
            }
            if (union) unionSerde.writeUnknown();
            return buffer;
          }
          if (ns.isDocumentSchema()) return value;
          throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(true)}`);
        }
        if (ns.isListSchema()) return [];
        if (ns.isMapSchema() || ns.isStructSchema()) return {};
        return this.stringDeserializer.read(ns, value);
      }
      parseXml(xml) {
        if (xml.length) {
          let parsedObj;
          try {
            parsedObj = parseXML(xml);
          } catch (e) {
            if (e && typeof e === "object") Object.defineProperty(e, "$responseBodyText", {
              value: xml
            });
            throw e;
          }
          const textNodeName = "#text";
          const key = Object.keys(parsedObj)[0];
          const parsedObjToReturn = parsedObj[key];
          if (parsedObjToReturn[textNodeName]) {
            parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
            delete parsedObjToReturn[textNodeName];
          }
          return getValueFromTextNode(parsedObjToReturn);
        }
        return {};
      }
    }
    class QueryShapeSerializer extends SerdeContextConfig {
      settings;
      buffer;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value, prefix = "") {
        if (this.buffer === void 0) this.buffer = "";
        const ns = NormalizedSchema.of(schema);
        if (prefix && !prefix.endsWith(".")) prefix += ".";
        if (ns.isBlobSchema()) {
          if (typeof value === "string" || value instanceof Uint8Array) {
            this.writeKey(prefix);
            this.writeValue((this.serdeContext?.base64Encoder ?? toBase64)(value));
          }
        } else if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isStringSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(String(value));
          } else if (ns.isIdempotencyToken()) {
            this.writeKey(prefix);
            this.writeValue(generateIdempotencyToken());
          }
        } else if (ns.isBigIntegerSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(String(value));
          }
        } else if (ns.isBigDecimalSchema()) {
          if (value != null) {
            this.writeKey(prefix);
            this.writeValue(value instanceof NumericValue ? value.string : String(value));
          }
        } else if (ns.isTimestampSchema()) {
          if (value instanceof Date) {
            this.writeKey(prefix);
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
             case 5:
              this.writeValue(value.toISOString().replace(".000Z", "Z"));
              break;

             case 6:
              this.writeValue(dateToUtcString(value));
              break;

             case 7:
              this.writeValue(String(value.getTime() / 1e3));
              break;
            }
          }
        } else if (ns.isDocumentSchema()) if (Array.isArray(value)) this.write(64 | 15, value, prefix); else if (value instanceof Date) this.write(4, value, prefix); else if (value instanceof Uint8Array) this.write(21, value, prefix); else if (value && typeof value === "object") this.write(128 | 15, value, prefix); else {
          this.writeKey(prefix);
          this.writeValue(String(value));
        } else if (ns.isListSchema()) {
          if (Array.isArray(value)) if (value.length === 0) {
            if (this.settings.serializeEmptyLists) {
              this.writeKey(prefix);
              this.writeValue("");
            }
          } else {
            const member = ns.getValueSchema();
            const flat = this.settings.flattenLists || ns.getMergedTraits().xmlFlattened;
            let i = 1;
            for (const item of value) {
              if (item == null) continue;
              const traits = member.getMergedTraits();
              const suffix = this.getKey("member", traits.xmlName, traits.ec2QueryName);
              const key = flat ? `${prefix}${i}` : `${prefix}${suffix}.${i}`;
              this.write(member, item, key);
              ++i;
            }
          }
        } else if (ns.isMapSchema()) {
          if (value && typeof value === "object") {
            const keySchema = ns.getKeySchema();
            const memberSchema = ns.getValueSchema();
            const flat = ns.getMergedTraits().xmlFlattened;
            let i = 1;
            for (const k in value) {
              const v = value[k];
              if (v == null) continue;
              const keyTraits = keySchema.getMergedTraits();
              const keySuffix = this.getKey("key", keyTraits.xmlName, keyTraits.ec2QueryName);
              const key = flat ? `${prefix}${i}.${keySuffix}` : `${prefix}entry.${i}.${keySuffix}`;
              const valTraits = memberSchema.getMergedTraits();
              const valueSuffix = this.getKey("value", valTraits.xmlName, valTraits.ec2QueryName);
              const valueKey = flat ? `${prefix}${i}.${valueSuffix}` : `${prefix}entry.${i}.${valueSuffix}`;
              this.write(keySchema, k, key);
              this.write(memberSchema, v, valueKey);
              ++i;
            }
          }
        } else if (ns.isStructSchema()) {
          if (value && typeof value === "object") {
            let didWriteMember = false;
            for (const [memberName, member] of ns.structIterator()) {
              if (value[memberName] == null && !member.isIdempotencyToken()) continue;
              const traits = member.getMergedTraits();
              const suffix = this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct");
              const key = `${prefix}${suffix}`;
              this.write(member, value[memberName], key);
              didWriteMember = true;
            }
            if (!didWriteMember && ns.isUnionSchema()) {
              const {$unknown: $unknown} = value;
              if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                const key = `${prefix}${k}`;
                this.write(15, v, key);
              }
            }
          }
        } else if (ns.isUnitSchema()) ; else throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(true)}`);
      }
      flush() {
        if (this.buffer === void 0) throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");
        const str = this.buffer;
        delete this.buffer;
        return str;
      }
      getKey(memberName, xmlName, ec2QueryName, keySource) {
        const {ec2: ec2, capitalizeKeys: capitalizeKeys} = this.settings;
        if (ec2 && ec2QueryName) return ec2QueryName;
        const key = xmlName ?? memberName;
        if (capitalizeKeys && keySource === "struct") return key[0].toUpperCase() + key.slice(1);
        return key;
      }
      writeKey(key) {
        if (key.endsWith(".")) key = key.slice(0, key.length - 1);
        this.buffer += `&${extendedEncodeURIComponent(key)}=`;
      }
      writeValue(value) {
        this.buffer += extendedEncodeURIComponent(value);
      }
    }
    class AwsQueryProtocol extends RpcProtocol {
      options;
      serializer;
      deserializer;
      mixin=new ProtocolLib;
      constructor(options) {
        super({
          defaultNamespace: options.defaultNamespace,
          errorTypeRegistries: options.errorTypeRegistries
        });
        this.options = options;
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 5
          },
          httpBindings: false,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace,
          serializeEmptyLists: true
        };
        this.serializer = new QueryShapeSerializer(settings);
        this.deserializer = new XmlShapeDeserializer(settings);
      }
      getShapeId() {
        return "aws.protocols#awsQuery";
      }
      setSerdeContext(serdeContext) {
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
      }
      getPayloadCodec() {
        throw new Error("AWSQuery protocol has no payload codec.");
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (!request.path.endsWith("/")) request.path += "/";
        request.headers["content-type"] = "application/x-www-form-urlencoded";
        if (deref(operationSchema.input) === "unit" || !request.body) request.body = "";
        const action = operationSchema.name.split("#")[1] ?? operationSchema.name;
        request.body = `Action=${action}&Version=${this.options.version}` + request.body;
        if (request.body.endsWith("&")) request.body = request.body.slice(-1);
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = NormalizedSchema.of(operationSchema.output);
        const dataObject = {};
        if (response.statusCode >= 300) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
        }
        for (const header in response.headers) {
          const value = response.headers[header];
          delete response.headers[header];
          response.headers[header.toLowerCase()] = value;
        }
        const shortName = operationSchema.name.split("#")[1] ?? operationSchema.name;
        const awsQueryResultKey = ns.isStructSchema() && this.useNestedResult() ? shortName + "Result" : void 0;
        const bytes = await collectBody(response.body, context);
        if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes, awsQueryResultKey));
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      useNestedResult() {
        return true;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = this.loadQueryErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const errorData = this.loadQueryError(dataObject) ?? {};
        const message = this.loadQueryErrorMessage(dataObject);
        errorData.message = message;
        errorData.Error = {
          Type: errorData.Type,
          Code: errorData.Code,
          Message: message
        };
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, errorData, metadata, this.mixin.findQueryCompatibleError);
        const ns = NormalizedSchema.of(errorSchema);
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {
          Type: errorData.Error.Type,
          Code: errorData.Error.Code,
          Error: errorData.Error
        };
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().xmlName ?? name;
          const value = errorData[target] ?? dataObject[target];
          output[name] = this.deserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      loadQueryErrorCode(output, data) {
        const code = (data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error)?.Code;
        if (code !== void 0) return code;
        if (output.statusCode == 404) return "NotFound";
      }
      loadQueryError(data) {
        return data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error;
      }
      loadQueryErrorMessage(data) {
        const errorData = this.loadQueryError(data);
        return errorData?.message ?? errorData?.Message ?? data.message ?? data.Message ?? "Unknown";
      }
      getDefaultContentType() {
        return "application/x-www-form-urlencoded";
      }
    }
    class AwsEc2QueryProtocol extends AwsQueryProtocol {
      options;
      constructor(options) {
        super(options);
        this.options = options;
        const ec2Settings = {
          capitalizeKeys: true,
          flattenLists: true,
          serializeEmptyLists: false,
          ec2: true
        };
        Object.assign(this.serializer.settings, ec2Settings);
      }
      getShapeId() {
        return "aws.protocols#ec2Query";
      }
      useNestedResult() {
        return false;
      }
    }
    const collectBodyString = (streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body));
    const parseXmlBody = (streamBody, context) => collectBodyString(streamBody, context).then(encoded => {
      if (encoded.length) {
        let parsedObj;
        try {
          parsedObj = parseXML(encoded);
        } catch (e) {
          if (e && typeof e === "object") Object.defineProperty(e, "$responseBodyText", {
            value: encoded
          });
          throw e;
        }
        const textNodeName = "#text";
        const key = Object.keys(parsedObj)[0];
        const parsedObjToReturn = parsedObj[key];
        if (parsedObjToReturn[textNodeName]) {
          parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
          delete parsedObjToReturn[textNodeName];
        }
        return getValueFromTextNode(parsedObjToReturn);
      }
      return {};
    });
    const parseXmlErrorBody = async (errorBody, context) => {
      const value = await parseXmlBody(errorBody, context);
      if (value.Error) value.Error.message = value.Error.message ?? value.Error.Message;
      return value;
    };
    const loadRestXmlErrorCode = (output, data) => {
      if (data?.Error?.Code !== void 0) return data.Error.Code;
      if (data?.Code !== void 0) return data.Code;
      if (output.statusCode == 404) return "NotFound";
    };
    class XmlShapeSerializer extends SerdeContextConfig {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        const ns = NormalizedSchema.of(schema);
        if (ns.isStringSchema() && typeof value === "string") this.stringBuffer = value; else if (ns.isBlobSchema()) this.byteBuffer = "byteLength" in value ? value : (this.serdeContext?.base64Decoder ?? fromBase64)(value); else {
          this.buffer = this.writeStruct(ns, value, void 0);
          const traits = ns.getMergedTraits();
          if (traits.httpPayload && !traits.xmlName) this.buffer.withName(ns.getName());
        }
      }
      flush() {
        if (this.byteBuffer !== void 0) {
          const bytes = this.byteBuffer;
          delete this.byteBuffer;
          return bytes;
        }
        if (this.stringBuffer !== void 0) {
          const str = this.stringBuffer;
          delete this.stringBuffer;
          return str;
        }
        const buffer = this.buffer;
        if (this.settings.xmlNamespace) if (!buffer?.attributes?.["xmlns"]) buffer.addAttribute("xmlns", this.settings.xmlNamespace);
        delete this.buffer;
        return buffer.toString();
      }
      writeStruct(ns, value, parentXmlns) {
        const traits = ns.getMergedTraits();
        const name = ns.isMemberSchema() && !traits.httpPayload ? ns.getMemberTraits().xmlName ?? ns.getMemberName() : traits.xmlName ?? ns.getName();
        if (!name || !ns.isStructSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${ns.getName(true)}.`);
        const structXmlNode = XmlNode.of(name);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const val = value[memberName];
          if (val != null || memberSchema.isIdempotencyToken()) {
            if (memberSchema.getMergedTraits().xmlAttribute) {
              structXmlNode.addAttribute(memberSchema.getMergedTraits().xmlName ?? memberName, this.writeSimple(memberSchema, val));
              continue;
            }
            if (memberSchema.isListSchema()) this.writeList(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isMapSchema()) this.writeMap(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isStructSchema()) structXmlNode.addChildNode(this.writeStruct(memberSchema, val, xmlns)); else {
              const memberNode = XmlNode.of(memberSchema.getMergedTraits().xmlName ?? memberSchema.getMemberName());
              this.writeSimpleInto(memberSchema, val, memberNode, xmlns);
              structXmlNode.addChildNode(memberNode);
            }
          }
        }
        const {$unknown: $unknown} = value;
        if ($unknown && ns.isUnionSchema() && Array.isArray($unknown) && Object.keys(value).length === 1) {
          const [k, v] = $unknown;
          const node = XmlNode.of(k);
          if (typeof v !== "string") if (value instanceof XmlNode || value instanceof XmlText) structXmlNode.addChildNode(value); else throw new Error(`@aws-sdk - $unknown union member in XML requires ` + `value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.`);
          this.writeSimpleInto(0, v, node, xmlns);
          structXmlNode.addChildNode(node);
        }
        if (xmlns) structXmlNode.addAttribute(xmlnsAttr, xmlns);
        return structXmlNode;
      }
      writeList(listMember, array, container, parentXmlns) {
        if (!listMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${listMember.getName(true)}`);
        const listTraits = listMember.getMergedTraits();
        const listValueSchema = listMember.getValueSchema();
        const listValueTraits = listValueSchema.getMergedTraits();
        const sparse = !!listValueTraits.sparse;
        const flat = !!listTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(listMember, parentXmlns);
        const writeItem = (container, value) => {
          if (listValueSchema.isListSchema()) this.writeList(listValueSchema, Array.isArray(value) ? value : [ value ], container, xmlns); else if (listValueSchema.isMapSchema()) this.writeMap(listValueSchema, value, container, xmlns); else if (listValueSchema.isStructSchema()) {
            const struct = this.writeStruct(listValueSchema, value, xmlns);
            container.addChildNode(struct.withName(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member"));
          } else {
            const listItemNode = XmlNode.of(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member");
            this.writeSimpleInto(listValueSchema, value, listItemNode, xmlns);
            container.addChildNode(listItemNode);
          }
        };
        if (flat) {
          for (const value of array) if (sparse || value != null) writeItem(container, value);
        } else {
          const listNode = XmlNode.of(listTraits.xmlName ?? listMember.getMemberName());
          if (xmlns) listNode.addAttribute(xmlnsAttr, xmlns);
          for (const value of array) if (sparse || value != null) writeItem(listNode, value);
          container.addChildNode(listNode);
        }
      }
      writeMap(mapMember, map, container, parentXmlns, containerIsMap = false) {
        if (!mapMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${mapMember.getName(true)}`);
        const mapTraits = mapMember.getMergedTraits();
        const mapKeySchema = mapMember.getKeySchema();
        const mapKeyTraits = mapKeySchema.getMergedTraits();
        const keyTag = mapKeyTraits.xmlName ?? "key";
        const mapValueSchema = mapMember.getValueSchema();
        const mapValueTraits = mapValueSchema.getMergedTraits();
        const valueTag = mapValueTraits.xmlName ?? "value";
        const sparse = !!mapValueTraits.sparse;
        const flat = !!mapTraits.xmlFlattened;
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(mapMember, parentXmlns);
        const addKeyValue = (entry, key, val) => {
          const keyNode = XmlNode.of(keyTag, key);
          const [keyXmlnsAttr, keyXmlns] = this.getXmlnsAttribute(mapKeySchema, xmlns);
          if (keyXmlns) keyNode.addAttribute(keyXmlnsAttr, keyXmlns);
          entry.addChildNode(keyNode);
          let valueNode = XmlNode.of(valueTag);
          if (mapValueSchema.isListSchema()) this.writeList(mapValueSchema, val, valueNode, xmlns); else if (mapValueSchema.isMapSchema()) this.writeMap(mapValueSchema, val, valueNode, xmlns, true); else if (mapValueSchema.isStructSchema()) valueNode = this.writeStruct(mapValueSchema, val, xmlns); else this.writeSimpleInto(mapValueSchema, val, valueNode, xmlns);
          entry.addChildNode(valueNode);
        };
        if (flat) for (const key in map) {
          const val = map[key];
          if (sparse || val != null) {
            const entry = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
            addKeyValue(entry, key, val);
            container.addChildNode(entry);
          }
        } else {
          let mapNode;
          if (!containerIsMap) {
            mapNode = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
            if (xmlns) mapNode.addAttribute(xmlnsAttr, xmlns);
            container.addChildNode(mapNode);
          }
          for (const key in map) {
            const val = map[key];
            if (sparse || val != null) {
              const entry = XmlNode.of("entry");
              addKeyValue(entry, key, val);
              (containerIsMap ? container : mapNode).addChildNode(entry);
            }
          }
        }
      }
      writeSimple(_schema, value) {
        if (null === value) throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.");
        const ns = NormalizedSchema.of(_schema);
        let nodeContents = null;
        if (value && typeof value === "object") if (ns.isBlobSchema()) nodeContents = (this.serdeContext?.base64Encoder ?? toBase64)(value); else if (ns.isTimestampSchema() && value instanceof Date) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            nodeContents = value.toISOString().replace(".000Z", "Z");
            break;

           case 6:
            nodeContents = dateToUtcString(value);
            break;

           case 7:
            nodeContents = String(value.getTime() / 1e3);
            break;

           default:
            console.warn("Missing timestamp format, using http date", value);
            nodeContents = dateToUtcString(value);
            break;
          }
        } else if (ns.isBigDecimalSchema() && value) {
          if (value instanceof NumericValue) return value.string;
          return String(value);
        } else if (ns.isMapSchema() || ns.isListSchema()) throw new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead."); else throw new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${ns.getName(true)}`);
        if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) nodeContents = String(value);
        if (ns.isStringSchema()) if (value === void 0 && ns.isIdempotencyToken()) nodeContents = generateIdempotencyToken(); else nodeContents = String(value);
        if (nodeContents === null) throw new Error(`Unhandled schema-value pair ${ns.getName(true)}=${value}`);
        return nodeContents;
      }
      writeSimpleInto(_schema, value, into, parentXmlns) {
        const nodeContents = this.writeSimple(_schema, value);
        const ns = NormalizedSchema.of(_schema);
        const content = new XmlText(nodeContents);
        const [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        if (xmlns) into.addAttribute(xmlnsAttr, xmlns);
        into.addChildNode(content);
      }
      getXmlnsAttribute(ns, parentXmlns) {
        const traits = ns.getMergedTraits();
        const [prefix, xmlns] = traits.xmlNamespace ?? [];
        if (xmlns && xmlns !== parentXmlns) return [ prefix ? `xmlns:${prefix}` : "xmlns", xmlns ];
        return [ void 0, void 0 ];
      }
    }
    class XmlCodec extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new XmlShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new XmlShapeDeserializer(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    class AwsRestXmlProtocol extends HttpBindingProtocol {
      codec;
      serializer;
      deserializer;
      mixin=new ProtocolLib;
      constructor(options) {
        super(options);
        const settings = {
          timestampFormat: {
            useTrait: true,
            default: 5
          },
          httpBindings: true,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace
        };
        this.codec = new XmlCodec(settings);
        this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings);
        this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        const inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          if (contentType) request.headers["content-type"] = contentType;
        }
        if (typeof request.body === "string" && request.headers["content-type"] === this.getDefaultContentType() && !request.body.startsWith("<?xml ") && !this.hasUnstructuredPayloadBinding(inputSchema)) request.body = '<?xml version="1.0" encoding="UTF-8"?>' + request.body;
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        return super.deserializeResponse(operationSchema, context, response);
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadRestXmlErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        if (dataObject.Error && typeof dataObject.Error === "object") for (const key of Object.keys(dataObject.Error)) {
          dataObject[key] = dataObject.Error[key];
          if (key.toLowerCase() === "message") dataObject.message = dataObject.Error[key];
        }
        if (dataObject.RequestId && !metadata.requestId) metadata.requestId = dataObject.RequestId;
        const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.Error?.message ?? dataObject.Error?.Message ?? dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
          const target = member.getMergedTraits().xmlName ?? name;
          const value = dataObject.Error?.[target] ?? dataObject[target];
          output[name] = errorDeserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/xml";
      }
      hasUnstructuredPayloadBinding(ns) {
        for (const [, member] of ns.structIterator()) if (member.getMergedTraits().httpPayload) return !(member.isStructSchema() || member.isMapSchema() || member.isListSchema());
        return false;
      }
    }
    const awsExpectUnion = value => {
      if (value == null) return;
      if (typeof value === "object" && "__type" in value) delete value.__type;
      return expectUnion(value);
    };
    const _toStr = val => {
      if (val == null) return val;
      if (typeof val === "number" || typeof val === "bigint") {
        const warning = new Error(`Received number ${val} where a string was expected.`);
        warning.name = "Warning";
        console.warn(warning);
        return String(val);
      }
      if (typeof val === "boolean") {
        const warning = new Error(`Received boolean ${val} where a string was expected.`);
        warning.name = "Warning";
        console.warn(warning);
        return String(val);
      }
      return val;
    };
    const _toBool = val => {
      if (val == null) return val;
      if (typeof val === "string") {
        const lowercase = val.toLowerCase();
        if (val !== "" && lowercase !== "false" && lowercase !== "true") {
          const warning = new Error(`Received string "${val}" where a boolean was expected.`);
          warning.name = "Warning";
          console.warn(warning);
        }
        return val !== "" && lowercase !== "false";
      }
      return val;
    };
    const _toNum = val => {
      if (val == null) return val;
      if (typeof val === "string") {
        const num = Number(val);
        if (num.toString() !== val) {
          const warning = new Error(`Received string "${val}" where a number was expected.`);
          warning.name = "Warning";
          console.warn(warning);
          return val;
        }
        return num;
      }
      return val;
    };
    exports.AwsEc2QueryProtocol = AwsEc2QueryProtocol;
    exports.AwsJson1_0Protocol = AwsJson1_0Protocol;
    exports.AwsJson1_1Protocol = AwsJson1_1Protocol;
    exports.AwsJsonRpcProtocol = AwsJsonRpcProtocol;
    exports.AwsQueryProtocol = AwsQueryProtocol;
    exports.AwsRestJsonProtocol = AwsRestJsonProtocol;
    exports.AwsRestXmlProtocol = AwsRestXmlProtocol;
    exports.AwsSmithyRpcV2CborProtocol = AwsSmithyRpcV2CborProtocol;
    exports.AwsSmithyRpcV2JsonProtocol = AwsSmithyRpcV2JsonProtocol;
    exports.QueryShapeSerializer = QueryShapeSerializer;
    exports.XmlCodec = XmlCodec;
    exports.XmlShapeDeserializer = XmlShapeDeserializer;
    exports.XmlShapeSerializer = XmlShapeSerializer;
    exports._toBool = _toBool;
    exports._toNum = _toNum;
    exports._toStr = _toStr;
    exports.awsExpectUnion = awsExpectUnion;
    exports.loadRestXmlErrorCode = loadRestXmlErrorCode;
    exports.parseXmlBody = parseXmlBody;
    exports.parseXmlErrorBody = parseXmlErrorBody;
    /***/  },
  /***/ 3099: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ pi: () => /* binding */ ENV_SECRET,
      /* harmony export */ sF: () => /* binding */ fromEnv,
      /* harmony export */ yG: () => /* binding */ ENV_KEY
      /* harmony export */    });
    /* unused harmony exports ENV_SESSION, ENV_EXPIRATION, ENV_CREDENTIAL_SCOPE, ENV_ACCOUNT_ID */
    /* harmony import */    var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5152);
    /* harmony import */    var _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7291);
    const ENV_KEY = "AWS_ACCESS_KEY_ID";
    const ENV_SECRET = "AWS_SECRET_ACCESS_KEY";
    const ENV_SESSION = "AWS_SESSION_TOKEN";
    const ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
    const ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE";
    const ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID";
    const fromEnv = init => async () => {
      init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      const accessKeyId = process.env[ENV_KEY];
      const secretAccessKey = process.env[ENV_SECRET];
      const sessionToken = process.env[ENV_SESSION];
      const expiry = process.env[ENV_EXPIRATION];
      const credentialScope = process.env[ENV_CREDENTIAL_SCOPE];
      const accountId = process.env[ENV_ACCOUNT_ID];
      if (accessKeyId && secretAccessKey) {
        const credentials = {
          accessKeyId: accessKeyId,
          secretAccessKey: secretAccessKey,
          ...sessionToken && {
            sessionToken: sessionToken
          },
          ...expiry && {
            expiration: new Date(expiry)
          },
          ...credentialScope && {
            credentialScope: credentialScope
          },
          ...accountId && {
            accountId: accountId
          }
        };
        (0, _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__.setCredentialFeature)(credentials, "CREDENTIALS_ENV_VARS", "g");
        return credentials;
      }
      throw new _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__.CredentialsProviderError("Unable to find environment variable credentials.", {
        logger: init?.logger
      });
    };
    /***/  },
  /***/ 9882: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      v6: () => /* binding */ defaultProvider
    });
    // UNUSED EXPORTS: credentialsTreatedAsExpired, credentialsWillNeedRefresh
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-env/dist-es/fromEnv.js
        var fromEnv = __webpack_require__(3099);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var config = __webpack_require__(7291);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
    const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
    const remoteProvider = async init => {
      const {ENV_CMDS_FULL_URI: ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI: ENV_CMDS_RELATIVE_URI, fromContainerMetadata: fromContainerMetadata, fromInstanceMetadata: fromInstanceMetadata} = await __webpack_require__.e(/* import() */ 966).then(__webpack_require__.bind(__webpack_require__, 4966));
      if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
        init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
        const {fromHttp: fromHttp} = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.bind(__webpack_require__, 7459));
        return (0, config.chain)(fromHttp(init), fromContainerMetadata(init));
      }
      if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") return async () => {
        throw new config.CredentialsProviderError("EC2 Instance Metadata Service access disabled", {
          logger: init.logger
        });
      };
      init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
      return fromInstanceMetadata(init);
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
    function memoizeChain(providers, treatAsExpired) {
      const chain = internalCreateChain(providers);
      let activeLock;
      let passiveLock;
      let credentials;
      let forceRefreshLock;
      const provider = async options => {
        if (options?.forceRefresh) {
          if (!forceRefreshLock) forceRefreshLock = chain(options).then(c => {
            credentials = c;
          }).finally(() => {
            forceRefreshLock = void 0;
          });
          await forceRefreshLock;
          return credentials;
        }
        if (credentials?.expiration) if (credentials?.expiration?.getTime() < Date.now()) credentials = void 0;
        if (activeLock) await activeLock; else if (!credentials || treatAsExpired?.(credentials)) if (credentials) {
          if (!passiveLock) passiveLock = chain(options).then(c => {
            credentials = c;
          }).catch(() => {}).finally(() => {
            passiveLock = void 0;
          });
        } else {
          activeLock = chain(options).then(c => {
            credentials = c;
          }).finally(() => {
            activeLock = void 0;
          });
          return provider(options);
        }
        return credentials;
      };
      return provider;
    }
    const internalCreateChain = providers => async awsIdentityProperties => {
      let lastProviderError;
      for (const provider of providers) try {
        return await provider(awsIdentityProperties);
      } catch (err) {
        lastProviderError = err;
        if (err?.tryNextLink) continue;
        throw err;
      }
      throw lastProviderError;
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
    let multipleCredentialSourceWarningEmitted = false;
    const defaultProvider = (init = {}) => memoizeChain([ async () => {
      const profile = init.profile ?? process.env[config.ENV_PROFILE];
      if (profile) {
        const envStaticCredentialsAreSet = process.env[fromEnv /* ENV_KEY */ .yG] && process.env[fromEnv /* ENV_SECRET */ .pi];
        if (envStaticCredentialsAreSet) if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n`);
          multipleCredentialSourceWarningEmitted = true;
        }
        throw new config.CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
          logger: init.logger,
          tryNextLink: true
        });
      }
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
      return (0, fromEnv /* fromEnv */ .sF)(init)();
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
      const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
      if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) throw new config.CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", {
        logger: init.logger
      });
      const {fromSSO: fromSSO} = await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 8895));
      return fromSSO(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
      const {fromIni: fromIni} = await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 6236));
      return fromIni(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
      const {fromProcess: fromProcess} = await __webpack_require__.e(/* import() */ 575).then(__webpack_require__.bind(__webpack_require__, 3575));
      return fromProcess(init)(awsIdentityProperties);
    }, async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
      const {fromTokenFile: fromTokenFile} = await __webpack_require__.e(/* import() */ 715).then(__webpack_require__.bind(__webpack_require__, 8715));
      return fromTokenFile(init)(awsIdentityProperties);
    }, async () => {
      init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
      return (await remoteProvider(init))();
    }, async () => {
      throw new config.CredentialsProviderError("Could not load credentials from any providers", {
        tryNextLink: false,
        logger: init.logger
      });
    } ], credentialsTreatedAsExpired);
    const credentialsTreatedAsExpired = credentials => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
    /***/  },
  /***/ 7874: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // ESM COMPAT FLAG
    __webpack_require__.r(__webpack_exports__);
    // EXPORTS
        __webpack_require__.d(__webpack_exports__, {
      XmlNode: () => /* reexport */ XmlNode,
      XmlText: () => /* reexport */ XmlText,
      parseXML: () => /* reexport */ parseXML
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/escape-attribute.js
    const ATTR_ESCAPE_RE = /[&<>"]/g;
    const ATTR_ESCAPE_MAP = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;"
    };
    function escapeAttribute(value) {
      return value.replace(ATTR_ESCAPE_RE, ch => ATTR_ESCAPE_MAP[ch]);
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/escape-element.js
    const ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g;
    const ELEMENT_ESCAPE_MAP = {
      "&": "&amp;",
      '"': "&quot;",
      "'": "&apos;",
      "<": "&lt;",
      ">": "&gt;",
      "\r": "&#x0D;",
      "\n": "&#x0A;",
      "": "&#x85;",
      "\u2028": "&#x2028;"
    };
    function escapeElement(value) {
      return value.replace(ELEMENT_ESCAPE_RE, ch => ELEMENT_ESCAPE_MAP[ch]);
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/XmlText.js
    class XmlText {
      value;
      constructor(value) {
        this.value = value;
      }
      toString() {
        return escapeElement("" + this.value);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/XmlNode.js
    class XmlNode {
      name;
      children;
      attributes={};
      static of(name, childText, withName) {
        const node = new XmlNode(name);
        if (childText !== void 0) node.addChildNode(new XmlText(childText));
        if (withName !== void 0) node.withName(withName);
        return node;
      }
      constructor(name, children = []) {
        this.name = name;
        this.children = children;
      }
      withName(name) {
        this.name = name;
        return this;
      }
      addAttribute(name, value) {
        this.attributes[name] = value;
        return this;
      }
      addChildNode(child) {
        this.children.push(child);
        return this;
      }
      removeAttribute(name) {
        delete this.attributes[name];
        return this;
      }
      n(name) {
        this.name = name;
        return this;
      }
      c(child) {
        this.children.push(child);
        return this;
      }
      a(name, value) {
        if (value != null) this.attributes[name] = value;
        return this;
      }
      cc(input, field, withName = field) {
        if (input[field] != null) {
          const node = XmlNode.of(field, input[field]).withName(withName);
          this.c(node);
        }
      }
      l(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
          const nodes = valueProvider();
          nodes.map(node => {
            node.withName(memberName);
            this.c(node);
          });
        }
      }
      lc(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
          const nodes = valueProvider();
          const containerNode = new XmlNode(memberName);
          nodes.map(node => {
            containerNode.c(node);
          });
          this.c(containerNode);
        }
      }
      toString() {
        const hasChildren = Boolean(this.children.length);
        let xmlText = `<${this.name}`;
        const attributes = this.attributes;
        for (const attributeName of Object.keys(attributes)) {
          const attribute = attributes[attributeName];
          if (attribute != null) xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`;
        }
        return xmlText + (!hasChildren ? "/>" : `>${this.children.map(c => c.toString()).join("")}</${this.name}>`);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/xml-builder/dist-es/xml-parser.js
    function writeKey(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    function parseXML(xml) {
      const state = new AwsXmlParser(xml);
      return state.parse();
    }
    class AwsXmlParser {
      x;
      i=0;
      z;
      constructor(x) {
        this.x = x;
        this.x = x.replace(/\r\n?/g, "\n");
        this.z = this.x.length;
      }
      parse() {
        const p = this;
        const {z: z} = p;
        while (p.i < z) {
          p.trim();
          if (p.i >= z) break;
          if (p.isNext("<?")) {
            p.readTo("?>");
            p.trim();
          } else if (p.isNext("\x3c!--")) {
            p.readTo("--\x3e");
            p.trim();
          } else if (p.isNext("<!DOCTYPE", false)) {
            p.skipDoctype();
            p.trim();
          } else if (p.x[p.i] === "<") {
            const root = p.parseTag();
            return {
              [root.tag]: root.value
            };
          } else throw new Error("@aws-sdk XML parse error: unexpected content.");
        }
        throw new Error("@aws-sdk XML parse error: no root element.");
      }
      isNext(s, caseSensitive = true) {
        const p = this;
        if (caseSensitive) return p.x.startsWith(s, p.i);
        return p.x.toLowerCase().startsWith(s.toLowerCase(), p.i);
      }
      readTo(stop) {
        const p = this;
        const _i = p.x.indexOf(stop, p.i);
        if (_i === -1) throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
        const result = p.x.slice(p.i, _i);
        p.i = _i + stop.length;
        return result;
      }
      trim() {
        const p = this;
        while (p.i < p.z && " \t\r\n".includes(p.x[p.i])) ++p.i;
      }
      readAttrValue() {
        const p = this;
        const quote = p.x[p.i];
        ++p.i;
        let value = "";
        while (p.i < p.z && p.x[p.i] !== quote) value += p.x[p.i++];
        ++p.i;
        return p.decodeEntities(value);
      }
      parseTag() {
        const p = this;
        ++p.i;
        let tag = "";
        while (p.i < p.z && !" \t\r\n>/".includes(p.x[p.i])) tag += p.x[p.i++];
        let hasAttrs = false;
        const attrs = {};
        while (p.i < p.z) {
          p.trim();
          if (">/".includes(p.x[p.i])) break;
          let name = "";
          while (p.i < p.z && !"= \t\r\n>/?".includes(p.x[p.i])) name += p.x[p.i++];
          p.trim();
          if (p.x[p.i] !== "=") break;
          ++p.i;
          p.trim();
          if (name === "__proto__") writeKey(attrs);
          attrs[name] = p.readAttrValue();
          hasAttrs = true;
        }
        if (p.i >= p.z) throw new Error("@aws-sdk XML parse error: unexpected end of input.");
        if (p.x[p.i] === "/") {
          ++p.i;
          if (p.i >= p.z || p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
          ++p.i;
          return {
            tag: tag,
            value: hasAttrs ? attrs : ""
          };
        }
        if (p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
        ++p.i;
        const textParts = [];
        const childTags = [];
        let hasElementChild = false;
        while (p.i < p.z) {
          if (p.isNext("</")) break;
          if (p.x[p.i] === "<") if (p.isNext("\x3c!--")) p.readTo("--\x3e"); else if (p.isNext("<![CDATA[")) {
            p.i += 9;
            textParts.push(p.readTo("]]>"));
          } else if (p.isNext("<?")) p.readTo("?>"); else {
            hasElementChild = true;
            childTags.push(p.parseTag());
          } else {
            let text = "";
            while (p.i < p.z && p.x[p.i] !== "<") text += p.x[p.i++];
            textParts.push(p.decodeEntities(text));
          }
        }
        if (!p.isNext("</")) throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
        p.i += 2;
        const closeTag = p.readTo(">").trim();
        if (closeTag !== tag) throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
        if (!hasAttrs && textParts.length === 0 && !hasElementChild) return {
          tag: tag,
          value: ""
        };
        if (!hasAttrs && !hasElementChild) {
          const text = textParts.length === 1 ? textParts[0] : textParts.join("");
          if (text.trim() === "" && text.includes("\n")) return {
            tag: tag,
            value: ""
          };
          return {
            tag: tag,
            value: text
          };
        }
        const obj = {};
        for (const text of textParts) {
          if (text.trim() === "" && text.includes("\n")) continue;
          obj["#text"] = "#text" in obj ? obj["#text"] + text : text;
        }
        for (const child of childTags) {
          if (child.tag === "__proto__") writeKey(obj);
          if (child.tag in obj) if (Array.isArray(obj[child.tag])) obj[child.tag].push(child.value); else obj[child.tag] = [ obj[child.tag], child.value ]; else obj[child.tag] = child.value;
        }
        for (const [k, v] of Object.entries(attrs)) {
          if (k === "__proto__") writeKey(obj);
          obj[k] = v;
        }
        return {
          tag: tag,
          value: obj
        };
      }
      static ENTITIES={
        amp: "&",
        lt: "<",
        gt: ">",
        quot: '"',
        apos: "'"
      };
      skipDoctype() {
        const p = this;
        p.i += 9;
        let depth = 0;
        while (p.i < p.z) {
          const c = p.x[p.i];
          if (c === "[") ++depth; else if (c === "]") --depth; else if (c === ">" && depth === 0) {
            ++p.i;
            return;
          }
          ++p.i;
        }
        throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
      }
      decodeEntities(s) {
        return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => {
          if (hex) return String.fromCharCode(parseInt(hex, 16));
          if (dec) return String.fromCharCode(parseInt(dec, 10));
          return AwsXmlParser.ENTITIES[named] ?? "";
        });
      }
    }
  },
  /***/ 9320: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const PROTECTED_KEYS = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE")
    };
    const NO_GLOBAL_AWS_LAMBDA = [ "true", "1" ].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
    if (!NO_GLOBAL_AWS_LAMBDA) globalThis.awslambda = globalThis.awslambda || {};
    class InvokeStoreBase {
      static PROTECTED_KEYS=PROTECTED_KEYS;
      isProtectedKey(key) {
        return Object.values(PROTECTED_KEYS).includes(key);
      }
      getRequestId() {
        return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(PROTECTED_KEYS.TENANT_ID);
      }
      getTraceparent() {
        return this.get(PROTECTED_KEYS.TRACEPARENT);
      }
      getTracestate() {
        return this.get(PROTECTED_KEYS.TRACESTATE);
      }
      getBaggage() {
        return this.get(PROTECTED_KEYS.BAGGAGE);
      }
    }
    class InvokeStoreSingle extends InvokeStoreBase {
      currentContext;
      getContext() {
        return this.currentContext;
      }
      hasContext() {
        return this.currentContext !== void 0;
      }
      get(key) {
        return this.currentContext?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        this.currentContext = this.currentContext || {};
        this.currentContext[key] = value;
      }
      run(context, fn) {
        this.currentContext = context;
        return fn();
      }
    }
    class InvokeStoreMulti extends InvokeStoreBase {
      als;
      static async create() {
        const instance = new InvokeStoreMulti;
        const asyncHooks = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 6698, 23));
        instance.als = new asyncHooks.AsyncLocalStorage;
        return instance;
      }
      getContext() {
        return this.als.getStore();
      }
      hasContext() {
        return this.als.getStore() !== void 0;
      }
      get(key) {
        return this.als.getStore()?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        const store = this.als.getStore();
        if (!store) throw new Error("No context available");
        store[key] = value;
      }
      run(context, fn) {
        return this.als.run(context, fn);
      }
    }
    exports.InvokeStore = void 0;
    (function(InvokeStore) {
      let instance = null;
      async function getInstanceAsync(forceInvokeStoreMulti) {
        if (!instance) instance = (async () => {
          const isMulti = forceInvokeStoreMulti === true || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env;
          const newInstance = isMulti ? await InvokeStoreMulti.create() : new InvokeStoreSingle;
          if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore) return globalThis.awslambda.InvokeStore; else if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda) {
            globalThis.awslambda.InvokeStore = newInstance;
            return newInstance;
          } else return newInstance;
        })();
        return instance;
      }
      InvokeStore.getInstanceAsync = getInstanceAsync;
      InvokeStore._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1" ? {
        reset: () => {
          instance = null;
          if (globalThis.awslambda?.InvokeStore) delete globalThis.awslambda.InvokeStore;
          globalThis.awslambda = {
            InvokeStore: void 0
          };
        }
      } : void 0;
    })(exports.InvokeStore || (exports.InvokeStore = {}));
    exports.InvokeStoreBase = InvokeStoreBase;
    /***/  },
  /***/ 402: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {getSmithyContext: getSmithyContext, hasOwn: hasOwn} = __webpack_require__(4534);
    exports.getSmithyContext = getSmithyContext;
    const {HttpRequest: HttpRequest} = __webpack_require__(3422);
    const {requestBuilder: requestBuilder} = __webpack_require__(3422);
    exports.requestBuilder = requestBuilder;
    const {HttpApiKeyAuthLocation: HttpApiKeyAuthLocation} = __webpack_require__(5662);
    const resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
      if (!authSchemePreference || authSchemePreference.length === 0) return candidateAuthOptions;
      const preferredAuthOptions = [];
      for (const preferredSchemeName of authSchemePreference) for (const candidateAuthOption of candidateAuthOptions) {
        const candidateAuthSchemeName = candidateAuthOption.schemeId.split("#")[1];
        if (candidateAuthSchemeName === preferredSchemeName) preferredAuthOptions.push(candidateAuthOption);
      }
      for (const candidateAuthOption of candidateAuthOptions) if (!preferredAuthOptions.find(({schemeId: schemeId}) => schemeId === candidateAuthOption.schemeId)) preferredAuthOptions.push(candidateAuthOption);
      return preferredAuthOptions;
    };
    function convertHttpAuthSchemesToMap(httpAuthSchemes) {
      const map = new Map;
      for (const scheme of httpAuthSchemes) map.set(scheme.schemeId, scheme);
      return map;
    }
    const httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async args => {
      const options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input));
      const authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [];
      const resolvedOptions = resolveAuthOptions(options, authSchemePreference);
      const authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes);
      const smithyContext = getSmithyContext(context);
      const failureReasons = [];
      for (const option of resolvedOptions) {
        const scheme = authSchemes.get(option.schemeId);
        if (!scheme) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
        if (!identityProvider) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const {identityProperties: identityProperties = {}, signingProperties: signingProperties = {}} = option.propertiesExtractor?.(config, context) || {};
        option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties);
        option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties);
        smithyContext.selectedHttpAuthScheme = {
          httpAuthOption: option,
          identity: await identityProvider(option.identityProperties),
          signer: scheme.signer
        };
        break;
      }
      if (!smithyContext.selectedHttpAuthScheme) throw new Error(failureReasons.join("\n"));
      return next(args);
    };
    const httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
      step: "serialize",
      tags: [ "HTTP_AUTH_SCHEME" ],
      name: "httpAuthSchemeMiddleware",
      override: true,
      relation: "before",
      toMiddleware: "endpointV2Middleware"
    };
    const getHttpAuthSchemeEndpointRuleSetPlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
          identityProviderConfigProvider: identityProviderConfigProvider
        }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
      }
    });
    const httpAuthSchemeMiddlewareOptions = {
      step: "serialize",
      tags: [ "HTTP_AUTH_SCHEME" ],
      name: "httpAuthSchemeMiddleware",
      override: true,
      relation: "before",
      toMiddleware: "serializerMiddleware"
    };
    const getHttpAuthSchemePlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
          identityProviderConfigProvider: identityProviderConfigProvider
        }), httpAuthSchemeMiddlewareOptions);
      }
    });
    const defaultErrorHandler = signingProperties => error => {
      throw error;
    };
    const defaultSuccessHandler = (httpResponse, signingProperties) => {};
    const httpSigningMiddleware = config => (next, context) => async args => {
      if (!HttpRequest.isInstance(args.request)) return next(args);
      const smithyContext = getSmithyContext(context);
      const scheme = smithyContext.selectedHttpAuthScheme;
      if (!scheme) throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
      const {httpAuthOption: {signingProperties: signingProperties = {}}, identity: identity, signer: signer} = scheme;
      const output = await next({
        ...args,
        request: await signer.sign(args.request, identity, signingProperties)
      }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
      (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
      return output;
    };
    const httpSigningMiddlewareOptions = {
      step: "finalizeRequest",
      tags: [ "HTTP_SIGNING" ],
      name: "httpSigningMiddleware",
      aliases: [ "apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware" ],
      override: true,
      relation: "after",
      toMiddleware: "retryMiddleware"
    };
    const getHttpSigningPlugin = config => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(httpSigningMiddleware(), httpSigningMiddlewareOptions);
      }
    });
    const normalizeProvider = input => {
      if (typeof input === "function") return input;
      const promisified = Promise.resolve(input);
      return () => promisified;
    };
    const makePagedClientRequest = async (CommandCtor, client, input, withCommand = _ => _, ...args) => {
      let command = new CommandCtor(input);
      command = withCommand(command) ?? command;
      return await client.send(command, ...args);
    };
    function createPaginator(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
      return async function*(config, input, ...additionalArguments) {
        const _input = input;
        let token = config.startingToken ?? _input[inputTokenName];
        let hasNext = true;
        let page;
        while (hasNext) {
          _input[inputTokenName] = token;
          if (pageSizeTokenName) _input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize;
          if (config.client instanceof ClientCtor) page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments); else throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
          yield page;
          const prevToken = token;
          token = get(page, outputTokenName);
          hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
        }
        return;
      };
    }
    const get = (fromObject, path) => {
      let cursor = fromObject;
      const pathComponents = path.split(".");
      for (const step of pathComponents) {
        if (!cursor || typeof cursor !== "object") return;
        cursor = cursor[step];
      }
      return cursor;
    };
    function setFeature(context, feature, value) {
      if (!context.__smithy_context) context.__smithy_context = {
        features: {}
      }; else if (!context.__smithy_context.features) context.__smithy_context.features = {};
      context.__smithy_context.features[feature] = value;
    }
    class DefaultIdentityProviderConfig {
      authSchemes=new Map;
      constructor(config) {
        for (const key in config) {
          if (!hasOwn(config, key)) continue;
          const value = config[key];
          if (value !== void 0) this.authSchemes.set(key, value);
        }
      }
      getIdentityProvider(schemeId) {
        return this.authSchemes.get(schemeId);
      }
    }
    class HttpApiKeyAuthSigner {
      async sign(httpRequest, identity, signingProperties) {
        if (!signingProperties) throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing");
        if (!signingProperties.name) throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing");
        if (!signingProperties.in) throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing");
        if (!identity.apiKey) throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined");
        const clonedRequest = HttpRequest.clone(httpRequest);
        if (signingProperties.in === HttpApiKeyAuthLocation.QUERY) clonedRequest.query[signingProperties.name] = identity.apiKey; else if (signingProperties.in === HttpApiKeyAuthLocation.HEADER) clonedRequest.headers[signingProperties.name] = signingProperties.scheme ? `${signingProperties.scheme} ${identity.apiKey}` : identity.apiKey; else throw new Error("request can only be signed with `apiKey` locations `query` or `header`, " + "but found: `" + signingProperties.in + "`");
        return clonedRequest;
      }
    }
    class HttpBearerAuthSigner {
      async sign(httpRequest, identity, signingProperties) {
        const clonedRequest = HttpRequest.clone(httpRequest);
        if (!identity.token) throw new Error("request could not be signed with `token` since the `token` is not defined");
        clonedRequest.headers["Authorization"] = `Bearer ${identity.token}`;
        return clonedRequest;
      }
    }
    class NoAuthSigner {
      async sign(httpRequest, identity, signingProperties) {
        return httpRequest;
      }
    }
    const createIsIdentityExpiredFunction = expirationMs => function(identity) {
      return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
    };
    const EXPIRATION_MS = 3e5;
    const isIdentityExpired = createIsIdentityExpiredFunction(EXPIRATION_MS);
    const doesIdentityRequireRefresh = identity => identity.expiration !== void 0;
    const memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
      if (provider === void 0) return;
      const normalizedProvider = typeof provider !== "function" ? async () => Promise.resolve(provider) : provider;
      let resolved;
      let pending;
      let hasResult;
      let isConstant = false;
      const coalesceProvider = async options => {
        if (!pending) pending = normalizedProvider(options);
        try {
          resolved = await pending;
          hasResult = true;
          isConstant = false;
        } finally {
          pending = void 0;
        }
        return resolved;
      };
      if (isExpired === void 0) return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
        return resolved;
      };
      return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
        if (isConstant) return resolved;
        if (!requiresRefresh(resolved)) {
          isConstant = true;
          return resolved;
        }
        if (isExpired(resolved)) {
          await coalesceProvider(options);
          return resolved;
        }
        return resolved;
      };
    };
    exports.DefaultIdentityProviderConfig = DefaultIdentityProviderConfig;
    exports.EXPIRATION_MS = EXPIRATION_MS;
    exports.HttpApiKeyAuthSigner = HttpApiKeyAuthSigner;
    exports.HttpBearerAuthSigner = HttpBearerAuthSigner;
    exports.NoAuthSigner = NoAuthSigner;
    exports.createIsIdentityExpiredFunction = createIsIdentityExpiredFunction;
    exports.createPaginator = createPaginator;
    exports.doesIdentityRequireRefresh = doesIdentityRequireRefresh;
    exports.getHttpAuthSchemeEndpointRuleSetPlugin = getHttpAuthSchemeEndpointRuleSetPlugin;
    exports.getHttpAuthSchemePlugin = getHttpAuthSchemePlugin;
    exports.getHttpSigningPlugin = getHttpSigningPlugin;
    exports.httpAuthSchemeEndpointRuleSetMiddlewareOptions = httpAuthSchemeEndpointRuleSetMiddlewareOptions;
    exports.httpAuthSchemeMiddleware = httpAuthSchemeMiddleware;
    exports.httpAuthSchemeMiddlewareOptions = httpAuthSchemeMiddlewareOptions;
    exports.httpSigningMiddleware = httpSigningMiddleware;
    exports.httpSigningMiddlewareOptions = httpSigningMiddlewareOptions;
    exports.isIdentityExpired = isIdentityExpired;
    exports.memoizeIdentityProvider = memoizeIdentityProvider;
    exports.normalizeProvider = normalizeProvider;
    exports.setFeature = setFeature;
    /***/  },
  /***/ 4645: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {nv: nv, NumericValue: NumericValue, calculateBodyLength: calculateBodyLength, generateIdempotencyToken: generateIdempotencyToken, fromBase64: fromBase64, _parseEpochTimestamp: _parseEpochTimestamp} = __webpack_require__(2430);
    const {hasOwn: hasOwn} = __webpack_require__(4534);
    const {HttpRequest: HttpRequest, collectBody: collectBody, SerdeContext: SerdeContext, AbstractRpcV2Protocol: AbstractRpcV2Protocol} = __webpack_require__(3422);
    const {NormalizedSchema: NormalizedSchema, TypeRegistry: TypeRegistry} = __webpack_require__(6890);
    const majorUint64 = 0;
    const majorNegativeInt64 = 1;
    const majorUnstructuredByteString = 2;
    const majorUtf8String = 3;
    const majorList = 4;
    const majorMap = 5;
    const majorTag = 6;
    const majorSpecial = 7;
    const specialFalse = 20;
    const specialTrue = 21;
    const specialNull = 22;
    const specialUndefined = 23;
    const extendedOneByte = 24;
    const extendedFloat16 = 25;
    const extendedFloat32 = 26;
    const extendedFloat64 = 27;
    const minorIndefinite = 31;
    function alloc(size) {
      return typeof Buffer !== "undefined" ? Buffer.alloc(size) : new Uint8Array(size);
    }
    const tagSymbol = Symbol("@smithy/core/cbor::tagSymbol");
    function tag(data) {
      data[tagSymbol] = true;
      return data;
    }
    const USE_BUFFER$3 = typeof Buffer !== "undefined";
    const textDecoder$1 = new TextDecoder;
    let payload$1 = alloc(0);
    let isBuffer$1 = false;
    let dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength);
    let _offset = 0;
    function setPayload(bytes) {
      payload$1 = bytes;
      isBuffer$1 = USE_BUFFER$3 && payload$1 instanceof Buffer;
      dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength);
    }
    function decode(at, to) {
      if (at >= to) throw new Error("unexpected end of (decode) payload.");
      const major = (payload$1[at] & 224) >> 5;
      const minor = payload$1[at] & 31;
      if (minor === minorIndefinite && 2 <= major && major <= 5) return decodeIndefinite(at, to);
      switch (major) {
       case majorUint64:
       case majorNegativeInt64:
       case majorTag:
        {
          let unsignedInt;
          let offset;
          if (minor < 24) {
            unsignedInt = minor;
            offset = 1;
          } else switch (minor) {
           case extendedOneByte:
            if (to - at < 2) overflow$1(1);
            unsignedInt = payload$1[at + 1];
            offset = 2;
            break;

           case extendedFloat16:
            if (to - at < 3) overflow$1(2);
            unsignedInt = dataView$2.getUint16(at + 1);
            offset = 3;
            break;

           case extendedFloat32:
            if (to - at < 5) overflow$1(4);
            unsignedInt = dataView$2.getUint32(at + 1);
            offset = 5;
            break;

           case extendedFloat64:
            if (to - at < 9) overflow$1(8);
            {
              const hi = dataView$2.getUint32(at + 1);
              if (hi < 2097152) unsignedInt = hi * 4294967296 + dataView$2.getUint32(at + 5); else unsignedInt = dataView$2.getBigUint64(at + 1);
            }
            offset = 9;
            break;

           default:
            unexpectedMinor(minor);
          }
          if (major === majorUint64) {
            _offset = offset;
            return castBigInt$1(unsignedInt);
          } else if (major === majorNegativeInt64) {
            let negativeInt;
            if (typeof unsignedInt === "bigint") negativeInt = BigInt(-1) - unsignedInt; else negativeInt = -1 - unsignedInt;
            _offset = offset;
            return castBigInt$1(negativeInt);
          } else return decodeTagValue(at, to, minor, unsignedInt, offset);
        }

       case majorUtf8String:
        return decodeUtf8String(at, to);

       case majorMap:
        return decodeMap(at, to);

       case majorList:
        return decodeList(at, to);

       case majorUnstructuredByteString:
        return decodeUnstructuredByteString(at, to);

       default:
        return decodeSpecial(at, to);
      }
    }
    function decodeIndefinite(at, to) {
      const major = (payload$1[at] & 224) >> 5;
      const minor = payload$1[at] & 31;
      if (minor === minorIndefinite) switch (major) {
       case majorUtf8String:
        return decodeUtf8StringIndefinite(at, to);

       case majorMap:
        return decodeMapIndefinite(at, to);

       case majorList:
        return decodeListIndefinite(at, to);

       case majorUnstructuredByteString:
        return decodeUnstructuredByteStringIndefinite(at, to);
      }
    }
    function bytesToFloat16$1(a, b) {
      const sign = a >> 7;
      const exponent = (a & 124) >> 2;
      const fraction = (a & 3) << 8 | b;
      const scalar = sign === 0 ? 1 : -1;
      if (exponent === 0) {
        if (fraction === 0) return 0;
        return scalar * (Math.pow(2, 1 - 15) * (fraction / 1024));
      } else if (exponent === 31) {
        if (fraction === 0) return scalar * (1 / 0);
        return NaN;
      }
      return scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
    }
    function decodeMap(at, to) {
      const mapDataLength = decodeCount$1(at, to);
      if (mapDataLength < 25) return decodeMapSmall(at, to, mapDataLength);
      return decodeMapLarge(at, to, mapDataLength);
    }
    function decodeMapLarge(at, to, mapDataLength) {
      const offset = _offset;
      at += offset;
      const base = at;
      const map = Object.create(null);
      for (let i = 0; i < mapDataLength; ++i) {
        const key = decodeUtf8String(at, to);
        at += _offset;
        const valMajor = (payload$1[at] & 224) >> 5;
        if (valMajor === majorUtf8String) map[key] = decodeUtf8String(at, to); else map[key] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      Object.setPrototypeOf(map, Object.prototype);
      return map;
    }
    function decodeMapSmall(at, to, mapDataLength) {
      const offset = _offset;
      at += offset;
      const base = at;
      const map = {};
      for (let i = 0; i < mapDataLength; ++i) {
        const key = decodeUtf8String(at, to);
        at += _offset;
        map[key] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      return map;
    }
    function decodeList(at, to) {
      const listDataLength = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      const base = at;
      const list = Array(listDataLength);
      for (let i = 0; i < listDataLength; ++i) {
        list[i] = decode(at, to);
        at += _offset;
      }
      _offset = offset + (at - base);
      return list;
    }
    function decodeUtf8String(at, to) {
      const length = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      if (to - at < length) overflow$1(length);
      _offset = offset + length;
      if (length < 24) return decodeUtf8StringCached(at, length);
      if (isBuffer$1) return payload$1.toString("utf-8", at, at + length);
      return textDecoder$1.decode(payload$1.subarray(at, at + length));
    }
    const stringCache$1 = new Array(2048);
    const stringCacheEpochs$1 = new Uint16Array(2048);
    let cacheEpoch$1 = 0;
    function advanceDecodingEpoch() {
      cacheEpoch$1 = cacheEpoch$1 + 1 & 65535;
    }
    function decodeUtf8StringCached(at, length) {
      let h = length;
      for (let i = 0; i < length; ++i) h = h * 31 + payload$1[at + i] | 0;
      const slot = h >>> 0 & 2047;
      const cached = stringCache$1[slot];
      if (cached !== void 0) if (cached.length === length) {
        let match = true;
        for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload$1[at + i]) {
          match = false;
          break;
        }
        if (match) {
          stringCacheEpochs$1[slot] = cacheEpoch$1;
          return cached;
        }
      }
      const result = isBuffer$1 ? payload$1.toString("utf-8", at, at + length) : textDecoder$1.decode(payload$1.subarray(at, at + length));
      if (stringCacheEpochs$1[slot] !== cacheEpoch$1) {
        stringCache$1[slot] = result;
        stringCacheEpochs$1[slot] = cacheEpoch$1;
      }
      return result;
    }
    function decodeUnstructuredByteString(at, to) {
      const length = decodeCount$1(at, to);
      const offset = _offset;
      at += offset;
      if (to - at < length) overflow$1(length);
      const value = payload$1.subarray(at, at + length);
      _offset = offset + length;
      return value;
    }
    function decodeTagValue(at, to, minor, unsignedInt, offset) {
      if (minor === 2 || minor === 3) {
        const length = decodeCount$1(at + offset, to);
        let b = BigInt(0);
        const start = at + offset + _offset;
        for (let i = start; i < start + length; ++i) b = b << BigInt(8) | BigInt(payload$1[i]);
        _offset = offset + _offset + length;
        return minor === 3 ? -b - BigInt(1) : b;
      } else if (minor === 4) {
        const decimalFraction = decode(at + offset, to);
        const [rawExponent, mantissa] = decimalFraction;
        const normalizer = mantissa < 0 ? -1 : 1;
        const absMantissa = BigInt(normalizer) * BigInt(mantissa);
        const mantissaDigits = String(absMantissa);
        const sign = mantissa < 0 ? "-" : "";
        let numericString;
        const isSmallExponent = typeof rawExponent === "number" && Math.abs(rawExponent) <= 2 ** 28;
        if (isSmallExponent) {
          const exponent = rawExponent;
          const mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
          numericString = exponent === 0 ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent);
          numericString = numericString.replace(/^0+/g, "");
          if (numericString === "") numericString = "0";
          if (numericString[0] === ".") numericString = "0" + numericString;
          numericString = sign + numericString;
        } else {
          const bigExponent = BigInt(rawExponent);
          if (mantissaDigits.length === 1) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
            const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
            numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
          }
        }
        _offset = offset + _offset;
        return nv(numericString);
      } else {
        const value = decode(at + offset, to);
        const valueOffset = _offset;
        _offset = offset + valueOffset;
        return tag({
          tag: castBigInt$1(unsignedInt),
          value: value
        });
      }
    }
    function decodeSpecial(at, to) {
      const minor = payload$1[at] & 31;
      switch (minor) {
       case specialTrue:
       case specialFalse:
        _offset = 1;
        return minor === specialTrue;

       case specialNull:
        _offset = 1;
        return null;

       case specialUndefined:
        _offset = 1;
        return null;

       case extendedFloat16:
        if (to - at < 3) throw new Error("incomplete float16 at end of buf.");
        _offset = 3;
        return bytesToFloat16$1(payload$1[at + 1], payload$1[at + 2]);

       case extendedFloat32:
        if (to - at < 5) throw new Error("incomplete float32 at end of buf.");
        _offset = 5;
        return dataView$2.getFloat32(at + 1);

       case extendedFloat64:
        if (to - at < 9) throw new Error("incomplete float64 at end of buf.");
        _offset = 9;
        return dataView$2.getFloat64(at + 1);

       default:
        unexpectedMinor(minor);
      }
    }
    function decodeCount$1(at, to) {
      const minor = payload$1[at] & 31;
      if (minor < 24) {
        _offset = 1;
        return minor;
      }
      switch (minor) {
       case extendedOneByte:
        if (to - at < 2) overflow$1(1);
        _offset = 2;
        return payload$1[at + 1];

       case extendedFloat16:
        if (to - at < 3) overflow$1(2);
        _offset = 3;
        return dataView$2.getUint16(at + 1);

       case extendedFloat32:
        if (to - at < 5) overflow$1(4);
        _offset = 5;
        return dataView$2.getUint32(at + 1);

       case extendedFloat64:
        if (to - at < 9) overflow$1(8);
        _offset = 9;
        return demote(dataView$2.getBigUint64(at + 1));

       default:
        unexpectedMinor(minor);
      }
    }
    function decodeMapIndefinite(at, to) {
      at += 1;
      const base = at;
      const map = {};
      for (;at < to; ) {
        if (payload$1[at] === 255) {
          _offset = at - base + 2;
          return map;
        }
        const key = decodeUtf8String(at, to);
        at += _offset;
        map[key] = decode(at, to);
        at += _offset;
      }
      throw new Error("expected break marker.");
    }
    function decodeListIndefinite(at, to) {
      at += 1;
      const list = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          _offset = at - base + 2;
          return list;
        }
        list.push(decode(at, to));
        at += _offset;
      }
      throw new Error("expected break marker.");
    }
    function decodeUtf8StringIndefinite(at, to) {
      at += 1;
      const vector = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          const data = alloc(vector.length);
          data.set(vector, 0);
          _offset = at - base + 2;
          if (USE_BUFFER$3) return data.toString("utf-8", 0, data.length);
          return textDecoder$1.decode(data);
        }
        const major = (payload$1[at] & 224) >> 5;
        const minor = payload$1[at] & 31;
        if (major !== majorUtf8String) unexpectedMajorInIndefiniteString(major);
        if (minor === minorIndefinite) throw new Error("nested indefinite string.");
        const bytes = decodeUnstructuredByteString(at, to);
        const length = _offset;
        at += length;
        for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
      }
      throw new Error("expected break marker.");
    }
    function decodeUnstructuredByteStringIndefinite(at, to) {
      at += 1;
      const vector = [];
      for (const base = at; at < to; ) {
        if (payload$1[at] === 255) {
          const data = alloc(vector.length);
          data.set(vector, 0);
          _offset = at - base + 2;
          return data;
        }
        const major = (payload$1[at] & 224) >> 5;
        const minor = payload$1[at] & 31;
        if (major !== majorUnstructuredByteString) unexpectedMajorInIndefiniteString(major);
        if (minor === minorIndefinite) throw new Error("nested indefinite string.");
        const bytes = decodeUnstructuredByteString(at, to);
        const length = _offset;
        at += length;
        for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
      }
      throw new Error("expected break marker.");
    }
    function castBigInt$1(bigInt) {
      if (typeof bigInt === "number") return bigInt;
      const num = Number(bigInt);
      if (Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER) return num;
      return bigInt;
    }
    function demote(bigInteger) {
      const num = Number(bigInteger);
      if (num < Number.MIN_SAFE_INTEGER || Number.MAX_SAFE_INTEGER < num) console.warn(new Error(`@smithy/core/cbor - truncating BigInt(${bigInteger}) to ${num} with loss of precision.`));
      return num;
    }
    function overflow$1(n) {
      throw new Error(`length ${n} greater than remaining buf len.`);
    }
    function unexpectedMinor(minor) {
      throw new Error(`unexpected minor value ${minor}.`);
    }
    function unexpectedMajorInIndefiniteString(major) {
      throw new Error(`unexpected major type ${major} in indefinite string.`);
    }
    const USE_BUFFER$2 = typeof Buffer !== "undefined";
    const encodeStringCache = new Map;
    let encodeCacheEpoch$1 = 0;
    let encodeCacheSaturated$1 = false;
    const initialSize = 2048;
    let data = alloc(initialSize);
    let dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let cursor$1 = 0;
    function encode(_input) {
      const encodeStack = [ _input ];
      while (encodeStack.length) {
        const input = encodeStack.pop();
        if (typeof input === "string") {
          const len = input.length;
          if (USE_BUFFER$2) {
            ensureSpace(len * 3 + 9);
            if (len > 23) {
              encodeHeader$1(majorUtf8String, Buffer.byteLength(input));
              cursor$1 += data.write(input, cursor$1);
            } else encodeStringCached(input);
          } else {
            const maxBytes = len * 3;
            ensureSpace(maxBytes + 9);
            const headerPos = cursor$1;
            const result = (new TextEncoder).encodeInto(input, data.subarray(cursor$1 + 9));
            const byteLen = result.written;
            let headerSize;
            if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else if (byteLen < 65536) headerSize = 3; else if (byteLen < 4294967296) headerSize = 5; else headerSize = 9;
            if (headerSize < 9) data.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen);
            cursor$1 = headerPos;
            encodeInteger(majorUtf8String, byteLen);
            cursor$1 += byteLen;
          }
          continue;
        }
        if (data.byteLength - cursor$1 < 9) ensureSpace(64);
        if (typeof input === "number") {
          if (Number.isInteger(input) && input >= -9007199254740992 && input <= 9007199254740991) {
            const nonNegative = input >= 0;
            const major = nonNegative ? majorUint64 : majorNegativeInt64;
            const value = nonNegative ? input : -input - 1;
            if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
              data[cursor$1++] = major << 5 | 24;
              data[cursor$1++] = value;
            } else if (value < 65536) {
              data[cursor$1++] = major << 5 | extendedFloat16;
              data[cursor$1++] = value >> 8;
              data[cursor$1++] = value & 255;
            } else if (value < 4294967296) {
              data[cursor$1++] = major << 5 | extendedFloat32;
              dataView$1.setUint32(cursor$1, value);
              cursor$1 += 4;
            } else {
              data[cursor$1++] = major << 5 | extendedFloat64;
              const hi = value / 4294967296 | 0;
              const lo = value - hi * 4294967296 | 0;
              dataView$1.setUint32(cursor$1, hi);
              dataView$1.setUint32(cursor$1 + 4, lo);
              cursor$1 += 8;
            }
            continue;
          }
          data[cursor$1++] = majorSpecial << 5 | extendedFloat64;
          dataView$1.setFloat64(cursor$1, input);
          cursor$1 += 8;
          continue;
        } else if (typeof input === "bigint") {
          const nonNegative = input >= 0;
          const major = nonNegative ? majorUint64 : majorNegativeInt64;
          const value = nonNegative ? input : -input - BigInt(1);
          if (value < BigInt("18446744073709551616")) {
            const n = Number(value);
            if (n < 4294967296) encodeInteger(major, n); else {
              data[cursor$1++] = major << 5 | extendedFloat64;
              dataView$1.setBigUint64(cursor$1, value);
              cursor$1 += 8;
            }
          } else {
            const binaryBigInt = value.toString(2);
            const bigIntBytes = new Uint8Array(Math.ceil(binaryBigInt.length / 8));
            let b = value;
            let i = 0;
            while (bigIntBytes.byteLength - ++i >= 0) {
              bigIntBytes[bigIntBytes.byteLength - i] = Number(b & BigInt(255));
              b >>= BigInt(8);
            }
            ensureSpace(bigIntBytes.byteLength * 2 + 16);
            data[cursor$1++] = nonNegative ? 194 : 195;
            encodeHeader$1(majorUnstructuredByteString, bigIntBytes.byteLength);
            data.set(bigIntBytes, cursor$1);
            cursor$1 += bigIntBytes.byteLength;
          }
          continue;
        } else if (input === null) {
          data[cursor$1++] = majorSpecial << 5 | specialNull;
          continue;
        } else if (typeof input === "boolean") {
          data[cursor$1++] = majorSpecial << 5 | (input ? specialTrue : specialFalse);
          continue;
        } else if (typeof input === "undefined") throw new Error("@smithy/core/cbor: client may not serialize undefined value."); else if (Array.isArray(input)) {
          encodeInteger(majorList, input.length);
          ensureSpace(input.length * 9 + 64);
          for (let i = input.length - 1; i >= 0; --i) encodeStack.push(input[i]);
          continue;
        } else if (typeof input.byteLength === "number") {
          ensureSpace(input.length * 2 + 9);
          encodeInteger(majorUnstructuredByteString, input.length);
          data.set(input, cursor$1);
          cursor$1 += input.byteLength;
          continue;
        } else if (typeof input === "object") {
          if (input instanceof NumericValue) {
            let str = input.string;
            let expOffset = BigInt(0);
            const eIndex = str.search(/[eE]/);
            if (eIndex !== -1) {
              expOffset = BigInt(str.slice(eIndex + 1));
              str = str.slice(0, eIndex);
            }
            const decimalIndex = str.indexOf(".");
            const fractionDigits = decimalIndex === -1 ? 0 : str.length - decimalIndex - 1;
            const exponent = expOffset - BigInt(fractionDigits);
            const mantissa = BigInt(str.replace(".", ""));
            data[cursor$1++] = 196;
            encodeInteger(majorList, 2);
            encodeStack.push(mantissa);
            encodeStack.push(exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn ? Number(exponent) : exponent);
            continue;
          }
          if (input[tagSymbol]) if ("tag" in input && "value" in input) {
            encodeStack.push(input.value);
            encodeHeader$1(majorTag, input.tag);
            continue;
          } else throw new Error("tag encountered with missing fields, need 'tag' and 'value', found: " + JSON.stringify(input));
          const keys = Object.keys(input);
          const len = keys.length;
          encodeInteger(majorMap, len);
          for (let i = len - 1; i >= 0; --i) {
            encodeStack.push(input[keys[i]]);
            encodeStack.push(keys[i]);
          }
          continue;
        }
        throw new Error(`data type ${input?.constructor?.name ?? typeof input} not compatible for encoding.`);
      }
    }
    function advanceEncodingEpoch() {
      encodeCacheEpoch$1 = encodeCacheEpoch$1 + 1 & 65535;
      encodeCacheSaturated$1 = false;
    }
    function toUint8Array() {
      const out = alloc(cursor$1);
      out.set(data.subarray(0, cursor$1), 0);
      cursor$1 = 0;
      return out;
    }
    function resize(size) {
      const old = data;
      data = alloc(size);
      if (old) if (old.copy) old.copy(data, 0, 0, old.byteLength); else data.set(old, 0);
      dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength);
    }
    function encodeStringCached(input) {
      const cached = encodeStringCache.get(input);
      if (cached !== void 0) {
        data.set(cached.bytes, cursor$1);
        cursor$1 += cached.bytes.length;
        cached.epoch = encodeCacheEpoch$1;
        return;
      }
      const start = cursor$1;
      const byteLen = Buffer.byteLength(input);
      encodeInteger(majorUtf8String, byteLen);
      cursor$1 += data.write(input, cursor$1);
      const bytes = Uint8Array.prototype.slice.call(data, start, cursor$1);
      if (encodeStringCache.size >= 2048) {
        if (encodeCacheSaturated$1) return;
        let evicted = 0;
        for (const [key, entry] of encodeStringCache) {
          if (evicted >= 1024) break;
          if (entry.epoch !== encodeCacheEpoch$1) {
            encodeStringCache.delete(key);
            evicted++;
          }
        }
        if (evicted === 0) {
          encodeCacheSaturated$1 = true;
          return;
        }
      }
      if (encodeStringCache.size < 2048) encodeStringCache.set(input, {
        epoch: encodeCacheEpoch$1,
        bytes: bytes
      });
    }
    function ensureSpace(bytes) {
      const remaining = data.byteLength - cursor$1;
      if (remaining < bytes) if (cursor$1 < 16e6) resize(Math.max(data.byteLength * 4, data.byteLength + bytes)); else resize(data.byteLength + bytes + 16e6);
    }
    function encodeHeader$1(major, value) {
      if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
        data[cursor$1++] = major << 5 | 24;
        data[cursor$1++] = value;
      } else if (value < 65536) {
        data[cursor$1++] = major << 5 | extendedFloat16;
        dataView$1.setUint16(cursor$1, value);
        cursor$1 += 2;
      } else if (value < 4294967296) {
        data[cursor$1++] = major << 5 | extendedFloat32;
        dataView$1.setUint32(cursor$1, value);
        cursor$1 += 4;
      } else {
        data[cursor$1++] = major << 5 | extendedFloat64;
        dataView$1.setBigUint64(cursor$1, typeof value === "bigint" ? value : BigInt(value));
        cursor$1 += 8;
      }
    }
    function encodeInteger(major, value) {
      if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) {
        data[cursor$1++] = major << 5 | 24;
        data[cursor$1++] = value;
      } else if (value < 65536) {
        data[cursor$1++] = major << 5 | extendedFloat16;
        data[cursor$1++] = value >> 8;
        data[cursor$1++] = value & 255;
      } else if (value < 4294967296) {
        data[cursor$1++] = major << 5 | extendedFloat32;
        dataView$1.setUint32(cursor$1, value);
        cursor$1 += 4;
      } else {
        data[cursor$1++] = major << 5 | extendedFloat64;
        const hi = value / 4294967296 | 0;
        const lo = value - hi * 4294967296 | 0;
        dataView$1.setUint32(cursor$1, hi);
        dataView$1.setUint32(cursor$1 + 4, lo);
        cursor$1 += 8;
      }
    }
    const cbor = {
      deserialize(payload) {
        advanceDecodingEpoch();
        setPayload(payload);
        return decode(0, payload.length);
      },
      serialize(input) {
        advanceEncodingEpoch();
        try {
          encode(input);
          return toUint8Array();
        } catch (e) {
          toUint8Array();
          throw e;
        }
      },
      resizeEncodingBuffer(size) {
        resize(size);
      }
    };
    const parseCborBody = (streamBody, context) => collectBody(streamBody, context).then(async bytes => {
      if (bytes.length) try {
        return cbor.deserialize(bytes);
      } catch (e) {
        Object.defineProperty(e, "$responseBodyText", {
          value: context.utf8Encoder(bytes)
        });
        throw e;
      }
      return {};
    });
    const dateToTag = date => tag({
      tag: 1,
      value: date.getTime() / 1e3
    });
    const parseCborErrorBody = async (errorBody, context) => {
      const value = await parseCborBody(errorBody, context);
      value.message = value.message ?? value.Message;
      return value;
    };
    const loadSmithyRpcV2CborErrorCode = (output, data) => {
      const sanitizeErrorCode = rawValue => {
        let cleanValue = rawValue;
        if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
        if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
        if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
        return cleanValue;
      };
      if (data["__type"] !== void 0) return sanitizeErrorCode(data["__type"]);
    };
    const checkCborResponse = response => {
      if (String(response.headers["smithy-protocol"]).toLowerCase() !== "rpc-v2-cbor") throw new Error("Malformed RPCv2 CBOR response, status: " + response.statusCode);
    };
    const buildHttpRpcRequest = async (context, headers, path, resolvedHostname, body) => {
      const endpoint = await context.endpoint();
      const {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = endpoint;
      const contents = {
        protocol: protocol,
        hostname: hostname,
        port: port,
        method: "POST",
        path: basePath.endsWith("/") ? basePath.slice(0, -1) + path : basePath + path,
        headers: {
          ...headers
        }
      };
      if (resolvedHostname !== void 0) contents.hostname = resolvedHostname;
      if (endpoint.headers) for (const name in endpoint.headers) {
        if (!hasOwn(endpoint.headers, name)) continue;
        contents.headers[name] = endpoint.headers[name];
      }
      if (body !== void 0) {
        contents.body = body;
        try {
          contents.headers["content-length"] = String(calculateBodyLength(body));
        } catch (ignored) {}
      }
      return new HttpRequest(contents);
    };
    class CborShapeSerializer2 extends SerdeContext {
      write(schema, value) {
        cursor = 0;
        const ns = NormalizedSchema.of(schema);
        writeValue(ns, value, void 0, this.serdeContext);
      }
      flush() {
        const result = buf.subarray(0, cursor);
        cursor = 0;
        buf = allocUnsafe(INITIAL_BUFFER_SIZE);
        view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return result;
      }
    }
    const CBOR_STRUCT_CACHE = Symbol.for("@smithy/cbor-struct-cache");
    function loadCborStructIterator(ns) {
      const schema = ns.getSchema();
      const existing = schema[CBOR_STRUCT_CACHE];
      if (existing) return existing;
      const memberNames = [];
      const memberSchemas = [];
      for (const [name, memberSchema] of ns.structIterator()) {
        memberNames.push(name);
        memberSchemas.push(memberSchema);
      }
      const encodedKeys = new Array(memberNames.length);
      for (let i = 0; i < memberNames.length; ++i) encodedKeys[i] = encodeCborStringKey(memberNames[i]);
      const cache = {
        memberNames: memberNames,
        memberSchemas: memberSchemas,
        encodedKeys: encodedKeys
      };
      schema[CBOR_STRUCT_CACHE] = cache;
      return cache;
    }
    function encodeCborStringKey(s) {
      let utf8Bytes;
      if (USE_BUFFER$1) utf8Bytes = Buffer.from(s, "utf-8"); else utf8Bytes = (new TextEncoder).encode(s);
      const byteLen = utf8Bytes.length;
      let headerSize;
      if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else headerSize = 3;
      const result = new Uint8Array(headerSize + byteLen);
      if (headerSize === 1) result[0] = majorUtf8String << 5 | byteLen; else if (headerSize === 2) {
        result[0] = majorUtf8String << 5 | 24;
        result[1] = byteLen;
      } else {
        result[0] = majorUtf8String << 5 | extendedFloat16;
        result[1] = byteLen >> 8;
        result[2] = byteLen & 255;
      }
      result.set(utf8Bytes, headerSize);
      return result;
    }
    const USE_BUFFER$1 = typeof Buffer !== "undefined";
    const textEncoder = new TextEncoder;
    const INITIAL_BUFFER_SIZE = 2048;
    let buf = USE_BUFFER$1 ? Buffer.allocUnsafe(INITIAL_BUFFER_SIZE) : new Uint8Array(INITIAL_BUFFER_SIZE);
    let view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let cursor = 0;
    const STRING_CACHE_MAX = 2048;
    const stringEncodeCache = new Map;
    let encodeCacheEpoch = 0;
    let encodeCacheSaturated = false;
    function allocUnsafe(size) {
      return USE_BUFFER$1 ? Buffer.allocUnsafe(size) : new Uint8Array(size);
    }
    function writeValue(ns, value, container, serdeContext) {
      if (value == null) {
        if (value === void 0 && ns.isIdempotencyToken()) {
          writeString(generateIdempotencyToken());
          return;
        }
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | specialNull;
        return;
      }
      if (ns.isUnitSchema()) {
        ensure(1);
        encodeHeader(majorMap, 0);
        return;
      }
      const isObject = typeof value === "object";
      if (isObject) {
        if (ns.isBlobSchema()) if (value instanceof Uint8Array) {
          writeBytes(value);
          return;
        }
        if (ns.isTimestampSchema()) if (value instanceof Date) {
          writeTimestamp(value);
          return;
        }
        if (ns.isStructSchema()) {
          writeStruct(ns, value, serdeContext);
          return;
        }
        if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
          writeList(ns, value, ns.isDocumentSchema(), serdeContext);
          return;
        }
        if (ns.isMapSchema()) {
          writeMap(ns, value, false, serdeContext);
          return;
        }
        if (value instanceof Date) {
          writeTimestamp(value);
          return;
        }
        if (value instanceof Uint8Array) {
          writeBytes(value);
          return;
        }
        if (value instanceof NumericValue) {
          writeNumericValue(value);
          return;
        }
        if (value[tagSymbol]) {
          const tagged = value;
          writeTag(tagged.tag, tagged.value);
          return;
        }
        if (ns.isDocumentSchema()) {
          if (Array.isArray(value)) writeList(ns, value, true, serdeContext); else writeMap(ns, value, true, serdeContext);
          return;
        }
        if (ns.isBigDecimalSchema()) {
          writeUntypedValue(value);
          return;
        }
        writeMap(ns, value, true, serdeContext);
        return;
      }
      if (typeof value === "string") {
        if (ns.isBlobSchema()) {
          const bytes = (serdeContext?.base64Decoder ?? fromBase64)(value);
          writeBytes(bytes);
          return;
        }
        writeString(value);
        return;
      }
      if (typeof value === "number") {
        ensure(9);
        if (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991) writeInteger(value); else writeFloat64(value);
        return;
      }
      if (typeof value === "boolean") {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | (value ? specialTrue : specialFalse);
        return;
      }
      if (typeof value === "bigint") {
        writeBigInt(value);
        return;
      }
      writeString(String(value));
    }
    function writeStruct(ns, value, serdeContext) {
      if (ns.isUnionSchema()) {
        let wrote = false;
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const item = value[memberName];
          if (item != null) {
            ensure(9);
            encodeHeader(majorMap, 1);
            writeString(memberName);
            writeValue(memberSchema, item, ns, serdeContext);
            wrote = true;
            break;
          }
        }
        if (!wrote) {
          const {$unknown: $unknown} = value;
          if (Array.isArray($unknown)) {
            ensure(9);
            encodeHeader(majorMap, 1);
            writeString($unknown[0]);
            writeUntypedValue($unknown[1]);
          } else {
            ensure(9);
            encodeHeader(majorMap, 0);
          }
        }
        return;
      }
      const cache = loadCborStructIterator(ns);
      const {memberNames: memberNames, memberSchemas: memberSchemas, encodedKeys: encodedKeys} = cache;
      const z = memberNames.length;
      let headerSize;
      if (z < 24) headerSize = 1; else if (z < 256) headerSize = 2; else headerSize = 3;
      ensure(headerSize);
      const headerPos = cursor;
      cursor += headerSize;
      let count = 0;
      for (let i = 0; i < z; ++i) {
        const item = value[memberNames[i]];
        if (item == null && !memberSchemas[i].isIdempotencyToken()) continue;
        const key = encodedKeys[i];
        ensure(key.length);
        buf.set(key, cursor);
        cursor += key.length;
        writeValue(memberSchemas[i], item, ns, serdeContext);
        ++count;
      }
      if (typeof value.__type === "string") for (const k in value) {
        if (!hasOwn(value, k)) continue;
        if (!memberNames.includes(k)) {
          writeString(k);
          writeUntypedValue(value[k]);
          ++count;
        }
      }
      if (headerSize === 1) buf[headerPos] = majorMap << 5 | count; else if (headerSize === 2) {
        buf[headerPos] = majorMap << 5 | 24;
        buf[headerPos + 1] = count;
      } else {
        buf[headerPos] = majorMap << 5 | extendedFloat16;
        buf[headerPos + 1] = count >> 8;
        buf[headerPos + 2] = count & 255;
      }
    }
    function writeList(ns, value, isDocument, serdeContext) {
      const sparse = !!ns.getMergedTraits().sparse;
      const valueSchema = ns.getValueSchema();
      if (isDocument || sparse) {
        const items = [];
        for (let i = 0; i < value.length; ++i) {
          const item = value[i];
          if (isDocument) {
            if (item !== void 0) items.push(item);
          } else if (item != null || sparse) items.push(item);
        }
        ensure(9);
        encodeHeader(majorList, items.length);
        for (let i = 0; i < items.length; ++i) writeValue(valueSchema, items[i], void 0, serdeContext);
      } else {
        let count = 0;
        for (let i = 0; i < value.length; ++i) if (value[i] != null) ++count;
        ensure(9);
        encodeHeader(majorList, count);
        for (let i = 0; i < value.length; ++i) if (value[i] != null) writeValue(valueSchema, value[i], void 0, serdeContext);
      }
    }
    function writeMap(ns, value, isDocument, serdeContext) {
      const sparse = !!ns.getMergedTraits().sparse;
      const valueSchema = ns.getValueSchema();
      const keys = [];
      for (const k in value) {
        if (!hasOwn(value, k)) continue;
        const v = value[k];
        if (isDocument ? v !== void 0 : v != null || sparse) keys.push(k);
      }
      ensure(9);
      encodeHeader(majorMap, keys.length);
      for (let i = 0; i < keys.length; ++i) {
        const k = keys[i];
        writeString(k);
        writeValue(valueSchema, value[k], void 0, serdeContext);
      }
    }
    function writeUntypedValue(value) {
      if (value == null) {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | specialNull;
        return;
      }
      if (typeof value === "string") {
        writeString(value);
        return;
      }
      if (typeof value === "number") {
        ensure(9);
        if (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991) writeInteger(value); else writeFloat64(value);
        return;
      }
      if (typeof value === "boolean") {
        ensure(1);
        buf[cursor++] = majorSpecial << 5 | (value ? specialTrue : specialFalse);
        return;
      }
      if (typeof value === "bigint") {
        writeBigInt(value);
        return;
      }
      if (value instanceof Uint8Array) {
        writeBytes(value);
        return;
      }
      if (value instanceof Date) {
        writeTimestamp(value);
        return;
      }
      if (value instanceof NumericValue) {
        writeNumericValue(value);
        return;
      }
      if (value[tagSymbol]) {
        const tagged = value;
        writeTag(tagged.tag, tagged.value);
        return;
      }
      if (Array.isArray(value)) {
        ensure(9);
        encodeHeader(majorList, value.length);
        for (let i = 0; i < value.length; ++i) writeUntypedValue(value[i]);
        return;
      }
      if (typeof value === "object") {
        const keys = Object.keys(value);
        ensure(9);
        encodeHeader(majorMap, keys.length);
        for (let i = 0; i < keys.length; ++i) {
          writeString(keys[i]);
          writeUntypedValue(value[keys[i]]);
        }
        return;
      }
      writeString(String(value));
    }
    function ensure(n) {
      if (cursor + n > buf.length) {
        let newSize = buf.length * 2;
        while (newSize < cursor + n) newSize *= 2;
        const next = allocUnsafe(newSize);
        next.set(buf.subarray(0, cursor));
        buf = next;
        view = new DataView(next.buffer, next.byteOffset, next.byteLength);
      }
    }
    function encodeHeader(major, value) {
      if (value < 24) buf[cursor++] = major << 5 | value; else if (value < 256) {
        buf[cursor++] = major << 5 | 24;
        buf[cursor++] = value;
      } else if (value < 65536) {
        buf[cursor++] = major << 5 | extendedFloat16;
        buf[cursor++] = value >> 8;
        buf[cursor++] = value & 255;
      } else if (value < 4294967296) {
        buf[cursor++] = major << 5 | extendedFloat32;
        view.setUint32(cursor, value);
        cursor += 4;
      } else {
        buf[cursor++] = major << 5 | extendedFloat64;
        const hi = value / 4294967296 | 0;
        const lo = value - hi * 4294967296 | 0;
        view.setUint32(cursor, hi);
        view.setUint32(cursor + 4, lo);
        cursor += 8;
      }
    }
    function encodeBigHeader(major, value) {
      const n = Number(value);
      if (n < 4294967296) {
        encodeHeader(major, n);
        return;
      }
      buf[cursor++] = major << 5 | extendedFloat64;
      view.setBigUint64(cursor, value);
      cursor += 8;
    }
    function writeString(s) {
      const len = s.length;
      if (len <= 23) {
        const cached = stringEncodeCache.get(s);
        if (cached) {
          ensure(cached.bytes.length);
          buf.set(cached.bytes, cursor);
          cursor += cached.bytes.length;
          cached.epoch = encodeCacheEpoch;
          return;
        }
        const start = cursor;
        writeStringUncached(s, len);
        const end = cursor;
        const bytes = Uint8Array.prototype.slice.call(buf, start, end);
        if (stringEncodeCache.size >= STRING_CACHE_MAX) {
          if (encodeCacheSaturated) return;
          let evicted = 0;
          for (const [key, entry] of stringEncodeCache) {
            if (evicted >= 1024) break;
            if (entry.epoch !== encodeCacheEpoch) {
              stringEncodeCache.delete(key);
              ++evicted;
            }
          }
          if (evicted === 0) {
            encodeCacheSaturated = true;
            return;
          }
        }
        if (stringEncodeCache.size < STRING_CACHE_MAX) stringEncodeCache.set(s, {
          epoch: encodeCacheEpoch,
          bytes: bytes
        });
        return;
      }
      writeStringUncached(s, len);
    }
    function writeStringUncached(s, len) {
      if (USE_BUFFER$1) {
        const maxBytes = len * 3;
        ensure(maxBytes + 9);
        const byteLen = Buffer.byteLength(s);
        encodeHeader(majorUtf8String, byteLen);
        cursor += buf.write(s, cursor);
      } else {
        const maxBytes = len * 3;
        ensure(maxBytes + 9);
        const headerPos = cursor;
        const result = textEncoder.encodeInto(s, buf.subarray(headerPos + 9));
        const byteLen = result.written;
        let headerSize;
        if (byteLen < 24) headerSize = 1; else if (byteLen < 256) headerSize = 2; else if (byteLen < 65536) headerSize = 3; else if (byteLen < 4294967296) headerSize = 5; else headerSize = 9;
        if (headerSize < 9) buf.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen);
        cursor = headerPos;
        encodeHeader(majorUtf8String, byteLen);
        cursor += byteLen;
      }
    }
    function writeFloat64(value) {
      ensure(9);
      buf[cursor++] = majorSpecial << 5 | extendedFloat64;
      view.setFloat64(cursor, value);
      cursor += 8;
    }
    function writeInteger(value) {
      ensure(9);
      const nonNegative = value >= 0;
      const major = nonNegative ? majorUint64 : majorNegativeInt64;
      const abs = nonNegative ? value : -value - 1;
      encodeHeader(major, abs);
    }
    function writeBigInt(value) {
      const nonNegative = value >= 0;
      const major = nonNegative ? majorUint64 : majorNegativeInt64;
      const abs = nonNegative ? value : -value - BigInt(1);
      if (abs < BigInt("18446744073709551616")) {
        ensure(9);
        encodeBigHeader(major, abs);
      } else {
        const binaryStr = abs.toString(2);
        const byteLen = Math.ceil(binaryStr.length / 8);
        const bigIntBytes = new Uint8Array(byteLen);
        let b = abs;
        for (let i = byteLen - 1; i >= 0; --i) {
          bigIntBytes[i] = Number(b & BigInt(255));
          b >>= BigInt(8);
        }
        ensure(byteLen + 16);
        buf[cursor++] = nonNegative ? 194 : 195;
        encodeHeader(majorUnstructuredByteString, byteLen);
        buf.set(bigIntBytes, cursor);
        cursor += byteLen;
      }
    }
    function writeBytes(data) {
      ensure(data.length + 9);
      encodeHeader(majorUnstructuredByteString, data.length);
      buf.set(data, cursor);
      cursor += data.length;
    }
    function writeTag(tagValue, innerValue) {
      ensure(9);
      if (typeof tagValue === "bigint") encodeBigHeader(majorTag, tagValue); else encodeHeader(majorTag, tagValue);
      writeUntypedValue(innerValue);
    }
    function writeNumericValue(nv) {
      let str = nv.string;
      let expOffset = BigInt(0);
      const eIndex = str.search(/[eE]/);
      if (eIndex !== -1) {
        expOffset = BigInt(str.slice(eIndex + 1));
        str = str.slice(0, eIndex);
      }
      const decimalIndex = str.indexOf(".");
      const fractionDigits = decimalIndex === -1 ? 0 : str.length - decimalIndex - 1;
      const exponent = expOffset - BigInt(fractionDigits);
      const mantissa = BigInt(str.replace(".", ""));
      ensure(9);
      buf[cursor++] = 196;
      encodeHeader(majorList, 2);
      ensure(9);
      if (exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn) writeInteger(Number(exponent)); else writeBigInt(exponent);
      writeBigInt(mantissa);
    }
    function writeTimestamp(date) {
      ensure(18);
      encodeHeader(majorTag, 1);
      const epochSecs = date.getTime() / 1e3;
      if (Number.isInteger(epochSecs)) writeInteger(epochSecs); else writeFloat64(epochSecs);
    }
    class CborShapeDeserializer2 extends SerdeContext {
      read(schema, bytes) {
        payload = bytes;
        isBuffer = USE_BUFFER && bytes instanceof Buffer;
        dataView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        pos = 0;
        end = bytes.length;
        cacheEpoch = cacheEpoch + 1 & 65535;
        return readValue(NormalizedSchema.of(schema));
      }
      readValue(_schema, value) {
        return transformObject(NormalizedSchema.of(_schema), value);
      }
    }
    const USE_BUFFER = typeof Buffer !== "undefined";
    const textDecoder = new TextDecoder;
    let payload = new Uint8Array(0);
    let isBuffer = false;
    let dataView = new DataView(new ArrayBuffer(0));
    let pos = 0;
    let end = 0;
    const STRING_CACHE_SIZE = 2048;
    const stringCache = new Array(STRING_CACHE_SIZE);
    const stringCacheEpochs = new Uint16Array(STRING_CACHE_SIZE);
    let cacheEpoch = 0;
    function readValue(ns) {
      if (pos >= end) throw new Error("unexpected end of CBOR payload.");
      const major = (payload[pos] & 224) >> 5;
      const minor = payload[pos] & 31;
      if (minor === minorIndefinite && major >= 2 && major <= 5) return readIndefinite(ns, major);
      switch (major) {
       case majorUint64:
        return readUnsignedInt();

       case majorNegativeInt64:
        return readNegativeInt();

       case majorUnstructuredByteString:
        return readByteString();

       case majorUtf8String:
        return readUtf8String();

       case majorList:
        return readList(ns);

       case majorMap:
        return readMap(ns);

       case majorTag:
        return readTag();

       case majorSpecial:
        return readSpecial();

       default:
        throw new Error(`unexpected CBOR major type ${major}.`);
      }
    }
    function readList(ns) {
      const count = decodeCount();
      const memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns;
      const list = Array(count);
      for (let i = 0; i < count; ++i) list[i] = readValue(memberSchema);
      return list;
    }
    function readMap(ns) {
      const count = decodeCount();
      if (ns.isStructSchema()) {
        const startPos = pos;
        return readStruct(ns, count, startPos);
      }
      const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns;
      const map = {};
      for (let i = 0; i < count; ++i) {
        const key = readUtf8String();
        map[key] = readValue(valueSchema);
      }
      return map;
    }
    function readStruct(ns, count, startPos) {
      const isUnion = ns.isUnionSchema();
      const cache = loadCborStructIterator(ns);
      const {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache;
      const z = encodedKeys.length;
      const result = {};
      let unknownKey;
      let unknownValue;
      let unknownCount = 0;
      let hasType = false;
      let hint = 0;
      for (let i = 0; i < count; ++i) {
        const matchIdx = matchStructKey(encodedKeys, z, hint);
        if (matchIdx >= 0) {
          hint = matchIdx + 1;
          if (hint >= z) hint = 0;
          const val = readValue(memberSchemas[matchIdx]);
          if (val != null) result[memberNames[matchIdx]] = val;
        } else {
          const key = readUtf8String();
          const val = readValue(NormalizedSchema.of(15));
          if (key === "__type" && typeof val === "string") hasType = true; else {
            unknownKey = key;
            unknownValue = val;
            ++unknownCount;
          }
        }
      }
      if (isUnion) {
        let resultEmpty = true;
        for (const _ in result) {
          if (!hasOwn(result, _)) continue;
          resultEmpty = false;
          break;
        }
        if (resultEmpty && unknownCount === 1) result.$unknown = [ unknownKey, unknownValue ];
      } else if (hasType) {
        pos = startPos;
        const docSchema = NormalizedSchema.of(15);
        for (let i = 0; i < count; ++i) {
          const key = readUtf8String();
          const val = readValue(docSchema);
          if (!(key in result)) result[key] = val;
        }
      }
      return result;
    }
    function readTag(ns) {
      const tagNum = decodeArgument();
      const tagNumber = typeof tagNum === "bigint" ? Number(tagNum) : tagNum;
      if (tagNumber === 1) {
        const docSchema = NormalizedSchema.of(15);
        const epochValue = readValue(docSchema);
        return _parseEpochTimestamp(epochValue);
      }
      if (tagNumber === 2 || tagNumber === 3) {
        const byteStr = readByteString();
        let b = BigInt(0);
        for (let i = 0; i < byteStr.length; ++i) b = b << BigInt(8) | BigInt(byteStr[i]);
        return tagNumber === 3 ? -b - BigInt(1) : b;
      }
      if (tagNumber === 4) {
        const docSchema = NormalizedSchema.of(15);
        const pair = readValue(docSchema);
        const [rawExponent, mantissa] = pair;
        const normalizer = mantissa < 0 ? -1 : 1;
        const absMantissa = BigInt(normalizer) * BigInt(mantissa);
        const mantissaDigits = String(absMantissa);
        const sign = mantissa < 0 ? "-" : "";
        let numericString;
        const isSmallExponent = typeof rawExponent === "number" && Math.abs(rawExponent) <= 2 ** 28;
        if (isSmallExponent) {
          const exponent = rawExponent;
          const mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
          numericString = exponent === 0 ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent);
          numericString = numericString.replace(/^0+/g, "");
          if (numericString === "") numericString = "0";
          if (numericString[0] === ".") numericString = "0" + numericString;
          numericString = sign + numericString;
        } else {
          const bigExponent = BigInt(rawExponent);
          if (mantissaDigits.length === 1) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
            const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
            numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
          }
        }
        return nv(numericString);
      }
      const docSchema = NormalizedSchema.of(15);
      const innerValue = readValue(docSchema);
      return {
        tag: castBigInt(tagNum),
        value: innerValue
      };
    }
    function readIndefinite(ns, major) {
      switch (major) {
       case majorUtf8String:
        return readUtf8StringIndefinite();

       case majorUnstructuredByteString:
        return readByteStringIndefinite();

       case majorList:
        return readListIndefinite(ns);

       case majorMap:
        return readMapIndefinite(ns);

       default:
        throw new Error(`unexpected indefinite length for major ${major}.`);
      }
    }
    function readUtf8StringIndefinite() {
      pos += 1;
      const chunks = [];
      let totalLen = 0;
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          const combined = new Uint8Array(totalLen);
          let offset = 0;
          for (let i = 0; i < chunks.length; ++i) {
            combined.set(chunks[i], offset);
            offset += chunks[i].length;
          }
          if (USE_BUFFER) return Buffer.from(combined.buffer, combined.byteOffset, combined.byteLength).toString("utf-8");
          return textDecoder.decode(combined);
        }
        const bytes = readByteString();
        chunks.push(bytes);
        totalLen += bytes.length;
      }
      throw new Error("expected break marker.");
    }
    function readByteStringIndefinite() {
      pos += 1;
      const chunks = [];
      let totalLen = 0;
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          const combined = new Uint8Array(totalLen);
          let offset = 0;
          for (let i = 0; i < chunks.length; ++i) {
            combined.set(chunks[i], offset);
            offset += chunks[i].length;
          }
          return combined;
        }
        const bytes = readByteString();
        chunks.push(bytes);
        totalLen += bytes.length;
      }
      throw new Error("expected break marker.");
    }
    function readListIndefinite(ns) {
      pos += 1;
      const memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns;
      const list = [];
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          return list;
        }
        list.push(readValue(memberSchema));
      }
      throw new Error("expected break marker.");
    }
    function readMapIndefinite(ns) {
      pos += 1;
      if (ns.isStructSchema()) {
        const cache = loadCborStructIterator(ns);
        const {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache;
        const z = encodedKeys.length;
        const isUnion = ns.isUnionSchema();
        const result = {};
        let unknownKey;
        let unknownValue;
        let unknownCount = 0;
        let hint = 0;
        while (pos < end) {
          if (payload[pos] === 255) {
            pos += 1;
            if (isUnion) {
              let resultEmpty = true;
              for (const _ in result) {
                if (!hasOwn(result, _)) continue;
                resultEmpty = false;
                break;
              }
              if (resultEmpty && unknownCount === 1) result.$unknown = [ unknownKey, unknownValue ];
            }
            return result;
          }
          const matchIdx = matchStructKey(encodedKeys, z, hint);
          if (matchIdx >= 0) {
            hint = matchIdx + 1;
            if (hint >= z) hint = 0;
            const val = readValue(memberSchemas[matchIdx]);
            if (val != null) result[memberNames[matchIdx]] = val;
          } else {
            const key = readUtf8String();
            const val = readValue(NormalizedSchema.of(15));
            if (key !== "__type") {
              unknownKey = key;
              unknownValue = val;
              ++unknownCount;
            }
          }
        }
        throw new Error("expected break marker.");
      }
      const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns;
      const map = {};
      while (pos < end) {
        if (payload[pos] === 255) {
          pos += 1;
          return map;
        }
        const key = readUtf8String();
        map[key] = readValue(valueSchema);
      }
      throw new Error("expected break marker.");
    }
    function matchStructKey(encodedKeys, z, hint) {
      const hintKey = encodedKeys[hint];
      if (pos + hintKey.length <= end && bytesMatch(pos, hintKey)) {
        pos += hintKey.length;
        return hint;
      }
      for (let i = 0; i < z; ++i) {
        if (i === hint) continue;
        const ek = encodedKeys[i];
        if (pos + ek.length <= end && bytesMatch(pos, ek)) {
          pos += ek.length;
          return i;
        }
      }
      return -1;
    }
    function bytesMatch(at, expected) {
      const len = expected.length;
      if (payload[at] !== expected[0]) return false;
      for (let i = 1; i < len; ++i) if (payload[at + i] !== expected[i]) return false;
      return true;
    }
    function decodeArgument() {
      const minor = payload[pos] & 31;
      if (minor < 24) {
        pos += 1;
        return minor;
      }
      switch (minor) {
       case extendedOneByte:
        if (end - pos < 2) overflow(1);
        pos += 2;
        return payload[pos - 1];

       case extendedFloat16:
        if (end - pos < 3) overflow(2);
        pos += 3;
        return dataView.getUint16(pos - 2);

       case extendedFloat32:
        if (end - pos < 5) overflow(4);
        pos += 5;
        return dataView.getUint32(pos - 4);

       case extendedFloat64:
        {
          if (end - pos < 9) overflow(8);
          pos += 9;
          const hi = dataView.getUint32(pos - 8);
          if (hi < 2097152) return hi * 4294967296 + dataView.getUint32(pos - 4);
          return dataView.getBigUint64(pos - 8);
        }

       default:
        throw new Error(`unexpected minor value ${minor}.`);
      }
    }
    function decodeCount() {
      const val = decodeArgument();
      return typeof val === "bigint" ? Number(val) : val;
    }
    function readUnsignedInt() {
      const val = decodeArgument();
      return castBigInt(val);
    }
    function readNegativeInt() {
      const val = decodeArgument();
      if (typeof val === "bigint") return BigInt(-1) - val;
      return -1 - val;
    }
    function readByteString() {
      const length = decodeCount();
      if (end - pos < length) overflow(length);
      const start = pos;
      pos += length;
      return payload.subarray(start, start + length);
    }
    function readUtf8String() {
      const length = decodeCount();
      if (end - pos < length) overflow(length);
      const start = pos;
      pos += length;
      if (length < 24) return decodeUtf8Cached(start, length);
      if (isBuffer) return payload.toString("utf-8", start, start + length);
      return textDecoder.decode(payload.subarray(start, start + length));
    }
    function decodeUtf8Cached(at, length) {
      let h = length;
      for (let i = 0; i < length; ++i) h = h * 31 + payload[at + i] | 0;
      const slot = h >>> 0 & STRING_CACHE_SIZE - 1;
      const cached = stringCache[slot];
      if (cached !== void 0 && cached.length === length) {
        let match = true;
        for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload[at + i]) {
          match = false;
          break;
        }
        if (match) {
          stringCacheEpochs[slot] = cacheEpoch;
          return cached;
        }
      }
      const result = isBuffer ? payload.toString("utf-8", at, at + length) : textDecoder.decode(payload.subarray(at, at + length));
      if (stringCacheEpochs[slot] !== cacheEpoch) {
        stringCache[slot] = result;
        stringCacheEpochs[slot] = cacheEpoch;
      }
      return result;
    }
    function readSpecial() {
      const p = pos;
      const minor = payload[p] & 31;
      switch (minor) {
       case specialTrue:
        pos = p + 1;
        return true;

       case specialFalse:
        pos = p + 1;
        return false;

       case specialNull:
        pos = p + 1;
        return null;

       case specialUndefined:
        pos = p + 1;
        return null;

       case extendedFloat16:
        if (end - p < 3) overflow(2);
        pos = p + 3;
        return bytesToFloat16(payload[p + 1], payload[p + 2]);

       case extendedFloat32:
        if (end - p < 5) overflow(4);
        pos = p + 5;
        return dataView.getFloat32(p + 1);

       case extendedFloat64:
        if (end - p < 9) overflow(8);
        pos = p + 9;
        return dataView.getFloat64(p + 1);

       default:
        throw new Error(`unexpected minor value ${minor} for major 7.`);
      }
    }
    function bytesToFloat16(a, b) {
      const sign = a >> 7;
      const exponent = (a & 124) >> 2;
      const fraction = (a & 3) << 8 | b;
      const scalar = sign === 0 ? 1 : -1;
      if (exponent === 0) {
        if (fraction === 0) return 0;
        return scalar * (Math.pow(2, 1 - 15) * (fraction / 1024));
      } else if (exponent === 31) {
        if (fraction === 0) return scalar * (1 / 0);
        return NaN;
      }
      return scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
    }
    function castBigInt(value) {
      if (typeof value === "number") return value;
      const num = Number(value);
      if (Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER) return num;
      return value;
    }
    function overflow(n) {
      throw new Error(`CBOR: length ${n} greater than remaining buffer length.`);
    }
    function transformObject(ns, value) {
      if (ns.isTimestampSchema()) {
        if (typeof value === "number") return _parseEpochTimestamp(value);
        if (typeof value === "object" && value !== null) if (value.tag === 1 && "value" in value) return _parseEpochTimestamp(value.value);
      }
      if (ns.isBlobSchema()) return value;
      if (typeof value === "undefined" || typeof value === "boolean" || typeof value === "number" || typeof value === "string" || typeof value === "bigint" || typeof value === "symbol") return value;
      if (typeof value !== "object" || value === null) return value;
      if ("byteLength" in value) return value;
      if (value instanceof Date) return value;
      if (value instanceof NumericValue) return value;
      if (ns.isDocumentSchema()) return value;
      if (ns.isListSchema()) {
        const memberSchema = ns.getValueSchema();
        const out = [];
        for (const item of value) out.push(transformObject(memberSchema, item));
        return out;
      }
      const newObject = {};
      if (ns.isMapSchema()) {
        const targetSchema = ns.getValueSchema();
        for (const key in value) {
          if (!hasOwn(value, key)) continue;
          newObject[key] = transformObject(targetSchema, value[key]);
        }
      } else if (ns.isStructSchema()) {
        const isUnion = ns.isUnionSchema();
        let keys;
        if (isUnion) {
          keys = new Set;
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            if (k !== "__type") keys.add(k);
          }
        }
        for (const [key, memberSchema] of ns.structIterator()) {
          if (isUnion) keys.delete(key);
          if (value[key] != null) newObject[key] = transformObject(memberSchema, value[key]);
        }
        if (isUnion && keys?.size === 1) {
          let newObjectEmpty = true;
          for (const _ in newObject) {
            if (!hasOwn(newObject, _)) continue;
            newObjectEmpty = false;
            break;
          }
          if (newObjectEmpty) {
            const k = keys.values().next().value;
            newObject.$unknown = [ k, value[k] ];
          }
        } else if (typeof value.__type === "string") for (const k in value) {
          if (!hasOwn(value, k)) continue;
          if (!(k in newObject)) newObject[k] = value[k];
        }
      }
      return newObject;
    }
    class CborCodec extends SerdeContext {
      createSerializer() {
        const serializer = new CborShapeSerializer2;
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new CborShapeDeserializer2;
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    class SmithyRpcV2CborProtocol extends AbstractRpcV2Protocol {
      codec=new CborCodec;
      serializer=this.codec.createSerializer();
      deserializer=this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Cbor";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-cbor";
      }
      applyEmptyBody(request) {
        if (!request.body) {
          this.serializer.write(15, {});
          request.body = this.serializer.flush();
        }
        if (request.body instanceof Uint8Array) request.headers["content-length"] = String(request.body.byteLength);
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorIdentifier = loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown";
        const preferredNamespaces = [ "*" ];
        const {defaultNamespace: defaultNamespace} = this.options;
        preferredNamespaces.unshift(defaultNamespace);
        const [namespace, errorShapeName] = (() => {
          if (errorIdentifier.includes("#")) return errorIdentifier.split("#");
          return [ void 0, errorIdentifier ];
        })();
        if (namespace) preferredNamespaces.unshift(namespace);
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        };
        const preferredRegistries = [ this.compositeErrorRegistry ];
        if (namespace) preferredRegistries.push(TypeRegistry.for(namespace));
        preferredRegistries.push(TypeRegistry.for(defaultNamespace));
        const [errorSchema, ErrorCtor, errorMode] = this.resolveError(errorShapeName, preferredNamespaces, preferredRegistries);
        if (errorMode === "native" || errorMode === "synthetic") {
          if (dataObject.Message) dataObject.message = dataObject.Message;
          const error = errorMode === "synthetic" ? new ErrorCtor({
            name: errorShapeName
          }) : new Error(errorShapeName);
          throw Object.assign(error, errorMetadata, dataObject);
        }
        const ns = NormalizedSchema.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "Unknown";
        const exception = new ErrorCtor({});
        const output = {};
        for (const [name, member] of ns.structIterator()) output[name] = this.deserializer.readValue(member, dataObject[name]);
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output);
      }
      getDefaultContentType() {
        return "application/cbor";
      }
    }
    class CborShapeSerializer extends SerdeContext {
      value;
      write(schema, value) {
        this.value = this.serialize(schema, value);
      }
      serialize(schema, source) {
        const ns = NormalizedSchema.of(schema);
        if (source == null) {
          if (ns.isIdempotencyToken()) return generateIdempotencyToken();
          return source;
        }
        if (ns.isBlobSchema()) {
          if (typeof source === "string") return (this.serdeContext?.base64Decoder ?? fromBase64)(source);
          return source;
        }
        if (ns.isTimestampSchema()) {
          if (typeof source === "number" || typeof source === "bigint") return dateToTag(new Date(Number(source) / 1e3 | 0));
          return dateToTag(source);
        }
        if (typeof source === "function" || typeof source === "object") {
          const sourceObject = source;
          if (ns.isListSchema() && Array.isArray(sourceObject)) {
            const sparse = !!ns.getMergedTraits().sparse;
            const newArray = [];
            let i = 0;
            for (const item of sourceObject) {
              const value = this.serialize(ns.getValueSchema(), item);
              if (value != null || sparse) newArray[i++] = value;
            }
            return newArray;
          }
          if (sourceObject instanceof Date) return dateToTag(sourceObject);
          const newObject = {};
          if (ns.isMapSchema()) {
            const sparse = !!ns.getMergedTraits().sparse;
            for (const key in sourceObject) {
              if (!hasOwn(sourceObject, key)) continue;
              const value = this.serialize(ns.getValueSchema(), sourceObject[key]);
              if (value != null || sparse) newObject[key] = value;
            }
          } else if (ns.isStructSchema()) {
            for (const [key, memberSchema] of ns.structIterator()) {
              const value = this.serialize(memberSchema, sourceObject[key]);
              if (value != null) newObject[key] = value;
            }
            const isUnion = ns.isUnionSchema();
            if (isUnion && Array.isArray(sourceObject.$unknown)) {
              const [k, v] = sourceObject.$unknown;
              newObject[k] = v;
            } else if (typeof sourceObject.__type === "string") for (const k in sourceObject) {
              if (!hasOwn(sourceObject, k)) continue;
              if (!(k in newObject)) newObject[k] = this.serialize(15, sourceObject[k]);
            }
          } else if (ns.isDocumentSchema()) {
            if (Array.isArray(sourceObject)) {
              const newArray = [];
              let i = 0;
              for (const item of sourceObject) newArray[i++] = this.serialize(ns.getValueSchema(), item);
              return newArray;
            }
            for (const key in sourceObject) {
              if (!hasOwn(sourceObject, key)) continue;
              newObject[key] = this.serialize(ns.getValueSchema(), sourceObject[key]);
            }
          } else if (ns.isBigDecimalSchema()) return sourceObject;
          return newObject;
        }
        return source;
      }
      flush() {
        const buffer = cbor.serialize(this.value);
        this.value = void 0;
        return buffer;
      }
    }
    class CborShapeDeserializer extends SerdeContext {
      read(schema, bytes) {
        const data = cbor.deserialize(bytes);
        return this.readValue(schema, data);
      }
      readValue(_schema, value) {
        const ns = NormalizedSchema.of(_schema);
        if (ns.isTimestampSchema()) {
          if (typeof value === "number") return _parseEpochTimestamp(value);
          if (typeof value === "object") if (value.tag === 1 && "value" in value) return _parseEpochTimestamp(value.value);
        }
        if (ns.isBlobSchema()) {
          if (typeof value === "string") return (this.serdeContext?.base64Decoder ?? fromBase64)(value);
          return value;
        }
        if (typeof value === "undefined" || typeof value === "boolean" || typeof value === "number" || typeof value === "string" || typeof value === "bigint" || typeof value === "symbol") return value; else if (typeof value === "object") {
          if (value === null) return null;
          if ("byteLength" in value) return value;
          if (value instanceof Date) return value;
          if (ns.isDocumentSchema()) return value;
          if (ns.isListSchema()) {
            const newArray = [];
            const memberSchema = ns.getValueSchema();
            for (const item of value) {
              const itemValue = this.readValue(memberSchema, item);
              newArray.push(itemValue);
            }
            return newArray;
          }
          const newObject = {};
          if (ns.isMapSchema()) {
            const targetSchema = ns.getValueSchema();
            for (const key in value) {
              if (!hasOwn(value, key)) continue;
              const itemValue = this.readValue(targetSchema, value[key]);
              newObject[key] = itemValue;
            }
          } else if (ns.isStructSchema()) {
            const isUnion = ns.isUnionSchema();
            let keys;
            if (isUnion) {
              keys = new Set;
              for (const k in value) {
                if (!hasOwn(value, k)) continue;
                if (k !== "__type") keys.add(k);
              }
            }
            for (const [key, memberSchema] of ns.structIterator()) {
              if (isUnion) keys.delete(key);
              if (value[key] != null) newObject[key] = this.readValue(memberSchema, value[key]);
            }
            if (isUnion && keys?.size === 1) {
              let newObjectEmpty = true;
              for (const _ in newObject) {
                if (!hasOwn(newObject, _)) continue;
                newObjectEmpty = false;
                break;
              }
              if (newObjectEmpty) {
                const k = keys.values().next().value;
                newObject.$unknown = [ k, value[k] ];
              }
            } else if (typeof value.__type === "string") for (const k in value) {
              if (!hasOwn(value, k)) continue;
              if (!(k in newObject)) newObject[k] = value[k];
            }
          } else if (value instanceof NumericValue) return value;
          return newObject;
        } else return value;
      }
    }
    exports.CborCodec = CborCodec;
    exports.CborShapeDeserializer = CborShapeDeserializer;
    exports.CborShapeDeserializer2 = CborShapeDeserializer2;
    exports.CborShapeSerializer = CborShapeSerializer;
    exports.CborShapeSerializer2 = CborShapeSerializer2;
    exports.SmithyRpcV2CborProtocol = SmithyRpcV2CborProtocol;
    exports.buildHttpRpcRequest = buildHttpRpcRequest;
    exports.cbor = cbor;
    exports.checkCborResponse = checkCborResponse;
    exports.dateToTag = dateToTag;
    exports.loadSmithyRpcV2CborErrorCode = loadSmithyRpcV2CborErrorCode;
    exports.parseCborBody = parseCborBody;
    exports.parseCborErrorBody = parseCborErrorBody;
    exports.tag = tag;
    exports.tagSymbol = tagSymbol;
    /***/  },
  /***/ 1051: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ F: () => /* binding */ buildAbortError
      /* harmony export */    });
    function buildAbortError(abortSignal) {
      const reason = abortSignal && typeof abortSignal === "object" && "reason" in abortSignal ? abortSignal.reason : void 0;
      if (reason) {
        if (reason instanceof Error) {
          const abortError = new Error("Request aborted");
          abortError.name = "AbortError";
          abortError.cause = reason;
          return abortError;
        }
        const abortError = new Error(String(reason));
        abortError.name = "AbortError";
        return abortError;
      }
      const abortError = new Error("Request aborted");
      abortError.name = "AbortError";
      return abortError;
    }
    /***/  },
  /***/ 5544: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ u: () => /* binding */ getTransformedHeaders
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
    const getTransformedHeaders = headers => {
      const transformedHeaders = {};
      for (const name in headers) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, name)) continue;
        const headerValues = headers[name];
        transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
      }
      return transformedHeaders;
    };
    /***/  },
  /***/ 3291: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      w: () => /* binding */ DEFAULT_REQUEST_TIMEOUT,
      $: () => /* binding */ NodeHttpHandler
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/build-abort-error.js
        var build_abort_error = __webpack_require__(1051);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/constants.js
    const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "EPIPE", "ETIMEDOUT" ];
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/get-transformed-headers.js
        var get_transformed_headers = __webpack_require__(5544);
    // EXTERNAL MODULE: external "node:https"
        var external_node_https_ = __webpack_require__(4708);
    var external_node_https_default =  __webpack_require__.n(external_node_https_);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/timing.js
        var timing = __webpack_require__(4957);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/set-connection-timeout.js
    const DEFER_EVENT_LISTENER_TIME = 1e3;
    const setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
      if (!timeoutInMs) return -1;
      const registerTimeout = offset => {
        const timeoutId = timing /* timing */ .N.setTimeout(() => {
          request.destroy();
          reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
            name: "TimeoutError"
          }));
        }, timeoutInMs - offset);
        const doWithSocket = socket => {
          if (socket?.connecting) socket.on("connect", () => {
            timing /* timing */ .N.clearTimeout(timeoutId);
          }); else timing /* timing */ .N.clearTimeout(timeoutId);
        };
        if (request.socket) doWithSocket(request.socket); else request.on("socket", doWithSocket);
      };
      if (timeoutInMs < 2e3) {
        registerTimeout(0);
        return 0;
      }
      return timing /* timing */ .N.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME), DEFER_EVENT_LISTENER_TIME);
    };
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/set-request-timeout.js
    const setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => {
      if (timeoutInMs) return timing /* timing */ .N.setTimeout(() => {
        let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
        if (throwOnRequestTimeout) {
          const error = Object.assign(new Error(msg), {
            name: "TimeoutError",
            code: "ETIMEDOUT"
          });
          req.destroy(error);
          reject(error);
        } else {
          msg += ` Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`;
          logger?.warn?.(msg);
        }
      }, timeoutInMs);
      return -1;
    };
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/set-socket-keep-alive.js
    const set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME = 3e3;
    const setSocketKeepAlive = (request, {keepAlive: keepAlive, keepAliveMsecs: keepAliveMsecs}, deferTimeMs = set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME) => {
      if (keepAlive !== true) return -1;
      const registerListener = () => {
        if (request.socket) request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0); else request.on("socket", socket => {
          socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
        });
      };
      if (deferTimeMs === 0) {
        registerListener();
        return 0;
      }
      return timing /* timing */ .N.setTimeout(registerListener, deferTimeMs);
    };
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/resolve-default-socket-timeout.js
        var resolve_default_socket_timeout = __webpack_require__(2687);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/set-socket-timeout.js
    const set_socket_timeout_DEFER_EVENT_LISTENER_TIME = 3e3;
    const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = false) => {
      if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) return;
      let response;
      request.once("response", res => response = res);
      const onTimeout = () => {
        if (response?.complete) {
          request.socket?.destroy();
          return;
        }
        const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), {
          name: "TimeoutError"
        });
        response?.destroy(error);
        request.destroy();
        reject(error);
      };
      const registerTimeout = () => {
        const {socket: socket} = request;
        if (!socket) request.once("socket", registerTimeout); else if (socket.connecting) socket.once("connect", registerTimeout); else {
          socket.setTimeout(timeoutInMs, onTimeout);
          request.on("close", () => socket.removeListener("timeout", onTimeout));
        }
      };
      if (timeoutInMs < 6e3) {
        registerTimeout();
        return;
      }
      const deferralId = timing /* timing */ .N.setTimeout(registerTimeout, set_socket_timeout_DEFER_EVENT_LISTENER_TIME);
      request.once("close", () => timing /* timing */ .N.clearTimeout(deferralId));
    };
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/write-request-body.js
        var write_request_body = __webpack_require__(1849);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js
    const DEFAULT_REQUEST_TIMEOUT = 0;
    let hAgent;
    let hRequest;
    class NodeHttpHandler {
      config;
      configProvider;
      socketWarningTimestamp=0;
      externalAgent=false;
      metadata={
        handlerProtocol: "http/1.1"
      };
      static create(instanceOrOptions) {
        if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
        return new NodeHttpHandler(instanceOrOptions);
      }
      static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
        const {sockets: sockets, requests: requests, maxSockets: maxSockets} = agent;
        if (typeof maxSockets !== "number" || maxSockets === 1 / 0) return socketWarningTimestamp;
        const interval = 15e3;
        if (Date.now() - interval < socketWarningTimestamp) return socketWarningTimestamp;
        if (sockets && requests) for (const origin in sockets) {
          if (!(0, serde.hasOwn)(sockets, origin)) continue;
          const socketsInUse = sockets[origin]?.length ?? 0;
          const requestsEnqueued = requests[origin]?.length ?? 0;
          if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) {
            logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`);
            return Date.now();
          }
        }
        return socketWarningTimestamp;
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          if (typeof options === "function") options().then(_options => {
            resolve(this.resolveDefaultConfig(_options));
          }).catch(reject); else resolve(this.resolveDefaultConfig(options));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy();
        this.config?.httpsAgent?.destroy();
      }
      async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout} = {}) {
        if (!this.config) this.config = await this.configProvider;
        const config = this.config;
        const logger = config.logger;
        const isSSL = request.protocol === "https:";
        if (!isSSL && !this.config.httpAgent) this.config.httpAgent = await this.config.httpAgentProvider();
        return new Promise((_resolve, _reject) => {
          let writeRequestBodyPromise;
          let socketWarningTimeoutId = -1;
          let connectionTimeoutId = -1;
          let requestTimeoutId = -1;
          let keepAliveTimeoutId = -1;
          const clearTimeouts = () => {
            timing /* timing */ .N.clearTimeout(socketWarningTimeoutId);
            timing /* timing */ .N.clearTimeout(connectionTimeoutId);
            timing /* timing */ .N.clearTimeout(requestTimeoutId);
            timing /* timing */ .N.clearTimeout(keepAliveTimeoutId);
          };
          const resolve = async arg => {
            await writeRequestBodyPromise;
            clearTimeouts();
            _resolve(arg);
          };
          const reject = async arg => {
            await writeRequestBodyPromise;
            clearTimeouts();
            _reject(arg);
          };
          if (abortSignal?.aborted) {
            const abortError = (0, build_abort_error /* buildAbortError */ .F)(abortSignal);
            reject(abortError);
            return;
          }
          const headers = request.headers;
          const expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : false;
          let agent = isSSL ? config.httpsAgent : config.httpAgent;
          if (expectContinue && !this.externalAgent) agent = new (isSSL ? external_node_https_default().Agent : hAgent)({
            keepAlive: false,
            maxSockets: 1 / 0
          });
          socketWarningTimeoutId = timing /* timing */ .N.setTimeout(() => {
            this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
          }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
          const queryString = request.query ? (0, protocols.buildQueryString)(request.query) : "";
          let auth;
          if (request.username != null || request.password != null) {
            const username = request.username ?? "";
            const password = request.password ?? "";
            auth = `${username}:${password}`;
          }
          let path = request.path;
          if (queryString) path += `?${queryString}`;
          if (request.fragment) path += `#${request.fragment}`;
          let hostname = request.hostname ?? "";
          if (hostname[0] === "[" && hostname.endsWith("]")) hostname = request.hostname.slice(1, -1); else hostname = request.hostname;
          const nodeHttpsOptions = {
            headers: request.headers,
            host: hostname,
            method: request.method,
            path: path,
            port: request.port,
            agent: agent,
            auth: auth
          };
          const requestFunc = isSSL ? external_node_https_default().request : hRequest;
          const req = requestFunc(nodeHttpsOptions, res => {
            const httpResponse = new protocols.HttpResponse({
              statusCode: res.statusCode || -1,
              reason: res.statusMessage,
              headers: (0, get_transformed_headers /* getTransformedHeaders */ .u)(res.headers),
              body: res
            });
            resolve({
              response: httpResponse
            });
          });
          req.on("error", err => {
            if (NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)) reject(Object.assign(err, {
              name: "TimeoutError"
            })); else reject(err);
          });
          if (abortSignal) {
            const onAbort = () => {
              req.destroy();
              const abortError = (0, build_abort_error /* buildAbortError */ .F)(abortSignal);
              reject(abortError);
            };
            if (typeof abortSignal.addEventListener === "function") {
              const signal = abortSignal;
              signal.addEventListener("abort", onAbort, {
                once: true
              });
              req.once("close", () => signal.removeEventListener("abort", onAbort));
            } else abortSignal.onabort = onAbort;
          }
          const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
          connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout);
          requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
          const defaultSocketTimeout = config.socketTimeout === void 0 ? (0, resolve_default_socket_timeout /* resolveDefaultSocketTimeout */ .U)(config) : void 0;
          if (defaultSocketTimeout) setSocketTimeout(req, reject, defaultSocketTimeout, true); else setSocketTimeout(req, reject, config.socketTimeout);
          const httpAgent = nodeHttpsOptions.agent;
          if (typeof httpAgent === "object" && "keepAlive" in httpAgent) keepAliveTimeoutId = setSocketKeepAlive(req, {
            keepAlive: httpAgent.keepAlive,
            keepAliveMsecs: httpAgent.keepAliveMsecs
          });
          writeRequestBodyPromise = (0, write_request_body /* writeRequestBody */ .f)(req, request, effectiveRequestTimeout, this.externalAgent).catch(e => {
            clearTimeouts();
            return _reject(e);
          });
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0;
        this.configProvider = this.configProvider.then(config => {
          switch (key) {
           case Symbol.for("logger"):
            key = "logger";
            value = config.logger ?? value;
            break;

           case Symbol.for("@smithy/defaultSocketTimeout"):
            key = "defaultSocketTimeout";
            value = (0, resolve_default_socket_timeout /* resolveDefaultSocketTimeout */ .U)(config) ?? value;
            break;
          }
          return {
            ...config,
            [key]: value
          };
        });
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(options) {
        const {requestTimeout: requestTimeout, connectionTimeout: connectionTimeout, socketTimeout: socketTimeout, socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout, httpAgent: httpAgent, httpsAgent: httpsAgent, throwOnRequestTimeout: throwOnRequestTimeout, logger: logger} = options || {};
        const keepAlive = true;
        const maxSockets = 50;
        let httpAgentPromise;
        return {
          connectionTimeout: connectionTimeout,
          requestTimeout: requestTimeout,
          socketTimeout: socketTimeout,
          defaultSocketTimeout: (0, resolve_default_socket_timeout /* resolveDefaultSocketTimeout */ .U)(options),
          socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout,
          throwOnRequestTimeout: throwOnRequestTimeout,
          httpAgentProvider: () => httpAgentPromise ??= (async () => {
            const node_http = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
            const {Agent: Agent, request: request} = node_http.default ?? node_http;
            hRequest = request;
            hAgent = Agent;
            if (httpAgent instanceof hAgent || typeof httpAgent?.destroy === "function") {
              this.externalAgent = true;
              return httpAgent;
            }
            return new hAgent({
              keepAlive: keepAlive,
              maxSockets: maxSockets,
              ...httpAgent
            });
          })(),
          httpsAgent: (() => {
            if (httpsAgent instanceof external_node_https_default().Agent || typeof httpsAgent?.destroy === "function") {
              this.externalAgent = true;
              return httpsAgent;
            }
            return new (external_node_https_default().Agent)({
              keepAlive: keepAlive,
              maxSockets: maxSockets,
              ...httpsAgent
            });
          })(),
          logger: logger
        };
      }
    }
    /***/  },
  /***/ 2687: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ U: () => /* binding */ resolveDefaultSocketTimeout
      /* harmony export */    });
    const resolveDefaultSocketTimeout = config => {
      const value = config?.defaultSocketTimeout;
      return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
    };
    /***/  },
  /***/ 4957: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ N: () => /* binding */ timing
      /* harmony export */    });
    const timing = {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: timeoutId => clearTimeout(timeoutId)
    };
    /***/  },
  /***/ 1849: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ f: () => /* binding */ writeRequestBody
      /* harmony export */    });
    /* harmony import */    var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
    /* harmony import */    
    /* harmony import */ var _timing__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4957);
    const MIN_WAIT_TIME = 6e3;
    async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = false) {
      const headers = request.headers;
      const expect = headers ? headers.Expect || headers.expect : void 0;
      let timeoutId = -1;
      let sendBody = true;
      if (!externalAgent && expect === "100-continue") sendBody = await Promise.race([ new Promise(resolve => {
        timeoutId = Number(_timing__WEBPACK_IMPORTED_MODULE_1__ /* .timing */ .N.setTimeout(() => resolve(true), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
      }), new Promise(resolve => {
        httpRequest.on("continue", () => {
          _timing__WEBPACK_IMPORTED_MODULE_1__ /* .timing */ .N.clearTimeout(timeoutId);
          resolve(true);
        });
        httpRequest.on("response", () => {
          _timing__WEBPACK_IMPORTED_MODULE_1__ /* .timing */ .N.clearTimeout(timeoutId);
          resolve(false);
        });
        httpRequest.on("error", () => {
          _timing__WEBPACK_IMPORTED_MODULE_1__ /* .timing */ .N.clearTimeout(timeoutId);
          resolve(false);
        });
      }) ]);
      if (sendBody) writeBody(httpRequest, request.body);
    }
    function writeBody(httpRequest, body) {
      if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable) {
        body.pipe(httpRequest);
        return;
      }
      if (body) {
        const isBuffer = Buffer.isBuffer(body);
        const isString = typeof body === "string";
        if (isBuffer || isString) {
          if (isBuffer && body.byteLength === 0) httpRequest.end(); else httpRequest.end(body);
          return;
        }
        const uint8 = body;
        if (typeof uint8 === "object" && uint8.buffer && typeof uint8.byteOffset === "number" && typeof uint8.byteLength === "number") {
          httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
          return;
        }
        httpRequest.end(Buffer.from(body));
        return;
      }
      httpRequest.end();
    }
    /***/  },
  /***/ 7550: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      B: () => /* binding */ SignatureV4
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // CONCATENATED MODULE: ./node_modules/@smithy/signature-v4/dist-es/HeaderFormatter.js
    class HeaderFormatter {
      format(headers) {
        const chunks = [];
        for (const headerName in headers) {
          if (!(0, serde.hasOwn)(headers, headerName)) continue;
          const bytes = (0, serde.fromUtf8)(headerName);
          chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
          out.set(chunk, position);
          position += chunk.byteLength;
        }
        return out;
      }
      formatHeaderValue(header) {
        switch (header.type) {
         case "boolean":
          return Uint8Array.from([ header.value ? 0 : 1 ]);

         case "byte":
          return Uint8Array.from([ 2, header.value ]);

         case "short":
          const shortView = new DataView(new ArrayBuffer(3));
          shortView.setUint8(0, 3);
          shortView.setInt16(1, header.value, false);
          return new Uint8Array(shortView.buffer);

         case "integer":
          const intView = new DataView(new ArrayBuffer(5));
          intView.setUint8(0, 4);
          intView.setInt32(1, header.value, false);
          return new Uint8Array(intView.buffer);

         case "long":
          const longBytes = new Uint8Array(9);
          longBytes[0] = 5;
          longBytes.set(header.value.bytes, 1);
          return longBytes;

         case "binary":
          const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
          binView.setUint8(0, 6);
          binView.setUint16(1, header.value.byteLength, false);
          const binBytes = new Uint8Array(binView.buffer);
          binBytes.set(header.value, 3);
          return binBytes;

         case "string":
          const utf8Bytes = (0, serde.fromUtf8)(header.value);
          const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
          strView.setUint8(0, 7);
          strView.setUint16(1, utf8Bytes.byteLength, false);
          const strBytes = new Uint8Array(strView.buffer);
          strBytes.set(utf8Bytes, 3);
          return strBytes;

         case "timestamp":
          const tsBytes = new Uint8Array(9);
          tsBytes[0] = 8;
          tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
          return tsBytes;

         case "uuid":
          if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
          const uuidBytes = new Uint8Array(17);
          uuidBytes[0] = 9;
          uuidBytes.set((0, serde.fromHex)(header.value.replace(/-/g, "")), 1);
          return uuidBytes;
        }
      }
    }
    var HEADER_VALUE_TYPE;
    (function(HEADER_VALUE_TYPE) {
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
    class Int64 {
      bytes;
      constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
        remaining /= 256) bytes[i] = remaining;
        if (number < 0) negate(bytes);
        return new Int64(bytes);
      }
      valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 128;
        if (negative) negate(bytes);
        return parseInt((0, serde.toHex)(bytes), 16) * (negative ? -1 : 1);
      }
      toString() {
        return String(this.valueOf());
      }
    }
    function negate(bytes) {
      for (let i = 0; i < 8; i++) bytes[i] ^= 255;
      for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) break;
      }
    }
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/SignatureV4Base.js + 1 modules
        var SignatureV4Base = __webpack_require__(778);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/constants.js
        var constants = __webpack_require__(7749);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/credentialDerivation.js
        var credentialDerivation = __webpack_require__(1910);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/getCanonicalHeaders.js
        var getCanonicalHeaders = __webpack_require__(6172);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/getPayloadHash.js
        var getPayloadHash = __webpack_require__(6660);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/headerUtil.js
        var headerUtil = __webpack_require__(1923);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/moveHeadersToQuery.js
        var moveHeadersToQuery = __webpack_require__(6186);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/prepareRequest.js
        var prepareRequest = __webpack_require__(9318);
    // CONCATENATED MODULE: ./node_modules/@smithy/signature-v4/dist-es/SignatureV4.js
    class SignatureV4 extends SignatureV4Base /* SignatureV4Base */ .y {
      headerFormatter=new HeaderFormatter;
      constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
        super({
          applyChecksum: applyChecksum,
          credentials: credentials,
          region: region,
          service: service,
          sha256: sha256,
          uriEscapePath: uriEscapePath
        });
      }
      async presign(originalRequest, options = {}) {
        const {signingDate: signingDate = new Date, expiresIn: expiresIn = 3600, unsignableHeaders: unsignableHeaders, unhoistableHeaders: unhoistableHeaders, signableHeaders: signableHeaders, hoistableHeaders: hoistableHeaders, signingRegion: signingRegion, signingService: signingService} = options;
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
        if (expiresIn > constants /* MAX_PRESIGNED_TTL */ .Uv) return Promise.reject("Signature version 4 presigned URLs" + " must have an expiration date less than one week in" + " the future");
        const scope = (0, credentialDerivation /* createScope */ .Ds)(shortDate, region, signingService ?? this.service);
        const request = (0, moveHeadersToQuery /* moveHeadersToQuery */ .b)((0, prepareRequest /* prepareRequest */ .n)(originalRequest), {
          unhoistableHeaders: unhoistableHeaders,
          hoistableHeaders: hoistableHeaders
        });
        if (credentials.sessionToken) request.query[constants /* TOKEN_QUERY_PARAM */ .r2] = credentials.sessionToken;
        request.query[constants /* ALGORITHM_QUERY_PARAM */ .XI] = constants /* ALGORITHM_IDENTIFIER */ .SG;
        request.query[constants /* CREDENTIAL_QUERY_PARAM */ .tI] = `${credentials.accessKeyId}/${scope}`;
        request.query[constants /* AMZ_DATE_QUERY_PARAM */ .Zs] = longDate;
        request.query[constants /* EXPIRES_QUERY_PARAM */ .MS] = expiresIn.toString(10);
        const canonicalHeaders = (0, getCanonicalHeaders /* getCanonicalHeaders */ .H)(request, unsignableHeaders, signableHeaders);
        request.query[constants /* SIGNED_HEADERS_QUERY_PARAM */ .FY] = this.getCanonicalHeaderList(canonicalHeaders);
        request.query[constants /* SIGNATURE_QUERY_PARAM */ .cR] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await (0, 
        getPayloadHash /* getPayloadHash */ .p)(originalRequest, this.sha256)));
        return request;
      }
      async sign(toSign, options) {
        if (typeof toSign === "string") return this.signString(toSign, options); else if (toSign.headers && toSign.payload) return this.signEvent(toSign, options); else if (toSign.message) return this.signMessage(toSign, options); else return this.signRequest(toSign, options);
      }
      async signEvent({headers: headers, payload: payload}, {signingDate: signingDate = new Date, priorSignature: priorSignature, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
        const region = signingRegion ?? await this.regionProvider();
        const {shortDate: shortDate, longDate: longDate} = this.formatDate(signingDate);
        const scope = (0, credentialDerivation /* createScope */ .Ds)(shortDate, region, signingService ?? this.service);
        const hashedPayload = await (0, getPayloadHash /* getPayloadHash */ .p)({
          headers: {},
          body: payload
        }, this.sha256);
        const hash = new this.sha256;
        hash.update(headers);
        const hashedHeaders = (0, serde.toHex)(await hash.digest());
        const stringToSign = [ constants /* EVENT_ALGORITHM_IDENTIFIER */ .r1, longDate, scope, priorSignature, hashedHeaders, hashedPayload ].join("\n");
        return this.signString(stringToSign, {
          signingDate: signingDate,
          signingRegion: region,
          signingService: signingService,
          eventStreamCredentials: eventStreamCredentials
        });
      }
      async signMessage(signableMessage, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
        const promise = this.signEvent({
          headers: this.headerFormatter.format(signableMessage.message.headers),
          payload: signableMessage.message.body
        }, {
          signingDate: signingDate,
          signingRegion: signingRegion,
          signingService: signingService,
          priorSignature: signableMessage.priorSignature,
          eventStreamCredentials: eventStreamCredentials
        });
        return promise.then(signature => ({
          message: signableMessage.message,
          signature: signature
        }));
      }
      async signString(stringToSign, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials} = {}) {
        const credentials = eventStreamCredentials ?? await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const {shortDate: shortDate} = this.formatDate(signingDate);
        const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
        hash.update((0, serde.toUint8Array)(stringToSign));
        return (0, serde.toHex)(await hash.digest());
      }
      async signRequest(requestToSign, {signingDate: signingDate = new Date, signableHeaders: signableHeaders, unsignableHeaders: unsignableHeaders, signingRegion: signingRegion, signingService: signingService} = {}) {
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? await this.regionProvider();
        const request = (0, prepareRequest /* prepareRequest */ .n)(requestToSign);
        const {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
        const scope = (0, credentialDerivation /* createScope */ .Ds)(shortDate, region, signingService ?? this.service);
        request.headers[constants /* AMZ_DATE_HEADER */ .ot] = longDate;
        if (credentials.sessionToken) request.headers[constants /* TOKEN_HEADER */ .wE] = credentials.sessionToken;
        const payloadHash = await (0, getPayloadHash /* getPayloadHash */ .p)(request, this.sha256);
        if (!(0 /* SHA256_HEADER */ , headerUtil /* hasHeader */ .ou)(constants.Wd, request.headers) && this.applyChecksum) request.headers[constants /* SHA256_HEADER */ .Wd] = payloadHash;
        const canonicalHeaders = (0, getCanonicalHeaders /* getCanonicalHeaders */ .H)(request, unsignableHeaders, signableHeaders);
        const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
        request.headers[constants /* AUTH_HEADER */ .H1] = `${constants /* ALGORITHM_IDENTIFIER */ .SG} ` + `Credential=${credentials.accessKeyId}/${scope}, ` + `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, ` + `Signature=${signature}`;
        return request;
      }
      async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
        const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, constants /* ALGORITHM_IDENTIFIER */ .SG);
        const hash = new this.sha256(await keyPromise);
        hash.update((0, serde.toUint8Array)(stringToSign));
        return (0, serde.toHex)(await hash.digest());
      }
      getSigningKey(credentials, region, shortDate, service) {
        return (0, credentialDerivation /* getSigningKey */ .Xf)(this.sha256, credentials, shortDate, region, service || this.service);
      }
    }
    /***/  },
  /***/ 778: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      y: () => /* binding */ SignatureV4Base
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-es/getCanonicalQuery.js
        var getCanonicalQuery = __webpack_require__(1838);
    // CONCATENATED MODULE: ./node_modules/@smithy/signature-v4/dist-es/utilDate.js
    const iso8601 = time => toDate(time).toISOString().replace(/\.\d{3}Z$/, "Z");
    const toDate = time => {
      if (typeof time === "number") return new Date(time * 1e3);
      if (typeof time === "string") {
        if (Number(time)) return new Date(Number(time) * 1e3);
        return new Date(time);
      }
      return time;
    };
    // CONCATENATED MODULE: ./node_modules/@smithy/signature-v4/dist-es/SignatureV4Base.js
    class SignatureV4Base {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = true}) {
        this.service = service;
        this.sha256 = sha256;
        this.uriEscapePath = uriEscapePath;
        this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
        this.regionProvider = (0, client.normalizeProvider)(region);
        this.credentialProvider = (0, client.normalizeProvider)(credentials);
      }
      createCanonicalRequest(request, canonicalHeaders, payloadHash) {
        const sortedHeaders = Object.keys(canonicalHeaders).sort();
        return `${request.method}\n${this.getCanonicalPath(request)}\n${(0, getCanonicalQuery /* getCanonicalQuery */ .$)(request)}\n${sortedHeaders.map(name => `${name}:${canonicalHeaders[name]}`).join("\n")}\n\n${sortedHeaders.join(";")}\n${payloadHash}`;
      }
      async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
        const hash = new this.sha256;
        hash.update((0, serde.toUint8Array)(canonicalRequest));
        const hashedRequest = await hash.digest();
        return `${algorithmIdentifier}\n${longDate}\n${credentialScope}\n${(0, serde.toHex)(hashedRequest)}`;
      }
      getCanonicalPath({path: path}) {
        if (this.uriEscapePath) {
          const normalizedPathSegments = [];
          for (const pathSegment of path.split("/")) {
            if (pathSegment?.length === 0) continue;
            if (pathSegment === ".") continue;
            if (pathSegment === "..") normalizedPathSegments.pop(); else normalizedPathSegments.push(pathSegment);
          }
          const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
          const doubleEncoded = (0, protocols.escapeUri)(normalizedPath);
          return doubleEncoded.replace(/%2F/g, "/");
        }
        return path;
      }
      validateResolvedCredentials(credentials) {
        if (typeof credentials !== "object" || typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") throw new Error("Resolved credential object is not valid");
      }
      formatDate(now) {
        const longDate = iso8601(now).replace(/[-:]/g, "");
        return {
          longDate: longDate,
          shortDate: longDate.slice(0, 8)
        };
      }
      getCanonicalHeaderList(headers) {
        return Object.keys(headers).sort().join(";");
      }
    }
    /***/  },
  /***/ 7749: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ D8: () => /* binding */ SIGNATURE_HEADER,
      /* harmony export */ FY: () => /* binding */ SIGNED_HEADERS_QUERY_PARAM,
      /* harmony export */ H1: () => /* binding */ AUTH_HEADER,
      /* harmony export */ Ir: () => /* binding */ PROXY_HEADER_PATTERN,
      /* harmony export */ J9: () => /* binding */ DATE_HEADER,
      /* harmony export */ Jp: () => /* binding */ UNSIGNABLE_PATTERNS,
      /* harmony export */ MS: () => /* binding */ EXPIRES_QUERY_PARAM,
      /* harmony export */ SG: () => /* binding */ ALGORITHM_IDENTIFIER,
      /* harmony export */ SN: () => /* binding */ ALWAYS_UNSIGNABLE_HEADERS,
      /* harmony export */ Uv: () => /* binding */ MAX_PRESIGNED_TTL,
      /* harmony export */ VQ: () => /* binding */ KEY_TYPE_IDENTIFIER,
      /* harmony export */ Wd: () => /* binding */ SHA256_HEADER,
      /* harmony export */ XI: () => /* binding */ ALGORITHM_QUERY_PARAM,
      /* harmony export */ Zs: () => /* binding */ AMZ_DATE_QUERY_PARAM,
      /* harmony export */ cR: () => /* binding */ SIGNATURE_QUERY_PARAM,
      /* harmony export */ g5: () => /* binding */ MAX_CACHE_SIZE,
      /* harmony export */ ku: () => /* binding */ ALGORITHM_IDENTIFIER_V4A,
      /* harmony export */ lP: () => /* binding */ SEC_HEADER_PATTERN,
      /* harmony export */ oB: () => /* binding */ REGION_SET_PARAM,
      /* harmony export */ ot: () => /* binding */ AMZ_DATE_HEADER,
      /* harmony export */ pj: () => /* binding */ GENERATED_HEADERS,
      /* harmony export */ r1: () => /* binding */ EVENT_ALGORITHM_IDENTIFIER,
      /* harmony export */ r2: () => /* binding */ TOKEN_QUERY_PARAM,
      /* harmony export */ tI: () => /* binding */ CREDENTIAL_QUERY_PARAM,
      /* harmony export */ wE: () => /* binding */ TOKEN_HEADER,
      /* harmony export */ z8: () => /* binding */ UNSIGNED_PAYLOAD,
      /* harmony export */ zX: () => /* binding */ HOST_HEADER
      /* harmony export */    });
    const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
    const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
    const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
    const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
    const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
    const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
    const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
    const REGION_SET_PARAM = "X-Amz-Region-Set";
    const AUTH_HEADER = "authorization";
    const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
    const DATE_HEADER = "date";
    const GENERATED_HEADERS = [ AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER ];
    const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
    const SHA256_HEADER = "x-amz-content-sha256";
    const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
    const HOST_HEADER = "host";
    const ALWAYS_UNSIGNABLE_HEADERS = {
      authorization: true,
      "cache-control": true,
      connection: true,
      expect: true,
      from: true,
      "keep-alive": true,
      "max-forwards": true,
      pragma: true,
      referer: true,
      te: true,
      trailer: true,
      "transfer-encoding": true,
      upgrade: true,
      "user-agent": true,
      "x-amzn-trace-id": true
    };
    const PROXY_HEADER_PATTERN = /^proxy-/;
    const SEC_HEADER_PATTERN = /^sec-/;
    const UNSIGNABLE_PATTERNS = [ /^proxy-/i, /^sec-/i ];
    const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
    const ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256";
    const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
    const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    const MAX_CACHE_SIZE = 50;
    const KEY_TYPE_IDENTIFIER = "aws4_request";
    const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;
    /***/  },
  /***/ 1910: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ Ds: () => /* binding */ createScope,
      /* harmony export */ HK: () => /* binding */ clearCredentialCache,
      /* harmony export */ Xf: () => /* binding */ getSigningKey
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7749);
    const signingKeyCache = {};
    const cacheQueue = [];
    const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${_constants__WEBPACK_IMPORTED_MODULE_0__ /* .KEY_TYPE_IDENTIFIER */ .VQ}`;
    const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
      const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
      const cacheKey = `${shortDate}:${region}:${service}:${(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.toHex)(credsHash)}:${credentials.sessionToken}`;
      if (cacheKey in signingKeyCache) return signingKeyCache[cacheKey];
      cacheQueue.push(cacheKey);
      while (cacheQueue.length > _constants__WEBPACK_IMPORTED_MODULE_0__ /* .MAX_CACHE_SIZE */ .g5) delete signingKeyCache[cacheQueue.shift()];
      let key = `AWS4${credentials.secretAccessKey}`;
      for (const signable of [ shortDate, region, service, _constants__WEBPACK_IMPORTED_MODULE_0__ /* .KEY_TYPE_IDENTIFIER */ .VQ ]) key = await hmac(sha256Constructor, key, signable);
      return signingKeyCache[cacheKey] = key;
    };
    const clearCredentialCache = () => {
      cacheQueue.length = 0;
      Object.keys(signingKeyCache).forEach(cacheKey => {
        delete signingKeyCache[cacheKey];
      });
    };
    const hmac = (ctor, secret, data) => {
      const hash = new ctor(secret);
      hash.update((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.toUint8Array)(data));
      return hash.digest();
    };
    /***/  },
  /***/ 6172: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ H: () => /* binding */ getCanonicalHeaders
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
    const getCanonicalHeaders = ({headers: headers}, unsignableHeaders, signableHeaders) => {
      const canonical = {};
      for (const headerName of Object.keys(headers).sort()) {
        if (headers[headerName] == void 0) continue;
        const canonicalHeaderName = headerName.toLowerCase();
        if ((0 /* .ALWAYS_UNSIGNABLE_HEADERS */ , _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(_constants__WEBPACK_IMPORTED_MODULE_1__.SN, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || _constants__WEBPACK_IMPORTED_MODULE_1__ /* .PROXY_HEADER_PATTERN */ .Ir.test(canonicalHeaderName) || _constants__WEBPACK_IMPORTED_MODULE_1__ /* .SEC_HEADER_PATTERN */ .lP.test(canonicalHeaderName)) if (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) continue;
        if (canonicalHeaderName === "__proto__") (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.writeKey)(canonical);
        canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
      }
      return canonical;
    };
    /***/  },
  /***/ 1838: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ $: () => /* binding */ getCanonicalQuery
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
    /* harmony import */    var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
    const getCanonicalQuery = ({query: query = {}}) => {
      const keys = [];
      const serialized = {};
      for (const key in query) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(query, key)) continue;
        if (key.toLowerCase() === _constants__WEBPACK_IMPORTED_MODULE_1__ /* .SIGNATURE_HEADER */ .D8) continue;
        const encodedKey = (0, _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(key);
        keys.push(encodedKey);
        const value = query[key];
        if (typeof value === "string") serialized[encodedKey] = `${encodedKey}=${(0, _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(value)}`; else if (Array.isArray(value)) serialized[encodedKey] = value.slice(0).reduce((encoded, value) => encoded.concat([ `${encodedKey}=${(0, 
        _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(value)}` ]), []).sort().join("&");
      }
      return keys.sort().map(key => serialized[key]).filter(serialized => serialized).join("&");
    };
    /***/  },
  /***/ 6660: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ p: () => /* binding */ getPayloadHash
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
    const getPayloadHash = async ({headers: headers, body: body}, hashConstructor) => {
      for (const headerName in headers) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, headerName)) continue;
        if (headerName.toLowerCase() === _constants__WEBPACK_IMPORTED_MODULE_1__ /* .SHA256_HEADER */ .Wd) return headers[headerName];
      }
      if (body == void 0) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; else if (typeof body === "string" || ArrayBuffer.isView(body) || (0, 
      _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.isArrayBuffer)(body)) {
        const hashCtor = new hashConstructor;
        hashCtor.update((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.toUint8Array)(body));
        return (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.toHex)(await hashCtor.digest());
      }
      return _constants__WEBPACK_IMPORTED_MODULE_1__ /* .UNSIGNED_PAYLOAD */ .z8;
    };
    /***/  },
  /***/ 1923: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ ou: () => /* binding */ hasHeader
      /* harmony export */    });
    /* unused harmony exports getHeaderValue, deleteHeader */
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
    const hasHeader = (soughtHeader, headers) => {
      soughtHeader = soughtHeader.toLowerCase();
      for (const headerName in headers) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, headerName)) continue;
        if (soughtHeader === headerName.toLowerCase()) return true;
      }
      return false;
    };
  },
  /***/ 8736: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    /* harmony export */    __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ ALGORITHM_IDENTIFIER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.SG,
      /* harmony export */ ALGORITHM_IDENTIFIER_V4A: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.ku,
      /* harmony export */ ALGORITHM_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.XI,
      /* harmony export */ ALWAYS_UNSIGNABLE_HEADERS: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.SN,
      /* harmony export */ AMZ_DATE_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.ot,
      /* harmony export */ AMZ_DATE_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.Zs,
      /* harmony export */ AUTH_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.H1,
      /* harmony export */ CREDENTIAL_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.tI,
      /* harmony export */ DATE_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.J9,
      /* harmony export */ EVENT_ALGORITHM_IDENTIFIER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.r1,
      /* harmony export */ EXPIRES_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.MS,
      /* harmony export */ GENERATED_HEADERS: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.pj,
      /* harmony export */ HOST_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.zX,
      /* harmony export */ KEY_TYPE_IDENTIFIER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.VQ,
      /* harmony export */ MAX_CACHE_SIZE: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.g5,
      /* harmony export */ MAX_PRESIGNED_TTL: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.Uv,
      /* harmony export */ PROXY_HEADER_PATTERN: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.Ir,
      /* harmony export */ REGION_SET_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.oB,
      /* harmony export */ SEC_HEADER_PATTERN: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.lP,
      /* harmony export */ SHA256_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.Wd,
      /* harmony export */ SIGNATURE_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.D8,
      /* harmony export */ SIGNATURE_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.cR,
      /* harmony export */ SIGNED_HEADERS_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.FY,
      /* harmony export */ SignatureV4: () => /* reexport safe */ _SignatureV4__WEBPACK_IMPORTED_MODULE_0__.B,
      /* harmony export */ SignatureV4Base: () => /* reexport safe */ _SignatureV4Base__WEBPACK_IMPORTED_MODULE_8__.y,
      /* harmony export */ TOKEN_HEADER: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.wE,
      /* harmony export */ TOKEN_QUERY_PARAM: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.r2,
      /* harmony export */ UNSIGNABLE_PATTERNS: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.Jp,
      /* harmony export */ UNSIGNED_PAYLOAD: () => /* reexport safe */ _constants__WEBPACK_IMPORTED_MODULE_1__.z8,
      /* harmony export */ clearCredentialCache: () => /* reexport safe */ _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.HK,
      /* harmony export */ createScope: () => /* reexport safe */ _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.Ds,
      /* harmony export */ getCanonicalHeaders: () => /* reexport safe */ _getCanonicalHeaders__WEBPACK_IMPORTED_MODULE_2__.H,
      /* harmony export */ getCanonicalQuery: () => /* reexport safe */ _getCanonicalQuery__WEBPACK_IMPORTED_MODULE_3__.$,
      /* harmony export */ getPayloadHash: () => /* reexport safe */ _getPayloadHash__WEBPACK_IMPORTED_MODULE_4__.p,
      /* harmony export */ getSigningKey: () => /* reexport safe */ _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.Xf,
      /* harmony export */ hasHeader: () => /* reexport safe */ _headerUtil__WEBPACK_IMPORTED_MODULE_9__.ou,
      /* harmony export */ moveHeadersToQuery: () => /* reexport safe */ _moveHeadersToQuery__WEBPACK_IMPORTED_MODULE_5__.b,
      /* harmony export */ prepareRequest: () => /* reexport safe */ _prepareRequest__WEBPACK_IMPORTED_MODULE_6__.n,
      /* harmony export */ signatureV4aContainer: () => /* reexport safe */ _signature_v4a_container__WEBPACK_IMPORTED_MODULE_10__.d
      /* harmony export */    });
    /* harmony import */    var _SignatureV4__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7550);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
    /* harmony import */    var _getCanonicalHeaders__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6172);
    /* harmony import */    var _getCanonicalQuery__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1838);
    /* harmony import */    var _getPayloadHash__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6660);
    /* harmony import */    var _moveHeadersToQuery__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6186);
    /* harmony import */    var _prepareRequest__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9318);
    /* harmony import */    var _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1910);
    /* harmony import */    var _SignatureV4Base__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(778);
    /* harmony import */    var _headerUtil__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1923);
    /* harmony import */    var _signature_v4a_container__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3504);
    /***/  },
  /***/ 6186: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ b: () => /* binding */ moveHeadersToQuery
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
    /* harmony import */    var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3422);
    const moveHeadersToQuery = (request, options = {}) => {
      const {headers: headers, query: query = {}} = _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__.HttpRequest.clone(request);
      for (const name in headers) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.hasOwn)(headers, name)) continue;
        const lname = name.toLowerCase();
        if (lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) {
          query[name] = headers[name];
          delete headers[name];
        }
      }
      return {
        ...request,
        headers: headers,
        query: query
      };
    };
    /***/  },
  /***/ 9318: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ n: () => /* binding */ prepareRequest
      /* harmony export */    });
    /* harmony import */    var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
    /* harmony import */    var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3422);
    /* harmony import */    var _constants__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7749);
    const prepareRequest = request => {
      request = _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__.HttpRequest.clone(request);
      for (const headerName in request.headers) {
        if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.hasOwn)(request.headers, headerName)) continue;
        if (_constants__WEBPACK_IMPORTED_MODULE_2__ /* .GENERATED_HEADERS */ .pj.indexOf(headerName.toLowerCase()) > -1) delete request.headers[headerName];
      }
      return request;
    };
    /***/  },
  /***/ 3504: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ d: () => /* binding */ signatureV4aContainer
      /* harmony export */    });
    const signatureV4aContainer = {
      SignatureV4a: null
    };
    /***/  },
  /***/ 9449: 
  /***/ function(module) {
    /*!
 * Bowser - a browser detector
 * https://github.com/lancedikson/bowser
 * MIT License | (c) Dustin Diaz 2012-2015
 * MIT License | (c) Denis Demchenko 2015-2026
 */
    !function(e, t) {
      true && (module.exports = t());
    }(0, function() {
      var e = {
        AmazonBot: "amazonbot",
        "Amazon Silk": "amazon_silk",
        "Android Browser": "android",
        BaiduSpider: "baiduspider",
        Bada: "bada",
        "Bertina Browser": "bertina",
        BingCrawler: "bingcrawler",
        Brave: "brave",
        BlackBerry: "blackberry",
        "ChatGPT-User": "chatgpt_user",
        Chrome: "chrome",
        ClaudeBot: "claudebot",
        Chromium: "chromium",
        Diffbot: "diffbot",
        DuckDuckBot: "duckduckbot",
        DuckDuckGo: "duckduckgo",
        Electron: "electron",
        Epiphany: "epiphany",
        FacebookExternalHit: "facebookexternalhit",
        Firefox: "firefox",
        Freebox: "freebox",
        Focus: "focus",
        Generic: "generic",
        "Google Search": "google_search",
        Googlebot: "googlebot",
        GPTBot: "gptbot",
        "HeyTap Browser": "heytap",
        "Internet Explorer": "ie",
        InternetArchiveCrawler: "internetarchivecrawler",
        "K-Meleon": "k_meleon",
        Ladybird: "ladybird",
        LibreWolf: "librewolf",
        Linespider: "linespider",
        Maxthon: "maxthon",
        "Meta-ExternalAds": "meta_externalads",
        "Meta-ExternalAgent": "meta_externalagent",
        "Meta-ExternalFetcher": "meta_externalfetcher",
        "Meta-WebIndexer": "meta_webindexer",
        "Microsoft Edge": "edge",
        "MZ Browser": "mz",
        "NAVER Whale Browser": "naver",
        "OAI-SearchBot": "oai_searchbot",
        Omgilibot: "omgilibot",
        Opera: "opera",
        "Opera Coast": "opera_coast",
        "Pale Moon": "pale_moon",
        PerplexityBot: "perplexitybot",
        "Perplexity-User": "perplexity_user",
        PhantomJS: "phantomjs",
        PingdomBot: "pingdombot",
        Puffin: "puffin",
        QQ: "qq",
        QQLite: "qqlite",
        QupZilla: "qupzilla",
        Roku: "roku",
        Safari: "safari",
        Sailfish: "sailfish",
        "Samsung Internet for Android": "samsung_internet",
        SlackBot: "slackbot",
        SeaMonkey: "seamonkey",
        Sleipnir: "sleipnir",
        "Sogou Browser": "sogou",
        Swing: "swing",
        Tizen: "tizen",
        "UC Browser": "uc",
        "Vivo Browser": "vivo",
        Vivaldi: "vivaldi",
        "WebOS Browser": "webos",
        WeChat: "wechat",
        YahooSlurp: "yahooslurp",
        "Yandex Browser": "yandex",
        YandexBot: "yandexbot",
        YouBot: "youbot"
      }, t = {
        amazonbot: "AmazonBot",
        amazon_silk: "Amazon Silk",
        android: "Android Browser",
        baiduspider: "BaiduSpider",
        bada: "Bada",
        bertina: "Bertina Browser",
        bingcrawler: "BingCrawler",
        blackberry: "BlackBerry",
        brave: "Brave",
        chatgpt_user: "ChatGPT-User",
        chrome: "Chrome",
        claudebot: "ClaudeBot",
        chromium: "Chromium",
        diffbot: "Diffbot",
        duckduckbot: "DuckDuckBot",
        duckduckgo: "DuckDuckGo",
        edge: "Microsoft Edge",
        electron: "Electron",
        epiphany: "Epiphany",
        facebookexternalhit: "FacebookExternalHit",
        firefox: "Firefox",
        freebox: "Freebox",
        focus: "Focus",
        generic: "Generic",
        google_search: "Google Search",
        googlebot: "Googlebot",
        gptbot: "GPTBot",
        heytap: "HeyTap Browser",
        ie: "Internet Explorer",
        internetarchivecrawler: "InternetArchiveCrawler",
        k_meleon: "K-Meleon",
        ladybird: "Ladybird",
        librewolf: "LibreWolf",
        linespider: "Linespider",
        maxthon: "Maxthon",
        meta_externalads: "Meta-ExternalAds",
        meta_externalagent: "Meta-ExternalAgent",
        meta_externalfetcher: "Meta-ExternalFetcher",
        meta_webindexer: "Meta-WebIndexer",
        mz: "MZ Browser",
        naver: "NAVER Whale Browser",
        oai_searchbot: "OAI-SearchBot",
        omgilibot: "Omgilibot",
        opera: "Opera",
        opera_coast: "Opera Coast",
        pale_moon: "Pale Moon",
        perplexitybot: "PerplexityBot",
        perplexity_user: "Perplexity-User",
        phantomjs: "PhantomJS",
        pingdombot: "PingdomBot",
        puffin: "Puffin",
        qq: "QQ Browser",
        qqlite: "QQ Browser Lite",
        qupzilla: "QupZilla",
        roku: "Roku",
        safari: "Safari",
        sailfish: "Sailfish",
        samsung_internet: "Samsung Internet for Android",
        seamonkey: "SeaMonkey",
        slackbot: "SlackBot",
        sleipnir: "Sleipnir",
        sogou: "Sogou Browser",
        swing: "Swing",
        tizen: "Tizen",
        uc: "UC Browser",
        vivo: "Vivo Browser",
        vivaldi: "Vivaldi",
        webos: "WebOS Browser",
        wechat: "WeChat",
        yahooslurp: "YahooSlurp",
        yandex: "Yandex Browser",
        yandexbot: "YandexBot",
        youbot: "YouBot"
      }, r = {
        bot: "bot",
        desktop: "desktop",
        mobile: "mobile",
        tablet: "tablet",
        tv: "tv"
      }, i = {
        Android: "Android",
        Bada: "Bada",
        BlackBerry: "BlackBerry",
        ChromeOS: "Chrome OS",
        HarmonyOS: "HarmonyOS",
        iOS: "iOS",
        Linux: "Linux",
        MacOS: "macOS",
        PlayStation4: "PlayStation 4",
        Roku: "Roku",
        Tizen: "Tizen",
        WebOS: "WebOS",
        Windows: "Windows",
        WindowsPhone: "Windows Phone"
      }, n = {
        Blink: "Blink",
        EdgeHTML: "EdgeHTML",
        Gecko: "Gecko",
        LibWeb: "LibWeb",
        Presto: "Presto",
        Trident: "Trident",
        WebKit: "WebKit"
      }, s = function() {
        function r() {}
        return r.getFirstMatch = function(e, t) {
          var r = t.match(e);
          return r && r.length > 0 && r[1] || "";
        }, r.getSecondMatch = function(e, t) {
          var r = t.match(e);
          return r && r.length > 1 && r[2] || "";
        }, r.matchAndReturnConst = function(e, t, r) {
          if (e.test(t)) return r;
        }, r.isFirefoxOnIpad = function(e) {
          var t = e.indexOf("Macintosh");
          if (-1 === t) return !1;
          var r = e.indexOf(" FxiOS", t + 9);
          return -1 !== r && -1 !== e.indexOf("/", r + 6);
        }, r.getWindowsVersionName = function(e) {
          switch (e) {
           case "NT":
            return "NT";

           case "XP":
           case "NT 5.1":
            return "XP";

           case "NT 5.0":
            return "2000";

           case "NT 5.2":
            return "2003";

           case "NT 6.0":
            return "Vista";

           case "NT 6.1":
            return "7";

           case "NT 6.2":
            return "8";

           case "NT 6.3":
            return "8.1";

           case "NT 10.0":
            return "10";

           default:
            return;
          }
        }, r.getMacOSVersionName = function(e) {
          var t = e.split(".").splice(0, 2).map(function(e) {
            return parseInt(e, 10) || 0;
          });
          t.push(0);
          var r = t[0], i = t[1];
          if (10 === r) switch (i) {
           case 5:
            return "Leopard";

           case 6:
            return "Snow Leopard";

           case 7:
            return "Lion";

           case 8:
            return "Mountain Lion";

           case 9:
            return "Mavericks";

           case 10:
            return "Yosemite";

           case 11:
            return "El Capitan";

           case 12:
            return "Sierra";

           case 13:
            return "High Sierra";

           case 14:
            return "Mojave";

           case 15:
            return "Catalina";

           default:
            return;
          }
          switch (r) {
           case 11:
            return "Big Sur";

           case 12:
            return "Monterey";

           case 13:
            return "Ventura";

           case 14:
            return "Sonoma";

           case 15:
            return "Sequoia";

           default:
            return;
          }
        }, r.getAndroidVersionName = function(e) {
          var t = e.split(".").splice(0, 2).map(function(e) {
            return parseInt(e, 10) || 0;
          });
          if (t.push(0), !(1 === t[0] && t[1] < 5)) return 1 === t[0] && t[1] < 6 ? "Cupcake" : 1 === t[0] && t[1] >= 6 ? "Donut" : 2 === t[0] && t[1] < 2 ? "Eclair" : 2 === t[0] && 2 === t[1] ? "Froyo" : 2 === t[0] && t[1] > 2 ? "Gingerbread" : 3 === t[0] ? "Honeycomb" : 4 === t[0] && t[1] < 1 ? "Ice Cream Sandwich" : 4 === t[0] && t[1] < 4 ? "Jelly Bean" : 4 === t[0] && t[1] >= 4 ? "KitKat" : 5 === t[0] ? "Lollipop" : 6 === t[0] ? "Marshmallow" : 7 === t[0] ? "Nougat" : 8 === t[0] ? "Oreo" : 9 === t[0] ? "Pie" : void 0;
        }, r.getVersionPrecision = function(e) {
          return e.split(".").length;
        }, r.compareVersions = function(e, t, i) {
          void 0 === i && (i = !1);
          var n = r.getVersionPrecision(e), s = r.getVersionPrecision(t), o = Math.max(n, s), a = 0, c = r.map([ e, t ], function(e) {
            var t = o - r.getVersionPrecision(e), i = e + new Array(t + 1).join(".0");
            return r.map(i.split("."), function(e) {
              return new Array(20 - e.length).join("0") + e;
            }).reverse();
          });
          for (i && (a = o - Math.min(n, s)), o -= 1; o >= a; ) {
            if (c[0][o] > c[1][o]) return 1;
            if (c[0][o] === c[1][o]) {
              if (o === a) return 0;
              o -= 1;
            } else if (c[0][o] < c[1][o]) return -1;
          }
        }, r.map = function(e, t) {
          var r, i = [];
          if (Array.prototype.map) return Array.prototype.map.call(e, t);
          for (r = 0; r < e.length; r += 1) i.push(t(e[r]));
          return i;
        }, r.find = function(e, t) {
          var r, i;
          if (Array.prototype.find) return Array.prototype.find.call(e, t);
          for (r = 0, i = e.length; r < i; r += 1) {
            var n = e[r];
            if (t(n, r)) return n;
          }
        }, r.assign = function(e) {
          for (var t, r, i = e, n = arguments.length, s = new Array(n > 1 ? n - 1 : 0), o = 1; o < n; o++) s[o - 1] = arguments[o];
          if (Object.assign) return Object.assign.apply(Object, [ e ].concat(s));
          var a = function() {
            var e = s[t];
            "object" == typeof e && null !== e && Object.keys(e).forEach(function(t) {
              i[t] = e[t];
            });
          };
          for (t = 0, r = s.length; t < r; t += 1) a();
          return e;
        }, r.getBrowserAlias = function(t) {
          return e[t];
        }, r.getBrowserTypeByAlias = function(e) {
          return t[e] || "";
        }, r;
      }(), o = /version\/(\d+(\.?_?\d+)+)/i, a = [ {
        test: [ /gptbot/i ],
        describe: function(e) {
          var t = {
            name: "GPTBot"
          }, r = s.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /chatgpt-user/i ],
        describe: function(e) {
          var t = {
            name: "ChatGPT-User"
          }, r = s.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /oai-searchbot/i ],
        describe: function(e) {
          var t = {
            name: "OAI-SearchBot"
          }, r = s.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
        describe: function(e) {
          var t = {
            name: "ClaudeBot"
          }, r = s.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /omgilibot/i, /webzio-extended/i ],
        describe: function(e) {
          var t = {
            name: "Omgilibot"
          }, r = s.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /diffbot/i ],
        describe: function(e) {
          var t = {
            name: "Diffbot"
          }, r = s.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /perplexitybot/i ],
        describe: function(e) {
          var t = {
            name: "PerplexityBot"
          }, r = s.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /perplexity-user/i ],
        describe: function(e) {
          var t = {
            name: "Perplexity-User"
          }, r = s.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /youbot/i ],
        describe: function(e) {
          var t = {
            name: "YouBot"
          }, r = s.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /meta-webindexer/i ],
        describe: function(e) {
          var t = {
            name: "Meta-WebIndexer"
          }, r = s.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /meta-externalads/i ],
        describe: function(e) {
          var t = {
            name: "Meta-ExternalAds"
          }, r = s.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /meta-externalagent/i ],
        describe: function(e) {
          var t = {
            name: "Meta-ExternalAgent"
          }, r = s.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /meta-externalfetcher/i ],
        describe: function(e) {
          var t = {
            name: "Meta-ExternalFetcher"
          }, r = s.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /googlebot/i ],
        describe: function(e) {
          var t = {
            name: "Googlebot"
          }, r = s.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /linespider/i ],
        describe: function(e) {
          var t = {
            name: "Linespider"
          }, r = s.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /amazonbot/i ],
        describe: function(e) {
          var t = {
            name: "AmazonBot"
          }, r = s.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /bingbot/i ],
        describe: function(e) {
          var t = {
            name: "BingCrawler"
          }, r = s.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /baiduspider/i ],
        describe: function(e) {
          var t = {
            name: "BaiduSpider"
          }, r = s.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /duckduckbot/i ],
        describe: function(e) {
          var t = {
            name: "DuckDuckBot"
          }, r = s.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /ia_archiver/i ],
        describe: function(e) {
          var t = {
            name: "InternetArchiveCrawler"
          }, r = s.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /facebookexternalhit/i, /facebookcatalog/i ],
        describe: function() {
          return {
            name: "FacebookExternalHit"
          };
        }
      }, {
        test: [ /slackbot/i, /slack-imgProxy/i ],
        describe: function(e) {
          var t = {
            name: "SlackBot"
          }, r = s.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /yahoo!?[\s/]*slurp/i ],
        describe: function() {
          return {
            name: "YahooSlurp"
          };
        }
      }, {
        test: [ /yandexbot/i, /yandexmobilebot/i ],
        describe: function() {
          return {
            name: "YandexBot"
          };
        }
      }, {
        test: [ /pingdom/i ],
        describe: function() {
          return {
            name: "PingdomBot"
          };
        }
      }, {
        test: [ /opera/i ],
        describe: function(e) {
          var t = {
            name: "Opera"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /opr\/|opios/i ],
        describe: function(e) {
          var t = {
            name: "Opera"
          }, r = s.getFirstMatch(/(?:opr|opios)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /SamsungBrowser/i ],
        describe: function(e) {
          var t = {
            name: "Samsung Internet for Android"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /Whale/i ],
        describe: function(e) {
          var t = {
            name: "NAVER Whale Browser"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /PaleMoon/i ],
        describe: function(e) {
          var t = {
            name: "Pale Moon"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /HeyTapBrowser/i ],
        describe: function(e) {
          var t = {
            name: "HeyTap Browser"
          }, r = s.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /VivoBrowser/i ],
        describe: function(e) {
          var t = {
            name: "Vivo Browser"
          }, r = s.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /MZBrowser/i ],
        describe: function(e) {
          var t = {
            name: "MZ Browser"
          }, r = s.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /focus/i ],
        describe: function(e) {
          var t = {
            name: "Focus"
          }, r = s.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /swing/i ],
        describe: function(e) {
          var t = {
            name: "Swing"
          }, r = s.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /coast/i ],
        describe: function(e) {
          var t = {
            name: "Opera Coast"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /opt\/\d+(?:.?_?\d+)+/i ],
        describe: function(e) {
          var t = {
            name: "Opera Touch"
          }, r = s.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /\sbertina\//i ],
        describe: function(e) {
          var t = {
            name: "Bertina Browser"
          }, r = s.getFirstMatch(/(?:bertina)\/(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /yabrowser/i ],
        describe: function(e) {
          var t = {
            name: "Yandex Browser"
          }, r = s.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /ucbrowser|ucmobile\//i, /\bucpc\//i, /\bubrowser\//i ],
        describe: function(e) {
          var t = {
            name: "UC Browser"
          }, r = s.getFirstMatch(/(?:ucbrowser[\s/]?|ucmobile\/|\bucpc\/|\bubrowser\/)(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /Maxthon|mxios/i ],
        describe: function(e) {
          var t = {
            name: "Maxthon"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /epiphany/i ],
        describe: function(e) {
          var t = {
            name: "Epiphany"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /puffin/i ],
        describe: function(e) {
          var t = {
            name: "Puffin"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /sleipnir/i ],
        describe: function(e) {
          var t = {
            name: "Sleipnir"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /k-meleon/i ],
        describe: function(e) {
          var t = {
            name: "K-Meleon"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /micromessenger/i ],
        describe: function(e) {
          var t = {
            name: "WeChat"
          }, r = s.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /qqbrowser/i ],
        describe: function(e) {
          var t = {
            name: /qqbrowserlite/i.test(e) ? "QQ Browser Lite" : "QQ Browser"
          }, r = s.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /msie|trident/i ],
        describe: function(e) {
          var t = {
            name: "Internet Explorer"
          }, r = s.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /\sedg\//i ],
        describe: function(e) {
          var t = {
            name: "Microsoft Edge"
          }, r = s.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /edg([ea]|ios)\//i ],
        describe: function(e) {
          var t = {
            name: "Microsoft Edge"
          }, r = s.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: function(e) {
          return !!e.hasBrand("Vivaldi") || e.test(/vivaldi/i);
        },
        describe: function(e, t) {
          var r = {
            name: "Vivaldi"
          };
          if (t) {
            var i = t.getBrandVersion("Vivaldi");
            if (i) return r.version = i, r;
          }
          var n = s.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
          return n && (r.version = n), r;
        }
      }, {
        test: [ /seamonkey/i ],
        describe: function(e) {
          var t = {
            name: "SeaMonkey"
          }, r = s.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /sailfish/i ],
        describe: function(e) {
          var t = {
            name: "Sailfish"
          }, r = s.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /silk/i ],
        describe: function(e) {
          var t = {
            name: "Amazon Silk"
          }, r = s.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /phantom/i ],
        describe: function(e) {
          var t = {
            name: "PhantomJS"
          }, r = s.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /slimerjs/i ],
        describe: function(e) {
          var t = {
            name: "SlimerJS"
          }, r = s.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
        describe: function(e) {
          var t = {
            name: "BlackBerry"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /(web|hpw)[o0]s/i ],
        describe: function(e) {
          var t = {
            name: "WebOS Browser"
          }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /bada/i ],
        describe: function(e) {
          var t = {
            name: "Bada"
          }, r = s.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /tizen/i ],
        describe: function(e) {
          var t = {
            name: "Tizen"
          }, r = s.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /qupzilla/i ],
        describe: function(e) {
          var t = {
            name: "QupZilla"
          }, r = s.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /librewolf/i ],
        describe: function(e) {
          var t = {
            name: "LibreWolf"
          }, r = s.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /firefox|iceweasel|fxios/i ],
        describe: function(e) {
          var t = {
            name: "Firefox"
          }, r = s.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /electron/i ],
        describe: function(e) {
          var t = {
            name: "Electron"
          }, r = s.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i ],
        describe: function(e) {
          var t = {
            name: "Sogou Browser"
          }, r = s.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i, e), i = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e), n = s.getFirstMatch(/se ([\d.]+)x/i, e), o = r || i || n;
          return o && (t.version = o), t;
        }
      }, {
        test: [ /MiuiBrowser/i ],
        describe: function(e) {
          var t = {
            name: "Miui"
          }, r = s.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: function(e) {
          return !!e.hasBrand("DuckDuckGo") || e.test(/\sDdg\/[\d.]+$/i);
        },
        describe: function(e, t) {
          var r = {
            name: "DuckDuckGo"
          };
          if (t) {
            var i = t.getBrandVersion("DuckDuckGo");
            if (i) return r.version = i, r;
          }
          var n = s.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
          return n && (r.version = n), r;
        }
      }, {
        test: function(e) {
          return e.hasBrand("Brave");
        },
        describe: function(e, t) {
          var r = {
            name: "Brave"
          };
          if (t) {
            var i = t.getBrandVersion("Brave");
            if (i) return r.version = i, r;
          }
          return r;
        }
      }, {
        test: [ /chromium/i ],
        describe: function(e) {
          var t = {
            name: "Chromium"
          }, r = s.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e) || s.getFirstMatch(/(?:chrome)\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /ladybird/i ],
        describe: function(e) {
          var t = {
            name: "Ladybird"
          }, r = s.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /chrome|crios|crmo/i ],
        describe: function(e) {
          var t = {
            name: "Chrome"
          }, r = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /\bGSA\//i ],
        describe: function(e) {
          var t = {
            name: "Google Search"
          }, r = s.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: function(e) {
          var t = !e.test(/like android/i), r = e.test(/android/i);
          return t && r;
        },
        describe: function(e) {
          var t = {
            name: "Android Browser"
          }, r = s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /playstation 4/i ],
        describe: function(e) {
          var t = {
            name: "PlayStation 4"
          }, r = s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /freebox/i ],
        describe: function(e) {
          var t = {
            name: "Freebox"
          }, r = s.getFirstMatch(/navigateur web\/(\d+(\.\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /safari|applewebkit/i ],
        describe: function(e) {
          var t = {
            name: "Safari"
          }, r = s.getFirstMatch(o, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /.*/i ],
        describe: function(e) {
          var t = -1 !== e.search("\\(") ? /^(.*)\/([^/]*)[ \t]\((.*)/ : /^(.*)\/([^/]*) /;
          return {
            name: s.getFirstMatch(t, e),
            version: s.getSecondMatch(t, e)
          };
        }
      } ], c = [ {
        test: [ /Roku\/DVP/ ],
        describe: function(e) {
          var t = s.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
          return {
            name: i.Roku,
            version: t
          };
        }
      }, {
        test: [ /windows phone/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i, e);
          return {
            name: i.WindowsPhone,
            version: t
          };
        }
      }, {
        test: [ /windows /i ],
        describe: function(e) {
          var t = s.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e), r = s.getWindowsVersionName(t);
          return {
            name: i.Windows,
            version: t,
            versionName: r
          };
        }
      }, {
        test: function(e) {
          return s.isFirefoxOnIpad(e.getUA());
        },
        describe: function(e) {
          var t = {
            name: i.iOS
          }, r = s.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /macintosh/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e).replace(/[_\s]/g, "."), r = s.getMacOSVersionName(t), n = {
            name: i.MacOS,
            version: t
          };
          return r && (n.versionName = r), n;
        }
      }, {
        test: [ /(ipod|iphone|ipad)/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e).replace(/[_\s]/g, "."), r = s.getFirstMatch(/version\/(\d+(\.\d+)*) mobile\/\w+ safari\//i, e);
          return /^18(\.|$)/.test(t) && parseInt(r, 10) >= 26 && (t = r), {
            name: i.iOS,
            version: t
          };
        }
      }, {
        test: [ /OpenHarmony/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
          return {
            name: i.HarmonyOS,
            version: t
          };
        }
      }, {
        test: function(e) {
          var t = !e.test(/like android/i), r = e.test(/android/i);
          return t && r;
        },
        describe: function(e) {
          var t = s.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e), r = s.getAndroidVersionName(t), n = {
            name: i.Android,
            version: t
          };
          return r && (n.versionName = r), n;
        }
      }, {
        test: [ /(web|hpw)[o0]s/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e), r = {
            name: i.WebOS
          };
          return t && t.length && (r.version = t), r;
        }
      }, {
        test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) || s.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) || s.getFirstMatch(/\bbb(\d+)/i, e);
          return {
            name: i.BlackBerry,
            version: t
          };
        }
      }, {
        test: [ /bada/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
          return {
            name: i.Bada,
            version: t
          };
        }
      }, {
        test: [ /tizen/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
          return {
            name: i.Tizen,
            version: t
          };
        }
      }, {
        test: [ /linux/i ],
        describe: function() {
          return {
            name: i.Linux
          };
        }
      }, {
        test: [ /CrOS/ ],
        describe: function() {
          return {
            name: i.ChromeOS
          };
        }
      }, {
        test: [ /PlayStation 4/ ],
        describe: function(e) {
          var t = s.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
          return {
            name: i.PlayStation4,
            version: t
          };
        }
      } ], u = [ {
        test: [ /googlebot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Google"
          };
        }
      }, {
        test: [ /linespider/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Line"
          };
        }
      }, {
        test: [ /amazonbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Amazon"
          };
        }
      }, {
        test: [ /gptbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "OpenAI"
          };
        }
      }, {
        test: [ /chatgpt-user/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "OpenAI"
          };
        }
      }, {
        test: [ /oai-searchbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "OpenAI"
          };
        }
      }, {
        test: [ /baiduspider/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Baidu"
          };
        }
      }, {
        test: [ /bingbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Bing"
          };
        }
      }, {
        test: [ /duckduckbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "DuckDuckGo"
          };
        }
      }, {
        test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Anthropic"
          };
        }
      }, {
        test: [ /omgilibot/i, /webzio-extended/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Webz.io"
          };
        }
      }, {
        test: [ /diffbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Diffbot"
          };
        }
      }, {
        test: [ /perplexitybot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Perplexity AI"
          };
        }
      }, {
        test: [ /perplexity-user/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Perplexity AI"
          };
        }
      }, {
        test: [ /youbot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "You.com"
          };
        }
      }, {
        test: [ /ia_archiver/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Internet Archive"
          };
        }
      }, {
        test: [ /meta-webindexer/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Meta"
          };
        }
      }, {
        test: [ /meta-externalads/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Meta"
          };
        }
      }, {
        test: [ /meta-externalagent/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Meta"
          };
        }
      }, {
        test: [ /meta-externalfetcher/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Meta"
          };
        }
      }, {
        test: [ /facebookexternalhit/i, /facebookcatalog/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Meta"
          };
        }
      }, {
        test: [ /slackbot/i, /slack-imgProxy/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Slack"
          };
        }
      }, {
        test: [ /yahoo/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Yahoo"
          };
        }
      }, {
        test: [ /yandexbot/i, /yandexmobilebot/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Yandex"
          };
        }
      }, {
        test: [ /pingdom/i ],
        describe: function() {
          return {
            type: r.bot,
            vendor: "Pingdom"
          };
        }
      }, {
        test: [ /huawei/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/(can-l01)/i, e) && "Nova", i = {
            type: r.mobile,
            vendor: "Huawei"
          };
          return t && (i.model = t), i;
        }
      }, {
        test: [ /nexus\s*(?:7|8|9|10).*/i ],
        describe: function() {
          return {
            type: r.tablet,
            vendor: "Nexus"
          };
        }
      }, {
        test: [ /ipad/i ],
        describe: function() {
          return {
            type: r.tablet,
            vendor: "Apple",
            model: "iPad"
          };
        }
      }, {
        test: function(e) {
          return s.isFirefoxOnIpad(e.getUA());
        },
        describe: function() {
          return {
            type: r.tablet,
            vendor: "Apple",
            model: "iPad"
          };
        }
      }, {
        test: [ /kftt build/i ],
        describe: function() {
          return {
            type: r.tablet,
            vendor: "Amazon",
            model: "Kindle Fire HD 7"
          };
        }
      }, {
        test: [ /silk/i ],
        describe: function() {
          return {
            type: r.tablet,
            vendor: "Amazon"
          };
        }
      }, {
        test: [ /tablet(?! pc)/i ],
        describe: function() {
          return {
            type: r.tablet
          };
        }
      }, {
        test: function(e) {
          var t = e.test(/ipod|iphone/i), r = e.test(/like (ipod|iphone)/i);
          return t && !r;
        },
        describe: function(e) {
          var t = s.getFirstMatch(/(ipod|iphone)/i, e);
          return {
            type: r.mobile,
            vendor: "Apple",
            model: t
          };
        }
      }, {
        test: [ /nexus\s*[0-6].*/i, /galaxy nexus/i ],
        describe: function() {
          return {
            type: r.mobile,
            vendor: "Nexus"
          };
        }
      }, {
        test: [ /Nokia/i ],
        describe: function(e) {
          var t = s.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e), i = {
            type: r.mobile,
            vendor: "Nokia"
          };
          return t && (i.model = t), i;
        }
      }, {
        test: [ /[^-]mobi/i ],
        describe: function() {
          return {
            type: r.mobile
          };
        }
      }, {
        test: function(e) {
          return "blackberry" === e.getBrowserName(!0);
        },
        describe: function() {
          return {
            type: r.mobile,
            vendor: "BlackBerry"
          };
        }
      }, {
        test: function(e) {
          return "bada" === e.getBrowserName(!0);
        },
        describe: function() {
          return {
            type: r.mobile
          };
        }
      }, {
        test: function(e) {
          return "windows phone" === e.getBrowserName();
        },
        describe: function() {
          return {
            type: r.mobile,
            vendor: "Microsoft"
          };
        }
      }, {
        test: function(e) {
          var t = Number(String(e.getOSVersion()).split(".")[0]);
          return "android" === e.getOSName(!0) && t >= 3;
        },
        describe: function() {
          return {
            type: r.tablet
          };
        }
      }, {
        test: function(e) {
          return "android" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.mobile
          };
        }
      }, {
        test: [ /smart-?tv|smarttv/i ],
        describe: function() {
          return {
            type: r.tv
          };
        }
      }, {
        test: [ /netcast/i ],
        describe: function() {
          return {
            type: r.tv
          };
        }
      }, {
        test: function(e) {
          return "macos" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.desktop,
            vendor: "Apple"
          };
        }
      }, {
        test: function(e) {
          return "windows" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.desktop
          };
        }
      }, {
        test: function(e) {
          return "linux" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.desktop
          };
        }
      }, {
        test: function(e) {
          return "chrome os" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.desktop
          };
        }
      }, {
        test: function(e) {
          return "playstation 4" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.tv
          };
        }
      }, {
        test: function(e) {
          return "roku" === e.getOSName(!0);
        },
        describe: function() {
          return {
            type: r.tv
          };
        }
      } ], d = [ {
        test: function(e) {
          return "microsoft edge" === e.getBrowserName(!0);
        },
        describe: function(e) {
          if (/\sedgios\//i.test(e)) {
            var t = {
              name: n.WebKit
            }, r = s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return r && (t.version = r), t;
          }
          if (/\sedga?\//i.test(e)) return {
            name: n.Blink
          };
          var i = s.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
          return {
            name: n.EdgeHTML,
            version: i
          };
        }
      }, {
        test: function(e) {
          return "ladybird" === e.getBrowserName(!0);
        },
        describe: function() {
          return {
            name: n.LibWeb
          };
        }
      }, {
        test: [ /trident/i ],
        describe: function(e) {
          var t = {
            name: n.Trident
          }, r = s.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: function(e) {
          return e.test(/presto/i);
        },
        describe: function(e) {
          var t = {
            name: n.Presto
          }, r = s.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: function(e) {
          var t = e.test(/gecko/i), r = e.test(/like gecko/i);
          return t && !r;
        },
        describe: function(e) {
          var t = {
            name: n.Gecko
          }, r = s.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      }, {
        test: [ /(apple)?webkit\/537\.36/i ],
        describe: function() {
          return {
            name: n.Blink
          };
        }
      }, {
        test: [ /(apple)?webkit/i ],
        describe: function(e) {
          var t = {
            name: n.WebKit
          }, r = s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
          return r && (t.version = r), t;
        }
      } ], b = function() {
        function e(e, t, r) {
          if (void 0 === t && (t = !1), void 0 === r && (r = null), null == e || "" === e) throw new Error("UserAgent parameter can't be empty");
          this._ua = e;
          var i = !1;
          "boolean" == typeof t ? (i = t, this._hints = r) : this._hints = null != t && "object" == typeof t ? t : null, 
          this.parsedResult = {}, !0 !== i && this.parse();
        }
        var t = e.prototype;
        return t.getHints = function() {
          return this._hints;
        }, t.hasBrand = function(e) {
          if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
          var t = e.toLowerCase();
          return this._hints.brands.some(function(e) {
            return e.brand && e.brand.toLowerCase() === t;
          });
        }, t.getBrandVersion = function(e) {
          if (this._hints && Array.isArray(this._hints.brands)) {
            var t = e.toLowerCase(), r = s.find(this._hints.brands, function(e) {
              return e.brand && e.brand.toLowerCase() === t;
            });
            return r ? r.version : void 0;
          }
        }, t.getUA = function() {
          return this._ua;
        }, t.test = function(e) {
          return e.test(this._ua);
        }, t.parseBrowser = function() {
          var e = this;
          this.parsedResult.browser = {};
          var t = s.find(a, function(t) {
            if ("function" == typeof t.test) return t.test(e);
            if (Array.isArray(t.test)) return t.test.some(function(t) {
              return e.test(t);
            });
            throw new Error("Browser's test function is not valid");
          });
          return t && (this.parsedResult.browser = t.describe(this.getUA(), this)), this.parsedResult.browser;
        }, t.getBrowser = function() {
          return this.parsedResult.browser ? this.parsedResult.browser : this.parseBrowser();
        }, t.getBrowserName = function(e) {
          return e ? String(this.getBrowser().name).toLowerCase() || "" : this.getBrowser().name || "";
        }, t.getBrowserVersion = function() {
          return this.getBrowser().version;
        }, t.getOS = function() {
          return this.parsedResult.os ? this.parsedResult.os : this.parseOS();
        }, t.parseOS = function() {
          var e = this;
          this.parsedResult.os = {};
          var t = s.find(c, function(t) {
            if ("function" == typeof t.test) return t.test(e);
            if (Array.isArray(t.test)) return t.test.some(function(t) {
              return e.test(t);
            });
            throw new Error("Browser's test function is not valid");
          });
          return t && (this.parsedResult.os = t.describe(this.getUA())), this.parsedResult.os;
        }, t.getOSName = function(e) {
          var t = this.getOS().name;
          return e ? String(t).toLowerCase() || "" : t || "";
        }, t.getOSVersion = function() {
          return this.getOS().version;
        }, t.getPlatform = function() {
          return this.parsedResult.platform ? this.parsedResult.platform : this.parsePlatform();
        }, t.getPlatformType = function(e) {
          void 0 === e && (e = !1);
          var t = this.getPlatform().type;
          return e ? String(t).toLowerCase() || "" : t || "";
        }, t.parsePlatform = function() {
          var e = this;
          this.parsedResult.platform = {};
          var t = s.find(u, function(t) {
            if ("function" == typeof t.test) return t.test(e);
            if (Array.isArray(t.test)) return t.test.some(function(t) {
              return e.test(t);
            });
            throw new Error("Browser's test function is not valid");
          });
          return t && (this.parsedResult.platform = t.describe(this.getUA())), this.parsedResult.platform;
        }, t.getEngine = function() {
          return this.parsedResult.engine ? this.parsedResult.engine : this.parseEngine();
        }, t.getEngineName = function(e) {
          return e ? String(this.getEngine().name).toLowerCase() || "" : this.getEngine().name || "";
        }, t.parseEngine = function() {
          var e = this;
          this.parsedResult.engine = {};
          var t = s.find(d, function(t) {
            if ("function" == typeof t.test) return t.test(e);
            if (Array.isArray(t.test)) return t.test.some(function(t) {
              return e.test(t);
            });
            throw new Error("Browser's test function is not valid");
          });
          return t && (this.parsedResult.engine = t.describe(this.getUA())), this.parsedResult.engine;
        }, t.parse = function() {
          return this.parseBrowser(), this.parseOS(), this.parsePlatform(), this.parseEngine(), 
          this;
        }, t.getResult = function() {
          return s.assign({}, this.parsedResult);
        }, t.satisfies = function(e) {
          var t = this, r = {}, i = 0, n = {}, o = 0;
          if (Object.keys(e).forEach(function(t) {
            var s = e[t];
            "string" == typeof s || Array.isArray(s) ? (n[t] = s, o += 1) : "object" == typeof s && (r[t] = s, 
            i += 1);
          }), i > 0) {
            var a = Object.keys(r), c = s.find(a, function(e) {
              return t.isOS(e);
            });
            if (c) {
              var u = this.satisfies(r[c]);
              if (void 0 !== u) return u;
            }
            var d = s.find(a, function(e) {
              return t.isPlatform(e);
            });
            if (d) {
              var b = this.satisfies(r[d]);
              if (void 0 !== b) return b;
            }
          }
          if (o > 0) {
            var f = Object.keys(n), l = s.find(f, function(e) {
              return t.isBrowser(e, !0);
            });
            if (void 0 !== l) return this.compareVersions(n[l]);
          }
        }, t.isBrowser = function(e, t) {
          void 0 === t && (t = !1);
          var r = this.getBrowserName().toLowerCase(), i = e.toLowerCase(), n = s.getBrowserTypeByAlias(i);
          return t && n && (i = n.toLowerCase()), i === r;
        }, t.compareVersions = function(e) {
          var t = this;
          return "string" == typeof e ? this.compareVersion(e) : e.some(function(e) {
            return t.compareVersion(e);
          });
        }, t.compareVersion = function(e) {
          var t = [ 0 ], r = e, i = !1, n = this.getBrowserVersion();
          if ("string" == typeof n) return ">" === e[0] || "<" === e[0] ? (r = e.substr(1), 
          "=" === e[1] ? (i = !0, r = e.substr(2)) : t = [], ">" === e[0] ? t.push(1) : t.push(-1)) : "=" === e[0] ? r = e.substr(1) : "~" === e[0] && (i = !0, 
          r = e.substr(1)), t.indexOf(s.compareVersions(n, r, i)) > -1;
        }, t.isOS = function(e) {
          return this.getOSName(!0) === String(e).toLowerCase();
        }, t.isPlatform = function(e) {
          return this.getPlatformType(!0) === String(e).toLowerCase();
        }, t.isEngine = function(e) {
          return this.getEngineName(!0) === String(e).toLowerCase();
        }, t.is = function(e, t) {
          return void 0 === t && (t = !1), this.isBrowser(e, t) || this.isOS(e) || this.isPlatform(e);
        }, t.some = function(e) {
          var t = this;
          return void 0 === e && (e = []), e.some(function(e) {
            return t.is(e);
          });
        }, e;
      }();
      function f(e) {
        var t = function(e) {
          if ("object" != typeof e || !e) return e;
          var t = e[Symbol.toPrimitive];
          if (void 0 !== t) {
            var r = t.call(e, "string");
            if ("object" != typeof r) return r;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return String(e);
        }(e);
        return "symbol" == typeof t ? t : t + "";
      }
      var l = function() {
        function e() {}
        return e.getParser = function(e, t, r) {
          if (void 0 === t && (t = !1), void 0 === r && (r = null), "string" != typeof e) throw new Error("UserAgent should be a string");
          return new b(e, t, r);
        }, e.parse = function(e, t) {
          return void 0 === t && (t = null), new b(e, t).getResult();
        }, s = e, (o = [ {
          key: "BROWSER_MAP",
          get: function() {
            return t;
          }
        }, {
          key: "ENGINE_MAP",
          get: function() {
            return n;
          }
        }, {
          key: "OS_MAP",
          get: function() {
            return i;
          }
        }, {
          key: "PLATFORMS_MAP",
          get: function() {
            return r;
          }
        } ]) && 
        /*!
  	* Bowser - a browser detector
  	* https://github.com/bowser-js/bowser
  	* MIT License | (c) Dustin Diaz 2012-2015
  	* MIT License | (c) Denis Demchenko 2015-2026
  	*/
        function(e, t) {
          for (var r = 0; r < t.length; r++) {
            var i = t[r];
            i.enumerable = i.enumerable || !1, i.configurable = !0, "value" in i && (i.writable = !0), 
            Object.defineProperty(e, f(i.key), i);
          }
        }(s, o), Object.defineProperty(s, "prototype", {
          writable: !1
        }), s;
        var s, o;
      }();
      return l.parse, l.getParser, l;
    });
    /***/  }
};