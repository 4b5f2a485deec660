export const id = 762;

export const ids = [ 762 ];

export const modules = {
  /***/ 9762: 
  /***/ (__unused_webpack_module, exports, __webpack_require__) => {
    const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152);
    const {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402);
    const {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658);
    const {Command: $Command} = __webpack_require__(2658);
    const {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
    const {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085);
    const {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422);
    const {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609);
    const {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890);
    const {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523);
    const {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430);
    const {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(5383);
    const {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288);
    const {Sha256: Sha256} = __webpack_require__(9542);
    const defaultSigninHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "signin",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    const defaultSigninHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       case "CreateOAuth2Token":
        options.push(createSmithyApiNoAuthHttpAuthOption());
        break;

       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "signin"
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
    var version = "3.998.3";
    var packageInfo = {
      version: version
    };
    const s = "ref";
    const a = -1, b = false, c = true, d = "isSet", e = "booleanEquals", f = "coalesce", g = "PartitionResult", h = "stringEquals", i = "getAttr", j = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}", k = {
      [s]: "Endpoint"
    }, l = {
      fn: i,
      argv: [ {
        [s]: g
      }, "name" ]
    }, m = {
      [s]: "Region"
    }, n = {
      [s]: g
    }, o = {
      authSchemes: [ {
        name: "sigv4",
        signingName: "signin",
        signingRegion: "{Region}"
      } ]
    }, p = {}, q = [ m ];
    const _data = {
      conditions: [ [ d, q ], [ e, [ {
        fn: f,
        argv: [ {
          [s]: "IsControlPlane"
        }, b ]
      }, c ] ], [ d, [ k ] ], [ "aws.partition", q, g ], [ e, [ {
        [s]: "UseFIPS"
      }, c ] ], [ h, [ l, "aws" ] ], [ e, [ {
        fn: f,
        argv: [ {
          [s]: "IsOAuthEndpoint"
        }, b ]
      }, c ] ], [ e, [ {
        [s]: "UseDualStack"
      }, c ] ], [ h, [ l, "aws-cn" ] ], [ h, [ m, "us-gov-west-1" ] ], [ h, [ l, "aws-us-gov" ] ], [ e, [ {
        fn: i,
        argv: [ n, "supportsFIPS" ]
      }, c ] ], [ h, [ l, "aws-iso" ] ], [ h, [ l, "aws-iso-b" ] ], [ h, [ l, "aws-iso-f" ] ], [ h, [ l, "aws-iso-e" ] ], [ h, [ l, "aws-eusc" ] ], [ e, [ {
        fn: i,
        argv: [ n, "supportsDualStack" ]
      }, c ] ] ],
      results: [ [ a ], [ "https://signin.{Region}.api.aws", o ], [ "https://signin.{Region}.api.amazonwebservices.com.cn", o ], [ j, o ], [ a, "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation." ], [ "https://{Region}.oauth.signin.aws", o ], [ "https://{Region}.signin.aws.amazon.com", p ], [ "https://{Region}.signin.amazonaws.cn", p ], [ "https://{Region}.signin.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.c2shome.ic.gov", p ], [ "https://{Region}.signin.sc2shome.sgov.gov", p ], [ "https://{Region}.signin.csphome.hci.ic.gov", p ], [ "https://{Region}.signin.csphome.adc-e.uk", p ], [ "https://{Region}.signin.amazonaws-eusc.eu", p ], [ "https://signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ k, p ], [ "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", p ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ j, p ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://signin.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 6, 3, 2, 36, 4, 4, 5, r + 27, 6, r + 4, r + 27, 1, 29, 7, 2, 36, 8, 3, 9, 31, 4, 22, 10, 5, 19, 11, 7, 21, 12, 8, r + 7, 13, 10, r + 8, 14, 12, r + 9, 15, 13, r + 10, 16, 14, r + 11, 17, 15, r + 12, 18, 16, r + 13, r + 16, 6, r + 5, 20, 7, 21, r + 6, 17, r + 24, r + 25, 6, r + 4, 23, 7, 27, 24, 9, r + 14, 25, 10, r + 15, 26, 11, r + 22, r + 23, 11, 28, r + 21, 17, r + 20, r + 21, 2, 35, 30, 3, 39, 31, 4, 32, r + 27, 6, r + 4, 33, 7, r + 27, 34, 9, r + 14, r + 27, 3, 39, 36, 4, 38, 37, 7, r + 18, r + 19, 6, r + 4, r + 17, 5, r + 1, 40, 8, r + 2, r + 3 ]);
    const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    const cache = new EndpointCache({
      size: 50,
      params: [ "Endpoint", "IsControlPlane", "IsOAuthEndpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    class SigninServiceException extends ServiceException {
      static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SigninServiceException.prototype);
      }
    }
    class AccessDeniedException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#AccessDeniedException";
      name="AccessDeniedException";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.error = opts.error;
      }
    }
    class InternalServerException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#InternalServerException";
      name="InternalServerException";
      $fault="server";
      error;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.error = opts.error;
      }
    }
    class TooManyRequestsError extends SigninServiceException {
      static shapeId="com.amazonaws.signin#TooManyRequestsError";
      name="TooManyRequestsError";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "TooManyRequestsError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyRequestsError.prototype);
        this.error = opts.error;
      }
    }
    class ValidationException extends SigninServiceException {
      static shapeId="com.amazonaws.signin#ValidationException";
      name="ValidationException";
      $fault="client";
      error;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.error = opts.error;
      }
    }
    const _ADE = "AccessDeniedException";
    const _AT = "AccessToken";
    const _COAT = "CreateOAuth2Token";
    const _COATR = "CreateOAuth2TokenRequest";
    const _COATRB = "CreateOAuth2TokenRequestBody";
    const _COATRBr = "CreateOAuth2TokenResponseBody";
    const _COATRr = "CreateOAuth2TokenResponse";
    const _COATWIAM = "CreateOAuth2TokenWithIAM";
    const _COATWIAMR = "CreateOAuth2TokenWithIAMRequest";
    const _COATWIAMRr = "CreateOAuth2TokenWithIAMResponse";
    const _ISE = "InternalServerException";
    const _OAAT = "OAuthAccessToken";
    const _RT = "RefreshToken";
    const _TMRE = "TooManyRequestsError";
    const _VE = "ValidationException";
    const _aKI = "accessKeyId";
    const _aT = "accessToken";
    const _at = "access_token";
    const _c = "client";
    const _cI = "clientId";
    const _cV = "codeVerifier";
    const _co = "code";
    const _e = "error";
    const _eI = "expiresIn";
    const _ei = "expires_in";
    const _gT = "grantType";
    const _gt = "grant_type";
    const _h = "http";
    const _hE = "httpError";
    const _iT = "idToken";
    const _jN = "jsonName";
    const _m = "message";
    const _r = "resource";
    const _rT = "refreshToken";
    const _rU = "redirectUri";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.signin";
    const _sAK = "secretAccessKey";
    const _sT = "sessionToken";
    const _se = "server";
    const _tI = "tokenInput";
    const _tO = "tokenOutput";
    const _tT = "tokenType";
    const _tt = "token_type";
    const n0 = "com.amazonaws.signin";
    const _s_registry = new TypeRegistry(_s);
    var SigninServiceException$ = [ -3, _s, "SigninServiceException", 0, [], [] ];
    _s_registry.registerError(SigninServiceException$, SigninServiceException);
    const n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [ -3, n0, _ADE, {
      [_e]: _c
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var InternalServerException$ = [ -3, n0, _ISE, {
      [_e]: _se,
      [_hE]: 500
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var TooManyRequestsError$ = [ -3, n0, _TMRE, {
      [_e]: _c,
      [_hE]: 429
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(TooManyRequestsError$, TooManyRequestsError);
    var ValidationException$ = [ -3, n0, _VE, {
      [_e]: _c,
      [_hE]: 400
    }, [ _e, _m ], [ 0, 0 ], 2 ];
    n0_registry.registerError(ValidationException$, ValidationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var OAuthAccessToken = [ 0, n0, _OAAT, 8, 0 ];
    var RefreshToken = [ 0, n0, _RT, 8, 0 ];
    var AccessToken$ = [ 3, n0, _AT, 8, [ _aKI, _sAK, _sT ], [ [ 0, {
      [_jN]: _aKI
    } ], [ 0, {
      [_jN]: _sAK
    } ], [ 0, {
      [_jN]: _sT
    } ] ], 3 ];
    var CreateOAuth2TokenRequest$ = [ 3, n0, _COATR, 0, [ _tI ], [ [ () => CreateOAuth2TokenRequestBody$, 16 ] ], 1 ];
    var CreateOAuth2TokenRequestBody$ = [ 3, n0, _COATRB, 0, [ _cI, _gT, _co, _rU, _cV, _rT ], [ [ 0, {
      [_jN]: _cI
    } ], [ 0, {
      [_jN]: _gT
    } ], 0, [ 0, {
      [_jN]: _rU
    } ], [ 0, {
      [_jN]: _cV
    } ], [ () => RefreshToken, {
      [_jN]: _rT
    } ] ], 2 ];
    var CreateOAuth2TokenResponse$ = [ 3, n0, _COATRr, 0, [ _tO ], [ [ () => CreateOAuth2TokenResponseBody$, 16 ] ], 1 ];
    var CreateOAuth2TokenResponseBody$ = [ 3, n0, _COATRBr, 0, [ _aT, _tT, _eI, _rT, _iT ], [ [ () => AccessToken$, {
      [_jN]: _aT
    } ], [ 0, {
      [_jN]: _tT
    } ], [ 1, {
      [_jN]: _eI
    } ], [ () => RefreshToken, {
      [_jN]: _rT
    } ], [ 0, {
      [_jN]: _iT
    } ] ], 4 ];
    var CreateOAuth2TokenWithIAMRequest$ = [ 3, n0, _COATWIAMR, 0, [ _gT, _r ], [ [ 0, {
      [_jN]: _gt
    } ], 0 ], 2 ];
    var CreateOAuth2TokenWithIAMResponse$ = [ 3, n0, _COATWIAMRr, 0, [ _aT, _tT, _eI ], [ [ () => OAuthAccessToken, {
      [_jN]: _at
    } ], [ 0, {
      [_jN]: _tt
    } ], [ 1, {
      [_jN]: _ei
    } ] ], 3 ];
    var CreateOAuth2Token$ = [ 9, n0, _COAT, {
      [_h]: [ "POST", "/v1/token", 200 ]
    }, () => CreateOAuth2TokenRequest$, () => CreateOAuth2TokenResponse$ ];
    var CreateOAuth2TokenWithIAM$ = [ 9, n0, _COATWIAM, {
      [_h]: [ "POST", "/v1/token?x-amz-client-auth-method=iam", 200 ]
    }, () => CreateOAuth2TokenWithIAMRequest$, () => CreateOAuth2TokenWithIAMResponse$ ];
    const getRuntimeConfig$1 = config => ({
      apiVersion: "2023-01-01",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSigninHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer
      }, {
        schemeId: "smithy.api#noAuth",
        identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner
      } ],
      logger: config?.logger ?? new NoOpLogger,
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: errorTypeRegistries,
        version: "2023-01-01",
        serviceTarget: "Signin"
      },
      serviceId: config?.serviceId ?? "Signin",
      sha256: config?.sha256 ?? Sha256,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
    const getRuntimeConfig = config => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
          serviceId: clientSharedValues.serviceId,
          clientVersion: packageInfo.version
        }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
          ...NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
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
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    class SigninClient extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    const command = makeBuilder(commonParams, "Signin", "SigninClient", getEndpointPlugin);
    const _ep0 = {
      IsControlPlane: {
        type: "staticContextParams",
        value: false
      }
    };
    const _ep1 = {
      IsOAuthEndpoint: {
        type: "staticContextParams",
        value: true
      }
    };
    const _mw0 = (Command, cs, config, o) => [];
    class CreateOAuth2TokenCommand extends(command(_ep0, _mw0, "CreateOAuth2Token", CreateOAuth2Token$)){}
    class CreateOAuth2TokenWithIAMCommand extends(command(_ep1, _mw0, "CreateOAuth2TokenWithIAM", CreateOAuth2TokenWithIAM$)){}
    const commands = {
      CreateOAuth2TokenCommand: CreateOAuth2TokenCommand,
      CreateOAuth2TokenWithIAMCommand: CreateOAuth2TokenWithIAMCommand
    };
    class Signin extends SigninClient {}
    createAggregatedClient(commands, Signin);
    exports.CreateOAuth2TokenCommand = CreateOAuth2TokenCommand;
    exports.SigninClient = SigninClient;
  },
  /***/ 5383: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // ESM COMPAT FLAG
    __webpack_require__.r(__webpack_exports__);
    // EXPORTS
        __webpack_require__.d(__webpack_exports__, {
      DEFAULT_REQUEST_TIMEOUT: () => /* reexport */ node_http_handler /* DEFAULT_REQUEST_TIMEOUT */ .w,
      NodeHttp2Handler: () => /* reexport */ NodeHttp2Handler,
      NodeHttpHandler: () => /* reexport */ node_http_handler /* NodeHttpHandler */ .$,
      streamCollector: () => /* reexport */ serde.streamCollector
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/build-abort-error.js
        var build_abort_error = __webpack_require__(1051);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/get-transformed-headers.js
        var get_transformed_headers = __webpack_require__(5544);
    // EXTERNAL MODULE: external "node:http2"
        var external_node_http2_ = __webpack_require__(2467);
    var external_node_http2_default =  __webpack_require__.n(external_node_http2_);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/http2/ClientHttp2SessionRef.js
    const ids = new Uint16Array(1);
    class ClientHttp2SessionRef {
      id=ids[0]++;
      total=0;
      max=0;
      session;
      refs=0;
      constructor(session) {
        session.unref();
        this.session = session;
      }
      retain() {
        if (this.session.destroyed) throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.");
        this.refs += 1;
        this.total += 1;
        this.max = Math.max(this.refs, this.max);
        this.session.ref();
      }
      free() {
        if (this.session.destroyed) return;
        this.refs -= 1;
        if (this.refs === 0) this.session.unref();
        if (this.refs < 0) throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.");
      }
      deref() {
        return this.session;
      }
      close() {
        if (!this.session.closed) this.session.close();
      }
      destroy() {
        this.refs = 0;
        if (!this.session.destroyed) {
          this.session.setTimeout(0);
          this.session.destroy();
        }
      }
      useCount() {
        return this.refs;
      }
    }
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http2-connection-pool.js
    class NodeHttp2ConnectionPool {
      sessions=[];
      maxConcurrency=0;
      constructor(sessions) {
        this.sessions = (sessions ?? []).map(session => new ClientHttp2SessionRef(session));
      }
      poll() {
        let cleanup = false;
        for (const session of this.sessions) {
          if (session.deref().destroyed) {
            cleanup = true;
            continue;
          }
          if (!this.maxConcurrency || session.useCount() < this.maxConcurrency) return session;
        }
        if (cleanup) for (const session of this.sessions) if (session.deref().destroyed) this.remove(session);
      }
      offerLast(ref) {
        this.sessions.push(ref);
      }
      remove(ref) {
        const ix = this.sessions.indexOf(ref);
        if (ix > -1) this.sessions.splice(ix, 1);
      }
      [Symbol.iterator]() {
        return this.sessions[Symbol.iterator]();
      }
      setMaxConcurrency(maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
      }
      destroy(ref) {
        this.remove(ref);
        ref.destroy();
      }
    }
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http2-connection-manager.js
    class NodeHttp2ConnectionManager {
      config;
      connectOptions;
      connectionPools=new Map;
      constructor(config) {
        this.config = config;
        if (this.config.maxConcurrency && this.config.maxConcurrency <= 0) throw new RangeError("maxConcurrency must be greater than zero.");
      }
      lease(requestContext, connectionConfiguration) {
        const url = this.getUrlString(requestContext);
        const pool = this.getPool(url);
        if (!this.config.disableConcurrency && !connectionConfiguration.isEventStream) {
          const available = pool.poll();
          if (available) {
            available.retain();
            return available;
          }
        }
        const ref = new ClientHttp2SessionRef(this.connect(url));
        const session = ref.deref();
        if (this.config.maxConcurrency) session.settings({
          maxConcurrentStreams: this.config.maxConcurrency
        }, err => {
          if (err) throw new Error("Fail to set maxConcurrentStreams to " + this.config.maxConcurrency + "when creating new session for " + requestContext.destination.toString());
        });
        const graceful = () => {
          this.removeFromPoolAndClose(url, ref);
        };
        const ensureDestroyed = () => {
          this.removeFromPoolAndCheckedDestroy(url, ref);
        };
        session.on("goaway", graceful);
        session.on("error", ensureDestroyed);
        session.on("frameError", ensureDestroyed);
        session.on("close", ensureDestroyed);
        if (connectionConfiguration.requestTimeout) session.setTimeout(connectionConfiguration.requestTimeout, ensureDestroyed);
        pool.offerLast(ref);
        ref.retain();
        return ref;
      }
      release(_requestContext, ref) {
        ref.free();
      }
      createIsolatedSession(requestContext, connectionConfiguration) {
        const url = this.getUrlString(requestContext);
        const ref = new ClientHttp2SessionRef(this.connect(url));
        const session = ref.deref();
        session.settings({
          maxConcurrentStreams: 1
        });
        const ensureDestroyed = () => {
          ref.destroy();
        };
        session.on("error", ensureDestroyed);
        session.on("frameError", ensureDestroyed);
        session.on("close", ensureDestroyed);
        const timeout = connectionConfiguration.requestTimeout ?? 3e5;
        session.setTimeout(timeout, ensureDestroyed);
        ref.retain();
        return ref;
      }
      destroy() {
        for (const [url, connectionPool] of this.connectionPools) {
          for (const session of [ ...connectionPool ]) session.destroy();
          this.connectionPools.delete(url);
        }
      }
      setMaxConcurrentStreams(maxConcurrentStreams) {
        if (maxConcurrentStreams && maxConcurrentStreams <= 0) throw new RangeError("maxConcurrentStreams must be greater than zero.");
        this.config.maxConcurrency = maxConcurrentStreams;
        for (const pool of this.connectionPools.values()) pool.setMaxConcurrency(maxConcurrentStreams);
      }
      setDisableConcurrentStreams(disableConcurrentStreams) {
        this.config.disableConcurrency = disableConcurrentStreams;
      }
      setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions) {
        this.connectOptions = nodeHttp2ConnectOptions;
      }
      debug() {
        const pools = {};
        for (const [url, pool] of this.connectionPools) {
          const sessions = [];
          for (const ref of pool) sessions.push({
            id: ref.id,
            active: ref.useCount(),
            maxConcurrent: ref.max,
            totalRequests: ref.total
          });
          pools[url] = {
            sessions: sessions
          };
        }
        return pools;
      }
      removeFromPoolAndClose(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref);
        ref.close();
      }
      removeFromPoolAndCheckedDestroy(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref);
        ref.destroy();
      }
      getPool(url) {
        if (!this.connectionPools.has(url)) {
          const pool = new NodeHttp2ConnectionPool;
          if (this.config.maxConcurrency) pool.setMaxConcurrency(this.config.maxConcurrency);
          this.connectionPools.set(url, pool);
        }
        return this.connectionPools.get(url);
      }
      getUrlString(request) {
        return request.destination.toString();
      }
      connect(url) {
        return this.connectOptions === void 0 ? external_node_http2_default().connect(url) : external_node_http2_default().connect(url, this.connectOptions);
      }
    }
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/resolve-default-socket-timeout.js
        var resolve_default_socket_timeout = __webpack_require__(2687);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/write-request-body.js
        var write_request_body = __webpack_require__(1849);
    // CONCATENATED MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http2-handler.js
    const {constants: constants} = external_node_http2_default();
    class NodeHttp2Handler {
      config;
      configProvider;
      metadata={
        handlerProtocol: "h2"
      };
      connectionManager=new NodeHttp2ConnectionManager({});
      static create(instanceOrOptions) {
        if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
        return new NodeHttp2Handler(instanceOrOptions);
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          if (typeof options === "function") options().then(opts => {
            resolve(opts || {});
          }).catch(reject); else resolve(options || {});
        });
      }
      destroy() {
        this.connectionManager.destroy();
      }
      async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout, isEventStream: isEventStream} = {}) {
        if (!this.config) {
          const config = await this.configProvider;
          this.config = {
            ...config,
            defaultSocketTimeout: (0, resolve_default_socket_timeout /* resolveDefaultSocketTimeout */ .U)(config)
          };
          const {disableConcurrentStreams: disableConcurrentStreams, maxConcurrentStreams: maxConcurrentStreams, nodeHttp2ConnectOptions: nodeHttp2ConnectOptions} = this.config;
          this.connectionManager.setDisableConcurrentStreams(disableConcurrentStreams ?? false);
          if (maxConcurrentStreams) this.connectionManager.setMaxConcurrentStreams(maxConcurrentStreams);
          if (nodeHttp2ConnectOptions) this.connectionManager.setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions);
        }
        const {requestTimeout: configRequestTimeout, disableConcurrentStreams: disableConcurrentStreams, sessionTimeout: sessionTimeout} = this.config;
        const useIsolatedSession = disableConcurrentStreams || isEventStream;
        const effectiveRequestTimeout = requestTimeout ?? configRequestTimeout;
        const defaultSocketTimeout = effectiveRequestTimeout === void 0 && sessionTimeout === void 0 ? this.config.defaultSocketTimeout : void 0;
        return new Promise((_resolve, _reject) => {
          let fulfilled = false;
          let writeRequestBodyPromise;
          const resolve = async arg => {
            await writeRequestBodyPromise;
            _resolve(arg);
          };
          const reject = async arg => {
            await writeRequestBodyPromise;
            _reject(arg);
          };
          if (abortSignal?.aborted) {
            fulfilled = true;
            const abortError = (0, build_abort_error /* buildAbortError */ .F)(abortSignal);
            reject(abortError);
            return;
          }
          const {hostname: hostname, method: method, port: port, protocol: protocol, query: query} = request;
          let auth = "";
          if (request.username != null || request.password != null) {
            const username = request.username ?? "";
            const password = request.password ?? "";
            auth = `${username}:${password}@`;
          }
          const authority = `${protocol}//${auth}${hostname}${port ? `:${port}` : ""}`;
          const requestContext = {
            destination: new URL(authority)
          };
          const connectConfig = {
            requestTimeout: this.config?.sessionTimeout,
            isEventStream: isEventStream
          };
          const ref = useIsolatedSession ? this.connectionManager.createIsolatedSession(requestContext, connectConfig) : this.connectionManager.lease(requestContext, connectConfig);
          const session = ref.deref();
          const rejectWithDestroy = err => {
            if (useIsolatedSession) ref.destroy();
            fulfilled = true;
            reject(err);
          };
          const queryString = query ? (0, protocols.buildQueryString)(query) : "";
          let path = request.path;
          if (queryString) path += `?${queryString}`;
          if (request.fragment) path += `#${request.fragment}`;
          const clientHttp2Stream = session.request({
            ...request.headers,
            [constants.HTTP2_HEADER_PATH]: path,
            [constants.HTTP2_HEADER_METHOD]: method
          });
          if (effectiveRequestTimeout) clientHttp2Stream.setTimeout(effectiveRequestTimeout, () => {
            clientHttp2Stream.close();
            const timeoutError = new Error(`Stream timed out because of no activity for ${effectiveRequestTimeout} ms`);
            timeoutError.name = "TimeoutError";
            rejectWithDestroy(timeoutError);
          }); else if (defaultSocketTimeout) {
            clientHttp2Stream.setTimeout(defaultSocketTimeout, () => {
              const timeoutError = new Error(`Stream timed out because of no activity for ${defaultSocketTimeout} ms`);
              timeoutError.name = "TimeoutError";
              fulfilled = true;
              reject(timeoutError);
              clientHttp2Stream.destroy(timeoutError);
              if (useIsolatedSession) ref.destroy();
            });
            clientHttp2Stream.once("response", () => clientHttp2Stream.setTimeout(defaultSocketTimeout));
          }
          if (abortSignal) {
            const onAbort = () => {
              clientHttp2Stream.close();
              const abortError = (0, build_abort_error /* buildAbortError */ .F)(abortSignal);
              rejectWithDestroy(abortError);
            };
            if (typeof abortSignal.addEventListener === "function") {
              const signal = abortSignal;
              signal.addEventListener("abort", onAbort, {
                once: true
              });
              clientHttp2Stream.once("close", () => signal.removeEventListener("abort", onAbort));
            } else abortSignal.onabort = onAbort;
          }
          clientHttp2Stream.on("frameError", (type, code, id) => {
            rejectWithDestroy(new Error(`Frame type id ${type} in stream id ${id} has failed with code ${code}.`));
          });
          clientHttp2Stream.on("error", rejectWithDestroy);
          clientHttp2Stream.on("aborted", () => {
            rejectWithDestroy(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${clientHttp2Stream.rstCode}.`));
          });
          clientHttp2Stream.on("response", headers => {
            const httpResponse = new protocols.HttpResponse({
              statusCode: headers[":status"] ?? -1,
              headers: (0, get_transformed_headers /* getTransformedHeaders */ .u)(headers),
              body: clientHttp2Stream
            });
            fulfilled = true;
            resolve({
              response: httpResponse
            });
            if (useIsolatedSession) {
              session.close();
              clientHttp2Stream.on("end", () => {
                ref.destroy();
              });
            }
          });
          clientHttp2Stream.on("close", () => {
            if (useIsolatedSession) ref.destroy(); else this.connectionManager.release(requestContext, ref);
            if (!fulfilled) {
              const error = new Error("Unexpected error: http2 request did not get a response");
              if (session.destroyed) error.name = "TimeoutError";
              rejectWithDestroy(error);
            }
          });
          writeRequestBodyPromise = (0, write_request_body /* writeRequestBody */ .f)(clientHttp2Stream, request, effectiveRequestTimeout);
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0;
        this.configProvider = this.configProvider.then(config => {
          switch (key) {
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
    }
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
  }
};